package storage_test

import (
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/storage"
)

// TestImportCountsConflictsLeft: an import's summary counts as conflicts the
// records it left in conflict that were not before: a conflict the other
// office settled in the same bundle is not one; one left open is, once.
func TestImportCountsConflictsLeft(t *testing.T) {
	a, clkA := newStore(t)
	b, clkB := newStore(t)
	dir := t.TempDir()
	p := newPerson("Данияр Абенов", "+77017654321")
	mustCreate(t, a, p)
	f0, _ := exportTo(t, a, dir, true)
	importFile(t, b, f0)

	// Both edit the same revision; b's clock is later.
	clkA.Add(time.Hour)
	clkB.Add(2 * time.Hour)
	pa := *p
	pa.Organization = "КарУ"
	mustUpdate(t, a, &pa)
	pb, err := storage.GetAs[*model.Person](b, model.KindPerson, p.ID)
	if err != nil {
		t.Fatal(err)
	}
	pb.Region = "astana"
	mustUpdate(t, b, pb)

	// b takes a's edit: in conflict, counted once.
	fa, _ := exportTo(t, a, dir, false)
	if s := importFile(t, b, fa); s.Total().Conflicts != 1 || b.ConflictCount() != 1 {
		t.Fatalf("b imports a: %+v, %d in conflict", s.Total(), b.ConflictCount())
	}
	// The same bundle again: the conflict was there before, not counted.
	if s := importFile(t, b, fa); s.Total().Conflicts != 0 || b.ConflictCount() != 1 {
		t.Fatalf("b imports a again: %+v, %d in conflict", s.Total(), b.ConflictCount())
	}
	// b settles it; its bundle brings a the conflict and its settlement.
	cs, err := b.Conflicts()
	if err != nil || len(cs) != 1 {
		t.Fatalf("b's conflicts: %v %v", cs, err)
	}
	clkB.Add(time.Hour)
	if err := b.ResolveConflict(cs[0], cs[0].Current); err != nil {
		t.Fatal(err)
	}
	fb, _ := exportTo(t, b, dir, false)
	s := importFile(t, a, fb)
	if a.ConflictCount() != 0 {
		t.Fatalf("a: %d in conflict", a.ConflictCount())
	}
	if c := s.Kinds[model.KindPerson]; c == nil || c.Conflicts != 0 || s.Total().Conflicts != 0 || !s.Changed() {
		t.Fatalf("a imports b's settlement: %+v", s.Total())
	}
}
