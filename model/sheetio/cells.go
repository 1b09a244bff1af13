package sheetio

import (
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"frontoffice/model"
)

// The XML of a sheet's parts: its head (view, columns), rows and cells, and
// its tail (filter, drop-down lists). Text is escaped as excelize escapes it,
// so its reader (and ours, read.go) read back the same string.

const sheetHead = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
	`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ` +
	`xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">`

// start writes the head (the frozen header, the columns' widths and
// formats), the header row and the rows held so far.
func (x *sheetXML) start(held []batch) error {
	x.open = true
	x.buf = append(x.buf, sheetHead...)
	x.buf = append(x.buf, `<sheetViews><sheetView`...)
	if x.s.first {
		x.buf = append(x.buf, ` tabSelected="1"`...)
	}
	x.buf = append(x.buf, ` workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>`+
		`<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>`+
		`<sheetFormatPr defaultRowHeight="15"/><cols>`...)
	// Each column keeps its format for the rows people add: an IIN typed
	// into a text column keeps its leading zero.
	for i, w := range x.widths {
		x.buf = append(x.buf, `<col min="`...)
		x.buf = strconv.AppendInt(x.buf, int64(i+1), 10)
		x.buf = append(x.buf, `" max="`...)
		x.buf = strconv.AppendInt(x.buf, int64(i+1), 10)
		x.buf = append(x.buf, `" width="`...)
		x.buf = strconv.AppendFloat(x.buf, max(w, 8), 'f', -1, 64)
		x.buf = append(x.buf, '"')
		x.buf = append(x.buf, x.styles[i]...)
		x.buf = append(x.buf, ` customWidth="1"/>`...)
	}
	x.buf = append(x.buf, `</cols><sheetData><row r="1">`...)
	x.row = 1
	bold := ` s="` + strconv.Itoa(x.s.b.bold) + `"`
	for i, c := range x.s.cols {
		x.inline(i, bold, c.Label)
	}
	x.buf = append(x.buf, `</row>`...)
	for _, b := range held {
		if err := x.rows(b); err != nil {
			return err
		}
	}
	return x.flush(false)
}

// tail ends the sheet's rows: the autofilter over the header and every row,
// the drop-down lists.
func (x *sheetXML) tail() {
	x.buf = append(x.buf, `</sheetData><autoFilter ref="A1:`...)
	x.buf = append(x.buf, x.refs[len(x.refs)-1]...)
	x.buf = strconv.AppendInt(x.buf, int64(max(x.row, 2)), 10)
	x.buf = append(x.buf, `"/>`...)
	if lists := x.s.lists; len(lists) > 0 {
		x.buf = append(x.buf, `<dataValidations count="`...)
		x.buf = strconv.AppendInt(x.buf, int64(len(lists)), 10)
		x.buf = append(x.buf, `">`...)
		for _, l := range lists {
			x.buf = append(x.buf, `<dataValidation type="list" errorStyle="warning" allowBlank="1" showErrorMessage="1" errorTitle="`...)
			x.buf = appendEscaped(x.buf, l.title, true)
			x.buf = append(x.buf, `" error="`...)
			x.buf = appendEscaped(x.buf, l.error, true)
			ref := x.refs[l.col]
			x.buf = append(x.buf, `" sqref="`+ref+`2:`+ref+strconv.Itoa(l.rows+1)+`"><formula1>`...)
			x.buf = appendEscaped(x.buf, l.source, false)
			x.buf = append(x.buf, `</formula1></dataValidation>`...)
		}
		x.buf = append(x.buf, `</dataValidations>`...)
	}
	x.buf = append(x.buf, `</worksheet>`...)
}

// writeRow writes one row of cells, an empty cell left out.
func (x *sheetXML) writeRow(cells []string) {
	x.row++
	x.buf = append(x.buf, `<row r="`...)
	x.buf = strconv.AppendInt(x.buf, int64(x.row), 10)
	x.buf = append(x.buf, `">`...)
	for i, v := range cells[:min(len(cells), len(x.refs))] {
		if v == "" {
			continue
		}
		if t := x.s.cols[i].Type; t == Text {
			x.inline(i, x.styles[i], v)
		} else if !x.number(i, t, v) {
			x.inline(i, "", v) // not its type: text, in the General format
		}
	}
	x.buf = append(x.buf, `</row>`...)
}

// cellStart opens cell i of the current row, with style (an attribute).
func (x *sheetXML) cellStart(i int, style string) {
	x.buf = append(x.buf, `<c r="`...)
	x.buf = append(x.buf, x.refs[i]...)
	x.buf = strconv.AppendInt(x.buf, int64(x.row), 10)
	x.buf = append(x.buf, '"')
	x.buf = append(x.buf, style...)
}

