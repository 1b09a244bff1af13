package sheetio

import (
	"archive/zip"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"

	"github.com/klauspost/compress/flate"

	"frontoffice/model/csvio"
)

// Reader is an open workbook being read. Its small parts (the workbook, its
// relationships) are read with encoding/xml; a sheet's rows and the shared
// strings, which can be tens of megabytes, with xmlScanner as they are
// unpacked, never a whole sheet in memory or on disk.
type Reader struct {
	zr       *zip.ReadCloser
	files    map[string]*zip.File // by name, lower case
	sheets   []sheetRef
	strings  string // the shared strings' part, "" when none
	date1904 bool
	shared   []string // read when a sheet is first read
	loaded   bool
}

type sheetRef struct {
	name, part string
	hidden     bool
}

// Open opens the workbook at path for reading.
func Open(path string) (*Reader, error) {
	zr, err := zip.OpenReader(path)
	if err != nil {
		return nil, err
	}
	zr.RegisterDecompressor(zip.Deflate, func(r io.Reader) io.ReadCloser { return flate.NewReader(r) })
	r := &Reader{zr: zr, files: map[string]*zip.File{}}
	for _, f := range zr.File {
		r.files[strings.ToLower(strings.TrimPrefix(f.Name, "/"))] = f
	}
	if err := r.readWorkbook(); err != nil {
		zr.Close()
		return nil, err
	}
	return r, nil
}

// relationships are a part's links to others: Id → its part's name.
type relationships struct {
	Rel []struct {
		ID     string `xml:"Id,attr"`
		Type   string `xml:"Type,attr"`
		Target string `xml:"Target,attr"`
	} `xml:"Relationship"`
}

type workbookXML struct {
	Pr struct {
		Date1904 string `xml:"date1904,attr"`
	} `xml:"workbookPr"`
	Sheets []struct {
		Name  string `xml:"name,attr"`
		State string `xml:"state,attr"`
		ID    string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
		IDS   string `xml:"http://purl.oclc.org/ooxml/officeDocument/relationships id,attr"`
	} `xml:"sheets>sheet"`
}

// readWorkbook finds the workbook's part (through the package's
// relationships), its sheets, their parts, the date system and the shared
// strings' part.
func (r *Reader) readWorkbook() error {
	book := "xl/workbook.xml"
	var root relationships
	if err := r.decode("_rels/.rels", &root); err == nil {
		for _, rel := range root.Rel {
			if strings.HasSuffix(rel.Type, "/officeDocument") {
				book = partName("", rel.Target)
			}
		}
	}
	var wb workbookXML
	if err := r.decode(book, &wb); err != nil {
		return err
	}
	dir, base := path.Split(book)
	var rels relationships
	if err := r.decode(dir+"_rels/"+base+".rels", &rels); err != nil {
		return err
	}
	targets := map[string]string{}
	for _, rel := range rels.Rel {
		targets[rel.ID] = partName(dir, rel.Target)
		if strings.HasSuffix(rel.Type, "/sharedStrings") {
			r.strings = partName(dir, rel.Target)
		}
	}
	r.date1904 = wb.Pr.Date1904 == "1" || wb.Pr.Date1904 == "true"
	for _, s := range wb.Sheets {
		r.sheets = append(r.sheets, sheetRef{name: s.Name, part: targets[s.ID+s.IDS],
			hidden: s.State == "hidden" || s.State == "veryHidden"})
	}
	return nil
}

// partName is the part target points to from the folder dir.
func partName(dir, target string) string {
	if strings.HasPrefix(target, "/") {
		return path.Clean(target[1:])
	}
	return path.Clean(dir + target)
}

// open opens the part called name.
func (r *Reader) open(name string) (io.ReadCloser, error) {
	f := r.files[strings.ToLower(name)]
	if f == nil {
		return nil, fmt.Errorf("workbook: no part %s", name)
	}
	return f.Open()
}

// decode reads the small part name into v.
func (r *Reader) decode(name string, v any) error {
	rc, err := r.open(name)
	if err != nil {
		return err
	}
	defer rc.Close()
	if err := xml.NewDecoder(io.LimitReader(rc, 64<<20)).Decode(v); err != nil {
		return fmt.Errorf("workbook: %s: %w", name, err)
	}
	return nil
}

// Close releases the workbook.
func (r *Reader) Close() error { return r.zr.Close() }

// Sheets are the workbook's sheet names, in order.
func (r *Reader) Sheets() []string {
	var out []string
	for _, s := range r.sheets {
		out = append(out, s.name)
	}
	return out
}

// Date1904 reports whether the workbook counts dates from 1904 (old Mac Excel).
func (r *Reader) Date1904() bool { return r.date1904 }

// ErrNoSheet is a workbook with no sheet for the kind: none is named after
// it and it has more than one sheet.
var ErrNoSheet = errors.New("no sheet for this kind")

// FindSheet picks the sheet of kind k: the one whose name is k's or one of
// names (its name in each language), compared folded like search; else the
// workbook's only sheet (the only visible one, when others are hidden).
func (r *Reader) FindSheet(k csvio.Kind, names []string) (string, error) {
	want := map[string]bool{csvio.Fold(string(k)): true}
	for _, n := range names {
		want[csvio.Fold(n)] = true
	}
	for _, s := range r.sheets {
		if want[csvio.Fold(s.name)] {
			return s.name, nil
		}
	}
	var visible []string
	for _, s := range r.sheets {
		if !s.hidden {
			visible = append(visible, s.name)
		}
	}
	switch {
	case len(r.sheets) == 1:
		return r.sheets[0].name, nil
	case len(visible) == 1:
		return visible[0], nil
	}
	return "", ErrNoSheet
}
