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

// scanner splits a CSV file into records as RFC 4180 says, streaming, one
// byte at a time, and knows at every moment on which line it is. Anything that
// makes the file's structure unreadable — a quoted cell never closed, text
// after a closing quote, a NUL byte, bytes that are not UTF-8, a cell or row
// over the limits — stops it with a *broken naming the line where the trouble
// starts: after such a fault no later row can be trusted, so the whole file is
// refused. A quote inside an unquoted cell (`5" screen`) does not move any
// record's bounds: the row is returned with bareQuote set and is refused alone.
type scanner struct {
	r    *bufio.Reader
	line int    // the line of the next byte, from 1
	cell []byte // the cell being read
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
	rowBytes := 0
	for {
		start := s.line
		end, err := s.field(&rec, rowBytes)
		if err != nil {
			return record{}, err
		}
		if !utf8.Valid(s.cell) {
			bad := start
			for i := 0; i < len(s.cell); {
				r, size := utf8.DecodeRune(s.cell[i:])
				if r == utf8.RuneError && size == 1 {
					break
				}
				if s.cell[i] == '\n' {
					bad++
				}
				i += size
			}
			// About the whole file (its encoding), so no column is named.
			return record{}, &broken{p: Problem{Line: bad, Reason: ReasonNotUTF8}, cell: -1}
		}
		rowBytes += len(s.cell) + 1 // and its comma: a row of empty cells has a size too
		if rowBytes > MaxRowBytes {
			return record{}, &broken{p: Problem{Line: rec.line, Reason: ReasonRowTooBig, Want: MaxRowBytes >> 20}, cell: -1}
		}
		if len(rec.cells) < maxCells {
			rec.cells = append(rec.cells, string(s.cell))
		} else {
			rec.more++
		}
		if end {
			return rec, nil
		}
	}
}

// field reads one cell into s.cell; end reports that it was the record's last.
// rowBytes is what the record's earlier cells took.
func (s *scanner) field(rec *record, rowBytes int) (end bool, err error) {
	s.cell = s.cell[:0]
	start := s.line
	quoted := false
	grow := func(b byte) error {
		s.cell = append(s.cell, b)
		switch {
		case len(s.cell) > MaxCellBytes && quoted && s.line > start:
			// Most likely a quote that is never closed, read on into later rows.
			return &broken{p: Problem{Line: start, Reason: ReasonQuotedTooBig, Want: MaxCellBytes >> 10,
				OtherLine: s.line}, cell: len(rec.cells)}
		case len(s.cell) > MaxCellBytes:
			return &broken{p: Problem{Line: start, Reason: ReasonCellTooBig, Want: MaxCellBytes >> 10},
				cell: len(rec.cells)}
		case rowBytes+len(s.cell) > MaxRowBytes:
			return &broken{p: Problem{Line: rec.line, Reason: ReasonRowTooBig, Want: MaxRowBytes >> 20}, cell: -1}
		}
		return nil
	}
	b, err := s.readByte()
	if err == io.EOF {
		return true, nil // the file ends right after a comma
	}
	if err != nil {
		return false, err
	}
	if b != '"' {
		for {
			switch b {
			case ',':
				return false, nil
			case '\n':
				s.cell = bytes.TrimSuffix(s.cell, []byte{'\r'})
				return true, nil
			case '"':
				if rec.bareQuote < 0 {
					rec.bareQuote = len(rec.cells)
				}
			}
			if err := grow(b); err != nil {
				return false, err
			}
			if b, err = s.readByte(); err == io.EOF {
				s.cell = bytes.TrimSuffix(s.cell, []byte{'\r'})
				return true, nil
			} else if err != nil {
				return false, err
			}
		}
	}
	quoted = true
	for {
		b, err := s.readByte()
		if err == io.EOF {
			return false, &broken{p: Problem{Line: start, Reason: ReasonUnclosedQuote}, cell: len(rec.cells)}
		}
		if err != nil {
			return false, err
		}
		if b != '"' {
			if err := grow(b); err != nil {
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
			if err := grow('"'); err != nil {
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
		return false, &broken{p: Problem{Line: start, Reason: ReasonBadQuote, OtherLine: s.line},
			cell: len(rec.cells)}
	}
}
