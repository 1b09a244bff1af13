package sheetio

import (
	"archive/zip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"sync"

	"github.com/klauspost/compress/flate"
	"github.com/xuri/excelize/v2"
)

// Type is how a column's cells are written.
type Type int

// The column types. A workbook keeps text as text whatever it looks like
// (an IIN 061211600012, a phone +77015551234 and a name that begins with =
// all stay strings: they are written as inline strings, never formulas);
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

// Book is a workbook being written. excelize keeps what is small (the
// workbook's parts, styles, a template's notes); the sheets of rows are
// written by this package (sheetxml.go), each by its own goroutine into its
// own compressed temporary file, so the sheets of a workbook can be written
// at the same time, and each sheet's XML and deflate run beside the code
// that reads its rows. WriteTo puts them into the zip as they are.
type Book struct {
	f      *excelize.File
	dir    string     // where the sheets' temporary files go; "" in memory
	mu     sync.Mutex // f, and parts
	styles map[Type]int
	bold   int
	sheets []*Sheet
	parts  map[string]*part // a sheet's part in the zip → what was written for it
}

// NewBook starts an empty workbook whose sheets are kept in memory,
// compressed, until WriteTo: for a small workbook (a report, credits, a
// template). A big one (export-sheet) is NewBookIn its output's folder.
func NewBook() (*Book, error) { return NewBookIn("") }

// NewBookIn starts an empty workbook whose sheets are kept, compressed, in
// temporary files in dir (the output's folder; "" keeps them in memory)
// until WriteTo. A sheet holds people's data, so its file is hidden, 0600,
// never in the system's temporary folder, and removed from the folder as
// soon as it is made where the system allows (written and read through its
// open handle: a killed export leaves nothing); elsewhere (Windows) it is
// removed on Close, and a file left by an export killed there is removed
// here, at the next workbook written to that folder.
func NewBookIn(dir string) (*Book, error) {
	if dir != "" {
		removeLeftovers(dir)
	}
	f := excelize.NewFile()
	b := &Book{f: f, dir: dir, styles: map[Type]int{}, parts: map[string]*part{}}
	var err error
	if b.bold, err = f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true},
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"E8EEF7"}}}); err != nil {
		return nil, err
	}
	for _, t := range []Type{Text, Integer, Number, Decimal, Money, Date, Timestamp} {
		format := map[Type]string{Text: "@", Integer: "0", Number: "General", Decimal: "0.0#", Money: "#,##0",
			Date: "dd.mm.yyyy", Timestamp: "yyyy-mm-dd hh:mm:ss"}[t]
		if b.styles[t], err = f.NewStyle(&excelize.Style{CustomNumFmt: &format}); err != nil {
			return nil, err
		}
	}
	return b, nil
}

// File is the workbook for what is not a sheet of rows (a notes sheet, the
// lists of a template). Not to be used while sheets are being written.
func (b *Book) File() *excelize.File { return b.f }

// HeaderStyle is the style of a header cell (bold on a light fill).
func (b *Book) HeaderStyle() int { return b.bold }

// AddSheet starts a sheet named name with cols; the header row is written
// bold, frozen and with an autofilter. The workbook's first sheet takes the
// place of the empty one a new workbook has. The rows are written by a
// goroutine of the sheet's own: sheets of one book may be written at the
// same time, each from one goroutine.
func (b *Book) AddSheet(name string, cols []Column) (*Sheet, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	name = SheetName(name)
	if len(b.sheets) == 0 {
		if err := b.f.SetSheetName(b.f.GetSheetName(0), name); err != nil {
			return nil, err
		}
	} else if _, err := b.f.NewSheet(name); err != nil {
		return nil, err
	}
	path := ""
	for id, n := range b.f.GetSheetMap() {
		if n == name {
			// Where excelize keeps a sheet it made (NewSheet); WriteTo
			// checks that each of these parts was asked for.
			path = fmt.Sprintf("xl/worksheets/sheet%d.xml", id)
		}
	}
	data, err := newPartData(b.dir)
	if err != nil {
		return nil, err
	}
	p := &part{f: data}
	b.parts[path] = p
	s := newSheet(b, name, cols, p, len(b.sheets) == 0)
	b.sheets = append(b.sheets, s)
	return s, nil
}

// part is a sheet's XML as written: deflated into a temporary file (or
// memory), with what a zip entry needs to say about it.
type part struct {
	f          partData
	crc        uint32
	size, zlen int64
	done, used bool
}

// autoFilter marks the header and rows of sheet for the workbook's filter
// (the name Excel keeps beside the sheet's own autoFilter element).
func (b *Book) autoFilter(sheet, ref string) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.f.AutoFilter(sheet, ref, nil)
}

// WriteTo writes the workbook to w as it goes, through excelize's zip
// writer pointed at w, each sheet of rows copied in as it was compressed
// (the fastest deflate, klauspost/compress level 1). Every sheet must be
// closed first.
func (b *Book) WriteTo(w io.Writer) (int64, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, p := range b.parts {
		if !p.done {
			return 0, errors.New("workbook: a sheet is not closed")
		}
		p.used = false
	}
	cw := &countWriter{w: w}
	var zerr error
	b.f.SetZipWriter(func(io.Writer) excelize.ZipWriter {
		zw := zip.NewWriter(cw)
		zw.RegisterCompressor(zip.Deflate, func(out io.Writer) (io.WriteCloser, error) {
			return flate.NewWriter(out, flate.BestSpeed)
		})
		return &bookZip{zw: zw, parts: b.parts, err: &zerr}
	})
	buf, err := b.f.WriteToBuffer()
	if err == nil && zerr != nil {
		err = zerr
	}
	if err == nil && buf.Len() > 0 {
		// Only a part over 4 GiB (zip64) or a password would put anything
		// here; neither is written by this package.
		err = fmt.Errorf("workbook: %d bytes left in excelize's buffer", buf.Len())
	}
	for path, p := range b.parts {
		if err == nil && !p.used {
			err = fmt.Errorf("workbook: excelize did not write %s", path)
		}
	}
	return cw.n, err
}

// bookZip is the zip excelize writes the workbook into: a sheet written
// here replaces excelize's (empty) one, copied in compressed as it is.
type bookZip struct {
	zw    *zip.Writer
	parts map[string]*part
	err   *error
}

func (z *bookZip) Create(name string) (io.Writer, error) {
	p := z.parts[name]
	if p == nil {
		return z.zw.Create(name)
	}
	p.used = true
	w, err := z.zw.CreateRaw(&zip.FileHeader{Name: name, Method: zip.Deflate, CRC32: p.crc,
		CompressedSize64: uint64(p.zlen), UncompressedSize64: uint64(p.size)})
	if err == nil {
		_, err = io.Copy(w, io.NewSectionReader(p.f, 0, p.zlen))
	}
	if err != nil {
		*z.err = err
		return nil, err
	}
	return io.Discard, nil
}

func (z *bookZip) AddFS(fsys fs.FS) error { return z.zw.AddFS(fsys) }
func (z *bookZip) Close() error           { return z.zw.Close() }

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

// Close stops the sheets still being written and removes their temporary
// files (or memory), and excelize's.
func (b *Book) Close() error {
	for _, s := range b.sheets {
		s.stop()
		s.wait()
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, p := range b.parts {
		p.f.discard()
	}
	return b.f.Close()
}
