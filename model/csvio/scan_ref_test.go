package csvio

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"
)

// refScanner is the scanner as it was before it read cells a buffer at a
// time (session 10): the byte-at-a-time reading the faster one must match
// record for record and fault for fault (FuzzScanMatchesReference).

type refScanner struct {
	r    *bufio.Reader
	line int    // the line of the next byte, from 1
	cell []byte // the cell being read
}

// newScanner reads the start of r: a UTF-16 file (by its byte-order mark, or
// by the NUL bytes every other byte of Latin text is in UTF-16) is refused
// there; a UTF-8 byte-order mark is skipped.
func newRefScanner(r io.Reader) (*refScanner, error) {
	s := &refScanner{r: bufio.NewReaderSize(r, 64<<10), line: 1}
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
func (s *refScanner) readByte() (byte, error) {
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
func (s *refScanner) next() (record, error) {
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
func (s *refScanner) field(rec *record, rowBytes int) (end bool, err error) {
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

// FuzzScanMatchesReference: the scanner reads every file as the reference
// does — the same records (cells, first lines, bare quotes, cells past the
// kept ones) and the same fault (reason, lines, cell) — whether the file
// comes in one piece or a byte at a time (a buffer's edge anywhere), and
// past the limits. Seeds: FuzzScan's.
func FuzzScanMatchesReference(f *testing.F) {
	f.Add([]byte("a,b\r\n\"c\r\nd\",\"e\"\"f\"\r\n\r\n"))
	f.Add([]byte("a,5\" screen,c\nx\x00y\n"))
	f.Add([]byte("\"open,\nnever closed"))
	f.Add([]byte("\"a\"b,c\n\"d\"\r\n\"e\"\rx"))
	f.Add([]byte("\xef\xbb\xbfa,\xff\n"))
	f.Add(bytes.Repeat([]byte("x"), 100))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkScanMatches(t, data)
	})
}

// TestScanMatchesReferenceAtLimits: cells and rows around MaxCellBytes and
// MaxRowBytes, quoted and not, over several lines, and very wide rows.
func TestScanMatchesReferenceAtLimits(t *testing.T) {
	big := func(n int, b byte) string { return strings.Repeat(string(b), n) }
	files := []string{
		big(MaxCellBytes, 'a') + ",b\n",
		big(MaxCellBytes+1, 'a') + ",b\n",
		"x,\"" + big(MaxCellBytes-2, 'a') + "\n" + big(10, 'b') + "\"\n",
		"x,\"" + big(MaxCellBytes+5, 'a') + "\"\n",
		"\"" + big(MaxCellBytes/2, 'a') + "\n" + big(MaxCellBytes, 'b') + "\"\n",
		strings.Repeat(big(MaxCellBytes-1, 'c')+",", 16) + "end\n",
		strings.Repeat(big(MaxCellBytes, 'c')+",", 17) + "end\n",
		strings.Repeat("\""+big(MaxCellBytes-3, 'q')+"\",", 17) + "\n",
		strings.Repeat(",", 3000) + "\nnext,row\n",
		strings.Repeat("a,", 1100) + "z\r\nb\r\n",
		strings.Repeat("ab,\"c\nd\",e\r\n", 20000),
	}
	for i, file := range files {
		t.Run(fmt.Sprint(i), func(t *testing.T) { checkScanMatches(t, []byte(file)) })
	}
}

// checkScanMatches compares the two scanners on data, read whole and a
// byte at a time.
func checkScanMatches(t *testing.T, data []byte) {
	t.Helper()
	for _, oneByte := range []bool{false, true} {
		in := func() io.Reader {
			if oneByte {
				return iotest.OneByteReader(bytes.NewReader(data))
			}
			return bytes.NewReader(data)
		}
		want := refScan(in())
		got := newScan(in())
		if len(got) != len(want) {
			t.Fatalf("one byte %v: %d steps, the reference %d\n got %q\nwant %q", oneByte, len(got), len(want), got, want)
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("one byte %v, step %d:\n got %q\nwant %q", oneByte, i, got[i], want[i])
			}
		}
	}
}

// refScan and newScan are each scanner's reading of a file, a line of
// text a record, and the fault or the end last.
func refScan(r io.Reader) []string {
	sc, err := newRefScanner(r)
	var out []string
	for err == nil {
		var rec record
		if rec, err = sc.next(); err == nil {
			out = append(out, fmt.Sprintf("%d %d %d %q", rec.line, rec.bareQuote, rec.more, rec.cells))
		}
	}
	return append(out, scanEnd(err))
}

func newScan(r io.Reader) []string {
	sc, err := newScanner(r)
	var out []string
	for err == nil {
		var rec record
		if rec, err = sc.next(); err == nil {
			out = append(out, fmt.Sprintf("%d %d %d %q", rec.line, rec.bareQuote, rec.more, rec.cells))
		}
	}
	return append(out, scanEnd(err))
}

func scanEnd(err error) string {
	var b *broken
	if errors.As(err, &b) {
		return fmt.Sprintf("broken %+v cell %d", b.p, b.cell)
	}
	return fmt.Sprint(err)
}