// inline writes v as an inline string: never a formula, whatever it begins
// with. Excel keeps at most 32 767 characters (UTF-16) in a cell.
func (x *sheetXML) inline(i int, style, v string) {
	x.cellStart(i, style)
	x.buf = append(x.buf, ` t="inlineStr"><is><t`...)
	if len(v) > maxCellChars {
		v = truncateUTF16(v, maxCellChars)
	}
	if v != "" && (strings.IndexByte(" \t\n\r", v[0]) >= 0 || strings.IndexByte(" \t\n\r", v[len(v)-1]) >= 0) {
		x.buf = append(x.buf, ` xml:space="preserve"`...)
	}
	x.buf = append(x.buf, '>')
	x.buf = appendEscaped(x.buf, v, false)
	x.buf = append(x.buf, `</t></is></c>`...)
}

// maxCellChars is how many characters (UTF-16 units) a cell holds.
const maxCellChars = 32767

func truncateUTF16(s string, n int) string {
	units := 0
	for i, r := range s {
		if units += utf16Len(r); units > n {
			return s[:i]
		}
	}
	return s
}

func utf16Len(r rune) int {
	if r >= 0x10000 {
		return 2
	}
	return 1
}

// number writes v as a number of type t with the column's format; false
// when v is not one.
func (x *sheetXML) number(i int, t Type, v string) bool {
	start := len(x.buf)
	x.cellStart(i, x.styles[i])
	x.buf = append(x.buf, `><v>`...)
	ok := false
	switch t {
	case Integer, Money:
		if n, err := strconv.ParseInt(v, 10, 64); err == nil {
			x.buf, ok = strconv.AppendInt(x.buf, n, 10), true
		}
	case Decimal, Number:
		if f, fine := finite(v); fine {
			x.buf, ok = strconv.AppendFloat(x.buf, f, 'f', -1, 64), true
		}
	case Date:
		if d, err := time.Parse(model.DateLayout, v); err == nil {
			x.buf, ok = appendSerial(x.buf, d)
		}
	case Timestamp:
		if d, err := time.Parse(time.RFC3339, v); err == nil {
			x.buf, ok = appendSerial(x.buf, d)
		}
	}
	if !ok {
		x.buf = x.buf[:start]
		return false
	}
	x.buf = append(x.buf, `</v></c>`...)
	return true
}

// excelEpoch is day 0 of a workbook's 1900 date system (its days count from
// 30 December 1899, as if 1900 had a 29 February).
var excelEpoch = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC).Unix()

// appendSerial writes t (in UTC) as a workbook's day number, the time of day
// its fraction; false before 1900, which a workbook has no number for.
func appendSerial(dst []byte, t time.Time) ([]byte, bool) {
	secs := t.Unix() - excelEpoch
	days, rest := secs/86400, secs%86400
	if secs < 0 || days < 2 {
		return dst, false
	}
	if days < 61 { // before 1 March 1900: Excel's 29 February 1900 never was
		days--
	}
	if rest == 0 && t.Nanosecond() == 0 {
		return strconv.AppendInt(dst, days, 10), true
	}
	v := float64(days) + (float64(rest)+float64(t.Nanosecond())/1e9)/86400
	return strconv.AppendFloat(dst, v, 'f', -1, 64), true
}

// appendEscaped writes s as XML text (or an attribute's value): & < > and
// a carriage return escaped, a character XML cannot hold replaced by
// U+FFFD, and a literal _xHHHH_ (a workbook's escape for such characters)
// kept literal by escaping its underscore (_x005F_).
func appendEscaped(dst []byte, s string, attr bool) []byte {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	last := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		var rep string
		switch {
		case c == '&':
			rep = "&amp;"
		case c == '<':
			rep = "&lt;"
		case c == '>':
			rep = "&gt;"
		case c == '\r':
			rep = "&#xD;"
		case attr && c == '"':
			rep = "&quot;"
		case attr && c == '\n':
			rep = "&#xA;"
		case attr && c == '\t':
			rep = "&#x9;"
		case c == '_' && isEscape(s[i:]):
			rep = "_x005F_"
		case c < 0x20 && c != '\t' && c != '\n':
			rep = "\uFFFD"
		case c == 0xEF && i+2 < len(s) && s[i+1] == 0xBF && s[i+2] >= 0xBE: // U+FFFE, U+FFFF
			dst = append(dst, s[last:i]...)
			dst = append(dst, "\uFFFD"...)
			i += 2
			last = i + 1
			continue
		default:
			continue
		}
		dst = append(dst, s[last:i]...)
		dst = append(dst, rep...)
		last = i + 1
	}
	return append(dst, s[last:]...)
}

// isEscape reports whether s begins with _xHHHH_.
func isEscape(s string) bool {
	if len(s) < 7 || s[0] != '_' || s[1] != 'x' || s[6] != '_' {
		return false
	}
	for _, c := range []byte(s[2:6]) {
		if !isHex(c) {
			return false
		}
	}
	return true
}

func isHex(c byte) bool { return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F' }
