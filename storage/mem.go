package storage

import (
	"runtime/debug"
	"time"
)

// release gives back what a pass over the whole store left in memory: the
// file pages it read (releaseMapped) and the heap it no longer uses. The
// long readers call it when they finish (search index load, reports, the
// Hours list, exports), so the app's resident memory stays near what it
// keeps, not what it once read (DESIGN.md §7: memory).
func (s *Store) release() {
	s.releaseMapped()
	debug.FreeOSMemory()
}

// trimLoop releases the store pages read since the last time: first when
// the app's screens have loaded (a few seconds after opening), then every
// period, until the store closes. The pages stay in the system's cache.
// While a bundle is merged into a copy to take the store's place
// (copying), it waits: the import gives back its own pages, and a trim
// would only hold the old file a moment longer at the swap.
func (s *Store) trimLoop(period time.Duration) {
	defer s.bg.Done()
	wait := 3 * time.Second
	for {
		select {
		case <-s.bgCtx.Done():
			return
		case <-time.After(wait):
			if !s.copying.Load() {
				s.releaseMapped()
			}
			wait = period
		}
	}
}
