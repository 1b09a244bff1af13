// Command frontoffice is the terminal app for volunteer front offices: register
// walk-in students, consult on their social-project ideas, log volunteer hours
// and carry everything between offices as bundles, without the internet.
//
// main.go parses the flags every command takes, looks the command up in the
// table (ui/cli/commands), opens the store, runs the app or the command and
// turns the outcome into an exit code; the work itself lives in ui, ui/cli,
// storage and model.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"time"

	"frontoffice/model"
	"frontoffice/storage"
	"frontoffice/ui"
	"frontoffice/ui/appdoc"
	"frontoffice/ui/cli"
	"frontoffice/ui/cli/commands"
	"frontoffice/ui/common"
	"frontoffice/ui/i18n"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "dev"

// Exit codes of DESIGN.md §4.
const (
	exitOK    = 0
	exitFail  = 1
	exitUsage = 2
)

func main() { os.Exit(profiled(func() int { return run(os.Args[1:], os.Stdout, os.Stderr) })) }

// profiled runs fn, writing a CPU profile of it to $FRONTOFFICE_CPUPROFILE
// when that is set (for docs/PERFORMANCE.md: `go tool pprof` reads it). A
// profile holds function names and timings, nothing of the store. With
// $FRONTOFFICE_MEMPROFILE set it also writes heap profiles (memprofile.go).
func profiled(fn func() int) int {
	defer startMemProfile()()
	path := os.Getenv("FRONTOFFICE_CPUPROFILE")
	if path == "" {
		return fn()
	}
	f, err := os.Create(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return fn()
	}
	defer f.Close()
	if err := pprof.StartCPUProfile(f); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return fn()
	}
	defer pprof.StopCPUProfile()
	return fn()
}

// globals are the flags every command takes.
type globals struct {
	db   string
	lang string
	help bool // --help or -h: the usage, not the command
}

func (g *globals) register(fs *flag.FlagSet) {
	fs.StringVar(&g.db, "db", g.db, "store file (default $FRONTOFFICE_DB or the per-user data folder)")
	fs.StringVar(&g.lang, "lang", g.lang, "language: kk, ru or en")
}

// explicitLang is the --lang choice, "" when none was given.
func (g *globals) explicitLang() (model.Lang, error) {
	if g.lang == "" {
		return "", nil
	}
	l, ok := model.ParseLang(g.lang)
	if !ok || string(l) != g.lang {
		return "", fmt.Errorf("--lang %q", g.lang)
	}
	return l, nil
}

// dbPath is --db, else $FRONTOFFICE_DB, else the per-user data folder.
func (g *globals) dbPath() (string, error) {
	if g.db != "" {
		return g.db, nil
	}
	if p := os.Getenv("FRONTOFFICE_DB"); p != "" {
		return p, nil
	}
	return defaultDBPath()
}

// defaultDBPath follows each system's convention for per-user application data.
func defaultDBPath() (string, error) { return defaultDBPathOn(runtime.GOOS, os.Getenv, os.UserHomeDir) }

// defaultDBPathOn is defaultDBPath for the system goos, with its environment
// and home folder given (so each system's rule is tested on any one).
func defaultDBPathOn(goos string, getenv func(string) string, homeDir func() (string, error)) (string, error) {
	home, err := homeDir()
	switch goos {
	case "windows":
		if d := getenv("LocalAppData"); d != "" {
			return filepath.Join(d, "frontoffice", "frontoffice.db"), nil
		}
		if err != nil {
			return "", err
		}
		return filepath.Join(home, "AppData", "Local", "frontoffice", "frontoffice.db"), nil
	case "darwin":
		if err != nil {
			return "", err
		}
		return filepath.Join(home, "Library", "Application Support", "frontoffice", "frontoffice.db"), nil
	}
	if d := getenv("XDG_DATA_HOME"); d != "" {
		return filepath.Join(d, "frontoffice", "frontoffice.db"), nil
	}
	if err != nil {
		return "", err
	}
	return filepath.Join(home, ".local", "share", "frontoffice", "frontoffice.db"), nil
}

