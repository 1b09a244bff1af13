package commands

import (
	"flag"

	"frontoffice/ui/cli"
)

// ExportCSV writes ideas, people, consultations and hours as CSV files.
func ExportCSV() Command {
	return Command{Name: "export-csv", Reads: true, Interruptible: true, Flags: func(fs *flag.FlagSet) Runner {
		var out string
		var force bool
		fs.StringVar(&out, "out", "", "flag.export-csv.out")
		forceFlag(fs, &force)
		return func(e *Env) error {
			if out == "" {
				return errUsage(e.Tr.T("csv.need_out_dir"))
			}
			if err := outputsOK(e, force, cli.CSVFiles(out)...); err != nil {
				return err
			}
			return quietly(cli.ExportCSV(e.Ctx, e.Store, e.Tr, out, e.Out, e.Errw))
		}
	}}
}
