// Command frontoffice is the terminal app for volunteer front offices: register
// walk-in students, consult on their social-project ideas, log volunteer hours
// and carry everything between offices as bundles, without the internet.
//
// main.go parses flags and sub-commands, opens the store and starts the app or
// the command; the work itself lives in ui, ui/cli, storage and model.
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
	"strings"
	"time"

	"frontoffice/model"
	"frontoffice/model/csvio"
	"frontoffice/storage"
	"frontoffice/ui"
	"frontoffice/ui/appdoc"
	"frontoffice/ui/cli"
	"frontoffice/ui/common"
	"frontoffice/ui/i18n"
	"frontoffice/ui/settings"
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
// profile holds function names and timings, nothing of the store.
func profiled(fn func() int) int {
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

// command is one sub-command: its flags and what it does with the open store.
type command struct {
	flags func(fs *flag.FlagSet)
	args  int // positional arguments expected
	// atLeast makes args a minimum: search takes the words of its query
	// quoted or not.
	atLeast bool
	// noStore: the command works on the store's file itself, unopened (it
	// may be too damaged to open): env.path names it, env.store is nil.
	noStore bool
	run     func(env *cmdEnv) error
}

// cmdEnv is what a command's body gets.
type cmdEnv struct {
	store *storage.Store
	ctx   context.Context // ends on Ctrl+C or SIGTERM for the interruptible commands
	tr    *i18n.Translator
	out   io.Writer
	errw  io.Writer
	args  []string
	path  string                         // the store's file
	open  func() (*storage.Store, error) // opens it again (the app, after a restore)
}

func run(args []string, stdout, stderr io.Writer) int {
	g := &globals{}
	tr := i18n.New(i18n.FromEnv())
	usage := func(msg string) int {
		if msg != "" {
			fmt.Fprintln(stderr, msg)
		}
		fmt.Fprintln(stderr, tr.T("cli.usage"))
		return exitUsage
	}

	top := flag.NewFlagSet("frontoffice", flag.ContinueOnError)
	top.SetOutput(io.Discard)
	g.register(top)
	if err := top.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(stdout, tr.T("cli.usage"))
			return exitOK
		}
		return usage(tr.T("cli.bad_flag", err))
	}
	rest := top.Args()
	name := ""
	if len(rest) > 0 {
		name, rest = rest[0], rest[1:]
	}

	var demoOpts cli.DemoOptions
	var backupOut string
	var searchOpts cli.SearchOptions
	var csvImport cli.ImportOptions
	var csvKind, csvOut string
	var sheetOut, sheetKind string // export-sheet
	var sheetTemplate bool
	var appOpts cli.ApplicationOptions
	var reportOpts cli.ReportOptions
	var creditsFormat, creditsOut, checkCode string
	var checkCodeSet bool
	var certOpts cli.CertificateOptions
	var syncOut cli.SyncExportOptions
	var syncIn cli.SyncImportOptions
	var restoreFrom, salvageOut string
	var salvageForce bool
	var hubOpts cli.HubOptions
	var force bool // --force: an output may replace an existing file
	forceFlag := func(fs *flag.FlagSet) {
		fs.BoolVar(&force, "force", false, "replace the output file when it exists")
	}
	// outputsOK refuses outputs on the store, its backups, any store file,
	// or an existing file without --force (DESIGN.md §4), explained.
	outputsOK := func(e *cmdEnv, paths ...string) error {
		if !cli.CheckOutputs(e.store, e.tr, force, e.errw, paths...) {
			return errFailedQuietly
		}
		return nil
	}
	// xlsxOut checks --out against --format: a workbook is written to a
	// file only (--out FILE.xlsx), never to the terminal; --out is for
	// workbooks only (text, csv and json go to standard output).
	xlsxOut := func(e *cmdEnv, format, out string) error {
		switch {
		case format == "xlsx" && out == "":
			return errUsage(e.tr.T("sheet.need_out_format"))
		case format == "xlsx" && !cli.IsXLSXName(out):
			return errUsage(e.tr.T("sheet.need_xlsx", out))
		case format != "xlsx" && out != "":
			return errUsage(e.tr.T("sheet.out_needs_xlsx"))
		case format == "xlsx":
			return outputsOK(e, out)
		}
		return nil
	}
	binaryOut := func(e *cmdEnv, path string, write func(io.Writer) error) error {
		ok, err := cli.WriteBinary(e.tr, path, write, e.out, e.errw)
		if err == nil && !ok {
			return errFailedQuietly
		}
		return err
	}
	// importCommand is import-csv or import-sheet: the same flags and rules,
	// imp reads its sort of file.
	importCommand := func(kindHelp string, imp func(*storage.Store, *i18n.Translator, cli.ImportOptions, string, io.Writer, io.Writer) (bool, error)) command {
		return command{
			flags: func(fs *flag.FlagSet) {
				fs.StringVar(&csvKind, "kind", "", kindHelp)
				fs.BoolVar(&csvImport.DryRun, "dry-run", false, "check the file and report, writing nothing")
				fs.BoolVar(&csvImport.SkipInvalid, "skip-invalid", false, "import the good rows, report and skip the bad ones")
			},
			args: 1,
			run: func(e *cmdEnv) error {
				k, ok := csvio.ParseImportKind(csvKind)
				if !ok {
					return errUsage(e.tr.T("csv.need_kind"))
				}
				csvImport.Kind, csvImport.Ctx = k, e.ctx
				ok, err := imp(e.store, e.tr, csvImport, e.args[0], e.out, e.errw)
				if err == nil && !ok {
					return errFailedQuietly
				}
				return err
			},
		}
	}
	commands := map[string]command{
		"": {run: func(e *cmdEnv) error { return runApp(e, g) }},
		"demo": {
			flags: func(fs *flag.FlagSet) {
				fs.IntVar(&demoOpts.Ideas, "ideas", 1000, "ideas to make")
				fs.IntVar(&demoOpts.People, "people", 1000, "people to make")
				fs.Int64Var(&demoOpts.Seed, "seed", 1, "random seed (same seed, same data)")
			},
			run: func(e *cmdEnv) error {
				if demoOpts.Ideas < 0 || demoOpts.People < 0 {
					return errUsage(e.tr.T("cli.negative_count"))
				}
				// Noon today: the same seed gives the same data all day long,
				// with dates that still look recent.
				// Never after the present: a morning's demo would otherwise have
				// visitors arriving and records changed later today.
				y, mo, d := time.Now().Date()
				now := time.Date(y, mo, d, 12, 0, 0, 0, time.Local)
				if t := time.Now().Add(-time.Minute); t.Before(now) {
					now = t
				}
				demoOpts.Ctx, demoOpts.Errw = e.ctx, e.errw
				return quietly(cli.Demo(e.store, e.tr, demoOpts, now, e.out))
			},
		},
		"backup": {
			flags: func(fs *flag.FlagSet) {
				fs.StringVar(&backupOut, "out", "", "file to write the copy to")
				forceFlag(fs)
			},
			run: func(e *cmdEnv) error {
				if backupOut == "" {
					return errUsage(e.tr.T("cli.need_out"))
				}
				if err := outputsOK(e, backupOut); err != nil {
					return err
				}
				return cli.Backup(e.ctx, e.store, e.tr, backupOut, e.out, e.errw)
			},
		},
		"import-csv":   importCommand("what the file holds: ideas, people or hours", cli.ImportCSV),
		"import-sheet": importCommand("what the sheet holds: ideas, people or hours", cli.ImportSheet),
		"export-csv": {
			flags: func(fs *flag.FlagSet) {
				fs.StringVar(&csvOut, "out", "", "folder to write the CSV files to")
				forceFlag(fs)
			},
			run: func(e *cmdEnv) error {
				if csvOut == "" {
					return errUsage(e.tr.T("csv.need_out_dir"))
				}
				if err := outputsOK(e, cli.CSVFiles(csvOut)...); err != nil {
					return err
				}
				ok, err := cli.ExportCSV(e.ctx, e.store, e.tr, csvOut, e.out, e.errw)
				if err == nil && !ok {
					return errFailedQuietly
				}
				return err
			},
		},
		"export-sheet": {
			flags: func(fs *flag.FlagSet) {
				fs.StringVar(&sheetOut, "out", "", "workbook to write (.xlsx)")
				fs.BoolVar(&sheetTemplate, "template", false, "an empty workbook to fill in, with drop-down lists and notes")
				fs.StringVar(&sheetKind, "kind", "", "with --template: people, ideas or hours")
				forceFlag(fs)
			},
			run: func(e *cmdEnv) error {
				if sheetOut == "" {
					return errUsage(e.tr.T("sheet.need_out"))
				}
				if !cli.IsXLSXName(sheetOut) {
					return errUsage(e.tr.T("sheet.need_xlsx", sheetOut))
				}
				var kind csvio.Kind
				switch k, ok := csvio.ParseImportKind(sheetKind); {
				case sheetTemplate && !ok:
					return errUsage(e.tr.T("sheet.need_template_kind"))
				case !sheetTemplate && sheetKind != "":
					return errUsage(e.tr.T("sheet.kind_without_template"))
				default:
					kind = k
				}
				if err := outputsOK(e, sheetOut); err != nil {
					return err
				}
				var ok bool
				var err error
				if sheetTemplate {
					ok, err = cli.SheetTemplate(e.tr, kind, sheetOut, e.out, e.errw)
				} else {
					ok, err = cli.ExportSheet(e.ctx, e.store, e.tr, sheetOut, e.out, e.errw)
				}
				if err == nil && !ok {
					return errFailedQuietly
				}
				return err
			},
		},
		"search": {
			flags: func(fs *flag.FlagSet) {
				fs.BoolVar(&searchOpts.JSON, "json", false, "print one JSON array")
				fs.IntVar(&searchOpts.Limit, "limit", 20, "at most this many results")
				fs.StringVar(&searchOpts.Kind, "kind", "", "idea or person (default: both)")
			},
			args: 1, atLeast: true,
			run: func(e *cmdEnv) error {
				kind, ok := cli.ParseSearchKind(searchOpts.Kind)
				if !ok {
					return errUsage(e.tr.T("search.bad_kind", searchOpts.Kind))
				}
				if searchOpts.Limit < 1 || searchOpts.Limit > 10000 {
					return errUsage(e.tr.T("search.bad_limit"))
				}
				query := strings.Join(e.args, " ")
				if strings.TrimSpace(query) == "" {
					return errUsage(e.tr.T("search.need_query"))
				}
				return cli.Search(e.store, e.tr, searchOpts, kind, query, e.out)
			},
		},
		"application": {
			flags: func(fs *flag.FlagSet) {
				fs.StringVar(&appOpts.Format, "format", "", "md or html (default md; html with --save)")
				fs.BoolVar(&appOpts.Save, "save", false, "write into applications/ beside the store, named from the title and date")
				fs.StringVar(&appOpts.Out, "out", "", "file to write (default: standard output)")
				fs.BoolVar(&appOpts.Check, "check", false, "print what is missing; exit 1 when not ready")
				forceFlag(fs)
			},
			args: 1,
			run: func(e *cmdEnv) error {
				if appOpts.Save && (appOpts.Out != "" || appOpts.Check) {
					return errUsage(e.tr.T("app.save_alone"))
				}
				if appOpts.Save && appOpts.Format == "" {
					appOpts.Format = "html" // as the app's x
				}
				format, ok := cli.ParseApplicationFormat(appOpts.Format)
				if !ok {
					return errUsage(e.tr.T("app.bad_format", appOpts.Format))
				}
				appOpts.Format = format
				appOpts.Lang, _ = g.explicitLang() // the printed text's language; else its texts'
				appOpts.Force = force
				if appOpts.Out != "" && !appOpts.Check {
					if err := outputsOK(e, appOpts.Out); err != nil {
						return err
					}
				}
				ready, err := cli.Application(e.store, e.tr, appOpts, e.args[0], time.Now(), e.out, e.errw)
				if errors.Is(err, cli.ErrUnknownIdea) || (err == nil && !ready) {
					return errFailedQuietly
				}
				return err
			},
		},
		"report": {
			flags: func(fs *flag.FlagSet) {
				fs.StringVar(&reportOpts.Format, "format", "text", "text, csv, json or xlsx (xlsx: with --out)")
				fs.StringVar(&reportOpts.Out, "out", "", "with --format xlsx: the workbook to write")
				forceFlag(fs)
				fs.StringVar(&reportOpts.From, "from", "", "first day counted (2026-02-01 or 01.02.2026)")
				fs.StringVar(&reportOpts.To, "to", "", "last day counted")
				fs.StringVar(&reportOpts.Region, "region", "", "only this region (code or name)")
				fs.StringVar(&reportOpts.Direction, "direction", "", "only this direction (code or name)")
				fs.StringVar(&reportOpts.Office, "office", "", "only the records this office made (its id or name)")
			},
			run: func(e *cmdEnv) error {
				format, ok := cli.ParseReportFormat(reportOpts.Format)
				if !ok {
					return errUsage(e.tr.T("report.bad_format", reportOpts.Format))
				}
				if bad := xlsxOut(e, format, reportOpts.Out); bad != nil {
					return bad
				}
				f, bad := cli.ParseReportFilter(e.tr, reportOpts)
				if bad != "" {
					return errUsage(bad)
				}
				bad, err := cli.ReportOffice(e.store, e.tr, reportOpts, &f)
				if err != nil {
					return err
				}
				if bad != "" {
					return errUsage(bad)
				}
				if format == "xlsx" {
					return binaryOut(e, reportOpts.Out, func(w io.Writer) error { return cli.Report(e.store, e.tr, format, f, w) })
				}
				return cli.Report(e.store, e.tr, format, f, e.out)
			},
		},
		"check": {
			flags: func(fs *flag.FlagSet) {
				fs.Func("code", "confirm a certificate's verification code instead", func(v string) error {
					checkCode, checkCodeSet = v, true // an empty code is a wrong code, not a full check
					return nil
				})
			},
			run: func(e *cmdEnv) error {
				if checkCodeSet {
					ok, err := cli.CheckCode(e.store, e.tr, checkCode, e.out)
					if err == nil && !ok {
						return errFailedQuietly
					}
					return err
				}
				return quietly(cli.Check(e.store, e.tr, e.out))
			},
		},
		"credits": {
			flags: func(fs *flag.FlagSet) {
				fs.StringVar(&creditsFormat, "format", "text", "text, csv, json or xlsx (xlsx: with --out)")
				fs.StringVar(&creditsOut, "out", "", "with --format xlsx: the workbook to write")
				forceFlag(fs)
			},
			run: func(e *cmdEnv) error {
				format, ok := cli.ParseCreditsFormat(creditsFormat)
				if !ok {
					return errUsage(e.tr.T("credits.bad_format", creditsFormat))
				}
				if bad := xlsxOut(e, format, creditsOut); bad != nil {
					return bad
				}
				if format == "xlsx" {
					return binaryOut(e, creditsOut, func(w io.Writer) error { return cli.Credits(e.store, e.tr, format, time.Now(), w) })
				}
				return cli.Credits(e.store, e.tr, format, time.Now(), e.out)
			},
		},
		"certificate": {
			flags: func(fs *flag.FlagSet) {
				fs.StringVar(&certOpts.Out, "out", "", "file to write (default: standard output)")
				forceFlag(fs)
			},
			// A phone typed with spaces and no quotes arrives in pieces.
			args: 1, atLeast: true,
			run: func(e *cmdEnv) error {
				if certOpts.Out != "" {
					if err := outputsOK(e, certOpts.Out); err != nil {
						return err
					}
				}
				err := cli.Certificate(e.store, e.tr, certOpts, strings.Join(e.args, " "), time.Now(), e.out, e.errw)
				if errors.Is(err, cli.ErrUnknownPerson) {
					return errFailedQuietly
				}
				return err
			},
		},
		"export": {
			flags: func(fs *flag.FlagSet) {
				fs.StringVar(&syncOut.Out, "out", "", "bundle file to write (.fob)")
				fs.BoolVar(&syncOut.Full, "full", false, "everything, not only what changed since the last export")
				fs.BoolVar(&syncOut.Encrypt, "encrypt", false, "encrypt with a passphrase (age)")
				fs.BoolVar(&syncOut.Redact, "redact", false, "leave out names, phones and IINs (for statistics)")
				fs.StringVar(&syncOut.PassFile, "passphrase-file", "", "file holding the passphrase")
				forceFlag(fs)
			},
			run: func(e *cmdEnv) error {
				if syncOut.Out == "" {
					return errUsage(e.tr.T("sync.need_out"))
				}
				if err := outputsOK(e, syncOut.Out); err != nil {
					return err
				}
				syncOut.Ctx = e.ctx
				return quietly(cli.SyncExport(e.store, e.tr, syncOut, e.out, e.errw))
			},
		},
		"import": {
			flags: func(fs *flag.FlagSet) {
				fs.StringVar(&syncIn.PassFile, "passphrase-file", "", "file holding the passphrase of encrypted bundles")
				fs.BoolVar(&syncIn.Trust, "trust", false, "trust the key of an office seen for the first time")
				fs.BoolVar(&syncIn.AllowUnsigned, "allow-unsigned", false, "merge unsigned bundles too")
			},
			args: 1, atLeast: true,
			run: func(e *cmdEnv) error {
				syncIn.Ctx = e.ctx
				return quietly(cli.SyncImport(e.store, e.tr, syncIn, e.args, e.out, e.errw))
			},
		},
		"restore": {
			flags: func(fs *flag.FlagSet) {
				fs.StringVar(&restoreFrom, "from", "", "restore from this file instead of the newest good backup")
			},
			noStore: true,
			run: func(e *cmdEnv) error {
				return quietly(cli.Restore(e.path, restoreFrom, e.tr, time.Now(), e.out, e.errw))
			},
		},
		"salvage": {
			flags: func(fs *flag.FlagSet) {
				fs.StringVar(&salvageOut, "out", "", "new store file to copy what can be read into")
				fs.BoolVar(&salvageForce, "force", false, "replace --out if it exists")
			},
			noStore: true,
			run: func(e *cmdEnv) error {
				if salvageOut == "" {
					return errUsage(e.tr.T("salvage.need_out"))
				}
				return quietly(cli.Salvage(e.path, salvageOut, salvageForce, e.tr, e.out, e.errw))
			},
		},
		"withdraw": {
			// A phone typed with spaces and no quotes arrives in pieces.
			args: 1, atLeast: true,
			run: func(e *cmdEnv) error {
				err := cli.Withdraw(e.store, e.tr, strings.Join(e.args, " "), e.out, e.errw)
				if errors.Is(err, cli.ErrUnknownPerson) || errors.Is(err, cli.ErrFilesLeft) {
					return errFailedQuietly
				}
				return err
			},
		},
		"offices": {run: func(e *cmdEnv) error { return cli.Offices(e.store, e.tr, time.Local, e.out) }},
		"hub": {
			// The regional hub on PostgreSQL (issue 22, docs/hub.md): no store.
			flags: func(fs *flag.FlagSet) {
				fs.StringVar(&hubOpts.PG, "pg", "", "PostgreSQL URL of the hub (default $FRONTOFFICE_PG)")
				fs.BoolVar(&hubOpts.Trust, "trust", false, "import: trust the key of an office seen for the first time")
				fs.BoolVar(&hubOpts.AllowUnsigned, "allow-unsigned", false, "import: load unsigned bundles too (their verified hours count as pending)")
				fs.StringVar(&hubOpts.Report.Format, "format", "text", "report, credits: text, csv or json")
				fs.StringVar(&hubOpts.Report.From, "from", "", "report: first day counted")
				fs.StringVar(&hubOpts.Report.To, "to", "", "report: last day counted")
				fs.StringVar(&hubOpts.Report.Region, "region", "", "report, export: only this region (code or name)")
				fs.StringVar(&hubOpts.Report.Direction, "direction", "", "report: only this direction")
				fs.StringVar(&hubOpts.Report.Office, "office", "", "report: only the records this office made (its id or name)")
				fs.StringVar(&hubOpts.Out, "out", "", "export: bundle file to write (.fob)")
				fs.StringVar(&hubOpts.Since, "since", "", "export: only what changed in the hub since this day or time")
				fs.BoolVar(&hubOpts.Redact, "redact", false, "export: leave out names, phones and IINs")
				forceFlag(fs)
			},
			args: 1, atLeast: true, noStore: true,
			run: func(e *cmdEnv) error { return runHub(e, &hubOpts, force) },
		},
		"version": {},
	}
	cmd, ok := commands[name]
	if !ok {
		return usage(tr.T("cli.unknown_command", name))
	}
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	g.register(fs)
	if cmd.flags != nil {
		cmd.flags(fs)
	}
	// Flags may come before, between or after the arguments.
	var positional []string
	for {
		if err := fs.Parse(rest); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				fmt.Fprintln(stdout, tr.T("cli.usage"))
				return exitOK
			}
			return usage(tr.T("cli.bad_flag", err))
		}
		if fs.NArg() == 0 {
			break
		}
		positional = append(positional, fs.Arg(0))
		rest = fs.Args()[1:]
	}
	if len(positional) != cmd.args && !(cmd.atLeast && len(positional) >= cmd.args) {
		return usage(tr.T("cli.bad_args", name))
	}
	explicit, err := g.explicitLang()
	if err != nil {
		return usage(tr.T("cli.bad_lang", g.lang))
	}
	if explicit != "" {
		tr = i18n.New(explicit)
	}
	if name == "version" {
		fmt.Fprintf(stdout, "frontoffice %s (schema %d, %s)\n", version, storage.CurrentSchema(), runtime.Version())
		return exitOK
	}

	path, err := g.dbPath()
	if err != nil {
		fmt.Fprintln(stderr, tr.T("cli.no_home", err))
		return exitFail
	}
	if cmd.noStore {
		return exitCode(cmd.run(&cmdEnv{ctx: context.Background(), tr: tr, out: stdout, errw: stderr, args: positional, path: path}),
			context.Background(), tr, stderr, usage)
	}
	fresh, readOnly, refusal := storeFor(name, path, tr) // fresh: this run makes the store
	if refusal != "" {
		fmt.Fprintln(stderr, refusal)
		return exitFail
	}
	opts := storage.Options{ReadOnly: readOnly}
	if name == "" {
		opts.Trim = 10 * time.Second // the app: keep what it has read of the store in check
	}
	opts.Checking = func() { fmt.Fprintln(stderr, tr.T("cli.checking_store")) }
	open := func() (*storage.Store, error) { return storage.OpenWith(path, opts) }
	store, err := open()
	if err != nil && name == "" && errors.Is(err, storage.ErrDamaged) {
		// The app's first screen explains and offers the newest good backup.
		store, err = ui.OfferRestore(path, err, ui.Options{Lang: explicit}, open)
	}
	if err != nil {
		if text, ok := notStoreText(tr, path, err); ok && !errors.Is(err, storage.ErrDamaged) {
			fmt.Fprintln(stderr, text)
		} else {
			fmt.Fprintln(stderr, openErrorText(tr, path, err))
		}
		return exitFail
	}
	defer store.Close()
	importFailed := false
	if fresh && name == "import" {
		// A failed first import into a new store leaves no store behind:
		// "the store was not changed" means there is none.
		defer func() {
			if importFailed {
				store.Close()
				os.Remove(path)
			}
		}()
	}
	tr = i18n.New(ui.PickLang(explicit, store))
	settings.Apply(store) // limits in MCI follow the office's setting
	// A withdrawal a stop left halfway (issue 17) is finished first.
	if lines, _ := appdoc.FinishPending(store, tr); len(lines) > 0 {
		for _, l := range lines {
			fmt.Fprintln(stderr, l)
		}
	}
	if store.Recovered && len(store.Problems) > 0 {
		fmt.Fprintln(stderr, tr.T("cli.recovered_problems", len(store.Problems)))
	}
	ctx, release := commandContext(name)
	defer release()
	err = cmd.run(&cmdEnv{store: store, ctx: ctx, tr: tr, out: stdout, errw: stderr, args: positional, path: path, open: open})
	importFailed = err != nil && store.PendingImport() == "" // a stopped import keeps what it merged
	return exitCode(err, ctx, tr, stderr, usage)
}

