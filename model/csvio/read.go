package csvio

import (
	"errors"
	"io"
	"slices"
	"strings"
)

// bom is the UTF-8 byte-order mark that export writes so Excel shows Cyrillic.
var bom = []byte("\xef\xbb\xbf")

// table is a CSV file being read: its header, checked against the contract,
// and the scanner that reads its rows one by one (nothing but the row being
// read is kept in memory).
type table struct {
	cols  map[string]int // column name → cell index
	names []string       // the header's column names, cleaned, in file order
	sc    rowReader
	// sheet is set when the rows come from a spreadsheet (ParseSheet), not
	// CSV text: cells are read as sheet.go says (numbers Excel made of
	// IINs, phones and dates), and nothing is un-neutralised.
	sheet    bool
	date1904 bool
	// text[i] is true when cell i is a text column (not a number column): its
	// cells are un-neutralised on reading (Unneutralize).
	text []bool
}

// rawRow is one record of the file and the line it starts on.
type rawRow struct {
	line  int
	cells []string
}

// cell is the trimmed text of column col in row, "" when the file has no such
// column. Line breaks inside a cell become "\n", also a lone "\r" (old Mac
// files), which export could not write back. A text cell that export
// neutralised against formula injection gets its text back (Unneutralize).
func (t *table) cell(row rawRow, col string) string {
	i, ok := t.cols[col]
	if !ok {
		return ""
	}
	c := row.cells[i]
	if strings.IndexByte(c, '\r') >= 0 {
		c = crlf.Replace(c)
	}
	c = strings.TrimSpace(c)
	if t.sheet {
		return sheetCell(col, c, t.date1904)
	}
	if t.text[i] {
		c = Unneutralize(c)
	}
	return c
}

// rowReader hands out a table's records one by one: the CSV scanner, or a
// spreadsheet's rows (sheetRows).
type rowReader interface {
	next() (record, error)
}

var crlf = strings.NewReplacer("\r\n", "\n", "\r", "\n")

// has reports whether the file has column col.
func (t *table) has(col string) bool { _, ok := t.cols[col]; return ok }

// ReadError is a failure to read the file itself (a disk or network error),
// as opposed to a fault in its content, which refuses the file.
type ReadError struct{ Err error }

func (e *ReadError) Error() string { return "read the file: " + e.Err.Error() }
func (e *ReadError) Unwrap() error { return e.Err }

// openTable reads r's header for kind. Problems go to res; it returns nil when
// the file itself is unusable (res.Refused is then set). The error is only for
// a file that could not be read.
func openTable(k Kind, r io.Reader, res *Result, labels map[string]string) (*table, error) {
	sc, err := newScanner(r)
	if err != nil {
		return nil, refuseOn(res, err, nil)
	}
	return openSource(k, &table{cols: map[string]int{}, sc: sc}, res, labels)
}

// openSource reads the header of t's rows (t.sc) for kind, as openTable says.
func openSource(k Kind, t *table, res *Result, labels map[string]string) (*table, error) {
	sc := t.sc
	var err error
	var header record
	for {
		header, err = sc.next()
		if err == io.EOF {
			refuse(res, Problem{Reason: ReasonEmptyFile})
			return nil, nil
		}
		if err != nil {
			return nil, refuseOn(res, err, nil)
		}
		if !blank(header.cells) {
			break // blank lines and spaces above the header are no header
		}
	}
	if header.bareQuote >= 0 {
		refuse(res, Problem{Line: header.line, Reason: ReasonBareQuote})
		return nil, nil
	}
	if t.sheet {
		header.cells = trimBlankTail(header.cells) // styled empty cells right of the header
	}
	if !t.readHeader(k, header.cells, header.line, res, labels) {
		res.Refused = true
		return nil, nil
	}
	t.text = make([]bool, len(t.names))
	for i, name := range t.names {
		t.text[i] = !slices.Contains(numberColumns[k], name)
	}
	return t, nil
}

