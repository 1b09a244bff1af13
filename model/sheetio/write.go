package sheetio

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"math"
	"reflect"
	"strconv"
	"time"
	"unicode/utf8"
	"unsafe"

	"github.com/klauspost/compress/flate"
	"github.com/mattn/go-runewidth"
	"github.com/xuri/excelize/v2"

	"frontoffice/model"
)

// Type is how a column's cells are written.
type Type int

// The column types. A workbook keeps text as text whatever it looks like
// (an IIN 061211600012, a phone +77015551234 and a name that begins with =
// all stay strings: excelize writes them as inline strings, never formulas);
// numbers, money, hours and dates are written as numbers with a format.
const (
	Text      Type = iota
	Integer        // a whole number: a year, minutes
	Decimal        // hours: 0.0#
	Money          // tenge: # ##0
	Date           // a day: dd.mm.yyyy, stored as a day number
	Timestamp      // created_at, updated_at: yyyy-mm-dd hh:mm:ss, UTC
	Number         // a figure, whole or not: the General format (a report's values)
)

// Column is one column of a sheet: its contract name, the label people read
// in the header, and how its cells are written.
type Column struct {
	Name  string
	Label string
	Type  Type
}

// ColumnType is the type of the contract's column name (DESIGN.md §5) in
// any of its files.
func ColumnType(name string) Type {
	switch name {
	case "birth_year", "duration_min":
		return Integer
	case "hours", "verified_hours", "pending_hours", "counted_hours", "tier_hours":
		return Decimal
	case "budget_kzt", "amount_kzt":
		return Money
	case "date", "consent_at", "follow_up":
		return Date
	case "created_at", "updated_at":
		return Timestamp
	}
	return Text
}

// Book is a workbook being written, one sheet after another, each streamed.
type Book struct {
	f      *excelize.File
	styles map[Type]int
	bold   int
	sheets int
}

// NewBook starts an empty workbook.
func NewBook() (*Book, error) {
	f := excelize.NewFile()
	b := &Book{f: f, styles: map[Type]int{}}
	var err error
	if b.bold, err = f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true},
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"E8EEF7"}}}); err != nil {
		return nil, err
	}
	text := "@"
	for t, format := range map[Type]string{
		Text: text, Integer: "0", Number: "General", Decimal: "0.0#", Money: "#,##0", Date: "dd.mm.yyyy", Timestamp: "yyyy-mm-dd hh:mm:ss",
	} {
		format := format
		if b.styles[t], err = f.NewStyle(&excelize.Style{CustomNumFmt: &format}); err != nil {
			return nil, err
		}
	}
	return b, nil
}

// File is the workbook for what the stream writer does not do (a notes
// sheet, drop-down lists of a template).
func (b *Book) File() *excelize.File { return b.f }

// HeaderStyle is the style of a header cell (bold on a light fill).
func (b *Book) HeaderStyle() int { return b.bold }

// widthSample is how many rows, at most, decide the columns' widths: a sheet's
// first rows are kept until then (the stream writer needs the widths before
// its first row), so memory stays bounded whatever the number of rows.
const widthSample = 500

// Sheet is one sheet being streamed.
type Sheet struct {
	b      *Book
	name   string
	sw     *excelize.StreamWriter
	cols   []Column
	widths []float64
	held   [][]any // the first rows, until the widths are known
	row    int     // rows written so far, the header included
	open   bool    // the widths and the header are written
}

// AddSheet starts a sheet named name with cols; the header row is written
// bold, frozen and with an autofilter. The workbook's first sheet takes the
// place of the empty one a new workbook has.
func (b *Book) AddSheet(name string, cols []Column) (*Sheet, error) {
	name = SheetName(name)
	if b.sheets == 0 {
		if err := b.f.SetSheetName(b.f.GetSheetName(0), name); err != nil {
			return nil, err
		}
	} else if _, err := b.f.NewSheet(name); err != nil {
		return nil, err
	}
	b.sheets++
	sw, err := b.f.NewStreamWriter(name)
	if err != nil {
		return nil, err
	}
	s := &Sheet{b: b, name: name, sw: sw, cols: cols, widths: make([]float64, len(cols))}
	for i, c := range cols {
		s.fit(i, displayWidth(c.Label)+2) // bold, and the filter's button
	}
	return s, nil
}

// Write adds a row given as the CSV files write it (csvio's *Row functions):
// each cell is turned into its column's type; a cell that does not read as
// its type is written as text, as it is.
func (s *Sheet) Write(cells []string) error {
	row := make([]any, len(s.cols))
	for i := range s.cols {
		if i < len(cells) {
			row[i] = s.cell(i, cells[i])
		}
	}
	if !s.open {
		s.held = append(s.held, row)
		if len(s.held) < widthSample {
			return nil
		}
		return s.start()
	}
	return s.put(row)
}

