package storage

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/model/demo"

	bolt "go.etcd.io/bbolt"
)

// TestDeferredIndexEntries stops an import after its last batch, before its
// deferred index entries are applied (as a kill there would), writes one of
// the waiting records meanwhile, and reopens: the store applies what waits,
// the record written meanwhile keeps only its own entries, and Check, which
// holds every index to the records, finds nothing wrong.
func TestDeferredIndexEntries(t *testing.T) {
	dir := t.TempDir()
	now := time.Date(2026, 2, 13, 9, 30, 0, 0, time.UTC)
	a, err := OpenWith(filepath.Join(dir, "a.db"), Options{Now: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	var rs []model.Record
	var hours []*model.Hours
	var people []string
	demo.Generate(demo.Options{Ideas: 40, People: 40, Seed: 5, Now: now, Origin: a.OfficeID()}, func(r model.Record) error {
		rs = append(rs, r)
		switch r := r.(type) {
		case *model.Hours:
			hours = append(hours, r)
		case *model.Person:
			people = append(people, r.ID)
		}
		return nil
	})
	if len(hours) == 0 || len(people) < 2 {
		t.Fatalf("the demo made %d hours entries and %d people", len(hours), len(people))
	}
	if err := a.InsertBatch(rs); err != nil {
		t.Fatal(err)
	}
	var bundleBytes bytes.Buffer
	if _, err := a.Export(context.Background(), &bundleBytes, ExportOptions{Full: true}, nil); err != nil {
		t.Fatal(err)
	}

	path := filepath.Join(dir, "b.db")
	b, err := OpenWith(path, Options{Now: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	src := Source{Name: "a.fob", Open: func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(bundleBytes.Bytes())), nil }}
	c, err := b.CheckForImport(context.Background(), src, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := b.mergeChecked(context.Background(), c, nil); err != nil {
		t.Fatal(err)
	}
	if p := strings.Join(b.Check(), "\n"); !strings.Contains(p, "ixpending") {
		t.Fatalf("no entries wait after the merge; Check says:\n%s", p)
	}

	// Moved to another person while its entries wait.
	r, err := b.Get(model.KindHours, hours[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	h := r.(*model.Hours)
	moved := people[0]
	if moved == h.PersonID {
		moved = people[1]
	}
	h.PersonID = moved
	if err := b.Update(h); err != nil {
		t.Fatal(err)
	}
	b.Close()

	b, err = OpenWith(path, Options{Now: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if p := b.Check(); len(p) > 0 {
		t.Fatalf("after reopening:\n%s", strings.Join(p, "\n"))
	}
	// The index finds the entry under its new person, and consultations
	// through theirs.
	found, consults := false, 0
	b.db.View(func(tx *bolt.Tx) error {
		scanIndex(tx, ixHoursPerson, moved, "", func(_ string, id []byte) bool {
			found = found || idString(id) == h.ID
			return true
		})
		consults = tx.Bucket(bucketIndex).Bucket([]byte(ixConsultPerson)).Stats().KeyN
		return nil
	})
	if !found {
		t.Error("the moved hours entry is not found under its new person")
	}
	if consults == 0 {
		t.Error("no consultation is found through the person index")
	}
}

// TestPrefoldedDocs: the doc of every demo idea and person encodes the same
// with its own texts folded ahead (as the import's decoders do) as folded
// when written.
func TestPrefoldedDocs(t *testing.T) {
	people := applicants(func(id string) (applicant, bool) {
		return applicant{name: "Әлия " + id[:4], phone: "+77011234567"}, true
	})
	none := applicants(func(string) (applicant, bool) { return applicant{}, false })
	n := 0
	demo.Generate(demo.Options{Ideas: 300, People: 300, Seed: 9, Now: time.Date(2026, 2, 13, 9, 30, 0, 0, time.UTC)}, func(r model.Record) error {
		d, ok := docWith(people, none, r)
		if !ok {
			return nil
		}
		want := d.Encode()
		d.Prefolded = prefoldDoc(r)
		if d.Prefolded == nil {
			t.Fatalf("%s %s: nothing folded ahead", r.Env().Kind, r.Env().ID)
		}
		if got := d.Encode(); !bytes.Equal(got, want) {
			t.Fatalf("%s %s: folded ahead\n%q\nat once\n%q", r.Env().Kind, r.Env().ID, got, want)
		}
		n++
		return nil
	})
	if n < 600 {
		t.Fatalf("%d docs checked", n)
	}
}

// TestPendingEntriesMarks: a mark gives back every deferred entry of its
// record, with its index; a mark in the older form (index names) left by a
// kill before an upgrade reads the same; a torn mark says so.
func TestPendingEntriesMarks(t *testing.T) {
	c := model.New(model.KindConsultation).(*model.Consultation)
	c.ID, c.IdeaID, c.PersonID = model.NewID(), model.NewID(), model.NewID()
	c.Date, c.FollowUp = "2026-02-10", "2026-03-01"
	type entry struct {
		ix    int
		value string
	}
	var want []entry
	var old []byte
	for i, idx := range allIndexes {
		if !deferred(idx) {
			continue
		}
		for _, v := range idx.valuesOf(c) {
			want = append(want, entry{i, v})
			old = binary.AppendUvarint(old, uint64(len(idx.name)))
			old = append(old, idx.name...)
			old = binary.AppendUvarint(old, uint64(len(v)))
			old = append(old, v...)
		}
	}
	if len(want) < 2 {
		t.Fatalf("a consultation should have several deferred entries, has %d", len(want))
	}
	read := func(mark []byte) ([]entry, bool) {
		var got []entry
		ok := eachPendingEntry(mark, func(ix int, v []byte) { got = append(got, entry{ix, string(v)}) })
		return got, ok
	}
	mark := pendingEntries(c)
	if len(mark) >= len(old) {
		t.Errorf("a numbered mark (%d bytes) should be shorter than a named one (%d)", len(mark), len(old))
	}
	for name, m := range map[string][]byte{"numbered": mark, "named": old} {
		got, ok := read(m)
		if !ok || !slices.Equal(got, want) {
			t.Errorf("%s mark: %v %v, want %v", name, got, ok, want)
		}
		if _, ok := read(m[:len(m)-1]); ok {
			t.Errorf("%s mark cut short should not read well", name)
		}
	}
	if got, ok := read(pendingEntries(model.New(model.KindOffice))); !ok || len(got) != 0 {
		t.Errorf("a mark with no entries: %v %v", got, ok)
	}
}

// TestBigImportSettles: after an import big enough to tidy up after, the
// running app's search index, compacted, still finds every record merged;
// and so does it after a bundle read once into a copy swapped in for the
// store (handle.go), once loaded again from the new file (the same index:
// the screens' sessions hold it).
func TestBigImportSettles(t *testing.T) {
	defer func(n int) { bigImport = n }(bigImport)
	bigImport = 1
	for _, most := range []int{0, onePassMost} {
		t.Run(fmt.Sprintf("onePassMost=%d", most), func(t *testing.T) {
			SetOnePassMostForTest(t, most)
			testBigImportSettles(t)
		})
	}
}

func testBigImportSettles(t *testing.T) {
	now := time.Date(2026, 2, 13, 9, 30, 0, 0, time.UTC)
	_, rs, src := demoOffice(t, now, demo.Options{Ideas: 30, People: 30, Seed: 7})
	searchable := 0
	for _, r := range rs {
		if k := r.Env().Kind; k == model.KindIdea || k == model.KindPerson {
			searchable++
		}
	}
	b, err := OpenWith(filepath.Join(t.TempDir(), "b.db"), Options{Now: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	x, err := b.Search(context.Background()) // loaded, as in the app
	if err != nil {
		t.Fatal(err)
	}
	settled := make(chan struct{}, 1)
	settleHook = func() { settled <- struct{}{} }
	defer func() { settleHook = nil }()
	swaps := 0
	swapHook = func() { swaps++ }
	defer func() { swapHook = nil }()
	if _, err := b.ImportBundle(context.Background(), src, nil, ImportOptions{Trust: true}, nil); err != nil {
		t.Fatal(err)
	}
	if onePass := onePassMost > 0; (swaps > 0) != onePass {
		t.Fatalf("%d swaps: the import did not take the way this test is for (one pass %v)", swaps, onePass)
	}
	// The import gives back what it left resident, either way it took
	// (a copy swapped in left 70–90 MB of its pages until the next trim).
	select {
	case <-settled:
	case <-time.After(time.Minute):
		t.Fatal("no settleAfterImport after a big import")
	}
	if y, err := b.Search(context.Background()); err != nil || y != x {
		t.Fatalf("the index after the import: %p, %v; want %p", y, err, x)
	}
	if n := x.Len(); n != searchable {
		t.Fatalf("the index holds %d docs after the import, want %d", n, searchable)
	}
	if p := b.Check(); len(p) > 0 {
		t.Fatalf("check: %v", p)
	}
}

// TestMarkIndexNumbersStay: a mark names its index by its place in
// allIndexes, and a mark may outlive the program that wrote it (a kill, then
// an upgrade): the places already given must never change. New indexes go
// at the end; this list grows with them.
func TestMarkIndexNumbersStay(t *testing.T) {
	given := []string{"person_phone", "person_iin", "idea_status", "idea_applicant", "consultation_idea",
		"consultation_person", "consultation_follow_up", "visit_date", "visit_person", "hours_person",
		"tombstone", "idea_team", "consultation_supersedes", "consultation_subject_day", "consultation_follow",
		"person_merged"}
	if len(allIndexes) < len(given) || len(allIndexes) > 255 {
		t.Fatalf("%d indexes: a mark numbers them in one byte, from the %d given", len(allIndexes), len(given))
	}
	for i, name := range given {
		if allIndexes[i].name != name {
			t.Errorf("index %d is %q, was %q: add new indexes at the end", i, allIndexes[i].name, name)
		}
	}
}

// TestSearchAfterClose: asking a closed store for its search index answers
// at once, with an error, instead of waiting for a load that cannot start.
func TestSearchAfterClose(t *testing.T) {
	s, err := Open(filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if _, err := s.Search(ctx); err == nil || ctx.Err() != nil {
		t.Fatalf("Search on a closed store: %v (context: %v)", err, ctx.Err())
	}
}
