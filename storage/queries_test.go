package storage_test

import (
	"errors"
	"testing"

	"frontoffice/model"
	"frontoffice/storage"
)

func TestPersonByPhone(t *testing.T) {
	s, _ := newStore(t)
	p := newPerson("Айдана Серікқызы", "+77011234567")
	mustCreate(t, s, p)
	mustCreate(t, s, newPerson("Басқа адам", "+77021234567"))

	for _, typed := range []string{"+77011234567", "8 701 123 45 67", "+7 (701) 123-45-67", "7011234567", "87011234567"} {
		got, err := s.PersonByPhone(typed)
		if err != nil || got.ID != p.ID || got.FullName != p.FullName {
			t.Errorf("PersonByPhone(%q) = %v, %v; want %s", typed, got, err, p.ID)
		}
	}
	for _, typed := range []string{"+77011234568", "", "hello", "+1 555 123 4567", "8 701 123 45"} {
		if got, err := s.PersonByPhone(typed); !errors.Is(err, storage.ErrNotFound) {
			t.Errorf("PersonByPhone(%q) = %v, %v; want ErrNotFound", typed, got, err)
		}
	}

	// A new phone moves the index entry.
	p.Phone = "+77771234567"
	mustUpdate(t, s, p)
	if _, err := s.PersonByPhone("8 701 123 45 67"); !errors.Is(err, storage.ErrNotFound) {
		t.Errorf("old phone still finds the person: %v", err)
	}
	if got, err := s.PersonByPhone("8 777 123 45 67"); err != nil || got.ID != p.ID || got.Rev != 2 {
		t.Errorf("new phone: %v, %v", got, err)
	}

	// Removing the phone removes the entry.
	p.Phone = ""
	mustUpdate(t, s, p)
	if _, err := s.PersonByPhone("+77771234567"); !errors.Is(err, storage.ErrNotFound) {
		t.Errorf("removed phone still finds the person: %v", err)
	}
	p.Phone = "+77011234567"
	mustUpdate(t, s, p)
	if got, err := s.PersonByPhone("87011234567"); err != nil || got.ID != p.ID {
		t.Errorf("phone given back: %v, %v", got, err)
	}
}

func TestPersonByIIN(t *testing.T) {
	s, _ := newStore(t)
	iin, iin2 := validIIN(t, 10), validIIN(t, 200)
	p := newPerson("Нұрлан Әбенов", "")
	p.IIN = iin
	mustCreate(t, s, p)

	for _, typed := range []string{iin, " " + iin[:6] + " " + iin[6:] + " ", iin[:4] + "-" + iin[4:]} {
		if got, err := s.PersonByIIN(typed); err != nil || got.ID != p.ID {
			t.Errorf("PersonByIIN(%q) = %v, %v", typed, got, err)
		}
	}
	for _, typed := range []string{iin2, "", iin[:11]} {
		if _, err := s.PersonByIIN(typed); !errors.Is(err, storage.ErrNotFound) {
			t.Errorf("PersonByIIN(%q): %v, want ErrNotFound", typed, err)
		}
	}
	p.IIN = iin2
	mustUpdate(t, s, p)
	if _, err := s.PersonByIIN(iin); !errors.Is(err, storage.ErrNotFound) {
		t.Errorf("old IIN still finds the person: %v", err)
	}
	if got, err := s.PersonByIIN(iin2); err != nil || got.ID != p.ID {
		t.Errorf("new IIN: %v, %v", got, err)
	}
}

