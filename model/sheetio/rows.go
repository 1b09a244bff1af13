package sheetio

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"frontoffice/model/csvio"
)

// Rows reads sheet's rows as they come (csvio.SheetRows); Close it.
func (r *Reader) Rows(sheet string) (*Rows, error) {
	part := ""
	for _, s := range r.sheets {
		if s.name == sheet {
			part = s.part
		}
	}
	if part == "" {
		return nil, fmt.Errorf("workbook: no sheet %q", sheet)
	}
	if err := r.loadStrings(); err != nil {
		return nil, err
	}
	rc, err := r.open(part)
	if err != nil {
		return nil, err
	}
	return &Rows{rc: rc, sc: newScanner(rc), shared: r.shared}, nil
}

// Rows is one sheet's rows: each row's cells as the raw values the workbook
// keeps (numbers as digits, dates as day numbers, a boolean as 1 or 0, a
// shared string as its text), which csvio.ParseSheet reads with the
// column's rules.
type Rows struct {
	rc     io.ReadCloser
	sc     *xmlScanner
	shared []string
	row    int // the last row's number
	size   int // the bytes of the row's cells so far
	text   []byte
	cell   cell // the cell being read
	open   bool // in a row
	done   bool
	// The row's cells as read: their text end to end in rowText, made one
	// string at the row's end and cut (a string a cell was most of the
	// allocations of a sheet's reading).
	rowText []byte
	spans   []span
	wide    int // the cells so far: the last one set and all before it
}

// span is a cell of the row being read: its column and its text, in
// rowText from start to end, or str when it is not there (a shared string,
// one with escapes read).
type span struct {
	col        int
	start, end int
	str        string
	own        bool // in rowText
}

// maxColumns is the widest sheet a workbook has (XFD).
const maxColumns = 16384

// cell is the cell being read.
type cell struct {
	col       int
	typ       string
	v, is     bool // in its <v>, in its <is>
	phonetic  bool // in an <rPh>, whose text is not the cell's
	valueText []byte
}

// Next returns the next row with anything in it and its number in the sheet.
func (r *Rows) Next() (int, []string, error) {
	r.rowText, r.spans, r.wide = r.rowText[:0], r.spans[:0], 0
	var c *cell
	for !r.done {
		t, err := r.sc.next()
		if err != nil {
			return 0, nil, err
		}
		switch t.kind {
		case tokEOF:
			if r.open || c != nil {
				return 0, nil, fmt.Errorf("workbook: the sheet ends before its last row: %w", io.ErrUnexpectedEOF)
			}
			r.done = true
		case tokStart:
			if c, err = r.start(t, c); err != nil {
				return 0, nil, err
			}
		case tokText, tokCDATA:
			if c != nil && (c.v || (c.is && !c.phonetic)) && inText(t, c) {
				if t.kind == tokCDATA {
					r.text = append(r.text, t.text...)
				} else if r.text, err = unescape(r.text, t.text, false); err != nil {
					return 0, nil, err
				}
			}
		case tokEnd:
			var ended bool
			if c, ended, err = r.end(t, c); err != nil {
				return 0, nil, err
			}
			if ended && len(r.spans) > 0 {
				return r.row, r.cells(), nil
			}
		}
	}
	return 0, nil, io.EOF
}

// inText says whether text belongs to the cell's value: any text in <v>;
// in <is>, only in a <t> (set as the t element opens).
func inText(t token, c *cell) bool { return c.v || c.valueText != nil }

// start reads a start tag: a row, a cell, or what holds a cell's value.
func (r *Rows) start(t token, c *cell) (*cell, error) {
	switch string(t.name) {
	case "row":
		n, err := attr(t.attrs, "r")
		if err != nil {
			return c, err
		}
		r.row++
		if n != nil {
			if r.row, err = strconv.Atoi(string(n)); err != nil || r.row < 1 {
				return c, fmt.Errorf("workbook: a row numbered %q", n)
			}
		}
		r.rowText, r.spans, r.wide, r.size, r.open = r.rowText[:0], r.spans[:0], 0, 0, true
	case "c":
		return r.startCell(t)
	case "v":
		if c != nil {
			c.v, r.text = true, r.text[:0]
		}
	case "is":
		if c != nil {
			c.is, r.text = true, r.text[:0]
		}
	case "rPh":
		if c != nil {
			c.phonetic = true
		}
	case "t":
		if c != nil && c.is && !c.phonetic {
			c.valueText = []byte{}
		}
	case "sheetData":
	}
	if t.empty {
		c, _, err := r.end(token{kind: tokEnd, name: t.name}, c)
		return c, err
	}
	return c, nil
}

// startCell opens a cell: its column from its reference (else the one after
// the last), its type.
func (r *Rows) startCell(t token) (*cell, error) {
	ref, err := attr(t.attrs, "r")
	if err != nil {
		return nil, err
	}
	c := &r.cell
	*c = cell{col: r.wide}
	if ref != nil {
		if c.col, err = column(ref); err != nil {
			return nil, err
		}
	}
	typ, err := attr(t.attrs, "t")
	if err != nil {
		return nil, err
	}
	c.typ = cellType(typ)
	if t.empty {
		r.putString(c.col, "")
		return nil, nil
	}
	return c, nil
}

// end reads an end tag; ended is the end of a row.
func (r *Rows) end(t token, c *cell) (*cell, bool, error) {
	switch string(t.name) {
	case "row":
		r.open = false
		return nil, true, nil
	case "sheetData":
		r.done = true
		return nil, true, nil
	case "rPh":
		if c != nil {
			c.phonetic = false
		}
	case "t":
		if c != nil && c.valueText != nil {
			c.valueText = nil
		}
	case "c":
		if c == nil {
			return nil, false, nil
		}
		if err := r.putValue(c); err != nil {
			return nil, false, err
		}
		return nil, false, nil
	}
	return c, false, nil
}

