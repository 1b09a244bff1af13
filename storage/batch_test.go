package storage_test

import (
	"errors"
	"fmt"
	"path/filepath"
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

func TestSaveBatchCreatesAndUpdates(t *testing.T) {
	path := filepath.Join(t.TempDir(), "store.db")
	clk := newClock(day0)
	s, done := openStore(t, path, clk)
	s.SetActor("Айгерим")
	p := newPerson("Мадина Салпенова", "+77020001122")
	mustCreate(t, s, p)
	untouched := newIdea("Өзгермейді", "draft")
	mustCreate(t, s, untouched)

	clk.Add(time.Hour)
	s.SetActor("Импорт")
	fresh := newIdea("Жаңа идея", "draft")
	withID := newIdea("Өз id-імен", "ready")
	withID.ID = model.NewID()
	edited := getPerson(t, s, p.ID)
	edited.Phone = "+77011234567"
	edited.Organization = "Жаңа ұйым"
	created, updated, err := s.SaveBatch([]model.Record{fresh, withID, edited})
	if err != nil || created != 2 || updated != 1 {
		t.Fatalf("SaveBatch: %d created, %d updated, %v; want 2, 1, nil", created, updated, err)
	}

	// Envelopes are filled in as Create and Update fill them.
	if !model.ValidID(fresh.ID) || fresh.Rev != 1 || fresh.BaseRev != 0 || fresh.Origin != s.OfficeID() ||
		fresh.UpdatedBy != "Импорт" || !fresh.UpdatedAt.Equal(day0.Add(time.Hour)) {
		t.Errorf("new record's envelope %+v", fresh.Envelope)
	}
	if withID.Rev != 1 || getIdea(t, s, withID.ID).Title != "Өз id-імен" {
		t.Errorf("record with its own id: %+v", withID.Envelope)
	}
	if edited.Rev != 2 || edited.BaseRev != 1 || edited.HLC <= p.HLC {
		t.Errorf("updated record's envelope %+v (was %+v)", edited.Envelope, p.Envelope)
	}
	// The update went through the index: the new phone finds her, the old one nobody.
	if got, err := s.PersonByPhone("+77011234567"); err != nil || got.ID != p.ID || got.Organization != "Жаңа ұйым" {
		t.Errorf("person by new phone: %+v, %v", got, err)
	}
	if _, err := s.PersonByPhone("+77020001122"); !errors.Is(err, storage.ErrNotFound) {
		t.Errorf("old phone still indexed: %v", err)
	}
	// The earlier revision is kept.
	hist, err := s.History(model.KindPerson, p.ID)
	if err != nil || len(hist) != 1 || hist[0].(*model.Person).Phone != "+77020001122" {
		t.Errorf("history %+v, %v", hist, err)
	}
	sum, err := s.Summary("2026-02-13")
	if err != nil || sum.IdeasByStatus["draft"] != 2 || sum.IdeasByStatus["ready"] != 1 {
		t.Errorf("summary after batch %+v, %v", sum, err)
	}

	// A second batch with the now stored revision updates again; an empty one does nothing.
	edited.FullName = "Мадина Салпенова-Ахметова"
	if c, u, err := s.SaveBatch([]model.Record{edited}); err != nil || c != 0 || u != 1 || edited.Rev != 3 {
		t.Errorf("second update: %d %d %v rev %d", c, u, err, edited.Rev)
	}
	if c, u, err := s.SaveBatch(nil); err != nil || c != 0 || u != 0 {
		t.Errorf("empty batch: %d %d %v", c, u, err)
	}

	// Everything is on disk: reopen the file (done runs Check, tx.Check included).
	done()
	s, _ = openStore(t, path, clk)
	if n := count(t, s, model.KindIdea); n != 3 {
		t.Errorf("%d ideas after reopening, want 3", n)
	}
	if got := getPerson(t, s, p.ID); got.Rev != 3 || got.FullName != "Мадина Салпенова-Ахметова" {
		t.Errorf("person after reopening %+v", got)
	}
	if got := getIdea(t, s, untouched.ID); got.Rev != 1 {
		t.Errorf("a record outside the batch changed: %+v", got.Envelope)
	}
}

func TestSaveBatchAllOrNothing(t *testing.T) {
	s, _ := newStore(t)
	stored := newPerson("Бұрыннан бар", "+77020001122")
	mustCreate(t, s, stored)

	sameID := model.NewID()
	for _, tc := range []struct {
		name string
		bad  func() []model.Record
	}{
		{"invalid record", func() []model.Record { return []model.Record{newIdea("", "draft")} }},
		{"stale revision", func() []model.Record {
			p := getPerson(t, s, stored.ID)
			p.Rev = 7
			p.Phone = "+77011112233"
			return []model.Record{p}
		}},
		{"same new id twice", func() []model.Record {
			a, b := newIdea("Бір", "draft"), newIdea("Екі", "draft")
			a.ID, b.ID = sameID, sameID
			return []model.Record{a, b}
		}},
		{"bad id", func() []model.Record {
			i := newIdea("Жарамсыз id", "draft")
			i.ID = "12345"
			return []model.Record{i}
		}},
		{"kind of another type", func() []model.Record {
			i := newIdea("Түрі басқа", "draft")
			i.Kind = model.KindPerson
			return []model.Record{i}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			first := newIdea("Бірінші", "draft")
			person := newPerson("Жаңа адам", "+77081234567")
			edit := getPerson(t, s, stored.ID)
			edit.Phone = "+77059876543"
			batch := append([]model.Record{first, person, edit}, tc.bad()...)
			batch = append(batch, newIdea("Соңғы", "draft"))
			if _, _, err := s.SaveBatch(batch); err == nil {
				t.Fatal("a batch with a bad record was stored")
			}
			if n := count(t, s, model.KindIdea); n != 0 {
				t.Errorf("%d ideas after a refused batch, want 0", n)
			}
			if n := count(t, s, model.KindPerson); n != 1 {
				t.Errorf("%d people after a refused batch, want the 1 from before", n)
			}
			// The caller gets its records back as given, to correct and retry.
			if first.ID != "" || first.Rev != 0 || edit.Rev != 1 {
				t.Errorf("envelopes not restored: %+v, %+v", first.Envelope, edit.Envelope)
			}
			for _, phone := range []string{"+77081234567", "+77059876543"} {
				if _, err := s.PersonByPhone(phone); !errors.Is(err, storage.ErrNotFound) {
					t.Errorf("index entry %s of a refused batch: %v", phone, err)
				}
			}
			if got := getPerson(t, s, stored.ID); got.Rev != 1 || got.Phone != "+77020001122" {
				t.Errorf("stored person changed by a refused batch: %+v", got)
			}
			if h, _ := s.History(model.KindPerson, stored.ID); len(h) != 0 {
				t.Errorf("history written by a refused batch: %d revisions", len(h))
			}
		})
	}
	// The same batch without the bad record goes through.
	if c, u, err := s.SaveBatch([]model.Record{newIdea("Бірінші", "draft"), getPerson(t, s, stored.ID)}); err != nil || c != 1 || u != 1 {
		t.Errorf("good batch after refused ones: %d %d %v", c, u, err)
	}
}

func getPerson(t testing.TB, s *storage.Store, id string) *model.Person {
	t.Helper()
	p, err := storage.GetAs[*model.Person](s, model.KindPerson, id)
	if err != nil {
		t.Fatalf("get person %s: %v", id, err)
	}
	return p
}
