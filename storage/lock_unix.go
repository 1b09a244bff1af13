//go:build !windows

package storage

import (
	"os"
	"syscall"
)

// lockFile takes the same lock bbolt takes on a store it opens (flock,
// exclusive), without bbolt reading the file: restore locks a damaged store
// this way. It fails at once with ErrInUse when a program has it open.
func lockFile(f *os.File) error {
	err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
	if err == syscall.EWOULDBLOCK {
		return ErrInUse
	}
	return err
}

// renameLocked: a file held open (and locked) here can be renamed.
const renameLocked = true

// unlockFile lets go of lockFile's lock (or bbolt's).
func unlockFile(f *os.File) { syscall.Flock(int(f.Fd()), syscall.LOCK_UN) }
