package common

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"frontoffice/storage"
	"frontoffice/ui/i18n"
)

// OutputErrorText says why an output path was refused and what to do.
func OutputErrorText(tr *i18n.Translator, oe *storage.OutputError) string {
	return tr.T("out."+string(oe.Reason), Sanitize(oe.Path))
}

// ImportStoppedText is what an import that stopped partway did, when it
// merged anything (ok is false when it merged nothing: the store was not
// changed, and ImportErrorText says why): how much, why it stopped, and
// how to finish. asked is true when the person stopped it (Ctrl+C).
func ImportStoppedText(tr *i18n.Translator, file string, sum storage.ImportSummary, total int, err error, asked bool) (string, bool) {
	if sum.Records == 0 {
		return "", false
	}
	done, all := tr.Int(int64(sum.Records)), tr.Int(int64(total))
	if asked {
		return tr.T("sync.stopped", file, done, all), true
	}
	why := ErrorText(tr, err)
	if NoSpace(err) {
		why = tr.T("csv.why.no_space") + "."
	}
	if sum.Records >= total {
		// Every record is in; the index entries put aside for the end
		// (storage/ixpending.go) are what failed: opening finishes them.
		return tr.T("sync.partial_index", file, done, why), true
	}
	return tr.T("sync.partial", file, done, all, why), true
}

// WriteFileAtomic writes path through a temporary file in the same folder,
// renamed over it only when everything was written and synced: a failed
// export never leaves half a file under the final name. The file is
// readable by its owner only (0600): exports carry people's names.
//
// It never writes over a store file (the store, a backup, a copy) or a
// folder (storage.CheckOutputFile); whether an existing file may be
// replaced is for the caller to ask (OutputErrorText says why not).
func WriteFileAtomic(path string, write func(io.Writer) error) error {
	if err := storage.CheckOutputFile(path, true); err != nil {
		return err
	}
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer os.Remove(f.Name()) // after a successful rename there is nothing left to remove
	fail := func(err error) error {
		f.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := write(f); err != nil {
		return fail(err)
	}
	if err := f.Chmod(0o600); err != nil {
		return fail(err)
	}
	if err := f.Sync(); err != nil {
		return fail(err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(f.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// ExportDir makes (if needed) the folder beside the store where the app
// writes exports of one sort ("applications", "reports"…), owner-only.
func ExportDir(storePath, name string) (string, error) {
	dir := filepath.Join(filepath.Dir(storePath), name)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", fmt.Errorf("make %s: %w", dir, err)
	}
	return dir, nil
}
