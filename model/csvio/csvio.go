// Package csvio reads and writes the CSV files of DESIGN.md §5: ideas.csv,
// people.csv, hours.csv and consultations.csv (export only).
//
// Reading is pure: Parse turns a file's bytes into records ready to save and a
// list of problems, each naming the physical line and the column, without
// writing anything. What it must know about the store (the people already
// registered, the records an id names) it asks through Lookup, so the rules can
// be tested without a database. ParseReader reads a file as it goes, in
// bounded memory (MaxCellBytes, MaxRowBytes), and refuses a file whose
// structure is broken at the line where the trouble starts (scan.go). Writing
// (Writer and the *Row functions) turns records into the same columns that
// Parse reads; every CSV the program writes goes through SheetWriter, which
// neutralises cells a spreadsheet would evaluate, and Parse undoes exactly
// that (neutral.go). docs/csv.md says all this for people.
package csvio

import (
	"strings"
	"time"

	"frontoffice/model"
)

// Kind names one of the CSV files.
type Kind string

// The CSV files of the contract.
const (
	Ideas         Kind = "ideas"
	People        Kind = "people"
	Hours         Kind = "hours"
	Consultations Kind = "consultations" // export only
)

// headers are the contract's columns, in the order export writes them.
var headers = map[Kind][]string{
	Ideas: {"id", "title", "summary", "direction", "region", "status", "sdgs", "applicant_phone",
		"applicant_name", "organization", "budget_kzt", "created_at", "updated_at"},
	People: {"id", "full_name", "phone", "iin", "birth_year", "organization", "region", "consent",
		"consent_at", "created_at", "updated_at"},
	Hours: {"id", "person_phone", "date", "hours", "activity", "idea_id", "status", "verified_by"},
	Consultations: {"id", "date", "person_phone", "idea_id", "consultant", "services", "duration_min",
		"notes", "next_steps", "follow_up"},
}

// numberColumns hold numbers only, written from numbers: they are not
// neutralised on export (Neutralize) nor un-neutralised on import, so a
// negative figure stays a number. Every other column is text to a spreadsheet,
// phones included ("+7…" would be taken as a formula).
var numberColumns = map[Kind][]string{
	Ideas:         {"budget_kzt"},
	People:        {"birth_year"},
	Hours:         {"hours"},
	Consultations: {"duration_min"},
}

// optionalColumns may be left out of an imported file: the machine-made ones.
// Every other column of the header must be there, even when its cells are empty.
var optionalColumns = map[string]bool{"id": true, "created_at": true, "updated_at": true}

// Header returns the columns of kind's file in export order (nil for an unknown kind).
func Header(k Kind) []string { return append([]string(nil), headers[k]...) }

// FileName is the name export gives kind's file.
func FileName(k Kind) string { return string(k) + ".csv" }

// ExportKinds lists the files export writes, in the order it writes them
// (people first: ideas and hours name people by phone).
func ExportKinds() []Kind { return []Kind{People, Ideas, Hours, Consultations} }

// ParseImportKind reads the --kind of import-csv: ideas, people or hours.
func ParseImportKind(s string) (Kind, bool) {
	switch k := Kind(strings.ToLower(strings.TrimSpace(s))); k {
	case Ideas, People, Hours:
		return k, true
	}
	return "", false
}

// RecordKind is the kind of record kind's rows hold.
func (k Kind) RecordKind() model.Kind {
	switch k {
	case Ideas:
		return model.KindIdea
	case People:
		return model.KindPerson
	case Hours:
		return model.KindHours
	case Consultations:
		return model.KindConsultation
	}
	return ""
}

