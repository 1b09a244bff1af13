package reports

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"frontoffice/model/report"
	"frontoffice/ui/common"
	"frontoffice/ui/i18n"
)

// CSVHeader is the report's CSV header (model/report).
var CSVHeader = report.CSVHeader

// totalLabels name the totals section's codes.
var totalLabels = map[string]string{
	report.TotalPeople:        "report.people",
	report.TotalIdeas:         "report.ideas",
	report.TotalConsultations: "report.consultations",
	report.TotalVolunteers:    "report.volunteers",
	report.TotalVerifiedHours: "report.verified_hours",
	report.TotalPendingHours:  "report.pending_hours",
	report.TotalVisits:        "report.visits",
	report.TotalAnonVisits:    "report.anonymous_visits",
}

// labeler names r's lines in tr's language: codes by their labels, totals
// by their sentences, offices as OfficeLabel does.
func labeler(r report.Report, tr *i18n.Translator) report.Labeler {
	offices := map[string]string{} // an office's label by its id
	for i, label := range rowLabels(tr, r.ByOffice) {
		offices[r.ByOffice[i].Office] = label
	}
	return func(section, code string) string {
		switch {
		case section == report.SectionTotals:
			return tr.T(totalLabels[code])
		case report.OfficeSection(section):
			return offices[code]
		}
		return report.Label(section, code, tr.Lang())
	}
}

// WriteCSV writes r as CSV (report.WriteCSV), labelled in tr's language.
func WriteCSV(w io.Writer, r report.Report, tr *i18n.Translator) error {
	return report.WriteCSV(w, r, labeler(r, tr))
}

// WriteXLSX writes r as a workbook (report.WriteXLSX), labelled and headed
// in tr's language.
func WriteXLSX(w io.Writer, r report.Report, tr *i18n.Translator) error {
	col := func(name string) string { return tr.T("sheet.col." + name) }
	return report.WriteXLSX(w, r, labeler(r, tr), col, tr.T("sheet.name.report"))
}

// WriteJSON writes r as one JSON object (report.WriteJSON).
func WriteJSON(w io.Writer, r report.Report) error { return report.WriteJSON(w, r) }

// WriteText writes r for a person to read: what it covers, then every chart
// with bars, translated, without colours.
func WriteText(w io.Writer, r report.Report, tr *i18n.Translator) error {
	st := common.NewStyles(true)
	fmt.Fprintf(w, "%s · %s\n", tr.T("report.title"), FilterLine(tr, r.Filter))
	if r.Filter.Direction != "" {
		fmt.Fprintln(w, tr.T("report.direction_note"))
	}
	fmt.Fprintln(w)
	for _, l := range Lines(r, tr, st, false, 0) {
		if _, err := fmt.Fprintln(w, trimRight(l)); err != nil {
			return err
		}
	}
	return nil
}

func trimRight(s string) string {
	for len(s) > 0 && s[len(s)-1] == ' ' {
		s = s[:len(s)-1]
	}
	return s
}

// Export writes r as CSV, as a workbook (.xlsx) and as JSON into dir, named
// after now (report-20260213-1000.csv, .xlsx and .json), each through a
// temporary file renamed into place when complete. It returns the paths, in
// that order; on a failure none of them is left.
func Export(dir string, r report.Report, tr *i18n.Translator, now time.Time) (paths []string, err error) {
	base := filepath.Join(dir, "report-"+now.Format("20060102-150405"))
	for _, f := range []struct {
		ext   string
		write func(io.Writer) error
	}{
		{".csv", func(w io.Writer) error { return WriteCSV(w, r, tr) }},
		{".xlsx", func(w io.Writer) error { return WriteXLSX(w, r, tr) }},
		{".json", func(w io.Writer) error { return WriteJSON(w, r) }},
	} {
		if err := common.WriteFileAtomic(base+f.ext, f.write); err != nil {
			for _, p := range paths {
				os.Remove(p)
			}
			return nil, err
		}
		paths = append(paths, base+f.ext)
	}
	return paths, nil
}
