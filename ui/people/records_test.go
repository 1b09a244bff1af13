package people

import (
	"strings"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/storage"
	"frontoffice/ui/common"
	"frontoffice/ui/i18n"
)

// TestCardTimeline: a person's card lists their visits, ideas (as applicant
// or in the team), consultations and hours, newest first.
func TestCardTimeline(t *testing.T) {
	s := openStore(t)
	p := addPerson(t, s, "Айгерім Сейтқали", "+77011234567", "ALT University")
	other := addPerson(t, s, "Нұрлан Әбенов", "+77021234567", "")
	idea := model.New(model.KindIdea).(*model.Idea)
	idea.Title, idea.Direction, idea.Region, idea.Status = "Таза әлем: саябақ", "taza_alem", "karaganda", "draft"
	idea.ApplicantID = other.ID
	idea.Team = []model.TeamMember{{PersonID: p.ID, Name: p.FullName}}
	idea.CreatedAt = fixedNow.Add(-72 * time.Hour)
	mustCreate(t, s, idea)
	c := model.New(model.KindConsultation).(*model.Consultation)
	c.Date, c.Consultant, c.Services, c.PersonID, c.DurationMin = "2026-11-20", "Мадина", []model.Service{"grant_writing"}, p.ID, 30
	mustCreate(t, s, c)
	hrs := model.New(model.KindHours).(*model.Hours)
	hrs.PersonID, hrs.Date, hrs.Hours, hrs.Status, hrs.Activity = p.ID, "2026-11-15", 4.5, "pending", "Green Challenge"
	mustCreate(t, s, hrs)
	if _, err := s.StartVisit(p.ID, "grant_writing", fixedNow); err != nil {
		t.Fatal(err)
	}

	h := newHarness(t, s, model.EN, 120, 60)
	h.send(openMsg(p.ID))
	h.mustSee("Timeline: visits, ideas, consultations, hours (4)",
		"Visit · Teaching small-grant application writing · Waiting",
		"20.11.2026 · Consultation · Teaching small-grant application writing · 30 min · Мадина",
		"19.11.2026 · Idea (team) · Таза әлем: саябақ · Draft",
		"15.11.2026 · Volunteer hours · 4.5 h · Pending · Green Challenge")
	v := h.view()
	order := []string{"Visit ·", "Consultation ·", "Idea (team)", "Volunteer hours ·"}
	for i := 1; i < len(order); i++ {
		if strings.Index(v, order[i-1]) > strings.Index(v, order[i]) {
			t.Errorf("%q should come before %q (newest first):\n%s", order[i-1], order[i], v)
		}
	}
}

// The timeline writes hours with the language's decimal mark, as Hours and
// the credit line above it do: «4,5 сағ», not «4.5 сағ».
func TestTimelineHoursInTheLanguage(t *testing.T) {
	s := openStore(t)
	p := addPerson(t, s, "Айгерім Сейтқали", "+77011234567", "")
	hrs := model.New(model.KindHours).(*model.Hours)
	hrs.PersonID, hrs.Date, hrs.Hours, hrs.Status, hrs.Activity = p.ID, "2026-11-15", 4.5, "pending", "Сенбілік"
	mustCreate(t, s, hrs)
	for lang, want := range map[model.Lang]string{model.KK: "4,5 сағ", model.RU: "4,5 ч", model.EN: "4.5 h"} {
		h := newHarness(t, s, lang, 120, 60)
		h.send(openMsg(p.ID))
		h.mustSee("15.11.2026 · " + i18n.New(lang).T("people.ev_hours") + " · " + want + " ·")
	}
}

func mustCreate(t *testing.T, s *storage.Store, r model.Record) {
	t.Helper()
	if err := s.Create(r); err != nil {
		t.Fatal(err)
	}
}

