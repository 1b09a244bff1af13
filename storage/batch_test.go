package storage_test

import (
	"errors"
	"fmt"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/storage"
)

func TestInsertBatch(t *testing.T) {
	s, _ := newStore(t)
	when := time.Date(2025, 11, 3, 10, 0, 0, 0, time.UTC)
	elsewhere := model.NewID()
	var batch []model.Record
	for n := range 20 {
		i := newIdea(fmt.Sprint("Демо идея ", n), model.IdeaStatuses()[n%3])
		i.Envelope = model.Envelope{
			ID: model.NewID(), Kind: model.KindIdea, Rev: uint64(1 + n%2), BaseRev: uint64(n % 2),
			Origin: elsewhere, HLC: uint64(when.UnixMilli())<<16 + uint64(n),
			UpdatedAt: when, UpdatedBy: "демо",
		}
		batch = append(batch, i)
	}
	p := newPerson("Демо адам", "+77761234567")
	p.Envelope = model.Envelope{ID: model.NewID(), Kind: model.KindPerson, Rev: 1, Origin: elsewhere,
		HLC: 1 << 60, UpdatedAt: when, UpdatedBy: "демо"}
	batch = append(batch, p)
	if err := s.InsertBatch(batch); err != nil {
		t.Fatalf("InsertBatch: %v", err)
	}

	for _, r := range batch {
		got, err := s.Get(r.Env().Kind, r.Env().ID)
		if err != nil {
			t.Fatalf("get %s: %v", r.Env().ID, err)
		}
		if *got.Env() != *r.Env() {
			t.Errorf("envelope not kept:\n got %+v\nwant %+v", *got.Env(), *r.Env())
		}
	}
	if n := count(t, s, model.KindIdea); n != 20 {
		t.Errorf("%d ideas, want 20", n)
	}
	if got, err := s.PersonByPhone("87761234567"); err != nil || got.ID != p.ID {
		t.Errorf("inserted person by phone: %v, %v", got, err)
	}
	sum, err := s.Summary("2026-02-13")
	if err != nil || sum.IdeasByStatus["draft"] != 7 || sum.IdeasByStatus["consulting"] != 7 || sum.IdeasByStatus["ready"] != 6 {
		t.Errorf("summary after batch %+v, %v", sum, err)
	}

	// The clock has seen the batch's newest HLC: the next local write is after it.
	i := newIdea("Кейінгі", "draft")
	mustCreate(t, s, i)
	if i.HLC <= 1<<60 {
		t.Errorf("HLC %d after a batch that held %d", i.HLC, uint64(1<<60))
	}
}

func TestInsertBatchAllOrNothing(t *testing.T) {
	s, _ := newStore(t)
	existing := newIdea("Бұрыннан бар", "draft")
	mustCreate(t, s, existing)

	good := func(title string) *model.Idea {
		i := newIdea(title, "draft")
		i.Envelope = model.Envelope{ID: model.NewID(), Kind: model.KindIdea, Rev: 1, Origin: s.OfficeID(),
			HLC: 5, UpdatedAt: day0.UTC(), UpdatedBy: "демо"}
		return i
	}
	invalid := good("")
	dupID := good("Қайталанған id")
	dupID.ID = existing.ID
	twice := good("Екі рет")
	person := newPerson("Адам", "+77011234567")
	person.Envelope = model.Envelope{ID: model.NewID(), Kind: model.KindPerson, Rev: 1, HLC: 5}
	badID := good("Жарамсыз id")
	badID.ID = "12345"
	noRev := good("Rev жоқ")
	noRev.Rev = 0
	wrongKind := good("Түрі басқа")
	wrongKind.Kind = model.KindPerson

	for _, tc := range []struct {
		name string
		bad  []model.Record
	}{
		{"invalid record", []model.Record{invalid}},
		{"existing id", []model.Record{dupID}},
		{"same id twice", []model.Record{twice, twice}},
		{"bad id", []model.Record{badID}},
		{"rev 0", []model.Record{noRev}},
		{"kind of another type", []model.Record{wrongKind}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			first := good("Бірінші")
			batch := append([]model.Record{first, person}, tc.bad...)
			batch = append(batch, good("Соңғы"))
			if err := s.InsertBatch(batch); err == nil {
				t.Fatal("batch with a bad record was stored")
			}
			if n := count(t, s, model.KindIdea); n != 1 {
				t.Errorf("%d ideas after a refused batch, want the 1 from before", n)
			}
			if n := count(t, s, model.KindPerson); n != 0 {
				t.Errorf("%d people after a refused batch, want 0", n)
			}
			if _, err := s.Get(model.KindIdea, first.ID); !errors.Is(err, storage.ErrNotFound) {
				t.Errorf("first record of a refused batch: %v", err)
			}
			if _, err := s.PersonByPhone(person.Phone); !errors.Is(err, storage.ErrNotFound) {
				t.Errorf("index entry of a refused batch: %v", err)
			}
		})
	}
	if got := getIdea(t, s, existing.ID); got.Title != "Бұрыннан бар" || got.Rev != 1 {
		t.Errorf("existing record changed by a refused batch: %+v", got)
	}
}
