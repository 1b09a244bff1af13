package ui

import (
	"strings"
	"testing"

	"frontoffice/model"
	"frontoffice/ui/common"
)

// TestHoursKey: w (and ц on the Russian layout) shows Hours; on a person's
// card it starts logging hours for that person instead.
func TestHoursKey(t *testing.T) {
	s := openStore(t)
	p := model.New(model.KindPerson).(*model.Person)
	p.FullName, p.Phone, p.Consent = "Мадина Салпенова", "+77020001122", true
	if err := s.Create(p); err != nil {
		t.Fatal(err)
	}
	h := newHarness(t, s, model.EN, 80, 24)
	h.keys("w")
	if h.m.active != screenHours || !strings.Contains(h.view(), "No hours yet") {
		t.Fatalf("w should show Hours, active=%d\n%s", h.m.active, h.view())
	}
	h.keys("h", "ц")
	if h.m.active != screenHours {
		t.Fatalf("ц should show Hours too, active=%d", h.m.active)
	}
	h.send(common.OpenMsg{Kind: model.KindPerson, ID: p.ID})
	if h.m.active != screenPeople || !strings.Contains(h.view(), "Мадина Салпенова") {
		t.Fatalf("the card is not open:\n%s", h.view())
	}
	h.keys("w")
	if h.m.active != screenHours || !strings.Contains(h.view(), "Мадина Салпенова · Which idea") {
		t.Fatalf("w on a card should log hours for the person:\n%s", h.view())
	}
}
