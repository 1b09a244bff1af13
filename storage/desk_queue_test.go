package storage_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/model/report"
	"frontoffice/storage"
)

// TestOneOpenEntryAPerson: a person waiting or with a consultant today gets
// no second entry; once their visit has ended they may come again.
func TestOneOpenEntryAPerson(t *testing.T) {
	s, clk := newStore(t)
	a := newPerson("Айгерім", "+77011110001")
	mustCreate(t, s, a)
	va, err := s.StartVisit(a.ID, model.PurposeVolunteer, clk.Now())
	if err != nil {
		t.Fatal(err)
	}
	for _, to := range []model.VisitState{"", model.VisitWithConsultant} {
		if to != "" {
			if _, err := s.MoveVisit(va.ID, to, "Ольга", clk.Now()); err != nil {
				t.Fatal(err)
			}
		}
		_, err := s.StartVisit(a.ID, "other", clk.Now())
		var iq *storage.InQueueError
		if !errors.As(err, &iq) || iq.Visit.ID != va.ID {
			t.Fatalf("second entry while %q: %v", to, err)
		}
	}
	if _, err := s.MoveVisit(va.ID, model.VisitDone, "", clk.Now()); err != nil {
		t.Fatal(err)
	}
	clk.Add(time.Hour)
	if _, err := s.StartVisit(a.ID, "other", clk.Now()); err != nil {
		t.Fatalf("a new visit after the first ended: %v", err)
	}
	if vs, _ := s.Visits(model.DateOf(day0)); len(vs) != 2 {
		t.Fatalf("visits %d", len(vs))
	}
}

// TestRemoveVisit: a waiting entry made by mistake is taken back (a
// tombstone: no longer in the day's queue, its revision in history); one
// that has moved on is refused.
func TestRemoveVisit(t *testing.T) {
	s, clk := newStore(t)
	a := newPerson("Айгерім", "+77011110001")
	mustCreate(t, s, a)
	v, err := s.StartVisit(a.ID, model.PurposeVolunteer, clk.Now())
	if err != nil {
		t.Fatal(err)
	}
	if err := s.RemoveVisit(v.ID); err != nil {
		t.Fatal(err)
	}
	if vs, _ := s.Visits(model.DateOf(day0)); len(vs) != 0 {
		t.Fatalf("removed entry still in the queue: %+v", vs)
	}
	if n, _ := s.Count(model.KindVisit); n != 0 {
		t.Fatalf("removed entry still counted: %d", n)
	}
	v2, err := s.StartVisit(a.ID, model.PurposeVolunteer, clk.Now())
	if err != nil {
		t.Fatalf("a new entry after the removal: %v", err)
	}
	if _, err := s.MoveVisit(v2.ID, model.VisitWithConsultant, "Ольга", clk.Now()); err != nil {
		t.Fatal(err)
	}
	if err := s.RemoveVisit(v2.ID); !errors.Is(err, storage.ErrNotPermitted) {
		t.Fatalf("removing a served visit: %v", err)
	}
}

// TestAnonymousVisitCountedAndClaimed: a visitor without consent is served
// and counted with no personal data; the visit travels in a bundle to
// another office; a later registration claims it, and it is counted once.
func TestAnonymousVisitCountedAndClaimed(t *testing.T) {
	s, clk := newStore(t)
	v := &model.Visit{Purpose: "grant_writing", Service: "grant_writing", Outcome: "consulted", AgeBand: "18_24"}
	v.Kind = model.KindVisit
	if err := s.AnonymousVisit(v, clk.Now()); err != nil {
		t.Fatal(err)
	}
	if v.PersonID != "" || !v.Anonymous || v.State != model.VisitDone || v.Consultant != "Айгерим" {
		t.Fatalf("anonymous visit: %+v", v)
	}
	left := &model.Visit{Purpose: "other", Outcome: "not_served", AgeBand: "under_18"}
	if err := s.AnonymousVisit(left, clk.Now()); err != nil {
		t.Fatal(err)
	}
	r, err := s.Report(context.Background(), report.Filter{}, storage.ReportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	count := func(rs []report.Row, code string) int {
		for _, x := range rs {
			if x.Code == code {
				return x.Count
			}
		}
		return -1
	}
	if r.Visits != 2 || r.AnonymousVisits != 2 || count(r.AnonymousByAgeBand, "18_24") != 1 ||
		count(r.AnonymousByService, "grant_writing") != 1 || count(r.AnonymousByOutcome, "not_served") != 1 || r.People != 0 {
		t.Fatalf("report: visits %d anonymous %d %+v %+v %+v", r.Visits, r.AnonymousVisits, r.AnonymousByAgeBand, r.AnonymousByService, r.AnonymousByOutcome)
	}

	// Another office receives it in a bundle, also redacted.
	dir := t.TempDir()
	path, _ := exportTo(t, s, dir, true)
	other, _ := newStore(t)
	importFile(t, other, path)
	if r, err := other.Report(context.Background(), report.Filter{}, storage.ReportOptions{}); err != nil || r.AnonymousVisits != 2 {
		t.Fatalf("the other office counts %d anonymous visits: %v", r.AnonymousVisits, err)
	}

	// A later registration claims the first.
	p := newPerson("Айгерім Сейтқали", "+77011110001")
	claimed, err := s.ClaimVisit(p, v.ID)
	if err != nil {
		t.Fatal(err)
	}
	if claimed.PersonID != p.ID || claimed.Anonymous || claimed.Service != "grant_writing" {
		t.Fatalf("claimed: %+v", claimed)
	}
	tl, err := s.Timeline(p.ID)
	if err != nil || len(tl) != 1 {
		t.Fatalf("the claimed visit is not in the timeline: %v %v", tl, err)
	}
	if _, err := s.ClaimVisit(newPerson("Другой", "+77011110002"), v.ID); !errors.Is(err, storage.ErrNotPermitted) {
		t.Fatalf("a claimed visit claimed again: %v", err)
	}
	if n, _ := s.Count(model.KindPerson); n != 1 {
		t.Fatalf("people after a refused claim: %d", n)
	}
	r, _ = s.Report(context.Background(), report.Filter{}, storage.ReportOptions{})
	if r.Visits != 2 || r.AnonymousVisits != 1 || r.People != 1 {
		t.Fatalf("after the claim: visits %d anonymous %d people %d", r.Visits, r.AnonymousVisits, r.People)
	}
	// A person may not be named by an anonymous visit.
	bad := &model.Visit{Anonymous: true, PersonID: p.ID, Date: "2026-02-13", Purpose: "other", State: "done"}
	bad.Kind = model.KindVisit
	if err := bad.Validate(); err == nil {
		t.Fatal("an anonymous visit naming a person passes")
	}
}
