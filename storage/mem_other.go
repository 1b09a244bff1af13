//go:build !(linux || darwin)

package storage

import bolt "go.etcd.io/bbolt"

// releaseMapped does nothing here (see mem_unix.go).
func (s *Store) releaseMapped() {}

// dropMapped does nothing here (see mem_unix.go).
func dropMapped(*bolt.Tx) {}

// overMapped: nothing is given back here (see mem_unix.go).
func overMapped() bool { return false }

// sharedResident is not known here (see mem_unix.go).
func sharedResident() (int64, bool) { return 0, false }
