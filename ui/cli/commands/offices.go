package commands

import (
	"flag"
	"time"

	"frontoffice/ui/cli"
)

// Offices lists the known offices, their key fingerprints and last bundles.
func Offices() Command {
	return Command{Name: "offices", Reads: true, Flags: func(*flag.FlagSet) Runner {
		return func(e *Env) error { return cli.Offices(e.Store, e.Tr, time.Local, e.Out) }
	}}
}
