package sheetio

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"sync"
	"testing"

	"github.com/xuri/excelize/v2"
)

// Sheets written at the same time, each by its own goroutine, read back by
// excelize as they were given: text (escapes, spaces, characters XML cannot
// hold, Kazakh letters) as inline strings, numbers and days as numbers with
// their formats, a cell not of its column's type as text; the header bold
// and frozen, the autofilter over every row, widths from the content, the
// drop-down lists.
func TestSheetsWrittenTogether(t *testing.T) {
	b, err := NewBook()
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	cols := []Column{{Name: "full_name", Label: "Full name"}, {Name: "hours", Label: "Hours", Type: Decimal},
		{Name: "date", Label: "Date", Type: Date}, {Name: "created_at", Label: "Created", Type: Timestamp},
		{Name: "budget_kzt", Label: "Budget", Type: Money}}
	texts := []string{"Әсел Ғалымжанқызы", "_x0041_ & <b> \"q\"", " lead", "tail\n", "a\rb", "bell\x07", "=1+2", "\xff\xfe", "x\uFFFEy"}
	want := []string{"Әсел Ғалымжанқызы", "_x0041_ & <b> \"q\"", " lead", "tail\n", "a\rb", "bell\uFFFD", "=1+2", "\uFFFD", "x\uFFFDy"}
	const rows = 3000
	sheets := make([]*Sheet, 2)
	for i := range sheets {
		if sheets[i], err = b.AddSheet(fmt.Sprintf("S%d", i+1), cols); err != nil {
			t.Fatal(err)
		}
	}
	sheets[1].AddDropList(0, 20, "'S1'!$A$2:$A$5", "Full name", "Pick one")
	var wg sync.WaitGroup
	for _, s := range sheets {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range rows {
				if err := s.Write([]string{texts[r%len(texts)], "2.5", "2026-03-02", "2026-03-02T08:30:01Z", "1042"}); err != nil {
					t.Error(err)
				}
			}
			s.Write([]string{"", "x", "1900-02-28", "1899-12-31", "1.5"})
			if err := s.Close(); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	var out bytes.Buffer
	if _, err := b.WriteTo(&out); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, name := range []string{"S1", "S2"} {
		got, err := f.GetRows(name, excelize.Options{RawCellValue: true})
		if err != nil || len(got) != rows+2 {
			t.Fatalf("%s: %d rows, %v", name, len(got), err)
		}
		for r := range rows {
			if w := []string{want[r%len(want)], "2.5", "46083", "46083.35417824074", "1042"}; strings.Join(got[r+1], "|") != strings.Join(w, "|") {
				t.Fatalf("%s row %d: %q, want %q", name, r+2, got[r+1], w)
			}
		}
		if last := strings.Join(got[rows+1], "|"); last != "|x|59|1899-12-31|1.5" {
			t.Errorf("%s: the last row reads %q", name, last)
		}
		checkSheetLook(t, f, name, rows+2)
	}
	dv, err := f.GetDataValidations("S2")
	if err != nil || len(dv) != 1 || dv[0].Sqref != "A2:A21" || dv[0].Formula1 != "'S1'!$A$2:$A$5" {
		t.Errorf("drop-down lists %+v %v", dv, err)
	}
}

// checkSheetLook checks a sheet's header (bold, frozen), its filter, the
// types and widths of its columns.
func checkSheetLook(t *testing.T, f *excelize.File, name string, rows int) {
	t.Helper()
	style, _ := f.GetCellStyle(name, "A1")
	if s, _ := f.GetStyle(style); s == nil || s.Font == nil || !s.Font.Bold {
		t.Errorf("%s: the header is not bold", name)
	}
	if panes, _ := f.GetPanes(name); !panes.Freeze || panes.YSplit != 1 {
		t.Errorf("%s: the header is not frozen: %+v", name, panes)
	}
	for cell, want := range map[string]excelize.CellType{"A2": excelize.CellTypeInlineString, "B2": excelize.CellTypeUnset, "C2": excelize.CellTypeUnset} {
		if typ, _ := f.GetCellType(name, cell); typ != want {
			t.Errorf("%s!%s is of type %v, want %v", name, cell, typ, want)
		}
	}
	if w, _ := f.GetColWidth(name, "A"); w != 18.5 { // "Әсел Ғалымжанқызы": 17 letters + 1.5, whatever its bytes
		t.Errorf("%s: column A is %v wide", name, w)
	}
	if w, _ := f.GetColWidth(name, "B"); w != 8.5 { // "Hours", bold, with its button
		t.Errorf("%s: column B is %v wide", name, w)
	}
	style, _ = f.GetCellStyle(name, "C2")
	if s, _ := f.GetStyle(style); s == nil || s.CustomNumFmt == nil || *s.CustomNumFmt != "dd.mm.yyyy" {
		t.Errorf("%s: a date's format %+v", name, s)
	}
	filters := f.GetDefinedName()
	found := false
	for _, d := range filters {
		found = found || (d.Name == "_xlnm._FilterDatabase" && strings.HasSuffix(d.RefersTo, fmt.Sprintf("$A$1:$E$%d", rows)))
	}
	if !found {
		t.Errorf("%s: no filter over the rows: %+v", name, filters)
	}
}

type rowsOf [][]string

func (r *rowsOf) Next() (int, []string, error) {
	if len(*r) == 0 {
		return 0, nil, io.EOF
	}
	row := (*r)[0]
	*r = (*r)[1:]
	return len(row) * 10, row, nil
}

// Ahead hands out the rows of its source in order, then its end; closed
// half-way it stops its goroutine.
func TestAhead(t *testing.T) {
	var want [][]string
	for i := range 1000 {
		want = append(want, []string{fmt.Sprint(i), strings.Repeat("x", i%3)})
	}
	src := rowsOf(append([][]string(nil), want...))
	a := Ahead(&src)
	for _, w := range want {
		n, cells, err := a.Next()
		if err != nil || n != len(w)*10 || strings.Join(cells, "|") != strings.Join(w, "|") {
			t.Fatalf("row %d %q %v, want %q", n, cells, err, w)
		}
	}
	for range 2 {
		if _, _, err := a.Next(); err != io.EOF {
			t.Fatalf("after the last row: %v", err)
		}
	}
	a.Close()
	src = rowsOf(append([][]string(nil), want...))
	half := Ahead(&src)
	half.Next()
	half.Close() // returns once its goroutine has ended
}
