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
	"frontoffice/model/sheetio"
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
	if err := eachRow(r, tr, cw.Write); err != nil {
		return err
	}
	return cw.Flush()
}

// eachRow hands every figure of r to write as a row of CSVHeader's columns.
func eachRow(r report.Report, tr *i18n.Translator, write func([]string) error) error {
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
			if err := write([]string{s.Name, l.Code, label, report.FormatValue(l.Value)}); err != nil {
				return err
			}
		}
	}
	return nil
}

// WriteXLSX writes the rows of WriteCSV as a workbook of one sheet, the
// figures as numbers, the header labelled in tr's language (docs/sheets.md).
func WriteXLSX(w io.Writer, r report.Report, tr *i18n.Translator) error {
	book, err := sheetio.NewBook()
	if err != nil {
		return err
	}
	defer book.Close()
	cols := make([]sheetio.Column, len(CSVHeader))
	for i, name := range CSVHeader {
		cols[i] = sheetio.Column{Name: name, Label: tr.T("sheet.col." + name), Type: sheetio.Text}
	}
	cols[3].Type = sheetio.Number
	sheet, err := book.AddSheet(tr.T("sheet.name.report"), cols)
	if err != nil {
		return err
	}
	if err := eachRow(r, tr, sheet.Write); err != nil {
		return err
	}
	if err := sheet.Close(); err != nil {
		return err
	}
	_, err = book.WriteTo(w)
	return err
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