// putValue puts a cell's raw value, by its type.
func (r *Rows) putValue(c *cell) error {
	switch {
	case c.typ == "s":
		if !c.v {
			r.putString(c.col, "")
			return nil
		}
		i, err := strconv.Atoi(strings.TrimSpace(string(r.text)))
		if err != nil || i < 0 || i >= len(r.shared) {
			return fmt.Errorf("workbook: no shared string %q", r.text)
		}
		r.putString(c.col, r.shared[i])
	case c.typ == "inlineStr" && c.is && bytes.Contains(r.text, []byte("_x")):
		r.putString(c.col, unescapeBSTR(string(r.text)))
	case c.typ == "inlineStr" && c.is, c.v:
		r.putText(c.col, r.text)
	default:
		r.putString(c.col, "")
	}
	return nil
}

// putText and putString set cell col of the row. Past a CSV row's limit
// the cells' text is no longer kept: the row is refused for its size anyway
// (csvio.ParseSheet), and memory stays bounded.
func (r *Rows) putText(col int, v []byte) {
	if r.size += len(v); r.size > csvio.MaxRowBytes+csvio.MaxCellBytes {
		v = nil
	}
	start := len(r.rowText)
	r.rowText = append(r.rowText, v...)
	r.spans = append(r.spans, span{col: col, start: start, end: len(r.rowText), own: true})
	r.wide = max(r.wide, col+1)
}

func (r *Rows) putString(col int, v string) {
	if r.size += len(v); r.size > csvio.MaxRowBytes+csvio.MaxCellBytes {
		v = ""
	}
	r.spans = append(r.spans, span{col: col, str: v})
	r.wide = max(r.wide, col+1)
}

// cells are the row's cells, those not set empty; the text of a cell set
// twice is the last.
func (r *Rows) cells() []string {
	text := string(r.rowText)
	cells := make([]string, r.wide)
	for _, sp := range r.spans {
		if sp.own {
			cells[sp.col] = text[sp.start:sp.end]
		} else {
			cells[sp.col] = sp.str
		}
	}
	return cells
}

// cellType is a cell's t attribute, without allocating for the usual ones.
func cellType(t []byte) string {
	for _, known := range []string{"", "s", "inlineStr", "n", "str", "b", "e", "d"} {
		if string(t) == known {
			return known
		}
	}
	return string(t)
}

// column is the column (from 0) of a cell reference such as "AB12".
func column(ref []byte) (int, error) {
	n, i := 0, 0
	for ; i < len(ref); i++ {
		c := ref[i] | 0x20 // lower case
		if c < 'a' || c > 'z' {
			break
		}
		n = n*26 + int(c-'a') + 1
		if n > maxColumns {
			return 0, fmt.Errorf("workbook: a cell %q beyond the last column", ref)
		}
	}
	if n == 0 {
		return 0, fmt.Errorf("workbook: a cell reference %q", ref)
	}
	return n - 1, nil
}

// Close ends the reading.
func (r *Rows) Close() error { return r.rc.Close() }

// loadStrings reads the workbook's shared strings, once.
func (r *Reader) loadStrings() error {
	if r.loaded || r.strings == "" {
		r.loaded = true
		return nil
	}
	rc, err := r.open(r.strings)
	if err != nil {
		return err
	}
	defer rc.Close()
	r.shared, err = readStrings(newScanner(rc))
	if err != nil {
		return fmt.Errorf("workbook: %s: %w", r.strings, err)
	}
	r.loaded = true
	return nil
}

// maxSharedBytes bounds the memory the shared strings take.
const maxSharedBytes = 256 << 20

// readStrings reads the shared strings: each <si>'s text, the text of its
// runs joined, its phonetic reading (<rPh>) left out.
func readStrings(sc *xmlScanner) ([]string, error) {
	var out []string
	var text []byte
	in, inT, phonetic, size := false, false, false, 0
	for {
		t, err := sc.next()
		if err != nil {
			return nil, err
		}
		switch {
		case t.kind == tokEOF:
			return out, nil
		case t.kind == tokStart && string(t.name) == "si":
			in, text = true, text[:0]
			if t.empty {
				out, in = append(out, ""), false
			}
		case t.kind == tokEnd && string(t.name) == "si":
			if size += len(text) + 16; size > maxSharedBytes {
				return nil, fmt.Errorf("shared strings over %d MiB", maxSharedBytes>>20)
			}
			out, in = append(out, unescapeBSTR(string(text))), false
		case string(t.name) == "rPh":
			phonetic = t.kind == tokStart && !t.empty
		case string(t.name) == "t":
			inT = t.kind == tokStart && !t.empty
		case t.kind == tokText && in && inT && !phonetic:
			if text, err = unescape(text, t.text, false); err != nil {
				return nil, err
			}
		case t.kind == tokCDATA && in && inT && !phonetic:
			text = append(text, t.text...)
		}
	}
}

// unescapeBSTR reads a workbook's escapes for characters XML cannot hold:
// _xHHHH_ is the character HHHH (_x005F_ an underscore).
func unescapeBSTR(s string) string {
	if !strings.Contains(s, "_x") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		if isEscape(s[i:]) {
			n, _ := strconv.ParseUint(s[i+2:i+6], 16, 32)
			if r := rune(n); utf8.ValidRune(r) {
				b.WriteRune(r)
				i += 7
				continue
			}
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}
