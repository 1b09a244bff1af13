package common

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
)

// TestTypedWithTheTabLandsInTheNextField: a tab and the keys after it,
// handled one after another with no command run between them (as when they
// arrive together), put the keys in the next field: they went into the
// field being left ("Иван Тестов87015551111").
func TestTypedWithTheTabLandsInTheNextField(t *testing.T) {
	var name, phone, year string
	f := huh.NewForm(huh.NewGroup(
		huh.NewInput().Value(&name),
		huh.NewInput().Value(&phone),
		huh.NewInput().Value(&year),
	))
	f.Init()
	var cmd tea.Cmd
	for _, k := range []tea.KeyMsg{
		{Type: tea.KeyRunes, Runes: []rune("Иван Тестов")},
		{Type: tea.KeyTab},
		{Type: tea.KeyRunes, Runes: []rune("87015551111")},
		{Type: tea.KeyTab},
		{Type: tea.KeyRunes, Runes: []rune("2001")},
	} {
		f, cmd = UpdateForm(f, k)
		_ = cmd // the commands left (cursor blinks) are not run
	}
	if name != "Иван Тестов" || phone != "87015551111" || year != "2001" {
		t.Fatalf("name %q, phone %q, year %q", name, phone, year)
	}
	// Past the last field the form completes at once, as huh's own move
	// to the next group would have.
	f, _ = UpdateForm(f, tea.KeyMsg{Type: tea.KeyEnter})
	if f.State != huh.StateCompleted {
		t.Fatalf("state %v after enter on the last field", f.State)
	}
}
