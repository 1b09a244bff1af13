package sheetio

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"testing"

	"frontoffice/model/csvio"
)

// refRows is the sheet's reader as it was before it made a row's cells of
// one string (session 10): FuzzRowsMatchReference holds the reader to it.
// Rows is one sheet's rows: each row's cells as the raw values the workbook
// keeps (numbers as digits, dates as day numbers, a boolean as 1 or 0, a
// shared string as its text), which csvio.ParseSheet reads with the
// column's rules.
type refRows struct {
	rc     io.ReadCloser
	sc     *xmlScanner
	shared []string
	row    int // the last row's number
	size   int // the bytes of the row's cells so far
	text   []byte
	cell   cell // the cell being read
	open   bool // in a row
	done   bool
}

// Next returns the next row with anything in it and its number in the sheet.
func (r *refRows) Next() (int, []string, error) {
	var cells []string
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
			if c, err = r.start(t, c, &cells); err != nil {
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
			if c, ended, err = r.end(t, c, &cells); err != nil {
				return 0, nil, err
			}
			if ended && len(cells) > 0 {
				return r.row, cells, nil
			}
		}
	}
	return 0, nil, io.EOF
}

// start reads a start tag: a row, a cell, or what holds a cell's value.
func (r *refRows) start(t token, c *cell, cells *[]string) (*cell, error) {
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
		*cells, r.size, r.open = nil, 0, true
	case "c":
		return r.startCell(t, cells)
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
		c, _, err := r.end(token{kind: tokEnd, name: t.name}, c, cells)
		return c, err
	}
	return c, nil
}

// startCell opens a cell: its column from its reference (else the one after
// the last), its type.
func (r *refRows) startCell(t token, cells *[]string) (*cell, error) {
	ref, err := attr(t.attrs, "r")
	if err != nil {
		return nil, err
	}
	c := &r.cell
	*c = cell{col: len(*cells)}
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
		r.put(cells, c.col, "")
		return nil, nil
	}
	return c, nil
}

// end reads an end tag; ended is the end of a row.
func (r *refRows) end(t token, c *cell, cells *[]string) (*cell, bool, error) {
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
		v, err := r.value(c)
		if err != nil {
			return nil, false, err
		}
		r.put(cells, c.col, v)
		return nil, false, nil
	}
	return c, false, nil
}

// value is a cell's raw value, by its type.
func (r *refRows) value(c *cell) (string, error) {
	switch {
	case c.typ == "s":
		if !c.v {
			return "", nil
		}
		i, err := strconv.Atoi(strings.TrimSpace(string(r.text)))
		if err != nil || i < 0 || i >= len(r.shared) {
			return "", fmt.Errorf("workbook: no shared string %q", r.text)
		}
		return r.shared[i], nil
	case c.typ == "inlineStr" && c.is:
		return unescapeBSTR(string(r.text)), nil
	case c.v:
		return string(r.text), nil
	}
	return "", nil
}

// put sets cell col of the row, the cells before it empty when missing.
// Past a CSV row's limit the cells' text is no longer kept: the row is
// refused for its size anyway (csvio.ParseSheet), and memory stays bounded.
func (r *refRows) put(cells *[]string, col int, v string) {
	if r.size += len(v); r.size > csvio.MaxRowBytes+csvio.MaxCellBytes {
		v = ""
	}
	for len(*cells) <= col {
		*cells = append(*cells, "")
	}
	(*cells)[col] = v
}

// FuzzRowsMatchReference: the reader reads any XML as the reference does —
// the same rows (numbers and cells) and the same error.
func FuzzRowsMatchReference(f *testing.F) {
	f.Add(`<sheetData><row r="2"><c r="B2" t="inlineStr"><is><t>a&amp;b_x0041_</t></is></c><c><v>1</v></c><c r="A2"><v>2</v></c></row></sheetData>`)
	f.Add(`<row><c t="s"><v>0</v></c><c t="b"><v>1</v></c><c/><c r="D1"/></row><![CDATA[x]]><?pi?><!--c--><row><c t="s"/></row>`)
	f.Add(`<row><c t="inlineStr"><is><t>a</t><rPh><t>b</t></rPh><t>c</t></is><v>9</v></c></row><row r="7"><c t="s"><v>5</v></c></row>`)
	f.Fuzz(rowsMatch)
}

// TestRowsMatchReferenceOverTheLimit: rows whose cells go past a row's
// limit (their text no longer kept), and a row of many cells.
func TestRowsMatchReferenceOverTheLimit(t *testing.T) {
	cell := `<c t="inlineStr"><is><t>` + strings.Repeat("ә", 30000) + `</t></is></c>`
	num := `<c><v>` + strings.Repeat("7", 50000) + `</v></c><c t="s"><v>1</v></c>`
	rowsMatch(t, `<sheetData><row>`+strings.Repeat(cell, 25)+`</row><row>`+strings.Repeat(num, 30)+`</row><row><c><v>1</v></c></row></sheetData>`)
	rowsMatch(t, `<row>`+strings.Repeat(`<c r="XFA3"><v>1</v></c><c><v>2</v></c>`, 500)+`</row>`)
}

// rowsMatch compares the reader and the reference on text.
func rowsMatch(t *testing.T, text string) {
	shared := []string{"s", "t_x0042_"}
	rows := &Rows{rc: io.NopCloser(nil), sc: newScanner(strings.NewReader(text)), shared: shared}
	ref := &refRows{rc: io.NopCloser(nil), sc: newScanner(strings.NewReader(text)), shared: shared}
	for range 10000 {
		n, cells, err := rows.Next()
		rn, rcells, rerr := ref.Next()
		if n != rn || fmt.Sprint(err) != fmt.Sprint(rerr) || fmt.Sprintf("%q", cells) != fmt.Sprintf("%q", rcells) {
			t.Fatalf("read %d %q %v; the reference %d %q %v", n, cells, err, rn, rcells, rerr)
		}
		if err != nil {
			return
		}
	}
}
