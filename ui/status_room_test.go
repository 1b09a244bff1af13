package ui

import (
	"strings"
	"testing"

	"frontoffice/model"
	"frontoffice/ui/common"

	"github.com/charmbracelet/x/ansi"
)

// TestLongStatusShortensTheScreen: a status message wrapped over three
// lines under the help line makes the screen two lines shorter, so it lays
// its rows out in what is left: its last lines are not cut off under the
// status (the Desk's visitor "under the cursor" was, at 40×12). The room
// comes back when the status goes.
func TestLongStatusShortensTheScreen(t *testing.T) {
	s := openStore(t)
	h := newHarness(t, s, model.KK, 40, 12)
	full := strings.Split(ansi.Strip(h.m.screens[h.m.active].View()), "\n")
	h.send(common.StatusMsg{Text: strings.Repeat("Бекзат Тест бүгін кезекте күтіп тұр. ", 3)})
	status := h.m.statusLines()
	if len(status) < 3 {
		t.Fatalf("the status takes %d lines", len(status))
	}
	screen := strings.Split(ansi.Strip(h.m.screens[h.m.active].View()), "\n")
	if want := len(full) - (len(status) - 1); len(screen) != want {
		t.Fatalf("the screen draws %d lines under a %d-line status, want %d", len(screen), len(status), want)
	}
	view := ansi.Strip(h.m.View())
	if n := len(strings.Split(view, "\n")); n != 12 {
		t.Fatalf("%d lines:\n%s", n, view)
	}
	// The screen's own last line is on screen: nothing of it was cut.
	if last := strings.TrimRight(screen[len(screen)-1], " "); last != "" && !strings.Contains(view, last) {
		t.Fatalf("the screen's last line %q is cut:\n%s", last, view)
	}
	h.keys("right") // a key clears the status: the screen has its room again
	if got := len(strings.Split(ansi.Strip(h.m.screens[h.m.active].View()), "\n")); got != len(full) {
		t.Fatalf("after the status went: %d lines, want %d", got, len(full))
	}
}
