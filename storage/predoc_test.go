package storage

import (
	"bytes"
	"path/filepath"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/model/demo"

	bolt "go.etcd.io/bbolt"
)

// preDocStore is a store holding demo people, two of them grouped (they
// share a phone), and the demo's ideas naming them, not stored.
func preDocStore(t testing.TB) (s *Store, ideas []model.Record, people []*model.Person) {
	t.Helper()
	s, err := Open(filepath.Join(t.TempDir(), "store.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	var stored []model.Record
	err = demo.Generate(demo.Options{Ideas: 80, People: 60, Seed: 13, Now: time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)}, func(r model.Record) error {
		switch r := r.(type) {
		case *model.Person:
			people = append(people, r)
			stored = append(stored, r)
		case *model.Idea:
			r.Rev, r.HLC = 0, 0 // new, as an import's row
			ideas = append(ideas, r)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	twin := *people[0]
	twin.ID, twin.FullName, twin.IIN, twin.Rev, twin.HLC = model.NewID(), "Twin "+people[0].FullName, "", 0, 0
	stored = append(stored, &twin)
	people = append(people, &twin)
	if _, _, err := s.SaveBatch(stored); err != nil {
		t.Fatal(err)
	}
	if err := s.db.Update(func(tx *bolt.Tx) error { return regroupAll(s.writing(tx)) }); err != nil {
		t.Fatal(err)
	}
	return s, ideas, people
}

// TestPreDocIsDoc: a doc made ahead (preDoc) and stamped by the writer is
// docForWith's doc, encoded, byte for byte; where what it was made from is
// not what the store holds (another answer for the applicant, a person
// grouped with another), the writer does not take it.
func TestPreDocIsDoc(t *testing.T) {
	s, ideas, people := preDocStore(t)
	recs := ideas
	for _, p := range people {
		recs = append(recs, p)
	}
	fresh := model.New(model.KindPerson).(*model.Person)
	fresh.ID, fresh.FullName, fresh.Phone, fresh.Organization = model.NewID(), "Жаңа Адам", "+77019998877", "ҚарМУ"
	recs = append(recs, fresh)
	used, refused := 0, 0
	s.db.View(func(tx *bolt.Tx) error {
		people := applicantsIn(tx)
		known := func(id string) (applicant, bool, bool) { a, f := people(id); return a, f, true }
		other := func(id string) (applicant, bool, bool) { a, f := people(id); a.phone += "0"; return a, f, true }
		for i, r := range recs {
			ahead, wrong := preDoc(r, known), preDoc(r, other)
			r.Env().UpdatedAt = time.Date(2026, 3, 2, 10, 0, i, 0, time.UTC) // the writer's stamp
			var want []byte
			if d, ok := docForWith(tx, people, r); ok {
				want = d.Encode()
			}
			got := ahead.stamped(tx, people, r)
			switch {
			case got == nil:
				refused++
			case !bytes.Equal(got, want):
				t.Fatalf("%s %s: made ahead\n%q\nmade by the writer\n%q", r.Env().Kind, r.Env().ID, got, want)
			default:
				used++
			}
			if idea, ok := r.(*model.Idea); ok && idea.ApplicantID != "" && wrong.stamped(tx, people, r) != nil {
				t.Fatalf("idea %s: a doc made with another applicant is taken", idea.ID)
			}
		}
		return nil
	})
	t.Logf("%d docs made ahead taken, %d refused, of %d", used, refused, len(recs))
	// The twins are grouped: the writer makes their docs.
	if used < len(recs)-4 || refused < 2 {
		t.Fatalf("%d docs made ahead taken, %d refused, of %d", used, refused, len(recs))
	}
}

// FuzzPreDocIsDoc: for any idea or person, and any answer for the
// applicant the reading had, the doc the writer takes is docForWith's.
func FuzzPreDocIsDoc(f *testing.F) {
	f.Add("Таза әлем", "Айгерім", "ҚарМУ", "Ақтоғай", "+77011234567", "Әлия", "+77015550000", true, true, true, int64(1_765_000_000_123))
	f.Add("", "", "", "", "", "", "", false, false, false, int64(-5))
	s, ideas, people := preDocStore(f)
	f.Fuzz(func(t *testing.T, title, name, org, place, phone, knownName, knownPhone string, idea, found, named bool, ms int64) {
		var r model.Record
		if idea {
			i := *ideas[0].(*model.Idea)
			i.Title, i.ApplicantName, i.Organization, i.Locality = title, name, org, place
			if !named {
				i.ApplicantID = ""
			}
			r = &i
		} else {
			p := *people[1]
			p.ID, p.FullName, p.Organization, p.Phone = model.NewID(), name, org, phone
			r = &p
		}
		known := func(string) (applicant, bool, bool) {
			return applicant{name: knownName, phone: knownPhone}, found, true
		}
		ahead := preDoc(r, known)
		r.Env().UpdatedAt = time.UnixMilli(ms).UTC()
		s.db.View(func(tx *bolt.Tx) error {
			people := applicantsIn(tx)
			var want []byte
			if d, ok := docForWith(tx, people, r); ok {
				want = d.Encode()
			}
			if got := ahead.stamped(tx, people, r); got != nil && !bytes.Equal(got, want) {
				t.Fatalf("made ahead\n%q\nmade by the writer\n%q", got, want)
			}
			return nil
		})
	})
}
