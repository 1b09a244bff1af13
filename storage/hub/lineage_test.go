package hub_test

import (
	"path/filepath"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/storage"
)

// TestTwoEditsDoNotHideOneAtTheHub: B edits A's person twice (rev 3) while
// C edits the same rev 1 once (rev 2). The hub, loading the bundles in
// either order, has the record in conflict as a store does (the number rule
// alone did not: C's rev 2 is not above B's base_rev 2); B's settlement
// then takes it out of conflict at the hub too.
func TestTwoEditsDoNotHideOneAtTheHub(t *testing.T) {
	t.Parallel()
	for _, order := range [][2]int{{0, 1}, {1, 0}} {
		h, _ := openHub(t)
		dir := t.TempDir()
		a := demoOffice(t, dir, "A", 1, 5)
		// B's clock an hour ahead: its second edit is the winner.
		b := clockedOffice(t, dir, "B", time.Hour)
		c := clockedOffice(t, dir, "C", 0)
		p := &model.Person{FullName: "Айгерім Сейтқали", Phone: "+77015550099", Consent: true, Region: "karaganda"}
		p.Kind, p.ID = model.KindPerson, model.NewID()
		if err := a.Create(p); err != nil {
			t.Fatal(err)
		}
		fa := export(t, a, dir, true)
		storeImport(t, b, fa)
		storeImport(t, c, fa)
		edit := func(s *storage.Store, org string) {
			t.Helper()
			q, err := storage.GetAs[*model.Person](s, model.KindPerson, p.ID)
			if err != nil {
				t.Fatal(err)
			}
			q.Organization = org
			if err := s.Update(q); err != nil {
				t.Fatal(err)
			}
		}
		edit(c, "университет")
		edit(b, "колледж 1")
		edit(b, "колледж 2")
		fb, fc := export(t, b, dir, true), export(t, c, dir, true)
		hubImport(t, h, fa)
		two := []string{fb, fc}
		hubImport(t, h, two[order[0]])
		hubImport(t, h, two[order[1]])
		s, err := storage.Open(filepath.Join(dir, "regional.db"))
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		for _, f := range []string{fc, fb, fa} {
			storeImport(t, s, f)
		}
		compareWithStore(t, h, s)
		if _, _, x := dumpHub(t, h); len(x) != 1 {
			t.Fatalf("order %v: conflicts at the hub %v, want the person", order, x)
		}

		// B takes C's edit and settles; the hub takes the settlement.
		storeImport(t, b, fc)
		cs, err := b.Conflicts()
		if err != nil || len(cs) != 1 {
			t.Fatalf("B's conflicts %v, %v", cs, err)
		}
		if err := b.ResolveConflict(cs[0], cs[0].Current); err != nil {
			t.Fatal(err)
		}
		fr := export(t, b, dir, false)
		hubImport(t, h, fr)
		storeImport(t, s, fr)
		compareWithStore(t, h, s)
		if _, _, x := dumpHub(t, h); len(x) != 0 {
			t.Fatalf("order %v: conflicts at the hub after the settlement: %v", order, x)
		}
	}
}

// clockedOffice is a new office whose clock is ahead of the time by ahead.
func clockedOffice(t *testing.T, dir, name string, ahead time.Duration) *storage.Store {
	t.Helper()
	s, err := storage.OpenWith(filepath.Join(dir, name+".db"), storage.Options{Now: func() time.Time { return time.Now().Add(ahead) }})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}
