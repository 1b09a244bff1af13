package commands

import (
	"flag"

	"frontoffice/ui/cli"
)

// Import checks bundles from other offices and merges them.
func Import() Command {
	return Command{Name: "import", Args: 1, AtLeast: true, Interruptible: true, Flags: func(fs *flag.FlagSet) Runner {
		var o cli.SyncImportOptions
		fs.StringVar(&o.PassFile, "passphrase-file", "", "flag.import.passphrase-file")
		fs.BoolVar(&o.Trust, "trust", false, "flag.import.trust")
		fs.BoolVar(&o.AllowUnsigned, "allow-unsigned", false, "flag.import.allow-unsigned")
		return func(e *Env) error {
			o.Ctx = e.Ctx
			return quietly(cli.SyncImport(e.Store, e.Tr, o, e.Args, e.Out, e.Errw))
		}
	}}
}
