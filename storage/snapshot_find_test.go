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
