package storage

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"sync"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/model/demo"
)

// TestWriterGivesPagesToTheDisk: a big import's writer asks for the copy's
// pages to be written every writebackEvery batches while it writes (not
// only at the end), and the import is saved whole as before.
func TestWriterGivesPagesToTheDisk(t *testing.T) {
	oldOne, oldBatch, oldHeld, oldWB := SaveInOne, saveBatch, startHeld, writeback
	SaveInOne, saveBatch, startHeld = 20, 16, 16
	var mu sync.Mutex
	var asked []string
	writeback = func(path string) {
		mu.Lock()
		asked = append(asked, path)
		mu.Unlock()
	}
	defer func() { SaveInOne, saveBatch, startHeld, writeback = oldOne, oldBatch, oldHeld, oldWB }()
	var given []model.Record
	demo.Generate(demo.Options{People: 400, Seed: 3, Now: time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)}, func(r model.Record) error {
		if _, ok := r.(*model.Person); ok {
			r.Env().Rev, r.Env().HLC = 0, 0
			given = append(given, r)
		}
		return nil
	})
	s, path := saveEachInNew(t, given)
	mu.Lock()
	defer mu.Unlock()
	if want := len(given) / saveBatch / writebackEvery; len(asked) < want-1 {
		t.Fatalf("%d writebacks asked while writing %d batches, want about %d", len(asked), len(given)/saveBatch, want)
	}
	for _, p := range asked {
		if p != path+importingSuffix {
			t.Fatalf("writeback of %s, want the copy %s", p, path+importingSuffix)
		}
	}
	if _, err := os.Stat(path + importingSuffix); !os.IsNotExist(err) {
		t.Fatalf("the copy is left behind: %v", err)
	}
	for _, r := range given {
		if _, err := s.Get(model.KindPerson, r.Env().ID); err != nil {
			t.Fatalf("person %s: %v", r.Env().ID, err)
		}
	}
}

// TestSaveEachPacesGC: a SaveEach that may go through a copy paces the
// collector as a bundle import does (importGCPercent) while it reads and
// writes, under its heap limit, and gives both back at its end.
func TestSaveEachPacesGC(t *testing.T) {
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	before := debug.SetMemoryLimit(-1)
	s, err := Open(filepath.Join(t.TempDir(), "store.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var during, limit int64
	_, _, err = s.SaveEach(context.Background(), func(yield func(model.Record) error) error {
		during = int64(debug.SetGCPercent(-1))
		debug.SetGCPercent(int(during))
		limit = debug.SetMemoryLimit(-1)
		return yield(newTestPerson("Әлия Нұрова", "+77015550101"))
	})
	if err != nil {
		t.Fatal(err)
	}
	if during != importGCPercent || limit != importHeapLimit {
		t.Fatalf("during the save: GC percent %d, limit %d; want %d, %d", during, limit, importGCPercent, importHeapLimit)
	}
	if after := debug.SetGCPercent(100); after != 100 {
		t.Fatalf("after the save: GC percent %d, want 100", after)
	}
	if after := debug.SetMemoryLimit(-1); after != before {
		t.Fatalf("after the save: limit %d, want %d", after, before)
	}
}

// TestOnePassGivesPagesToTheDisk: a bundle merged into a copy while it is
// checked (sync_onepass.go) asks for the copy's pages to be written every
// writebackEvery batches too: the system would keep them all until the
// copy's sync at the end (its own writing starts at a tenth of the memory).
func TestOnePassGivesPagesToTheDisk(t *testing.T) {
	now := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	defer func(n int) { importBatch = n }(importBatch)
	importBatch = 100
	_, _, src := demoOffice(t, now, demo.Options{Ideas: 300, People: 300, Seed: 5})
	var mu sync.Mutex
	var asked []string
	defer func(old func(string)) { writeback = old }(writeback)
	writeback = func(path string) {
		mu.Lock()
		asked = append(asked, path)
		mu.Unlock()
	}
	swaps := 0
	swapHook = func() { swaps++ }
	defer func() { swapHook = nil }()
	path := filepath.Join(t.TempDir(), "b.db")
	b, err := OpenWith(path, Options{Now: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	sum, err := b.ImportBundle(context.Background(), src, nil, ImportOptions{Trust: true}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if swaps != 1 {
		t.Fatalf("%d swaps: not merged into a copy", swaps)
	}
	mu.Lock()
	defer mu.Unlock()
	batches := sum.Records / importBatch
	if want := batches / writebackEvery; want < 1 || len(asked) < want {
		t.Fatalf("%d writebacks asked while merging %d batches, want %d", len(asked), batches, want)
	}
	for _, p := range asked {
		if p != path+importingSuffix {
			t.Fatalf("writeback of %s, want the copy %s", p, path+importingSuffix)
		}
	}
	if n, _ := b.Count(model.KindIdea); n != 300 {
		t.Fatalf("%d ideas after the import, want 300", n)
	}
}

// TestCopySyncBegunEarly: a big import begins its copy's sync before the
// index entries are put (syncEarly), and waits for it before the sync that
// makes the copy safe and the swap.
func TestCopySyncBegunEarly(t *testing.T) {
	oldOne, oldBatch, oldHeld, oldSync := SaveInOne, saveBatch, startHeld, syncEarly
	SaveInOne, saveBatch, startHeld = 20, 16, 16
	var asked []string
	var waited bool
	syncEarly = func(path string) func() {
		asked = append(asked, path)
		if _, err := os.Stat(path); err != nil {
			t.Errorf("the sync was begun on %s, which is not there: %v", path, err)
		}
		return func() { waited = true }
	}
	defer func() { SaveInOne, saveBatch, startHeld, syncEarly = oldOne, oldBatch, oldHeld, oldSync }()
	var people []model.Record
	for i := range 100 {
		people = append(people, &model.Person{Envelope: model.Envelope{Kind: model.KindPerson}, FullName: "Адам", Phone: fmt.Sprintf("+7701%07d", i), Consent: true})
	}
	_, path := saveEachInNew(t, people)
	if len(asked) != 1 || asked[0] != path+importingSuffix || !waited {
		t.Errorf("the copy's early sync: asked for %q, waited %v; want %q once, waited", asked, waited, path+importingSuffix)
	}
}

// saveEachInNew saves records with SaveEach into a new store (closed when
// the test ends), failing the test unless each was created.
func saveEachInNew(t *testing.T, records []model.Record) (s *Store, path string) {
	t.Helper()
	path = filepath.Join(t.TempDir(), "store.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	created, _, err := s.SaveEach(context.Background(), func(yield func(model.Record) error) error {
		for _, r := range records {
			if err := yield(r); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil || created != len(records) {
		t.Fatalf("created %d of %d: %v", created, len(records), err)
	}
	return s, path
}
