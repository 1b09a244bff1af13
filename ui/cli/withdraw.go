package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
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
// deleted. It prints what was erased. An unknown person is ErrUnknownPerson,
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
	names := append([]string{p.FullName}, p.OtherNames...)
	if p.ConsentWithdrawn != "" {
		names = nil // their name is initials already: no file can be told by it
	}
	e, err := store.Withdraw(p.ID)
	if err != nil {
		return err
	}
	fmt.Fprintln(out, tr.T("withdraw.done", p.ID))
	fmt.Fprintln(out, tr.T("withdraw.records", len(e.Records), e.TeamEntries, e.Applicants, e.FreeTexts))
	fmt.Fprintln(out, tr.T("withdraw.history", e.History))
	deleted, ferr := appdoc.DeletePersonFiles(store.Path(), names, e.ApplicantIdeas)
	fmt.Fprintln(out, tr.T("withdraw.files", len(deleted)))
	base := filepath.Dir(store.Path())
	for _, f := range deleted {
		if rel, err := filepath.Rel(base, f); err == nil {
			f = rel
		}
		fmt.Fprintln(out, "  "+f)
	}
	if _, err := os.Stat(store.BackupDir()); err == nil {
		fmt.Fprintln(out, tr.T("withdraw.backups_kept", store.BackupDir(), storage.BackupsKept))
	}
	if ferr != nil {
		fmt.Fprintln(errw, tr.T("withdraw.file_failed", ferr))
		return ErrFilesLeft
	}
	return nil
}

// ErrFilesLeft is a withdrawal whose records were erased but a file of the
// person's could not be deleted (said on errw).
var ErrFilesLeft = errors.New("a file of the person could not be deleted")
