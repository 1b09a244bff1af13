package commands

import (
	"flag"

	"frontoffice/ui/cli"
)

// Salvage copies what can still be read from a damaged store into a new one.
func Salvage() Command {
	return Command{Name: "salvage", NoStore: true, Flags: func(fs *flag.FlagSet) Runner {
		var out string
		var force bool
		fs.StringVar(&out, "out", "", "flag.salvage.out")
		fs.BoolVar(&force, "force", false, "flag.salvage.force")
		return func(e *Env) error {
			if out == "" {
				return errUsage(e.Tr.T("salvage.need_out"))
			}
			return quietly(cli.Salvage(e.Path, out, force, e.Tr, e.Out, e.Errw))
		}
	}}
}
