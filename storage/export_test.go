package storage

import bolt "go.etcd.io/bbolt"

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
