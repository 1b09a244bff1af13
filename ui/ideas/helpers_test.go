package ideas

import (
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

var fixedNow = time.Date(2026, 11, 22, 10, 0, 0, 0, time.UTC)

func openStore(t *testing.T) *storage.Store { return uitest.OpenStore(t, fixedNow) }

// harness drives the screen the way the root and the Bubble Tea runtime
// would: it runs the commands Update returns (those of one batch at once)
// and feeds their messages back; DataChangedMsg comes back as the root
// broadcasts it; status lines and requests to open a person are recorded.
type harness struct {
	t      *testing.T
	m      *Model
	c      *common.Common
	status []common.StatusMsg
	opened []common.OpenMsg
	asked  int // how often "who is working?" was asked (answered uitest.OnDuty)
}

func newHarness(t *testing.T, s *storage.Store, lang model.Lang, w, h int) *harness {
	t.Helper()
	c := uitest.Common(s, lang, fixedNow)
	hs := &harness{t: t, c: c, m: New(c)}
	hs.m.SetSize(w, h)
	hs.run(hs.m.Init())
	return hs
}

func (h *harness) send(msg tea.Msg) {
	if h.catch(msg) {
		return
	}
	h.update(msg)
}

func (h *harness) update(msg tea.Msg) {
	_, cmd := h.m.Update(msg)
	h.run(cmd)
}

// catch takes what the root would handle, recording it: status lines, and
// requests to open a record elsewhere (an idea opens here, as the root would
// route it back).
func (h *harness) catch(msg tea.Msg) bool {
	switch msg := msg.(type) {
	case common.AskWhoMsg: // nobody at the desk: the root asks who is working
		h.asked++
		h.run(uitest.AnswerWho(h.c.Store, msg, uitest.OnDuty))
		return true
	case common.StatusMsg:
		h.status = append(h.status, msg)
		return true
	case common.OpenMsg:
		h.opened = append(h.opened, msg)
		return msg.Kind != model.KindIdea
	}
	return false
}

// run executes cmd and its descendants, however long they take; only timers
// (cursor blinks, spinners, ticks), known by name, are not run.
func (h *harness) run(cmd tea.Cmd) {
	uitest.Runner{T: h.t, Send: h.update, Catch: h.catch}.Run(cmd)
}

func (h *harness) keys(ks ...string) {
	for _, k := range ks {
		h.send(keyMsg(k))
	}
}

func (h *harness) typeText(s string) {
	h.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)})
}

func keyMsg(k string) tea.KeyMsg { return uitest.Key(k) }

// view is the screen as a person reads it: a sum's no-break spaces as spaces.
func (h *harness) view() string { return strings.ReplaceAll(ansi.Strip(h.m.View()), "\u00a0", " ") }

// enterUntil presses enter until cond holds (at most n times).
func (h *harness) enterUntil(n int, cond func() bool) {
	h.t.Helper()
	for i := 0; i < n && !cond(); i++ {
		h.keys("enter")
	}
	if !cond() {
		h.t.Fatalf("still not there after %d enters:\n%s", n, h.view())
	}
}

func (h *harness) lastStatus() string {
	if len(h.status) == 0 {
		return ""
	}
	return h.status[len(h.status)-1].Text
}

// mustContain fails when the view lacks any of wants.
func (h *harness) mustContain(wants ...string) {
	h.t.Helper()
	v := h.view()
	for _, w := range wants {
		if !strings.Contains(v, w) {
			h.t.Errorf("view lacks %q:\n%s", w, v)
		}
	}
}

// fits fails when the view is wider than w cells or taller than hgt lines.
func fits(t *testing.T, what, view string, w, hgt int) {
	t.Helper()
	lines := strings.Split(view, "\n")
	if len(lines) > hgt {
		t.Errorf("%s: %d lines, more than %d:\n%s", what, len(lines), hgt, view)
	}
	for _, l := range lines {
		if n := ansi.StringWidth(l); n > w {
			t.Errorf("%s: line %q is %d cells wide, more than %d", what, l, n, w)
		}
	}
}

// ideas lists every live idea in the store.
func allIdeas(t *testing.T, s *storage.Store) []*model.Idea {
	t.Helper()
	var out []*model.Idea
	if err := s.List(model.KindIdea, func(r model.Record) error {
		out = append(out, r.(*model.Idea))
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return out
}

func addIdea(t *testing.T, s *storage.Store, title string, dir model.Direction) *model.Idea {
	t.Helper()
	i := model.New(model.KindIdea).(*model.Idea)
	i.Title, i.Direction, i.Region, i.Status = title, dir, "karaganda", model.StatusDraft
	i.BudgetKZT = 100000
	if err := s.Create(i); err != nil {
		t.Fatal(err)
	}
	return i
}

func addPerson(t *testing.T, s *storage.Store, name, phone string) *model.Person {
	t.Helper()
	p := model.New(model.KindPerson).(*model.Person)
	p.FullName, p.Phone, p.Consent = name, phone, true
	if err := s.Create(p); err != nil {
		t.Fatal(err)
	}
	return p
}