// TestMergeAndUndo: m on a card picks the other record with a search; the
// consultant chooses which to keep and confirms; everything moves; the
// merged-away card says where it went and undoes the merge.
func TestMergeAndUndo(t *testing.T) {
	s := openStore(t)
	keep := addPerson(t, s, "Айгерім Сейтқали", "+77011234567", "ALT University")
	dup := addPerson(t, s, "Aigerim Seitkali", "+77051112233", "")
	v, err := s.StartVisit(dup.ID, "other", fixedNow)
	if err != nil {
		t.Fatal(err)
	}
	h := newHarness(t, s, model.EN, 100, 27)
	h.send(openMsg(dup.ID))
	h.keys("m")
	if !h.m.Capturing() || h.m.mode != picking {
		t.Fatalf("m should open the picker (mode %d)", h.m.mode)
	}
	h.mustSee("Merge Aigerim Seitkali with whom?")
	h.typeText("Сейтқали")
	h.keys("enter")
	h.mustSee("Merge two records of one person", "Kept: Aigerim Seitkali", "Merged away: Айгерім Сейтқали")
	h.keys("tab") // keep the other one: the one with the college
	h.mustSee("Kept: Айгерім Сейтқали", "Merged away: Aigerim Seitkali")
	h.keys("n")
	if h.m.mode != viewing {
		t.Fatalf("n should cancel (mode %d)", h.m.mode)
	}
	if d, _ := storage.GetAs[*model.Person](s, model.KindPerson, dup.ID); d.MergedInto != "" {
		t.Fatal("n merged anyway")
	}
	h.keys("m")
	h.typeText("Сейтқали")
	h.keys("enter", "tab", "y")
	d, _ := storage.GetAs[*model.Person](s, model.KindPerson, dup.ID)
	if d.MergedInto != keep.ID {
		t.Fatalf("not merged: %+v\n%s", d, h.view())
	}
	if got, _ := storage.GetAs[*model.Visit](s, model.KindVisit, v.ID); got.PersonID != keep.ID {
		t.Fatalf("the visit did not move: %+v", got)
	}
	if h.m.person == nil || h.m.person.ID != keep.ID {
		t.Fatalf("the kept card should show")
	}
	h.mustSee("Aigerim Seitkali was merged into this record; u undoes it", "Visit · Other")
	if !strings.Contains(h.status[len(h.status)-1].Text, "1 record moved") {
		t.Errorf("status %+v", h.status)
	}

	// The merged-away card, opened by its id, says where it went.
	h.send(openMsg(dup.ID))
	h.mustSee("This record was merged into Айгерім Сейтқали", "o opens it, u undoes the merge")
	h.keys("o")
	if h.m.person.ID != keep.ID {
		t.Fatal("o should open the kept record")
	}
	h.send(openMsg(dup.ID))
	h.keys("u")
	d, _ = storage.GetAs[*model.Person](s, model.KindPerson, dup.ID)
	if d.MergedInto != "" || d.Deleted {
		t.Fatalf("not undone: %+v", d)
	}
	if got, _ := storage.GetAs[*model.Visit](s, model.KindVisit, v.ID); got.PersonID != dup.ID {
		t.Fatalf("the visit did not go back: %+v", got)
	}
	h.mustSee("Aigerim Seitkali", "Visit · Other")
	h.mustNotSee("merged into")
}

// TestUndoMergeFromKeptCard: right after a merge, u on the kept card undoes it.
func TestUndoMergeFromKeptCard(t *testing.T) {
	s := openStore(t)
	keep := addPerson(t, s, "Дина Ахметова", "+77011234567", "")
	dup := addPerson(t, s, "Дина А.", "", "")
	h := newHarness(t, s, model.RU, 100, 27)
	h.send(openMsg(keep.ID))
	h.keys("ь") // m on the Russian layout
	h.typeText("Дина А.")
	if hit, _ := h.m.pick.Selected(); hit.ID != dup.ID {
		h.keys("down") // the other Дина
	}
	h.keys("enter", "y")
	if d, _ := storage.GetAs[*model.Person](s, model.KindPerson, dup.ID); d.MergedInto != keep.ID {
		t.Fatalf("not merged: %+v", d)
	}
	h.keys("г") // u on the Russian layout
	if d, _ := storage.GetAs[*model.Person](s, model.KindPerson, dup.ID); d.MergedInto != "" {
		t.Fatalf("not undone: %+v", d)
	}
	if !strings.Contains(h.status[len(h.status)-1].Text, "Объединение отменено") {
		t.Errorf("status %+v", h.status)
	}
}

