package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"syscall"
	"time"

	"frontoffice/storage"
	"frontoffice/ui/appdoc"
	"frontoffice/ui/common"
	"frontoffice/ui/i18n"

	"golang.org/x/term"
)

// PassphraseEnv is the variable an encrypted bundle's passphrase is taken from first.
const PassphraseEnv = "FRONTOFFICE_PASSPHRASE"

// SyncExportOptions are the export command's flags.
type SyncExportOptions struct {
	Out      string
	Full     bool // everything, not only what changed since the last export
	Encrypt  bool // an age file with a passphrase
	Redact   bool // without names, phones and IINs, for statistics
	PassFile string
	// Ctx, when it ends (Ctrl+C), stops the export: nothing is written.
	Ctx context.Context
}

// SyncImportOptions are the import command's flags.
type SyncImportOptions struct {
	PassFile string
	// Trust trusts the key of an office whose first bundle this is;
	// without it such a bundle is refused, saying its fingerprint.
	Trust bool
	// AllowUnsigned merges unsigned bundles too (their verified hours
	// count only once verified here).
	AllowUnsigned bool
	// Ctx, when it ends (Ctrl+C), stops the import at the next batch.
	Ctx context.Context
}

// Passphrases finds a bundle passphrase the way DESIGN.md §4 says:
// $FRONTOFFICE_PASSPHRASE, else --passphrase-file, else asked on the terminal
// without echo. In tests In and Terminal stand in for the terminal.
type Passphrases struct {
	Tr       *i18n.Translator
	File     string
	Prompt   io.Writer // where the question goes (standard error)
	Terminal func() (fd int, ok bool)
	read     func(fd int) ([]byte, error)
}

// ErrNoPassphrase is an encrypted bundle with no way to get its passphrase.
var ErrNoPassphrase = errors.New("no passphrase")

// Get returns the passphrase; confirm asks twice on a terminal (a new bundle).
func (p Passphrases) Get(confirm bool) (string, error) {
	if v := os.Getenv(PassphraseEnv); v != "" {
		return v, nil
	}
	if p.File != "" {
		data, err := os.ReadFile(p.File)
		if err != nil {
			return "", passError(common.FileErrorText(p.Tr, "sync.pass_file", p.File, err))
		}
		v := strings.TrimRight(string(data), "\r\n")
		if v == "" {
			return "", passError(p.Tr.T("sync.pass_empty"))
		}
		return v, nil
	}
	terminal := p.Terminal
	if terminal == nil {
		terminal = stdinTerminal
	}
	fd, ok := terminal()
	if !ok {
		return "", passError(p.Tr.T("sync.pass_none"))
	}
	read := p.read
	if read == nil {
		read = term.ReadPassword
	}
	ask := func(key string) (string, error) {
		fmt.Fprint(p.Prompt, p.Tr.T(key))
		b, err := read(fd)
		fmt.Fprintln(p.Prompt)
		return string(b), err
	}
	v, err := ask("sync.pass_prompt")
	if err != nil {
		return "", err
	}
	if v == "" {
		return "", passError(p.Tr.T("sync.pass_empty"))
	}
	if confirm {
		again, err := ask("sync.pass_again")
		if err != nil {
			return "", err
		}
		if again != v {
			return "", passError(p.Tr.T("sync.pass_mismatch"))
		}
	}
	return v, nil
}

func stdinTerminal() (int, bool) {
	fd := int(os.Stdin.Fd())
	return fd, term.IsTerminal(fd)
}

// passError is a passphrase problem already put into the user's words.
type passError string

func (e passError) Error() string { return string(e) }

// Is makes errors.Is(err, ErrNoPassphrase) true.
func (e passError) Is(target error) bool { return target == ErrNoPassphrase }

// SyncExport writes a bundle (DESIGN.md §5–6) and says what it wrote. ok is
// false when the command should exit 1 (already explained on errw).
func SyncExport(store *storage.Store, tr *i18n.Translator, o SyncExportOptions, out, errw io.Writer) (ok bool, err error) {
	eo := storage.ExportOptions{Full: o.Full, Redact: o.Redact}
	if o.Encrypt {
		pass, err := Passphrases{Tr: tr, File: o.PassFile, Prompt: errw}.Get(true)
		if err != nil {
			fmt.Fprintln(errw, err)
			return false, nil
		}
		eo.Passphrase = pass
	}
	start := time.Now()
	ctx := orBackground(o.Ctx)
	res, err := exportFile(ctx, store, o.Out, eo)
	if err != nil && ctx.Err() != nil {
		fmt.Fprintln(errw, tr.T("sync.export_stopped"))
		return false, ErrStopped
	}
	if err != nil {
		fmt.Fprintln(errw, common.ExportErrorText(tr, o.Out, err))
		return false, nil
	}
	if res.CursorKept {
		fmt.Fprintln(errw, tr.T("sync.cursor_kept"))
	}
	if res.Records == 0 {
		fmt.Fprintln(out, tr.T("sync.export_empty", o.Out))
		return true, nil
	}
	size := int64(0)
	if fi, err := os.Stat(o.Out); err == nil {
		size = fi.Size()
	}
	fmt.Fprintln(out, tr.T("sync.exported", o.Out, res.Records, tr.Size(size), time.Since(start).Seconds()))
	return true, nil
}

