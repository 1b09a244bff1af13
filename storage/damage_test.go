package storage_test

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"frontoffice/storage/storetest"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/storage"
)

// pageSize is bbolt's page size on the machines the tests run on.
const pageSize = 4096

// damagePage writes 4 KB of random bytes over page n of the file at path,
// from a seeded generator whose seed the log shows (rerun with the same).
func damagePage(t *testing.T, path string, n int64, seed int64) {
	t.Helper()
	buf := make([]byte, pageSize)
	rand.New(rand.NewSource(seed)).Read(buf)
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.WriteAt(buf, n*pageSize); err != nil {
		t.Fatal(err)
	}
	t.Logf("damaged page %d of %s with 4 KB from math/rand seed %d", n, filepath.Base(path), seed)
}

// leafWith finds a leaf page (bbolt's flag 0x02 at offset 8) of the file
// whose bytes hold marker, the last such page before skip of them: a page of
// records in use.
func leafWith(t *testing.T, path, marker string, skip int) int64 {
	return storetest.LeafWith(t, path, marker, skip)
}

// seed is the random seed of this run's damage, shown in the log.
func seed(t *testing.T) int64 {
	s := time.Now().UnixNano()
	if v := os.Getenv("FRONTOFFICE_DAMAGE_SEED"); v != "" {
		fmt.Sscan(v, &s)
	}
	t.Logf("damage seed %d (FRONTOFFICE_DAMAGE_SEED=%d reruns it)", s, s)
	return s
}

// filled makes a store of 400 ideas and 60 people at path and closes it.
func filled(t *testing.T, path string) (ideas map[string]string) {
	t.Helper()
	s, err := storage.OpenWith(path, storage.Options{Now: newClock(day0).Now})
	if err != nil {
		t.Fatal(err)
	}
	ideas = map[string]string{}
	var batch []model.Record
	for i := range 400 {
		idea := newIdea(fmt.Sprintf("Идея номер %03d", i), "draft")
		idea.Summary = strings.Repeat("Сипаттама ", 20)
		batch = append(batch, idea)
	}
	for i := range 60 {
		batch = append(batch, newPerson(fmt.Sprintf("Адам %02d", i), fmt.Sprintf("+7701%07d", i)))
	}
	if _, _, err := s.SaveBatch(batch); err != nil {
		t.Fatal(err)
	}
	for _, r := range batch {
		if i, ok := r.(*model.Idea); ok {
			ideas[i.ID] = i.Title
		}
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return ideas
}

func TestDamagedDataPageIsErrDamaged(t *testing.T) {
	path := filepath.Join(t.TempDir(), "fo.db")
	filled(t, path)
	damagePage(t, path, leafWith(t, path, `"kind":"idea"`, 2), seed(t))

	s, err := storage.Open(path)
	if err != nil {
		if !errors.Is(err, storage.ErrDamaged) {
			t.Fatalf("open: %v, want ErrDamaged or success", err)
		}
		return // damage met while opening: as good
	}
	defer s.Close()
	if err := s.List(model.KindIdea, func(model.Record) error { return nil }); !errors.Is(err, storage.ErrDamaged) {
		t.Fatalf("listing ideas over a damaged page: %v, want ErrDamaged", err)
	}
	var de *storage.DamagedError
	if !errors.As(s.Damage(), &de) || de.Path != path {
		t.Fatalf("Damage() = %v, want a DamagedError naming %s", s.Damage(), path)
	}
	// From now on nothing is written over the damage.
	if err := s.Create(newPerson("Жаңа", "+77019999999")); !errors.Is(err, storage.ErrDamaged) {
		t.Errorf("a save on a damaged store: %v, want ErrDamaged", err)
	}
	if p := s.Check(); len(p) == 0 {
		t.Error("Check found nothing in a damaged store")
	}
	if err := s.QuickCheck(); !errors.Is(err, storage.ErrDamaged) {
		t.Errorf("QuickCheck: %v, want ErrDamaged", err)
	}
}

func TestQuickCheckFindsADamagedPageAtOnce(t *testing.T) {
	path := filepath.Join(t.TempDir(), "fo.db")
	filled(t, path)
	s, err := storage.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.QuickCheck(); err != nil {
		t.Fatalf("QuickCheck of a sound store: %v", err)
	}
	s.Close()
	damagePage(t, path, leafWith(t, path, `"kind":"person"`, 0), seed(t))
	s, err = storage.Open(path)
	if errors.Is(err, storage.ErrDamaged) {
		return
	}
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	done := make(chan error, 1)
	go func() { done <- s.WaitDamaged() }()
	if err := s.QuickCheck(); !errors.Is(err, storage.ErrDamaged) {
		t.Fatalf("QuickCheck: %v, want ErrDamaged", err)
	}
	if err := <-done; !errors.Is(err, storage.ErrDamaged) {
		t.Errorf("WaitDamaged: %v", err)
	}
}

func TestDamagedMetaPages(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "fo.db")
	filled(t, path)
	// One meta page: bbolt takes the other, one transaction older (the
	// clean mark of the last close): the store opens, checks clean.
	one := filepath.Join(dir, "one.db")
	copyTo(t, path, one)
	damagePage(t, one, 0, seed(t))
	s, err := storage.Open(one)
	if err != nil {
		t.Fatalf("open with one meta page damaged: %v", err)
	}
	if p := s.Check(); len(p) > 0 {
		t.Errorf("check: %v", p)
	}
	if n, _ := s.Count(model.KindIdea); n != 400 {
		t.Errorf("ideas: %d, want 400", n)
	}
	s.Close()
	// Both: a damaged store, not "invalid database".
	both := filepath.Join(dir, "both.db")
	copyTo(t, path, both)
	damagePage(t, both, 0, seed(t))
	damagePage(t, both, 1, seed(t)+1)
	if _, err := storage.Open(both); !errors.Is(err, storage.ErrDamaged) {
		t.Errorf("open with both meta pages damaged: %v, want ErrDamaged", err)
	}
	// A file that never was a store is not called damaged.
	other := filepath.Join(dir, "other.db")
	os.WriteFile(other, bytes.Repeat([]byte("not a store "), 4000), 0o600)
	if _, err := storage.Open(other); err == nil || errors.Is(err, storage.ErrDamaged) {
		t.Errorf("open a file that is no store: %v, want an error other than ErrDamaged", err)
	}
}

