package consult

import (
	"slices"
	"strings"
	"testing"

	"frontoffice/model"
	"frontoffice/ui/common"
	"frontoffice/ui/uitest"

	"github.com/charmbracelet/x/ansi"
)

// clearField empties the focused input (huh inputs take ctrl+u).
func (h *harness) retype(s string) {
	h.keys("ctrl+u")
	h.typeText(s)
}

// TestLogFromIdea: the idea's card asks for a consultation; the form proposes
// today and the current consultant; two services ticked; saved with the idea,
// its applicant and a follow-up.
func TestLogFromIdea(t *testing.T) {
	s := openStore(t)
	p := addPerson(t, s, "Айгерім Сейтқали", "+77011234567")
	idea := addIdea(t, s, "Таза саябақ", p.ID)
	h := newHarness(t, s, model.EN, 100, 30)
	h.send(common.LogConsultationMsg{IdeaID: idea.ID, PersonID: p.ID})
	if h.m.mode != editing {
		t.Fatalf("no form (mode %d):\n%s", h.m.mode, h.view())
	}
	h.mustSee("New consultation: Таза саябақ — Айгерім Сейтқали", "13.02.2026")
	h.keys("enter")                                           // date as proposed
	h.typeText("45")                                          // duration
	h.keys("enter")                                           //
	h.keys("enter")                                           // consultant as proposed (the actor)
	h.keys(" ", "down", "down", "down", "down", "x", "enter") // project design and grant writing
	h.typeText("Discussed the budget")
	h.keys("enter")
	h.typeText("Write the summary")
	h.keys("enter")
	h.typeText("20.02.2026")
	h.keys("enter")
	cs := consultations(t, s)
	if len(cs) != 1 {
		t.Fatalf("%d consultations stored; screen:\n%s", len(cs), h.view())
	}
	c := cs[0]
	if c.Date != "2026-02-13" || c.DurationMin != 45 || c.Consultant != "Айгерим" || c.IdeaID != idea.ID ||
		c.PersonID != p.ID || c.Notes != "Discussed the budget" || c.NextSteps != "Write the summary" || c.FollowUp != "2026-02-20" {
		t.Errorf("stored %+v", c)
	}
	if !slices.Equal(c.Services, []model.Service{"project_design", "grant_writing"}) {
		t.Errorf("services %v", c.Services)
	}
	if h.m.mode != listing {
		t.Errorf("the form stayed open (mode %d)", h.m.mode)
	}
	h.mustSee("Recent consultations", "13.02.2026 · Таза саябақ — Айгерім Сейтқали")
	if len(h.status) == 0 || h.status[len(h.status)-1].Text != "Consultation saved." {
		t.Errorf("status %v", h.status)
	}
}

// fillTo types a consultation up to the follow-up field.
func (h *harness) fillTo(followUp string) {
	h.keys("enter")
	h.typeText("30")
	h.keys("enter", "enter")
	h.keys(" ", "enter")
	h.typeText("Notes typed")
	h.keys("enter")
	h.typeText("Next typed")
	h.keys("enter")
	h.typeText(followUp)
	h.keys("enter")
}

// TestBadFollowUpKeepsValues: a follow-up that is not a date, then one before
// the consultation, are refused next to the field; what was typed stays.
func TestBadFollowUpKeepsValues(t *testing.T) {
	s := openStore(t)
	p := addPerson(t, s, "Нұрлан Әбенов", "+77021234567")
	h := newHarness(t, s, model.RU, 100, 30)
	h.send(common.LogConsultationMsg{PersonID: p.ID})
	h.fillTo("31.02.2026")
	if n := len(consultations(t, s)); n != 0 {
		t.Fatalf("a bad follow-up was saved (%d)", n)
	}
	h.mustSee("Дата повторной связи")
	h.retype("12.02.2026")
	h.keys("enter")
	if n := len(consultations(t, s)); n != 0 {
		t.Fatalf("a follow-up before the date was saved (%d)", n)
	}
	h.mustSee("не может быть раньше даты консультации")
	if v := h.m.vals; v.Notes != "Notes typed" || v.NextSteps != "Next typed" || v.Duration != "30" || len(v.Services) != 1 {
		t.Errorf("typed values lost: %+v", v)
	}
	h.retype("2026-02-27")
	h.keys("enter")
	cs := consultations(t, s)
	if len(cs) != 1 || cs[0].FollowUp != "2026-02-27" || cs[0].Notes != "Notes typed" {
		t.Fatalf("after fixing the date: %+v\n%s", cs, h.view())
	}
}

