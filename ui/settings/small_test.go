package settings

import (
	"strings"
	"testing"

	"frontoffice/model"
	"frontoffice/ui/uitest"

	"github.com/charmbracelet/bubbles/cursor"
)

// TestSmallSettingsScroll: at 40×12 (9 lines for the screen) the settings
// did not fit: long values were cut ("Мадина Салпенова, Нұрлан Ж…") and
// the store, backups and change log rows were not shown at all. A value too
// wide goes whole on the lines under its label, and ↓/pgdn bring the rest
// into view, the last line saying there is more.
func TestSmallSettingsScroll(t *testing.T) {
	s := uitest.OpenStore(t, now)
	o, err := s.Office()
	if err != nil {
		t.Fatal(err)
	}
	o.Name, o.Consultants = "Қарағанды", []string{"Мадина Салпенова", "Нұрлан Жақсыбеков", "Ольга Петрова"}
	if err := s.SaveOffice(o); err != nil {
		t.Fatal(err)
	}
	for _, lang := range []model.Lang{model.EN, model.KK} {
		h := newHarness(t, s, lang)
		h.m.c.StoreLabel = "/home/aigerim/frontoffice/офис-қарағанды.db"
		h.m.SetSize(40, 9)
		v := h.view()
		if got := len(strings.Split(v, "\n")); got != 9 {
			t.Fatalf("%s: %d lines, want 9:\n%s", lang, got, v)
		}
		if !strings.Contains(squeeze(v), squeeze("Мадина Салпенова, Нұрлан Жақсыбеков, Ольга Петрова")) {
			t.Errorf("%s: the consultants are not shown whole:\n%s", lang, v)
		}
		if !strings.Contains(v, h.m.c.Tr.T("settings.more_below")) {
			t.Errorf("%s: nothing says there is more below:\n%s", lang, v)
		}
		h.keys("down", "down") // in the middle: both ways said
		if mid := h.view(); !strings.Contains(mid, h.m.c.Tr.T("settings.more_above")) || !strings.Contains(mid, h.m.c.Tr.T("settings.more_below")) {
			t.Errorf("%s: scrolled into the middle, the screen does not say there is more above and below:\n%s", lang, mid)
		}
		h.keys("home")
		seen := v
		for range 4 {
			h.keys("pgdown")
			seen += "\n" + h.view()
		}
		for _, want := range []string{h.m.c.StoreLabel, h.m.c.Tr.T("settings.edit_hint")[:10]} {
			if !strings.Contains(squeeze(seen), squeeze(want)) {
				t.Errorf("%s: %q never shown while paging down:\n%s", lang, want, seen)
			}
		}
		if !strings.Contains(h.view(), h.m.c.Tr.T("settings.more_above")) {
			t.Errorf("%s: at the end nothing says there is more above:\n%s", lang, h.view())
		}
		h.keys("home")
		if h.view() != v {
			t.Errorf("%s: home did not go back to the top:\n%s", lang, h.view())
		}
		h.m.SetSize(100, 30)
		if v := h.view(); strings.Contains(v, h.m.c.Tr.T("settings.more_below")) || !strings.Contains(v, "Store: "+h.m.c.StoreLabel) && lang == model.EN {
			t.Errorf("%s: at 100×30 the settings should fit on one screen, a row a line:\n%s", lang, v)
		}
	}
}

// squeeze is s without its white space: a value's lines run on.
func squeeze(s string) string { return strings.Join(strings.Fields(s), "") }

// TestSmallSettingsLabelsWhole: at 40 columns a label wider than the screen
// ("Әлеуметтік студенттік кредит: сағат = теңге" in Kazakh) was cut with
// "…"; every row's label is shown whole, in every language.
func TestSmallSettingsLabelsWhole(t *testing.T) {
	s := uitest.OpenStore(t, now)
	for _, lang := range []model.Lang{model.KK, model.RU, model.EN} {
		h := newHarness(t, s, lang)
		h.m.SetSize(40, 9)
		seen := h.view()
		for range 6 {
			h.keys("pgdown")
			seen += "\n" + h.view()
		}
		if strings.Contains(seen, "…") {
			t.Errorf("%s: something is cut at 40 columns:\n%s", lang, seen)
		}
		for _, k := range []string{"field.credit_tiers", "field.credit_cap", "field.current_consultant", "settings.programmes"} {
			if want := h.m.c.Tr.T(k); !strings.Contains(squeeze(seen), squeeze(want)) {
				t.Errorf("%s: the label %q is not shown whole:\n%s", lang, want, seen)
			}
		}
	}
}

