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

// TestSmallMoreRegionCounted: at 40×12 the region of ctrl+o's page starts at
// the office's (Karaganda, the tenth of 21); its title counts where the
// cursor is, so the regions above it are known to be there, and ↑ reaches
// "no region".
func TestSmallMoreRegionCounted(t *testing.T) {
	want := map[model.Lang][2]string{
		model.KK: {"Өңір (10/21)", "Өңір (1/21)"},
		model.RU: {"Регион (10 из 21)", "Регион (1 из 21)"},
		model.EN: {"Region (10 of 21)", "Region (1 of 21)"},
	}
	for _, lang := range []model.Lang{model.KK, model.RU, model.EN} {
		h := newHarness(t, lang, 40, 12)
		o, _ := h.s.Office()
		o.Name, o.Region = "Қарағанды", "karaganda"
		if err := h.s.SaveOffice(o); err != nil {
			t.Fatal(err)
		}
		h.send(officeMsg{region: "karaganda"})
		h.keys("ctrl+n")
		h.field("Дина Ахметова")
		h.field("")
		h.field("2002")
		h.field("")
		h.field("")
		h.keys("down")
		h.keys("ctrl+o")
		h.mustSee(want[lang][0])
		for range 9 {
			h.keys("up")
		}
		h.mustSee(want[lang][1])
	}
}
