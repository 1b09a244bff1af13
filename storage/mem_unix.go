//go:build linux || darwin

package storage

import (
	"os"
	"strconv"
	"strings"
	"sync"

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
		dropMapped(tx) // the file this transaction holds (handle.go)
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

// mappedBudget is how much of the store files' pages an import lets stay
// counted as its resident memory before it gives them back (dropMapped):
// giving back costs a call that walks the whole mapping and, after it, a
// fault at each page read again (an index's upper pages at every lookup),
// so it is done when the pages add up, not at a count of lookups.
const mappedBudget = 16 << 20

// overMapped reports whether the files this process maps (the store and
// an import's copy) hold more than mappedBudget of its resident memory
// beyond what it held at the first call (the program's own file, some 20
// MB). Linux: the shared pages of /proc/self/statm; elsewhere always.
func overMapped() bool {
	n, ok := sharedResident()
	if !ok {
		return true
	}
	mappedBase.Do(func() { mappedFloor = n })
	return n-mappedFloor > mappedBudget
}

var (
	mappedBase  sync.Once
	mappedFloor int64
)

// statm is /proc/self/statm, opened once: opening it again at each look
// was most of the look's cost (39 µs against 8 µs for a read of the open
// file, and an import looks some 4 000 times).
var statm struct {
	once sync.Once
	fd   int
	err  error
}

// sharedResident is the process's resident file-backed memory in bytes.
func sharedResident() (int64, bool) {
	statm.once.Do(func() {
		statm.fd, statm.err = unix.Open("/proc/self/statm", unix.O_RDONLY|unix.O_CLOEXEC, 0)
	})
	if statm.err != nil {
		return 0, false
	}
	var buf [128]byte
	n, err := unix.Pread(statm.fd, buf[:], 0)
	if err != nil {
		return 0, false
	}
	f := strings.Fields(string(buf[:n]))
	if len(f) < 3 {
		return 0, false
	}
	pages, err := strconv.ParseInt(f[2], 10, 64)
	return pages * int64(os.Getpagesize()), err == nil
}