// Reasons of csvio's own, beside the model's field reasons. They are stable
// codes; the command line looks up a translated sentence for each.
const (
	ReasonEmptyFile        model.Reason = "empty_file"        // 0 bytes, or only a byte-order mark or blank lines
	ReasonNotUTF8          model.Reason = "not_utf8"          // bytes that are not UTF-8 (a Windows-1251 file)
	ReasonSemicolons       model.Reason = "semicolons"        // the header is separated by ";" (Excel in a Russian locale)
	ReasonTabs             model.Reason = "tabs"              // the header is separated by tabs (a "Text (Tab delimited)" file)
	ReasonUTF16            model.Reason = "utf16"             // the file is UTF-16 ("Unicode Text"): by its byte-order mark or its NUL bytes
	ReasonNULByte          model.Reason = "nul_byte"          // a NUL byte on Line: not a text file, or a damaged one
	ReasonBareQuote        model.Reason = "bare_quote"        // a " inside a cell that is not quoted (only this row is refused)
	ReasonBadQuote         model.Reason = "bad_quote"         // a quoted cell opened on Line, its closing " followed by text on OtherLine
	ReasonUnclosedQuote    model.Reason = "unclosed_quote"    // a quoted cell opened on Line is never closed
	ReasonCellTooBig       model.Reason = "cell_too_big"      // a cell starting on Line is longer than Want KiB
	ReasonQuotedTooBig     model.Reason = "long_quoted_cell"  // a quoted cell opened on Line still runs on line OtherLine after Want KiB
	ReasonRowTooBig        model.Reason = "row_too_big"       // the row starting on Line is longer than Want MiB
	ReasonColumnCount      model.Reason = "column_count"      // Got cells where the header has Want
	ReasonMissingColumn    model.Reason = "missing_column"    // the header lacks Column
	ReasonUnknownColumn    model.Reason = "unknown_column"    // the header has Column, which is not in the contract
	ReasonRepeatedColumn   model.Reason = "repeated_column"   // the header has Column twice
	ReasonEmptyColumnName  model.Reason = "empty_column_name" // the header's cell number Got is empty
	ReasonBadConsent       model.Reason = "bad_consent"       // consent is not yes or no
	ReasonNoConsent        model.Reason = "no_consent"        // consent is no: the row cannot be stored
	ReasonUnknownApplicant model.Reason = "unknown_applicant" // no person in the store has this phone
	ReasonUnknownPerson    model.Reason = "unknown_person"    // no person in the store has this phone
	ReasonUnknownIdea      model.Reason = "unknown_idea"      // no idea in the store has this id
	ReasonBadID            model.Reason = "bad_id"            // the id is not a UUID
	ReasonDeleted          model.Reason = "deleted_record"    // the id names a deleted record
	ReasonRepeatsLine      model.Reason = "repeats_line"      // the same person or id as line OtherLine of the file
	ReasonTakenBy          model.Reason = "taken_by"          // the phone or IIN belongs to OtherName (OtherID)
	ReasonMinor            model.Reason = "minor"             // under 18: needs a guardian, which the file cannot carry
	ReasonYearVsIIN        model.Reason = "year_vs_iin"       // birth_year disagrees with the IIN's birth date
	ReasonBadSDGs          model.Reason = "bad_sdgs"          // sdgs is not goal numbers 1–17 separated by ";"
)

// Problem is one thing wrong with the file or with one of its rows.
type Problem struct {
	Line   int          // physical line where the record starts (the header is line 1); 0: the whole file
	Column string       // the column it is about; "" when it is about the line or the file
	Reason model.Reason // a model reason or one of the Reason* constants above
	Value  string       // the offending cell, when showing it helps

	Allowed   []string // unknown_code, unknown_column: the values that would do
	Got, Want int      // column_count: cells in the line and in the header; empty_column_name: Got is its position
	OtherLine int      // repeats_line: the earlier line of this file
	OtherName string   // taken_by: the person who already has the phone or IIN
	OtherID   string   // taken_by: that person's record id
}

// Action is what saving a good row does.
type Action int

// The actions, counted in the summary.
const (
	Create    Action = iota // a new record
	Update                  // the next revision of a stored record
	Unchanged               // the row says what the store already holds: nothing to write
)

// Row is one good row, ready to save.
type Row struct {
	Line   int
	Record model.Record // for Update, a stored record with the row's values and its stored Rev
	Action Action
	// Matched is set when a people.csv row without an id named a person
	// already stored, by phone or IIN: the summary lists every such row.
	Matched *Match
	// BadBefore is how many bad rows the file had before this one (rows
	// handed to Options.Each): a caller that writes as it reads knows the
	// file is refused (without skipping bad rows) and may stop writing.
	BadBefore int
}

// Match says that a row without an id is a person already stored, found by
// their phone or IIN (DESIGN.md §5): their name stays, the row's different
// spelling is kept beside it (Person.OtherNames), the row's other non-empty
// cells update the record, and what they changed is listed.
type Match struct {
	By        string   // the column that found them: "phone" or "iin"
	PersonID  string   // who they are
	Name      string   // their name, kept
	OtherName string   // the row's name when it differs: kept as another spelling
	Changed   []string // the other columns whose values the row changed
}

// Matched lists the rows that named a stored person without an id. When
// the rows were handed to Options.Each, these are kept without their Record.
func (r *Result) Matched() []Row {
	if r.streamed {
		return r.matched
	}
	var out []Row
	for _, row := range r.Rows {
		if row.Matched != nil {
			out = append(out, row)
		}
	}
	return out
}

