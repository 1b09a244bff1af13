package sheetio

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"frontoffice/model/csvio"
)

// readAll reads every row of sheet with our reader.
func readAll(t *testing.T, path, sheet string) [][]string {
	t.Helper()
	r, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	rows, err := r.Rows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out [][]string
	for {
		n, cells, err := rows.Next()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatal(err)
		}
		for len(out) < n-1 {
			out = append(out, nil)
		}
		out = append(out, cells)
	}
}

// excelizeRows reads sheet with excelize's row iterator, as import-sheet did.
func excelizeRows(t *testing.T, path, sheet string) [][]string {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

func same(a, b [][]string) bool {
	norm := func(rows [][]string) string {
		var s []string
		for _, r := range rows {
			for len(r) > 0 && r[len(r)-1] == "" {
				r = r[:len(r)-1]
			}
			s = append(s, strings.Join(r, "|"))
		}
		return strings.TrimRight(strings.Join(s, "\n"), "\n")
	}
	return norm(a) == norm(b)
}

// A workbook as excelize (and so Excel) keeps it — shared strings, rich
// text, numbers, booleans, a formula's value, dates, blank rows and cells,
// characters XML cannot hold — reads as excelize's own reader read it.
func TestReaderReadsAsExcelize(t *testing.T) {
	f := excelize.NewFile()
	f.SetSheetName("Sheet1", "Люди")
	f.NewSheet("Hidden")
	f.SetSheetVisible("Hidden", false)
	set := func(cell string, v any) {
		if err := f.SetCellValue("Люди", cell, v); err != nil {
			t.Fatal(err)
		}
	}
	set("A1", "ФИО")
	set("B1", "Телефон")
	set("C1", "x & <y> \"z\"")
	set("A2", "Әсел _x0041_ \r\n tab\t")
	set("B2", 77015551234)
	set("C2", 2.4999999999999996)
	set("D2", true)
	set("E2", time.Date(2026, 3, 2, 8, 30, 0, 0, time.UTC))
	set("A4", " lead")
	set("C4", "bell\x07")
	if err := f.SetCellFormula("Люди", "F2", "B2*2"); err != nil {
		t.Fatal(err)
	}
	if err := f.SetCellRichText("Люди", "G2", []excelize.RichTextRun{{Text: "bold "}, {Text: "Қазақ", Font: &excelize.Font{Bold: true}}}); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "b.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	f.Close()
	if got, want := readAll(t, path, "Люди"), excelizeRows(t, path, "Люди"); !same(got, want) {
		t.Errorf("read\n%q\nexcelize reads\n%q", got, want)
	}
	r, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if s := r.Sheets(); strings.Join(s, ",") != "Люди,Hidden" {
		t.Errorf("sheets %v", s)
	}
	if s, err := r.FindSheet(csvio.Hours, nil); s != "Люди" || err != nil {
		t.Errorf("the only visible sheet: %q %v", s, err)
	}
}

// Our own workbook (inline strings) reads back as written, and as excelize
// reads it.
func TestReaderReadsOurWorkbook(t *testing.T) {
	b, err := NewBook()
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	s, _ := b.AddSheet("People", []Column{{Name: "full_name", Label: "Full name"}, {Name: "hours", Label: "Hours", Type: Decimal}})
	want := [][]string{{"Full name", "Hours"}}
	for i := range 700 {
		row := []string{fmt.Sprintf("Әсел_x%04d_ & <%d>", i, i), fmt.Sprint(float64(i) / 4)}
		if i%7 == 0 {
			row[0] = ""
		}
		s.Write(row)
		want = append(want, row)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "ours.xlsx")
	out, _ := os.Create(path)
	if _, err := b.WriteTo(out); err != nil {
		t.Fatal(err)
	}
	out.Close()
	got := readAll(t, path, "People")
	if !same(got, want) || !same(got, excelizeRows(t, path, "People")) {
		t.Errorf("read back %q", got[:3])
	}
}

// A workbook written by hand as other programs write them: prefixed
// elements, cells and rows without references, phonetic readings, CDATA,
// comments, a 1904 workbook; a broken part is an error, not a panic.
func TestReaderOtherWriters(t *testing.T) {
	sheet := `<?xml version="1.0"?><!-- made elsewhere --><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>` +
		`<x:row><x:c t="inlineStr"><x:is><x:t>a</x:t><x:rPh><x:t>ア</x:t></x:rPh></x:is></x:c><x:c><x:v>1</x:v></x:c></x:row>` +
		`<x:row r="5"><x:c r="C5" t="s"><x:v> 1 </x:v></x:c><x:c t="str"><x:f>A1</x:f><x:v><![CDATA[<b>]]></x:v></x:c></x:row>` +
		`<x:row r="6" spans="1:2"/></x:sheetData></x:worksheet>`
	strs := `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>zero</t></si><si><r><t xml:space="preserve">o </t></r><r><t>ne&#x4D8;</t></r><rPh><t>x</t></rPh></si></sst>`
	path := zipOf(t, map[string]string{
		"xl/workbook.xml": `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
			`<workbookPr date1904="1"/><sheets><sheet name="Data" sheetId="1" r:id="rId7"/></sheets></workbook>`,
		"xl/_rels/workbook.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/data.xml"/>` +
			`<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="strings.xml"/></Relationships>`,
		"xl/worksheets/data.xml": sheet,
		"xl/strings.xml":         strs,
	})
	r, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if !r.Date1904() {
		t.Error("not a 1904 workbook")
	}
	got := readAll(t, path, "Data")
	if want := [][]string{{"a", "1"}, nil, nil, nil, {"", "", "o neӘ", "<b>"}}; !same(got, want) {
		t.Errorf("read %q, want %q", got, want)
	}
	for _, bad := range []string{`<sheetData><row><c><v>1</v>`, `<sheetData><row><c r="A1"><v>&bogus;</v></c></row>`,
		`<!DOCTYPE x [<!ENTITY a "b">]><sheetData/>`, `<sheetData><row><c r="1"><v>1</v></c></row></sheetData>`,
		`<sheetData><row><c r="A1" t="s"><v>9</v></c></row></sheetData>`} {
		rows := &Rows{rc: io.NopCloser(nil), sc: newScanner(strings.NewReader(bad))}
		var err error
		for err == nil {
			_, _, err = rows.Next()
		}
		if err == io.EOF {
			t.Errorf("%q read without an error", bad)
		}
	}
}

// zipOf writes a zip of parts (name → text).
func zipOf(t *testing.T, parts map[string]string) string {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, text := range parts {
		w, _ := zw.Create(name)
		w.Write([]byte(text))
	}
	zw.Close()
	path := filepath.Join(t.TempDir(), "other.xlsx")
	if err := os.WriteFile(path, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// FuzzRows feeds any XML to the sheet's reader: it must not panic, and what
// it reads is rows in order, each no wider than a sheet.
func FuzzRows(f *testing.F) {
	f.Add(`<sheetData><row r="2"><c r="B2" t="inlineStr"><is><t>a&amp;b</t></is></c><c><v>1</v></c></row></sheetData>`)
	f.Add(`<row><c t="s"><v>0</v></c><c t="b"><v>1</v></c></row><![CDATA[x]]><?pi?><!--c-->`)
	f.Fuzz(func(t *testing.T, text string) {
		rows := &Rows{rc: io.NopCloser(nil), sc: newScanner(strings.NewReader(text)), shared: []string{"s"}}
		for range 10000 {
			_, cells, err := rows.Next()
			if err != nil {
				return
			}
			if len(cells) > maxColumns {
				t.Fatalf("%d cells", len(cells))
			}
		}
	})
}
