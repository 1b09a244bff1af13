package cli

import (
	"fmt"
	"io"
	"slices"

	"github.com/xuri/excelize/v2"

	"frontoffice/model"
	"frontoffice/model/csvio"
	"frontoffice/model/sheetio"
	"frontoffice/ui/i18n"
)

// templateRows is how many rows of a template get the drop-down lists.
const templateRows = 2000

// SheetTemplate writes an empty workbook for kind (people, ideas or hours) at
// path, for offices that collect registrations on other computers and bring
// them in later with import-sheet (docs/sheets.md): one sheet named after the
// kind with the header labelled in tr's language (the columns the program
// makes itself — id, created_at, updated_at — left out), text columns
// formatted as text so IINs keep their zeros, drop-down lists of regions,
// directions, statuses and yes/no in tr's language (on a Lists sheet), and a
// Notes sheet that says what each column holds. The caller checked that path
// may be written.
func SheetTemplate(tr *i18n.Translator, k csvio.Kind, path string, out, errw io.Writer) (ok bool, err error) {
	book, err := sheetio.NewBook()
	if err != nil {
		return false, err
	}
	defer book.Close()
	var cols []sheetio.Column
	for _, c := range sheetColumns(tr, k) {
		if c.Name != "id" && c.Name != "created_at" && c.Name != "updated_at" {
			cols = append(cols, c)
		}
	}
	sheet, err := book.AddSheet(tr.T("sheet.name."+string(k)), cols)
	if err != nil {
		return false, err
	}
	lists := templateLists(tr, k)
	listsName := sheetio.SheetName(tr.T("sheet.name.lists"))
	for i, c := range cols {
		col := slices.IndexFunc(lists, func(l templateList) bool { return l.column == c.Name })
		if col < 0 {
			continue
		}
		listCol, _ := excelize.ColumnNumberToName(col + 1)
		sheet.AddDropList(i, templateRows, fmt.Sprintf("'%s'!$%s$2:$%s$%d", listsName, listCol, listCol, len(lists[col].values)+1),
			c.Label, tr.T("sheet.pick_error"))
	}
	if err := sheet.Close(); err != nil {
		return false, err
	}
	if err := notesSheet(book, tr, k, cols); err != nil {
		return false, err
	}
	if err := listsSheet(book, listsName, lists, cols); err != nil {
		return false, err
	}
	if !saveBook(tr, book, path, errw) {
		return false, nil
	}
	fmt.Fprintln(out, tr.T("sheet.template_written", shownText(path), k))
	return true, nil
}

// templateList is the values of one drop-down list.
type templateList struct {
	column string
	values []string
}

// templateLists are kind's drop-down lists, in tr's language: what
// import-sheet reads back as the codes.
func templateLists(tr *i18n.Translator, k csvio.Kind) []templateList {
	lang := tr.Lang()
	var out []templateList
	add := func(col string, values []string) {
		if slices.Contains(csvio.Header(k), col) {
			out = append(out, templateList{col, values})
		}
	}
	add("region", labels(model.Regions(), lang))
	add("direction", labels(model.Directions(), lang))
	switch k {
	case csvio.Ideas:
		add("status", labels(model.IdeaStatuses(), lang))
	case csvio.Hours:
		add("status", labels(model.HoursStatuses(), lang))
	}
	add("consent", []string{tr.T("sheet.yes"), tr.T("sheet.no")})
	return out
}

func labels[T interface{ Label(model.Lang) string }](all []T, lang model.Lang) []string {
	out := make([]string, len(all))
	for i, v := range all {
		out[i] = v.Label(lang)
	}
	return out
}

// listsSheet writes the drop-down lists' values, a column each, headed by
// the column's label.
func listsSheet(book *sheetio.Book, name string, lists []templateList, cols []sheetio.Column) error {
	f := book.File()
	if _, err := f.NewSheet(name); err != nil {
		return err
	}
	for i, l := range lists {
		label := l.column
		for _, c := range cols {
			if c.Name == l.column {
				label = c.Label
			}
		}
		col, _ := excelize.ColumnNumberToName(i + 1)
		cells := append([]string{label}, l.values...)
		for r, v := range cells {
			if err := f.SetCellStr(name, fmt.Sprintf("%s%d", col, r+1), v); err != nil {
				return err
			}
		}
		if err := f.SetColWidth(name, col, col, 34); err != nil {
			return err
		}
	}
	if len(lists) > 0 {
		last, _ := excelize.ColumnNumberToName(len(lists))
		return f.SetCellStyle(name, "A1", last+"1", book.HeaderStyle())
	}
	return nil
}

// notesSheet explains each column: its label, its name in the program (what
// import-sheet also reads) and what to write in it.
func notesSheet(book *sheetio.Book, tr *i18n.Translator, k csvio.Kind, cols []sheetio.Column) error {
	f := book.File()
	name := sheetio.SheetName(tr.T("sheet.name.notes"))
	if _, err := f.NewSheet(name); err != nil {
		return err
	}
	set := func(cell, v string) error { return f.SetCellStr(name, cell, v) }
	if err := set("A1", tr.T("sheet.notes_title")); err != nil {
		return err
	}
	if err := set("A2", tr.T("sheet.notes_intro", k)); err != nil {
		return err
	}
	for i, h := range []string{tr.T("sheet.notes_column"), tr.T("sheet.notes_name"), tr.T("sheet.notes_what")} {
		col, _ := excelize.ColumnNumberToName(i + 1)
		if err := set(fmt.Sprintf("%s4", col), h); err != nil {
			return err
		}
	}
	for i, c := range cols {
		row := i + 5
		for j, v := range []string{c.Label, c.Name, tr.T("sheet.note." + c.Name)} {
			col, _ := excelize.ColumnNumberToName(j + 1)
			if err := set(fmt.Sprintf("%s%d", col, row), v); err != nil {
				return err
			}
		}
	}
	if err := f.SetCellStyle(name, "A1", "A1", book.HeaderStyle()); err != nil {
		return err
	}
	if err := f.SetCellStyle(name, "A4", "C4", book.HeaderStyle()); err != nil {
		return err
	}
	for col, w := range map[string]float64{"A": 28, "B": 18, "C": 90} {
		if err := f.SetColWidth(name, col, col, w); err != nil {
			return err
		}
	}
	return nil
}
