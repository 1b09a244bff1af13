package storage

import (
	"os"
	"runtime/debug"
	"runtime/metrics"
	"sync"
	"time"
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

// After a big import the app's screens reload what it changed (Home's
// counts, the lists, the conflicts): they read store pages and allocate
// for a few seconds after the summary, after settleAfterImport's first
// release, and without a second one the process keeps that too — the
// store's pages until the next trim (every 10 s), the heap until the
// collector's pace brings it back (with the default pace, a heap of twice
// the live one). settleWatch looks every tick for settleFor and gives back
// what has piled up since the last time: heap the collector could free or
// has freed but not returned (more than settleSlack), store pages read
// (more than settleSlack of file pages). Quiet, it costs a read of the
// runtime's metrics and of /proc/self/statm a tick.
var (
	settleFor  = 12 * time.Second
	settleTick = 250 * time.Millisecond
)

// settleSlack is how much heap or store pages beyond what the app keeps
// settleWatch lets stay resident.
const settleSlack = 8 << 20

// settleWatch gives back, every tick until the window ends or the store
// closes, what the process holds beyond its live heap (heapSlack) and
// beyond the file pages it held right after giving the store's back (the
// program's own file: the least seen, as the screens may read the store
// at any moment, even between a release and its measure). And once the
// heap is quiet after being touched (settleQuiet), it collects: what died
// since the last collection can be seen no other way.
func (s *Store) settleWatch(window, tick time.Duration) {
	t := time.NewTicker(tick)
	defer t.Stop()
	end := time.NewTimer(window)
	defer end.Stop()
	floor, known := s.releaseMappedAndMeasure()
	var q settleQuiet
	q.reset()
	for {
		select {
		case <-s.bgCtx.Done():
			return
		case <-end.C:
			return
		case <-t.C:
		}
		if n, ok := sharedResident(); !known || !ok || n-floor > settleSlack {
			if n, ok := s.releaseMappedAndMeasure(); ok && known {
				floor = min(floor, n)
			}
		}
		if heapSlack() > settleSlack || q.due() {
			debug.FreeOSMemory()
			q.reset()
		}
	}
}

// settleQuiet says when a collection is due although heapSlack does not
// see one: the screens reloading after an import drop the lists they held
// (megabytes live at the last collection, dead now) while allocating
// little (issue 23: one run in four kept 15–25 MB so, 5 s after the
// summary, the heap's goal far away). Objects that died cannot be seen
// without collecting; what can be seen is that the program allocated since
// the last collection (it did something) and has stopped (a tick that
// allocated almost nothing). Then one collection, at most settleQuietMost
// in a window: each marks the live heap (about 0.1 CPU-s at 100 MB).
type settleQuiet struct {
	atGC, last uint64 // bytes allocated so far: at the last collection, at the last tick
	cycles     uint64 // collections so far, at the last tick
	n          int
}

const (
	settleTouched   = 256 << 10 // allocated since the last collection: the program did something
	settleStill     = 64 << 10  // allocated in one tick: it has stopped
	settleQuietMost = 4
)

// reset notes a collection just made.
func (q *settleQuiet) reset() {
	q.atGC, q.cycles = allocStats()
	q.last = q.atGC
}

// due reports whether a collection is due now (see settleQuiet).
func (q *settleQuiet) due() bool {
	allocs, cycles := allocStats()
	if cycles != q.cycles { // the collector ran meanwhile: it saw what died
		q.atGC, q.cycles = allocs, cycles
	}
	still := allocs-q.last < settleStill
	q.last = allocs
	if q.n < settleQuietMost && still && allocs-q.atGC >= settleTouched {
		q.n++
		return true
	}
	return false
}

// allocStats is the bytes the heap allocated so far and the collections
// completed so far (0, 0 when the runtime does not say).
func allocStats() (allocs, cycles uint64) {
	m := []metrics.Sample{{Name: "/gc/heap/allocs:bytes"}, {Name: "/gc/cycles/total:gc-cycles"}}
	metrics.Read(m)
	if m[0].Value.Kind() != metrics.KindUint64 || m[1].Value.Kind() != metrics.KindUint64 {
		return 0, 0
	}
	return m[0].Value.Uint64(), m[1].Value.Uint64()
}

// releaseMappedAndMeasure is releaseMapped, then the file pages the process
// still holds (sharedResident).
func (s *Store) releaseMappedAndMeasure() (int64, bool) {
	s.releaseMapped()
	return sharedResident()
}

// heapSlack is the heap the process holds beyond what the last collection
// found live: objects dead since (or allocated since), and free spans not
// yet returned to the system.
func heapSlack() int64 {
	m := []metrics.Sample{
		{Name: "/memory/classes/heap/objects:bytes"},
		{Name: "/memory/classes/heap/free:bytes"},
		{Name: "/gc/heap/live:bytes"},
	}
	metrics.Read(m)
	for _, v := range m {
		if v.Value.Kind() != metrics.KindUint64 {
			return 0 // not known in this runtime: nothing to give back
		}
	}
	held := m[0].Value.Uint64() + m[1].Value.Uint64()
	return int64(held) - int64(m[2].Value.Uint64())
}
