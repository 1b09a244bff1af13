package storage_test

import (
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/storage"
)

// TestRecentChanges: the audit list gives each record once with its newest
// change, newest first, who made it, when and in which office (a revision
// merged from a bundle is marked and names the other office), and pages by
// change number.
func TestRecentChanges(t *testing.T) {
	a, clkA := newStore(t)
	b, clkB := newStore(t)
	a.SetActor("Айгерім")
	if err := a.SaveOffice(&model.Office{Name: "Қарағанды офисі"}); err != nil {
		t.Fatal(err)
	}
	p := newPerson("Дәурен Ахметов", "+77011234567")
	mustCreate(t, a, p)
	clkA.Add(time.Minute)
	i := newIdea("Таза аула", "draft")
	mustCreate(t, a, i)
	file, _ := exportTo(t, a, t.TempDir(), false)
	importFile(t, b, file)

	b.SetActor("Ольга")
	clkB.Add(time.Hour)
	own := newIdea("Кітап алмасу", "draft")
	mustCreate(t, b, own)
	clkB.Add(time.Minute)
	i2 := getIdea(t, b, i.ID)
	i2.Title = "Таза аула, екінші кезең"
	mustUpdate(t, b, i2)
	clkB.Add(time.Minute)
	if err := b.Delete(model.KindIdea, own.ID); err != nil {
		t.Fatal(err)
	}

	got, err := b.RecentChanges(10, 0)
	if err != nil {
		t.Fatal(err)
	}
	// Newest first: the deleted idea, the edited one, then what came in
	// the bundle (the person; the office record).
	want := []struct {
		id, by     string
		rev        uint64
		deleted    bool
		merged     bool
		officeName string
	}{
		{own.ID, "Ольга", 2, true, false, ""},
		{i.ID, "Ольга", 2, false, false, ""},
	}
	if len(got) != 4 {
		t.Fatalf("%d changes, want 4 (two ideas, the person, a's office): %+v", len(got), got)
	}
	for n, w := range want {
		env := got[n].Record.Env()
		if env.ID != w.id || env.UpdatedBy != w.by || env.Rev != w.rev || env.Deleted != w.deleted || got[n].Merged != w.merged {
			t.Errorf("change %d: %s by %q rev %d deleted %v merged %v; want %+v", n, env.ID, env.UpdatedBy, env.Rev, env.Deleted, got[n].Merged, w)
		}
	}
	for n := 1; n < len(got); n++ {
		if got[n].Seq >= got[n-1].Seq {
			t.Errorf("not newest first: %d then %d", got[n-1].Seq, got[n].Seq)
		}
	}
	var person *storage.Change
	for n := range got {
		if got[n].Record.Env().ID == p.ID {
			person = &got[n]
		}
	}
	if person == nil || !person.Merged || person.Office != "Қарағанды офисі" || person.Record.Env().UpdatedBy != "Айгерім" ||
		!person.Record.Env().UpdatedAt.Equal(day0.UTC()) {
		t.Fatalf("the merged person: %+v", person)
	}

	// Pages: two, then the two before the second's number, then nothing.
	first, _ := b.RecentChanges(2, 0)
	rest, _ := b.RecentChanges(2, first[1].Seq)
	if len(first) != 2 || len(rest) != 2 || rest[0].Seq != got[2].Seq || rest[1].Seq != got[3].Seq {
		t.Fatalf("pages: %+v / %+v", first, rest)
	}
	if end, _ := b.RecentChanges(2, rest[1].Seq); len(end) != 0 {
		t.Fatalf("a page after the oldest: %+v", end)
	}
	if none, _ := b.RecentChanges(0, 0); none != nil {
		t.Fatalf("limit 0: %+v", none)
	}
}

// BenchmarkRecentChanges is the change log's first page (200 changes) on the
// 200,000-record store: it reads every record's change number.
func BenchmarkRecentChanges(b *testing.B) {
	s := openBigStore(b)
	for b.Loop() {
		got, err := s.RecentChanges(200, 0)
		if err != nil || len(got) != 200 {
			b.Fatalf("%d changes: %v", len(got), err)
		}
	}
}
