package csvio

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"strings"
	"unicode/utf8"

	"frontoffice/model"
)

// bom is the UTF-8 byte-order mark that export writes so Excel shows Cyrillic.
var bom = []byte("\xef\xbb\xbf")

// table is a CSV file split into cells, with the header checked against the
// contract. Rows that could not be split (broken quotes, a wrong number of
// cells) are already reported and left out.
type table struct {
	cols  map[string]int // column name → cell index
	names []string       // the header's column names, cleaned, in file order
	rows  []rawRow
}

// rawRow is one record of the file and the line it starts on.
type rawRow struct {
	line  int
	cells []string
}

// cell is the trimmed text of column col in row, "" when the file has no such
// column. Line breaks inside a cell become "\n", also a lone "\r" (old Mac
// files), which export could not write back.
func (t *table) cell(row rawRow, col string) string {
	i, ok := t.cols[col]
	if !ok {
		return ""
	}
	return strings.TrimSpace(crlf.Replace(row.cells[i]))
}

var crlf = strings.NewReplacer("\r\n", "\n", "\r", "\n")

// has reports whether the file has column col.
func (t *table) has(col string) bool { _, ok := t.cols[col]; return ok }

// readTable splits data into a table for kind. Problems go to res; it returns
// nil when the file itself is unusable (res.Refused is then set).
func readTable(k Kind, data []byte, res *Result) *table {
	refuse := func(p Problem) *table {
		res.Problems = append(res.Problems, p)
		res.Refused = true
		return nil
	}
	data = bytes.TrimPrefix(data, bom)
	if len(bytes.TrimSpace(data)) == 0 {
		return refuse(Problem{Reason: ReasonEmptyFile})
	}
	if !utf8.Valid(data) {
		return refuse(Problem{Line: firstBadLine(data), Reason: ReasonNotUTF8})
	}

	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = -1 // counted here, to say which line and how many
	r.LazyQuotes = false
	header, err := r.Read()
	if err != nil {
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			return refuse(Problem{Line: pe.StartLine, Reason: quoteReason(pe)})
		}
		return refuse(Problem{Reason: ReasonEmptyFile})
	}
	line, _ := r.FieldPos(0)
	t := &table{cols: map[string]int{}}
	if !t.readHeader(k, header, line, res) {
		res.Refused = true
		return nil
	}

	for {
		cells, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if !errors.As(err, &pe) {
				res.Problems = append(res.Problems, Problem{Reason: ReasonBadQuote})
				res.BadRows++
				break
			}
			res.Problems = append(res.Problems, Problem{Line: pe.StartLine,
				Column: t.name(quoteField(data, pe.StartLine)), Reason: quoteReason(pe)})
			res.BadRows++
			continue
		}
		line, _ := r.FieldPos(0)
		if blank(cells) {
			continue // Excel leaves rows of empty cells below the data
		}
		if len(cells) != len(header) {
			res.Problems = append(res.Problems, Problem{Line: line, Reason: ReasonColumnCount,
				Got: len(cells), Want: len(header)})
			res.BadRows++
			continue
		}
		t.rows = append(t.rows, rawRow{line: line, cells: cells})
	}
	return t
}

// readHeader maps the header's columns and reports every name that is empty,
// unknown, repeated or missing. It reports whether the header is usable.
func (t *table) readHeader(k Kind, header []string, line int, res *Result) bool {
	if len(header) == 1 && strings.Contains(header[0], ";") {
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

// quoteField finds the cell whose quoting is broken in the record that starts
// on line start of data, as encoding/csv reads it: a quote inside an unquoted
// cell, a quoted cell never closed, or text after a closing quote. It returns
// the cell's index, -1 when it finds nothing wrong.
func quoteField(data []byte, start int) int {
	i := 0
	for line := 1; line < start; line++ {
		n := bytes.IndexByte(data[i:], '\n')
		if n < 0 {
			return -1
		}
		i += n + 1
	}
	for field := 0; i < len(data); field++ {
		if data[i] == '"' {
			i++
			for {
				n := bytes.IndexByte(data[i:], '"')
				if n < 0 {
					return field // never closed
				}
				i += n + 1
				if i < len(data) && data[i] == '"' {
					i++ // a doubled quote inside the cell
					continue
				}
				break
			}
			switch {
			case i >= len(data), data[i] == '\n', bytes.HasPrefix(data[i:], []byte("\r\n")):
				return -1
			case data[i] != ',':
				return field // text after the closing quote
			}
			i++
			continue
		}
		for ; i < len(data) && data[i] != ',' && data[i] != '\n'; i++ {
			if data[i] == '"' {
				return field
			}
		}
		if i >= len(data) || data[i] == '\n' {
			return -1
		}
		i++
	}
	return -1
}

// quoteReason tells a quote inside an unquoted cell from a quoted cell that is
// not closed properly.
func quoteReason(pe *csv.ParseError) model.Reason {
	if errors.Is(pe.Err, csv.ErrBareQuote) {
		return ReasonBareQuote
	}
	return ReasonBadQuote
}

// firstBadLine is the line of the first byte that is not UTF-8.
func firstBadLine(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			return 1 + bytes.Count(data[:i], []byte("\n"))
		}
		i += size
	}
	return 0
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
