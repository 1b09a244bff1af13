package cli

import (
	"context"
	"io"
	"strings"

	"frontoffice/model"
	"frontoffice/model/report"
	"frontoffice/storage"
	"frontoffice/ui/i18n"
	"frontoffice/ui/reports"
)

// ReportOptions are the report command's flags, as typed.
type ReportOptions struct {
	Format    string // text (default), csv, json or xlsx (with Out)
	Out       string // the file --format xlsx writes
	From, To  string // dates, inclusive; "" for no bound
	Region    string // a region's code or name
	Direction string // a direction's code or name
	Office    string // an office's id or name
}

// ParseReportFormat reads --format: text, csv or json.
func ParseReportFormat(s string) (string, bool) {
	switch f := strings.ToLower(strings.TrimSpace(s)); f {
	case "", "text", "txt":
		return "text", true
	case "csv", "json", "xlsx":
		return f, true
	}
	return "", false
}

// ParseReportFilter reads the filter flags. The message, when not "", is a
// usage mistake to show (exit 2).
func ParseReportFilter(tr *i18n.Translator, o ReportOptions) (report.Filter, string) {
	var f report.Filter
	for _, d := range []struct {
		flag, value string
		dst         *model.Date
	}{{"--from", o.From, &f.From}, {"--to", o.To, &f.To}} {
		if strings.TrimSpace(d.value) == "" {
			continue
		}
		day, r := model.ParseDate(d.value)
		if r != model.ReasonNone {
			return f, tr.T("report.bad_date", d.flag, d.value)
		}
		*d.dst = day
	}
	if f.From != "" && f.To != "" && f.From > f.To {
		return f, tr.T("report.bad_range", f.From, f.To)
	}
	if strings.TrimSpace(o.Region) != "" {
		r, ok := model.ParseRegion(o.Region)
		if !ok {
			return f, tr.T("report.bad_region", o.Region)
		}
		f.Region = r
	}
	if strings.TrimSpace(o.Direction) != "" {
		d, ok := model.ParseDirection(o.Direction)
		if !ok {
			return f, tr.T("report.bad_direction", o.Direction)
		}
		f.Direction = d
	}
	return f, ""
}

// ReportOffice narrows f to the office o.Office names: an office id or name
// (report.FindOffice) among the offices this store knows, its own and those
// whose bundles arrived. bad, when not "", is a usage mistake to show (exit
// 2): no office of that name or id, or more than one of that name, with the
// list of the known offices.
func ReportOffice(store *storage.Store, tr *i18n.Translator, o ReportOptions, f *report.Filter) (bad string, err error) {
	if strings.TrimSpace(o.Office) == "" {
		return "", nil
	}
	offices, err := store.ReportOffices()
	if err != nil {
		return "", err
	}
	found := report.FindOffice(offices, o.Office)
	if len(found) == 1 {
		f.Office, f.OfficeName = found[0].ID, found[0].Name
		return "", nil
	}
	var b strings.Builder
	if len(found) == 0 {
		b.WriteString(tr.T("report.bad_office", o.Office))
	} else {
		b.WriteString(tr.T("report.ambiguous_office", o.Office))
	}
	for _, x := range offices {
		b.WriteString("\n  " + reports.OfficeLabel(tr, x.ID, x.Name, x.Here) + "  " + x.ID)
	}
	return b.String(), nil
}

// Report counts the figures from the store as it is now and writes them in
// format (text, csv or json; see ParseReportFormat) to out.
func Report(store *storage.Store, tr *i18n.Translator, format string, f report.Filter, out io.Writer) error {
	r, err := store.Report(context.Background(), f, storage.ReportOptions{})
	if err != nil {
		return err
	}
	switch format {
	case "csv":
		return reports.WriteCSV(out, r, tr)
	case "json":
		return reports.WriteJSON(out, r)
	case "xlsx":
		return reports.WriteXLSX(out, r, tr)
	}
	return reports.WriteText(out, r, tr)
}
