package cli

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"frontoffice/model"
	"frontoffice/model/csvio"
	"frontoffice/storage"
	"frontoffice/ui/common"
	"frontoffice/ui/i18n"
	"frontoffice/ui/settings"
)

// ImportOptions are the import-csv command's flags.
type ImportOptions struct {
	Kind        csvio.Kind // ideas, people or hours
	DryRun      bool       // check and report, write nothing
	SkipInvalid bool       // write the good rows even when some are bad
	// Ctx, when it ends (Ctrl+C) before the rows are committed, rolls the
	// import back: nothing is saved.
	Ctx context.Context

	date1904 bool // a workbook whose dates count from 1904 (ImportSheet)
	many     bool // a file of manyBytes or more: storage.SaveEachCheckedMany
}

// manyBytes is the size from which a CSV file is taken to hold more rows
// than storage.SaveInOne (10 000 rows of people.csv are some 2.3 MB, of
// ideas.csv 4.7 MB): its import is written through a copy of the store
// from its first row.
var manyBytes int64 = 4 << 20 // a variable: tests lower it

// ImportCSV imports one CSV file. Every row is checked before anything is
// written; each problem goes to errw as "FILE:LINE: column NAME: why". By
// default a single bad row refuses the whole file; with SkipInvalid the good
// rows are written and the bad ones skipped. All rows are written or none
// (storage.SaveEach), also when the program is killed. ok is false when the command should exit 1 (already explained
// on errw); err is for failures it could not explain better.
//
// The file is read as it goes, never whole (csvio.ParseReader: a cell over
// 64 KiB or a row over 1 MiB refuses it). A fault in the file's structure (a
// quote never closed, another separator, UTF-16, NUL bytes) refuses the whole
// file, also with SkipInvalid, which skips bad rows, not a broken file.
//
// Memory does not grow with the number of rows: the file is read once,
// and each good row's record is handed to storage.SaveEach as it is read
// (which writes a big file in batches into a copy of the store that takes
// the store's place only when complete) and not kept; the reading keeps
// only the problems, the counts and what finding repeats within the file
// needs. When the reading ends with the file refused, nothing is saved.
func ImportCSV(store *storage.Store, tr *i18n.Translator, o ImportOptions, path string, out, errw io.Writer) (ok bool, err error) {
	shown := shownText(path)
	f, err := os.Open(path)
	if err != nil {
		fmt.Fprintln(errw, common.FileErrorText(tr, "csv.cannot_read", shown, err))
		return false, nil
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.Size() >= manyBytes {
		o.many = true
	}
	return importTable(store, tr, o, path, shown, func(opts csvio.Options) (*csvio.Result, error) {
		if _, err := f.Seek(0, io.SeekStart); err != nil {
			return nil, &csvio.ReadError{Err: err}
		}
		return csvio.ParseReader(o.Kind, f, opts)
	}, nil, out, errw)
}

// importTable is the import of one table, a CSV file or a workbook's sheet,
// that read reads from its start. shown names it in the messages (the file,
// or the file and its sheet), path in a failure to read it; labels are the
// other names its header's columns may have (nil: the contract's names
// only). ImportCSV says the rest.
//
// The table is read once: each good row is handed to storage.SaveEach as
// it is read, and once the reading ends the import is saved only when the
// whole table is good (or SkipInvalid); otherwise what was handed over is
// thrown away (SaveEach: all or nothing). Every row is checked before
// anything is saved.
func importTable(store *storage.Store, tr *i18n.Translator, o ImportOptions, path, shown string,
	read func(csvio.Options) (*csvio.Result, error), labels map[string]string, out, errw io.Writer) (ok bool, err error) {
	im := &tableImport{store: store, tr: tr, o: o, path: path, shown: shown, out: out, errw: errw}
	// The reading sees one day and the store as it was before the import.
	opts := csvio.Options{Now: time.Now(), Each: func(csvio.Row) error { return nil },
		Labels: labels, Date1904: o.date1904}
	if o.DryRun {
		res, err := im.readWith(read, opts)
		if err != nil {
			return im.failed(err)
		}
		im.report(res)
		return im.ok, nil
	}
	if who, err := store.Setting(settings.KeyConsultant); err == nil {
		store.SetActor(who)
	}
	ctx := orBackground(o.Ctx)
	save := store.SaveEachChecked
	if o.many {
		save = store.SaveEachCheckedMany
	}
	_, _, err = save(ctx, func(yield func(model.Record) error) error {
		var werr error // a write that failed: told once the table is known good
		opts.Each = func(row csvio.Row) error {
			if werr != nil || row.Action == csvio.Unchanged || (row.BadBefore > 0 && !o.SkipInvalid) {
				return nil // nothing to write, or the table is refused already
			}
			if err := yield(row.Record); err != nil {
				if ctx.Err() != nil {
					return err
				}
				werr = err
			}
			return nil
		}
		res, err := im.readWith(read, opts)
		if err != nil {
			return err
		}
		if !im.report(res) {
			return errNotSaved
		}
		if werr != nil {
			return werr
		}
		if n := res.Count(csvio.Create) + res.Count(csvio.Update); n >= 1000 { // a big file: saving takes a moment
			fmt.Fprintln(errw, tr.T("csv.saving", n))
		}
		return nil
	})
	switch {
	case errors.Is(err, errNotSaved):
		return false, nil // report told why
	case err == nil:
		fmt.Fprintln(out, tr.T("csv.imported", im.counts[0], im.counts[1], im.counts[2], im.counts[3]))
		return true, nil
	case ctx.Err() != nil: // rolled back: nothing was saved
		fmt.Fprintln(errw, tr.T("csv.stopped"))
		return false, ErrStopped
	}
	return im.failed(err)
}

// errNotSaved ends a SaveEach whose table turned out refused: nothing of it
// is saved.
var errNotSaved = errors.New("the table was refused")

// tableImport is one import's reading and its report.
type tableImport struct {
	store       *storage.Store
	tr          *i18n.Translator
	o           ImportOptions
	path, shown string
	out, errw   io.Writer
	ok          bool   // the report's verdict: a dry run that passed
	counts      [4]int // created, updated, unchanged, skipped
}

// readWith reads the table once with opts, asking the store about its rows
// through one read transaction (a Snapshot), closed before it returns.
func (im *tableImport) readWith(read func(csvio.Options) (*csvio.Result, error), opts csvio.Options) (*csvio.Result, error) {
	snap, err := im.store.Snapshot()
	if err != nil {
		return nil, err
	}
	defer snap.Close() // before SaveEach writes what it held
	opts.Lookup = newStoreLookup(snap)
	return read(opts)
}

// failed explains an import that could not read its table, or fails.
func (im *tableImport) failed(err error) (bool, error) {
	var re *csvio.ReadError
	if errors.As(err, &re) {
		fmt.Fprintln(im.errw, common.FileErrorText(im.tr, "csv.cannot_read", im.shown, re.Err))
		return false, nil
	}
	return false, fmt.Errorf("import %s: %w", im.path, err)
}

// report tells what the reading found: each problem, the rows that named a
// stored person, and why the table is refused or what a dry run would do.
// save reports whether the import is to be saved.
func (im *tableImport) report(res *csvio.Result) (save bool) {
	tr, errw, o := im.tr, im.errw, im.o
	for _, p := range res.Problems {
		fmt.Fprintln(errw, ProblemText(tr, res.Kind, im.shown, p))
	}
	if !res.Refused {
		for _, row := range res.Matched() {
			fmt.Fprintln(im.out, MatchText(tr, im.shown, row))
		}
	}
	im.counts = [4]int{res.Count(csvio.Create), res.Count(csvio.Update), res.Count(csvio.Unchanged), res.BadRows}
	created, updated, unchanged, skipped := im.counts[0], im.counts[1], im.counts[2], im.counts[3]
	switch {
	case res.Refused:
		fmt.Fprintln(errw, tr.T("csv.refused_file", im.shown))
		if o.SkipInvalid {
			fmt.Fprintln(errw, tr.T("csv.refused_broken"))
		}
		return false
	case skipped > 0 && !o.SkipInvalid && o.DryRun:
		fmt.Fprintln(errw, tr.T("csv.dry_run_refused", skipped, res.Good()))
		return false
	case skipped > 0 && !o.SkipInvalid:
		fmt.Fprintln(errw, tr.T("csv.refused_rows", skipped, res.Good()))
		return false
	case o.DryRun:
		fmt.Fprintln(im.out, tr.T("csv.dry_run", created, updated, unchanged, skipped))
		im.ok = true
		return false
	}
	return true
}

// MatchText is a row that named a stored person without an id, as a person
// reads it: who they are, how they were found, and what the row changes.
func MatchText(tr *i18n.Translator, file string, row csvio.Row) string {
	m := row.Matched
	by := tr.T("csv.by_phone")
	if m.By == "iin" {
		by = tr.T("csv.by_iin")
	}
	parts := []string{tr.T("csv.matched", file, row.Line, common.Sanitize(m.Name), by)}
	if m.OtherName != "" {
		parts = append(parts, tr.T("csv.matched_other", common.Sanitize(m.OtherName)))
	}
	if len(m.Changed) > 0 {
		parts = append(parts, tr.T("csv.matched_changed", strings.Join(m.Changed, ", ")))
	} else if m.OtherName == "" {
		parts = append(parts, tr.T("csv.matched_nothing"))
	}
	return strings.Join(parts, "; ")
}

// ProblemText is one problem as the line a person reads:
// "FILE:LINE: column NAME: why", or without the column when it is about the
// line, or without the line when it is about the whole file.
func ProblemText(tr *i18n.Translator, k csvio.Kind, file string, p csvio.Problem) string {
	var b strings.Builder
	b.WriteString(shownText(file))
	if p.Line > 0 {
		fmt.Fprintf(&b, ":%d", p.Line)
	}
	b.WriteString(": ")
	if p.Column != "" {
		b.WriteString(tr.T("csv.column", shownText(p.Column)))
		b.WriteString(": ")
	}
	b.WriteString(reasonText(tr, k, p))
	if p.Value != "" && showsValue(p.Reason) {
		b.WriteString(" ")
		b.WriteString(tr.T("csv.cell_holds", clip(p.Value)))
	}
	return b.String()
}

// shownText is a name from the file or the command line as a terminal may
// show it: one with control characters (NUL bytes of a UTF-16 file, escape
// sequences) is shown quoted, with them escaped.
func shownText(s string) string {
	if strings.IndexFunc(s, func(r rune) bool { return unicode.IsControl(r) || r == utf8.RuneError }) < 0 {
		return s
	}
	return strconv.QuoteToGraphic(s)
}

// reasonText translates why a row or the file was refused.
func reasonText(tr *i18n.Translator, k csvio.Kind, p csvio.Problem) string {
	switch p.Reason {
	case csvio.ReasonBadQuote:
		if p.OtherLine > p.Line {
			return tr.T("csv.reason.bad_quote_later", p.OtherLine)
		}
	case csvio.ReasonQuotedTooBig:
		return tr.T("csv.reason.long_quoted_cell", p.Want, p.OtherLine)
	case csvio.ReasonCellTooBig:
		return tr.T("csv.reason.cell_too_big", p.Want)
	case csvio.ReasonRowTooBig:
		return tr.T("csv.reason.row_too_big", p.Want)
	case csvio.ReasonColumnCount:
		return tr.T("csv.reason.column_count", p.Got, p.Want)
	case csvio.ReasonEmptyColumnName:
		return tr.T("csv.reason.empty_column_name", p.Got)
	case csvio.ReasonUnknownColumn:
		return tr.T("csv.reason.unknown_column", csvio.FileName(k), strings.Join(p.Allowed, ", "))
	case csvio.ReasonRepeatsLine:
		return tr.T("csv.reason.repeats_line", p.OtherLine)
	case csvio.ReasonTakenBy:
		return tr.T("csv.reason.taken_by", p.OtherName, p.OtherID)
	case model.ReasonUnknownCode:
		return tr.T("csv.reason.unknown_code", strings.Join(p.Allowed, ", "))
	}
	if key := "csv.reason." + string(p.Reason); i18n.Has(key) {
		return tr.T(key)
	}
	return tr.Reason(p.Reason)
}

// showsValue reports whether the offending cell is worth quoting after the reason.
func showsValue(r model.Reason) bool {
	switch r {
	case model.ReasonTooLong, model.ReasonControlChars, model.ReasonRequired:
		return false
	}
	return true
}

// clip shortens a cell for a message; %q in the sentence escapes control characters.
func clip(s string) string {
	const max = 40
	if r := []rune(s); len(r) > max {
		return string(r[:max]) + "…"
	}
	return s
}

// storeLookup answers csvio's questions from the store.
type storeLookup struct {
	s *storage.Snapshot
	// refs are the answers of PersonRef so far (an applicant's phone comes
	// back row after row), up to maxRefs of them.
	refs map[string]string
}

// maxRefs bounds storeLookup's answers kept: some 10 MB.
const maxRefs = 100000

func newStoreLookup(s *storage.Snapshot) storeLookup {
	return storeLookup{s: s, refs: map[string]string{}}
}

func (l storeLookup) PersonRef(phone string) (string, error) {
	if id, ok := l.refs[phone]; ok {
		return id, nil
	}
	id, err := l.s.PersonRef(phone) // the id alone: the record is not decoded
	if err != nil {
		return "", err
	}
	if len(l.refs) < maxRefs && !l.s.Booked() { // booked: as cheap as the map
		l.refs[strings.Clone(phone)] = id // a cell is a piece of its row's text: not kept whole
	}
	return id, nil
}

func (l storeLookup) Record(k model.Kind, id string) (model.Record, error) {
	return l.s.Find(k, id)
}

func (l storeLookup) PersonByPhone(phone string) (*model.Person, error) {
	return orNone(l.s.PersonByPhone(phone))
}

func (l storeLookup) PersonByIIN(iin string) (*model.Person, error) {
	return orNone(l.s.PersonByIIN(iin))
}

func (l storeLookup) DayHours(personID string, d model.Date, except string) (float64, error) {
	return l.s.DayHours(personID, d, except) // all the person's joined records
}

func (l storeLookup) Live(k model.Kind, id string) (bool, error) {
	return l.s.Live(k, id)
}

// orNone turns "not found" into no record and no error.
func orNone[T any](v T, err error) (T, error) {
	if errors.Is(err, storage.ErrNotFound) {
		var zero T
		return zero, nil
	}
	return v, err
}

// ExportCSV writes people.csv, ideas.csv, hours.csv and consultations.csv into
// dir (made when missing), one row per live record. Each file is written to a
// temporary file in dir and renamed into place only when complete, so a
// crash never leaves half a file under the real name. ok is false when the
// folder or a file could not be written (explained on errw). Ending ctx
// (Ctrl+C) stops it after the file being written: the files written stay,
// whole, and ErrStopped comes back once errw was told which.
func ExportCSV(ctx context.Context, store *storage.Store, tr *i18n.Translator, dir string, out, errw io.Writer) (ok bool, err error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		fmt.Fprintln(errw, common.FileErrorText(tr, "csv.cannot_write", dir, err))
		return false, nil
	}
	people := &phoneBook{phones: map[string]string{}, names: map[string]string{}, merged: map[string]string{}, withdrawn: map[string]bool{}}
	counts := map[csvio.Kind]int{}
	var written []string
	for _, k := range csvio.ExportKinds() {
		if ctx.Err() != nil {
			list := strings.Join(written, ", ")
			if list == "" {
				list = tr.T("csv.none_written")
			}
			fmt.Fprintln(errw, tr.T("csv.export_stopped", list))
			return false, ErrStopped
		}
		n, err := writeCSVFile(dir, k, func(w *csvio.Writer) (int, error) {
			return exportRows(store, k, w, people)
		})
		var fe *fileError
		if errors.As(err, &fe) {
			fmt.Fprintln(errw, common.FileErrorText(tr, "csv.cannot_write", fe.path, fe.err))
			return false, nil
		}
		if err != nil {
			return false, err
		}
		counts[k] = n
		written = append(written, csvio.FileName(k))
	}
	fmt.Fprintln(out, tr.T("csv.exported", counts[csvio.People], counts[csvio.Ideas],
		counts[csvio.Consultations], counts[csvio.Hours], dir))
	return true, nil
}