// TestEscAsksBeforeDiscarding: esc on an untouched form closes it; after
// typing it asks, n goes back with the values, y discards.
func TestEscAsksBeforeDiscarding(t *testing.T) {
	s := openStore(t)
	p := addPerson(t, s, "Нұрлан Әбенов", "+77021234567")
	h := newHarness(t, s, model.KK, 100, 30)
	h.send(common.LogConsultationMsg{PersonID: p.ID})
	h.keys("esc")
	if h.m.mode != listing {
		t.Fatalf("esc on an untouched form: mode %d", h.m.mode)
	}
	h.send(common.LogConsultationMsg{PersonID: p.ID})
	h.keys("enter")
	h.typeText("25")
	h.keys("esc")
	if h.m.mode != confirmDiscard {
		t.Fatalf("esc after typing did not ask (mode %d)", h.m.mode)
	}
	h.mustSee("Енгізілген мәтінді тастау керек пе?")
	h.keys("n")
	if h.m.mode != editing || h.m.vals.Duration != "25" {
		t.Fatalf("n: mode %d, duration %q", h.m.mode, h.m.vals.Duration)
	}
	h.keys("esc", "y")
	if h.m.mode != listing || h.m.form != nil {
		t.Fatalf("y: mode %d", h.m.mode)
	}
	if n := len(consultations(t, s)); n != 0 {
		t.Errorf("%d consultations after discarding", n)
	}
}

// TestFollowUpsList: due and overdue follow-ups are listed, overdue first;
// enter opens the idea (or the person).
func TestFollowUpsList(t *testing.T) {
	s := openStore(t)
	p := addPerson(t, s, "Айгерім Сейтқали", "+77011234567")
	q := addPerson(t, s, "Нұрлан Әбенов", "+77021234567")
	idea := addIdea(t, s, "Кітап жинау", p.ID)
	log := func(person, idea string, date, fu model.Date, next string) *model.Consultation {
		c := model.New(model.KindConsultation).(*model.Consultation)
		c.Date, c.Consultant, c.Services, c.PersonID, c.IdeaID, c.FollowUp, c.NextSteps, c.DurationMin =
			date, "Мадина", []model.Service{"methodology"}, person, idea, fu, next, 30
		if err := s.LogConsultation(c); err != nil {
			t.Fatal(err)
		}
		return c
	}
	log(p.ID, idea.ID, "2026-02-01", "2026-02-13", "Bring the budget")
	log(q.ID, "", "2026-01-20", "2026-02-05", "Call back")
	log(q.ID, "", "2026-01-02", "2026-01-10", "Too old") // out of the window
	log(p.ID, "", "2026-02-10", "2026-02-20", "Not yet") // future
	h := newHarness(t, s, model.EN, 100, 30)
	h.mustSee("Follow-ups (2)", "overdue 05.02.2026 · Нұрлан Әбенов · Call back",
		"today · Кітап жинау — Айгерім Сейтқали · Bring the budget")
	v := h.view()
	if strings.Index(v, "Call back") > strings.Index(v, "Bring the budget") {
		t.Errorf("overdue should come first:\n%s", v)
	}
	if strings.Contains(v, "Too old ·") {
		t.Errorf("a follow-up older than the window is listed:\n%s", v)
	}
	h.keys("enter")
	h.keys("down", "enter")
	if len(h.opened) != 2 || h.opened[0] != (common.OpenMsg{Kind: model.KindPerson, ID: q.ID}) ||
		h.opened[1] != (common.OpenMsg{Kind: model.KindIdea, ID: idea.ID}) {
		t.Errorf("opened %+v", h.opened)
	}
}

