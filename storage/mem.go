package storage

import "runtime/debug"

// release gives back what a pass over the whole store left in memory: the
// file pages it read (releaseMapped) and the heap it no longer uses. The
// long readers call it when they finish (search index load, reports, the
// Hours list, exports), so the app's resident memory stays near what it
// keeps, not what it once read (DESIGN.md §7: memory).
func (s *Store) release() {
	s.releaseMapped()
	debug.FreeOSMemory()
}
