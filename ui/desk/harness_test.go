package desk

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/storage"
	"frontoffice/ui/common"
	"frontoffice/ui/uitest"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

// start is the tests' clock at the start: 22 November 2026, the desk opens.
var start = time.Date(2026, 11, 22, 10, 0, 0, 0, time.UTC)

func openStore(t *testing.T, clock *time.Time) *storage.Store {
	t.Helper()
	s, err := storage.OpenWith(filepath.Join(t.TempDir(), "fo.db"), storage.Options{Now: func() time.Time { return *clock }})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if p := s.Check(); len(p) > 0 {
			t.Errorf("store check: %v", p)
		}
		s.Close()
	})
	return s
}

// harness drives the Desk the way the root and the Bubble Tea runtime would:
// it runs the commands Update returns and feeds their messages back;
// DataChangedMsg comes back as the root sends it, and what the screen asks of
// the rest of the app (status lines, opening a card) is recorded.
type harness struct {
	t      *testing.T
	s      *storage.Store
	m      *Model
	now    *time.Time
	status []common.StatusMsg
	opened []common.OpenMsg
}

func newHarness(t *testing.T, lang model.Lang, w, h int) *harness {
	t.Helper()
	now := start
	s := openStore(t, &now)
	return newHarnessOn(t, s, &now, lang, w, h)
}

func newHarnessOn(t *testing.T, s *storage.Store, now *time.Time, lang model.Lang, w, h int) *harness {
	t.Helper()
	if s.Actor() == "" { // someone is at the desk (TestWhoIsWorking starts with nobody)
		s.SetActor("Дежурный")
	}
	c := uitest.CommonClock(s, lang, func() time.Time { return *now })
	hs := &harness{t: t, s: s, m: New(c), now: now}
	hs.m.SetSize(w, h)
	hs.run(hs.m.Init())
	return hs
}

func (h *harness) send(msg tea.Msg) {
	_, cmd := h.m.Update(msg)
	h.run(cmd)
}

func (h *harness) run(cmd tea.Cmd) {
	uitest.Runner{T: h.t, Send: h.send, Catch: h.catch}.Run(cmd)
}

// catch takes what the root would handle, recording it.
func (h *harness) catch(msg tea.Msg) bool {
	switch msg := msg.(type) {
	case common.StatusMsg:
		h.status = append(h.status, msg)
		return true
	case common.OpenMsg:
		h.opened = append(h.opened, msg)
		return true
	}
	return false
}

// keys presses keys one by one; counted adds them to the keystrokes count.
func (h *harness) keys(ks ...string) {
	for _, k := range ks {
		h.send(keyMsg(k))
	}
}

// typeText types s as one burst of runes, as a fast typist or a paste does.
func (h *harness) typeText(s string) {
	if s != "" {
		h.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)})
	}
}

func keyMsg(k string) tea.KeyMsg { return uitest.Key(k) }

func (h *harness) view() string { return ansi.Strip(h.m.View()) }

func (h *harness) mustSee(what ...string) {
	h.t.Helper()
	v := h.view()
	for _, w := range what {
		if !strings.Contains(v, w) {
			h.t.Errorf("screen lacks %q:\n%s", w, v)
		}
	}
}

func (h *harness) mustNotSee(what ...string) {
	h.t.Helper()
	v := h.view()
	for _, w := range what {
		if strings.Contains(v, w) {
			h.t.Errorf("screen shows %q:\n%s", w, v)
		}
	}
}

func (h *harness) lastStatus() string {
	if len(h.status) == 0 {
		return ""
	}
	return h.status[len(h.status)-1].Text
}

func (h *harness) count(k model.Kind) int {
	h.t.Helper()
	n, err := h.s.Count(k)
	if err != nil {
		h.t.Fatal(err)
	}
	return n
}

// visits is today's visits as stored.
func (h *harness) visits() []*model.Visit {
	h.t.Helper()
	vs, err := h.s.Visits(model.DateOf(h.now.Local()))
	if err != nil {
		h.t.Fatal(err)
	}
	return vs
}

// queued is the queue's visits by the names it shows.
func (h *harness) queued() map[string]*model.Visit {
	byName := map[string]*model.Visit{}
	for _, v := range h.m.q.rows {
		byName[h.m.name(v)] = v
	}
	return byName
}

// visit is today's visit id as stored now; the test stops if it is gone.
func (h *harness) visit(id string) *model.Visit {
	h.t.Helper()
	for _, v := range h.visits() {
		if v.ID == id {
			return v
		}
	}
	h.t.Fatalf("visit %s gone", id)
	return nil
}

// addPerson stores a person directly, as another desk or an import would.
func addPerson(t *testing.T, s *storage.Store, name, phone, org string) *model.Person {
	t.Helper()
	p := model.New(model.KindPerson).(*model.Person)
	p.FullName, p.Phone, p.Organization = name, phone, org
	p.Consent, p.ConsentMethod, p.ConsentAt = true, "paper", "2026-11-01"
	p.Region = "karaganda"
	if err := s.Create(p); err != nil {
		t.Fatal(err)
	}
	return p
}