// TestSmallSettingsConsultantsFromTheFirst: at 40×12 the office editor's
// box of consultants, three lines for four names, showed its last three
// once drawn again (the cursor after the last character), the first name
// out of view with nothing to say so. It opens on the first line, and ↓ still reaches the
// last name.
func TestSmallSettingsConsultantsFromTheFirst(t *testing.T) {
	s := uitest.OpenStore(t, now)
	o, err := s.Office()
	if err != nil {
		t.Fatal(err)
	}
	names := []string{"Мадина Салпенова", "Нұрлан Жақсыбеков", "Ольга Петрова", "Aigerim Seitkali"}
	o.Name, o.Consultants = "Қарағанды", names
	if err := s.SaveOffice(o); err != nil {
		t.Fatal(err)
	}
	for _, lang := range []model.Lang{model.KK, model.RU, model.EN} {
		h := newHarness(t, s, lang)
		h.m.SetSize(40, 9)
		h.keys("e", "tab", "tab") // the office's name, its region, the consultants
		h.send(cursor.BlinkMsg{}) // the cursor's blink, which the runner does not wait for, draws the box anew
		h.mustSee(h.m.c.Tr.T("field.consultants"), names[0], names[1])
		h.keys("down", "down", "down")
		h.mustSee(names[3])
		h.keys("esc")
	}
}

// TestSmallSettingsRegionCounted: at 40×12 the office editor's region
// showed from the one chosen (Karaganda) down, the nine before it and "no
// region" out of view with nothing to say so. Its title counts where the
// cursor is, in every language, and ↑ reaches the first choice.
func TestSmallSettingsRegionCounted(t *testing.T) {
	s := uitest.OpenStore(t, now)
	o, err := s.Office()
	if err != nil {
		t.Fatal(err)
	}
	o.Name, o.Region = "Қарағанды", "karaganda"
	if err := s.SaveOffice(o); err != nil {
		t.Fatal(err)
	}
	want := map[model.Lang][2]string{
		model.KK: {"Өңір (10/21)", "Өңір (1/21)"},
		model.RU: {"Регион (10 из 21)", "Регион (1 из 21)"},
		model.EN: {"Region (10 of 21)", "Region (1 of 21)"},
	}
	for _, lang := range []model.Lang{model.KK, model.RU, model.EN} {
		h := newHarness(t, s, lang)
		h.m.SetSize(40, 9)
		h.keys("e", "tab") // the office's name, its region
		h.mustSee(want[lang][0], model.Region("karaganda").Label(lang))
		for range 9 {
			h.keys("up")
		}
		h.mustSee(want[lang][1], "> "+h.m.c.Tr.T("settings.no_region"))
		h.keys("esc")
	}
}

// TestSmallSettingsConsultantsSaysTheRest: the consultants box shows three
// lines; a fourth name sat below it with nothing to say so. With more names
// than that, its description says how many and that ↓ brings the rest.
func TestSmallSettingsConsultantsSaysTheRest(t *testing.T) {
	s := uitest.OpenStore(t, now)
	o, err := s.Office()
	if err != nil {
		t.Fatal(err)
	}
	o.Name, o.Consultants = "Қарағанды", []string{"Мадина Салпенова", "Нұрлан Жақсыбеков", "Ольга Петрова", "Aigerim Seitkali"}
	if err := s.SaveOffice(o); err != nil {
		t.Fatal(err)
	}
	want := map[model.Lang]string{model.KK: "Барлығы 4", model.RU: "Всего 4", model.EN: "4 in all"}
	for _, lang := range []model.Lang{model.KK, model.RU, model.EN} {
		h := newHarness(t, s, lang)
		h.m.SetSize(40, 9)
		h.keys("e", "tab", "tab")
		h.send(cursor.BlinkMsg{})
		h.mustSee(h.m.c.Tr.T("field.consultants"), want[lang])
		h.keys("esc")
	}
	o.Consultants = o.Consultants[:3]
	if err := s.SaveOffice(o); err != nil {
		t.Fatal(err)
	}
	h := newHarness(t, s, model.EN)
	h.m.SetSize(40, 9)
	h.keys("e", "tab", "tab")
	if v := h.view(); strings.Contains(v, "in all") {
		t.Errorf("three names, which the box shows, said to be more:\n%s", v)
	}
}
