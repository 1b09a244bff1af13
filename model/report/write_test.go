package report

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"frontoffice/model/sheetio"
)

func writeSample() Report {
	b := NewBuilder(Filter{}, time.UTC)
	b.Person(PersonFact{ID: "p", Origin: "A", Created: noon, Region: "abai"})
	b.Idea(IdeaFact{ID: "i", Created: noon, Direction: "saulyq", Region: "abai", Status: "funded"})
	b.Hours(HoursFact{Origin: "A", PersonID: "p", IdeaID: "i", Date: "2026-02-11", Hours: 2.5, Status: "verified"})
	return b.Report()
}

// TestWritersListEveryLine: CSV and workbook carry one row per line of
// Sections, labelled by the Labeler (its cells neutralised), and JSON the
// same object as MarshalJSON.
func TestWritersListEveryLine(t *testing.T) {
	r := writeSample()
	lines := 0
	for _, s := range r.Sections() {
		lines += len(s.Lines)
	}
	label := func(section, code string) string { return "=" + section + "/" + code }
	var csv bytes.Buffer
	if err := WriteCSV(&csv, r, label); err != nil {
		t.Fatal(err)
	}
	rows := strings.Split(strings.TrimSuffix(csv.String(), "\r\n"), "\r\n")
	if !strings.HasPrefix(rows[0], "\ufeffsection,code,label,value") || len(rows) != lines+1 {
		t.Fatalf("CSV: %d rows for %d lines, header %q", len(rows), lines, rows[0])
	}
	if !strings.Contains(csv.String(), ",'=ideas_by_direction/saulyq,1\r\n") {
		t.Errorf("CSV: the label is not given or not neutralised:\n%s", csv.String())
	}

	path := filepath.Join(t.TempDir(), "r.xlsx")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := WriteXLSX(f, r, label, strings.ToUpper, "Report"); err != nil {
		t.Fatal(err)
	}
	f.Close()
	book, err := sheetio.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer book.Close()
	if got := book.Sheets(); len(got) != 1 || got[0] != "Report" {
		t.Fatalf("workbook sheets %v", got)
	}
	it, err := book.Rows("Report")
	if err != nil {
		t.Fatal(err)
	}
	defer it.Close()
	n, first := 0, []string(nil)
	for {
		_, cells, err := it.Next()
		if err != nil || cells == nil {
			break
		}
		if n == 0 {
			first = cells
		}
		n++
	}
	if n != lines+1 || len(first) < 4 || first[0] != "SECTION" {
		t.Errorf("workbook: %d rows for %d lines, header %q", n, lines, first)
	}

	var js bytes.Buffer
	if err := WriteJSON(&js, r); err != nil {
		t.Fatal(err)
	}
	want, _ := json.Marshal(r)
	var a, b any
	json.Unmarshal(js.Bytes(), &a)
	json.Unmarshal(want, &b)
	if ja, _ := json.Marshal(a); !bytes.Equal(ja, mustJSON(t, b)) {
		t.Errorf("JSON differs from MarshalJSON")
	}
}

func mustJSON(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
