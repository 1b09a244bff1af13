//go:build !linux

package storage

import "time"

// threadCPU: only Linux says a thread's own CPU time; elsewhere the caller
// falls back to the wall clock.
func threadCPU() (time.Duration, bool) { return 0, false }