// fileError is a file that could not be written, as opposed to a store that
// could not be read.
type fileError struct {
	path string
	err  error
}

func (e *fileError) Error() string { return fmt.Sprintf("write %s: %v", e.path, e.err) }
func (e *fileError) Unwrap() error { return e.err }

// phoneBook finds the phone that names a person in ideas.csv, hours.csv and
// consultations.csv, which is how import finds the person again.
type phoneBook struct {
	phones map[string]string // live person id → phone
	names  map[string]string // live person id → full name
	merged map[string]string // merged-away duplicate's id → the person it was merged into
	// withdrawn holds the people who withdrew consent: they and their hours
	// are not exported (a spreadsheet would have nothing to find them by).
	withdrawn map[string]bool
}

// name is the full name of person id, following merges; "" when unknown.
func (b *phoneBook) name(id string) string {
	for range 10 {
		if into, ok := b.merged[id]; ok {
			id = into
			continue
		}
		break
	}
	return b.names[id]
}

// phone is the phone of person id, following merges; "" when unknown.
func (b *phoneBook) phone(id string) string {
	for range 10 { // a merge chain is short; the bound guards against a loop
		if into, ok := b.merged[id]; ok {
			id = into
			continue
		}
		break
	}
	return b.phones[id]
}

// exportRows writes every live record of k's kind; it fills people's phone
// book while it writes people.csv (first), and reads it for the other files. A
// merged-away duplicate is not written: its records point to the person it was
// merged into.
func exportRows(store *storage.Store, k csvio.Kind, w rowWriter, people *phoneBook) (int, error) {
	n := 0
	var unverified map[string]bool // verified elsewhere, unsigned: pending here
	if k == csvio.Hours {
		unverified = store.HoursUnverifiedHere()
	}
	err := store.List(k.RecordKind(), func(r model.Record) error {
		var row []string
		switch x := r.(type) {
		case *model.Person:
			if x.MergedInto != "" {
				people.merged[x.ID] = x.MergedInto
				return nil
			}
			if x.ConsentWithdrawn != "" {
				people.withdrawn[x.ID] = true
				return nil
			}
			people.phones[x.ID] = x.Phone
			people.names[x.ID] = x.FullName
			row = csvio.PersonRow(x)
		case *model.Idea:
			row = csvio.IdeaRow(x, people.phone(x.ApplicantID), people.name(x.ApplicantID))
		case *model.Hours:
			if people.withdrawn[x.PersonID] {
				return nil
			}
			storage.AsVerifiedHere(unverified, x)
			row = csvio.HoursRow(x, people.phone(x.PersonID))
		case *model.Consultation:
			row = csvio.ConsultationRow(x, people.phone(x.PersonID))
		default:
			return fmt.Errorf("export %s: unexpected %T", k, r)
		}
		n++
		if err := w.Write(row); err != nil {
			return &fileError{err: err} // writeCSVFile names the file
		}
		return nil
	})
	return n, err
}

