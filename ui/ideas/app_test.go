package ideas_test

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/storage"
	"frontoffice/ui"
	"frontoffice/ui/common"
	"frontoffice/ui/uitest"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

// The Ideas screen inside the whole app: the root's global keys, its 40×12
// promise, and OpenMsg routing.

type app struct {
	t    *testing.T
	m    tea.Model
	quit bool
}

func (a *app) send(msg tea.Msg) {
	m, cmd := a.m.Update(msg)
	a.m = m
	a.run(cmd)
}

// run executes cmd and its descendants, however long they take; only timers
// (cursor blinks, spinners, ticks), known by name, are not run.
func (a *app) run(cmd tea.Cmd) {
	uitest.Runner{T: a.t, Send: a.send, Catch: a.catch}.Run(cmd)
}

// catch notes the program's end, which the runtime would act on.
func (a *app) catch(msg tea.Msg) bool {
	if _, ok := msg.(tea.QuitMsg); ok {
		a.quit = true
		return true
	}
	return false
}

func (a *app) key(s string) {
	switch s {
	case "esc":
		a.send(tea.KeyMsg{Type: tea.KeyEsc})
	case "enter":
		a.send(tea.KeyMsg{Type: tea.KeyEnter})
	default:
		a.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)})
	}
}

func (a *app) view() string { return ansi.Strip(a.m.View()) }

func (a *app) fits(w, h int) {
	a.t.Helper()
	v := a.view()
	lines := strings.Split(v, "\n")
	if len(lines) > h {
		a.t.Errorf("%d lines at %d×%d:\n%s", len(lines), w, h, v)
	}
	for _, l := range lines {
		if ansi.StringWidth(l) > w {
			a.t.Errorf("line wider than %d: %q", w, l)
		}
	}
}

func TestIdeasInTheAppAt40x12(t *testing.T) {
	now := time.Date(2026, 11, 22, 10, 0, 0, 0, time.UTC)
	s, err := storage.OpenWith(filepath.Join(t.TempDir(), "fo.db"), storage.Options{Now: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	idea := model.New(model.KindIdea).(*model.Idea)
	idea.Title, idea.Direction, idea.Region, idea.Status = "Таза әлем челленджі", "taza_alem", "astana", "draft"
	if err := s.Create(idea); err != nil {
		t.Fatal(err)
	}
	c := ui.NewCommon(s, model.EN, func() time.Time { return now })
	c.Styles = common.NewStyles(true)
	a := &app{t: t, m: ui.New(c)}
	a.send(tea.WindowSizeMsg{Width: 40, Height: 12})
	a.run(a.m.Init())

	a.key("i")
	if !strings.Contains(a.view(), "Таза әлем челленджі") {
		t.Fatalf("i did not show Ideas:\n%s", a.view())
	}
	a.fits(40, 12)
	// Letter keys switch screens while the search box is not focused…
	a.key("p")
	if strings.Contains(a.view(), "Таза әлем челленджі") {
		t.Fatalf("p did not leave Ideas:\n%s", a.view())
	}
	a.key("ш") // i on the Russian layout
	// …and type into the box while it is.
	a.key("/")
	a.key("p")
	a.key("q")
	v := a.view()
	if a.quit || !strings.Contains(v, "/ pq") {
		t.Fatalf("typing in the search box reached the global keys (quit %v):\n%s", a.quit, v)
	}
	a.fits(40, 12)
	a.key("esc") // leave the box
	a.key("esc") // the root's back: Home
	if strings.Contains(a.view(), "/ pq") {
		t.Errorf("esc twice did not go Home:\n%s", a.view())
	}
	// Another screen asks to open the idea.
	a.send(common.OpenMsg{Kind: model.KindIdea, ID: idea.ID})
	if v := a.view(); !strings.Contains(v, "Status: Draft") {
		t.Fatalf("OpenMsg did not show the card:\n%s", v)
	}
	a.fits(40, 12)
	a.key("esc") // the card closes, back to where it was opened from: Home
	if v := a.view(); !strings.Contains(v, "Visitors today") {
		t.Fatalf("esc on the card did not go back to where it was opened:\n%s", v)
	}
	a.key("i") // Ideas shows its list again
	if v := a.view(); !strings.Contains(v, "Sort: best match") || !strings.Contains(v, "/ pq") {
		t.Fatalf("the card did not go back to the list:\n%s", v)
	}
	a.send(common.OpenMsg{Kind: model.KindIdea, ID: idea.ID}) // opened on Ideas itself
	a.key("esc")
	if v := a.view(); !strings.Contains(v, "Sort: best match") {
		t.Fatalf("esc on a card opened on its own screen did not go back to the list:\n%s", v)
	}
	a.key("q")
	if !a.quit {
		t.Error("q on the card did not quit")
	}
}
