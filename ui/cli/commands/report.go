package commands

import (
	"flag"
	"io"

	"frontoffice/ui/cli"
)

// Report prints the counts for a report, or writes them as a workbook.
func Report() Command {
	return Command{Name: "report", Reads: true, Flags: func(fs *flag.FlagSet) Runner {
		var o cli.ReportOptions
		var force bool
		fs.StringVar(&o.Format, "format", "text", "flag.report.format")
		fs.StringVar(&o.Out, "out", "", "flag.report.out")
		forceFlag(fs, &force)
		fs.StringVar(&o.From, "from", "", "flag.report.from")
		fs.StringVar(&o.To, "to", "", "flag.report.to")
		fs.StringVar(&o.Region, "region", "", "flag.report.region")
		fs.StringVar(&o.Direction, "direction", "", "flag.report.direction")
		fs.StringVar(&o.Office, "office", "", "flag.report.office")
		return func(e *Env) error { return runReport(e, o, force) }
	}}
}

func runReport(e *Env, o cli.ReportOptions, force bool) error {
	format, ok := cli.ParseReportFormat(o.Format)
	if !ok {
		return errUsage(e.Tr.T("report.bad_format", o.Format))
	}
	if bad := xlsxOut(e, force, format, o.Out); bad != nil {
		return bad
	}
	f, bad := cli.ParseReportFilter(e.Tr, o)
	if bad != "" {
		return errUsage(bad)
	}
	bad, err := cli.ReportOffice(e.Store, e.Tr, o, &f)
	if err != nil {
		return err
	}
	if bad != "" {
		return errUsage(bad)
	}
	if format == "xlsx" {
		return binaryOut(e, o.Out, func(w io.Writer) error { return cli.Report(e.Store, e.Tr, format, f, w) })
	}
	return cli.Report(e.Store, e.Tr, format, f, e.Out)
}
