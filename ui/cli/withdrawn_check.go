package cli

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"frontoffice/storage"
	"frontoffice/ui/i18n"
)

// checkWithdrawn looks in the raw bytes of the files the program keeps or
// writes beside the store for a number that may be a withdrawn person's
// phone or IIN (storage.TraceFinder: by keyed fingerprint; the store keeps
// no such value). Each file found is said by name, never the value; ok is
// false then.
//
// Which files: the folders the program makes beside the store (backups,
// applications, certificates, bundles), all of them; and in the store's
// folder itself, not below it, the store and the files named after it
// (STORE.importing, a damaged store moved aside) and every file of a sort
// the program writes (stores, bundles, CSV, workbooks, reports, crash log).
// A store kept in a shared folder (a home folder, /tmp) so does not make
// check read everything else there.
func checkWithdrawn(store *storage.Store, tr *i18n.Translator, out io.Writer) (ok bool, err error) {
	finder, err := store.Traces()
	if err != nil || finder == nil {
		return true, err
	}
	base := filepath.Dir(store.Path())
	ok = true
	look := func(path string) {
		rel, rerr := filepath.Rel(base, path)
		if rerr != nil {
			rel = path
		}
		n, err := finder.Find(path)
		if err != nil {
			fmt.Fprintln(out, tr.T("check.withdrawn_unread", rel, err))
			ok = false
			return
		}
		if n > 0 {
			fmt.Fprintln(out, tr.T("check.withdrawn_left", rel, n))
			ok = false
		}
	}
	entries, err := os.ReadDir(base)
	if err != nil {
		return false, err
	}
	storeName := filepath.Base(store.Path())
	for _, e := range entries {
		path := filepath.Join(base, e.Name())
		switch {
		case e.IsDir() && besideFolders[e.Name()]:
			err := filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
				if err != nil {
					fmt.Fprintln(out, tr.T("check.withdrawn_unread", p, err))
					ok = false
					return nil
				}
				if d.Type().IsRegular() {
					look(p)
				}
				return nil
			})
			if err != nil {
				return false, err
			}
		case e.Type().IsRegular() && (strings.HasPrefix(e.Name(), storeName) || writtenHere[strings.ToLower(filepath.Ext(e.Name()))]):
			look(path)
		}
	}
	return ok, nil
}

// besideFolders are the folders the program makes beside the store.
var besideFolders = map[string]bool{"backups": true, "applications": true, "certificates": true, "bundles": true}

// writtenHere are the sorts of file the program writes (or an office copies)
// beside the store: stores, bundles, CSV, workbooks, reports, applications,
// letters, the crash log.
var writtenHere = map[string]bool{
	".db": true, ".fob": true, ".csv": true, ".xlsx": true, ".json": true,
	".html": true, ".md": true, ".txt": true, ".log": true, ".bak": true,
}
