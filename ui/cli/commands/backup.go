package commands

import (
	"flag"

	"frontoffice/ui/cli"
)

// Backup writes a copy of the store.
func Backup() Command {
	return Command{Name: "backup", Reads: true, Interruptible: true, Flags: func(fs *flag.FlagSet) Runner {
		var out string
		var force bool
		fs.StringVar(&out, "out", "", "flag.backup.out")
		forceFlag(fs, &force)
		return func(e *Env) error {
			if out == "" {
				return errUsage(e.Tr.T("cli.need_out"))
			}
			if err := outputsOK(e, force, out); err != nil {
				return err
			}
			return cli.Backup(e.Ctx, e.Store, e.Tr, out, e.Out, e.Errw)
		}
	}}
}