// flagSet is a set of flags for command name (the whole program's when
// "frontoffice") holding the flags every command takes.
func (g *globals) flagSet(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	g.register(fs)
	fs.BoolVar(&g.help, "help", false, "")
	fs.BoolVar(&g.help, "h", false, "")
	return fs
}

// translator is tr, or the --lang given when it is a known one.
func (g *globals) translator(tr *i18n.Translator) *i18n.Translator {
	if l, err := g.explicitLang(); err == nil && l != "" {
		return i18n.New(l)
	}
	return tr
}

func run(args []string, stdout, stderr io.Writer) int {
	g := &globals{}
	tr := i18n.New(i18n.FromEnv())
	top := g.flagSet("frontoffice")
	if err := top.Parse(args); err != nil {
		return usage(stderr, tr.T("cli.bad_flag", err), commands.Overview(tr))
	}
	rest := top.Args()
	name := ""
	if len(rest) > 0 {
		name, rest = rest[0], rest[1:]
	}
	if g.help && name == "" {
		fmt.Fprintln(stdout, commands.Overview(g.translator(tr)))
		return exitOK
	}
	cmd, ok := commands.Lookup(name)
	if !ok {
		return usage(stderr, commands.Unknown(g.translator(tr), name), commands.Overview(g.translator(tr)))
	}
	return runCommand(cmd, g, rest, tr, stdout, stderr)
}

// runCommand parses cmd's flags and arguments in args and runs it: on the
// store, on its file, or alone, as the command says.
func runCommand(cmd commands.Command, g *globals, args []string, tr *i18n.Translator, stdout, stderr io.Writer) int {
	fs := g.flagSet(cmd.Name)
	runner := cmd.Flags(fs)
	positional, err := parseInterleaved(fs, args)
	if err != nil {
		return usage(stderr, tr.T("cli.bad_flag", err), usageOf(tr, cmd))
	}
	if g.help {
		fmt.Fprintln(stdout, commands.Usage(g.translator(tr), cmd))
		return exitOK
	}
	if len(positional) != cmd.Args && !(cmd.AtLeast && len(positional) >= cmd.Args) {
		return usage(stderr, tr.T("cli.bad_args", cmd.Name), usageOf(tr, cmd))
	}
	explicit, err := g.explicitLang()
	if err != nil {
		return usage(stderr, tr.T("cli.bad_lang", g.lang), usageOf(tr, cmd))
	}
	if explicit != "" {
		tr = i18n.New(explicit)
	}
	e := &commands.Env{Ctx: context.Background(), Tr: tr, Out: stdout, Errw: stderr, Args: positional, Lang: explicit, Version: version}
	if cmd.NoPath {
		return exitCode(runner(e), e, cmd)
	}
	if e.Path, err = g.dbPath(); err != nil {
		fmt.Fprintln(stderr, tr.T("cli.no_home", err))
		return exitFail
	}
	if cmd.NoStore {
		return exitCode(runner(e), e, cmd)
	}
	return runOnStore(cmd, runner, e)
}

// parseInterleaved parses fs from args, flags before, between or after the
// arguments, and returns the arguments.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		if fs.NArg() == 0 {
			return positional, nil
		}
		positional = append(positional, fs.Arg(0))
		args = fs.Args()[1:]
	}
}

