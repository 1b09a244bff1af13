//go:build linux || darwin

package storage

import (
	"golang.org/x/sys/unix"

	bolt "go.etcd.io/bbolt"
)

// releaseMapped tells the system that the pages of the store file this
// process has read so far need not stay in its memory: bbolt maps the whole
// file, and loading the search index reads every search doc once, which
// would otherwise leave hundreds of megabytes counted as the app's resident
// memory. The pages stay in the system's file cache and come back on the
// next read. It runs inside a read transaction, so bbolt cannot remap the
// file meanwhile.
func (s *Store) releaseMapped() {
	s.db.View(func(tx *bolt.Tx) error {
		info := s.db.Info()
		if info == nil || info.Data == 0 {
			return nil
		}
		unix.Syscall(unix.SYS_MADVISE, info.Data, uintptr(tx.Size()), uintptr(unix.MADV_DONTNEED))
		return nil
	})
}

// dropMapped is releaseMapped for the transaction tx already holds (the
// quick check's walk calls it every few thousand keys, so reading every
// page of the file never shows as the app's resident memory).
func dropMapped(tx *bolt.Tx) {
	info := tx.DB().Info()
	if info == nil || info.Data == 0 {
		return
	}
	unix.Syscall(unix.SYS_MADVISE, info.Data, uintptr(tx.Size()), uintptr(unix.MADV_DONTNEED))
}
