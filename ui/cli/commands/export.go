package commands

import (
	"flag"

	"frontoffice/ui/cli"
)

// Export writes a bundle for other offices.
func Export() Command {
	return Command{Name: "export", Reads: true, Interruptible: true, Flags: func(fs *flag.FlagSet) Runner {
		var o cli.SyncExportOptions
		var force bool
		fs.StringVar(&o.Out, "out", "", "flag.export.out")
		fs.BoolVar(&o.Full, "full", false, "flag.export.full")
		fs.BoolVar(&o.Encrypt, "encrypt", false, "flag.export.encrypt")
		fs.BoolVar(&o.Redact, "redact", false, "flag.export.redact")
		fs.StringVar(&o.PassFile, "passphrase-file", "", "flag.export.passphrase-file")
		forceFlag(fs, &force)
		return func(e *Env) error {
			if o.Out == "" {
				return errUsage(e.Tr.T("sync.need_out"))
			}
			if err := outputsOK(e, force, o.Out); err != nil {
				return err
			}
			o.Ctx = e.Ctx
			return quietly(cli.SyncExport(e.Store, e.Tr, o, e.Out, e.Errw))
		}
	}}
}
