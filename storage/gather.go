package storage

// Page writes in runs, for an import's copy (issue 23 item 6).
//
// bbolt writes each dirty page of a commit with a write call of its own:
// 4 KB a call (etcd-io/bbolt#339, vectored writes, was closed unmerged). A
// big import writes its whole copy that way, some 200,000 calls for a
// store of 100,000 ideas and people, and on this kind of machine a 4 KB
// write costs about as much as a 64 KB one: 0.9 s of the writer's time
// against 0.2 s for the same bytes in runs (docs/PERFORMANCE.md).
//
// A commit writes its pages in page order, then the meta page. gather
// puts the pages that follow one another in the file into one buffer and
// writes it in one call when the next page does not follow, when the
// buffer is full, and always before the meta page: when the meta page is
// written, every page it points to is in the file, in the same order as
// bbolt's own writes. Only for a store opened with NoSync (the import's
// copy, synced once at its end, batch_swap.go): there bbolt never syncs
// between a commit's pages and its meta page, which a store that syncs
// does, with writes this buffer would still hold.
//
// bbolt has no option for this: the write function is its DB's unexported
// ops.writeAt. gather finds it by reflection and, when the bbolt in go.mod
// has no such field of that type, does nothing (TestGatherFindsBboltsWrite
// fails then, so an upgrade of bbolt says so).

import (
	"reflect"
	"unsafe"

	bolt "go.etcd.io/bbolt"
)

// gatherMost is the most a run holds before it is written.
const gatherMost = 1 << 20

type writeAtFunc = func(b []byte, off int64) (n int, err error)

// gatherer holds the run of pages not yet written.
type gatherer struct {
	db    *bolt.DB
	write writeAtFunc // bbolt's own (the file's WriteAt)
	meta  int64       // offsets below are the two meta pages
	run   []byte
	at    int64 // the run's offset in the file
	calls int   // write calls made (tests)
}

// writeAtOf is db's ops.writeAt, settable; ok false when bbolt has none.
func writeAtOf(db *bolt.DB) (f reflect.Value, ok bool) {
	ops := reflect.ValueOf(db).Elem().FieldByName("ops")
	if !ops.IsValid() || ops.Kind() != reflect.Struct {
		return reflect.Value{}, false
	}
	w := ops.FieldByName("writeAt")
	if !w.IsValid() || w.Type() != reflect.TypeFor[writeAtFunc]() {
		return reflect.Value{}, false
	}
	return reflect.NewAt(w.Type(), unsafe.Pointer(w.UnsafeAddr())).Elem(), true
}

// gather makes db, opened with NoSync, write its pages in runs, until
// ungather; nil when bbolt's write cannot be found (nothing changed).
func gather(db *bolt.DB) *gatherer {
	if !db.NoSync {
		return nil
	}
	f, ok := writeAtOf(db)
	if !ok || f.IsNil() {
		return nil
	}
	g := &gatherer{db: db, write: f.Interface().(writeAtFunc), meta: 2 * int64(db.Info().PageSize),
		run: make([]byte, 0, gatherMost)}
	f.Set(reflect.ValueOf(writeAtFunc(g.writeAt)))
	return g
}

// ungather gives db its own write back. The run is empty then: every
// commit ends with its meta page. Call it with no write transaction open.
func (g *gatherer) ungather() {
	if g == nil {
		return
	}
	if f, ok := writeAtOf(g.db); ok && !f.IsNil() {
		f.Set(reflect.ValueOf(g.write))
	}
}

// writeAt is called by bbolt's writer only (a commit holds the DB's
// writer lock), in page order, the meta page last.
func (g *gatherer) writeAt(b []byte, off int64) (int, error) {
	if off < g.meta || !g.db.NoSync {
		if err := g.flush(); err != nil {
			return 0, err
		}
		g.calls++
		return g.write(b, off)
	}
	if len(g.run) > 0 && (off != g.at+int64(len(g.run)) || len(g.run)+len(b) > gatherMost) {
		if err := g.flush(); err != nil {
			return 0, err
		}
	}
	if len(b) >= gatherMost {
		g.calls++
		return g.write(b, off)
	}
	if len(g.run) == 0 {
		g.at = off
	}
	g.run = append(g.run, b...)
	return len(b), nil
}

// flush writes the run.
func (g *gatherer) flush() error {
	if len(g.run) == 0 {
		return nil
	}
	run := g.run
	g.run = g.run[:0]
	g.calls++
	_, err := g.write(run, g.at)
	return err
}
