package sheetio

import (
	"bufio"
	"errors"
	"hash/crc32"
	"io"
	"math"
	"strconv"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"github.com/klauspost/compress/flate"
	"github.com/mattn/go-runewidth"
	"github.com/xuri/excelize/v2"

	"frontoffice/model"
)

// This file writes a sheet's XML (the worksheet part of the workbook)
// itself, as excelize's stream writer did, without its per-cell work: a row
// is appended to a byte buffer, cell by cell, and deflated as it goes. What
// is written: the frozen header row (bold), the columns' widths and formats,
// the rows (text as inline strings, numbers, days as day numbers), the
// autofilter and a template's drop-down lists.

// widthSample is how many rows, at most, decide the columns' widths: a sheet's
// first rows are kept until then (the widths come before the first row),
// so memory stays bounded whatever the number of rows.
const widthSample = 500

// batchRows is how many rows go to the sheet's goroutine at a time.
const batchRows = 256

// Sheet is one sheet being written.
type Sheet struct {
	b      *Book
	name   string
	first  bool // the workbook's first sheet: the one shown
	cols   []Column
	lists  []dropList
	batch  batch
	rows   int // rows given, the header not counted
	queue  chan batch
	done   chan error
	failed atomic.Pointer[error] // the goroutine's failure, seen by Write
	closed bool
	p      *part

	finished bool  // the goroutine ended
	result   error // how
}

// batch is rows laid end to end: cells, and where each row ends in them.
type batch struct {
	cells []string
	ends  []int
}

// dropList is a drop-down list on one column of a template's rows.
type dropList struct {
	col          int // from 0
	rows         int // rows 2 … rows+1
	source       string
	title, error string
}

func newSheet(b *Book, name string, cols []Column, p *part, first bool) *Sheet {
	s := &Sheet{b: b, name: name, first: first, cols: cols, p: p,
		queue: make(chan batch, 4), done: make(chan error, 1)}
	go func() { s.done <- s.run() }()
	return s
}

// Write adds a row given as the CSV files write it (csvio's *Row functions):
// each cell is turned into its column's type; a cell that does not read as
// its type is written as text, as it is. The cells are read later, by the
// sheet's goroutine: the strings are kept, not the slice.
func (s *Sheet) Write(cells []string) error {
	if err := s.failed.Load(); err != nil {
		return *err
	}
	if s.closed {
		return errors.New("sheet: write after close")
	}
	s.batch.cells = append(s.batch.cells, cells...)
	s.batch.ends = append(s.batch.ends, len(s.batch.cells))
	s.rows++
	if len(s.batch.ends) >= batchRows {
		s.queue <- s.batch
		s.batch = batch{cells: make([]string, 0, len(s.batch.cells)), ends: make([]int, 0, batchRows)}
	}
	return nil
}

// AddDropList puts a drop-down list on column col (from 0) of rows 2 to
// rows+1, its values those of the range source (e.g. 'Lists'!$A$2:$A$15);
// something else typed is warned about with title and message. Before Close.
func (s *Sheet) AddDropList(col, rows int, source, title, message string) {
	s.lists = append(s.lists, dropList{col: col, rows: rows, source: source, title: title, error: message})
}

// Close ends the sheet: the autofilter over the header and every row, and
// the part's end.
func (s *Sheet) Close() error {
	if s.closed {
		return errors.New("sheet: closed twice")
	}
	s.stop()
	if err := s.wait(); err != nil {
		return err
	}
	last, err := excelize.CoordinatesToCellName(len(s.cols), max(s.rows+1, 2))
	if err != nil {
		return err
	}
	return s.b.autoFilter(s.name, "A1:"+last)
}

// stop hands the last rows to the goroutine and tells it there are no more.
func (s *Sheet) stop() {
	if s.closed {
		return
	}
	s.closed = true
	if len(s.batch.ends) > 0 {
		s.queue <- s.batch
		s.batch = batch{}
	}
	close(s.queue)
}

// wait waits for the sheet's goroutine to end and says how it ended.
func (s *Sheet) wait() error {
	if !s.finished {
		s.result, s.finished = <-s.done, true
	}
	return s.result
}

// Name is the sheet's name in the workbook.
func (s *Sheet) Name() string { return s.name }

// Rows is the number of rows written, the header not counted.
func (s *Sheet) Rows() int { return s.rows }

