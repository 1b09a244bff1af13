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

// TestResolveAlikeSettlesOnlyTheSame: two offices that made the same change
// from the same revision leave a conflict whose versions hold the same
// data; ResolveAlike settles it (and only it) keeping the current version,
// in a revision that takes the other office out of conflict too.
func TestResolveAlikeSettlesOnlyTheSame(t *testing.T) {
	a, clkA := newStore(t)
	b, clkB := newStore(t)
	dir := t.TempDir()
	same := newPerson("Данияр Абенов", "+77017654321")
	differ := newPerson("Айгерим Сапарова", "+77017654322")
	mustCreate(t, a, same)
	mustCreate(t, a, differ)
	f0, _ := exportTo(t, a, dir, true)
	importFile(t, b, f0)

	clkA.Add(time.Hour)
	clkB.Add(2 * time.Hour)
	for s, org := range map[*storage.Store]string{a: "ЕНУ", b: "КазНУ"} {
		p, err := storage.GetAs[*model.Person](s, model.KindPerson, same.ID)
		if err != nil {
			t.Fatal(err)
		}
		p.Organization = "КарУ" // the same change in both offices
		mustUpdate(t, s, p)
		q, err := storage.GetAs[*model.Person](s, model.KindPerson, differ.ID)
		if err != nil {
			t.Fatal(err)
		}
		q.Organization = org // a different one
		mustUpdate(t, s, q)
	}
	fb, _ := exportTo(t, b, dir, false)
	importFile(t, a, fb)
	cs, err := a.Conflicts()
	if err != nil || len(cs) != 2 {
		t.Fatalf("a's conflicts: %d, %v", len(cs), err)
	}
	alike := 0
	for _, c := range cs {
		if storage.Alike(c) != (c.ID == same.ID) {
			t.Errorf("Alike(%s) = %v", c.Current.(*model.Person).FullName, storage.Alike(c))
		}
		if storage.Alike(c) {
			alike++
		}
	}
	var told []int
	n, err := a.ResolveAlike(cs, func(n int) { told = append(told, n) })
	if err != nil || n != 1 || alike != 1 || len(told) != 1 || told[0] != 1 {
		t.Fatalf("ResolveAlike: %d, %v (told %v)", n, err, told)
	}
	left, _ := a.Conflicts()
	if len(left) != 1 || left[0].ID != differ.ID {
		t.Fatalf("left in conflict: %+v", left)
	}
	got, _ := storage.GetAs[*model.Person](a, model.KindPerson, same.ID)
	if got.Organization != "КарУ" || got.Origin != a.OfficeID() {
		t.Fatalf("settled as %q by %s", got.Organization, got.Origin)
	}
	// The settlement travels: b (in conflict after a's edits) is out of it
	// for that person.
	fa, _ := exportTo(t, a, dir, false)
	importFile(t, b, fa)
	bl, _ := b.Conflicts()
	if len(bl) != 1 || bl[0].ID != differ.ID {
		t.Fatalf("b left in conflict: %+v", bl)
	}
	// Again: nothing alike is left, nothing is settled.
	if n, err := a.ResolveAlike(left, nil); n != 0 || err != nil {
		t.Fatalf("again: %d, %v", n, err)
	}
	// A list made before a settlement is stale for it: left alone.
	if n, err := b.ResolveAlike(cs, nil); n != 0 || err != nil {
		t.Fatalf("stale list: %d, %v", n, err)
	}
}
