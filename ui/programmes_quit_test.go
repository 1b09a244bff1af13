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