// run is the sheet's goroutine: it writes the XML of the rows that come,
// deflated, into the part's file. After a failure it takes the rows that
// still come and drops them, so Write never waits for nothing.
func (s *Sheet) run() (err error) {
	x := newSheetXML(s)
	defer func() {
		if err != nil {
			s.failed.Store(&err)
			for range s.queue {
			}
		}
	}()
	var held []batch
	n := 0
	for b := range s.queue {
		if x.open {
			if err := x.rows(b); err != nil {
				return err
			}
			continue
		}
		held = append(held, b)
		x.measure(b)
		if n += len(b.ends); n >= widthSample {
			if err := x.start(held); err != nil {
				return err
			}
			held = nil
		}
	}
	if !x.open {
		if err := x.start(held); err != nil {
			return err
		}
	}
	return x.end()
}

// sheetXML writes one sheet's XML: cells into buf, buf through the CRC into
// the deflate, the deflate into the part's file.
type sheetXML struct {
	s      *Sheet
	buf    []byte
	refs   []string // the columns' letters
	styles []string // the columns' cell styles, as attributes
	widths []float64
	row    int
	open   bool
	crc    uint32
	size   int64
	zw     *flate.Writer
	file   *bufio.Writer
	zlen   countWriter
}

func newSheetXML(s *Sheet) *sheetXML {
	x := &sheetXML{s: s, widths: make([]float64, len(s.cols))}
	x.zlen.w = s.p.f
	x.file = bufio.NewWriterSize(&x.zlen, 256<<10)
	x.zw, _ = flate.NewWriter(x.file, flate.BestSpeed) // the level is valid
	for i, c := range s.cols {
		letter, _ := excelize.ColumnNumberToName(i + 1)
		x.refs = append(x.refs, letter)
		x.styles = append(x.styles, ` s="`+strconv.Itoa(s.b.styles[c.Type])+`"`)
		x.fit(i, displayWidth(c.Label)+2) // bold, and the filter's button
	}
	return x
}

// flush sends what buf holds on, once it is big enough (or at the end).
func (x *sheetXML) flush(end bool) error {
	if len(x.buf) < 64<<10 && !end {
		return nil
	}
	x.crc = crc32.Update(x.crc, crc32.IEEETable, x.buf)
	x.size += int64(len(x.buf))
	_, err := x.zw.Write(x.buf)
	x.buf = x.buf[:0]
	return err
}

// end writes the sheet's tail and finishes the part.
func (x *sheetXML) end() error {
	x.tail()
	if err := x.flush(true); err != nil {
		return err
	}
	if err := x.zw.Close(); err != nil {
		return err
	}
	if err := x.file.Flush(); err != nil {
		return err
	}
	p := x.s.p
	p.crc, p.size, p.zlen = x.crc, x.size, x.zlen.n
	x.s.b.mu.Lock()
	p.done = true
	x.s.b.mu.Unlock()
	return nil
}

// fit widens column i for a cell of width characters.
func (x *sheetXML) fit(i int, width int) {
	if w := float64(width) + 1.5; w > x.widths[i] {
		x.widths[i] = min(w, 60)
	}
}

// measure widens the columns for the rows of b (the first rows).
func (x *sheetXML) measure(b batch) {
	from := 0
	for _, end := range b.ends {
		for i, v := range b.cells[from:min(end, from+len(x.widths))] {
			if v != "" {
				x.fit(i, cellWidth(x.s.cols[i].Type, v))
			}
		}
		from = end
	}
}

// cellWidth is how wide v is shown in a column of type t.
func cellWidth(t Type, v string) int {
	switch t {
	case Integer, Money:
		if _, err := strconv.ParseInt(v, 10, 64); err == nil {
			return len(v) + len(v)/3
		}
	case Decimal, Number:
		if _, ok := finite(v); ok {
			return len(v)
		}
	case Date:
		if _, err := time.Parse(model.DateLayout, v); err == nil {
			return 10
		}
	case Timestamp:
		if _, err := time.Parse(time.RFC3339, v); err == nil {
			return 19
		}
	}
	return displayWidth(v)
}

// finite reads v as a finite number.
func finite(v string) (float64, bool) {
	f, err := strconv.ParseFloat(v, 64)
	return f, err == nil && !math.IsInf(f, 0) && !math.IsNaN(f)
}

// rows writes the rows of b.
func (x *sheetXML) rows(b batch) error {
	from := 0
	for _, end := range b.ends {
		x.writeRow(b.cells[from:end])
		from = end
		if err := x.flush(false); err != nil {
			return err
		}
	}
	return nil
}

// displayWidth is how many character cells s takes: a Cyrillic letter one,
// whatever its bytes; a wide (East Asian) one two. The longest line counts.
func displayWidth(s string) int {
	w, line := 0, 0
	for _, r := range s {
		if r == '\n' {
			line = 0
			continue
		}
		line += runewidth.RuneWidth(r)
		w = max(w, line)
	}
	if w == 0 && utf8.RuneCountInString(s) > 0 {
		return 1
	}
	return w
}

var _ io.Writer = (*countWriter)(nil)
