package ui

import (
	"strings"
	"testing"

	"frontoffice/model"
	"frontoffice/storage"
	"frontoffice/ui/common"
	"frontoffice/ui/settings"
)

// whoPerson stores a person directly, as another desk or an import would.
func whoPerson(t *testing.T, s *storage.Store, name, phone string) *model.Person {
	t.Helper()
	p := model.New(model.KindPerson).(*model.Person)
	p.FullName, p.Phone, p.Organization, p.Region = name, phone, "College", "karaganda"
	p.Consent, p.ConsentMethod, p.ConsentAt, p.BirthYear = true, "paper", "2026-11-01", 2000
	if err := s.Create(p); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestWhoIsWorkingAtTheDesk (issue 20 item 15): with nobody at the desk the
// Desk's first save asks who is working; esc saves nothing; a name is
// needed; the answer is kept as Settings' consultant at the desk and the
// save goes on under that name.
func TestWhoIsWorkingAtTheDesk(t *testing.T) {
	s := openStore(t)
	p := whoPerson(t, s, "Айгерім Сейтқали", "+77011234567")
	h := newHarness(t, s, model.RU, 100, 30)
	visits := func() []*model.Visit {
		vs, err := s.Visits(model.DateOf(fixedNow.Local()))
		if err != nil {
			t.Fatal(err)
		}
		return vs
	}
	h.keys("d")
	h.typeText("Айгерім")
	h.keys("enter", "enter") // the match, the purpose
	if !strings.Contains(h.view(), "Кто сейчас на приёме?") {
		t.Fatalf("not asked who is working:\n%s", h.view())
	}
	h.keys("esc")
	if n := len(visits()); n != 0 || strings.Contains(h.view(), "Кто сейчас на приёме?") {
		t.Fatalf("esc saved %d visits or still asks:\n%s", n, h.view())
	}
	h.keys("enter", "enter")
	h.keys("enter") // no name: still asked
	if !strings.Contains(h.view(), "Кто сейчас на приёме?") {
		t.Fatalf("an empty name was taken:\n%s", h.view())
	}
	h.typeText("Мадина")
	h.keys("enter")
	vs := visits()
	if len(vs) != 1 || vs[0].PersonID != p.ID || vs[0].UpdatedBy != "Мадина" {
		t.Fatalf("the visit after the answer: %+v", vs)
	}
	if who, _ := s.Setting(settings.KeyConsultant); who != "Мадина" || s.Actor() != "Мадина" {
		t.Fatalf("at the desk: %q, actor %q", who, s.Actor())
	}
}

// TestWhoIsWorkingOnPeopleAndHours (issue 20 item 15): People's and Hours'
// saves ask the same question, in Kazakh; esc goes back to what was typed.
func TestWhoIsWorkingOnPeopleAndHours(t *testing.T) {
	s := openStore(t)
	p := whoPerson(t, s, "Тимур Ким", "+77011234567")
	h := newHarness(t, s, model.KK, 100, 30)
	const asked = "Қазір кім қабылдауда?"
	h.send(common.OpenMsg{Kind: model.KindPerson, ID: p.ID})
	h.keys("e")
	h.keys("enter", "enter", "enter", "enter", "enter", "enter", "enter", "enter", "enter", "enter")
	if !strings.Contains(h.view(), asked) {
		t.Fatalf("People's save did not ask who is working:\n%s", h.view())
	}
	h.keys("esc")
	got, _ := storage.GetAs[*model.Person](s, model.KindPerson, p.ID)
	if got.Rev != 1 || strings.Contains(h.view(), asked) {
		t.Fatalf("esc saved (rev %d) or still asks:\n%s", got.Rev, h.view())
	}
	h.keys("enter", "enter", "enter", "enter", "enter", "enter", "enter", "enter", "enter", "enter")
	h.typeText("Ерлан")
	h.keys("enter")
	got, _ = storage.GetAs[*model.Person](s, model.KindPerson, p.ID)
	if got.Rev != 2 || got.UpdatedBy != "Ерлан" {
		t.Fatalf("the edit after the answer: rev %d by %q\n%s", got.Rev, got.UpdatedBy, h.view())
	}

	s.SetActor("") // the shift is over: nobody at the desk again
	h.send(common.LogHoursMsg{PersonID: p.ID, Name: p.FullName})
	h.keys("ctrl+n", "enter")
	h.typeText("Сенбілік")
	h.keys("enter", "ctrl+u")
	h.typeText("2,5")
	h.keys("enter", "enter")
	if !strings.Contains(h.view(), asked) {
		t.Fatalf("Hours' save did not ask who is working:\n%s", h.view())
	}
	h.typeText("Ерлан")
	h.keys("enter")
	hs, err := s.HoursOf(p.ID)
	if err != nil || len(hs) != 1 || hs[0].UpdatedBy != "Ерлан" || hs[0].Hours != 2.5 {
		t.Fatalf("hours after the answer: %+v %v", hs, err)
	}
}
