package csvio

import (
	"encoding/csv"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"frontoffice/model"
)

// Writer writes one file of the contract: a byte-order mark (so Excel shows
// Cyrillic), the header, then one row per record, RFC 4180 quoted, with CRLF
// line ends as RFC 4180 and Windows Notepad expect. Text cells are neutralised
// against formula injection (Neutralize); number columns are written as they
// are.
type Writer struct {
	kind  Kind
	sheet *SheetWriter
}

// NewWriter starts kind's file on w, writing the byte-order mark and the header.
func NewWriter(w io.Writer, k Kind) (*Writer, error) {
	h, ok := headers[k]
	if !ok {
		return nil, fmt.Errorf("csv writer: unknown file kind %q", k)
	}
	sw, err := NewSheetWriter(w, h, numberColumns[k]...)
	if err != nil {
		return nil, fmt.Errorf("write %s header: %w", FileName(k), err)
	}
	return &Writer{kind: k, sheet: sw}, nil
}

// Write writes one row, made by one of the *Row functions for the writer's kind.
func (w *Writer) Write(row []string) error {
	if err := w.sheet.Write(row); err != nil {
		return fmt.Errorf("write %s: %w", FileName(w.kind), err)
	}
	return nil
}

// Flush writes out what is buffered and reports any error of the whole file.
func (w *Writer) Flush() error {
	if err := w.sheet.Flush(); err != nil {
		return fmt.Errorf("write %s: %w", FileName(w.kind), err)
	}
	return nil
}

// SheetWriter writes any CSV file the program hands to a spreadsheet (the
// contract's files, credits, the report): a byte-order mark, the header, then
// rows, RFC 4180 quoted with CRLF line ends, every cell outside the number
// columns neutralised (Neutralize). It is the one way the program writes CSV.
type SheetWriter struct {
	csv     *csv.Writer
	width   int
	numbers []bool // by cell: a number column, written as it is
	cells   []string
}

// NewSheetWriter writes the byte-order mark and header to w; numbers names the
// header's columns that hold numbers only (they are not neutralised, so a
// negative amount stays a number).
func NewSheetWriter(w io.Writer, header []string, numbers ...string) (*SheetWriter, error) {
	if _, err := w.Write(bom); err != nil {
		return nil, err
	}
	sw := &SheetWriter{csv: csv.NewWriter(w), width: len(header), numbers: make([]bool, len(header))}
	sw.csv.UseCRLF = true
	for i, col := range header {
		sw.numbers[i] = slices.Contains(numbers, col)
	}
	return sw, sw.write(header, false)
}

// Write writes one row of the header's width.
func (w *SheetWriter) Write(row []string) error {
	if len(row) != w.width {
		return fmt.Errorf("a row of %d cells, the header has %d", len(row), w.width)
	}
	return w.write(row, true)
}

func (w *SheetWriter) write(row []string, neutralize bool) error {
	w.cells = append(w.cells[:0], row...)
	if neutralize {
		for i, c := range w.cells {
			if !w.numbers[i] {
				w.cells[i] = Neutralize(c)
			}
		}
	}
	return w.csv.Write(w.cells)
}

// Flush writes out what is buffered and reports any error of the whole file.
func (w *SheetWriter) Flush() error {
	w.csv.Flush()
	return w.csv.Error()
}

// PersonRow is a person as a people.csv row.
func PersonRow(p *model.Person) []string {
	return []string{p.ID, p.FullName, p.Phone, p.IIN, positive(p.BirthYear), p.Organization,
		string(p.Region), yesNo(p.Consent), string(p.ConsentAt), timestamp(p.CreatedAt), timestamp(p.UpdatedAt)}
}

// IdeaRow is an idea as an ideas.csv row; applicantPhone and applicantName are
// its registered applicant's (both "" when there is none: the idea's own
// ApplicantName is written then).
func IdeaRow(i *model.Idea, applicantPhone string, applicantName ...string) []string {
	name := i.ApplicantName
	if applicantPhone != "" && len(applicantName) > 0 && applicantName[0] != "" {
		name = applicantName[0]
	}
	sdgs := make([]string, len(i.SDGs))
	for n, g := range i.SDGs {
		sdgs[n] = strconv.Itoa(int(g))
	}
	return []string{i.ID, i.Title, i.Summary, string(i.Direction), string(i.Region), string(i.Status),
		strings.Join(sdgs, ";"), applicantPhone, name, i.Organization,
		strconv.FormatInt(int64(i.BudgetKZT), 10), timestamp(i.CreatedAt), timestamp(i.UpdatedAt)}
}

// HoursRow is an hours entry as an hours.csv row; personPhone is its person's phone.
func HoursRow(h *model.Hours, personPhone string) []string {
	return []string{h.ID, personPhone, string(h.Date), strconv.FormatFloat(h.Hours, 'f', -1, 64),
		h.Activity, h.IdeaID, string(h.Status), h.VerifiedBy}
}

// ConsultationRow is a consultation as a consultations.csv row; personPhone is
// its person's phone.
func ConsultationRow(c *model.Consultation, personPhone string) []string {
	services := make([]string, len(c.Services))
	for n, s := range c.Services {
		services[n] = string(s)
	}
	return []string{c.ID, string(c.Date), personPhone, c.IdeaID, c.Consultant, strings.Join(services, ";"),
		strconv.Itoa(c.DurationMin), c.Notes, c.NextSteps, string(c.FollowUp)}
}

// timestamp writes t as RFC 3339 in UTC to the second; "" for no time.
func timestamp(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

// positive writes n, or nothing when it is not set.
func positive(n int) string {
	if n <= 0 {
		return ""
	}
	return strconv.Itoa(n)
}
