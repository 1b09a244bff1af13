package ui

import (
	"strings"
	"testing"

	"frontoffice/model"
	"frontoffice/ui/settings"
	"frontoffice/ui/uitest"
)

// TestFirstRunSetup (issue 20 item 15): a new store's Home offers the guided
// set-up; enter asks the office's name, region, consultants and who is at
// the desk, one a page, saves them, and goes back to Home, where the offer
// is gone for good.
func TestFirstRunSetup(t *testing.T) {
	s := uitest.OpenStore(t, fixedNow)
	h := newHarness(t, s, model.RU, 80, 24)
	if !strings.Contains(h.view(), "Первый запуск") {
		t.Fatalf("Home does not offer the set-up:\n%s", h.view())
	}
	h.keys("enter")
	if h.m.active != screenSettings || !strings.Contains(h.view(), "Настройка, 1 из 4") {
		t.Fatalf("enter did not start the set-up:\n%s", h.view())
	}
	h.typeText("Жастар орталығы")
	h.keys("enter")
	if !strings.Contains(h.view(), "Настройка, 2 из 4") {
		t.Fatalf("the second question:\n%s", h.view())
	}
	h.keys("down", "enter") // the first region
	h.typeText("Мадина")
	h.keys("enter")
	if !strings.Contains(h.view(), "Настройка, 4 из 4") {
		t.Fatalf("the fourth question:\n%s", h.view())
	}
	h.typeText("Мадина")
	h.keys("enter")
	if h.m.active != screenHome {
		t.Fatalf("the set-up did not go back to Home:\n%s", h.view())
	}
	v := h.view()
	if strings.Contains(v, "Первый запуск") || !strings.Contains(v, "d — зарегистрировать первого посетителя") {
		t.Fatalf("after the set-up:\n%s", v)
	}
	o, _ := s.Office()
	who, _ := s.Setting(settings.KeyConsultant)
	if o.Name != "Жастар орталығы" || o.Region != model.Regions()[0] || len(o.Consultants) != 1 || who != "Мадина" || s.Actor() != "Мадина" {
		t.Fatalf("saved %+v, at the desk %q", o, who)
	}
}

// The set-up's consultants box asks for one name a line and says how to
// start one: enter goes on to the next question, so a consultant who typed
// a name and enter never got a second line (seen at 40×12 in Kazakh).
func TestSetupSaysHowToTypeSeveralConsultants(t *testing.T) {
	s := uitest.OpenStore(t, fixedNow)
	h := newHarness(t, s, model.KK, 40, 12)
	h.keys("enter")
	h.typeText("Жастар орталығы")
	h.keys("enter", "enter") // no region
	if v := h.view(); !strings.Contains(v, "Баптау, 3/4") || !strings.Contains(v, "alt+enter") {
		t.Fatalf("the consultants' page does not say how to start a new line:\n%s", v)
	}
	h.typeText("Дана")
	h.keys("ctrl+j")
	h.typeText("Мадина")
	h.keys("enter")
	h.typeText("Дана")
	h.keys("enter")
	if o, _ := s.Office(); len(o.Consultants) != 2 {
		t.Fatalf("consultants saved: %q", o.Consultants)
	}
}
