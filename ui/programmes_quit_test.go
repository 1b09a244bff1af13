package ui

import (
	"strings"
	"testing"

	"frontoffice/model"
)

// TestQOnProgrammeSectionsDoesNotQuit: on a programme's sections, with
// the copy not yet saved, q neither quits the app nor loses the edit (it
// did both, without asking; found by the s18-try helper), and tab stays
// on the screen; esc still asks before throwing the edit away.
func TestQOnProgrammeSectionsDoesNotQuit(t *testing.T) {
	s := openStore(t)
	h := newHarness(t, s, model.EN, 100, 30)
	h.keys("s", "g", "down", "c")
	for range 10 { // the copy's ten fields as copied
		h.keys("enter")
	}
	if v := h.m.View(); !strings.Contains(v, "Sections of") {
		t.Fatalf("not on the sections:\n%s", v)
	}
	h.keys("q", "tab")
	if h.quit {
		t.Fatal("q on the sections quit the app")
	}
	if v := h.m.View(); !strings.Contains(v, "Sections of") {
		t.Fatalf("q or tab left the sections:\n%s", v)
	}
	h.keys("esc")
	if v := h.m.View(); !strings.Contains(v, "Discard the changes") {
		t.Fatalf("esc on an unsaved copy's sections should ask:\n%s", v)
	}
}

// TestHelpInAFormListsNoScreenKeys: F1 in a form (the ideas' filter) lists
// the form's keys and ctrl+c, not the screens' letters, tab or shift+tab as
// "next/previous screen", nor q: none of them works there (found by the
// s18-try helper).
func TestHelpInAFormListsNoScreenKeys(t *testing.T) {
	s := openStore(t)
	for _, lang := range model.Langs() {
		h := newHarness(t, s, lang, 100, 30)
		h.keys("i", "f", "f1")
		tr := h.m.c.Tr
		v := h.view()
		if !strings.Contains(v, tr.T("key.next_field")) || !strings.Contains(v, "ctrl+c") {
			t.Errorf("%s: the form's help lacks its own keys:\n%s", lang, v)
		}
		body := v[strings.Index(v, "\n")+1:] // under the tabs
		for _, not := range []string{tr.T("key.prev_screen"), tr.T("key.next_screen"), "shift+tab", tr.T("screen.home")} {
			if strings.Contains(body, not) {
				t.Errorf("%s: the form's help lists %q:\n%s", lang, not, v)
			}
		}
	}
}
