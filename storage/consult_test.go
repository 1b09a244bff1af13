package storage_test

import (
	"errors"
	"testing"

	"frontoffice/model"
	"frontoffice/storage"
)

// TestConsultationAppendOnly: a logged consultation can be neither updated
// nor deleted; other kinds still can.
func TestConsultationAppendOnly(t *testing.T) {
	s, _ := newStore(t)
	p := newPerson("Айгерім Сейтқали", "+77011234567")
	mustCreate(t, s, p)
	c := newConsultation(p.ID, "2026-02-13", "2026-02-20")
	if err := s.LogConsultation(c); err != nil {
		t.Fatal(err)
	}
	c.Notes = "rewritten"
	if err := s.Update(c); !errors.Is(err, storage.ErrNotPermitted) {
		t.Errorf("Update of a consultation: %v, want ErrNotPermitted", err)
	}
	if err := s.Delete(model.KindConsultation, c.ID); !errors.Is(err, storage.ErrNotPermitted) {
		t.Errorf("Delete of a consultation: %v, want ErrNotPermitted", err)
	}
	got, err := storage.GetAs[*model.Consultation](s, model.KindConsultation, c.ID)
	if err != nil || got.Notes != "" || got.Rev != 1 || got.Deleted {
		t.Errorf("stored consultation changed: %+v, %v", got, err)
	}
	if h, _ := s.History(model.KindConsultation, c.ID); len(h) != 0 {
		t.Errorf("history of an unchanged consultation: %d revisions", len(h))
	}
	p.Organization = "ALT University"
	mustUpdate(t, s, p) // people are still edited
}

func TestLogConsultationValidates(t *testing.T) {
	s, _ := newStore(t)
	p := newPerson("Айгерім Сейтқали", "+77011234567")
	mustCreate(t, s, p)

	early := newConsultation(p.ID, "2026-02-13", "2026-02-12")
	err := s.LogConsultation(early)
	if es, ok := model.AsFieldErrors(err); !ok || es.For("follow_up") != model.ReasonMismatch {
		t.Errorf("follow-up before the date: %v", err)
	}
	if early.ID != "" {
		t.Errorf("a refused consultation got id %q", early.ID)
	}
	none := newConsultation(p.ID, "2026-02-13", "")
	none.Services = nil
	if es, _ := model.AsFieldErrors(s.LogConsultation(none)); es.For("services") != model.ReasonRequired {
		t.Errorf("no services: %v", es)
	}
	claims := newConsultation(p.ID, "2026-02-13", "")
	claims.Supersedes = model.NewID()
	if err := s.LogConsultation(claims); !errors.Is(err, storage.ErrNotPermitted) {
		t.Errorf("LogConsultation with Supersedes: %v", err)
	}
	if n := count(t, s, model.KindConsultation); n != 0 {
		t.Errorf("%d consultations stored from refused ones", n)
	}
	same := newConsultation(p.ID, "2026-02-13", "2026-02-13") // a follow-up on the day is fine
	if err := s.LogConsultation(same); err != nil {
		t.Error(err)
	}
}

