package home

import (
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

// TestFollowUpsListed: Home lists the follow-ups due and overdue, overdue
// first, and leaves out future ones; every line fits at 40 columns.
func TestFollowUpsListed(t *testing.T) {
	s, err := storage.OpenWith(filepath.Join(t.TempDir(), "fo.db"), storage.Options{Now: func() time.Time { return fixedNow }})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	p := model.New(model.KindPerson).(*model.Person)
	p.FullName, p.Consent = "Айгерім Сейтқали", true
	if err := s.Create(p); err != nil {
		t.Fatal(err)
	}
	for _, fu := range []model.Date{"2026-02-13", "2026-02-04", "2026-02-20"} {
		c := model.New(model.KindConsultation).(*model.Consultation)
		c.Date, c.Consultant, c.Services, c.PersonID, c.FollowUp = "2026-02-01", "Мадина", []model.Service{"methodology"}, p.ID, fu
		if err := s.LogConsultation(c); err != nil {
			t.Fatal(err)
		}
	}
	for _, size := range [][2]int{{100, 30}, {40, 9}} {
		c := uitest.Common(s, model.EN, fixedNow)
		m := New(c)
		m.SetSize(size[0], size[1])
		m.Update(m.Init()())
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
		msg := m.Init()().(summaryMsg)
		if msg.pending != "" {
			t.Fatalf("a store with no import pending: %q", msg.pending)
		}
		msg.pending = "astana.fob" // as PendingImport reports after a cut (storage tests make one)
		m.Update(msg)
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
