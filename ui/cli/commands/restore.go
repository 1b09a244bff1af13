package commands

import (
	"flag"
	"time"

	"frontoffice/ui/cli"
)

// Restore puts the newest good backup in place of a damaged store.
func Restore() Command {
	return Command{Name: "restore", NoStore: true, Flags: func(fs *flag.FlagSet) Runner {
		var from string
		fs.StringVar(&from, "from", "", "flag.restore.from")
		return func(e *Env) error {
			return quietly(cli.Restore(e.Path, from, e.Tr, time.Now(), e.Out, e.Errw))
		}
	}}
}
