package storage

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"frontoffice/model"

	bolt "go.etcd.io/bbolt"
)

func newTestPerson(name, phone string) *model.Person {
	p := model.New(model.KindPerson).(*model.Person)
	p.FullName, p.Phone, p.Consent = name, phone, true
	return p
}

func TestCleanShutdownMarker(t *testing.T) {
	path := filepath.Join(t.TempDir(), "store.db")
	s := openChecked(t, path)
	if s.Recovered {
		t.Error("a new store counts as recovered")
	}
	p := newTestPerson("Мадина", "+77011234567")
	if err := s.Create(p); err != nil {
		t.Fatal(err)
	}

	// The program dies: the file is released without Store.Close.
	if err := s.db.Close(); err != nil {
		t.Fatal(err)
	}
	said := false
	s, err := OpenWith(path, Options{Checking: func() { said = true }})
	if err != nil {
		t.Fatal(err)
	}
	if !s.Recovered || !said {
		t.Errorf("after an unclean stop: Recovered %v, told it was checking %v", s.Recovered, said)
	}
	if len(s.Problems) != 0 {
		t.Errorf("Problems after an unclean stop of a sound store: %q", s.Problems)
	}
	if got, err := s.PersonByPhone("+77011234567"); err != nil || got.ID != p.ID {
		t.Errorf("the committed record after the unclean stop: %v, %v", got, err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	s = openChecked(t, path)
	if s.Recovered || len(s.Problems) != 0 {
		t.Errorf("after a clean close: Recovered %v, Problems %q", s.Recovered, s.Problems)
	}
}

// rawUpdate changes the file behind the store's back, as a bug or a bad disk would.
func rawUpdate(t *testing.T, s *Store, fn func(tx *bolt.Tx) error) {
	t.Helper()
	// Straight to bbolt, as a hand fixing the file would: a store Check
	// found damaged is mended here, and its mark goes with the damage.
	if err := s.db.current().Update(fn); err != nil {
		t.Fatal(err)
	}
	s.db.damage.Store(nil)
}

func hasProblem(problems []string, words ...string) bool {
	for _, p := range problems {
		all := true
		for _, w := range words {
			all = all && strings.Contains(p, w)
		}
		if all {
			return true
		}
	}
	return false
}

func TestCheckFindsBrokenIndex(t *testing.T) {
	path := filepath.Join(t.TempDir(), "store.db")
	s := openChecked(t, path)
	p := newTestPerson("Мадина", "+77011234567")
	if err := s.Create(p); err != nil {
		t.Fatal(err)
	}
	if got := s.Check(); len(got) != 0 {
		t.Fatalf("sound store: %q", got)
	}
	key, _ := idKey(p.ID)
	entry := indexKey(p.Phone, key)

	// An index entry goes missing.
	rawUpdate(t, s, func(tx *bolt.Tx) error {
		return tx.Bucket(bucketIndex).Bucket([]byte(ixPersonPhone)).Delete(entry)
	})
	got := s.Check()
	if !hasProblem(got, ixPersonPhone, "missing", p.Phone) {
		t.Errorf("Check with a missing index entry: %q", got)
	}

	// The program stops uncleanly with the index still broken: the next open says so.
	s.db.Close()
	s = openChecked(t, path)
	if !s.Recovered || !hasProblem(s.Problems, ixPersonPhone, "missing") {
		t.Errorf("open after an unclean stop: Recovered %v, Problems %q", s.Recovered, s.Problems)
	}

	// A stray entry points at a record that does not hold the value.
	stray := indexKey("+77019999999", key)
	rawUpdate(t, s, func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketIndex).Bucket([]byte(ixPersonPhone))
		if err := b.Put(entry, nil); err != nil {
			return err
		}
		return b.Put(stray, nil)
	})
	got = s.Check()
	if len(got) != 1 || !hasProblem(got, ixPersonPhone, "stray", "+77019999999") {
		t.Errorf("Check with a stray index entry: %q", got)
	}
	rawUpdate(t, s, func(tx *bolt.Tx) error {
		return tx.Bucket(bucketIndex).Bucket([]byte(ixPersonPhone)).Delete(stray)
	})
	if got := s.Check(); len(got) != 0 {
		t.Errorf("repaired store: %q", got)
	}
}

