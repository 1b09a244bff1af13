package storage

import (
	"os"
	"runtime/debug"
	"sync"
)

// importGCPercent is the collector's pace during an import in a process
// that does not hold the search index (the import command, a benchmark).
// An import allocates much and keeps little: a full bundle of 600,000
// records is about 5 GB read, decoded and dropped, with some 70 MB live.
// Alone in a process, the default pace (collect each time the heap doubles)
// collects every 70 MB and spends about a tenth of the import's CPU on it; at
// 200 the import is 4–8 % faster for a heap peak of 206 MB instead of 151
// (docs/PERFORMANCE.md). The app keeps the default: its own live heap (the
// search index) already spaces collections out, and a third more of it
// would cost more than it saves. A GOGC set by whoever runs the program is
// left alone.
const importGCPercent = 200

var importGC struct {
	sync.Mutex
	users  int
	before int
}

// paceGCForImport sets importGCPercent until the returned func is called,
// unless the search index is in use or GOGC is set; imports may overlap.
func (s *Store) paceGCForImport() (restore func()) {
	if s.live.inUse() || os.Getenv("GOGC") != "" {
		return func() {}
	}
	importGC.Lock()
	defer importGC.Unlock()
	if importGC.users == 0 {
		importGC.before = debug.SetGCPercent(importGCPercent)
	}
	importGC.users++
	var once sync.Once
	return func() {
		once.Do(func() {
			importGC.Lock()
			defer importGC.Unlock()
			if importGC.users--; importGC.users == 0 {
				debug.SetGCPercent(importGC.before)
			}
		})
	}
}
