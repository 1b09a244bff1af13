package ui

import (
	"io"
	"strings"
	"testing"

	"frontoffice/model"
	"frontoffice/ui/cli"
	"frontoffice/ui/i18n"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

// TestEveryScreenFitsEverySize draws every screen of a small demo store
// (each tab, an idea's card and grant application, a person's card,
// Settings' programmes and change log, the help overlay) at 40×12, 80×24 and
// 200×60 and resized between them at every step, and checks each frame as
// the app draws it, before the terminal cuts anything: exactly as many
// lines as the terminal has, none wider, the tab bar first with the active
// tab marked, and the screen's own text. ui/e2e does the same walk in a real
// terminal.
func TestEveryScreenFitsEverySize(t *testing.T) {
	s := openStore(t)
	if _, err := cli.Demo(s, i18n.New(model.EN), cli.DemoOptions{Ideas: 50, People: 50, Seed: 1}, fixedNow, io.Discard); err != nil {
		t.Fatal(err)
	}
	walk := []struct{ key, tab, marker string }{
		{"", "Home", "Visitors today"},
		{"i", "Ideas", "archived"},
		{"enter", "Ideas", "Status:"},
		{"g", "Ideas", "Grant application"},
		{"esc", "Ideas", "Status:"},
		{"esc", "Ideas", "archived"},
		{"p", "People", "Found: 50"},
		{"enter", "People", "Phone:"},
		{"esc", "People", "Found: 50"},
		{"v", "Consult", "Follow-ups ("},
		{"w", "Hours", "Pending"},
		{"r", "Reports", "Totals"},
		{"t", "Sync", "Bundle file"},
		{"s", "Settings", "Office name"},
		{"g", "Settings", "Grant programmes ("},
		{"esc", "Settings", "Office name"},
		{"a", "Settings", "Recent changes"},
		{"esc", "Settings", "Office name"},
		{"?", "Settings", "Keys on the"},
		{"esc", "Settings", "Office name"},
		{"d", "Desk", "Today's queue"},
		{"esc", "Desk", "s serve"},
		{"h", "Home", "Visitors today"},
	}
	sizes := [][2]int{{40, 12}, {80, 24}, {200, 60}}
	runs := map[string][][2]int{"40x12": sizes[:1], "80x24": sizes[1:2], "200x60": sizes[2:], "resizing": sizes}
	for name, sz := range runs {
		t.Run(name, func(t *testing.T) {
			h := newHarness(t, s, model.EN, sz[0][0], sz[0][1])
			for i, st := range walk {
				w, ht := sz[i%len(sz)][0], sz[i%len(sz)][1]
				h.send(tea.WindowSizeMsg{Width: w, Height: ht})
				if st.key != "" {
					h.keys(st.key)
				}
				view := h.m.View()
				lines := strings.Split(view, "\n")
				if len(lines) != ht {
					t.Errorf("%s after %q at %dx%d: %d lines", st.tab, st.key, w, ht, len(lines))
				}
				for n, l := range lines {
					if lw := ansi.StringWidth(l); lw > w {
						t.Errorf("%s after %q at %dx%d: line %d is %d wide: %q", st.tab, st.key, w, ht, n+1, lw, ansi.Strip(l))
					}
				}
				plain := ansi.Strip(view)
				if !strings.Contains(lines[0], "["+st.tab+"]") || !strings.Contains(plain, st.marker) {
					t.Fatalf("step %d, %s after %q at %dx%d: no [%s] in the tab bar or no %q:\n%s", i, st.tab, st.key, w, ht, st.tab, st.marker, plain)
				}
			}
		})
	}
}
