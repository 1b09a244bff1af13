//go:build !(linux || darwin)

package storage

import bolt "go.etcd.io/bbolt"

// releaseMapped does nothing here (see mem_unix.go).
func (s *Store) releaseMapped() {}

// dropMapped does nothing here (see mem_unix.go).
func dropMapped(*bolt.Tx) {}
