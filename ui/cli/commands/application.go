package commands

import (
	"errors"
	"flag"
	"time"

	"frontoffice/ui/cli"
)

// Application prints an idea's grant application, or what it still lacks.
func Application() Command {
	return Command{Name: "application", Args: 1, Reads: true, Flags: func(fs *flag.FlagSet) Runner {
		var o cli.ApplicationOptions
		var force bool
		fs.StringVar(&o.Format, "format", "", "flag.application.format")
		fs.BoolVar(&o.Save, "save", false, "flag.application.save")
		fs.StringVar(&o.Out, "out", "", "flag.application.out")
		fs.BoolVar(&o.Check, "check", false, "flag.application.check")
		forceFlag(fs, &force)
		return func(e *Env) error {
			if o.Save && (o.Out != "" || o.Check) {
				return errUsage(e.Tr.T("app.save_alone"))
			}
			if o.Save && o.Format == "" {
				o.Format = "html" // as the app's x
			}
			format, ok := cli.ParseApplicationFormat(o.Format)
			if !ok {
				return errUsage(e.Tr.T("app.bad_format", o.Format))
			}
			o.Format = format
			o.Lang = e.Lang // the printed text's language; else its texts'
			o.Force = force
			if o.Out != "" && !o.Check {
				if err := outputsOK(e, force, o.Out); err != nil {
					return err
				}
			}
			ready, err := cli.Application(e.Store, e.Tr, o, e.Args[0], time.Now(), e.Out, e.Errw)
			if errors.Is(err, cli.ErrUnknownIdea) || (err == nil && !ready) {
				return ErrFailedQuietly
			}
			return err
		}
	}}
}