func TestSupersede(t *testing.T) {
	s, _ := newStore(t)
	p := newPerson("Айгерім Сейтқали", "+77011234567")
	mustCreate(t, s, p)
	idea := newIdea("Таза саябақ", "draft")
	idea.ApplicantID = p.ID
	mustCreate(t, s, idea)

	old := newConsultation(p.ID, "2026-02-10", "2026-02-13")
	old.IdeaID = idea.ID
	old.Notes = "typo"
	if err := s.LogConsultation(old); err != nil {
		t.Fatal(err)
	}
	fixed := *old
	fixed.Notes = "fixed"
	fixed.Services = []model.Service{"grant_writing", "methodology"}
	if err := s.Supersede(old.ID, &fixed); err != nil {
		t.Fatal(err)
	}
	if fixed.ID == old.ID || fixed.Supersedes != old.ID || fixed.Rev != 1 {
		t.Errorf("correction: id %s supersedes %q rev %d", fixed.ID, fixed.Supersedes, fixed.Rev)
	}
	// The old one stays as it was.
	got, err := storage.GetAs[*model.Consultation](s, model.KindConsultation, old.ID)
	if err != nil || got.Notes != "typo" || got.Rev != 1 {
		t.Errorf("old consultation: %+v, %v", got, err)
	}
	// A superseded one cannot be corrected again: correct the correction.
	again := fixed
	if err := s.Supersede(old.ID, &again); !errors.Is(err, storage.ErrNotPermitted) {
		t.Errorf("superseding twice: %v", err)
	}
	if err := s.Supersede(model.NewID(), &again); !errors.Is(err, storage.ErrNotFound) {
		t.Errorf("superseding a missing one: %v", err)
	}
	bad := fixed
	bad.FollowUp = "2026-01-01"
	if err := s.Supersede(fixed.ID, &bad); err == nil {
		t.Error("a correction with a follow-up before the date was stored")
	} else if bad.ID != fixed.ID || bad.Supersedes != old.ID {
		t.Errorf("a refused correction changed the envelope: %s %s", bad.ID, bad.Supersedes)
	}

	for _, of := range []string{idea.ID, p.ID} {
		list, err := s.ConsultationsOf(of)
		if err != nil {
			t.Fatal(err)
		}
		if len(list) != 2 {
			t.Fatalf("ConsultationsOf(%s): %d entries", of, len(list))
		}
		// Same day: the correction, logged later, comes first.
		if list[0].Consultation.ID != fixed.ID || list[0].SupersededBy != "" ||
			list[1].Consultation.ID != old.ID || list[1].SupersededBy != fixed.ID {
			t.Errorf("ConsultationsOf(%s) = %+v", of, list)
		}
		if list[0].PersonName != p.FullName || list[0].IdeaTitle != idea.Title {
			t.Errorf("names: %q %q", list[0].PersonName, list[0].IdeaTitle)
		}
	}
	// The superseded follow-up is gone; the correction's is due.
	fus, err := followUpsOf(t, s, "2026-02-13")
	if err != nil || len(fus) != 1 || fus[0].Consultation.ID != fixed.ID || fus[0].Overdue {
		t.Errorf("follow-ups after a correction: %+v, %v", fus, err)
	}
}

func TestConsultationsOfNewestFirst(t *testing.T) {
	s, _ := newStore(t)
	p := newPerson("Айгерім Сейтқали", "+77011234567")
	mustCreate(t, s, p)
	for _, d := range []model.Date{"2026-02-01", "2026-02-12", "2026-01-20"} {
		if err := s.LogConsultation(newConsultation(p.ID, d, "")); err != nil {
			t.Fatal(err)
		}
	}
	list, err := s.ConsultationsOf(p.ID)
	if err != nil || len(list) != 3 {
		t.Fatalf("%d, %v", len(list), err)
	}
	for i, want := range []model.Date{"2026-02-12", "2026-02-01", "2026-01-20"} {
		if list[i].Consultation.Date != want {
			t.Errorf("entry %d on %s, want %s", i, list[i].Consultation.Date, want)
		}
	}
	recent, err := s.RecentConsultations(2)
	if err != nil || len(recent) != 2 || recent[0].Consultation.Date != "2026-02-12" {
		t.Errorf("recent: %+v, %v", recent, err)
	}
	if _, err := s.ConsultationsOf("not-an-id"); err == nil {
		t.Error("ConsultationsOf accepted a bad id")
	}
}

