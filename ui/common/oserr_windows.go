//go:build windows

package common

import "syscall"

// ERROR_HANDLE_DISK_FULL (39) and ERROR_DISK_FULL (112).
var noSpaceErrors = []error{syscall.Errno(39), syscall.Errno(112)}
