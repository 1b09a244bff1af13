package report

import (
	"encoding/json"
	"io"

	"frontoffice/model/csvio"
	"frontoffice/model/sheetio"
)

// The report's files: CSV, a workbook and JSON (DESIGN.md §4–5). They hold
// no words of their own: Labeler names each line in the reader's language
// (ui/reports makes one from its translator), the workbook's column labels
// and sheet name are given.

// CSVHeader is the report's CSV header: the long form, one figure a row.
// section is a name from this package (totals, ideas_by_direction,
// reach_planned, office_people…), code a code from DOMAIN.md (or a month,
// YYYY-MM, or a total's name, or an office id), label its name in the
// chosen language, value the figure (whole numbers, hours with a decimal
// point).
var CSVHeader = []string{"section", "code", "label", "value"}

// Labeler names line code of section for a person.
type Labeler func(section, code string) string

// EachRow hands every figure of r to write as a row of CSVHeader's columns.
// Every known code is listed, zeros too.
func (r Report) EachRow(label Labeler, write func([]string) error) error {
	for _, s := range r.Sections() {
		for _, l := range s.Lines {
			if err := write([]string{s.Name, l.Code, label(s.Name, l.Code), FormatValue(l.Value)}); err != nil {
				return err
			}
		}
	}
	return nil
}

// WriteCSV writes every figure of r in the long form of CSVHeader, as the
// other CSV files are written (DESIGN.md §5), through csvio's SheetWriter:
// UTF-8 with a byte-order mark, RFC 4180 quoting, CRLF line ends, text cells
// neutralised against formula injection.
func WriteCSV(w io.Writer, r Report, label Labeler) error {
	// section and code are the program's own words, but label is a name, and
	// every text cell goes through the one neutralising writer; value is a
	// number.
	cw, err := csvio.NewSheetWriter(w, CSVHeader, "value")
	if err != nil {
		return err
	}
	if err := r.EachRow(label, cw.Write); err != nil {
		return err
	}
	return cw.Flush()
}

// WriteXLSX writes the rows of WriteCSV as a workbook of one sheet called
// sheetName, the figures as numbers, each column of CSVHeader headed by
// colLabel of its name (docs/sheets.md).
func WriteXLSX(w io.Writer, r Report, label Labeler, colLabel func(string) string, sheetName string) error {
	book, err := sheetio.NewBook()
	if err != nil {
		return err
	}
	defer book.Close()
	cols := make([]sheetio.Column, len(CSVHeader))
	for i, name := range CSVHeader {
		cols[i] = sheetio.Column{Name: name, Label: colLabel(name), Type: sheetio.Text}
	}
	cols[3].Type = sheetio.Number
	sheet, err := book.AddSheet(sheetName, cols)
	if err != nil {
		return err
	}
	if err := r.EachRow(label, sheet.Write); err != nil {
		return err
	}
	if err := sheet.Close(); err != nil {
		return err
	}
	_, err = book.WriteTo(w)
	return err
}

// WriteJSON writes r as one JSON object (DESIGN.md §4), indented.
func WriteJSON(w io.Writer, r Report) error {
	data, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(data, '\n'))
	return err
}
