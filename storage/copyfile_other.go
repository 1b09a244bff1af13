//go:build !linux

package storage

import "os"

// copyTarget is the file a big import copies the store into (see
// copyfile_linux.go); here bbolt writes it through a buffer.
type copyTarget struct{ *os.File }