// exitCode reports a command's outcome: the exit status, and the message
// when it is not already said; ctx tells which signal stopped it.
func exitCode(err error, ctx context.Context, tr *i18n.Translator, stderr io.Writer, usage func(string) int) int {
	var ue usageError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &ue):
		return usage(string(ue))
	case errors.Is(err, errFailedQuietly):
		return exitFail
	case errors.Is(err, cli.ErrStopped):
		return signalExit(ctx)
	}
	fmt.Fprintln(stderr, common.ErrorText(tr, err))
	return exitFail
}

// usageError is a mistake in how the command was called (exit 2).
type usageError string

func (e usageError) Error() string { return string(e) }

func errUsage(msg string) error { return usageError(msg) }

// errFailedQuietly is a failure the command has already explained.
var errFailedQuietly = errors.New("failed")

// quietly turns a command's (ok, err) into its error: not ok is a failure
// already explained.
func quietly(ok bool, err error) error {
	if err == nil && !ok {
		return errFailedQuietly
	}
	return err
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

// runApp starts the interactive app and explains a crash in one short sentence.
func runApp(e *cmdEnv, g *globals) error {
	explicit, _ := g.explicitLang()
	// Damage met while the app runs brings its restore screen up too.
	crashLog, err := ui.RunRestoring(e.store, ui.Options{Lang: explicit}, e.open)
	if crashLog != "" {
		fmt.Fprintln(e.errw, e.tr.T("app.crash_note", crashLog))
		return errFailedQuietly
	}
	return err
}

// runHub runs one of the hub's sub-commands (import, report, credits, export).
func runHub(e *cmdEnv, o *cli.HubOptions, force bool) error {
	sub, rest := e.args[0], e.args[1:]
	switch sub {
	case "import":
		if len(rest) == 0 {
			return errUsage(e.tr.T("hub.need_files"))
		}
	case "report", "credits", "export":
		if len(rest) > 0 {
			return errUsage(e.tr.T("cli.bad_args", "hub "+sub))
		}
	default:
		return errUsage(e.tr.T("hub.need_sub"))
	}
	if sub == "credits" {
		if _, ok := cli.ParseCreditsFormat(o.Report.Format); !ok {
			return errUsage(e.tr.T("credits.bad_format", o.Report.Format))
		}
	}
	if sub == "export" {
		if o.Out == "" {
			return errUsage(e.tr.T("sync.need_out"))
		}
		if _, err := os.Stat(o.Out); err == nil && !force {
			fmt.Fprintln(e.errw, e.tr.T("out.exists", o.Out))
			return errFailedQuietly
		}
	}
	o.Ctx = e.ctx
	h, err := cli.OpenHub(e.tr, *o)
	if err != nil {
		fmt.Fprintln(e.errw, err) // a sentence saying what to check, no password
		return errFailedQuietly
	}
	defer h.Close()
	switch sub {
	case "import":
		return quietly(cli.HubImport(h, e.tr, *o, rest, e.out, e.errw))
	case "credits":
		format, _ := cli.ParseCreditsFormat(o.Report.Format)
		return cli.HubCredits(h, e.tr, format, time.Now(), e.out)
	}
	var bad string
	if sub == "report" {
		bad, err = cli.HubReport(h, e.tr, *o, e.out)
	} else {
		bad, err = cli.HubExport(h, e.tr, *o, e.out)
	}
	if bad != "" {
		return errUsage(bad)
	}
	return err
}
