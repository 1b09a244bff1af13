package storage

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/model/demo"

	bolt "go.etcd.io/bbolt"
)

// TestSideIndexKeepsTheLastEntries writes, into a copy of a store (as a
// big import does), records whose index entries wait beside the copy
// (ixside.go) and then writes them again: by the merge while they wait
// (only the last version's entries count), the usual way while they wait
// (gone: the usual write's entries are theirs), made the usual way and then
// merged (not waiting: their old entries are removed), and a record the
// store held before. After the copy replaces the store, Check (which holds
// every index to the records) finds nothing wrong, each phone finds its
// person and a phone given up finds nobody.
func TestSideIndexKeepsTheLastEntries(t *testing.T) {
	dir := t.TempDir()
	now := time.Date(2026, 2, 13, 9, 30, 0, 0, time.UTC)
	path := filepath.Join(dir, "a.db")
	s, err := OpenWith(path, Options{Now: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var people []*model.Person
	demo.Generate(demo.Options{Ideas: 12, People: 12, Seed: 7, Now: now, Origin: s.OfficeID()}, func(r model.Record) error {
		if p, ok := r.(*model.Person); ok && p.Phone != "" {
			people = append(people, p)
		}
		return nil
	})
	if len(people) < 9 {
		t.Fatalf("the demo made %d people with phones", len(people))
	}
	pre := people[0]
	if err := s.InsertBatch([]model.Record{pre}); err != nil {
		t.Fatal(err)
	}
	big, err := s.beginBig(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer big.abort()
	if big.side == nil {
		t.Fatal("the copy keeps no side")
	}
	merged, usual, made := people[1], people[2], people[3]
	spare := []string{people[5].Phone, people[6].Phone, people[7].Phone, people[8].Phone}
	given := []string{pre.Phone, merged.Phone, usual.Phone, made.Phone}
	again := func(p *model.Person, phone string) *model.Person {
		q := *p
		q.Phone, q.Rev = phone, p.Rev+1
		return &q
	}
	err = big.sh.db.Update(func(tx *bolt.Tx) error {
		m := newMergeTx(big.sh.writing(tx))
		put := func(old, r model.Record, viaMerge bool) {
			key, _ := idKey(r.Env().ID)
			data, err := encodeRecord(r)
			if err == nil && viaMerge {
				err = m.putRecord(key, data, old, r)
			} else if err == nil {
				err = putRecordData(big.sh.writing(tx), key, data, old, r)
			}
			if err != nil {
				t.Fatal(err)
			}
		}
		put(nil, merged, true)
		put(merged, again(merged, spare[0]), true)
		put(nil, usual, true)
		put(usual, again(usual, spare[1]), false)
		put(nil, made, false)
		put(made, again(made, spare[2]), true)
		put(pre, again(pre, spare[3]), true)
		return m.done()
	})
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(sidePattern(big.tmp))
	if len(files) == 0 {
		t.Fatal("no entries wait beside the copy")
	}
	if _, _, err := big.finish(context.Background()); err != nil {
		t.Fatal(err)
	}
	if files, _ := filepath.Glob(sidePattern(big.tmp)); len(files) > 0 {
		t.Errorf("left beside the store: %v", files)
	}
	if p := s.Check(); len(p) > 0 {
		t.Fatalf("Check:\n%s", strings.Join(p, "\n"))
	}
	for i, p := range []*model.Person{pre, merged, usual, made} {
		got, err := s.PersonByPhone(spare[(i+3)%4])
		if err != nil || got.ID != p.ID {
			t.Errorf("%s's new phone finds %v, %v", p.FullName, got, err)
		}
		if got, err := s.PersonByPhone(given[i]); err == nil {
			t.Errorf("%s's old phone still finds %s", p.FullName, got.FullName)
		}
	}
}

// TestSideFilesOfAKilledCopyGo: a copy killed before its end leaves its
// side files; opening the store removes them with the copy.
func TestSideFilesOfAKilledCopyGo(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	left := []string{path + importingSuffix, path + importingSuffix + ".ix-person_phone"}
	for _, f := range left {
		if err := os.WriteFile(f, []byte("x"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	s, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, f := range left {
		if _, err := os.Stat(f); err == nil {
			t.Errorf("%s is still there", f)
		}
	}
}

// TestSideAppliesSmallestFirst: the end puts the indexes with the fewest
// entries first (the next is gathered while one is put), every index once.
func TestSideAppliesSmallestFirst(t *testing.T) {
	si := &sideIndex{count: make([]int, len(allIndexes))}
	for i := range si.count {
		si.count[i] = (i * 7919) % 13 // some order other than allIndexes'
	}
	order := si.smallestFirst()
	seen := map[int]bool{}
	for j, i := range order {
		if seen[i] {
			t.Fatalf("index %d twice in %v", i, order)
		}
		seen[i] = true
		if j > 0 && si.count[order[j-1]] > si.count[i] {
			t.Errorf("%s (%d entries) after %s (%d)", allIndexes[i].name, si.count[i], allIndexes[order[j-1]].name, si.count[order[j-1]])
		}
	}
	if len(seen) != len(allIndexes) {
		t.Errorf("%d indexes in the order, want %d", len(seen), len(allIndexes))
	}
}
