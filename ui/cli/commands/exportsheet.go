package commands

import (
	"flag"

	"frontoffice/model/csvio"
	"frontoffice/ui/cli"
)

// ExportSheet writes everything into one Excel workbook, or an empty
// template to fill in.
func ExportSheet() Command {
	return Command{Name: "export-sheet", Flags: func(fs *flag.FlagSet) Runner {
		var out, kindName string
		var template, force bool
		fs.StringVar(&out, "out", "", "flag.export-sheet.out")
		fs.BoolVar(&template, "template", false, "flag.export-sheet.template")
		fs.StringVar(&kindName, "kind", "", "flag.export-sheet.kind")
		forceFlag(fs, &force)
		return func(e *Env) error {
			if out == "" {
				return errUsage(e.Tr.T("sheet.need_out"))
			}
			if !cli.IsXLSXName(out) {
				return errUsage(e.Tr.T("sheet.need_xlsx", out))
			}
			var kind csvio.Kind
			switch k, ok := csvio.ParseImportKind(kindName); {
			case template && !ok:
				return errUsage(e.Tr.T("sheet.need_template_kind"))
			case !template && kindName != "":
				return errUsage(e.Tr.T("sheet.kind_without_template"))
			default:
				kind = k
			}
			if err := outputsOK(e, force, out); err != nil {
				return err
			}
			if template {
				return quietly(cli.SheetTemplate(e.Tr, kind, out, e.Out, e.Errw))
			}
			return quietly(cli.ExportSheet(e.Ctx, e.Store, e.Tr, out, e.Out, e.Errw))
		}
	}}
}
