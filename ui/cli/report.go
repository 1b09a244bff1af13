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
	Format    string // text (default), csv or json
	From, To  string // dates, inclusive; "" for no bound
	Region    string // a region's code or name
	Direction string // a direction's code or name
}

// ParseReportFormat reads --format: text, csv or json.
func ParseReportFormat(s string) (string, bool) {
	switch f := strings.ToLower(strings.TrimSpace(s)); f {
	case "", "text", "txt":
		return "text", true
	case "csv", "json":
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
	}
	return reports.WriteText(out, r, tr)
}
