package storage_test

import (
	"errors"
	"fmt"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/storage"
)

func TestCreateFillsEnvelope(t *testing.T) {
	s, _ := newStore(t)
	i := newIdea("Балаларға кітапхана", "draft")
	mustCreate(t, s, i)

	if !model.ValidID(i.ID) {
		t.Errorf("id %q is not a UUID", i.ID)
	} else if v := i.ID[14]; v != '7' {
		t.Errorf("id %q is UUID version %c, want 7", i.ID, v)
	}
	want := model.Envelope{
		ID: i.ID, Kind: model.KindIdea, Rev: 1, BaseRev: 0, Origin: s.OfficeID(),
		HLC: i.HLC, UpdatedAt: day0.UTC(), UpdatedBy: "Айгерим",
	}
	if i.Envelope != want {
		t.Errorf("envelope\n got %+v\nwant %+v", i.Envelope, want)
	}
	if i.UpdatedAt.Location() != time.UTC {
		t.Errorf("updated_at in %v, want UTC", i.UpdatedAt.Location())
	}
	if i.HLC == 0 {
		t.Error("HLC is 0")
	}
	if wall := uint64(day0.UnixMilli()) << 16; i.HLC < wall {
		t.Errorf("HLC %d behind the wall clock %d", i.HLC, wall)
	}

	got := getIdea(t, s, i.ID)
	if got.Envelope != i.Envelope || got.Title != i.Title || got.BudgetKZT != i.BudgetKZT {
		t.Errorf("read back %+v, want %+v", got, i)
	}
	if got.UpdatedAt.Location() != time.UTC {
		t.Errorf("read back updated_at in %v, want UTC", got.UpdatedAt.Location())
	}
	if h, err := s.History(model.KindIdea, i.ID); err != nil || len(h) != 0 {
		t.Errorf("history of a new record = %v, %v; want none", h, err)
	}
}

func TestCreateResetsCallerEnvelope(t *testing.T) {
	s, _ := newStore(t)
	// A record copied from another one carries a stale envelope: Create makes
	// it a new record of rev 1 from this office.
	i := newIdea("Көшірме", "draft")
	i.Rev, i.BaseRev, i.Origin, i.HLC, i.Deleted = 7, 6, "elsewhere", 1, true
	mustCreate(t, s, i)
	if i.Rev != 1 || i.BaseRev != 0 || i.Origin != s.OfficeID() || i.Deleted || i.HLC <= 1 {
		t.Errorf("envelope after create %+v", i.Envelope)
	}
	if n := count(t, s, model.KindIdea); n != 1 {
		t.Errorf("%d live ideas, want 1", n)
	}
}

func TestCreateKeepsGivenID(t *testing.T) {
	s, _ := newStore(t)
	id := model.NewID()
	i := newIdea("Белгілі id", "draft")
	i.ID = id
	mustCreate(t, s, i)
	if i.ID != id || getIdea(t, s, id).Title != "Белгілі id" {
		t.Errorf("id %q, want %q", i.ID, id)
	}

	dup := newIdea("Екінші", "draft")
	dup.ID = id
	if err := s.Create(dup); !errors.Is(err, storage.ErrExists) {
		t.Errorf("create with an existing id: %v, want ErrExists", err)
	}
	if dup.Rev != 0 || dup.Origin != "" || dup.HLC != 0 {
		t.Errorf("refused create changed the envelope: %+v", dup.Envelope)
	}
	if getIdea(t, s, id).Title != "Белгілі id" {
		t.Error("refused create overwrote the stored record")
	}
}