// SyncImport checks every bundle file first and, only when all are sound
// and signed by offices trusted here (or allowed by o), merges them one
// after the other, printing what each did. A bad file is reported as "FILE,
// line N: why" and nothing is changed.
func SyncImport(store *storage.Store, tr *i18n.Translator, o SyncImportOptions, files []string, out, errw io.Writer) (ok bool, err error) {
	var phrase string
	var asked bool
	var passErr error
	pass := func() (string, error) {
		if !asked {
			asked = true
			phrase, passErr = Passphrases{Tr: tr, File: o.PassFile, Prompt: errw}.Get(false)
		}
		return phrase, passErr
	}
	if p := store.PendingImport(); p != "" {
		fmt.Fprintln(errw, tr.T("sync.pending", p))
	}
	ctx := orBackground(o.Ctx)
	checked := make([]*storage.Checked, len(files))
	defer func() {
		for _, c := range checked {
			c.Drop() // a bundle checked and not merged (another refused)
		}
	}()
	for i, f := range files {
		c, err := checkForImport(ctx, store, tr, f, pass, len(files) == 1, errw)
		if err == nil {
			c.TrustNew, c.AllowUnsigned = o.Trust, o.AllowUnsigned
			err = c.Permitted()
		}
		if err != nil && ctx.Err() != nil {
			c.Drop()
			fmt.Fprintln(errw, tr.T("sync.stopped_check"))
			return false, ErrStopped
		}
		if err != nil {
			c.Drop()
			fmt.Fprintln(errw, importErrorText(tr, f, err))
			return false, nil
		}
		checked[i] = c
	}
	for i, f := range files {
		c := checked[i]
		total := tr.Int(int64(c.Trailer.Records))
		sum, err := store.MergeCheckedContext(ctx, c, func(lines int) {
			if lines < c.Trailer.Records { // on the way; the summary says the end
				fmt.Fprintln(errw, tr.T("sync.progress", f, tr.Int(int64(lines)), total))
			}
		})
		if err != nil {
			asked := ctx.Err() != nil
			if text, ok := common.ImportStoppedText(tr, f, sum, checked[i].Trailer.Records, err, asked); ok {
				fmt.Fprintln(errw, text)
			} else if asked {
				fmt.Fprintln(errw, tr.T("sync.cancelled")) // before its first batch: nothing written
			} else {
				fmt.Fprintln(errw, importErrorText(tr, f, err))
			}
			if asked {
				return false, ErrStopped
			}
			return false, nil
		}
		if c.Signer.State == storage.SignerNew {
			fmt.Fprintln(out, tr.T("sync.trusted_new", common.OfficeLabel(tr, c.Signer.Name, c.Signer.OfficeID), c.Signer.Fingerprint))
		}
		for _, l := range common.ImportSummaryText(tr, f, sum, store.OfficeID()) {
			fmt.Fprintln(out, l)
		}
		// Withdrawals the bundle brought reach files, freed pages and
		// backups here too.
		erased, failed := appdoc.FinishReceived(store, tr, sum)
		for _, l := range erased {
			fmt.Fprintln(out, l)
		}
		if failed {
			ok = false
		}
		if c.Signer.State == storage.SignerUnsigned && sum.Changed() {
			fmt.Fprintln(out, tr.T("sync.unverified_note"))
		}
	}
	if n := store.ConflictCount(); n > 0 {
		fmt.Fprintln(out, tr.T("sync.conflicts_open", n))
	}
	return true, nil
}

// checkForImport checks the bundle file f; a single bundle (once) is read
// once where the store allows it (storage.CheckForImportOnce: merged while
// checked, into a new store), saying the progress of that merge; a stop
// then still keeps the batches merged, as after a check.
func checkForImport(ctx context.Context, store *storage.Store, tr *i18n.Translator, f string, pass storage.Passphrase, once bool, errw io.Writer) (*storage.Checked, error) {
	if !once {
		return store.CheckForImport(ctx, storage.FileSource(f), pass)
	}
	return store.CheckForImportOnce(ctx, storage.FileSource(f), pass, func(lines, of int) {
		if lines < of { // on the way; the summary says the end
			fmt.Fprintln(errw, tr.T("sync.progress", f, tr.Int(int64(lines)), tr.Int(int64(of))))
		}
	})
}

// importErrorText is common.ImportErrorText, with a passphrase not given
// said as Passphrases says it.
func importErrorText(tr *i18n.Translator, file string, err error) string {
	if errors.Is(err, ErrNoPassphrase) {
		return file + ": " + err.Error()
	}
	return common.ImportErrorText(tr, file, err)
}

// exportFile writes the bundle unless path is a folder (which the final
// rename would meet with the system's words).
func exportFile(ctx context.Context, store *storage.Store, path string, o storage.ExportOptions) (storage.ExportResult, error) {
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		return storage.ExportResult{}, &fs.PathError{Op: "write", Path: path, Err: syscall.EISDIR}
	}
	return store.ExportFile(ctx, path, o, nil)
}
