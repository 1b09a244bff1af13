package csvio

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"unicode/utf8"
)

// The limits of an imported file (docs/csv.md). A cell or a row longer than
// this is refused with its line before more of it is read, so a file of any
// size is read in bounded memory: a few times the row limit at most.
const (
	MaxCellBytes = 64 << 10 // one cell: 64 KiB (an idea's summary is far shorter)
	MaxRowBytes  = 1 << 20  // one row, all its cells: 1 MiB
)

// scanner splits a CSV file into records as RFC 4180 says, streaming, and
// knows at every moment on which line it is. Anything that makes the
// file's structure unreadable — a quoted cell never closed, text after a
// closing quote, a NUL byte, bytes that are not UTF-8, a cell or row over
// the limits — stops it with a *broken naming the line where the trouble
// starts: after such a fault no later row can be trusted, so the whole file
// is refused. A quote inside an unquoted cell (`5" screen`) does not move
// any record's bounds: the row is returned with bareQuote set and is
// refused alone.
//
// It takes a cell's plain bytes a buffer at a time, up to the next byte
// that means something (a comma, a quote, a line end, a NUL), and a row's
// cells are one string (the row's bytes) cut in pieces: a byte at a time
// and a string a cell, it was most of a CSV import's reading.
// FuzzScanMatchesReference holds it to the byte-at-a-time reading it
// replaced.
type scanner struct {
	r    *bufio.Reader
	line int    // the line of the next byte, from 1
	row  []byte // the record's cells so far, end to end
	ends []int  // where each cell kept ends in row
}

// stopUnquoted and stopQuoted are the bytes that end a run of a cell's
// plain bytes, unquoted and quoted.
var stopUnquoted, stopQuoted = stopSet(",\n\"\x00"), stopSet("\n\"\x00")

func stopSet(bs string) (t [256]bool) {
	for i := range len(bs) {
		t[bs[i]] = true
	}
	return t
}

// record is one record of the file.
type record struct {
	line      int // the line it starts on
	cells     []string
	bareQuote int // the first cell with a quote inside an unquoted cell; -1: none
	more      int // cells after the first maxCells, counted but not kept
}

// maxCells is the most cells of one row kept: the widest file has 13 columns,
// and a row of a million empty cells (1 MiB of commas) must not take a
// million strings.
const maxCells = 1024

// width is the number of cells in the record.
func (r record) width() int { return len(r.cells) + r.more }

// broken is a fault in the file's structure: Problem says where and why; cell
// is the index of the cell it is about (-1: none), named by the caller, who
// knows the header.
type broken struct {
	p    Problem
	cell int
}

func (b *broken) Error() string { return string(b.p.Reason) }

// newScanner reads the start of r: a UTF-16 file (by its byte-order mark, or
// by the NUL bytes every other byte of Latin text is in UTF-16) is refused
// there; a UTF-8 byte-order mark is skipped.
func newScanner(r io.Reader) (*scanner, error) {
	s := &scanner{r: bufio.NewReaderSize(r, 64<<10), line: 1}
	head, err := s.r.Peek(4096)
	if err != nil && err != io.EOF && !errors.Is(err, bufio.ErrBufferFull) {
		return nil, err
	}
	switch {
	case bytes.HasPrefix(head, []byte{0xff, 0xfe}), bytes.HasPrefix(head, []byte{0xfe, 0xff}):
		return nil, &broken{p: Problem{Line: 1, Reason: ReasonUTF16}, cell: -1}
	case len(head) >= 2 && bytes.Count(head, []byte{0})*4 >= len(head):
		return nil, &broken{p: Problem{Line: 1, Reason: ReasonUTF16}, cell: -1}
	case bytes.HasPrefix(head, bom):
		s.r.Discard(len(bom))
	}
	return s, nil
}

