package home

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/storage"
	"frontoffice/ui/uitest"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

var fixedNow = time.Date(2026, 2, 13, 10, 0, 0, 0, time.UTC)

// storeWithFollowUps is a store (closed at the test's end) holding one
// person, Айгерім Сейтқали, and a consultation of 1 February asking her
// back on each of the days.
func storeWithFollowUps(t *testing.T, days ...model.Date) *storage.Store {
	t.Helper()
	s, err := storage.OpenWith(filepath.Join(t.TempDir(), "fo.db"), storage.Options{Now: func() time.Time { return fixedNow }})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	p := model.New(model.KindPerson).(*model.Person)
	p.FullName, p.Consent = "Айгерім Сейтқали", true
	if err := s.Create(p); err != nil {
		t.Fatal(err)
	}
	for _, fu := range days {
		c := model.New(model.KindConsultation).(*model.Consultation)
		c.Date, c.Consultant, c.Services, c.PersonID, c.FollowUp = "2026-02-01", "Мадина", []model.Service{"methodology"}, p.ID, fu
		if err := s.LogConsultation(c); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

// initMsgs runs Init's commands (the counts, then the follow-ups) and
// returns their messages in that order.
func initMsgs(m *Model) []tea.Msg {
	var msgs []tea.Msg
	for _, cmd := range m.Init()().(tea.BatchMsg) {
		msgs = append(msgs, cmd())
	}
	return msgs
}

// TestCountsBeforeFollowUps: Home draws its counts without waiting for the
// follow-ups (which read every due consultation), says "…" for their count
// until it comes, in whichever order the two answers arrive, keeps the last
// count through a refresh, and drops an answer to an older ask.
func TestCountsBeforeFollowUps(t *testing.T) {
	s := storeWithFollowUps(t, "2026-02-10")
	for _, reversed := range []bool{false, true} {
		m := New(uitest.Common(s, model.EN, fixedNow))
		m.SetSize(100, 30)
		msgs := initMsgs(m)
		if len(msgs) != 2 {
			t.Fatalf("Init asks %d things, want the counts and the follow-ups", len(msgs))
		}
		if reversed {
			msgs[0], msgs[1] = msgs[1], msgs[0]
		}
		m.Update(msgs[0])
		v := ansi.Strip(m.View())
		switch {
		case !reversed && (!strings.Contains(v, "People: 1") || !strings.Contains(v, "Follow-ups due: …") || strings.Contains(v, "overdue")):
			t.Fatalf("the counts alone should show, the follow-ups' count as …:\n%s", v)
		case reversed && strings.Contains(v, "People"):
			t.Fatalf("the follow-ups alone drew the counts:\n%s", v)
		}
		m.Update(msgs[1])
		if v := ansi.Strip(m.View()); !strings.Contains(v, "People: 1") || !strings.Contains(v, "Follow-ups due: 1") ||
			!strings.Contains(v, "overdue 10.02 · Айгерім Сейтқали") {
			t.Fatalf("reversed %v: both answers in, Home should show both:\n%s", reversed, v)
		}
		old := initMsgs(m) // a refresh: its counts come, its follow-ups not yet
		m.Update(old[0])
		if v := ansi.Strip(m.View()); !strings.Contains(v, "Follow-ups due: 1") {
			t.Fatalf("a refresh should keep the last count until the new one:\n%s", v)
		}
		initMsgs(m) // a newer ask: the older follow-ups are dropped
		stale := old[1].(followMsg)
		stale.due = 99
		m.Update(stale)
		if v := ansi.Strip(m.View()); strings.Contains(v, "99") {
			t.Fatalf("an answer to an older ask was taken:\n%s", v)
		}
	}
}

// TestFollowUpsListed: Home lists the follow-ups due and overdue, overdue
// first, and leaves out future ones; every line fits at 40 columns.
func TestFollowUpsListed(t *testing.T) {
	s := storeWithFollowUps(t, "2026-02-13", "2026-02-04", "2026-02-20")
	for _, size := range [][2]int{{100, 30}, {40, 9}} {
		c := uitest.Common(s, model.EN, fixedNow)
		m := New(c)
		m.SetSize(size[0], size[1])
		for _, msg := range initMsgs(m) {
			m.Update(msg)
		}
		for range 20 { // scroll to the end on a small screen
			m.Update(tea.KeyMsg{Type: tea.KeyDown})
		}
		v := ansi.Strip(m.View())
		if size[0] == 100 {
			if !strings.Contains(v, "Follow-ups due: 2") || !strings.Contains(v, "overdue 04.02 · Айгерім Сейтқали") ||
				!strings.Contains(v, "today · Айгерім Сейтқали") {
				t.Errorf("home:\n%s", v)
			}
			if strings.Index(v, "overdue 04.02") > strings.Index(v, "today · ") {
				t.Errorf("overdue should come first:\n%s", v)
			}
		}
		for _, l := range strings.Split(m.View(), "\n") {
			if w := ansi.StringWidth(l); w > size[0] {
				t.Errorf("%v: line of %d cells: %q", size, w, ansi.Strip(l))
			}
		}
	}
}

// TestInterruptedImportSaidFirst: when an import was cut short (a power
// cut), Home says so first, naming the bundle and where to finish it, and
// the line fits a small screen.
func TestInterruptedImportSaidFirst(t *testing.T) {
	s, err := storage.OpenWith(filepath.Join(t.TempDir(), "fo.db"), storage.Options{Now: func() time.Time { return fixedNow }})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, c := range []struct {
		lang model.Lang
		want string
	}{
		{model.EN, "The import of astana.fob was interrupted"},
		{model.KK, "astana.fob импорты аяқталмай үзілді"},
	} {
		cm := uitest.Common(s, c.lang, fixedNow)
		m := New(cm)
		m.SetSize(40, 12)
		for _, msg := range initMsgs(m) {
			if msg, ok := msg.(summaryMsg); ok {
				if msg.pending != "" {
					t.Fatalf("a store with no import pending: %q", msg.pending)
				}
				msg.pending = "astana.fob" // as PendingImport reports after a cut (storage tests make one)
				m.Update(msg)
				continue
			}
			m.Update(msg)
		}
		v := ansi.Strip(m.View())
		if !strings.HasPrefix(strings.Join(strings.Fields(v), " "), c.want) {
			t.Errorf("%s: Home should open with the interrupted import:\n%s", c.lang, v)
		}
		for _, l := range strings.Split(m.View(), "\n") {
			if w := ansi.StringWidth(l); w > 40 {
				t.Errorf("%s: a line of %d cells: %q", c.lang, w, ansi.Strip(l))
			}
		}
	}
}

// TestLastExportShown: Home says when this office last exported (DESIGN §2:
// today at a glance … last export), "never" before the first, in the day
// first form every screen uses, in each language.
func TestLastExportShown(t *testing.T) {
	s := storeWithFollowUps(t)
	view := func(lang model.Lang) string {
		m := New(uitest.Common(s, lang, fixedNow))
		m.SetSize(40, 30)
		for _, msg := range initMsgs(m) {
			m.Update(msg)
		}
		return ansi.Strip(m.View())
	}
	if v := view(model.EN); !strings.Contains(v, "Last export: never") {
		t.Fatalf("before any export:\n%s", v)
	}
	if _, err := s.ExportFile(context.Background(), filepath.Join(t.TempDir(), "a.fob"), storage.ExportOptions{}, nil); err != nil {
		t.Fatal(err)
	}
	for lang, want := range map[model.Lang]string{model.EN: "Last export: 13.02.2026 10:00",
		model.RU: "Последний экспорт: 13.02.2026 10:00", model.KK: "Соңғы экспорт: 13.02.2026 10:00"} {
		if v := view(lang); !strings.Contains(v, want) {
			t.Fatalf("%s: want %q:\n%s", lang, want, v)
		}
	}
}
