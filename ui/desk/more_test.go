package desk

import (
	"testing"

	"frontoffice/model"
)

// TestMoreFields: the region (the office's by default) and the consent date
// (today) are not among the six fields; ctrl+o opens them.
func TestMoreFields(t *testing.T) {
	h := newHarness(t, model.EN, 100, 27)
	o, _ := h.s.Office()
	o.Name, o.Region = "ALT University", "almaty"
	if err := h.s.SaveOffice(o); err != nil {
		t.Fatal(err)
	}
	h.send(officeMsg{region: "almaty"})
	h.keys("ctrl+n")
	h.mustSee("Region: Almaty (city) · consent dated 22.11.2026")
	h.field("Дина Ахметова")
	h.field("")
	h.field("2002")
	h.field("")
	h.field("")
	h.keys("down") // consent on paper, then the other fields
	h.keys("ctrl+o")
	h.mustSee("Region and consent date")
	h.keys("up", "enter") // the region before Almaty (city): Astana
	h.keys("ctrl+u")      // the date proposed, cleared
	h.typeText("20.11.2026")
	h.keys("enter")
	var p *model.Person
	h.s.List(model.KindPerson, func(r model.Record) error { p = r.(*model.Person); return nil })
	if p == nil || p.Region != "astana" || p.ConsentAt != "2026-11-20" || p.ConsentMethod != "paper" {
		t.Fatalf("saved %+v\n%s", p, h.view())
	}
	if len(h.visits()) != 1 {
		t.Fatal("no visit")
	}
}
