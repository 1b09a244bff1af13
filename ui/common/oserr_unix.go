//go:build !windows

package common

import "syscall"

var noSpaceErrors = []error{syscall.ENOSPC, syscall.EFBIG, syscall.EDQUOT}
