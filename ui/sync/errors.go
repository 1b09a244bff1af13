package sync

import (
	"errors"
	"io/fs"
	"syscall"

	"frontoffice/model"
	"frontoffice/storage"
	"frontoffice/storage/bundle"
	"frontoffice/ui/common"
	"frontoffice/ui/i18n"
)

// fileWhy is why a file could not be read or written, in the user's
// language, for the usual reasons (the reasons the CSV commands give); ok is
// false for any other error.
func fileWhy(tr *i18n.Translator, err error) (why string, ok bool) {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return tr.T("csv.why.not_exist"), true
	case errors.Is(err, fs.ErrPermission):
		return tr.T("csv.why.permission"), true
	case errors.Is(err, syscall.EISDIR):
		return tr.T("csv.why.is_dir"), true
	case errors.Is(err, syscall.ENOTDIR):
		return tr.T("csv.why.not_dir"), true
	case common.NoSpace(err):
		return tr.T("csv.why.no_space"), true
	}
	return "", false
}

// importErrorText says why importing file failed: a file that cannot be
// opened in the user's words, a refused bundle as common.BundleErrorText does.
func importErrorText(tr *i18n.Translator, file string, err error) string {
	var pe *fs.PathError
	if _, isBundle := bundle.AsError(err); !isBundle && errors.As(err, &pe) {
		why, ok := fileWhy(tr, err)
		if !ok {
			why = pe.Err.Error()
		}
		return tr.T("sync.refused_file", file, why)
	}
	return common.BundleErrorText(tr, file, err)
}

// exportErrorText says why writing the bundle failed.
func exportErrorText(tr *i18n.Translator, err error) string {
	if why, ok := fileWhy(tr, err); ok {
		return why
	}
	return common.ErrorText(tr, errors.Unwrap(err))
}

// conflictKeys is the set of records in conflict.
func conflictKeys(cs []storage.Conflict) map[string]bool {
	keys := make(map[string]bool, len(cs))
	for _, c := range cs {
		keys[string(c.Kind)+"/"+c.ID] = true
	}
	return keys
}

// countLeftInConflict makes sum's conflicts the records that the import
// left in conflict and were not before it. Storage counts a record that
// came into conflict at any of its revisions, even when a later revision in
// the same bundle (the other office's settlement) cleared it again.
func countLeftInConflict(sum *storage.ImportSummary, before map[string]bool, after []storage.Conflict) {
	n := map[model.Kind]int{}
	for _, c := range after {
		if !before[string(c.Kind)+"/"+c.ID] {
			n[c.Kind]++
		}
	}
	for k, c := range sum.Kinds {
		c.Conflicts = n[k]
	}
}
