package storage

import (
	"context"

	"frontoffice/model"

	bolt "go.etcd.io/bbolt"
)

// BreakSearchForTest drops a search doc behind the store's back.
func BreakSearchForTest(s *Store) {
	s.db.Update(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketSearch).Cursor()
		k, _ := c.First()
		return tx.Bucket(bucketSearch).Delete(k)
	})
}

// RebuildSearchForTest repairs it.
func RebuildSearchForTest(s *Store) { s.RebuildSearch() }

// BreakCountForTest sets a wrong live count of kind k.
func BreakCountForTest(s *Store, k model.Kind) {
	s.db.Update(func(tx *bolt.Tx) error { return tx.Bucket(bucketMeta).Put(liveCountKey(k), u64(999)) })
}

// FixCountsForTest recounts.
func FixCountsForTest(s *Store) {
	s.db.Update(func(tx *bolt.Tx) error { return countLiveKinds(tx, model.Kinds()) })
}

// SetBulkBatchForTest sets how many records one transaction of InsertBulk
// holds, until the test ends.
func SetBulkBatchForTest(t interface{ Cleanup(func()) }, n int) {
	old := bulkBatch
	bulkBatch = n
	t.Cleanup(func() { bulkBatch = old })
}

// PendingIndexCount is how many records' index entries wait in sync/ixpending.
func (s *Store) PendingIndexCount() (n int) {
	s.db.View(func(tx *bolt.Tx) error {
		if b := ixPending(tx); b != nil {
			n = b.Stats().KeyN
		}
		return nil
	})
	return n
}

// SetCopiedHookForTest has fn called once each backup copy is written,
// before its check, until the test ends.
func SetCopiedHookForTest(t interface{ Cleanup(func()) }, fn func(ctx context.Context)) {
	testHookCopied = fn
	t.Cleanup(func() { testHookCopied = nil })
}

// SetOnePassMostForTest sets how many records a store may hold for a bundle
// to be merged while checked (sync_onepass.go; 0: never), until the test ends.
func SetOnePassMostForTest(t interface{ Cleanup(func()) }, n int) {
	old := onePassMost
	onePassMost = n
	t.Cleanup(func() { onePassMost = old })
}

// CheckForImportOnePassForTest is CheckForImport as ImportBundle checks: a
// bundle into a new store merged while checked (sync_onepass.go).
func (s *Store) CheckForImportOnePassForTest(ctx context.Context, src Source, pass Passphrase) (*Checked, error) {
	return s.checkForImport(ctx, src, pass, true, false, nil)
}

// SetSwapHookForTest has fn called just before a copy of the store is
// swapped in for it (batch_swap.go's swapIn), until the test ends.
func SetSwapHookForTest(t interface{ Cleanup(func()) }, fn func()) {
	swapHook = fn
	t.Cleanup(func() { swapHook = nil })
}

// HLCSlotForTest is the low 8 bits of office id's clock values.
func HLCSlotForTest(id string) uint64 { return hlcSlot(id) }
