package storage_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/storage"
)

func TestOpenCreatesFolderAndFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a", "b", "store.db")
	clk := newClock(day0)
	s, done := openStore(t, path, clk)

	fi, err := os.Stat(path)
	if err != nil {
		t.Fatalf("store file: %v", err)
	}
	if perm := fi.Mode().Perm(); perm != 0o600 {
		t.Errorf("store file mode %v, want 0600 (personal data)", perm)
	}
	if fi, err := os.Stat(filepath.Dir(path)); err != nil || !fi.IsDir() {
		t.Fatalf("store folder: %v", err)
	} else if perm := fi.Mode().Perm(); perm&0o077 != 0 {
		t.Errorf("store folder mode %v, want no access for others", perm)
	}
	if s.Path() != path {
		t.Errorf("Path() = %q, want %q", s.Path(), path)
	}
	if v, err := s.SchemaVersion(); err != nil || v != storage.CurrentSchema() {
		t.Errorf("SchemaVersion() = %d, %v; want %d", v, err, storage.CurrentSchema())
	}
	id := s.OfficeID()
	if !model.ValidID(id) {
		t.Errorf("OfficeID() = %q, not an id", id)
	}
	if s.Recovered || len(s.Problems) > 0 {
		t.Errorf("a new store: Recovered %v, Problems %q", s.Recovered, s.Problems)
	}
	done()

	s, _ = openStore(t, path, clk)
	if s.OfficeID() != id {
		t.Errorf("reopened OfficeID() = %q, want %q", s.OfficeID(), id)
	}
	if v, err := s.SchemaVersion(); err != nil || v != storage.CurrentSchema() {
		t.Errorf("reopened SchemaVersion() = %d, %v; want %d", v, err, storage.CurrentSchema())
	}
	if s.Recovered {
		t.Error("Recovered after a clean close")
	}
}

func TestOpenInUse(t *testing.T) {
	s, _ := newStore(t)
	path := s.Path()

	for _, tc := range []struct {
		name string
		open func() (*storage.Store, error)
	}{
		{"short timeout", func() (*storage.Store, error) {
			return storage.OpenWith(path, storage.Options{Timeout: 300 * time.Millisecond})
		}},
		{"default Open", func() (*storage.Store, error) { return storage.Open(path) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			s2, err := tc.open()
			took := time.Since(start)
			if err == nil {
				s2.Close()
				t.Fatal("a second open of a store in use succeeded")
			}
			if !errors.Is(err, storage.ErrInUse) {
				t.Errorf("second open: %v, want ErrInUse", err)
			}
			if !strings.Contains(err.Error(), "in use") {
				t.Errorf("message %q does not say the store is in use", err)
			}
			// It gave up because its wait ran out, not because it hung: a
			// generous bound, since a busy machine may be slow to wake it.
			if took > storage.LockTimeout+20*time.Second {
				t.Errorf("second open took %v: it hangs instead of giving up", took)
			}
		})
	}

	// The first store is untouched by the failed attempts.
	p := newPerson("Ержан Сапаров", "+77011234567")
	mustCreate(t, s, p)
	if got, err := s.PersonByPhone("+77011234567"); err != nil || got.ID != p.ID {
		t.Errorf("first store after the refused opens: %v, %v", got, err)
	}
}

func TestOpenAfterOtherClosed(t *testing.T) {
	path := filepath.Join(t.TempDir(), "store.db")
	clk := newClock(day0)
	_, done := openStore(t, path, clk)
	done()
	// The lock is released with Close: the next program gets the store at
	// once, so an open that does not wait for the lock at all succeeds.
	s, err := storage.OpenWith(path, storage.Options{Timeout: time.Nanosecond, Now: clk.Now})
	if err != nil {
		t.Fatalf("open right after close: %v", err)
	}
	s.Close()
}

// TestLockTimeoutKeepsThePromise: a second program gives up on a store in
// use within 2 s (DESIGN.md §8); the wait itself is LockTimeout, which leaves
// a second for the program to start and say so.
func TestLockTimeoutKeepsThePromise(t *testing.T) {
	if storage.LockTimeout > time.Second {
		t.Errorf("LockTimeout %v leaves no room under the promised 2 s", storage.LockTimeout)
	}
}

func TestOpenNotAStore(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notes.txt")
	if err := os.WriteFile(path, []byte(strings.Repeat("not a bbolt file\n", 1000)), 0o600); err != nil {
		t.Fatal(err)
	}
	if s, err := storage.Open(path); err == nil {
		s.Close()
		t.Fatal("opened a text file as a store")
	} else if !strings.Contains(err.Error(), path) {
		t.Errorf("error %q does not name the file", err)
	}
}

