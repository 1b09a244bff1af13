package storage

import (
	"bytes"
	"math/rand/v2"
	"path/filepath"
	"testing"
	"time"

	"frontoffice/model"

	bolt "go.etcd.io/bbolt"
)

// TestAbsentNeverHidesARecord holds mergeTx.absent, the merge's way of
// skipping the existence look-up of a record beyond the bucket's last key:
// whatever keys a records bucket held before and whatever the batch put
// since (ascending, descending, repeated, in between), absent says true
// only of a key the bucket does not hold, and it does say true of the keys
// beyond the last (else it saves nothing).
func TestAbsentNeverHidesARecord(t *testing.T) {
	s, err := OpenWith(filepath.Join(t.TempDir(), "a.db"), Options{Now: func() time.Time { return time.Date(2026, 2, 13, 9, 30, 0, 0, time.UTC) }})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	rng := rand.New(rand.NewPCG(23, 6))
	key := func() []byte { // 16 bytes as an id's, from a small space: repeats come
		k := make([]byte, 16)
		k[0], k[15] = byte(rng.IntN(4)), byte(rng.IntN(64))
		return k
	}
	beyond := 0
	for round := range 40 {
		err := s.db.Update(func(tx *bolt.Tx) error {
			recs, err := kindBucket(tx, bucketRecords, model.KindPerson)
			if err != nil {
				return err
			}
			m := newMergeTx(s.writing(tx))
			if round%3 == 0 { // a transaction may put before it first asks
				k := key()
				if err := recs.Put(k, []byte("x")); err != nil {
					return err
				}
				m.wrote(model.KindPerson, k)
			}
			for range 30 {
				k := key()
				if round%2 == 0 && rng.IntN(2) == 0 { // a run beyond the last
					if l, _ := recs.Cursor().Last(); l != nil {
						k = append(bytes.Clone(l[:15]), l[15]+1)
					}
				}
				held := recs.Get(k) != nil
				if m.absent(model.KindPerson, recs, k) {
					if held {
						t.Fatalf("round %d: absent(%x), but the bucket holds it", round, k)
					}
					beyond++
				}
				if rng.IntN(3) > 0 {
					if err := recs.Put(k, []byte("x")); err != nil {
						return err
					}
					m.wrote(model.KindPerson, k) // as putRecord does
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if beyond == 0 {
		t.Error("absent never said true: the look-up is never saved")
	}
}