func TestSummary(t *testing.T) {
	s, _ := newStore(t)
	const today model.Date = "2026-02-13"
	check := func(what string, want storage.Summary) {
		t.Helper()
		got, err := s.Summary(today)
		if err != nil {
			t.Fatalf("%s: Summary: %v", what, err)
		}
		if got.People != want.People || got.Ideas != want.Ideas || got.VisitsToday != want.VisitsToday ||
			got.FollowUpsDue != want.FollowUpsDue || got.LastBackup != want.LastBackup {
			t.Errorf("%s: summary %+v, want %+v", what, got, want)
		}
		for _, st := range model.IdeaStatuses() {
			if got.IdeasByStatus[st] != want.IdeasByStatus[st] {
				t.Errorf("%s: %d ideas %s, want %d", what, got.IdeasByStatus[st], st, want.IdeasByStatus[st])
			}
		}
		if len(got.IdeasByStatus) != len(model.IdeaStatuses()) {
			t.Errorf("%s: IdeasByStatus has %d statuses, want every one", what, len(got.IdeasByStatus))
		}
	}
	check("empty store", storage.Summary{})

	a := newPerson("Әлия", "+77011110001")
	b := newPerson("Бауыржан", "+77011110002")
	c := newPerson("Сәуле", "+77011110003")
	for _, p := range []*model.Person{a, b, c} {
		mustCreate(t, s, p)
	}
	var ideas []*model.Idea
	for _, st := range []model.IdeaStatus{"draft", "draft", "consulting", "ready", "funded"} {
		i := newIdea("Идея "+string(st), st)
		mustCreate(t, s, i)
		ideas = append(ideas, i)
	}
	mustCreate(t, s, newVisit(a.ID, today))
	mustCreate(t, s, newVisit(b.ID, today))
	mustCreate(t, s, newVisit(c.ID, "2026-02-12")) // yesterday
	mustCreate(t, s, newVisit(c.ID, "2026-02-14")) // booked for tomorrow
	followUps := []model.Date{
		"2026-02-13", // today: due
		"2026-01-14", // 30 days ago: still due
		"2026-01-13", // 31 days ago: no longer counted
		"2026-02-14", // tomorrow: not yet
		"",           // none
		"2026-02-01", // due
	}
	var consults []*model.Consultation
	for _, f := range followUps {
		cn := newConsultation(a.ID, "2026-01-10", f)
		mustCreate(t, s, cn)
		consults = append(consults, cn)
	}
	mustCreate(t, s, newHours(a.ID, today, 2.5))
	want := storage.Summary{People: 3, Ideas: 5, VisitsToday: 2, FollowUpsDue: 3,
		IdeasByStatus: map[model.IdeaStatus]int{"draft": 2, "consulting": 1, "ready": 1, "funded": 1}}
	check("after creates", want)

	// An idea moves on; another is deleted; a person is deleted; a follow-up is moved, another dropped.
	ideas[0].Status = "consulting"
	mustUpdate(t, s, ideas[0])
	if err := s.Delete(model.KindIdea, ideas[4].ID); err != nil {
		t.Fatal(err)
	}
	if err := s.Delete(model.KindPerson, c.ID); err != nil {
		t.Fatal(err)
	}
	// Consultations are append-only: a correction supersedes them.
	moved := *consults[0]
	moved.FollowUp = "2026-02-20"
	if err := s.Supersede(consults[0].ID, &moved); err != nil {
		t.Fatal(err)
	}
	dropped := *consults[5]
	dropped.FollowUp = ""
	if err := s.Supersede(consults[5].ID, &dropped); err != nil {
		t.Fatal(err)
	}
	want = storage.Summary{People: 2, Ideas: 4, VisitsToday: 2, FollowUpsDue: 1,
		IdeasByStatus: map[model.IdeaStatus]int{"draft": 1, "consulting": 2, "ready": 1}}
	check("after updates and deletes", want)

	// Deleting a visit takes it off today's count.
	var visitID string
	s.List(model.KindVisit, func(r model.Record) error {
		if v := r.(*model.Visit); v.PersonID == b.ID {
			visitID = v.ID
		}
		return nil
	})
	if err := s.Delete(model.KindVisit, visitID); err != nil {
		t.Fatal(err)
	}
	want.VisitsToday = 1
	check("after a visit is deleted", want)

	// Another day sees other visits and other follow-ups.
	got, err := s.Summary("2026-02-14")
	if err != nil || got.VisitsToday != 1 || got.FollowUpsDue != 1 {
		t.Errorf("summary of the 14th: %+v, %v; want 1 visit and 1 follow-up", got, err)
	}
	got, err = s.Summary("2026-02-20")
	if err != nil || got.VisitsToday != 0 || got.FollowUpsDue != 2 {
		t.Errorf("summary of the 20th: %+v, %v; want no visits and 2 follow-ups", got, err)
	}
}
