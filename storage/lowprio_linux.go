package storage

import (
	"runtime"

	"golang.org/x/sys/unix"
)

// ioprioIdle is IOPRIO_PRIO_VALUE(IOPRIO_CLASS_IDLE, 0): the thread's disk
// reads and writes wait while anything else wants the disk.
const ioprioIdle = 3 << 13

// atLowPriority runs fn on a thread of its own at the lowest CPU priority
// (nice 19) and the idle disk class, and waits for it: the daily backup
// reads and writes the whole store while the person works, and the app's
// screens should not feel it. On Linux both are properties of the thread;
// the thread is thrown away afterwards (the goroutine ends locked to it),
// so no other goroutine ever runs at that priority. Work fn hands to other
// goroutines runs at the usual priority.
func atLowPriority(fn func()) {
	done := make(chan any, 1)
	go func() {
		defer func() { done <- recover() }() // a panic goes on in the caller
		runtime.LockOSThread()               // never unlocked: the thread ends with the goroutine
		tid := unix.Gettid()
		unix.Setpriority(unix.PRIO_PROCESS, tid, 19) // best effort
		unix.Syscall(unix.SYS_IOPRIO_SET, 1 /* IOPRIO_WHO_PROCESS */, uintptr(tid), ioprioIdle)
		fn()
	}()
	if p := <-done; p != nil {
		panic(p)
	}
}

// dropFileCache tells the system that the file's pages need not stay in
// its cache (a backup just written and checked is not read again soon).
func dropFileCache(path string) {
	fd, err := unix.Open(path, unix.O_RDONLY|unix.O_CLOEXEC, 0)
	if err != nil {
		return
	}
	unix.Fadvise(fd, 0, 0, unix.FADV_DONTNEED)
	unix.Close(fd)
}

// startWriteback asks the system to begin writing the file's changed pages
// to the disk now, in the background, and returns at once: a big import's
// copy of the store (hundreds of MB, all of it new in the cache) was
// otherwise written out only by the sync before the swap, seconds in which
// nothing else ran. The sync is still what makes the copy safe; this only
// gives the disk the work while the import goes on with its rows.
func startWriteback(path string) {
	go func() {
		fd, err := unix.Open(path, unix.O_RDONLY|unix.O_CLOEXEC, 0)
		if err != nil {
			return
		}
		unix.SyncFileRange(fd, 0, 0, unix.SYNC_FILE_RANGE_WRITE) // best effort: a hint
		unix.Close(fd)
	}()
}

// syncAhead begins an fdatasync of the file on a goroutine of its own and
// returns what waits for it. A big import's copy is synced once, at its
// end, before it takes the store's place; begun while the import's last
// steps run (its index entries: a second on a core), the disk has written
// most of it by the time that sync is asked, which then finds little left
// (it took 0.13-0.40 s of waiting with both cores idle). The sync at the
// end is still what makes the copy safe.
func syncAhead(path string) (wait func()) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		fd, err := unix.Open(path, unix.O_RDONLY|unix.O_CLOEXEC, 0)
		if err != nil {
			return
		}
		unix.Fdatasync(fd) // best effort: the sync at the end reports
		unix.Close(fd)
	}()
	return func() { <-done }
}