// TestCorrectSupersedes: c on a consultation opens the form prefilled; the
// saved correction supersedes it and the list shows both.
func TestCorrectSupersedes(t *testing.T) {
	s := openStore(t)
	p := addPerson(t, s, "Айгерім Сейтқали", "+77011234567")
	c := model.New(model.KindConsultation).(*model.Consultation)
	c.Date, c.Consultant, c.Services, c.PersonID, c.DurationMin, c.Notes =
		"2026-02-12", "Мадина", []model.Service{"methodology"}, p.ID, 30, "typo"
	if err := s.LogConsultation(c); err != nil {
		t.Fatal(err)
	}
	h := newHarness(t, s, model.EN, 100, 30)
	h.keys("c")
	if h.m.mode != editing || h.m.vals.Notes != "typo" || h.m.vals.Date != "12.02.2026" || h.m.vals.Consultant != "Мадина" {
		t.Fatalf("correction form: mode %d, %+v", h.m.mode, h.m.vals)
	}
	h.mustSee("Correcting a consultation")
	h.keys("enter", "enter", "enter", "enter") // date, duration, consultant, services as they were
	h.retype("fixed")
	h.keys("enter", "enter", "enter")
	cs := consultations(t, s)
	if len(cs) != 2 || cs[1].Supersedes != c.ID || cs[1].Notes != "fixed" || cs[0].Notes != "typo" {
		t.Fatalf("after the correction: %+v\n%s", cs, h.view())
	}
	h.mustSee("[correction] 12.02.2026", "[superseded] 12.02.2026")
	h.keys("down", "c") // the superseded one cannot be corrected again
	if h.m.mode != listing || h.status[len(h.status)-1].Text != "This consultation was corrected already; correct the newest one." {
		t.Errorf("correcting a superseded one: mode %d, %v", h.m.mode, h.status)
	}
}

// TestSmallAndAllLanguages: at 40×12 every line fits, in each language, in
// the list and in the form.
func TestSmallAndAllLanguages(t *testing.T) {
	s := openStore(t)
	p := addPerson(t, s, "Айгерім Сейтқали Бекболатқызы", "+77011234567")
	idea := addIdea(t, s, "Таза саябақ: ағаш отырғызу және қоқыс жинау", p.ID)
	c := model.New(model.KindConsultation).(*model.Consultation)
	c.Date, c.Consultant, c.Services, c.PersonID, c.IdeaID, c.FollowUp, c.DurationMin =
		"2026-02-01", "Мадина", model.Services(), p.ID, idea.ID, "2026-02-10", 30
	if err := s.LogConsultation(c); err != nil {
		t.Fatal(err)
	}
	want := map[model.Lang]string{model.KK: "Қайта хабарласу (1)", model.RU: "Повторная связь (1)", model.EN: "Follow-ups (1)"}
	for _, lang := range []model.Lang{model.KK, model.RU, model.EN} {
		h := newHarness(t, s, lang, 40, 12)
		fits := func(what string) {
			v := h.m.View()
			lines := strings.Split(v, "\n")
			if len(lines) > 12 {
				t.Errorf("%s %s: %d lines", lang, what, len(lines))
			}
			for _, l := range lines {
				if w := ansi.StringWidth(l); w > 40 {
					t.Errorf("%s %s: line of %d cells: %q", lang, what, w, ansi.Strip(l))
				}
			}
		}
		h.mustSee(want[lang])
		fits("list")
		h.send(common.LogConsultationMsg{PersonID: p.ID, IdeaID: idea.ID})
		if h.m.mode != editing {
			t.Fatalf("%s: no form", lang)
		}
		fits("form")
		h.keys("ctrl+u")
		h.typeText("bad")
		h.keys("enter")
		fits("form with an error")
		if !strings.Contains(h.view(), h.m.c.Tr.Field("date")) {
			t.Errorf("%s: no message on the date:\n%s", lang, h.view())
		}
		h.keys("esc")
		fits("discard question")
		h.keys("y")
	}
}

// The form says how to go on (tab/enter to the next field, shift+tab back),
// and its help lists no key of the list behind it (enter open, c correct).
func TestFormHelpSaysHowToGoOn(t *testing.T) {
	s := openStore(t)
	p := addPerson(t, s, "Айгерім Сейтқали", "+77011234567")
	h := newHarness(t, s, model.EN, 40, 12)
	h.send(common.LogConsultationMsg{PersonID: p.ID})
	if h.m.mode != editing {
		t.Fatalf("no form:\n%s", h.view())
	}
	uitest.FormHelp(t, h.m.ShortHelp(), h.m.FullHelp(), "correct", "refresh")
}

// The notes and next steps are boxes of several lines where enter goes on:
// each says how to start a new line, and ctrl+j does.
func TestNotesSayHowToStartALine(t *testing.T) {
	s := openStore(t)
	p := addPerson(t, s, "Нұрлан Әбенов", "+77021234567")
	h := newHarness(t, s, model.KK, 40, 12)
	h.toServices(p.ID)
	h.keys(" ", "enter")
	h.mustSee("Ескертпелер", "Жаңа жол: alt+enter")
	h.typeText("бірінші")
	h.keys("ctrl+j")
	h.typeText("екінші")
	h.keys("enter")
	h.mustSee("Келесі қадамдар", "Жаңа жол: alt+enter")
	if h.m.vals.Notes != "бірінші\nекінші" {
		t.Errorf("notes typed on two lines: %q", h.m.vals.Notes)
	}
}

