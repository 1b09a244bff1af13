//go:build !linux

package storage

// atLowPriority runs fn (thread priorities are Linux's; see lowprio_linux.go).
func atLowPriority(fn func()) { fn() }

// dropFileCache does nothing here (see lowprio_linux.go).
func dropFileCache(string) {}

// startWriteback does nothing here (see lowprio_linux.go).
func startWriteback(string) {}

// syncAhead does nothing here (see lowprio_linux.go).
func syncAhead(string) (wait func()) { return func() {} }
