package storage_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/storage"
)

// rawHits are the traces (withdrawnTraces, and the full name as typed) found
// in the raw bytes of the file at path.
func rawHits(t *testing.T, path string, traces []string) []string {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var hits []string
	for _, w := range traces {
		if n := bytes.Count(raw, []byte(w)); n > 0 {
			hits = append(hits, w)
		}
	}
	return hits
}

// wipeFixture is a store where Айгерім (phone, IIN) has several revisions,
// stands in a team and is named in a consultation, with enough other people
// that her pages are shared with theirs.
func wipeFixture(t *testing.T) (*storage.Store, string, *model.Person, func()) {
	t.Helper()
	clk := newClock(day0)
	path := filepath.Join(t.TempDir(), "store.db")
	s, done := openStore(t, path, clk)
	s.SetActor("Нина")
	p := newPerson("Айгерім Сейтқали", "+77011110001")
	p.IIN = validIIN(t, 5)
	mustCreate(t, s, p)
	for i, city := range []string{"Шымкент", "Түркістан", "Алматы"} {
		p.Organization, p.Notes = city, "тел. 8 701 111 00 01"
		mustUpdate(t, s, p)
		clk.Add(time.Duration(i+1) * time.Hour)
	}
	for i := range 300 {
		o := newPerson("Басқа Адам", fmt.Sprintf("+7702%07d", i))
		mustCreate(t, s, o)
	}
	idea := newIdea("Таза аула", "draft")
	idea.Team = []model.TeamMember{{PersonID: p.ID, Name: p.FullName, Role: "lead"}, {Name: "Бауыржан Омаров"}}
	idea.ApplicantID = p.ID
	mustCreate(t, s, idea)
	idea.Summary = "Айгерім Сейтқали, " + p.IIN
	mustUpdate(t, s, idea)
	c := newConsultation(p.ID, "2026-02-13", "")
	c.Notes = "ЖСН " + p.IIN + ", Айгерім Сейтқали, 87011110001"
	mustCreate(t, s, c)
	return s, path, p, done
}

func TestWithdrawalLeavesNoBytesInFreedPages(t *testing.T) {
	s, path, p, done := wipeFixture(t)
	traces := append(withdrawnTraces(p.IIN), "Айгерім Сейтқали")
	before, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if hits := rawHits(t, path, traces); len(hits) < 4 {
		t.Fatalf("the fixture should hold her data in the raw bytes: %v", hits)
	}
	if _, err := s.Withdraw(p.ID); err != nil {
		t.Fatal(err)
	}
	if hits := rawHits(t, path, traces); len(hits) == 0 {
		t.Fatalf("before the wipe, freed pages hold her data still (else the test proves nothing)")
	}
	// As appdoc.Finish does: the pending entry's personal data goes before the wipe.
	if err := s.ClearPending(p.ID, storage.ErasureLogEntry{}); err != nil {
		t.Fatal(err)
	}
	w, err := s.WipeFreed(nil)
	if err != nil {
		t.Fatal(err)
	}
	if w.Pages == 0 {
		t.Errorf("no page wiped: %+v", w)
	}
	if hits := rawHits(t, path, traces); len(hits) > 0 {
		t.Errorf("after the withdrawal and the wipe the store file still holds %v", hits)
	}
	after, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if after.Size() > before.Size() {
		t.Errorf("store grew: %d → %d bytes", before.Size(), after.Size())
	}
	// The store is whole: checked (openStore's cleanup checks it again),
	// saved into, reopened.
	if probs := s.Check(); len(probs) > 0 {
		t.Fatalf("check after the wipe:\n%s", lines(probs))
	}
	o := newPerson("Жаңа Адам", "+77013330000")
	mustCreate(t, s, o)
	done()
	s2, err := storage.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	if probs := s2.Check(); len(probs) > 0 {
		t.Fatalf("check after reopening:\n%s", lines(probs))
	}
}

// A wipe waits for the reads under way and wipes no page a reader may still
// be reading; reads and saves go on around it (run with -race).
func TestWipeAmongReadsAndSaves(t *testing.T) {
	s, _, p, _ := wipeFixture(t)
	if _, err := s.Withdraw(p.ID); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	stop := make(chan struct{})
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				n := 0
				if err := s.List(model.KindPerson, func(model.Record) error { n++; return nil }); err != nil {
					t.Error(err)
					return
				}
			}
		}()
	}
	for i := range 5 {
		o := newPerson("Тағы Адам", fmt.Sprintf("+7705%07d", i))
		mustCreate(t, s, o)
		if _, err := s.WipeFreed(nil); err != nil {
			t.Fatal(err)
		}
	}
	close(stop)
	wg.Wait()
	if probs := s.Check(); len(probs) > 0 {
		t.Fatalf("check:\n%s", lines(probs))
	}
}
