package storage_test

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/storage"
)

// fingerprint is every record of every kind, current revisions and
// history, as stored: two stores with equal fingerprints hold the same.
func fingerprint(t *testing.T, s *storage.Store) [32]byte {
	t.Helper()
	h := sha256.New()
	for _, k := range model.Kinds() {
		fmt.Fprintf(h, "%s %d\n", k, count(t, s, k))
		err := s.List(k, func(r model.Record) error {
			b, err := json.Marshal(r)
			h.Write(b)
			hist, herr := s.History(k, r.Env().ID)
			for _, o := range hist {
				ob, _ := json.Marshal(o)
				h.Write(ob)
			}
			return errors.Join(err, herr)
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return [32]byte(h.Sum(nil))
}

func noCopyLeft(t *testing.T, s *storage.Store) {
	t.Helper()
	if _, err := os.Stat(s.Path() + ".importing"); !os.IsNotExist(err) {
		t.Errorf("the import's copy is still there (%v)", err)
	}
}

// TestSaveEachBigAllOrNothing: a SaveEach bigger than SaveInOne goes
// through a copy of the store in many transactions, and still writes all or
// nothing: a record refused while writing (after several batches were
// committed into the copy), produce failing, and ctx ending midway each
// leave the store as it was, record for record, and no copy behind.
func TestSaveEachBigAllOrNothing(t *testing.T) {
	defer storage.SmallBatchesForTest(50, 20)()
	s, _ := newStore(t)
	stored := newPerson("Бұрыннан бар", "+77020001122")
	mustCreate(t, s, stored)
	idea := newIdea("Таза әлем", "draft")
	idea.ApplicantID = stored.ID
	mustCreate(t, s, idea)
	before := fingerprint(t, s)
	people := func(yield func(model.Record) error, n, from int) error {
		for i := range n {
			if err := yield(newPerson(fmt.Sprintf("Адам %d", from+i), fmt.Sprintf("+7701%07d", from+i))); err != nil {
				return err
			}
		}
		return nil
	}
	stop := errors.New("the file changed")
	for _, tc := range []struct {
		name    string
		produce func(cancel func()) func(yield func(model.Record) error) error
	}{
		{"a stale revision after 150 rows", func(func()) func(yield func(model.Record) error) error {
			return func(yield func(model.Record) error) error {
				if err := people(yield, 150, 0); err != nil {
					return err
				}
				stale := getPerson(t, s, stored.ID)
				stale.Rev = 7
				if err := yield(stale); err != nil {
					return err
				}
				return people(yield, 100, 150)
			}
		}},
		{"an invalid record after 150 rows", func(func()) func(yield func(model.Record) error) error {
			return func(yield func(model.Record) error) error {
				if err := people(yield, 150, 0); err != nil {
					return err
				}
				return yield(newIdea("", "draft"))
			}
		}},
		{"produce fails after 300 rows", func(func()) func(yield func(model.Record) error) error {
			return func(yield func(model.Record) error) error {
				if err := people(yield, 300, 0); err != nil {
					return err
				}
				return stop
			}
		}},
		{"ctx ends after 600 rows", func(cancel func()) func(yield func(model.Record) error) error {
			return func(yield func(model.Record) error) error {
				if err := people(yield, 600, 0); err != nil {
					return err
				}
				cancel()
				return people(yield, 600, 600)
			}
		}},
		{"ctx ends after the last row", func(cancel func()) func(yield func(model.Record) error) error {
			return func(yield func(model.Record) error) error {
				err := people(yield, 300, 0)
				cancel()
				return err
			}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			if c, u, err := s.SaveEach(ctx, tc.produce(cancel)); err == nil {
				t.Fatalf("saved: %d created, %d updated", c, u)
			}
			if fingerprint(t, s) != before {
				t.Error("the store changed")
			}
			noCopyLeft(t, s)
			if p := s.Check(); len(p) > 0 {
				t.Errorf("check: %v", p)
			}
		})
	}
}

// TestSaveEachBigWritesAsASave: a big SaveEach leaves the store as the
// same records saved one transaction at a time would: counts, index
// lookups, history, the groups of people who share an IIN, the search
// docs, the change log; and the store passes its check, also reopened.
func TestSaveEachBigWritesAsASave(t *testing.T) {
	for _, big := range []bool{false, true} {
		t.Run(fmt.Sprint("big=", big), func(t *testing.T) {
			if big {
				defer storage.SmallBatchesForTest(50, 20)()
			}
			dir := t.TempDir()
			path := filepath.Join(dir, "store.db")
			clk := newClock(day0)
			s, done := openStore(t, path, clk)
			s.SetActor("Айгерим")
			stored := newPerson("Бұрыннан бар", "+77020001122")
			stored.IIN = validIIN(t, 1)
			mustCreate(t, s, stored)
			changesBefore, err := s.RecentChanges(1000, 0)
			if err != nil {
				t.Fatal(err)
			}
			created, updated, err := s.SaveEach(context.Background(), func(yield func(model.Record) error) error {
				edit := getPerson(t, s, stored.ID)
				edit.Organization = "KSIU"
				if err := yield(edit); err != nil {
					return err
				}
				for i := range 300 {
					p := newPerson(fmt.Sprintf("Адам %d", i), fmt.Sprintf("+7701%07d", i))
					if i == 123 { // the same student registered at another desk
						p.IIN = stored.IIN
					}
					if err := yield(p); err != nil {
						return err
					}
				}
				return nil
			})
			if err != nil || created != 300 || updated != 1 {
				t.Fatalf("created %d, updated %d, %v", created, updated, err)
			}
			noCopyLeft(t, s)
			if n := count(t, s, model.KindPerson); n != 301 {
				t.Errorf("%d people, want 301", n)
			}
			p, err := s.PersonByPhone("+77010000299")
			if err != nil || p.FullName != "Адам 299" || p.Rev != 1 || p.Origin != s.OfficeID() || p.UpdatedBy != "Айгерим" {
				t.Errorf("found by phone: %+v, %v", p, err)
			}
			if e := getPerson(t, s, stored.ID); e.Organization != "KSIU" || e.Rev != 2 {
				t.Errorf("the edit: %q rev %d", e.Organization, e.Rev)
			}
			if h, err := s.History(model.KindPerson, stored.ID); err != nil || len(h) != 1 {
				t.Errorf("history of the edited person: %d, %v", len(h), err)
			}
			_, joined, _, err := s.Joined(stored.ID)
			if err != nil || len(joined) != 1 {
				t.Errorf("the two records with one IIN: %d joined, %v", len(joined), err)
			}
			res, err := s.SearchOnce(context.Background(), searchQuery("Адам 17"))
			if err != nil || len(res.Hits) == 0 {
				t.Errorf("search finds no imported person: %v", err)
			}
			changes, err := s.RecentChanges(1000, 0)
			if err != nil || len(changes) != len(changesBefore)+300 { // one entry a record
				t.Errorf("%d changes logged, want %d (%v)", len(changes), len(changesBefore)+300, err)
			}
			// The store goes on: a save after the import, and a reopening.
			later := newPerson("Кейін", "+77029998877")
			mustCreate(t, s, later)
			done()
			s2, _ := openStore(t, path, clk)
			if n := count(t, s2, model.KindPerson); n != 302 {
				t.Errorf("reopened: %d people, want 302", n)
			}
		})
	}
}

// TestLeftoverCopyRemovedAtOpen: the copy of an import killed before its
// end is removed when the store is next opened, which finds it unchanged.
func TestLeftoverCopyRemovedAtOpen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "store.db")
	clk := newClock(day0)
	s, done := openStore(t, path, clk)
	mustCreate(t, s, newPerson("Бар", "+77020001122"))
	done()
	if err := os.WriteFile(path+".importing", []byte("half a copy"), 0o600); err != nil {
		t.Fatal(err)
	}
	s, _ = openStore(t, path, clk)
	noCopyLeft(t, s)
	if n := count(t, s, model.KindPerson); n != 1 {
		t.Errorf("%d people, want 1", n)
	}
}

// TestOpenWaitingDuringBigImport: a program that opened the store while a
// big import was under way, and waited for its lock, works on the store
// the import left, not on the file the import put aside.
func TestOpenWaitingDuringBigImport(t *testing.T) {
	defer storage.SmallBatchesForTest(50, 20)()
	path := filepath.Join(t.TempDir(), "store.db")
	clk := newClock(day0)
	s, done := openStore(t, path, clk)
	opened := make(chan struct{}, 1)
	defer storage.OnOpenForTest(func(name string) {
		if name == path {
			select {
			case opened <- struct{}{}:
			default:
			}
		}
	})()
	type result struct {
		n   int
		err error
	}
	got := make(chan result, 1)
	go func() {
		s2, err := storage.OpenWith(path, storage.Options{Timeout: time.Minute, Now: clk.Now})
		if err != nil {
			got <- result{err: err}
			return
		}
		defer s2.Close()
		n, err := s2.Count(model.KindPerson)
		got <- result{n, err}
	}()
	<-opened // the second program has the old file open and waits for its lock
	_, _, err := s.SaveEach(context.Background(), func(yield func(model.Record) error) error {
		for i := range 200 {
			if err := yield(newPerson(fmt.Sprintf("Адам %d", i), fmt.Sprintf("+7701%07d", i))); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	done()
	r := <-got
	if r.err != nil || r.n != 200 {
		t.Errorf("the program that waited sees %d people (%v), want 200", r.n, r.err)
	}
}

// TestSaveEachBigWhileCopying: the records that come while the copy of the
// store is being made are held and all saved once it is made; a failure
// in that time waits for the copy and throws it away, and the store is as
// it was.
func TestSaveEachBigWhileCopying(t *testing.T) {
	defer storage.SmallBatchesForTest(50, 20)()
	s, _ := newStore(t)
	mustCreate(t, s, newPerson("Бұрыннан бар", "+77020001122"))
	before := fingerprint(t, s)
	people := func(yield func(model.Record) error, from, to int) error {
		for i := from; i < to; i++ {
			if err := yield(newPerson(fmt.Sprintf("Адам %d", i), fmt.Sprintf("+7701%07d", i))); err != nil {
				return err
			}
		}
		return nil
	}
	// A failure while the copy is made: 60 records, the copy waits.
	release := make(chan struct{})
	restore := storage.SlowCopyForTest(release)
	stop := errors.New("the file changed")
	_, _, err := s.SaveEach(context.Background(), func(yield func(model.Record) error) error {
		if err := people(yield, 0, 60); err != nil {
			return err
		}
		close(release) // abort must wait for the copy, then delete it
		return stop
	})
	restore()
	if !errors.Is(err, stop) {
		t.Fatalf("err %v, want %v", err, stop)
	}
	if fingerprint(t, s) != before {
		t.Error("the store changed")
	}
	noCopyLeft(t, s)
	// A save whose records fill the time of the copy and go on after it.
	release = make(chan struct{})
	defer storage.SlowCopyForTest(release)()
	created, _, err := s.SaveEach(context.Background(), func(yield func(model.Record) error) error {
		if err := people(yield, 0, 70); err != nil { // 51 start the copy; 70 are all it lets wait
			return err
		}
		close(release)
		return people(yield, 70, 300)
	})
	if err != nil || created != 300 {
		t.Fatalf("created %d, %v", created, err)
	}
	noCopyLeft(t, s)
	if n := count(t, s, model.KindPerson); n != 301 {
		t.Errorf("%d people, want 301", n)
	}
	if p, err := s.PersonByPhone("+77010000069"); err != nil || p == nil || p.FullName != "Адам 69" {
		t.Errorf("a person held while copying: %+v, %v", p, err)
	}
	if p := s.Check(); len(p) > 0 {
		t.Errorf("check: %v", p)
	}
}

// TestBigSaveKeepsTheClock: a big save records its clock once a batch, not
// once a record; the store opened again after it still writes after every
// record it imported, even when the wall clock has not moved.
func TestBigSaveKeepsTheClock(t *testing.T) {
	defer storage.SmallBatchesForTest(50, 20)()
	path := filepath.Join(t.TempDir(), "store.db")
	clk := newClock(day0)
	s, done := openStore(t, path, clk)
	var last *model.Person
	_, _, err := s.SaveEach(context.Background(), func(yield func(model.Record) error) error {
		for i := range 130 { // two whole batches of 50 and a part
			last = newPerson(fmt.Sprintf("Адам %d", i), fmt.Sprintf("+7701%07d", i))
			if err := yield(last); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	noCopyLeft(t, s)
	stored := getPerson(t, s, last.ID)
	done()
	s2, _ := openStore(t, path, clk)
	after := newPerson("Кейін", "+77029998877")
	mustCreate(t, s2, after)
	if after.HLC <= stored.HLC {
		t.Errorf("a save after reopening has HLC %d, not after the import's last %d", after.HLC, stored.HLC)
	}
}
