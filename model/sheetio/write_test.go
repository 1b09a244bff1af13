package sheetio

import (
	"bytes"
	"fmt"
	"io"
	"reflect"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// A sheet bigger than excelize's in-memory chunk goes to a temporary file;
// once the sheet is closed its emptied buffer is given back (releaseChunk),
// and the workbook written as it goes still holds every row.
func TestReleaseChunk(t *testing.T) {
	b, err := NewBook()
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	s, err := b.AddSheet("People", []Column{{Name: "full_name", Label: "Full name"}, {Name: "hours", Label: "Hours", Type: Decimal}})
	if err != nil {
		t.Fatal(err)
	}
	const rows = 180_000 // about 18 MB of sheet XML: over excelize's 16 MB chunk
	for i := range rows {
		if err := s.Write([]string{fmt.Sprintf("Әсел Ғалымжанқызы %d", i), "2.5"}); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	buf := reflect.ValueOf(s.sw).Elem().FieldByName("rawData").FieldByName("buf")
	if !buf.IsValid() {
		t.Fatal("excelize's StreamWriter has no rawData.buf: releaseChunk no longer applies")
	}
	if buf.FieldByName("buf").Cap() != 0 {
		t.Errorf("the stream's buffer keeps %d bytes after the sheet is closed", buf.FieldByName("buf").Cap())
	}
	var out bytes.Buffer
	n, err := b.WriteTo(&out)
	if err != nil || n != int64(out.Len()) || n == 0 {
		t.Fatalf("WriteTo: %d bytes (%d written), %v", n, out.Len(), err)
	}
	f, err := excelize.OpenReader(&out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	// The rows are there (the first few, read as they come: reading all
	// 180 000 under -race takes minutes), and the sheet ends on the last.
	it, err := f.Rows("People")
	if err != nil {
		t.Fatal(err)
	}
	defer it.Close()
	for i := 0; i < 3 && it.Next(); i++ {
		cells, err := it.Columns()
		if err != nil || (i > 0 && cells[0] != fmt.Sprintf("Әсел Ғалымжанқызы %d", i-1)) {
			t.Fatalf("row %d: %q %v", i+1, cells, err)
		}
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

// The spool gives back the rows the first reading handed out, cells and row
// numbers alike, and refuses to be read before that reading ended.
func TestSpool(t *testing.T) {
	s, err := NewSpool()
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	want := [][]string{{"a", "", "Әсел"}, {}, {strings.Repeat("я", 70000)}}
	src := rowsOf(append([][]string(nil), want...))
	tee := s.Tee(&src)
	if _, err := s.Rows(); err == nil {
		t.Fatal("a spool read before its end")
	}
	for {
		if _, _, err := tee.Next(); err == io.EOF {
			break
		}
	}
	back, err := s.Rows()
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range want {
		n, cells, err := back.Next()
		if err != nil || n != len(w)*10 || strings.Join(cells, "|") != strings.Join(w, "|") {
			t.Fatalf("row %d %q %v, want %q", n, cells, err, w)
		}
	}
	if _, _, err := back.Next(); err != io.EOF {
		t.Fatalf("after the last row: %v", err)
	}
}
