package storage

import (
	"path/filepath"
	"testing"

	"frontoffice/model"

	bolt "go.etcd.io/bbolt"
)

// TestInConflictInTheSameTransaction: a conflict mark put in a transaction
// is seen by the same transaction (bbolt's Get answers nil for an empty value
// on a page the transaction changed; a late mention's erasure reads the mark
// in the merge's own transaction).
func TestInConflictInTheSameTransaction(t *testing.T) {
	s, err := Open(filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	key, _ := idKey(model.NewID())
	err = s.db.Update(func(tx *bolt.Tx) error {
		if inConflict(tx, model.KindIdea, key) {
			t.Error("in conflict before the mark")
		}
		if err := tx.Bucket(bucketSync).Bucket(bucketConflicts).Put(syncKey(model.KindIdea, key), nil); err != nil {
			return err
		}
		if !inConflict(tx, model.KindIdea, key) {
			t.Error("the mark is not seen in its own transaction")
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	s.db.View(func(tx *bolt.Tx) error {
		if !inConflict(tx, model.KindIdea, key) {
			t.Error("the mark is not seen after commit")
		}
		return nil
	})
}
