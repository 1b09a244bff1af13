// Package commands is the table of frontoffice's sub-commands: each one's
// name, flags, arguments, usage text and what it runs, one command to a file.
// main.go parses the flags every command takes, looks the command up here,
// opens the store and turns the outcome into an exit code (DESIGN.md §4);
// the work itself is in ui/cli. Usage text, the overview and `help COMMAND`,
// is built from this table in each language (usage.go).
//
// A new command is one file here with a func returning its Command, one line
// in All, and its usage keys in ui/i18n/commands.go.
package commands

import (
	"context"
	"errors"
	"flag"
	"io"

	"frontoffice/model"
	"frontoffice/storage"
	"frontoffice/ui/i18n"
)

// Command is one sub-command.
type Command struct {
	// Name is what is typed after frontoffice; "" is the interactive app.
	Name string
	// Args is how many positional arguments it takes; AtLeast makes it a
	// minimum (search takes the words of its query quoted or not).
	Args    int
	AtLeast bool
	// NoStore: the command works on the store's file itself, unopened (it
	// may be too damaged to open): Env.Path names it, Env.Store is nil.
	NoStore bool
	// NoPath: the command needs no store at all (version, help).
	NoPath bool
	// Reads: it only reads the store (export notes what it exported, when
	// it can): it never makes a store, and opens a read-only one read-only.
	Reads bool
	// Interruptible: Ctrl+C or SIGTERM stop it at a transaction boundary
	// (Env.Ctx ends); it closes the store cleanly and says what was done.
	// Any other command keeps the system's default: the signal ends it.
	Interruptible bool
	// Flags registers the command's own flags on fs (each flag's usage is
	// an i18n key whose text names its value in `backquotes`) and returns
	// what runs the command with their values. Nil: no flags, nothing to
	// run beyond what main does itself.
	Flags func(fs *flag.FlagSet) Runner
}

// Runner runs a command whose flags are parsed.
type Runner func(e *Env) error

// Env is what a command's body gets.
type Env struct {
	Store *storage.Store
	Ctx   context.Context // ends on Ctrl+C or SIGTERM for the interruptible commands
	Tr    *i18n.Translator
	Out   io.Writer
	Errw  io.Writer
	Args  []string
	Path  string                         // the store's file
	Open  func() (*storage.Store, error) // opens it again (the app, after a restore)
	// Lang is the --lang given, "" when none.
	Lang model.Lang
	// Version is the program's version (main.version).
	Version string
}

// All is the table, in the order the overview lists it.
func All() []Command {
	return []Command{
		App(), Demo(), Search(), ImportCSV(), ExportCSV(), ImportSheet(), ExportSheet(),
		Application(), Report(), Export(), Import(), Offices(), Backup(), Restore(),
		Salvage(), Credits(), Certificate(), Withdraw(), Check(), Version(), Hub(), Help(),
	}
}

// Lookup is the command called name.
func Lookup(name string) (Command, bool) {
	for _, c := range All() {
		if c.Name == name {
			return c, true
		}
	}
	return Command{}, false
}

// UsageError is a mistake in how the command was called (exit 2).
type UsageError string

func (e UsageError) Error() string { return string(e) }

func errUsage(msg string) error { return UsageError(msg) }

// ErrFailedQuietly is a failure the command has already explained (exit 1).
var ErrFailedQuietly = errors.New("failed")

// quietly turns a command's (ok, err) into its error: not ok is a failure
// already explained.
func quietly(ok bool, err error) error {
	if err == nil && !ok {
		return ErrFailedQuietly
	}
	return err
}
