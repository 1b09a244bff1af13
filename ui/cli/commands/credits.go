package commands

import (
	"flag"
	"io"
	"time"

	"frontoffice/ui/cli"
)

// Credits prints every volunteer's social student credit.
func Credits() Command {
	return Command{Name: "credits", Reads: true, Flags: func(fs *flag.FlagSet) Runner {
		var formatName, out string
		var force bool
		fs.StringVar(&formatName, "format", "text", "flag.credits.format")
		fs.StringVar(&out, "out", "", "flag.credits.out")
		forceFlag(fs, &force)
		return func(e *Env) error {
			format, ok := cli.ParseCreditsFormat(formatName)
			if !ok {
				return errUsage(e.Tr.T("credits.bad_format", formatName))
			}
			if bad := xlsxOut(e, force, format, out); bad != nil {
				return bad
			}
			if format == "xlsx" {
				return binaryOut(e, out, func(w io.Writer) error { return cli.Credits(e.Store, e.Tr, format, time.Now(), w) })
			}
			return cli.Credits(e.Store, e.Tr, format, time.Now(), e.Out)
		}
	}}
}
