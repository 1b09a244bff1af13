package cli

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"time"

	"frontoffice/storage"
	"frontoffice/ui/common"
	"frontoffice/ui/i18n"
)

// Restore is the restore command: it lists the backups beside the store at
// path (date, counts, check), then puts the newest good one (or from) in the
// store's place, the store that was there kept aside. It runs without
// opening the store, which may be too damaged to open; it takes the store's
// lock, so it fails while the app has the store open. ok is false when it
// changed nothing (already explained on errw).
func Restore(path, from string, tr *i18n.Translator, now time.Time, out, errw io.Writer) (ok bool, err error) {
	list, err := storage.ListBackups(path)
	if err != nil {
		return false, err
	}
	dir := filepath.Join(filepath.Dir(path), "backups")
	if len(list) == 0 {
		fmt.Fprintln(out, tr.T("restore.none", dir))
	} else {
		fmt.Fprintln(out, tr.T("restore.list_title", dir))
		for _, b := range list {
			fmt.Fprintf(out, "  %-16s  %s  %s — %s\n", common.BackupDate(b), filepath.Base(b.Path), common.BackupCounts(tr, b.Counts), common.BackupCheck(tr, b.Problem))
		}
	}
	res, err := storage.Restore(path, from, now)
	switch {
	case errors.Is(err, storage.ErrNoGoodBackup):
		fmt.Fprintln(errw, tr.T("restore.no_good"))
		return false, nil
	case errors.Is(err, storage.ErrOutputIsStore):
		fmt.Fprintln(errw, tr.T("restore.from_is_store"))
		return false, nil
	case err != nil && from != "" && res.From.Problem != nil:
		fmt.Fprintln(errw, tr.T("restore.bad_from", from, common.BackupCheck(tr, res.From.Problem)))
		return false, nil
	case errors.Is(err, storage.ErrInUse):
		fmt.Fprintln(errw, tr.T("err.in_use_path", path))
		return false, nil
	case err != nil:
		return false, err
	}
	when := common.BackupDate(res.From)
	fmt.Fprintln(out, tr.T("restore.done", path, res.From.Path, when, common.BackupCounts(tr, res.From.Counts)))
	switch {
	case res.MovedTo == "":
	case res.WasSound:
		fmt.Fprintln(out, tr.T("restore.moved_sound", res.MovedTo, res.MovedTo))
	default:
		fmt.Fprintln(out, tr.T("restore.moved_damaged", res.MovedTo, res.MovedTo))
	}
	return true, nil
}
