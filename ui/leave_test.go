package ui

import (
	"strings"
	"testing"

	"frontoffice/model"
	"frontoffice/model/application"
	"frontoffice/storage"
	"frontoffice/ui/common"
	"frontoffice/ui/settings"
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

// TestQuitWithNobodyAsksWhoFirst: with nobody named at the desk, q in the
// application view asks who is working, keeps the language chosen with l
// under that name and quits; esc on the question stays in the view with
// nothing written. It quit and dropped the language: nobody to keep it as.
func TestQuitWithNobodyAsksWhoFirst(t *testing.T) {
	b := buildBase(t)
	s := b.open(t)
	if err := s.SetSetting(settings.KeyConsultant, ""); err != nil {
		t.Fatal(err)
	}
	s.SetActor("")
	before, err := storage.GetAs[*model.Idea](s, model.KindIdea, b.idea)
	if err != nil {
		t.Fatal(err)
	}
	h := newHarness(t, s, model.RU, 100, 30)
	h.send(common.OpenMsg{Kind: model.KindIdea, ID: b.idea})
	h.keys("g", "l", "q")
	if h.quit || !strings.Contains(h.view(), "Кто сейчас на приёме?") {
		t.Fatalf("q quit (%v) or did not ask who is working:\n%s", h.quit, h.view())
	}
	h.keys("esc")
	if got, _ := storage.GetAs[*model.Idea](s, model.KindIdea, b.idea); h.quit || got.Rev != before.Rev {
		t.Fatalf("esc on the question: quit %v, rev %d (was %d)", h.quit, got.Rev, before.Rev)
	}
	h.keys("q")
	h.typeText("Мадина")
	h.keys("enter")
	got, _ := storage.GetAs[*model.Idea](s, model.KindIdea, b.idea)
	if !h.quit || got.Rev != before.Rev+1 || got.PrintLang == application.LangOf(before) || got.UpdatedBy != "Мадина" {
		t.Fatalf("after the answer: quit %v, rev %d (was %d), language %q by %q", h.quit, got.Rev, before.Rev, got.PrintLang, got.UpdatedBy)
	}
}
