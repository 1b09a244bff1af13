package common

import (
	"testing"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

func runeKey(s string) tea.KeyMsg { return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)} }

// TestLetterKeysHaveTheirTwins: other letters keep their layout twins, "n"
// for new is «т» too.
func TestLetterKeysHaveTheirTwins(t *testing.T) {
	if !key.Matches(runeKey("т"), Bind("new", "n")) {
		t.Error("the twin of n is т")
	}
	if !key.Matches(runeKey("й"), Bind("quit", "q")) {
		t.Error("the twin of q is й")
	}
}
