package cli

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"frontoffice/model"
	"frontoffice/model/csvio"
	"frontoffice/model/sheetio"
	"frontoffice/storage"
	"frontoffice/ui/common"
	"frontoffice/ui/i18n"
)

// This file is import-sheet and export-sheet (issue 19, docs/sheets.md):
// .xlsx workbooks in and out, through the same rules as the CSV files.

// SheetLabels are the labels kind's columns have in a workbook's header, in
// each language, folded (csvio.Fold) → the contract's column name: what
// import-sheet reads beside the column names themselves.
func SheetLabels(k csvio.Kind) map[string]string {
	m := map[string]string{}
	for _, col := range csvio.Header(k) {
		for _, lang := range model.Langs() {
			m[csvio.Fold(i18n.New(lang).T("sheet.col."+col))] = col
		}
	}
	return m
}

// sheetNames are kind's sheet's names in each language.
func sheetNames(k csvio.Kind) []string {
	var out []string
	for _, lang := range model.Langs() {
		out = append(out, i18n.New(lang).T("sheet.name."+string(k)))
	}
	return out
}

// ImportSheet imports the ideas, people or hours of a workbook (.xlsx) or of
// a CSV file, told apart by their first bytes. In a workbook it reads the
// sheet named after the kind (in any language: "people", «Адамдар», «Люди»),
// else its only sheet, row by row as it goes; the header may be labelled in
// kk, ru or en or use the column names. Everything else is ImportCSV's: the
// same checks and messages (naming the sheet and its row), the same two
// readings, one transaction, all or nothing.
func ImportSheet(store *storage.Store, tr *i18n.Translator, o ImportOptions, path string, out, errw io.Writer) (ok bool, err error) {
	shown := shownText(path)
	f, err := os.Open(path)
	if err != nil {
		fmt.Fprintln(errw, common.FileErrorText(tr, "csv.cannot_read", shown, err))
		return false, nil
	}
	labels := SheetLabels(o.Kind)
	switch sheetio.Detect(f) {
	case sheetio.FormatXLS:
		f.Close()
		fmt.Fprintln(errw, tr.T("sheet.old_xls", shown))
		return false, nil
	case sheetio.FormatCSV:
		defer f.Close()
		return importTable(store, tr, o, path, shown, func(opts csvio.Options) (*csvio.Result, error) {
			if _, err := f.Seek(0, io.SeekStart); err != nil {
				return nil, &csvio.ReadError{Err: err}
			}
			return csvio.ParseReader(o.Kind, f, opts)
		}, labels, out, errw)
	}
	f.Close()
	book, err := sheetio.Open(path)
	if err != nil {
		fmt.Fprintln(errw, tr.T("sheet.not_workbook", shown, err))
		return false, nil
	}
	defer book.Close()
	sheet, err := book.FindSheet(o.Kind, sheetNames(o.Kind))
	if errors.Is(err, sheetio.ErrNoSheet) {
		fmt.Fprintln(errw, tr.T("sheet.no_sheet", shown, o.Kind, tr.T("sheet.name."+string(o.Kind)),
			strings.Join(book.Sheets(), ", ")))
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("import %s: %w", path, err)
	}
	o.date1904 = book.Date1904()
	return importTable(store, tr, o, path, tr.T("sheet.in_sheet", shown, shownText(sheet)),
		func(opts csvio.Options) (*csvio.Result, error) {
			rows, err := book.Rows(sheet)
			if err != nil {
				return nil, &csvio.ReadError{Err: err}
			}
			defer rows.Close()
			ahead := sheetio.Ahead(rows) // the XML read on one core, the rules on the other
			defer ahead.Close()
			return csvio.ParseSheet(o.Kind, ahead, opts)
		}, labels, out, errw)
}

// sheetColumns are kind's columns as export-sheet writes them, labelled in
// tr's language.
func sheetColumns(tr *i18n.Translator, k csvio.Kind) []sheetio.Column {
	var cols []sheetio.Column
	for _, name := range csvio.Header(k) {
		cols = append(cols, sheetio.Column{Name: name, Label: tr.T("sheet.col." + name), Type: sheetio.ColumnType(name)})
	}
	return cols
}

// IsXLSXName reports whether path ends in .xlsx, as a workbook's name must
// for Excel to open it.
func IsXLSXName(path string) bool { return strings.EqualFold(filepath.Ext(path), ".xlsx") }

// ExportSheet writes one workbook at path with a sheet each for people,
// ideas, hours and consultations (named in tr's language), the same rows as
// export-csv writes, streamed: IINs and phones as text, money, hours,
// years and minutes as numbers with a number format, days as dates, the
// header labelled in tr's language (import-sheet reads the labels of every
// language), bold, frozen, with an autofilter, columns as wide as their
// first rows. The workbook is written to a temporary file beside path and
// renamed into place when complete. Ending ctx (Ctrl+C) stops it: nothing
// is written and ErrStopped comes back. The caller checks that path may be
// written (storage.CheckOutput).
func ExportSheet(ctx context.Context, store *storage.Store, tr *i18n.Translator, path string, out, errw io.Writer) (ok bool, err error) {
	n, err := WriteWorkbook(ctx, store, tr, path)
	var fe *fileError
	switch {
	case err == nil:
	case ctx.Err() != nil:
		fmt.Fprintln(errw, tr.T("csv.stopped"))
		return false, ErrStopped
	case errors.As(err, &fe):
		fmt.Fprintln(errw, common.FileErrorText(tr, "sheet.cannot_write", shownText(path), fe.err))
		return false, nil
	default:
		if _, isOut := storage.AsOutputError(err); isOut {
			fmt.Fprintln(errw, common.ErrorText(tr, err))
			return false, nil
		}
		return false, fmt.Errorf("export %s: %w", path, err)
	}
	fmt.Fprintln(out, tr.T("sheet.exported", shownText(path), n.People, n.Ideas, n.Consultations, n.Hours))
	return true, nil
}