func TestDamagedFreeListIsErrDamagedAtOpen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "fo.db")
	filled(t, path)
	data, _ := os.ReadFile(path)
	for n := int64(2); (n+1)*pageSize <= int64(len(data)); n++ {
		p := data[n*pageSize:]
		if binary.LittleEndian.Uint64(p) == uint64(n) && binary.LittleEndian.Uint16(p[8:]) == 0x10 {
			damagePage(t, path, n, seed(t))
			_, err := storage.Open(path)
			if !errors.Is(err, storage.ErrDamaged) {
				t.Fatalf("open with the free list damaged: %v, want ErrDamaged", err)
			}
			// The failed open let go of the file: it can be moved aside.
			if _, err := storage.Restore(path, "", day0); !errors.Is(err, storage.ErrNoGoodBackup) {
				t.Errorf("restore after a failed open: %v, want ErrNoGoodBackup (not in use)", err)
			}
			return
		}
	}
	t.Fatal("no free-list page found")
}

func copyTo(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(to), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o600); err != nil {
		t.Fatal(err)
	}
}

// A record whose text was changed in the file while its page stayed
// well-formed (bbolt sees nothing wrong) is damage too: no "decode" error
// reaches a person, and the store refuses writes.
func TestGarbledRecordIsDamage(t *testing.T) {
	path := filepath.Join(t.TempDir(), "fo.db")
	filled(t, path)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	at := bytes.Index(data, []byte(`"title":"Идея номер 123`))
	if at < 0 {
		t.Fatal("idea 123 not found in the file")
	}
	f, _ := os.OpenFile(path, os.O_RDWR, 0)
	f.WriteAt([]byte(`"title":}`), int64(at))
	f.Close()

	s, err := storage.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.QuickCheck(); err != nil {
		t.Logf("the quick check reads pages, not records: %v", err)
	}
	err = s.List(model.KindIdea, func(model.Record) error { return nil })
	var de *storage.DamagedError
	if !errors.As(err, &de) {
		t.Fatalf("listing ideas with one garbled: %v, want a DamagedError", err)
	}
	if err := s.Create(newPerson("Жаңа", "+77019999999")); !errors.Is(err, storage.ErrDamaged) {
		t.Errorf("a save after that: %v, want ErrDamaged", err)
	}
}
