package consult

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

// fixedNow is the tests' clock: 13 February 2026, at the desk.
var fixedNow = time.Date(2026, 2, 13, 10, 0, 0, 0, time.UTC)

func openStore(t *testing.T) *storage.Store { return uitest.OpenStore(t, fixedNow) }

// harness (copied from ui/people) drives the Consult screen the way the root and the Bubble Tea
// runtime would: it runs the commands Update returns and feeds their messages
// back; DataChangedMsg and OpenMsg for a person come back as the root sends
// them, and what the screen asks of the rest of the app is recorded.
type harness struct {
	t      *testing.T
	s      *storage.Store
	m      *Model
	status []common.StatusMsg
	opened []common.OpenMsg
}

func newHarness(t *testing.T, s *storage.Store, lang model.Lang, w, h int) *harness {
	t.Helper()
	c := uitest.Common(s, lang, fixedNow)
	s.SetActor("Айгерим")
	hs := &harness{t: t, s: s, m: New(c)}
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

func addPerson(t *testing.T, s *storage.Store, name, phone string) *model.Person {
	t.Helper()
	p := model.New(model.KindPerson).(*model.Person)
	p.FullName, p.Phone = name, phone
	p.Consent, p.ConsentMethod, p.ConsentAt = true, "paper", "2026-02-01"
	p.Region = "karaganda"
	if err := s.Create(p); err != nil {
		t.Fatal(err)
	}
	return p
}

func addIdea(t *testing.T, s *storage.Store, title, applicant string) *model.Idea {
	t.Helper()
	i := model.New(model.KindIdea).(*model.Idea)
	i.Title, i.Direction, i.Region, i.Status, i.ApplicantID = title, "taza_alem", "karaganda", "draft", applicant
	if err := s.Create(i); err != nil {
		t.Fatal(err)
	}
	return i
}

func consultations(t *testing.T, s *storage.Store) []*model.Consultation {
	t.Helper()
	var out []*model.Consultation
	if err := s.List(model.KindConsultation, func(r model.Record) error {
		out = append(out, r.(*model.Consultation))
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return out
}
