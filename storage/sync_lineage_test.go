package storage_test

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/storage"
	"frontoffice/storage/bundle"
)

// TestTwoEditsDoNotHideOne: b edits a person twice (rev 3) while a edits
// the same rev 1 once (rev 2). a's edit is not one b started from, though
// its number is not above b's base_rev 2: the record is in conflict at both
// offices, whichever wins and in whichever order the bundles come. The
// number rule alone put a's edit into history with no conflict.
func TestTwoEditsDoNotHideOne(t *testing.T) {
	for _, bLater := range []bool{true, false} {
		a, clkA := newStore(t)
		b, clkB := newStore(t)
		dir := t.TempDir()
		p := newPerson("Данияр Абенов", "+77017654321")
		mustCreate(t, a, p)
		f0, _ := exportTo(t, a, dir, false)
		importFile(t, b, f0)

		if bLater {
			clkA.Add(time.Hour)
			clkB.Add(2 * time.Hour)
		} else {
			clkA.Add(2 * time.Hour)
			clkB.Add(time.Hour)
		}
		pa := p
		pa.Organization = "КарУ"
		mustUpdate(t, a, pa)
		pb, err := storage.GetAs[*model.Person](b, model.KindPerson, p.ID)
		if err != nil {
			t.Fatal(err)
		}
		pb.Region = "astana"
		mustUpdate(t, b, pb)
		pb, _ = storage.GetAs[*model.Person](b, model.KindPerson, p.ID)
		pb.Notes = "второй раз"
		mustUpdate(t, b, pb)
		if pb, _ = storage.GetAs[*model.Person](b, model.KindPerson, p.ID); pb.Rev != 3 || pb.BaseRev != 2 || pb.BaseHLC == 0 {
			t.Fatalf("b's second edit: rev %d base %d base_hlc %d", pb.Rev, pb.BaseRev, pb.BaseHLC)
		}

		fa, _ := exportTo(t, a, dir, false)
		fb, _ := exportTo(t, b, dir, false)
		if s := importFile(t, b, fa); s.Total().Conflicts != 1 {
			t.Fatalf("b later %v: b imports a's one edit: %+v", bLater, s.Total())
		}
		if s := importFile(t, a, fb); s.Total().Conflicts != 1 {
			t.Fatalf("b later %v: a imports b's two edits: %+v", bLater, s.Total())
		}
		if !equalLines(canonicalDump(t, a), canonicalDump(t, b)) {
			t.Fatal("the offices differ after exchanging their edits")
		}
		for _, s := range []*storage.Store{a, b} {
			cs, err := s.Conflicts()
			if err != nil || len(cs) != 1 {
				t.Fatalf("conflicts %+v, %v", cs, err)
			}
			c := cs[0]
			cur, other := c.Current.(*model.Person), c.Other.(*model.Person)
			if bLater && (cur.Notes != "второй раз" || other.Organization != "КарУ") ||
				!bLater && (cur.Organization != "КарУ" || other.Notes != "второй раз") {
				t.Fatalf("b later %v: conflict sides: %+v / %+v", bLater, cur, other)
			}
		}

		// a settles it; the settlement travels and b is out of conflict
		// too; an edit after it starts from the settlement and is in none.
		cs, _ := a.Conflicts()
		if err := a.ResolveConflict(cs[0], cs[0].Current); err != nil {
			t.Fatal(err)
		}
		fr, _ := exportTo(t, a, dir, false)
		importFile(t, b, fr)
		if a.ConflictCount() != 0 || b.ConflictCount() != 0 {
			t.Fatalf("after the settlement: a %d, b %d conflicts", a.ConflictCount(), b.ConflictCount())
		}
		pb, _ = storage.GetAs[*model.Person](b, model.KindPerson, p.ID)
		pb.Notes = "после"
		mustUpdate(t, b, pb)
		fb, _ = exportTo(t, b, dir, false)
		if s := importFile(t, a, fb); s.Total().Conflicts != 0 || a.ConflictCount() != 0 {
			t.Fatalf("an edit after the settlement: %+v, %d", s.Total(), a.ConflictCount())
		}
	}
}

