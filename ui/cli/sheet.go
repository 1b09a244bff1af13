package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

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
			return csvio.ParseSheet(o.Kind, rows, opts)
		}, labels, out, errw)
}