// TestFollowUps: due today and overdue within the window are listed with
// names; future ones, those older than the window, superseded and answered
// ones are not.
func TestFollowUps(t *testing.T) {
	s, _ := newStore(t)
	const today = model.Date("2026-02-13")
	a := newPerson("Айгерім Сейтқали", "+77011234567")
	b := newPerson("Нұрлан Әбенов", "+77021234567")
	c := newPerson("Мадина Ахметова", "+77051234567")
	for _, p := range []*model.Person{a, b, c} {
		mustCreate(t, s, p)
	}
	ideaA := newIdea("Кітап жинау", "consulting")
	mustCreate(t, s, ideaA)
	ideaB := newIdea("Жасыл челлендж", "draft")
	mustCreate(t, s, ideaB)

	log := func(person, idea string, date, fu model.Date) *model.Consultation {
		t.Helper()
		cn := newConsultation(person, date, fu)
		cn.IdeaID = idea
		if err := s.LogConsultation(cn); err != nil {
			t.Fatal(err)
		}
		return cn
	}
	due := log(a.ID, ideaA.ID, "2026-02-01", today)               // due today
	overdue := log(b.ID, "", "2026-01-05", "2026-01-14")          // 30 days ago: overdue, still in the window
	log(b.ID, "", "2026-01-01", "2026-01-13")                     // 31 days ago: out of the window
	log(a.ID, "", "2026-02-10", "2026-02-14")                     // tomorrow: not yet
	answered := log(a.ID, ideaB.ID, "2026-01-20", "2026-02-05")   // answered by the next one
	log(a.ID, ideaB.ID, "2026-02-03", "")                         // later, same idea
	sameDay := log(c.ID, "", "2026-02-01", "2026-02-12")          // c's same-day consultation does not answer it
	log(c.ID, "", "2026-02-01", "")                               //
	superseded := log(c.ID, ideaA.ID, "2026-01-25", "2026-02-11") // corrected below
	fix := *superseded
	fix.FollowUp = "2026-02-20"
	if err := s.Supersede(superseded.ID, &fix); err != nil {
		t.Fatal(err)
	}
	_ = answered

	fus, err := followUpsOf(t, s, today)
	if err != nil {
		t.Fatal(err)
	}
	// A limit lists the most overdue ones and still counts them all.
	if few, total, err := s.FollowUps(today, 1); err != nil || len(few) != 1 || total != len(fus) || few[0].Consultation.ID != fus[0].Consultation.ID {
		t.Errorf("limit 1: %d listed of %d (%v), want 1 of %d", len(few), total, err, len(fus))
	}
	var got []string
	for _, f := range fus {
		got = append(got, f.Consultation.ID)
	}
	want := []string{overdue.ID, sameDay.ID, due.ID} // most overdue first
	if len(got) != len(want) {
		t.Fatalf("follow-ups %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("follow-up %d: %s, want %s", i, got[i], want[i])
		}
	}
	if !fus[0].Overdue || !fus[1].Overdue || fus[2].Overdue {
		t.Errorf("overdue flags: %v %v %v", fus[0].Overdue, fus[1].Overdue, fus[2].Overdue)
	}
	if fus[2].PersonName != a.FullName || fus[2].IdeaTitle != ideaA.Title || fus[0].PersonName != b.FullName || fus[0].IdeaTitle != "" {
		t.Errorf("names: %+v / %+v", fus[2].ConsultationEntry, fus[0].ConsultationEntry)
	}
	if sum, err := s.Summary(today); err != nil || sum.FollowUpsDue != 3 {
		t.Errorf("Summary.FollowUpsDue = %d, %v; want 3 (as the list)", sum.FollowUpsDue, err)
	}

	// Coming back answers a follow-up: a later consultation for the idea.
	log(a.ID, ideaA.ID, today, "")
	fus, _ = followUpsOf(t, s, today)
	if len(fus) != 2 {
		t.Errorf("after the idea's next consultation: %d follow-ups, want 2", len(fus))
	}
	// A person's later consultation answers their follow-up without an idea.
	log(b.ID, "", "2026-02-10", "")
	fus, _ = followUpsOf(t, s, today)
	if len(fus) != 1 || fus[0].Consultation.ID != sameDay.ID {
		t.Errorf("after the person's next consultation: %+v", fus)
	}
	// The next day the window moves on.
	fus, _ = followUpsOf(t, s, "2026-03-15")
	for _, f := range fus {
		if f.Consultation.FollowUp < "2026-02-13" {
			t.Errorf("follow-up of %s listed on 15 March", f.Consultation.FollowUp)
		}
	}
}

// followUpsOf is FollowUps with no limit; the total must agree with the list.
func followUpsOf(t *testing.T, s *storage.Store, today model.Date) ([]storage.FollowUp, error) {
	t.Helper()
	fus, total, err := s.FollowUps(today, 0)
	if err == nil && total != len(fus) {
		t.Errorf("FollowUps total %d, listed %d", total, len(fus))
	}
	return fus, err
}
