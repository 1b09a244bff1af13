//go:build !(linux || darwin)

package storage

// releaseMapped does nothing here (see mem_unix.go).
func (s *Store) releaseMapped() {}