// TestWithdrawConsent: W asks, explains what is erased, and y erases it; the
// person's visits stay.
func TestWithdrawConsent(t *testing.T) {
	s := openStore(t)
	p := addPerson(t, s, "Айгерім Сейтқали", "+77011234567", "ALT University")
	p.IIN, p.Notes = "791028302728", "Келісімін кері қайтарды"
	p.BirthYear = 0
	if err := s.Update(p); err != nil {
		t.Fatal(err)
	}
	if _, err := s.StartVisit(p.ID, "other", fixedNow); err != nil {
		t.Fatal(err)
	}
	h := newHarness(t, s, model.EN, 100, 27)
	h.send(openMsg(p.ID))
	h.keys("W")
	h.mustSee("Withdraw the consent of Айгерім Сейтқали?", "initials (А. С.)", "cannot be undone")
	h.keys("n")
	if got, _ := storage.GetAs[*model.Person](s, model.KindPerson, p.ID); got.Phone == "" {
		t.Fatal("n erased anyway")
	}
	h.keys("Ц") // shift+w on the Russian layout
	h.keys("y")
	got, _ := storage.GetAs[*model.Person](s, model.KindPerson, p.ID)
	if got.FullName != "А. С." || got.Phone != "" || got.IIN != "" || got.Notes != "" || got.ConsentWithdrawn == "" {
		t.Fatalf("not erased: %+v", got)
	}
	h.mustSee("А. С.", "Consent withdrawn on: 22.11.2026", "Visit · Other")
	h.mustNotSee("+7 701 123 45 67", "791028302728", "Келісімін")
	h.keys("W")
	if h.m.mode != viewing {
		t.Fatalf("W again should do nothing (mode %d)", h.m.mode)
	}
}

// A minor's card after a withdrawal does not ask for the guardian that the
// withdrawal erased on purpose ("press e to add them").
func TestWithdrawnMinorNotAskedForGuardian(t *testing.T) {
	s := openStore(t)
	p := addPerson(t, s, "Айым Серікқызы", "+77015550011", "")
	p.BirthYear, p.GuardianName, p.GuardianPhone, p.GuardianConsent = 2012, "Гүлнар Серікова", "+77015550012", true
	if err := s.Update(p); err != nil {
		t.Fatal(err)
	}
	h := newHarness(t, s, model.EN, 100, 27)
	h.send(openMsg(p.ID))
	h.keys("W", "y")
	h.mustSee("А. С.", "Consent withdrawn on")
	h.mustNotSee("Гүлнар", "guardian's name and phone are missing")
}

// openMsg asks for a person's card, as another screen does.
func openMsg(id string) common.OpenMsg { return common.OpenMsg{Kind: model.KindPerson, ID: id} }

func (h *harness) mustNotSee(what ...string) {
	h.t.Helper()
	v := h.view()
	for _, w := range what {
		if strings.Contains(v, w) {
			h.t.Errorf("screen shows %q:\n%s", w, v)
		}
	}
}

// TestUndoMergeLater: after the app is closed and opened again, the kept
// person's card still shows the merge and undoes it.
func TestUndoMergeLater(t *testing.T) {
	s := openStore(t)
	keep := addPerson(t, s, "Дина Ахметова", "+77011234567", "")
	dup := addPerson(t, s, "Дина А.", "+77051112233", "")
	if _, err := s.MergePeople(keep.ID, dup.ID); err != nil {
		t.Fatal(err)
	}
	h := newHarness(t, s, model.EN, 100, 27) // a fresh screen: no merge made here
	h.send(openMsg(keep.ID))
	h.mustSee("Records merged into this one: 1")
	h.keys("u")
	if d, _ := storage.GetAs[*model.Person](s, model.KindPerson, dup.ID); d.MergedInto != "" || d.Deleted {
		t.Fatalf("not undone: %+v", d)
	}
	if k, _ := storage.GetAs[*model.Person](s, model.KindPerson, keep.ID); k.MergedFrom != nil {
		t.Fatalf("kept still lists the merge: %v", k.MergedFrom)
	}
}

// TestSmallMergeShowsWholePhones: at 40×12 the question before a merge shows
// both phones whole (they were cut at the edge, "+7 700 631 …"), and the
// keys to answer stay on screen.
func TestSmallMergeShowsWholePhones(t *testing.T) {
	s := openStore(t)
	addPerson(t, s, "Қуаныш Дүйсенов", "+77006319253", "І. Жансүгіров атындағы Жетісу университеті")
	dup := addPerson(t, s, "Арман Дүйсенов", "+77770822351", "")
	for _, lang := range model.Langs() {
		h := newHarness(t, s, lang, 40, 9)
		h.send(openMsg(dup.ID))
		h.keys("m")
		h.typeText("Қуаныш")
		h.keys("enter")
		if h.m.mode != confirmMerge {
			t.Fatalf("%s: no question (mode %d):\n%s", lang, h.m.mode, h.view())
		}
		h.mustSee("+7 700 631 92 53", "+7 777 082 23 51", "tab")
		h.keys("n")
	}
}