// readByte reads one byte, counting lines and refusing a NUL.
func (s *scanner) readByte() (byte, error) {
	b, err := s.r.ReadByte()
	if err != nil {
		return 0, err
	}
	switch b {
	case '\n':
		s.line++
	case 0:
		return 0, &broken{p: Problem{Line: s.line, Reason: ReasonNULByte}, cell: -1}
	}
	return b, nil
}

// next reads the next record, skipping empty lines; io.EOF at the end.
func (s *scanner) next() (record, error) {
	for {
		head, err := s.r.Peek(2)
		if len(head) == 0 {
			if err == nil || errors.Is(err, bufio.ErrBufferFull) {
				err = io.EOF
			}
			return record{}, err
		}
		switch {
		case head[0] == '\n':
			s.readByte()
			continue
		case head[0] == '\r' && (len(head) == 1 || head[1] == '\n'):
			// an empty line ended by CRLF, or a lone CR at the very end
			s.readByte()
			if len(head) == 2 {
				s.readByte()
			}
			continue
		}
		break
	}
	rec := record{line: s.line, bareQuote: -1}
	s.row, s.ends = s.row[:0], s.ends[:0]
	rowBytes := 0
	for {
		start, from := s.line, len(s.row)
		end, err := s.field(&rec, rowBytes, from)
		if err != nil {
			return record{}, err
		}
		cell := s.row[from:]
		if !utf8.Valid(cell) {
			bad := start
			for i := 0; i < len(cell); {
				r, size := utf8.DecodeRune(cell[i:])
				if r == utf8.RuneError && size == 1 {
					break
				}
				if cell[i] == '\n' {
					bad++
				}
				i += size
			}
			// About the whole file (its encoding), so no column is named.
			return record{}, &broken{p: Problem{Line: bad, Reason: ReasonNotUTF8}, cell: -1}
		}
		rowBytes += len(cell) + 1 // and its comma: a row of empty cells has a size too
		if rowBytes > MaxRowBytes {
			return record{}, &broken{p: Problem{Line: rec.line, Reason: ReasonRowTooBig, Want: MaxRowBytes >> 20}, cell: -1}
		}
		if len(s.ends) < maxCells {
			s.ends = append(s.ends, len(s.row))
		} else {
			rec.more++
			s.row = s.row[:from]
		}
		if end {
			rec.cells = s.cells()
			return rec, nil
		}
	}
}

// cells are the record's cells: one string for the row, cut.
func (s *scanner) cells() []string {
	text := string(s.row)
	cells := make([]string, len(s.ends))
	from := 0
	for i, end := range s.ends {
		cells[i], from = text[from:end], end
	}
	return cells
}

// field reads one cell onto s.row from from; end reports that it was the
// record's last. rowBytes is what the record's earlier cells took.
func (s *scanner) field(rec *record, rowBytes, from int) (end bool, err error) {
	f := &fieldRead{s: s, rec: rec, rowBytes: rowBytes, from: from, start: s.line}
	b, err := s.readByte()
	if err == io.EOF {
		return true, nil // the file ends right after a comma
	}
	if err != nil {
		return false, err
	}
	if b != '"' {
		return f.unquoted(b)
	}
	return f.quoted()
}

// fieldRead is one cell being read.
type fieldRead struct {
	s           *scanner
	rec         *record
	rowBytes    int
	from, start int  // where the cell starts in s.row, and its line
	inQuotes    bool // a quoted cell
}

// unquoted reads an unquoted cell from its first byte b.
func (f *fieldRead) unquoted(b byte) (end bool, err error) {
	s := f.s
	for {
		switch b {
		case ',':
			return false, nil
		case '\n':
			f.trimCR()
			return true, nil
		case '"':
			if f.rec.bareQuote < 0 {
				f.rec.bareQuote = len(s.ends)
			}
		}
		if err := f.grow(b); err != nil {
			return false, err
		}
		if err := f.run(&stopUnquoted); err != nil && err != io.EOF {
			return false, err
		}
		if b, err = s.readByte(); err == io.EOF {
			f.trimCR()
			return true, nil
		} else if err != nil {
			return false, err
		}
	}
}

