package commands

import (
	"flag"
	"fmt"

	"frontoffice/ui"
)

// App is the interactive app: frontoffice with no command.
func App() Command {
	return Command{Name: "", Flags: func(*flag.FlagSet) Runner { return runApp }}
}

// runApp starts the interactive app and explains a crash in one short sentence.
func runApp(e *Env) error {
	// Damage met while the app runs brings its restore screen up too.
	crashLog, err := ui.RunRestoring(e.Store, ui.Options{Lang: e.Lang}, e.Open)
	if crashLog != "" {
		fmt.Fprintln(e.Errw, e.Tr.T("app.crash_note", crashLog))
		return ErrFailedQuietly
	}
	return err
}