// TestOneOfficeEditsInTurnNoConflict: edits that follow each other across
// offices (a, then b on a's, then a on b's) are never in conflict, with
// bundles imported as they come or all at the end.
func TestOneOfficeEditsInTurnNoConflict(t *testing.T) {
	a, clkA := newStore(t)
	b, clkB := newStore(t)
	c, _ := newStore(t)
	dir := t.TempDir()
	p := newPerson("Айгерим Сапарова", "+77012223344")
	mustCreate(t, a, p)
	var files []string
	pass := func(from, to *storage.Store) {
		f, _ := exportTo(t, from, dir, false)
		files = append(files, f)
		importFile(t, to, f)
	}
	pass(a, b)
	for i, s := range []*storage.Store{b, a, b, b, a} {
		clkA.Add(time.Minute)
		clkB.Add(time.Minute)
		r, err := storage.GetAs[*model.Person](s, model.KindPerson, p.ID)
		if err != nil {
			t.Fatal(err)
		}
		r.Notes = string(rune('A' + i))
		mustUpdate(t, s, r)
		to := a
		if s == a {
			to = b
		}
		pass(s, to)
		if a.ConflictCount()+b.ConflictCount() != 0 {
			t.Fatalf("edit %d: conflicts a %d, b %d", i, a.ConflictCount(), b.ConflictCount())
		}
	}
	for i := len(files) - 1; i >= 0; i-- { // c gets them all, newest first
		importFile(t, c, files[i])
	}
	if c.ConflictCount() != 0 || !equalLines(canonicalDump(t, a), canonicalDump(t, c)) {
		t.Fatalf("c, the bundles backwards: %d conflicts", c.ConflictCount())
	}
}

// A revision naming a base by clock but none by number is refused, where
// it is, as any malformed envelope.
func TestBaseHLCWithoutBaseRevRefused(t *testing.T) {
	ls := bundleLines(t, onePassBundle(t))
	man, recs := ls[0], slices.Clone(ls[1:len(ls)-1])
	recs[1] = strings.Replace(recs[1], `"base_rev":0,`, `"base_rev":0,"base_hlc":5,`, 1)
	s, _ := newStore(t)
	_, err := s.ImportBundle(context.Background(), bytesSource("bad.fob", rawBundle(t, man, recs, "")), noPass,
		storage.ImportOptions{Trust: true, AllowUnsigned: true}, nil)
	if e, ok := bundle.AsError(err); !ok || e.Line != 3 || !strings.Contains(err.Error(), "base_hlc") {
		t.Fatalf("want line 3 refused for its base_hlc, got %v", err)
	}
}

// TestOfficesBehindTheClockMakeDifferentValues: an office whose clock ran
// a day ahead creates a person; two offices with the right time take its
// bundle and each edit the person once. Both were behind the clock they
// had seen, so each made the value after it: the same rev 2 with the same
// clock. The second office then edited again, and its rev 3 named as its
// base a rev 2 that was the first office's too: that edit went to history
// in no conflict. Each office's values now have their own low bits.
func TestOfficesBehindTheClockMakeDifferentValues(t *testing.T) {
	a, clkA := newStore(t)
	clkA.Add(24 * time.Hour)
	b, _ := newStore(t)
	c, _ := newStore(t)
	dir := t.TempDir()
	p := newPerson("Данияр Абенов", "+77017654321")
	mustCreate(t, a, p)
	fa, _ := exportTo(t, a, dir, false)
	importFile(t, b, fa)
	importFile(t, c, fa)
	edit := func(s *storage.Store, org string) *model.Person {
		t.Helper()
		q, err := storage.GetAs[*model.Person](s, model.KindPerson, p.ID)
		if err != nil {
			t.Fatal(err)
		}
		q.Organization = org
		mustUpdate(t, s, q)
		return q
	}
	eb, ec := edit(b, "КарУ"), edit(c, "ЕНУ")
	if eb.HLC == ec.HLC {
		t.Fatalf("two offices' rev 2 with one clock value %d", eb.HLC)
	}
	edit(b, "КарУ, 2 курс")
	fb, _ := exportTo(t, b, dir, false)
	fc, _ := exportTo(t, c, dir, false)
	importFile(t, c, fb)
	importFile(t, b, fc)
	if b.ConflictCount() != 1 || c.ConflictCount() != 1 {
		t.Fatalf("conflicts: b %d, c %d, want 1 each", b.ConflictCount(), c.ConflictCount())
	}
}