func TestCreateRefusesBadIDAndKind(t *testing.T) {
	s, _ := newStore(t)
	for _, id := range []string{
		"not-an-id",
		"{01890a5d-ac96-774b-bcce-b302099a8057}",
		"01890A5D-AC96-774B-BCCE-B302099A8057",
		"01890a5dac96774bbcceb302099a8057",
	} {
		i := newIdea("Бөтен id", "draft")
		i.ID = id
		if err := s.Create(i); err == nil {
			t.Errorf("create with id %q succeeded", id)
		}
	}
	// A record built without model.New has no kind.
	if err := s.Create(&model.Idea{Title: "Түрі жоқ", Direction: "bilim", Region: "abai", Status: "draft"}); !errors.Is(err, storage.ErrUnknownKind) {
		t.Errorf("create without a kind: %v, want ErrUnknownKind", err)
	}
	// A record whose kind names another type would land in the wrong bucket.
	wrong := newIdea("Адам емес", "draft")
	wrong.Kind = model.KindPerson
	if err := s.Create(wrong); !errors.Is(err, storage.ErrUnknownKind) {
		t.Errorf("create of an idea marked person: %v, want ErrUnknownKind", err)
	}
	if wrong.ID != "" || wrong.Rev != 0 {
		t.Errorf("refused create changed the envelope: %+v", wrong.Envelope)
	}
	if n := count(t, s, model.KindIdea) + count(t, s, model.KindPerson); n != 0 {
		t.Errorf("%d records stored, want 0", n)
	}
}

func TestCreateRefusesInvalid(t *testing.T) {
	s, _ := newStore(t)
	i := newIdea("", "draft")
	err := s.Create(i)
	fe, ok := model.AsFieldErrors(err)
	if !ok || fe.For("title") != model.ReasonRequired {
		t.Fatalf("create of an idea without a title: %v, want title required", err)
	}
	if i.Envelope != (model.Envelope{Kind: model.KindIdea}) {
		t.Errorf("refused create changed the envelope: %+v", i.Envelope)
	}
	if n := count(t, s, model.KindIdea); n != 0 {
		t.Errorf("%d ideas after a refused create", n)
	}

	// The caller corrects the record and tries again.
	i.Title = "Түзетілген"
	mustCreate(t, s, i)
	if n := count(t, s, model.KindIdea); n != 1 || i.Rev != 1 {
		t.Errorf("after the retry: %d ideas, rev %d", n, i.Rev)
	}

	p := newPerson("Без согласия", "+77011234567")
	p.Consent = false
	if err := s.Create(p); err == nil {
		t.Error("a person without consent was stored")
	} else if fe, _ := model.AsFieldErrors(err); fe.For("consent") != model.ReasonConsentNeeded {
		t.Errorf("person without consent: %v", err)
	}
	if _, err := s.PersonByPhone("+77011234567"); !errors.Is(err, storage.ErrNotFound) {
		t.Errorf("refused person is findable by phone: %v", err)
	}
}

func TestHLCIncreases(t *testing.T) {
	path := filepath.Join(t.TempDir(), "store.db")
	clk := newClock(day0)
	s, done := openStore(t, path, clk)

	var last uint64
	step := func(what string, r model.Record) {
		t.Helper()
		if h := r.Env().HLC; h <= last {
			t.Errorf("%s: HLC %d not after %d", what, h, last)
		} else {
			last = h
		}
	}
	i := newIdea("Сағат", "draft")
	mustCreate(t, s, i)
	step("create", i)
	for n := range 5 { // the clock does not move
		i.Summary = fmt.Sprint("өзгеріс ", n)
		mustUpdate(t, s, i)
		step("update at a frozen clock", i)
		p := newPerson(fmt.Sprint("Адам ", n), "")
		mustCreate(t, s, p)
		step("create at a frozen clock", p)
	}
	clk.Add(-72 * time.Hour) // the PC's clock is set back three days
	for range 3 {
		i.Summary += "!"
		mustUpdate(t, s, i)
		step("update after the clock went back", i)
	}
	if err := s.Delete(model.KindIdea, i.ID); err != nil {
		t.Fatal(err)
	}
	tomb, _ := s.Get(model.KindIdea, i.ID)
	step("delete", tomb)
	done()

	// The clock survives a restart, also while the wall clock is behind.
	s, _ = openStore(t, path, clk)
	p := newPerson("Келесі күн", "")
	mustCreate(t, s, p)
	step("create after reopen", p)

	clk.Set(day0.Add(24 * time.Hour)) // the clock is right again: HLC follows it
	p2 := newPerson("Ертең", "")
	mustCreate(t, s, p2)
	step("create a day later", p2)
	// The wall clock's millisecond, in the office's own slot of it
	// (storage.nextHLC: the low 8 bits are the office's).
	if wall := uint64(day0.Add(24*time.Hour).UnixMilli()) << 16; p2.HLC < wall || p2.HLC-wall > 0xff || p2.HLC&0xff != storage.HLCSlotForTest(s.OfficeID()) {
		t.Errorf("HLC %d, want the wall clock %d in the office's slot once it is ahead", p2.HLC, wall)
	}
}

