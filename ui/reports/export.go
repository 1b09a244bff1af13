package reports

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"frontoffice/model/csvio"
	"frontoffice/model/report"
	"frontoffice/ui/common"
	"frontoffice/ui/i18n"
)

// CSVHeader is the report's CSV header: the long form, one figure a row.
// section is a name from model/report (totals, ideas_by_direction,
// reach_planned, office_people…), code a code from DOMAIN.md (or a month,
// YYYY-MM, or a total's name, or an office id), label its name in the chosen language, value the figure
// (whole numbers, hours with a decimal point).
var CSVHeader = []string{"section", "code", "label", "value"}

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

// WriteCSV writes every figure of r in the long form of CSVHeader, as the
// other CSV files are written (DESIGN.md §5), through csvio's SheetWriter:
// UTF-8 with a byte-order mark, RFC 4180 quoting, CRLF line ends, text cells
// neutralised against formula injection. Every known code is listed, zeros too.
func WriteCSV(w io.Writer, r report.Report, tr *i18n.Translator) error {
	// section and code are the program's own words, but label is a name, and
	// every text cell goes through the one neutralising writer; value is a
	// number.
	cw, err := csvio.NewSheetWriter(w, CSVHeader, "value")
	if err != nil {
		return err
	}
	offices := map[string]string{} // an office's label by its id
	for i, label := range rowLabels(tr, r.ByOffice) {
		offices[r.ByOffice[i].Office] = label
	}
	for _, s := range r.Sections() {
		for _, l := range s.Lines {
			label := report.Label(s.Name, l.Code, tr.Lang())
			switch {
			case s.Name == report.SectionTotals:
				label = tr.T(totalLabels[l.Code])
			case report.OfficeSection(s.Name):
				label = offices[l.Code]
			}
			if err := cw.Write([]string{s.Name, l.Code, label, report.FormatValue(l.Value)}); err != nil {
				return err
			}
		}
	}
	return cw.Flush()
}

// WriteJSON writes r as one JSON object (DESIGN.md §4), indented.
func WriteJSON(w io.Writer, r report.Report) error {
	data, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(data, '\n'))
	return err
}

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

// Export writes r as CSV and JSON into dir, named after now
// (report-20260213-1000.csv and .json), each through a temporary file renamed
// into place when complete. It returns the two paths.
func Export(dir string, r report.Report, tr *i18n.Translator, now time.Time) (csvPath, jsonPath string, err error) {
	base := filepath.Join(dir, "report-"+now.Format("20060102-150405"))
	csvPath, jsonPath = base+".csv", base+".json"
	if err := common.WriteFileAtomic(csvPath, func(w io.Writer) error { return WriteCSV(w, r, tr) }); err != nil {
		return "", "", err
	}
	if err := common.WriteFileAtomic(jsonPath, func(w io.Writer) error { return WriteJSON(w, r) }); err != nil {
		os.Remove(csvPath)
		return "", "", err
	}
	return csvPath, jsonPath, nil
}
