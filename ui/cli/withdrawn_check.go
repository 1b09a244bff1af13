package cli

import (
	"fmt"
	"io"
	"io/fs"
	"path/filepath"

	"frontoffice/storage"
	"frontoffice/ui/i18n"
)

// checkWithdrawn looks in the raw bytes of every file under the store's
// folder (the store itself, backups, applications, certificates, exports
// written there) for a number that may be a withdrawn person's phone or IIN
// (storage.TraceFinder: by keyed fingerprint; the store keeps no such value).
// Each file found is said by name, never the value; ok is false then.
func checkWithdrawn(store *storage.Store, tr *i18n.Translator, out io.Writer) (ok bool, err error) {
	finder, err := store.Traces()
	if err != nil || finder == nil {
		return true, err
	}
	base := filepath.Dir(store.Path())
	ok = true
	err = filepath.WalkDir(base, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.Type().IsRegular() {
			return nil
		}
		rel, rerr := filepath.Rel(base, path)
		if rerr != nil {
			rel = path
		}
		n, err := finder.Find(path)
		if err != nil {
			fmt.Fprintln(out, tr.T("check.withdrawn_unread", rel, err))
			ok = false
			return nil
		}
		if n > 0 {
			fmt.Fprintln(out, tr.T("check.withdrawn_left", rel, n))
			ok = false
		}
		return nil
	})
	return ok, err
}
