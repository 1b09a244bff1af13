package storage

import (
	"syscall"
	"time"
)

// rusageThread is Linux's RUSAGE_THREAD: the calling thread's own times.
const rusageThread = 1

// threadCPU is the CPU time the calling thread has used so far, or ok false
// when the system does not say. Pin the goroutine first (runtime.LockOSThread).
func threadCPU() (d time.Duration, ok bool) {
	var ru syscall.Rusage
	if syscall.Getrusage(rusageThread, &ru) != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}
