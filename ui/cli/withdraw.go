package cli

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"

	"frontoffice/storage"
	"frontoffice/ui/appdoc"
	"frontoffice/ui/i18n"
)

// Withdraw withdraws the consent of a person (an id, or a phone in any usual
// form), as the People card does, for written requests handled in a batch:
// the store erases them from their record, its history and every record that
// names or reaches them (storage.Withdraw); then the certificates named after
// them and the applications of ideas they applied for, beside the store, are
// deleted, the store's freed pages overwritten and every backup rewritten
// (appdoc.Finish), with a progress line on errw. It prints what was erased,
// in counts, as the erasure log keeps them. An unknown person is ErrUnknownPerson,
// said on errw.
func Withdraw(store *storage.Store, tr *i18n.Translator, who string, out, errw io.Writer) error {
	p, err := findPerson(store, who)
	if err != nil {
		if errors.Is(err, storage.ErrNotFound) {
			fmt.Fprintln(errw, tr.T("withdraw.unknown_person", who))
			return ErrUnknownPerson
		}
		return err
	}
	fmt.Fprintln(errw, tr.T("withdraw.step_records"))
	e, err := store.Withdraw(p.ID)
	if err != nil {
		return err
	}
	storage.KillPoint("withdraw-records")
	fmt.Fprintln(out, tr.T("withdraw.done", p.ID))
	fmt.Fprintln(out, tr.T("withdraw.records", len(e.Records), e.TeamEntries, e.Applicants, e.FreeTexts))
	fmt.Fprintln(out, tr.T("withdraw.history", e.History))
	// The rest takes a while in a big store: a progress line on errw.
	last := ""
	f := appdoc.Finish(store, e, "", func(step appdoc.Step, done, total int64) {
		line := ""
		switch step {
		case appdoc.StepWipe:
			line = tr.T("withdraw.step_wipe", 100*done/max(total, 1))
		case appdoc.StepBackups:
			line = tr.T("withdraw.step_backups", done, total)
		}
		if line != "" && line != last {
			fmt.Fprintln(errw, line)
			last = line
		}
	})
	fmt.Fprintln(out, tr.T("withdraw.files", len(f.Files)))
	base := filepath.Dir(store.Path())
	rel := func(f string) string {
		if r, err := filepath.Rel(base, f); err == nil {
			return r
		}
		return f
	}
	for _, file := range f.Files {
		fmt.Fprintln(out, "  "+rel(file))
	}
	failed := f.FileErr != nil
	if f.FileErr != nil {
		fmt.Fprintln(errw, tr.T("withdraw.file_failed", f.FileErr))
	}
	if f.WipeErr != nil {
		fmt.Fprintln(errw, tr.T("withdraw.wipe_failed", f.WipeErr))
		failed = true
	} else {
		fmt.Fprintln(out, tr.T("withdraw.wiped", f.Wiped.Pages))
	}
	fmt.Fprintln(out, tr.T("withdraw.backups", f.BackupsRewritten(), len(f.Backups)))
	for _, b := range f.Backups {
		if b.Err != nil {
			fmt.Fprintln(errw, tr.T("withdraw.backup_failed", rel(b.File), b.Err))
			failed = true
		}
	}
	if f.LogErr != nil {
		fmt.Fprintln(errw, tr.T("withdraw.log_failed", f.LogErr))
		failed = true
	} else {
		fmt.Fprintln(out, tr.T("withdraw.logged"))
	}
	if failed {
		return ErrFilesLeft
	}
	return nil
}

// ErrFilesLeft is a withdrawal whose records were erased but a file of the
// person's could not be deleted, the freed pages not wiped or a backup not
// rewritten (said on errw).
var ErrFilesLeft = errors.New("a file of the person could not be deleted")
