package main

import (
	"errors"
	"os"

	"frontoffice/storage"
	"frontoffice/ui/cli/commands"
	"frontoffice/ui/common"
	"frontoffice/ui/i18n"
)

// storeFor looks at the file given as the store of cmd before
// anything opens it: fresh is true when this run would make it, readOnly
// when it can only be read (the app and the reading commands then open it
// read-only); refusal, when not empty, is the sentence that says why the
// command cannot use it (exit 1, nothing created).
func storeFor(cmd commands.Command, path string, tr *i18n.Translator) (fresh, readOnly bool, refusal string) {
	kind, err := storage.Identify(path)
	if err != nil && !errors.Is(err, os.ErrPermission) {
		return false, false, tr.T("cli.cannot_open", path) + " " + common.ErrorText(tr, err)
	}
	switch kind {
	case storage.FileMissing:
		if cmd.Reads {
			return false, false, tr.T("store.missing", path)
		}
		return true, false, ""
	case storage.FileEmpty:
		return false, false, tr.T("store.is_empty", path)
	case storage.FileDir:
		return false, false, tr.T("store.is_dir", path)
	case storage.FileBundle:
		return false, false, tr.T("store.is_bundle", path, path)
	case storage.FileCSV:
		return false, false, tr.T("store.is_csv", path, path)
	}
	// A store, or a file bbolt will judge (and openErrorText explain).
	readOnly = storage.ReadOnlyPath(path)
	if readOnly && cmd.Name != "" && !cmd.Reads {
		return false, true, tr.T("store.read_only_write", path, cmd.Name)
	}
	return false, readOnly, ""
}

// notStoreText explains a file bbolt could not open when it is no store at all.
func notStoreText(tr *i18n.Translator, path string, err error) (string, bool) {
	if kind, _ := storage.Identify(path); kind != storage.FileOther {
		return "", false
	}
	var pe *os.PathError
	detail := err.Error()
	if errors.As(err, &pe) {
		detail = pe.Err.Error()
	}
	return tr.T("store.not_store", path, common.Sanitize(detail)), true
}