// runOnStore opens the store at e.Path for cmd, runs it and closes the store.
func runOnStore(cmd commands.Command, runner commands.Runner, e *commands.Env) int {
	fresh, readOnly, refusal := storeFor(cmd, e.Path, e.Tr) // fresh: this run makes the store
	if refusal != "" {
		fmt.Fprintln(e.Errw, refusal)
		return exitFail
	}
	store, err := openStore(cmd, e, readOnly)
	if err != nil {
		return exitFail // explained
	}
	defer store.Close()
	importFailed := false
	if fresh && (cmd.Name == "import" || cmd.Name == "import-csv" || cmd.Name == "import-sheet") {
		// A failed first import into a new store leaves no store behind:
		// "the store was not changed" means there is none (a missing CSV
		// file made an empty store where there was none).
		defer func() {
			if importFailed {
				store.Close()
				os.Remove(e.Path)
			}
		}()
	}
	e.Store = store
	e.Tr = i18n.New(ui.PickLang(e.Lang, store))
	// A withdrawal a stop left halfway (issue 17) is finished first.
	if lines, _ := appdoc.FinishPending(store, e.Tr); len(lines) > 0 {
		for _, l := range lines {
			fmt.Fprintln(e.Errw, l)
		}
	}
	if store.Recovered && len(store.Problems) > 0 {
		fmt.Fprintln(e.Errw, e.Tr.T("cli.recovered_problems", len(store.Problems)))
	}
	ctx, release := commandContext(cmd.Interruptible)
	defer release()
	e.Ctx = ctx
	err = runner(e)
	importFailed = err != nil && store.PendingImport() == "" // a stopped import keeps what it merged
	return exitCode(err, e, cmd)
}

// openStore opens the store at e.Path for cmd (e.Open opens it again) or
// says on e.Errw why it cannot.
func openStore(cmd commands.Command, e *commands.Env, readOnly bool) (*storage.Store, error) {
	opts := storage.Options{ReadOnly: readOnly}
	if cmd.Name == "" {
		opts.Trim = 10 * time.Second // the app: keep what it has read of the store in check
	}
	opts.Checking = func() { fmt.Fprintln(e.Errw, e.Tr.T("cli.checking_store")) }
	path := e.Path
	e.Open = func() (*storage.Store, error) { return storage.OpenWith(path, opts) }
	store, err := e.Open()
	if err != nil && cmd.Name == "" && errors.Is(err, storage.ErrDamaged) {
		// The app's first screen explains and offers the newest good backup.
		store, err = ui.OfferRestore(path, err, ui.Options{Lang: e.Lang}, e.Open)
	}
	if err != nil {
		if text, ok := notStoreText(e.Tr, path, err); ok && !errors.Is(err, storage.ErrDamaged) {
			fmt.Fprintln(e.Errw, text)
		} else {
			fmt.Fprintln(e.Errw, openErrorText(e.Tr, path, err))
		}
	}
	return store, err
}

// usage reports a usage error: msg, then the usage text; exit 2.
func usage(stderr io.Writer, msg, text string) int {
	if msg != "" {
		fmt.Fprintln(stderr, msg)
	}
	fmt.Fprintln(stderr, text)
	return exitUsage
}

// usageOf is the usage text shown after a mistake in calling cmd: its own,
// or the overview for help and the app.
func usageOf(tr *i18n.Translator, cmd commands.Command) string {
	if cmd.Name == "help" || cmd.Name == "" {
		return commands.Overview(tr)
	}
	return commands.Usage(tr, cmd)
}

// exitCode reports command cmd's outcome: the exit status, and the message
// when it is not already said; e.Ctx tells which signal stopped it.
func exitCode(err error, e *commands.Env, cmd commands.Command) int {
	var ue commands.UsageError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &ue):
		return usage(e.Errw, string(ue), usageOf(e.Tr, cmd))
	case errors.Is(err, commands.ErrFailedQuietly):
		return exitFail
	case errors.Is(err, cli.ErrStopped):
		return signalExit(e.Ctx)
	}
	fmt.Fprintln(e.Errw, common.ErrorText(e.Tr, err))
	return exitFail
}

func openErrorText(tr *i18n.Translator, path string, err error) string {
	if errors.Is(err, storage.ErrInUse) {
		return tr.T("err.in_use_path", path)
	}
	if errors.Is(err, storage.ErrDamaged) {
		return common.ErrorText(tr, err)
	}
	return tr.T("cli.cannot_open", path) + " " + common.ErrorText(tr, err)
}