// cell is one value as the stream writer takes it, its width noted while the
// widths are still being decided.
func (s *Sheet) cell(i int, v string) any {
	if v == "" {
		return nil
	}
	c := s.cols[i]
	var value any = v
	width := 0 // only while the widths are decided: the first rows
	switch c.Type {
	case Integer, Money:
		if n, err := strconv.ParseInt(v, 10, 64); err == nil {
			value, width = n, len(v)+len(v)/3
		}
	case Decimal, Number:
		if f, err := strconv.ParseFloat(v, 64); err == nil && !math.IsInf(f, 0) && !math.IsNaN(f) {
			value, width = f, len(v)
		}
	case Date:
		if t, err := time.Parse(model.DateLayout, v); err == nil {
			value, width = t, 10
		}
	case Timestamp:
		if t, err := time.Parse(time.RFC3339, v); err == nil {
			value, width = t.UTC(), 19
		}
	}
	if !s.open {
		if width == 0 {
			width = displayWidth(v)
		}
		s.fit(i, width)
	}
	if _, isText := value.(string); isText && c.Type != Text {
		return excelize.Cell{Value: v} // not its type: text, in the General format
	}
	return excelize.Cell{StyleID: s.b.styles[c.Type], Value: value}
}

// fit widens column i for a cell of width characters.
func (s *Sheet) fit(i int, width int) {
	if w := float64(width) + 1.5; w > s.widths[i] {
		s.widths[i] = min(w, 60)
	}
}

// start writes the widths, the frozen header and the rows held so far.
func (s *Sheet) start() error {
	s.open = true
	// Last column first: excelize puts each new one in front, and Excel
	// wants them in order.
	for i := len(s.widths) - 1; i >= 0; i-- {
		if err := s.sw.SetColWidth(i+1, i+1, max(s.widths[i], 8)); err != nil {
			return err
		}
	}
	// Each column keeps its format for the rows people add: an IIN typed
	// into a text column keeps its leading zero.
	for i, c := range s.cols {
		if err := s.sw.SetColStyle(i+1, i+1, s.b.styles[c.Type]); err != nil {
			return err
		}
	}
	if err := s.sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	header := make([]any, len(s.cols))
	for i, c := range s.cols {
		header[i] = excelize.Cell{StyleID: s.b.bold, Value: c.Label}
	}
	if err := s.put(header); err != nil {
		return err
	}
	for _, row := range s.held {
		if err := s.put(row); err != nil {
			return err
		}
	}
	s.held = nil
	return nil
}

func (s *Sheet) put(row []any) error {
	s.row++
	cell, err := excelize.CoordinatesToCellName(1, s.row)
	if err != nil {
		return err
	}
	return s.sw.SetRow(cell, row)
}

// Close ends the sheet: the autofilter over the header and every row, and
// the stream's end.
func (s *Sheet) Close() error {
	if !s.open {
		if err := s.start(); err != nil {
			return err
		}
	}
	last, err := excelize.CoordinatesToCellName(len(s.cols), max(s.row, 2))
	if err != nil {
		return err
	}
	if err := s.b.f.AutoFilter(s.name, "A1:"+last, nil); err != nil {
		return fmt.Errorf("sheet %s: autofilter: %w", s.name, err)
	}
	if err := s.sw.Flush(); err != nil {
		return err
	}
	releaseChunk(s.sw)
	return nil
}

// Name is the sheet's name in the workbook.
func (s *Sheet) Name() string { return s.name }

// Rows is the number of rows written, the header not counted.
func (s *Sheet) Rows() int { return max(s.row-1, 0) + len(s.held) }

// WriteTo writes the workbook to w as it goes. excelize's own WriteTo builds
// the whole file in memory first (80 MB at 100 000 people and ideas); here
// its zip writer is pointed at w instead, so the buffer it builds stays
// empty. The deflate is the fastest (klauspost/compress, level 1): a
// fraction of the standard library's default level's time, the file about
// 15 % larger.
func (b *Book) WriteTo(w io.Writer) (int64, error) {
	cw := &countWriter{w: w}
	b.f.SetZipWriter(func(io.Writer) excelize.ZipWriter {
		zw := zip.NewWriter(cw)
		zw.RegisterCompressor(zip.Deflate, func(out io.Writer) (io.WriteCloser, error) {
			return flate.NewWriter(out, flate.BestSpeed)
		})
		return zw
	})
	buf, err := b.f.WriteToBuffer()
	if err == nil && buf.Len() > 0 {
		// Only a part over 4 GiB (zip64) or a password would put anything
		// here; neither is written by this package.
		err = fmt.Errorf("workbook: %d bytes left in excelize's buffer", buf.Len())
	}
	return cw.n, err
}

// countWriter counts what goes through it.
type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// releaseChunk gives back the memory a flushed stream writer keeps: excelize
// holds each sheet's rows in a buffer until it passes 16 MB, then moves them
// to a temporary file, and keeps the emptied buffer (up to 32 MB, a sheet)
// until the workbook is closed. Once the sheet is in its temporary file the
// buffer is empty and dropped here. excelize v2.11.1's fields, read by
// reflection: a version without them leaves the buffer be
// (TestReleaseChunk fails then).
func releaseChunk(sw *excelize.StreamWriter) bool {
	raw := reflect.ValueOf(sw).Elem().FieldByName("rawData")
	if !raw.IsValid() || raw.Kind() != reflect.Struct {
		return false
	}
	tmp, buf := raw.FieldByName("tmp"), raw.FieldByName("buf")
	if !tmp.IsValid() || tmp.Kind() != reflect.Pointer || tmp.IsNil() ||
		!buf.IsValid() || buf.Type() != reflect.TypeFor[bytes.Buffer]() || !buf.CanAddr() {
		return false
	}
	b := (*bytes.Buffer)(unsafe.Pointer(buf.UnsafeAddr()))
	if b.Len() != 0 {
		return false
	}
	*b = bytes.Buffer{}
	return true
}

// Close releases the workbook's temporary files.
func (b *Book) Close() error { return b.f.Close() }

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