func TestCheckFindsBrokenRecords(t *testing.T) {
	path := filepath.Join(t.TempDir(), "store.db")
	s := openChecked(t, path)
	p := newTestPerson("Мадина", "+77011234567")
	if err := s.Create(p); err != nil {
		t.Fatal(err)
	}
	p.FullName = "Мадина Т."
	if err := s.Update(p); err != nil {
		t.Fatal(err)
	}
	key, _ := idKey(p.ID)
	good := map[string][]byte{}
	rawUpdate(t, s, func(tx *bolt.Tx) error {
		good["rec"] = append([]byte(nil), tx.Bucket(bucketRecords).Bucket([]byte(model.KindPerson)).Get(key)...)
		hk, v := tx.Bucket(bucketHistory).Bucket([]byte(model.KindPerson)).Cursor().Seek(key)
		if len(hk) != histKeyLen || getRev(hk) != 1 {
			t.Fatalf("history key %x", hk)
		}
		good["hist"] = append([]byte(nil), v...)
		return nil
	})

	for _, tc := range []struct {
		name   string
		damage func(tx *bolt.Tx) error
		words  []string
	}{
		{"record not JSON", func(tx *bolt.Tx) error {
			return tx.Bucket(bucketRecords).Bucket([]byte(model.KindPerson)).Put(key, []byte("{broken"))
		}, []string{"records/person"}},
		{"record under another id", func(tx *bolt.Tx) error {
			other, _ := idKey(model.NewID())
			return tx.Bucket(bucketRecords).Bucket([]byte(model.KindPerson)).Put(other, good["rec"])
		}, []string{"records/person", "id"}},
		{"history rev differs from key", func(tx *bolt.Tx) error {
			env := model.Envelope{Rev: 5}
			hk := histKey(key, &env, good["hist"])
			return tx.Bucket(bucketHistory).Bucket([]byte(model.KindPerson)).Put(hk, good["hist"])
		}, []string{"history/person", "rev"}},
		{"wrong schema version", func(tx *bolt.Tx) error {
			return tx.Bucket(bucketMeta).Put(keySchema, u64(1))
		}, []string{"schema version 1"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := dump(t, s.db.current())
			rawUpdate(t, s, tc.damage)
			if got := s.Check(); !hasProblem(got, tc.words...) {
				t.Errorf("Check: %q, want a problem with %q", got, tc.words)
			}
			// Put the file back as it was.
			rawUpdate(t, s, func(tx *bolt.Tx) error {
				return restore(tx, before)
			})
			if got := s.Check(); len(got) != 0 {
				t.Fatalf("after restoring: %q", got)
			}
		})
	}
}

// restore puts back the records, history and meta of a dump made with dump,
// removing keys added since.
func restore(tx *bolt.Tx, before map[string]string) error {
	for _, top := range [][]byte{bucketRecords, bucketHistory} {
		for _, k := range model.Kinds() {
			b := tx.Bucket(top).Bucket([]byte(k))
			var keys [][]byte
			b.ForEach(func(key, _ []byte) error { keys = append(keys, append([]byte(nil), key...)); return nil })
			for _, key := range keys {
				name := string(top) + "/" + string(k) + "/" + string(key)
				if v, ok := before[name]; ok {
					if err := b.Put(key, []byte(v)); err != nil {
						return err
					}
				} else if err := b.Delete(key); err != nil {
					return err
				}
			}
		}
	}
	return tx.Bucket(bucketMeta).Put(keySchema, []byte(before["meta/"+string(keySchema)]))
}

// TestCancelledBackupLeavesNothing: a backup stopped by Close (the app quitting
// mid-copy) removes its temporary file and never bears the final name.
func TestCancelledBackupLeavesNothing(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(filepath.Join(dir, "fo.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	target := filepath.Join(dir, "backups", "fo-2026-01-01.db")
	if err := s.backupFile(ctx, target, nil); err == nil {
		t.Fatal("a cancelled backup should fail")
	}
	left, _ := os.ReadDir(filepath.Join(dir, "backups"))
	if len(left) != 0 {
		t.Fatalf("left behind: %v", left)
	}
	// A stale temporary file from a killed run is cleared by the next AutoBackup.
	stale := filepath.Join(dir, "backups", ".backup-123.tmp")
	if err := os.WriteFile(stale, []byte("half"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := s.AutoBackup(time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(stale); !os.IsNotExist(err) {
		t.Fatal("stale temporary file was not removed")
	}
}

// BackupNow tells its progress up to the whole size, writes a copy that
// opens and passes check, and is not taken for a daily backup; cancelled
// midway it leaves nothing.
func TestBackupNowProgressAndCancel(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(filepath.Join(dir, "fo.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var people []model.Record
	for i := range 3000 { // a few megabytes, so progress is told more than once
		p := model.New(model.KindPerson).(*model.Person)
		p.ID, p.Rev, p.FullName, p.Consent, p.Notes = model.NewID(), 1, "Адам "+strconv.Itoa(i), true, strings.Repeat("жазба ", 200)
		people = append(people, p)
	}
	if err := s.InsertBatch(people); err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 3, 2, 14, 5, 9, 0, time.UTC)
	var calls int
	var last, total int64
	name, err := s.BackupNow(context.Background(), now, func(done, all int64) { calls, last, total = calls+1, done, all })
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Base(name) != "fo-2026-03-02-140509.db" || calls < 2 || last != total || total == 0 {
		t.Fatalf("BackupNow: %s, %d progress calls, last %d of %d", name, calls, last, total)
	}
	c, err := Open(name)
	if err != nil {
		t.Fatal(err)
	}
	if p := c.Check(); len(p) > 0 {
		t.Errorf("the copy: %v", p)
	}
	if n, _ := c.Count(model.KindPerson); n != 3000 {
		t.Errorf("the copy has %d people", n)
	}
	c.Close()
	if s.LastBackup() != "" {
		t.Errorf("a backup made by hand counted as the daily one: %q", s.LastBackup())
	}

	ctx, cancel := context.WithCancel(context.Background())
	_, err = s.BackupNow(ctx, now.Add(time.Minute), func(done, all int64) {
		if done > all/3 {
			cancel()
		}
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled backup: %v", err)
	}
	left, _ := os.ReadDir(s.BackupDir())
	if len(left) != 1 {
		t.Errorf("a cancelled backup left something: %v", left)
	}
}
