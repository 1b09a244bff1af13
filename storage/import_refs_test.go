package storage_test

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"frontoffice/model"
	"frontoffice/storage"
)

// refByPhone is what PersonRef must answer: PersonByPhone's person, or the
// one they were merged into; "" for nobody.
func refByPhone(t *testing.T, s *storage.Store, phone string) string {
	t.Helper()
	p, err := s.PersonByPhone(phone)
	if errors.Is(err, storage.ErrNotFound) {
		return ""
	}
	if err != nil {
		t.Fatal(err)
	}
	if p.MergedInto != "" {
		return p.MergedInto
	}
	return p.ID
}

// TestPersonRefAnswersAsPersonByPhone: the snapshot's PersonRef, which
// decodes only a few fields of the person, names the same person as
// PersonByPhone for a live person, one of two records joined by one IIN,
// a deleted person, a phone nobody has and one that is not a phone.
func TestPersonRefAnswersAsPersonByPhone(t *testing.T) {
	s, _ := newStore(t)
	live := newPerson("Айдана", "+77010000001")
	mustCreate(t, s, live)
	first := newPerson("Бірінші", "+77010000002")
	first.IIN = validIIN(t, 1)
	mustCreate(t, s, first)
	second := newPerson("Екінші", "+77010000003")
	second.IIN = first.IIN // the same student at another desk: one group
	mustCreate(t, s, second)
	gone := newPerson("Кеткен", "+77010000004")
	mustCreate(t, s, gone)
	if err := s.Delete(model.KindPerson, gone.ID); err != nil {
		t.Fatal(err)
	}
	snap, err := s.Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	defer snap.Close()
	for _, phone := range []string{"+77010000001", "87010000002", "+77010000003", "+77010000004", "+77019999999", "abc"} {
		got, err := snap.PersonRef(phone)
		if want := refByPhone(t, s, phone); err != nil || got != want {
			t.Errorf("PersonRef(%s) = %q, %v; PersonByPhone names %q", phone, got, err, want)
		}
	}
	if got, _ := snap.PersonRef("+77010000001"); got != live.ID {
		t.Errorf("the live person: %q, want %q", got, live.ID)
	}
}

// TestBigImportDocsFollowARenamedApplicant: the writer of a big import
// takes an applicant's name from what the reading found (PersonRef), until
// the import itself writes a person: then the ideas after it show the new
// name, as do those before it.
func TestBigImportDocsFollowARenamedApplicant(t *testing.T) {
	defer storage.SmallBatchesForTest(50, 20)()
	s, _ := newStore(t)
	p := newPerson("Ескіатау Болат", "+77020001122")
	mustCreate(t, s, p)
	ideas := func(yield func(model.Record) error, from, id string) error {
		for i := range 100 {
			x := newIdea(fmt.Sprintf("Жоба %s %d", from, i), "draft")
			x.ApplicantID = id
			if err := yield(x); err != nil {
				return err
			}
		}
		return nil
	}
	_, _, err := s.SaveEachChecked(context.Background(), func(yield func(model.Record) error) error {
		snap, err := s.Snapshot()
		if err != nil {
			return err
		}
		defer snap.Close()
		id, err := snap.PersonRef(p.Phone)
		if err != nil || id != p.ID {
			return fmt.Errorf("PersonRef: %q, %v", id, err)
		}
		if err := ideas(yield, "алдында", id); err != nil {
			return err
		}
		edit := getPerson(t, s, p.ID)
		edit.FullName = "Жаңаатау Болат"
		if err := yield(edit); err != nil {
			return err
		}
		return ideas(yield, "кейін", id)
	})
	if err != nil {
		t.Fatal(err)
	}
	old, err := s.SearchOnce(context.Background(), searchQuery("Ескіатау"))
	if err != nil || old.Total != 0 {
		t.Errorf("the old name still finds %d records (%v)", old.Total, err)
	}
	now, err := s.SearchOnce(context.Background(), searchQuery("Жаңаатау"))
	if err != nil || now.Total != 201 {
		t.Errorf("the new name finds %d records, want 200 ideas and the person (%v)", now.Total, err)
	}
	for _, h := range now.Hits {
		if h.Kind == model.KindIdea && h.Sub != "Жаңаатау Болат" {
			t.Errorf("idea %q shows %q", h.Title, h.Sub)
		}
	}
}

// A Snapshot's Live, DayHours and its PersonByPhone/PersonByIIN (through
// the cursors it keeps open) answer as Get, HoursOf and the Store's own
// lookups do: a store without hours, a deleted idea, a merged-away phone,
// an IIN nobody has.
func TestSnapshotAnswersAsTheStore(t *testing.T) {
	s, clk := newStore(t)
	p := newPerson("Айдана", "+77010000001")
	p.IIN = validIIN(t, 1)
	mustCreate(t, s, p)
	idea, gone := newIdea("Бақ", "draft"), newIdea("Кеткен", "draft")
	mustCreate(t, s, idea)
	mustCreate(t, s, gone)
	if err := s.Delete(model.KindIdea, gone.ID); err != nil {
		t.Fatal(err)
	}
	day := model.DateOf(clk.Now())
	check := func(wantHours float64) {
		t.Helper()
		snap, err := s.Snapshot()
		if err != nil {
			t.Fatal(err)
		}
		defer snap.Close()
		for id, want := range map[string]bool{idea.ID: true, gone.ID: false, model.NewID(): false} {
			if got, err := snap.Live(model.KindIdea, id); err != nil || got != want {
				t.Errorf("Live(%s) = %v, %v; want %v", id, got, err, want)
			}
		}
		if got, err := snap.DayHours(p.ID, day, ""); err != nil || got != wantHours {
			t.Errorf("DayHours = %v, %v; want %v", got, err, wantHours)
		}
		for _, phone := range []string{"+77010000001", "+77019999999"} {
			got, err := snap.PersonByPhone(phone)
			want, werr := s.PersonByPhone(phone)
			if (err == nil) != (werr == nil) || err == nil && got.ID != want.ID {
				t.Errorf("PersonByPhone(%s) = %v, %v; the store: %v, %v", phone, got, err, want, werr)
			}
		}
		for _, iin := range []string{p.IIN, validIIN(t, 2)} {
			got, err := snap.PersonByIIN(iin)
			want, werr := s.PersonByIIN(iin)
			if (err == nil) != (werr == nil) || err == nil && got.ID != want.ID {
				t.Errorf("PersonByIIN(%s) = %v, %v; the store: %v, %v", iin, got, err, want, werr)
			}
		}
	}
	check(0) // no hours at all
	mustCreate(t, s, newHours(p.ID, day, 3.5))
	check(3.5)
}
