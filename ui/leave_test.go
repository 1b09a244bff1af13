package ui

import (
	"testing"

	"frontoffice/model"
	"frontoffice/model/application"
	"frontoffice/storage"
	"frontoffice/ui/common"
)

// TestQuitKeepsTheApplicationLanguage: q in the application view keeps the
// language l chose on the idea, as esc does (it was lost); ctrl+c too.
func TestQuitKeepsTheApplicationLanguage(t *testing.T) {
	b := buildBase(t)
	for _, quit := range []string{"q", "ctrl+c"} {
		s := b.open(t)
		s.SetActor("Мадина Салпенова")
		before, err := storage.GetAs[*model.Idea](s, model.KindIdea, b.idea)
		if err != nil {
			t.Fatal(err)
		}
		h := newHarness(t, s, model.EN, 100, 30)
		h.send(common.OpenMsg{Kind: model.KindIdea, ID: b.idea})
		h.keys("g", "l")
		// l goes to the next language, in model.Langs' order
		ls := model.Langs()
		want := ls[0]
		for n, l := range ls {
			if l == application.LangOf(before) {
				want = ls[(n+1)%len(ls)]
			}
		}
		h.keys(quit)
		if !h.quit {
			t.Fatalf("%s did not quit", quit)
		}
		got, _ := storage.GetAs[*model.Idea](s, model.KindIdea, b.idea)
		if got.PrintLang != want || got.Rev != before.Rev+1 {
			t.Fatalf("%s: print language %q rev %d, want %q rev %d", quit, got.PrintLang, got.Rev, want, before.Rev+1)
		}
	}
}
