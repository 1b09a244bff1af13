package ui

import (
	"testing"

	"frontoffice/ui/i18n"
)

// TestScreenTable: the table New, the keys and help read holds each screen
// once, in its id's place, with a key of its own and words in every
// language (its words are looked up by a key from the table, which the
// i18n package's literal-key check cannot see).
func TestScreenTable(t *testing.T) {
	keys := map[string]bool{}
	for i, d := range screenTable {
		if d.id != i {
			t.Errorf("row %d holds screen %d", i, d.id)
		}
		if keys[d.key] {
			t.Errorf("key %q shows two screens", d.key)
		}
		keys[d.key] = true
		if !i18n.Has(d.help) {
			t.Errorf("screen %d: no words for %q", i, d.help)
		}
		if d.make == nil {
			t.Errorf("screen %d has no constructor", i)
		}
	}
	if len(screenTable) != screenSettings+1 {
		t.Errorf("%d screens in the table, %d ids", len(screenTable), screenSettings+1)
	}
}
