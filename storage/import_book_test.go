package storage_test

import (
	"context"
	"fmt"
	"runtime"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/storage"
)

// TestBookAnswersAsTheIndex: once a Snapshot has read the people into its
// book, PersonRef answers every phone as the lookup through the indexes
// does (a live person, two records joined by one IIN, a deleted person,
// people merged into another and a chain of two merges, a phone in
// another form, one nobody has, one that is not a phone), and the writer's
// applicants (name, phone, live) are applicantsIn's.
func TestBookAnswersAsTheIndex(t *testing.T) {
	s, _ := newStore(t)
	var people []*model.Person
	add := func(name string, n int) *model.Person {
		p := newPerson(name, fmt.Sprintf("+7701%07d", n))
		mustCreate(t, s, p)
		people = append(people, p)
		return p
	}
	for i := range 40 {
		add(fmt.Sprintf("Адам %d", i), i)
	}
	first, second := add("Бірінші", 100), add("Екінші", 101)
	first.IIN = validIIN(t, 1)
	mustUpdate(t, s, first)
	second.IIN = first.IIN // the same student at another desk: one group
	mustUpdate(t, s, second)
	gone := add("Кеткен", 102)
	if err := s.Delete(model.KindPerson, gone.ID); err != nil {
		t.Fatal(err)
	}
	a, b, c := add("Әлия", 103), add("Бота", 104), add("Сәуле", 105)
	if _, err := s.MergePeople(b.ID, a.ID); err != nil { // a's phone leads to b
		t.Fatal(err)
	}
	if _, err := s.MergePeople(c.ID, b.ID); err != nil { // … and then to c
		t.Fatal(err)
	}
	phones := []string{"87010000007", "+7 701 000 0102", "+77019999999", "abc"}
	for _, p := range people {
		phones = append(phones, p.Phone)
	}
	answers := func(bookAfter int, background bool) (map[string]string, bool) {
		if background {
			defer storage.BookInBackgroundAfterForTest(bookAfter)()
		} else {
			defer storage.BookAfterForTest(bookAfter)()
		}
		snap, err := s.Snapshot()
		if err != nil {
			t.Fatal(err)
		}
		defer snap.Close()
		got := map[string]string{}
		ask := func() {
			for _, phone := range phones {
				if got[phone], err = snap.PersonRef(phone); err != nil {
					t.Fatalf("PersonRef(%s): %v", phone, err)
				}
			}
		}
		ask()
		// In the background the book comes when it is made: the answers
		// before it came through the indexes; ask again until it is taken
		// (a book that could not be made would fail the test below).
		for deadline := time.Now().Add(time.Minute); background && !snap.Booked() && time.Now().Before(deadline); {
			runtime.Gosched()
			ask()
		}
		ask()
		if snap.Booked() {
			for _, p := range append(people, &model.Person{Envelope: model.Envelope{ID: model.NewID()}}) {
				if book, store := storage.BookApplicantForTest(s, snap, p.ID); book != store {
					t.Errorf("applicant %s: the book %q, the store %q", p.FullName, book, store)
				}
			}
		}
		return got, snap.Booked()
	}
	want, booked := answers(0, false)
	if booked {
		t.Fatal("booked with no book asked for")
	}
	for _, background := range []bool{false, true} {
		got, booked := answers(1, background)
		if !booked {
			t.Fatalf("no book made (in the background: %v)", background)
		}
		for _, phone := range phones {
			if got[phone] != want[phone] {
				t.Errorf("PersonRef(%s): the book %q, the index %q (in the background: %v)", phone, got[phone], want[phone], background)
			}
		}
	}
	if want[a.Phone] != c.ID || want[people[0].Phone] != people[0].ID || want[gone.Phone] != "" {
		t.Errorf("the index's answers are not what this test means to hold: %v", want)
	}
	// Read in two halves (an import's first lookup), the book is the same.
	same, early, late, err := storage.BookSplitForTest(s)
	if err != nil || !same || early == 0 || late == 0 {
		t.Errorf("the book in halves (%d and %d people): the same %v, %v", early, late, same, err)
	}
}

// TestBigIdeasImportIndexesApplicants: a big SaveEach of ideas alone puts
// their applicant index entries at its end (with the other deferred
// entries): each applicant's ideas are found through it, an idea edited
// in the same import once, and Check finds the store whole.
func TestBigIdeasImportIndexesApplicants(t *testing.T) {
	defer storage.SmallBatchesForTest(50, 20)()
	s, _ := newStore(t)
	var people []*model.Person
	for i := range 7 {
		p := newPerson(fmt.Sprintf("Адам %d", i), fmt.Sprintf("+7702%07d", i))
		mustCreate(t, s, p)
		people = append(people, p)
	}
	stored := newIdea("Бұрынғы", "draft")
	stored.ApplicantID = people[0].ID
	mustCreate(t, s, stored)
	_, _, err := s.SaveEachChecked(context.Background(), func(yield func(model.Record) error) error {
		for i := range 300 {
			x := newIdea(fmt.Sprintf("Жоба %d", i), "draft")
			x.ApplicantID = people[i%len(people)].ID
			if err := yield(x); err != nil {
				return err
			}
		}
		edit := getIdea(t, s, stored.ID)
		edit.ApplicantID = people[1].ID // to another applicant
		return yield(edit)
	})
	if err != nil {
		t.Fatal(err)
	}
	for i, p := range people {
		want := 300/len(people) + map[bool]int{true: 1}[i < 300%len(people)]
		if i == 1 {
			want++
		}
		if got, err := s.IdeasOf(p.ID); err != nil || len(got) != want {
			t.Errorf("%s: %d ideas, want %d (%v)", p.FullName, len(got), want, err)
		}
	}
	if p := s.Check(); len(p) > 0 {
		t.Errorf("check: %v", p)
	}
}

// TestBigFileBooksAtOnce: during a SaveEachCheckedMany (a big file) a
// Snapshot reads the people into its book at its first lookup by phone,
// and answers as the indexes do; during a SaveEachChecked it waits for
// bookDue (the first lookup goes through the indexes). Both imports save
// the ideas with the applicants found.
func TestBigFileBooksAtOnce(t *testing.T) {
	s, _ := newStore(t)
	var people []*model.Person
	for i := range 20 {
		p := newPerson(fmt.Sprintf("Адам %d", i), fmt.Sprintf("+7701%07d", i))
		mustCreate(t, s, p)
		people = append(people, p)
	}
	for _, many := range []bool{false, true} {
		save := s.SaveEachChecked
		if many {
			save = s.SaveEachCheckedMany
		}
		var bookedFirst bool
		_, _, err := save(context.Background(), func(yield func(model.Record) error) error {
			snap, err := s.Snapshot()
			if err != nil {
				return err
			}
			defer snap.Close()
			for i, p := range people {
				id, err := snap.PersonRef(p.Phone)
				if err != nil {
					return err
				}
				if i == 0 {
					bookedFirst = snap.Booked()
				}
				if id != p.ID {
					t.Errorf("many %v: PersonRef(%s) = %q, want %q", many, p.Phone, id, p.ID)
				}
				x := newIdea(fmt.Sprintf("Жоба %d", i), "draft")
				x.ApplicantID = id
				if err := yield(x); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if bookedFirst != many {
			t.Errorf("many %v: booked at the first lookup: %v", many, bookedFirst)
		}
	}
	for _, p := range people {
		if got, err := s.IdeasOf(p.ID); err != nil || len(got) != 2 {
			t.Errorf("%s: %d ideas, want 2 (%v)", p.FullName, len(got), err)
		}
	}
}
