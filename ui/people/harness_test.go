package people

import (
	"strings"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/storage"
	"frontoffice/ui/common"
	"frontoffice/ui/i18n"
	"frontoffice/ui/uitest"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

// fixedNow is the tests' clock: 22 November 2026, at the desk.
var fixedNow = time.Date(2026, 11, 22, 10, 0, 0, 0, time.UTC)

func openStore(t *testing.T) *storage.Store { return uitest.OpenStore(t, fixedNow) }

// harness drives the People screen the way the root and the Bubble Tea
// runtime would: it runs the commands Update returns and feeds their messages
// back; DataChangedMsg and OpenMsg for a person come back as the root sends
// them, and what the screen asks of the rest of the app is recorded.
type harness struct {
	t      *testing.T
	s      *storage.Store
	m      *Model
	status []common.StatusMsg
	opened []common.OpenMsg
	asked  int    // how often "who is working?" was asked
	who    string // the answer ("": esc, nothing saved)
}

func newHarness(t *testing.T, s *storage.Store, lang model.Lang, w, h int) *harness {
	t.Helper()
	c := uitest.Common(s, lang, fixedNow)
	hs := &harness{t: t, s: s, who: uitest.OnDuty, m: New(c)}
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
	case common.AskWhoMsg: // nobody at the desk: the root asks who is working
		h.asked++
		if h.who != "" {
			h.run(uitest.AnswerWho(h.s, msg, h.who))
		}
		return true
	case common.StatusMsg:
		h.status = append(h.status, msg)
		return true
	case common.OpenMsg:
		h.opened = append(h.opened, msg)
		if msg.Kind == model.KindPerson {
			h.send(msg)
		}
		return true
	}
	return false
}

func (h *harness) keys(ks ...string) {
	for _, k := range ks {
		h.send(keyMsg(k))
	}
}

// typeText types s as one burst of runes ("" types nothing).
func (h *harness) typeText(s string) {
	if s != "" {
		h.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)})
	}
}

func keyMsg(k string) tea.KeyMsg { return uitest.Key(k) }

// view is the screen as a person reads it: a sum's no-break spaces as spaces.
func (h *harness) view() string { return strings.ReplaceAll(ansi.Strip(h.m.View()), "\u00a0", " ") }

// search puts text in the search box (opening it with /) and waits for the answer.
func (h *harness) search(text string) string {
	h.t.Helper()
	if !h.m.list.Focused() {
		h.keys("/")
	}
	h.keys("ctrl+u")
	h.typeText(text)
	if h.m.list.Waiting() {
		h.t.Fatalf("search for %q did not finish", text)
	}
	return h.view()
}

// form is what a consultant types into the register form, page by page.
type form struct {
	name, phone, iin, year, org string
	consent                     bool
	guardian                    *guardian // typed when the guardian page shows
	notes                       string
}

type guardian struct {
	name, phone string
	consent     bool
}

// fill types f into the open form, accepting the proposed region, consent
// method and date, and submits it.
func (h *harness) fill(f form) {
	h.t.Helper()
	if h.m.mode != editing {
		h.t.Fatalf("the form is not open (mode %d):\n%s", h.m.mode, h.view())
	}
	h.typeText(f.name)
	h.keys("enter")
	h.typeText(f.phone)
	h.keys("enter")
	h.typeText(f.iin)
	h.keys("enter")
	h.typeText(f.year)
	h.keys("enter")
	h.typeText(f.org)
	h.keys("enter", "enter") // organisation, region as proposed
	h.keys(yn(f.consent))    // answers and moves on
	h.keys("enter", "enter") // method and date as proposed
	if f.guardian != nil {
		h.typeText(f.guardian.name)
		h.keys("enter")
		h.typeText(f.guardian.phone)
		h.keys("enter", yn(f.guardian.consent))
	}
	h.typeText(f.notes)
	h.keys("enter")
}

func yn(b bool) string {
	if b {
		return "y"
	}
	return "n"
}

// register opens the form with n and fills it.
func (h *harness) register(f form) {
	h.t.Helper()
	h.keys("n")
	h.fill(f)
}

func (h *harness) count() int {
	h.t.Helper()
	n, err := h.s.Count(model.KindPerson)
	if err != nil {
		h.t.Fatal(err)
	}
	return n
}

func (h *harness) mustSee(what ...string) {
	h.t.Helper()
	v := h.view()
	for _, w := range what {
		if !strings.Contains(v, w) {
			h.t.Errorf("screen lacks %q:\n%s", w, v)
		}
	}
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

func newTr(lang model.Lang) *i18n.Translator { return i18n.New(lang) }
