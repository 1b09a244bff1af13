package csvio

import (
	"math"
	"strconv"
	"strings"
	"time"

	"frontoffice/model"
)

// This file reads a spreadsheet's sheet through the same rules as a CSV file
// (docs/sheets.md). The workbook itself is opened elsewhere (model/sheetio);
// here its rows arrive one by one as text, the header is read as a CSV
// header (also labelled in kk, ru or en: Options.Labels), and every row goes
// through the same checks, messages and Options.Each as ParseReader's.
//
// What differs is only how a cell is read (sheetCell): a spreadsheet keeps
// numbers as numbers, so a cell Excel turned into a number is read back as
// the text it was when its value proves it — an IIN that lost its leading
// zeros and whose check digit holds with them, a phone 77015551234, a date
// kept as a day number. Nothing is un-neutralised: a workbook keeps a cell
// that begins with = as text, so export writes no quote in front of it.

// SheetRows are the rows of one sheet, as a workbook's row iterator reads
// them, one at a time.
type SheetRows interface {
	// Next returns the next row: its number in the sheet (the first row
	// is 1) and its cells from column A on, each as the raw value the
	// workbook keeps (a number as digits, "1042.5", a date as its day
	// number); io.EOF after the last row. Rows left out by the workbook
	// (blank ones) may be skipped; a row may end before the header does.
	Next() (row int, cells []string, err error)
}

// ParseSheet is ParseReader for a sheet of a workbook: the same rules, the
// same Result, each problem naming the sheet's row number as its Line.
// Besides a failing Lookup, the error is for a sheet that could not be read
// (a *ReadError).
func ParseSheet(k Kind, rows SheetRows, o Options) (*Result, error) {
	o, err := prepare(k, o)
	if err != nil {
		return nil, err
	}
	res := &Result{Kind: k, streamed: o.Each != nil}
	t := &table{cols: map[string]int{}, sc: &sheetRows{src: rows}, sheet: true, date1904: o.Date1904}
	t, err = openSource(k, t, res, o.Labels) // a failure to read comes back as a *ReadError
	return parseTable(k, t, res, o, err)
}

// sheetRows turns SheetRows into the scanner's records, with the limits of a
// CSV file (MaxCellBytes, MaxRowBytes) and no NUL bytes.
type sheetRows struct{ src SheetRows }

func (s *sheetRows) next() (record, error) {
	line, cells, err := s.src.Next()
	if err != nil {
		return record{}, err
	}
	size := 0
	for i, c := range cells {
		size += len(c) + 1
		switch {
		case len(c) > MaxCellBytes:
			return record{}, &broken{p: Problem{Line: line, Reason: ReasonCellTooBig, Want: MaxCellBytes >> 10}, cell: i}
		case size > MaxRowBytes:
			return record{}, &broken{p: Problem{Line: line, Reason: ReasonRowTooBig, Want: MaxRowBytes >> 20}, cell: -1}
		case strings.IndexByte(c, 0) >= 0:
			return record{}, &broken{p: Problem{Line: line, Reason: ReasonNULByte}, cell: -1}
		}
	}
	rec := record{line: line, bareQuote: -1, cells: cells}
	if len(cells) > maxCells {
		rec.cells, rec.more = cells[:maxCells], len(cells)-maxCells
	}
	return rec, nil
}

// trimBlankTail drops the empty cells at the end of a row.
func trimBlankTail(cells []string) []string {
	n := len(cells)
	for n > 0 && strings.TrimSpace(cells[n-1]) == "" {
		n--
	}
	return cells[:n]
}

// fitWidth makes a sheet's row as wide as its header: a row that ends early
// gets empty cells; empty cells beyond the header are dropped (filled ones
// stay, and the row is then refused for its width).
func fitWidth(cells []string, width int) []string {
	if len(cells) > width {
		if filled := trimBlankTail(cells); len(filled) > width {
			return filled
		}
		return cells[:width]
	}
	for len(cells) < width {
		cells = append(cells, "")
	}
	return cells
}

// The columns whose cells a spreadsheet may have turned into numbers.
var (
	sheetPhoneColumns     = map[string]bool{"phone": true, "applicant_phone": true, "person_phone": true}
	sheetNumberColumns    = map[string]bool{"budget_kzt": true, "birth_year": true, "hours": true, "duration_min": true}
	sheetDateColumns      = map[string]bool{"date": true, "consent_at": true, "follow_up": true}
	sheetTimestampColumns = map[string]bool{"created_at": true, "updated_at": true}
)

// sheetCell reads a sheet's cell of column col: a number the workbook keeps
// is turned back into the text the column's rules read (sheetNumber says
// when). Any other cell is read as it is.
func sheetCell(col, c string, date1904 bool) string {
	v, ok := sheetNumber(c)
	if !ok {
		return c
	}
	switch {
	case col == "iin":
		return recoverIIN(plainNumber(v))
	case sheetPhoneColumns[col]:
		return plainNumber(v)
	case sheetNumberColumns[col]:
		return plainNumber(v)
	case sheetDateColumns[col]:
		if t, ok := serialTime(v, date1904); ok {
			return t.Format(model.DateLayout)
		}
	case sheetTimestampColumns[col]:
		if t, ok := serialTime(v, date1904); ok {
			if v == math.Trunc(v) { // a day without a time
				return t.Format(model.DateLayout)
			}
			return t.Round(time.Second).Format(time.RFC3339)
		}
	}
	return c
}

// sheetNumber reads a cell that is a plain number as a workbook keeps one
// ("61211600012", "1042.5", "7.7015551234E10"), with nothing else in it.
func sheetNumber(c string) (float64, bool) {
	if c == "" || strings.IndexFunc(c, func(r rune) bool {
		return (r < '0' || r > '9') && r != '.' && r != 'e' && r != 'E' && r != '-' && r != '+'
	}) >= 0 {
		return 0, false
	}
	v, err := strconv.ParseFloat(c, 64)
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
		return 0, false
	}
	return v, true
}

// plainNumber writes v as digits, with a decimal point only when it has a
// fraction, rounded to the 15 significant digits a spreadsheet keeps (so
// 9.4999999999999982 is 9.5 again).
func plainNumber(v float64) string {
	r, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 15, 64), 64)
	if err != nil {
		r = v
	}
	return strconv.FormatFloat(r, 'f', -1, 64)
}

// recoverIIN gives back the leading zeros a spreadsheet took from an IIN
// (born in 2000–2009: 061211600012 became 61211600012) when the value with
// them is a valid IIN, check digit included; otherwise the digits as they are.
func recoverIIN(digits string) string {
	if len(digits) >= 12 || strings.Trim(digits, "0123456789") != "" {
		return digits
	}
	padded := strings.Repeat("0", 12-len(digits)) + digits
	if model.ValidIIN(padded) {
		return padded
	}
	return digits
}

// serialTime reads a spreadsheet's date number: days since 30 December 1899
// (1 January 1904 in a workbook of old Mac Excel), the fraction the time of
// day. Only days a record can have are taken (1900–9999).
func serialTime(v float64, date1904 bool) (time.Time, bool) {
	if v < 1 || v >= 2958466 {
		return time.Time{}, false
	}
	base := time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)
	if date1904 {
		base = time.Date(1904, 1, 1, 0, 0, 0, 0, time.UTC)
	} else if v < 61 {
		// Excel counts a 29 February 1900 that never was: before it, one day less.
		base = base.AddDate(0, 0, 1)
	}
	days := math.Floor(v)
	ms := math.Round((v - days) * 86400 * 1000)
	return base.AddDate(0, 0, int(days)).Add(time.Duration(ms) * time.Millisecond), true
}