// TestServicesRequiredOnlyOnceTried: arriving at the services says nothing
// is wrong yet; enter with none ticked says they must be filled in and
// stays; ticking one clears it and moves on.
func TestServicesRequiredOnlyOnceTried(t *testing.T) {
	s := openStore(t)
	p := addPerson(t, s, "Нұрлан Әбенов", "+77021234567")
	h := newHarness(t, s, model.EN, 100, 30)
	h.toServices(p.ID)
	h.mustSee("space or x ticks")
	if v := h.view(); strings.Contains(v, "must be filled in") {
		t.Fatalf("the services are said to be missing before anyone tried to leave them:\n%s", v)
	}
	h.keys("enter")
	h.mustSee("Services: must be filled in", "space or x ticks")
	h.keys(" ", "enter")
	h.mustSee("New line")
	if v := h.view(); strings.Contains(v, "must be filled in") {
		t.Errorf("the error stayed after a service was ticked:\n%s", v)
	}
}

// TestServicesOneLineEachAt40: at 40×12 in kk a service's name wrapped onto
// a second line that read as an option of its own, and only one and a half
// services were in view. Each keeps to one line now (cut with "…"), and the
// cursor's service is in view as ↓ moves it to the last.
func TestServicesOneLineEachAt40(t *testing.T) {
	s := openStore(t)
	p := addPerson(t, s, "Нұрлан Әбенов", "+77021234567")
	for _, lang := range []model.Lang{model.KK, model.RU, model.EN} {
		h := newHarness(t, s, lang, 40, 12)
		h.toServices(p.ID)
		if n := strings.Count(h.view(), "• "); n < 3 {
			t.Errorf("%s: %d services in view, want 3 or more:\n%s", lang, n, h.view())
		}
		for _, l := range strings.Split(h.view(), "\n") {
			if w := ansi.StringWidth(l); w > 40 {
				t.Errorf("%s: line of %d cells: %q", lang, w, l)
			}
		}
		last := model.Services()[len(model.Services())-1].Label(lang)
		for range model.Services() {
			h.keys("down")
		}
		h.mustSee("> • " + string([]rune(last)[:8]))
		h.keys("esc", "y")
	}
}

// toServices opens a new consultation with personID and goes to its
// services: the date as proposed, 30 minutes, the consultant as proposed.
func (h *harness) toServices(personID string) {
	h.send(common.LogConsultationMsg{PersonID: personID})
	h.keys("enter")
	h.typeText("30")
	h.keys("enter", "enter")
}

// TestServicesFollowAWiderWindow: the services were cut to the width the
// form opened at; a window made wider before the cursor reaches them shows
// them whole, and one widened while the cursor is among them shows them
// whole once it has left them (the cursor is not moved under it), with the
// services ticked so far still ticked.
func TestServicesFollowAWiderWindow(t *testing.T) {
	s := openStore(t)
	p := addPerson(t, s, "Нұрлан Әбенов", "+77021234567")
	longest := model.Services()[0]
	for _, sv := range model.Services() {
		if ansi.StringWidth(sv.Label(model.KK)) > ansi.StringWidth(longest.Label(model.KK)) {
			longest = sv
		}
	}
	whole := longest.Label(model.KK)
	if ansi.StringWidth(whole) <= 40-multiSelectIndent {
		t.Skip("no service is cut at 40 columns") // nothing to show
	}
	h := newHarness(t, s, model.KK, 40, 30)
	h.send(common.LogConsultationMsg{PersonID: p.ID})
	h.m.SetSize(120, 30) // on the date, before the services
	h.keys("enter")
	h.typeText("30")
	h.keys("enter", "enter")
	h.mustSee(whole)

	h = newHarness(t, s, model.KK, 40, 30)
	h.toServices(p.ID)
	h.keys("space") // the first ticked
	h.m.SetSize(120, 30)
	if strings.Contains(h.view(), whole) {
		t.Fatalf("the options changed under the cursor:\n%s", h.view())
	}
	h.keys("shift+tab") // back to the consultant: the services are made again
	h.keys("tab")
	h.mustSee(whole)
	if len(h.m.vals.Services) != 1 || h.m.vals.Services[0] != model.Services()[0] {
		t.Fatalf("ticked: %v", h.m.vals.Services)
	}
}
