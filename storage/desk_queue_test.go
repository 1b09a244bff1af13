package storage_test

import (
	"errors"
	"testing"
	"time"

	"frontoffice/model"
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