func TestSettings(t *testing.T) {
	path := filepath.Join(t.TempDir(), "store.db")
	clk := newClock(day0)
	s, done := openStore(t, path, clk)

	if v, err := s.Setting("lang"); err != nil || v != "" {
		t.Errorf("unset setting = %q, %v; want empty", v, err)
	}
	for k, v := range map[string]string{"lang": "kk", "consultant": "Айгерим Нұрланқызы"} {
		if err := s.SetSetting(k, v); err != nil {
			t.Fatalf("SetSetting(%q): %v", k, err)
		}
	}
	if err := s.SetSetting("lang", "ru"); err != nil {
		t.Fatal(err)
	}
	done()

	s, _ = openStore(t, path, clk)
	for k, want := range map[string]string{"lang": "ru", "consultant": "Айгерим Нұрланқызы"} {
		if v, err := s.Setting(k); err != nil || v != want {
			t.Errorf("after reopen Setting(%q) = %q, %v; want %q", k, v, err, want)
		}
	}
}

func TestOffice(t *testing.T) {
	path := filepath.Join(t.TempDir(), "store.db")
	clk := newClock(day0)
	s, done := openStore(t, path, clk)
	s.SetActor("Айгерим")

	o, err := s.Office()
	if err != nil {
		t.Fatalf("Office() on a new store: %v", err)
	}
	if o.Rev != 0 || o.ID != s.OfficeID() || o.Kind != model.KindOffice {
		t.Errorf("unsaved office: rev %d id %q kind %q; want rev 0, id %q, kind office",
			o.Rev, o.ID, o.Kind, s.OfficeID())
	}
	if n := count(t, s, model.KindOffice); n != 0 {
		t.Errorf("%d office records before saving, want 0", n)
	}

	// Saving without a name is refused and stores nothing.
	if err := s.SaveOffice(o); err == nil {
		t.Error("SaveOffice without a name succeeded")
	} else if fe, ok := model.AsFieldErrors(err); !ok || fe.For("name") != model.ReasonRequired {
		t.Errorf("SaveOffice without a name: %v, want name required", err)
	}
	if o.Rev != 0 {
		t.Errorf("refused save left rev %d", o.Rev)
	}

	o.Name = "Жастар ресурстық орталығы"
	o.Region = "astana"
	o.Consultants = []string{"Айгерим", "Данияр"}
	if err := s.SaveOffice(o); err != nil {
		t.Fatalf("first SaveOffice: %v", err)
	}
	if o.Rev != 1 || o.Origin != s.OfficeID() {
		t.Errorf("created office rev %d origin %q", o.Rev, o.Origin)
	}

	o2, err := s.Office()
	if err != nil || o2.Rev != 1 || o2.Name != o.Name {
		t.Fatalf("Office() after save = %+v, %v", o2, err)
	}
	o2.Name = "Жастар орталығы"
	if err := s.SaveOffice(o2); err != nil {
		t.Fatalf("second SaveOffice: %v", err)
	}
	if o2.Rev != 2 || o2.BaseRev != 1 {
		t.Errorf("updated office rev %d base %d, want 2 and 1", o2.Rev, o2.BaseRev)
	}
	done()

	s, _ = openStore(t, path, clk)
	o3, err := s.Office()
	if err != nil || o3.Rev != 2 || o3.Name != "Жастар орталығы" || o3.ID != s.OfficeID() {
		t.Errorf("Office() after reopen = %+v, %v", o3, err)
	}
	h, err := s.History(model.KindOffice, s.OfficeID())
	if err != nil || len(h) != 1 || h[0].(*model.Office).Name != "Жастар ресурстық орталығы" {
		t.Errorf("office history = %v, %v", h, err)
	}
	if n := count(t, s, model.KindOffice); n != 1 {
		t.Errorf("%d office records, want 1", n)
	}
}

func TestActor(t *testing.T) {
	s, _ := newStore(t)
	s.SetActor("Данияр")
	if s.Actor() != "Данияр" {
		t.Errorf("Actor() = %q", s.Actor())
	}
	i := newIdea("Саябақты тазалау", "draft")
	mustCreate(t, s, i)
	s.SetActor("Айгерим")
	i.Status = "consulting"
	mustUpdate(t, s, i)
	h, err := s.History(model.KindIdea, i.ID)
	if err != nil || len(h) != 1 {
		t.Fatalf("history %v, %v", h, err)
	}
	if h[0].Env().UpdatedBy != "Данияр" || i.UpdatedBy != "Айгерим" {
		t.Errorf("updated_by: first %q, then %q", h[0].Env().UpdatedBy, i.UpdatedBy)
	}
}