// quoted reads a quoted cell after its opening quote.
func (f *fieldRead) quoted() (end bool, err error) {
	s := f.s
	f.inQuotes = true
	for {
		if err := f.run(&stopQuoted); err != nil && err != io.EOF {
			return false, err
		}
		b, err := s.readByte()
		if err == io.EOF {
			return false, &broken{p: Problem{Line: f.start, Reason: ReasonUnclosedQuote}, cell: len(s.ends)}
		}
		if err != nil {
			return false, err
		}
		if b != '"' {
			if err := f.grow(b); err != nil {
				return false, err
			}
			continue
		}
		// A quote: doubled inside the cell, or the cell's end.
		b, err = s.readByte()
		switch {
		case err == io.EOF:
			return true, nil
		case err != nil:
			return false, err
		case b == '"':
			if err := f.grow('"'); err != nil {
				return false, err
			}
			continue
		case b == ',':
			return false, nil
		case b == '\n':
			return true, nil
		case b == '\r':
			c, err := s.readByte()
			if err == io.EOF || (err == nil && c == '\n') {
				return true, nil
			}
			if err != nil {
				return false, err
			}
		}
		// Text after the closing quote: the cell was never meant to close
		// here, or a quote inside it was not doubled. Where it opened is where
		// the trouble starts; where it "closed" helps to find it.
		return false, &broken{p: Problem{Line: f.start, Reason: ReasonBadQuote, OtherLine: s.line},
			cell: len(s.ends)}
	}
}

// trimCR drops a \r ending an unquoted cell (a CRLF line end).
func (f *fieldRead) trimCR() {
	if n := len(f.s.row); n > f.from && f.s.row[n-1] == '\r' {
		f.s.row = f.s.row[:n-1]
	}
}

// grow adds byte b to the cell.
func (f *fieldRead) grow(b byte) error {
	f.s.row = append(f.s.row, b)
	return f.limits()
}

// run adds the bytes buffered up to the next one in stop (not read), and
// any after them as the buffer fills, until such a byte or the end (io.EOF).
func (f *fieldRead) run(stop *[256]bool) error {
	s := f.s
	for {
		if _, err := s.r.Peek(1); err != nil {
			return err
		}
		buf, _ := s.r.Peek(s.r.Buffered())
		i := 0
		for i < len(buf) && !stop[buf[i]] {
			i++
		}
		s.row = append(s.row, buf[:i]...)
		s.r.Discard(i)
		if err := f.limits(); err != nil {
			return err
		}
		if i < len(buf) {
			return nil
		}
	}
}

// limits refuses a cell or a row grown over its limit, as a reading a byte
// at a time finds it: of the two, the one its bytes went over first (the
// cell's when at the same byte). The line is the same for all the bytes a
// run adds (a line end is not in a run).
func (f *fieldRead) limits() error {
	n := len(f.s.row) - f.from
	cellOver, rowOver := n > MaxCellBytes, f.rowBytes+n > MaxRowBytes
	switch {
	case cellOver && (!rowOver || MaxCellBytes <= MaxRowBytes-f.rowBytes):
		if f.inQuotes && f.s.line > f.start {
			// Most likely a quote that is never closed, read on into later rows.
			return &broken{p: Problem{Line: f.start, Reason: ReasonQuotedTooBig, Want: MaxCellBytes >> 10,
				OtherLine: f.s.line}, cell: len(f.s.ends)}
		}
		return &broken{p: Problem{Line: f.start, Reason: ReasonCellTooBig, Want: MaxCellBytes >> 10},
			cell: len(f.s.ends)}
	case rowOver:
		return &broken{p: Problem{Line: f.rec.line, Reason: ReasonRowTooBig, Want: MaxRowBytes >> 20}, cell: -1}
	}
	return nil
}
