//go:build windows

package storage

import (
	"os"

	"golang.org/x/sys/windows"
)

// lockRange is the byte bbolt locks on Windows (offset -1, one byte).
const lockRange = (1 << 32) - 1

// lockFile takes the same lock bbolt takes on a store it opens, without
// bbolt reading the file: restore locks a damaged store this way. It fails at
// once with ErrInUse when a program has it open.
func lockFile(f *os.File) error {
	err := windows.LockFileEx(windows.Handle(f.Fd()), windows.LOCKFILE_EXCLUSIVE_LOCK|windows.LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0,
		&windows.Overlapped{Offset: lockRange, OffsetHigh: lockRange})
	if err == windows.ERROR_LOCK_VIOLATION {
		return ErrInUse
	}
	return err
}

// renameLocked: Windows renames no file that is held open without
// FILE_SHARE_DELETE, so restore lets go of its lock just before renaming.
const renameLocked = false

// unlockFile lets go of lockFile's lock (or bbolt's).
func unlockFile(f *os.File) {
	windows.UnlockFileEx(windows.Handle(f.Fd()), 0, 1, 0, &windows.Overlapped{Offset: lockRange, OffsetHigh: lockRange})
}
