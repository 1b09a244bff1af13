package storage_test

import (
	"errors"
	"reflect"
	"testing"

	"frontoffice/model"
	"frontoffice/storage"
)

// TestSnapshotFindAnswersAsGet: Find gives Get's record (a tombstone
// too), and nil with no error where Get says not found (an id nobody has,
// one that is not an id).
func TestSnapshotFindAnswersAsGet(t *testing.T) {
	s, _ := newStore(t)
	idea, gone := newIdea("Бақ", "draft"), newIdea("Кеткен", "draft")
	mustCreate(t, s, idea)
	mustCreate(t, s, gone)
	if err := s.Delete(model.KindIdea, gone.ID); err != nil {
		t.Fatal(err)
	}
	snap, err := s.Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	defer snap.Close()
	for _, id := range []string{idea.ID, gone.ID, model.NewID(), "not-an-id", ""} {
		got, err := snap.Find(model.KindIdea, id)
		want, werr := s.Get(model.KindIdea, id)
		if errors.Is(werr, storage.ErrNotFound) {
			want, werr = nil, nil
		}
		if err != nil || werr != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("Find(%q) = %v, %v; Get: %v, %v", id, got, err, want, werr)
		}
	}
	if r, err := snap.Find(model.KindPerson, idea.ID); r != nil || err != nil {
		t.Errorf("an idea's id as a person: %v, %v", r, err)
	}
}

// TestSnapshotOfNothing: a view of a store with no people and no ideas
// finds nothing by id, phone or IIN (without looking, after the first
// look); once they are stored, a new view finds them, and a store that has
// only a deleted idea finds it: deleted records count as records.
func TestSnapshotOfNothing(t *testing.T) {
	s, _ := newStore(t)
	p := newPerson("Ажар Қали", "+77015550011")
	p.ID = model.NewID()
	snap, err := s.Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	for range 2 {
		if r, err := snap.Find(model.KindPerson, p.ID); r != nil || err != nil {
			t.Errorf("Find in an empty view: %v, %v", r, err)
		}
		if q, err := snap.PersonByPhone(p.Phone); q != nil || !errors.Is(err, storage.ErrNotFound) {
			t.Errorf("PersonByPhone in an empty view: %v, %v", q, err)
		}
	}
	snap.Close()
	mustCreate(t, s, p)
	gone := newIdea("Кеткен", "draft")
	mustCreate(t, s, gone)
	if err := s.Delete(model.KindIdea, gone.ID); err != nil {
		t.Fatal(err)
	}
	snap, err = s.Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	defer snap.Close()
	if r, err := snap.Find(model.KindIdea, gone.ID); r == nil || err != nil || !r.Env().Deleted {
		t.Errorf("a deleted idea, the store's only one: %v, %v", r, err)
	}
	if q, err := snap.PersonByPhone(p.Phone); err != nil || q == nil || q.ID != p.ID {
		t.Errorf("PersonByPhone once stored: %v, %v", q, err)
	}
}
