package commands

import (
	"errors"
	"flag"
	"strings"
	"time"

	"frontoffice/ui/cli"
)

// Certificate writes a letter of gratitude for a volunteer's verified hours.
func Certificate() Command {
	// A phone typed with spaces and no quotes arrives in pieces.
	return Command{Name: "certificate", Args: 1, AtLeast: true, Reads: true, Flags: func(fs *flag.FlagSet) Runner {
		var o cli.CertificateOptions
		var force bool
		fs.StringVar(&o.Out, "out", "", "flag.certificate.out")
		forceFlag(fs, &force)
		return func(e *Env) error {
			if o.Out != "" {
				if err := outputsOK(e, force, o.Out); err != nil {
					return err
				}
			}
			err := cli.Certificate(e.Store, e.Tr, o, strings.Join(e.Args, " "), time.Now(), e.Out, e.Errw)
			if errors.Is(err, cli.ErrUnknownPerson) {
				return ErrFailedQuietly
			}
			return err
		}
	}}
}
