package sheetio

import (
	"bufio"
	"encoding/binary"
	"errors"
	"io"
	"os"

	"frontoffice/model/csvio"
)

// Spool keeps the rows of a sheet as they are read the first time, in a
// temporary file, so the second reading of an import (the one that writes)
// reads them back from there instead of parsing the workbook's XML again,
// which is most of an import's time. Memory does not grow with the rows.
// What is written is then exactly what was checked.
type Spool struct {
	f    *os.File
	w    *bufio.Writer
	err  error // the first failure to write the spool
	done bool  // the first reading reached its end
}

// NewSpool makes an empty spool in the system's temporary folder.
func NewSpool() (*Spool, error) {
	f, err := os.CreateTemp("", "frontoffice-sheet-*.tmp")
	if err != nil {
		return nil, err
	}
	return &Spool{f: f, w: bufio.NewWriterSize(f, 256<<10)}, nil
}

// Close removes the spool's file.
func (s *Spool) Close() error {
	err := s.f.Close()
	if rerr := os.Remove(s.f.Name()); err == nil {
		err = rerr
	}
	return err
}

// Tee hands out src's rows, keeping each in the spool on the way.
func (s *Spool) Tee(src csvio.SheetRows) csvio.SheetRows { return &tee{s: s, src: src} }

type tee struct {
	s   *Spool
	src csvio.SheetRows
}

func (t *tee) Next() (int, []string, error) {
	row, cells, err := t.src.Next()
	if err == io.EOF {
		t.s.done = true
	}
	if err != nil || t.s.err != nil {
		return row, cells, err
	}
	var b [binary.MaxVarintLen64]byte
	put := func(n int) { t.s.write(b[:binary.PutUvarint(b[:], uint64(n))]) }
	put(row)
	put(len(cells))
	for _, c := range cells {
		put(len(c))
		t.s.write([]byte(c))
	}
	return row, cells, nil
}

func (s *Spool) write(p []byte) {
	if s.err == nil {
		_, s.err = s.w.Write(p)
	}
}

// ErrSpoolIncomplete is a spool read back before its first reading reached
// the sheet's end, or after it could not be written.
var ErrSpoolIncomplete = errors.New("the sheet's rows were not all kept")

// Rows reads the spool back from its start, row by row.
func (s *Spool) Rows() (csvio.SheetRows, error) {
	if s.err != nil {
		return nil, s.err
	}
	if !s.done {
		return nil, ErrSpoolIncomplete
	}
	if err := s.w.Flush(); err != nil {
		return nil, err
	}
	if _, err := s.f.Seek(0, io.SeekStart); err != nil {
		return nil, err
	}
	return &spooled{r: bufio.NewReaderSize(s.f, 256<<10)}, nil
}

type spooled struct {
	r   *bufio.Reader
	buf []byte
}

func (p *spooled) Next() (int, []string, error) {
	row, err := binary.ReadUvarint(p.r)
	if err != nil {
		return 0, nil, err // io.EOF at the end
	}
	n, err := binary.ReadUvarint(p.r)
	if err != nil || n > 1<<20 {
		return 0, nil, io.ErrUnexpectedEOF
	}
	cells := make([]string, n)
	for i := range cells {
		l, err := binary.ReadUvarint(p.r)
		if err != nil || l > 1<<30 {
			return 0, nil, io.ErrUnexpectedEOF
		}
		if uint64(cap(p.buf)) < l {
			p.buf = make([]byte, l)
		}
		if _, err := io.ReadFull(p.r, p.buf[:l]); err != nil {
			return 0, nil, io.ErrUnexpectedEOF
		}
		cells[i] = string(p.buf[:l])
	}
	return int(row), cells, nil
}
