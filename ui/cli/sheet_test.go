package cli

import (
	"testing"

	"frontoffice/model"
	"frontoffice/model/csvio"
	"frontoffice/ui/i18n"
)

// Every column of every importable kind has a label in each language, and no
// two columns of one kind share a label (folded as import compares them), in
// any language: import-sheet reads each label back as its own column.
func TestSheetLabelsAreDistinct(t *testing.T) {
	for _, k := range []csvio.Kind{csvio.People, csvio.Ideas, csvio.Hours, csvio.Consultations} {
		labels := SheetLabels(k)
		for _, col := range csvio.Header(k) {
			for _, lang := range model.Langs() {
				l := i18n.New(lang).T("sheet.col." + col)
				if l == "sheet.col."+col || l == "" {
					t.Errorf("%s: no label for %s in %s", k, col, lang)
				}
				if got := labels[csvio.Fold(l)]; got != col {
					t.Errorf("%s: the %s label %q of %s reads as %q", k, lang, l, col, got)
				}
			}
		}
	}
}
