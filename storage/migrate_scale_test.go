package storage

import (
	"encoding/json"
	"path/filepath"
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
// for a busy machine).
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
		start := time.Now()
		if err := db.Update(migrateSync); err != nil {
			t.Fatal(err)
		}
		d := time.Since(start)
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
	// The least of five runs of each: another process busy on the machine
	// only ever adds time, so the minimum is the migration's own cost.
	least := func(n int) time.Duration {
		best := took(n)
		for range 4 {
			best = min(best, took(n))
		}
		return best
	}
	small, big := least(4000), least(16000)
	t.Logf("4 000 records: %v; 16 000: %v (×%.1f)", small, big, float64(big)/float64(small))
	if big > 10*small {
		t.Errorf("migration 11 grows faster than linearly: %v for 4 000 records, %v for 16 000", small, big)
	}
}
