package commands

import (
	"flag"
	"io"

	"frontoffice/model/csvio"
	"frontoffice/storage"
	"frontoffice/ui/cli"
	"frontoffice/ui/i18n"
)

// ImportCSV reads a CSV file of ideas, people or hours.
func ImportCSV() Command { return importFile("import-csv", cli.ImportCSV) }

// ImportSheet reads an Excel workbook (or a CSV file) of ideas, people or hours.
func ImportSheet() Command { return importFile("import-sheet", cli.ImportSheet) }

// importFile is import-csv or import-sheet: the same flags and rules, imp
// reads its sort of file.
func importFile(name string, imp func(*storage.Store, *i18n.Translator, cli.ImportOptions, string, io.Writer, io.Writer) (bool, error)) Command {
	return Command{Name: name, Args: 1, Interruptible: name == "import-csv", Flags: func(fs *flag.FlagSet) Runner {
		var o cli.ImportOptions
		var kind string
		fs.StringVar(&kind, "kind", "", "flag."+name+".kind")
		fs.BoolVar(&o.DryRun, "dry-run", false, "flag.import-csv.dry-run")
		fs.BoolVar(&o.SkipInvalid, "skip-invalid", false, "flag.import-csv.skip-invalid")
		return func(e *Env) error {
			k, ok := csvio.ParseImportKind(kind)
			if !ok {
				return errUsage(e.Tr.T("csv.need_kind"))
			}
			o.Kind, o.Ctx = k, e.Ctx
			return quietly(imp(e.Store, e.Tr, o, e.Args[0], e.Out, e.Errw))
		}
	}}
}
