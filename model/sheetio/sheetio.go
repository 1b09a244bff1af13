// Package sheetio reads and writes .xlsx workbooks (issue 19, docs/sheets.md)
// streaming both ways so 100 000 rows stay within the memory budget: Reader
// (read.go) hands a sheet's rows one at a time to csvio.ParseSheet (which
// applies the CSV rules to them), reading the sheet's XML itself; Book
// writes a workbook with github.com/xuri/excelize/v2 (styles, the workbook's
// parts, a template's notes) and its sheets of rows with this package's own
// XML writer, several at once. What the columns are called for people (the
// labels) comes from the caller, who has the translations.
package sheetio

import (
	"bytes"
	"io"
	"strings"
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
