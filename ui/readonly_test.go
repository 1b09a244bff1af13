package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/storage"
)

// Issue 18 item 6: a store that can only be read opens in the app with a
// read-only banner in every language, and an edit is refused with a
// sentence, not an error dump; the file is not touched.
func TestReadOnlyStoreInTheApp(t *testing.T) {
	db := filepath.Join(t.TempDir(), "fo.db")
	w, err := storage.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	w.Close()
	os.Chmod(db, 0o400)
	t.Cleanup(func() { os.Chmod(db, 0o600) })
	before, _ := os.ReadFile(db)
	s, err := storage.OpenWith(db, storage.Options{ReadOnly: true, Now: func() time.Time { return fixedNow }})
	if err != nil {
		t.Fatal(err)
	}
	for lang, want := range map[model.Lang]string{
		model.EN: "READ-ONLY: changes cannot be saved",
		model.RU: "ТОЛЬКО ЧТЕНИЕ: изменения не сохраняются",
		model.KK: "ТЕК ОҚУ: өзгерістер сақталмайды",
	} {
		h := newHarness(t, s, lang, 100, 30)
		if v := h.view(); !strings.Contains(v, want) {
			t.Errorf("%s: no read-only banner:\n%s", lang, v)
		}
	}
	// Settings → edit → save: refused with the sentence.
	h := newHarness(t, s, model.EN, 100, 30)
	h.keys("s", "e")
	h.typeText("Office")
	for range 8 {
		h.keys("enter")
	}
	v := h.view()
	if !strings.Contains(v, "The store is open read-only: nothing can be changed") || strings.Contains(v, "Something went wrong") {
		t.Errorf("an edit of a read-only store:\n%s", v)
	}
	s.Close()
	if after, _ := os.ReadFile(db); string(after) != string(before) {
		t.Error("the read-only store's file changed")
	}
}
