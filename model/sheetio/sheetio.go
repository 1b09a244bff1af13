// Package sheetio reads and writes .xlsx workbooks (issue 19, docs/sheets.md)
// with github.com/xuri/excelize/v2, streaming both ways so 100 000 rows stay
// within the memory budget: Reader hands a sheet's rows one at a time to
// csvio.ParseSheet (which applies the CSV rules to them), Book writes sheets
// with excelize's StreamWriter. What the columns are called for people (the
// labels) comes from the caller, who has the translations.
package sheetio

import (
	"bytes"
	"errors"
	"io"
	"strings"

	"github.com/xuri/excelize/v2"

	"frontoffice/model/csvio"
)

// Format is what a file given to import-sheet is, by its first bytes.
type Format int

// The formats import-sheet tells apart.
const (
	FormatCSV  Format = iota // anything else: read as CSV text
	FormatXLSX               // a zip: an Excel 2007+ workbook (.xlsx)
	FormatXLS                // an OLE compound file: Excel 97–2003 (.xls), not read
)

// Detect says what the file at r is, from its first bytes.
func Detect(r io.ReaderAt) Format {
	var head [8]byte
	n, _ := r.ReadAt(head[:], 0)
	switch {
	case bytes.HasPrefix(head[:n], []byte("PK\x03\x04")):
		return FormatXLSX
	case bytes.HasPrefix(head[:n], []byte{0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1}):
		return FormatXLS
	}
	return FormatCSV
}

// Reader is an open workbook being read.
type Reader struct {
	f *excelize.File
}

// Open opens the workbook at path for reading. Worksheets larger than a few
// megabytes are unpacked to temporary files and read from there as they go
// (excelize's UnzipXMLSizeLimit), never held whole in memory.
func Open(path string) (*Reader, error) {
	f, err := excelize.OpenFile(path, excelize.Options{UnzipXMLSizeLimit: 4 << 20})
	if err != nil {
		return nil, err
	}
	return &Reader{f: f}, nil
}

// Close releases the workbook and its temporary files.
func (r *Reader) Close() error { return r.f.Close() }

// Sheets are the workbook's sheet names, in order.
func (r *Reader) Sheets() []string { return r.f.GetSheetList() }

// Date1904 reports whether the workbook counts dates from 1904 (old Mac Excel).
func (r *Reader) Date1904() bool {
	p, err := r.f.GetWorkbookProps()
	return err == nil && p.Date1904 != nil && *p.Date1904
}

// ErrNoSheet is a workbook with no sheet for the kind: none is named after
// it and it has more than one sheet.
var ErrNoSheet = errors.New("no sheet for this kind")

// FindSheet picks the sheet of kind k: the one whose name is k's or one of
// names (its name in each language), compared folded like search; else the
// workbook's only sheet (the only visible one, when others are hidden).
func (r *Reader) FindSheet(k csvio.Kind, names []string) (string, error) {
	want := map[string]bool{csvio.Fold(string(k)): true}
	for _, n := range names {
		want[csvio.Fold(n)] = true
	}
	sheets := r.Sheets()
	for _, s := range sheets {
		if want[csvio.Fold(s)] {
			return s, nil
		}
	}
	var visible []string
	for _, s := range sheets {
		if v, err := r.f.GetSheetVisible(s); err == nil && v {
			visible = append(visible, s)
		}
	}
	switch {
	case len(sheets) == 1:
		return sheets[0], nil
	case len(visible) == 1:
		return visible[0], nil
	}
	return "", ErrNoSheet
}

// Rows reads sheet's rows as they come (csvio.SheetRows); Close it.
func (r *Reader) Rows(sheet string) (*Rows, error) {
	it, err := r.f.Rows(sheet)
	if err != nil {
		return nil, err
	}
	return &Rows{it: it}, nil
}

// Rows is one sheet's row iterator: each row's cells as the raw values the
// workbook keeps (numbers as digits, dates as day numbers), which
// csvio.ParseSheet reads with the column's rules.
type Rows struct {
	it  *excelize.Rows
	row int
}

var raw = excelize.Options{RawCellValue: true}

// Next returns the next row with anything in it and its number in the sheet.
func (r *Rows) Next() (int, []string, error) {
	for r.it.Next() {
		r.row++
		cells, err := r.it.Columns(raw)
		if err != nil {
			return 0, nil, err
		}
		if len(cells) > 0 {
			return r.row, cells, nil
		}
	}
	if err := r.it.Error(); err != nil {
		return 0, nil, err
	}
	return 0, nil, io.EOF
}

// Close ends the reading and removes the sheet's temporary file.
func (r *Rows) Close() error { return r.it.Close() }

// SheetName makes s a name a workbook accepts: at most 31 characters, none of
// : \ / ? * [ ], not empty.
func SheetName(s string) string {
	s = strings.Map(func(r rune) rune {
		if strings.ContainsRune(`:\/?*[]`, r) {
			return '-'
		}
		return r
	}, strings.TrimSpace(s))
	if rs := []rune(s); len(rs) > 31 {
		s = string(rs[:31])
	}
	if s == "" {
		s = "Sheet"
	}
	return s
}
