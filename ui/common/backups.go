package common

import (
	"errors"
	"strings"

	"frontoffice/model"
	"frontoffice/storage"
	"frontoffice/ui/i18n"
)

// BackupCounts is a backup's records in words: "people: 200, ideas: 300, …"
// (kinds it holds none of are left out).
func BackupCounts(tr *i18n.Translator, counts map[model.Kind]int) string {
	var parts []string
	for _, k := range model.Kinds() {
		if n := counts[k]; n > 0 {
			parts = append(parts, tr.T("restore.count", tr.T("sync.kind."+string(k)), tr.Int(int64(n))))
		}
	}
	return strings.Join(parts, ", ")
}

// BackupCheck is a backup's check result in words.
func BackupCheck(tr *i18n.Translator, problem error) string {
	switch {
	case problem == nil:
		return tr.T("restore.check_ok")
	case errors.Is(problem, storage.ErrDamaged):
		return tr.T("restore.check_damaged")
	}
	return tr.T("restore.check_bad", ErrorText(tr, problem))
}

// BackupDate is when a backup was made, as its name says: the day of a
// daily one, the day and time of one made by hand.
func BackupDate(b storage.BackupFile) string {
	if b.Daily {
		return b.Time.Format("02.01.2006")
	}
	return Stamp(b.Time)
}