func TestUpdate(t *testing.T) {
	s, clk := newStore(t)
	i := newIdea("Ағаш отырғызу", "draft")
	mustCreate(t, s, i)
	first := i.Envelope

	titles := []string{"Ағаш отырғызу", "Мектеп ауласына ағаш", "Мектеп ауласына 100 ағаш", "Қала бойынша 1000 ағаш"}
	statuses := []model.IdeaStatus{"draft", "consulting", "ready", "submitted"}
	for n := 1; n <= 3; n++ {
		clk.Add(time.Minute)
		prev := i.Envelope
		i.Title, i.Status = titles[n], statuses[n]
		mustUpdate(t, s, i)
		if i.Rev != prev.Rev+1 || i.BaseRev != prev.Rev {
			t.Errorf("update %d: rev %d base %d after rev %d", n, i.Rev, i.BaseRev, prev.Rev)
		}
		if i.HLC <= prev.HLC || !i.UpdatedAt.Equal(clk.Now()) || i.Origin != s.OfficeID() {
			t.Errorf("update %d: envelope %+v", n, i.Envelope)
		}
		if i.ID != first.ID || i.Kind != model.KindIdea {
			t.Errorf("update %d changed id or kind: %+v", n, i.Envelope)
		}
	}

	got := getIdea(t, s, i.ID)
	if got.Rev != 4 || got.Title != titles[3] || got.Status != "submitted" {
		t.Errorf("current %+v", got)
	}
	h, err := s.History(model.KindIdea, i.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(h) != 3 {
		t.Fatalf("history has %d revisions, want 3", len(h))
	}
	for n, r := range h {
		old := r.(*model.Idea)
		if old.Rev != uint64(n+1) || old.Title != titles[n] || old.Status != statuses[n] {
			t.Errorf("history[%d] = rev %d %q %s, want rev %d %q %s",
				n, old.Rev, old.Title, old.Status, n+1, titles[n], statuses[n])
		}
		if old.ID != i.ID {
			t.Errorf("history[%d] id %q", n, old.ID)
		}
	}
	if h[0].(*model.Idea).Envelope != first {
		t.Errorf("rev 1 in history %+v, want %+v", h[0].Env(), first)
	}
}

func TestUpdateStale(t *testing.T) {
	s, clk := newStore(t)
	i := newIdea("Екі кеңесші", "draft")
	mustCreate(t, s, i)

	// Two consultants open the same idea.
	a, b := getIdea(t, s, i.ID), getIdea(t, s, i.ID)
	a.Title = "Айгерімнің нұсқасы"
	mustUpdate(t, s, a)

	clk.Add(time.Minute)
	b.Title = "Даниярдың нұсқасы"
	before := b.Envelope
	err := s.Update(b)
	if !errors.Is(err, storage.ErrStale) {
		t.Fatalf("update from an old rev: %v, want ErrStale", err)
	}
	if b.Envelope != before {
		t.Errorf("refused update changed the caller's envelope:\n got %+v\nwant %+v", b.Envelope, before)
	}
	got := getIdea(t, s, i.ID)
	if got.Title != "Айгерімнің нұсқасы" || got.Rev != 2 {
		t.Errorf("stored %q rev %d, want the first save kept", got.Title, got.Rev)
	}
	if h, _ := s.History(model.KindIdea, i.ID); len(h) != 1 {
		t.Errorf("history has %d revisions, want 1", len(h))
	}

	// The second consultant reloads and saves on top.
	b = getIdea(t, s, i.ID)
	b.Summary = "Екеуінікі"
	mustUpdate(t, s, b)
	if b.Rev != 3 {
		t.Errorf("rev %d after reload and save, want 3", b.Rev)
	}
}

func TestUpdateRefusesInvalid(t *testing.T) {
	s, _ := newStore(t)
	i := newIdea("Жарамды", "draft")
	mustCreate(t, s, i)
	before := i.Envelope

	i.Title = ""
	err := s.Update(i)
	if fe, ok := model.AsFieldErrors(err); !ok || fe.For("title") != model.ReasonRequired {
		t.Fatalf("update with an empty title: %v", err)
	}
	if i.Envelope != before {
		t.Errorf("refused update changed the envelope: %+v", i.Envelope)
	}
	if got := getIdea(t, s, i.ID); got.Title != "Жарамды" || got.Rev != 1 {
		t.Errorf("stored %q rev %d after a refused update", got.Title, got.Rev)
	}
	if h, _ := s.History(model.KindIdea, i.ID); len(h) != 0 {
		t.Errorf("refused update wrote %d history revisions", len(h))
	}

	i.Title = "Жарамды\x1b[31m"
	if err := s.Update(i); err == nil {
		t.Error("a title with an escape sequence was stored")
	}
}

func TestUpdateUnknown(t *testing.T) {
	s, _ := newStore(t)
	i := newIdea("Сақталмаған", "draft")
	i.ID = model.NewID()
	if err := s.Update(i); !errors.Is(err, storage.ErrNotFound) {
		t.Errorf("update of a record never created: %v, want ErrNotFound", err)
	}
	if n := count(t, s, model.KindIdea); n != 0 {
		t.Errorf("%d ideas", n)
	}
}

func TestDelete(t *testing.T) {
	s, clk := newStore(t)
	p := newPerson("Асель Жақсылықова", "+77051112233")
	p.IIN = validIIN(t, 1)
	other := newPerson("Болат Ахметов", "+77051112244")
	mustCreate(t, s, p)
	mustCreate(t, s, other)
	live := p.Envelope

	clk.Add(time.Hour)
	s.SetActor("Данияр")
	if err := s.Delete(model.KindPerson, p.ID); err != nil {
		t.Fatalf("delete: %v", err)
	}

	r, err := s.Get(model.KindPerson, p.ID)
	if err != nil {
		t.Fatalf("Get of a deleted record: %v, want the tombstone", err)
	}
	tomb := r.(*model.Person)
	if !tomb.Deleted || tomb.Rev != 2 || tomb.BaseRev != 1 || tomb.UpdatedBy != "Данияр" ||
		!tomb.UpdatedAt.Equal(clk.Now()) || tomb.HLC <= live.HLC {
		t.Errorf("tombstone envelope %+v", tomb.Envelope)
	}

	var listed []string
	if err := s.List(model.KindPerson, func(r model.Record) error {
		listed = append(listed, r.Env().ID)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if len(listed) != 1 || listed[0] != other.ID {
		t.Errorf("List after delete = %v, want only %s", listed, other.ID)
	}
	if n := count(t, s, model.KindPerson); n != 1 {
		t.Errorf("Count after delete = %d, want 1", n)
	}

	h, err := s.History(model.KindPerson, p.ID)
	if err != nil || len(h) != 1 {
		t.Fatalf("history %v, %v", h, err)
	}
	if old := h[0].(*model.Person); old.Envelope != live || old.FullName != "Асель Жақсылықова" || old.Phone != "+77051112233" {
		t.Errorf("live revision in history: %+v", old)
	}

	if _, err := s.PersonByPhone("+77051112233"); !errors.Is(err, storage.ErrNotFound) {
		t.Errorf("PersonByPhone finds a deleted person: %v", err)
	}
	if _, err := s.PersonByIIN(p.IIN); !errors.Is(err, storage.ErrNotFound) {
		t.Errorf("PersonByIIN finds a deleted person: %v", err)
	}

	// Deleting again changes nothing.
	if err := s.Delete(model.KindPerson, p.ID); err != nil {
		t.Errorf("second delete: %v", err)
	}
	if r, _ := s.Get(model.KindPerson, p.ID); r.Env().Rev != 2 {
		t.Errorf("second delete made rev %d", r.Env().Rev)
	}
	if h, _ := s.History(model.KindPerson, p.ID); len(h) != 1 {
		t.Errorf("second delete: %d history revisions, want 1", len(h))
	}

	// Editing from the revision before the delete is stale: a delete is never undone by accident.
	p.FullName = "Асель Ж."
	if err := s.Update(p); !errors.Is(err, storage.ErrStale) {
		t.Errorf("update of a deleted record from its old rev: %v, want ErrStale", err)
	}
}

func TestGetUnknown(t *testing.T) {
	s, _ := newStore(t)
	mustCreate(t, s, newIdea("Бар", "draft"))
	for _, id := range []string{model.NewID(), "", "nonsense"} {
		if _, err := s.Get(model.KindIdea, id); !errors.Is(err, storage.ErrNotFound) {
			t.Errorf("Get(%q): %v, want ErrNotFound", id, err)
		}
		if err := s.Delete(model.KindIdea, id); !errors.Is(err, storage.ErrNotFound) {
			t.Errorf("Delete(%q): %v, want ErrNotFound", id, err)
		}
		if _, err := s.History(model.KindIdea, id); id == "nonsense" && !errors.Is(err, storage.ErrNotFound) {
			t.Errorf("History(%q): %v, want ErrNotFound", id, err)
		}
	}
	if _, err := s.Get("spaceship", model.NewID()); !errors.Is(err, storage.ErrUnknownKind) {
		t.Errorf("Get of an unknown kind: %v, want ErrUnknownKind", err)
	}
	// An idea's id is not a person's.
	i := newIdea("Идея", "draft")
	mustCreate(t, s, i)
	if _, err := s.Get(model.KindPerson, i.ID); !errors.Is(err, storage.ErrNotFound) {
		t.Errorf("Get as the wrong kind: %v, want ErrNotFound", err)
	}
	if _, err := storage.GetAs[*model.Person](s, model.KindIdea, i.ID); err == nil {
		t.Error("GetAs with the wrong type succeeded")
	}
}

func TestListOrderAndStop(t *testing.T) {
	s, clk := newStore(t)
	var ids []string
	for n := range 5 {
		i := newIdea(fmt.Sprint("Идея ", n), "draft")
		mustCreate(t, s, i)
		ids = append(ids, i.ID)
		clk.Add(time.Millisecond)
		time.Sleep(2 * time.Millisecond) // UUIDv7 ids order by the real clock
	}
	var got []string
	if err := s.List(model.KindIdea, func(r model.Record) error {
		got = append(got, r.Env().ID)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(got) != fmt.Sprint(ids) {
		t.Errorf("List order\n got %v\nwant %v (oldest first)", got, ids)
	}

	stop := errors.New("enough")
	n := 0
	err := s.List(model.KindIdea, func(model.Record) error {
		n++
		if n == 2 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 2 {
		t.Errorf("List stopped after %d with %v, want 2 and the callback's error", n, err)
	}
}

func TestConcurrentWrites(t *testing.T) {
	s, _ := newStore(t)
	const workers, each = 4, 10
	var wg sync.WaitGroup
	errs := make(chan error, workers*each*2)
	hlcs := make(chan uint64, workers*each*2)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.SetActor(fmt.Sprint("кеңесші ", w))
			for n := range each {
				i := newIdea(fmt.Sprintf("Идея %d-%d", w, n), "draft")
				if err := s.Create(i); err != nil {
					errs <- err
					return
				}
				hlcs <- i.HLC
				i.Status = "consulting"
				if err := s.Update(i); err != nil {
					errs <- err
					return
				}
				hlcs <- i.HLC
			}
		}()
	}
	wg.Wait()
	close(errs)
	close(hlcs)
	for err := range errs {
		t.Error(err)
	}
	seen := map[uint64]bool{}
	for h := range hlcs {
		if seen[h] {
			t.Errorf("HLC %d issued twice", h)
		}
		seen[h] = true
	}
	sum, err := s.Summary("2026-02-13")
	if err != nil || sum.Ideas != workers*each || sum.IdeasByStatus["consulting"] != workers*each {
		t.Errorf("summary %+v, %v", sum, err)
	}
}
