package common

import (
	"testing"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

func runeKey(s string) tea.KeyMsg { return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)} }

// TestAnswersReadAsSaid: «н» is no (нет), never yes, though it sits on the
// "y" key of the ЙЦУКЕН layout; «д» and «и» are yes (да, иә).
func TestAnswersReadAsSaid(t *testing.T) {
	yes, no := BindYes("yes"), BindNo("no")
	for _, k := range []string{"y", "д", "и", "Д"} {
		if !key.Matches(runeKey(k), yes) || key.Matches(runeKey(k), no) {
			t.Errorf("%q should be yes only", k)
		}
	}
	for _, k := range []string{"n", "н", "Н"} {
		if !key.Matches(runeKey(k), no) || key.Matches(runeKey(k), yes) {
			t.Errorf("%q should be no only", k)
		}
	}
	// Other letters keep their layout twins: "n" for new is «т» too.
	if !key.Matches(runeKey("т"), Bind("new", "n")) {
		t.Error("the twin of n is т")
	}
}
