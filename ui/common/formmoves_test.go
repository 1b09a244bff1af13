package common

import (
	"slices"
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

// TestListKeysHaveTheirTwins: a list's tick (x) and moves (j, k), and an
// upper-case hotkey (K: move an item up), answer to the letters on the same
// keys in ЙЦУКЕН (DESIGN §2): «ч» ticked nothing in the Consult services.
func TestListKeysHaveTheirTwins(t *testing.T) {
	km := FormKeyMap()
	for _, c := range []struct {
		b    []string
		want string
	}{{km.MultiSelect.Toggle.Keys(), "ч"}, {km.MultiSelect.Down.Keys(), "о"}, {km.Select.Up.Keys(), "л"},
		{Bind("up", "K").Keys(), "Л"}, {Bind("down", "J").Keys(), "О"}} {
		if !slices.Contains(c.b, c.want) {
			t.Errorf("%v lacks %q", c.b, c.want)
		}
	}
	var picked []string
	f := huh.NewForm(huh.NewGroup(huh.NewMultiSelect[string]().Options(huh.NewOptions("a", "b")...).Value(&picked))).WithKeyMap(km)
	f.Init()
	f, _ = UpdateForm(f, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("ч")})
	f, _ = UpdateForm(f, tea.KeyMsg{Type: tea.KeyEnter})
	if len(picked) != 1 || picked[0] != "a" {
		t.Fatalf("ч ticked %v", picked)
	}
}