// each hands every row of the file to fn, in file order, leaving out blank
// rows and reporting (and counting as bad) rows that cannot be split into the
// header's columns. A fault in the file's structure refuses the whole file:
// res then holds that one problem and no row.
func (t *table) each(res *Result, fn func(rawRow) error) error {
	for {
		rec, err := t.sc.next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return refuseOn(res, err, t)
		}
		if blank(rec.cells) {
			continue // Excel leaves rows of empty cells below the data
		}
		if t.sheet {
			// A sheet row ends at its last filled cell, or runs on with
			// empty (styled) cells: only filled cells beyond the header count.
			rec.cells = fitWidth(rec.cells, len(t.names))
			rec.more = 0
		}
		switch {
		case rec.width() != len(t.names):
			res.Problems = append(res.Problems, Problem{Line: rec.line, Reason: ReasonColumnCount,
				Got: rec.width(), Want: len(t.names)})
			res.BadRows++
			continue
		case rec.bareQuote >= 0:
			res.Problems = append(res.Problems, Problem{Line: rec.line, Column: t.name(rec.bareQuote),
				Reason: ReasonBareQuote})
			res.BadRows++
			continue
		}
		if err := fn(rawRow{line: rec.line, cells: rec.cells}); err != nil {
			return err
		}
	}
}

// refuse makes res the refusal of the whole file for p.
func refuse(res *Result, p Problem) {
	res.Refused = true
	res.Rows, res.BadRows = nil, 0
	res.counts, res.matched = [3]int{}, nil
	res.Problems = []Problem{p}
}

// refuseOn refuses the file when err is a fault in its structure (naming the
// cell with t's header, when there is one) and returns nil; any other error
// is a failure to read the file, returned as a *ReadError.
func refuseOn(res *Result, err error, t *table) error {
	var b *broken
	if !errors.As(err, &b) {
		return &ReadError{Err: err}
	}
	if t != nil && b.cell >= 0 {
		b.p.Column = t.name(b.cell)
	}
	refuse(res, b.p)
	return nil
}

// readHeader maps the header's columns and reports every name that is empty,
// unknown, repeated or missing. It reports whether the header is usable.
//
// labels, when not nil, are other names a column may have (a label in one of
// the three languages, folded like search, → the column): a spreadsheet's
// header is labelled for people.
func (t *table) readHeader(k Kind, header []string, line int, res *Result, labels map[string]string) bool {
	// No column name holds a tab or a semicolon: a header that does was
	// written with another separator (Excel's "Text (Tab delimited)", or its
	// "CSV" in a locale whose list separator is ";").
	tabs, semis := 0, 0
	for _, name := range header {
		tabs += strings.Count(name, "\t")
		semis += strings.Count(name, ";")
	}
	switch {
	case tabs > 0 && tabs >= semis:
		res.Problems = append(res.Problems, Problem{Line: line, Reason: ReasonTabs})
		return false
	case semis > 0:
		res.Problems = append(res.Problems, Problem{Line: line, Reason: ReasonSemicolons})
		return false
	}
	known := map[string]bool{}
	for _, c := range headers[k] {
		known[c] = true
	}
	ok := true
	bad := func(p Problem) { p.Line = line; res.Problems = append(res.Problems, p); ok = false }
	for i, name := range header {
		name = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(name, string(bom))))
		if !known[name] && labels != nil {
			if col, ok := labels[fold(name)]; ok && col != "" {
				name = col
			}
		}
		t.names = append(t.names, name)
		switch _, seen := t.cols[name]; {
		case name == "":
			bad(Problem{Reason: ReasonEmptyColumnName, Got: i + 1})
		case !known[name]:
			bad(Problem{Column: name, Reason: ReasonUnknownColumn, Allowed: Header(k)})
		case seen:
			bad(Problem{Column: name, Reason: ReasonRepeatedColumn})
		default:
			t.cols[name] = i
		}
	}
	for _, c := range headers[k] {
		if !t.has(c) && !optionalColumns[c] {
			bad(Problem{Column: c, Reason: ReasonMissingColumn})
		}
	}
	return ok
}

// name is the header's name of cell i, "" when there is none.
func (t *table) name(i int) string {
	if i < 0 || i >= len(t.names) {
		return ""
	}
	return t.names[i]
}

// blank reports whether every cell is empty or spaces.
func blank(cells []string) bool {
	for _, c := range cells {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}