// Result is what Parse found in one file.
type Result struct {
	Kind     Kind
	Rows     []Row     // the good rows, in file order
	Problems []Problem // every problem, in line order
	// Refused is true when the file itself is unusable (empty, not UTF-8, a bad
	// header, a fault in its structure such as a quoted cell never closed):
	// then Rows is empty, Problems holds only what refuses the file, and
	// nothing may be imported, not even with --skip-invalid.
	Refused bool
	BadRows int // rows refused because of at least one problem

	// streamed is set when the good rows went to Options.Each: then Rows
	// is empty, counts holds how many of each Action there were, and
	// matched the rows of Matched (without their records).
	streamed bool
	counts   [3]int
	matched  []Row
}

// Good is the number of good rows (Rows, or those handed to Options.Each).
func (r *Result) Good() int {
	return r.Count(Create) + r.Count(Update) + r.Count(Unchanged)
}

// Count is the number of good rows whose saving does a.
func (r *Result) Count(a Action) int {
	if r.streamed {
		if a < 0 || int(a) >= len(r.counts) {
			return 0
		}
		return r.counts[a]
	}
	n := 0
	for _, row := range r.Rows {
		if row.Action == a {
			n++
		}
	}
	return n
}

// Records are the records to write: the good rows that create or update one.
func (r *Result) Records() []model.Record {
	var out []model.Record
	for _, row := range r.Rows {
		if row.Action != Unchanged {
			out = append(out, row.Record)
		}
	}
	return out
}

// Lookup is what Parse needs to know about the store. Each method returns a
// freshly read record the caller may change, and nil (with a nil error) when
// there is none.
type Lookup interface {
	// Record returns the stored record of kind k with this id, tombstones included.
	Record(k model.Kind, id string) (model.Record, error)
	// PersonByPhone returns the live person with this normalised phone (+77…).
	PersonByPhone(phone string) (*model.Person, error)
	// PersonByIIN returns the live person with this IIN.
	PersonByIIN(iin string) (*model.Person, error)
	// DayHours is the hours the stored entries of the person (all their
	// joined records) have on day d that count (not rejected), leaving out
	// the entry except.
	DayHours(personID string, d model.Date, except string) (float64, error)
}

// RefLookup is a Lookup that also answers who a phone names without the
// whole person (an idea's applicant, an hours entry's person), for a
// store that can do that more cheaply (the same phone named by many rows).
type RefLookup interface {
	// PersonRef is the id a row naming this normalised phone points to:
	// the live person's, or the one they were merged into; "" for nobody.
	PersonRef(phone string) (string, error)
}

// LiveLookup is a Lookup that also answers whether a record is stored and
// not deleted without the whole record (an hours row's idea).
type LiveLookup interface {
	Live(k model.Kind, id string) (bool, error)
}

// Options tune Parse.
type Options struct {
	Lookup Lookup    // the store; nil means an empty store
	Now    time.Time // today, for ages and for created_at when a row gives none; time.Now when zero
	// Each, when set, is handed every good row as it is read, in file
	// order, and the row is not kept: Result.Rows stays empty (Count, Good
	// and Matched still answer), so memory does not grow with the file's
	// good rows. What the parser keeps per row to find repeats within the
	// file (ids, phones, IINs, a person's hours a day) is a few bytes. An
	// error from Each stops the reading and is ParseReader's error. A row
	// handed out may come before a later fault that refuses the whole file
	// (Result.Refused): a caller that writes rows as they come must undo
	// them then (one transaction), or read the file once without writing.
	Each func(Row) error
	// Labels are other names the header's columns may have, folded like
	// search (Fold) → the contract's column name: the labels of a workbook's
	// header in kk, ru and en (docs/sheets.md). nil: the column names only.
	Labels map[string]string
	// Date1904 is set for a workbook whose dates count from 1904 (old Mac
	// Excel): its date numbers are read that way (ParseSheet only).
	Date1904 bool
}

// Fold is the key a label is looked up by in Options.Labels: lower case,
// Kazakh letters and Latin spellings meet, punctuation is a space.
func Fold(s string) string { return fold(s) }

// emptyStore is the Lookup of a store that holds nothing.
type emptyStore struct{}

func (emptyStore) Record(model.Kind, string) (model.Record, error) { return nil, nil }
func (emptyStore) PersonByPhone(string) (*model.Person, error)     { return nil, nil }
func (emptyStore) PersonByIIN(string) (*model.Person, error)       { return nil, nil }
func (emptyStore) DayHours(string, model.Date, string) (float64, error) {
	return 0, nil
}
