package storage_test

import (
	"path/filepath"
	"testing"

	"frontoffice/model"
)

// TestEachOfficesOwnDay: after a full bundle of another office arrives, the
// queue, today's visitors and follow-ups due on Home, the Desk and Consult
// are still this office's own; the other office's records stay (timelines,
// reports) but are not this desk's work.
func TestEachOfficesOwnDay(t *testing.T) {
	dir := t.TempDir()
	a, _ := openStore(t, filepath.Join(dir, "a.db"), newClock(day0))
	b, _ := openStore(t, filepath.Join(dir, "b.db"), newClock(day0))
	const today = "2026-02-13"
	pa := newPerson("Асхат Тоқтаров", "+77015550001")
	mustCreate(t, a, pa)
	mustCreate(t, a, newVisit(pa.ID, today))
	mustCreate(t, a, newConsultation(pa.ID, "2026-02-01", today))
	pb := newPerson("Ернұр Рахимов", "+77015550002")
	mustCreate(t, b, pb)
	mustCreate(t, b, newVisit(pb.ID, today))

	f, _ := exportTo(t, a, dir, true)
	importFile(t, b, f)

	sum, err := b.Summary(today)
	if err != nil {
		t.Fatal(err)
	}
	if sum.VisitsToday != 1 || sum.Queue["waiting"] != 1 || sum.FollowUpsDue != 0 || len(sum.FirstFollowUps) != 0 {
		t.Errorf("B's Home after A's bundle: %d visitors, queue %v, %d follow-ups; want its own 1, 1 waiting, 0", sum.VisitsToday, sum.Queue, sum.FollowUpsDue)
	}
	vs, err := b.Visits(today)
	if err != nil || len(vs) != 1 || vs[0].PersonID != pb.ID {
		t.Errorf("B's queue: %+v, %v", vs, err)
	}
	if fus, n, err := b.FollowUps(today, 0); err != nil || n != 0 || len(fus) != 0 {
		t.Errorf("B's follow-ups: %d, %+v, %v", n, fus, err)
	}
	// A's own are A's.
	if fus, n, _ := a.FollowUps(today, 0); n != 1 || len(fus) != 1 {
		t.Errorf("A's follow-ups: %d", n)
	}
	// A's visitor's timeline at B still holds the visit and the consultation.
	if ev, err := b.Timeline(pa.ID); err != nil || len(ev) != 2 {
		t.Errorf("A's visitor's timeline at B: %d records, %v", len(ev), err)
	}
	if n, _ := b.Count(model.KindVisit); n != 2 {
		t.Errorf("B holds %d visits, want both offices' 2", n)
	}
}