// SheetCounts are the rows of each sheet WriteWorkbook wrote.
type SheetCounts struct{ People, Ideas, Hours, Consultations int }

// WriteWorkbook writes the workbook of ExportSheet to path (also the app's
// Sync screen, given a name ending in .xlsx). A file that could not be
// written comes back as a *fileError; an output refused as a
// *storage.OutputError; ctx's end as ctx.Err(). Nothing is left at path
// then. The caller checked that path may be written.
func WriteWorkbook(ctx context.Context, store *storage.Store, tr *i18n.Translator, path string) (SheetCounts, error) {
	var n SheetCounts
	book, err := sheetio.NewBookIn(filepath.Dir(path)) // never the system's temporary folder
	if err != nil {
		return n, err
	}
	defer book.Close()
	kinds := csvio.ExportKinds() // people first: the others name people by their phones
	rows := make([]int, len(kinds))
	sheets := make([]*sheetio.Sheet, len(kinds))
	for i, k := range kinds {
		if sheets[i], err = book.AddSheet(tr.T("sheet.name."+string(k)), sheetColumns(tr, k)); err != nil {
			return n, err
		}
	}
	people := &phoneBook{phones: map[string]string{}, names: map[string]string{}, merged: map[string]string{}, withdrawn: map[string]bool{}}
	fill := func(i int) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		var err error
		if rows[i], err = exportRows(store, kinds[i], sheets[i], people); err != nil {
			return err
		}
		if err := sheets[i].Close(); err != nil {
			return &fileError{path, err}
		}
		return nil
	}
	// People's sheet fills the phone book; then it is only read, and the
	// other sheets are written at the same time (each sheet's XML and
	// deflate run on its own goroutine beside the reading of its records).
	if err := fill(0); err != nil {
		return n, err
	}
	errs := make([]error, len(kinds))
	var wg sync.WaitGroup
	for i := 1; i < len(kinds); i++ {
		wg.Add(1)
		go func() { defer wg.Done(); errs[i] = fill(i) }()
	}
	wg.Wait()
	if err := firstError(errs); err != nil {
		return n, err
	}
	for i, k := range kinds {
		switch k {
		case csvio.People:
			n.People = rows[i]
		case csvio.Ideas:
			n.Ideas = rows[i]
		case csvio.Hours:
			n.Hours = rows[i]
		case csvio.Consultations:
			n.Consultations = rows[i]
		}
	}
	if err := ctx.Err(); err != nil {
		return n, err
	}
	err = common.WriteFileAtomic(path, func(w io.Writer) error {
		bw := bufio.NewWriterSize(w, 256<<10)
		if _, err := book.WriteTo(bw); err != nil {
			return err
		}
		return bw.Flush()
	})
	if _, isOut := storage.AsOutputError(err); err != nil && !isOut {
		err = &fileError{path, err}
	}
	return n, err
}

// firstError is the first of errs that is not nil.
func firstError(errs []error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// saveBook writes book to path through a temporary file renamed into place;
// a failure is explained on errw.
func saveBook(tr *i18n.Translator, book *sheetio.Book, path string, errw io.Writer) bool {
	err := common.WriteFileAtomic(path, func(w io.Writer) error {
		bw := bufio.NewWriterSize(w, 256<<10)
		if _, err := book.WriteTo(bw); err != nil {
			return err
		}
		return bw.Flush()
	})
	if err != nil {
		if _, isOut := storage.AsOutputError(err); isOut {
			fmt.Fprintln(errw, common.ErrorText(tr, err))
		} else {
			fmt.Fprintln(errw, common.FileErrorText(tr, "sheet.cannot_write", shownText(path), err))
		}
		return false
	}
	return true
}

// WriteBinary writes a workbook made by write (report's and credits'
// --format xlsx) to path, which the caller checked (storage.CheckOutput),
// through a temporary file renamed into place when complete, and says so on
// out. A binary file never goes to standard output: main refuses --format
// xlsx without --out. ok is false when it could not be written (explained on
// errw); err is for failures it could not explain better (the store).
func WriteBinary(tr *i18n.Translator, path string, write func(io.Writer) error, out, errw io.Writer) (ok bool, err error) {
	var inner error // write's own error, not the file's
	werr := common.WriteFileAtomic(path, func(w io.Writer) error {
		bw := bufio.NewWriterSize(w, 256<<10)
		if inner = write(bw); inner != nil {
			return inner
		}
		return bw.Flush()
	})
	switch {
	case inner != nil:
		return false, inner
	case werr != nil:
		if _, isOut := storage.AsOutputError(werr); isOut {
			fmt.Fprintln(errw, common.ErrorText(tr, werr))
		} else {
			fmt.Fprintln(errw, common.FileErrorText(tr, "sheet.cannot_write", shownText(path), werr))
		}
		return false, nil
	}
	fmt.Fprintln(out, tr.T("sheet.written", shownText(path)))
	return true, nil
}