// rowWriter takes one row of a contract's file: a CSV file's writer, or a
// workbook's sheet (sheetio.Sheet).
type rowWriter interface{ Write(row []string) error }

// writeCSVFile writes k's file through fill into a temporary file in dir and
// renames it into place when complete; it returns fill's row count. A file
// that cannot be written comes back as a *fileError.
func writeCSVFile(dir string, k csvio.Kind, fill func(*csvio.Writer) (int, error)) (n int, err error) {
	final := filepath.Join(dir, csvio.FileName(k))
	f, err := os.CreateTemp(dir, "."+csvio.FileName(k)+".*.tmp")
	if err != nil {
		return 0, &fileError{dir, err}
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	bw := bufio.NewWriterSize(f, 64<<10)
	w, err := csvio.NewWriter(bw, k)
	if err != nil {
		return 0, &fileError{final, err}
	}
	if n, err = fill(w); err != nil {
		var fe *fileError
		if errors.As(err, &fe) && fe.path == "" {
			fe.path = final
		}
		return 0, fmt.Errorf("export %s: %w", final, err)
	}
	if err = w.Flush(); err != nil {
		return 0, &fileError{final, err}
	}
	if err = bw.Flush(); err != nil {
		return 0, &fileError{final, err}
	}
	if err = f.Sync(); err != nil {
		return 0, &fileError{final, err}
	}
	if err = f.Close(); err != nil {
		return 0, &fileError{final, err}
	}
	if err = os.Rename(f.Name(), final); err != nil {
		return 0, &fileError{final, err}
	}
	return n, nil
}
