package ui

import (
	"strings"
	"testing"

	"frontoffice/model"
	"frontoffice/storage"
	"frontoffice/ui/common"
	"frontoffice/ui/settings"
	"frontoffice/ui/uitest"
)

// TestBackToWhereItWasOpened (issue 20 item 5): a card opened from the
// Desk's queue goes back to the queue on esc; a consultation started on the
// queue goes back there once saved, the visitor with a consultant; the idea
// card lists its consultations.
func TestBackToWhereItWasOpened(t *testing.T) {
	s := uitest.OpenStore(t, fixedNow)
	s.SetActor("Мадина")
	if err := s.SetSetting(settings.KeyConsultant, "Мадина"); err != nil { // at the desk
		t.Fatal(err)
	}
	o, _ := s.Office()
	o.Name, o.Consultants = "Офис", []string{"Мадина", "Ольга"}
	if err := s.SaveOffice(o); err != nil {
		t.Fatal(err)
	}
	p, idea := applicantWithIdea(t, s)
	if _, err := s.StartVisit(p.ID, "grant_writing", fixedNow); err != nil {
		t.Fatal(err)
	}
	h := newHarness(t, s, model.EN, 100, 30)
	h.keys("d", "esc") // the Desk, its queue
	if !strings.Contains(h.view(), "▸ ○") {
		t.Fatalf("the queue is not in focus:\n%s", h.view())
	}
	h.keys("enter") // the visitor's card
	if h.m.active != screenPeople || !strings.Contains(h.view(), "Айгерім Сейтқали") {
		t.Fatalf("enter on the queue did not open the card:\n%s", h.view())
	}
	h.keys("esc")
	if h.m.active != screenDesk || !strings.Contains(h.view(), "▸ ○") {
		t.Fatalf("esc on the card did not go back to the queue (screen %d):\n%s", h.m.active, h.view())
	}

	h.keys("v") // a consultation about the visit under the cursor
	if h.m.active != screenConsult {
		t.Fatalf("v on the queue did not open the consultation form:\n%s", h.view())
	}
	h.keys("enter")
	h.typeText("30")
	h.keys("enter", "down")       // Ольга gave it, Мадина is at the desk
	h.keys("enter", "x", "enter") // grant writing ticked
	h.typeText("Budget talk")
	h.keys("enter")
	h.typeText("Write the summary")
	h.keys("enter", "enter")
	// Back on the queue, the visitor is with a consultant now (◐), and the
	// status line says so.
	if h.m.active != screenDesk || !strings.Contains(h.view(), "▸ ◐") {
		t.Fatalf("saving the consultation did not go back to the queue, the visitor with a consultant (screen %d):\n%s", h.m.active, h.view())
	}
	if !strings.Contains(h.view(), "Consultation saved. Айгерім Сейтқали: With a consultant.") {
		t.Errorf("the status line does not say the visitor is with a consultant:\n%s", h.view())
	}
	if !strings.Contains(h.view(), "Ольга") {
		t.Errorf("the queue does not show the visitor with Ольга, who gave the consultation:\n%s", h.view())
	}

	// A consultation about the idea shows on its card.
	c := model.New(model.KindConsultation).(*model.Consultation)
	c.Date, c.DurationMin, c.Consultant, c.IdeaID, c.PersonID = "2026-11-22", 45, "Мадина", idea.ID, p.ID
	c.Services, c.NextSteps = []model.Service{"grant_writing"}, "Budget lines"
	if err := s.LogConsultation(c); err != nil {
		t.Fatal(err)
	}
	h.send(common.DataChangedMsg{})
	h.keys("i")
	h.send(common.OpenMsg{Kind: model.KindIdea, ID: idea.ID})
	h.keys("G") // to the end of the card
	for range 40 {
		h.keys("down")
	}
	v := h.view()
	for _, want := range []string{"Consultations (1)", "22.11.2026 · Мадина", "Teaching small-grant application writing", "Next steps: Budget lines"} {
		if !strings.Contains(v, want) {
			t.Errorf("the idea card lacks %q:\n%s", want, v)
		}
	}
}

// An idea's card says where esc goes: "back to the list" when the list
// opened it, "back" when another screen did (a person's card), where esc
// returns.
func TestIdeaCardSaysWhereEscGoes(t *testing.T) {
	s := openStore(t)
	p, _ := applicantWithIdea(t, s)
	escSays := func(h *harness) string {
		for _, k := range h.m.shortHelp() {
			if k.Help().Key == "esc" {
				return k.Help().Desc
			}
		}
		return ""
	}
	h := newHarness(t, s, model.EN, 100, 30)
	h.keys("p")
	h.send(common.OpenMsg{Kind: model.KindPerson, ID: p.ID})
	h.keys("enter") // the idea under the card's cursor
	if h.m.active != screenIdeas {
		t.Fatalf("enter on the person's idea did not open it:\n%s", h.view())
	}
	if got := escSays(h); got != "back" {
		t.Errorf("an idea opened from a person's card: esc says %q, want %q", got, "back")
	}
	h.keys("esc")
	if h.m.active != screenPeople {
		t.Fatalf("esc did not go back to the person's card:\n%s", h.view())
	}
	h.keys("i", "enter") // the list's first idea
	if got := escSays(h); got != "back to the list" {
		t.Errorf("an idea opened from the list: esc says %q:\n%s", got, h.view())
	}
}

// applicantWithIdea stores a person and a draft idea of theirs.
func applicantWithIdea(t *testing.T, s *storage.Store) (*model.Person, *model.Idea) {
	t.Helper()
	p := model.New(model.KindPerson).(*model.Person)
	p.FullName, p.Phone, p.Consent = "Айгерім Сейтқали", "+77011234567", true
	if err := s.Create(p); err != nil {
		t.Fatal(err)
	}
	idea := model.New(model.KindIdea).(*model.Idea)
	idea.Title, idea.Direction, idea.Region, idea.Status = "Таза саябақ", model.Directions()[0], "almaty", model.StatusDraft
	idea.ApplicantID = p.ID
	if err := s.Create(idea); err != nil {
		t.Fatal(err)
	}
	return p, idea
}
