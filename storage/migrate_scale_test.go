package storage

import (
	"encoding/json"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"frontoffice/model"

	bolt "go.etcd.io/bbolt"
)

// Migration 11 re-keys history and marks every record changed in one
// transaction. bbolt splits pages only at commit, so writing into the middle
// of a big bucket costs a move of every later key: done that way the
// migration took 39 s on a 40 000-idea store and over ten minutes at
// 100 000. It must grow linearly: four times the records may take at most
// ten times as long (linear is four, quadratic sixteen; the room between is
// for a busy machine). It is timed by the CPU the migrating thread used, not
// the wall clock: on a machine at load 20 the wall clock of one run waits on
// others' work and the ratio failed.
func TestMigrationSyncIsLinear(t *testing.T) {
	took := func(n int) time.Duration {
		path := filepath.Join(t.TempDir(), "fo.db")
		s, err := Open(path)
		if err != nil {
			t.Fatal(err)
		}
		db := s.db
		err = db.Update(func(tx *bolt.Tx) error {
			// Old-style history (id+rev keys) and records, as schema 9 had.
			h, _ := kindBucket(tx, bucketHistory, model.KindIdea)
			r, _ := kindBucket(tx, bucketRecords, model.KindIdea)
			people, _ := kindBucket(tx, bucketRecords, model.KindPerson)
			for i := range n {
				p := model.New(model.KindPerson).(*model.Person)
				p.ID, p.FullName, p.Consent, p.Rev, p.HLC = model.NewID(), "Айгерім", true, 1, uint64(i+1)
				pv, _ := json.Marshal(p)
				pk, _ := idKey(p.ID)
				if err := people.Put(pk, pv); err != nil {
					return err
				}
				idea := model.New(model.KindIdea).(*model.Idea)
				idea.ID, idea.Title, idea.Rev, idea.HLC = model.NewID(), "Таза аула", 1, uint64(i+1)
				v, _ := json.Marshal(idea)
				key, _ := idKey(idea.ID)
				if err := h.Put(append(append([]byte(nil), key...), u64(1)...), v); err != nil {
					return err
				}
				if err := r.Put(key, v); err != nil {
					return err
				}
			}
			return tx.DeleteBucket(bucketSync)
		})
		if err != nil {
			t.Fatal(err)
		}
		d, err := migrationCost(func() error { return db.Update(migrateSync) })
		if err != nil {
			t.Fatal(err)
		}
		db.View(func(tx *bolt.Tx) error {
			h, _ := kindBucket(tx, bucketHistory, model.KindIdea)
			if got := h.Stats().KeyN; got != n {
				t.Errorf("history has %d entries after re-keying %d", got, n)
			}
			return nil
		})
		s.Close()
		return d
	}
	// The least of five runs of each, the two sizes alternated: another
	// process busy on the machine only ever adds time (even to the thread's
	// own CPU time, through caches), so the minimum is the migration's cost.
	small, big := time.Duration(1<<62), time.Duration(1<<62)
	for range 5 {
		small, big = min(small, took(4000)), min(big, took(16000))
	}
	t.Logf("4 000 records: %v; 16 000: %v (×%.1f)", small, big, float64(big)/float64(small))
	if big > 10*small {
		t.Errorf("migration 11 grows faster than linearly: %v for 4 000 records, %v for 16 000", small, big)
	}
}

// migrationCost runs fn on a pinned thread and says the CPU time that thread
// spent in it (the wall clock where the system does not tell a thread's own).
func migrationCost(fn func() error) (time.Duration, error) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	start, ok := threadCPU()
	t0 := time.Now()
	err := fn()
	if end, ok2 := threadCPU(); ok && ok2 {
		return end - start, err
	}
	return time.Since(t0), err
}
