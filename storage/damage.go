package storage

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// ErrDamaged is a store file whose pages cannot be read as bbolt wrote them:
// bytes overwritten on the disk, a bad sector, a copy cut short. bbolt panics
// when it meets such a page; the storage boundary (guardDB, openBolt) turns
// that panic into this error, so a damaged store gets a sentence and a way
// back (restore.go, salvage.go) instead of a stack trace.
var ErrDamaged = errors.New("the store file is damaged")

// DamagedError says which file is damaged and what bbolt met there (the
// detail is for logs and tests, not for the person at the desk).
type DamagedError struct {
	Path   string
	Detail string
}

func (e *DamagedError) Error() string {
	return fmt.Sprintf("store %s is damaged: %s", e.Path, e.Detail)
}

// Is makes errors.Is(err, ErrDamaged) true.
func (e *DamagedError) Is(target error) bool { return target == ErrDamaged }

// guardDB is the bbolt database with every transaction guarded: a panic that
// comes from bbolt reading a damaged page (or a memory fault in the mapped
// file) becomes a *DamagedError, and from then on the store refuses writes,
// so nothing is written on top of the damage. Reads are still tried: most of
// a damaged store usually reads fine.
type guardDB struct {
	// file is the store's bbolt handle, swapped when a copy of the store
	// takes its place (handle.go); wmu is held by every write transaction
	// and by the swap, closed set by Close.
	file   atomic.Pointer[boltFile]
	wmu    sync.Mutex
	closed bool
	path   string

	damage atomic.Pointer[DamagedError]
	once   sync.Once
	signal chan struct{} // closed when damage is first seen

	readers readerCount // the read transactions open (wipe.go)
}

func newGuardDB(db *bolt.DB, path string) *guardDB {
	g := &guardDB{path: path, signal: make(chan struct{})}
	g.file.Store(newBoltFile(db))
	return g
}

// View runs fn in a read transaction, guarded.
func (g *guardDB) View(fn func(*bolt.Tx) error) error {
	g.readers.begin()
	defer g.readers.end()
	f := g.hold()
	defer f.release()
	return g.guard(func() error { return f.View(fn) })
}

// Update runs fn in a write transaction, guarded; on a store known to be
// damaged it writes nothing and returns the damage.
func (g *guardDB) Update(fn func(*bolt.Tx) error) error {
	if d := g.damage.Load(); d != nil {
		return d
	}
	g.wmu.Lock()
	defer g.wmu.Unlock()
	f := g.hold()
	defer f.release()
	return g.guard(func() error { return f.Update(fn) })
}

// guard runs f, turning a damage panic into a *DamagedError. bbolt's View
// and Update roll their transaction back on a panic before it reaches here,
// so the store's locks are free again. Any other panic is a bug and goes on.
func (g *guardDB) guard(f func() error) (err error) {
	old := debug.SetPanicOnFault(true) // a bad offset into the mapped file faults
	defer debug.SetPanicOnFault(old)
	defer func() {
		if r := recover(); r != nil {
			if !damagePanic(r) {
				panic(r)
			}
			err = g.markDamaged(fmt.Sprint(r))
		}
	}()
	err = f()
	var d *DamagedError
	if err != nil && errors.Is(err, ErrDamaged) && !errors.As(err, &d) {
		err = g.markDamaged(err.Error()) // a record that does not decode
	}
	return err
}

// markDamaged records the damage (the first one seen wins) and tells those
// waiting in Damaged.
func (g *guardDB) markDamaged(detail string) *DamagedError {
	d := &DamagedError{Path: g.path, Detail: detail}
	if !g.damage.CompareAndSwap(nil, d) {
		return g.damage.Load()
	}
	g.once.Do(func() { close(g.signal) })
	return d
}

// damagePanic tells a panic caused by the file's content from a bug: a
// memory fault (only the mapped file can fault), or a panic raised inside
// bbolt's own code (its page assertions, an index out of range on a garbled
// page).
func damagePanic(r any) bool {
	if _, ok := r.(interface{ Addr() uintptr }); ok {
		return true
	}
	pcs := make([]uintptr, 64)
	n := runtime.Callers(1, pcs) // the panicking frames are still on the stack
	frames := runtime.CallersFrames(pcs[:n])
	afterPanic := false
	for {
		f, more := frames.Next()
		switch {
		case f.Function == "runtime.gopanic":
			afterPanic = true
		case afterPanic && strings.HasPrefix(f.Function, "runtime."):
			// runtime.panicIndex, sigpanic…: where the panic was raised
		case afterPanic:
			return strings.HasPrefix(f.Function, "go.etcd.io/bbolt")
		}
		if !more {
			return false
		}
	}
}

// openBolt is bolt.Open guarded the same way: a damaged free list or meta
// page panics inside bbolt's Open, after it has locked and mapped the file;
// the lock is let go here so that restore can move the file aside. Meta
// pages that fail their checksum on a file that is otherwise a store are
// damage too.
func openBolt(path string, mode os.FileMode, o *bolt.Options) (db *bolt.DB, err error) {
	var file *os.File
	opts := *o
	open := o.OpenFile // a caller's own (it sees or redirects the file)
	if open == nil {
		open = os.OpenFile
	}
	opts.OpenFile = func(name string, flag int, perm os.FileMode) (*os.File, error) {
		f, err := open(name, flag, perm)
		file = f
		return f, err
	}
	old := debug.SetPanicOnFault(true)
	defer debug.SetPanicOnFault(old)
	defer func() {
		if r := recover(); r != nil {
			if !damagePanic(r) {
				panic(r)
			}
			if file != nil {
				unlockFile(file)
				file.Close()
			}
			db, err = nil, &DamagedError{Path: path, Detail: fmt.Sprint(r)}
		}
	}()
	db, err = bolt.Open(path, mode, &opts)
	if err != nil && (errors.Is(err, berrors.ErrChecksum) || errors.Is(err, berrors.ErrInvalid) && looksLikeStore(path)) {
		return nil, &DamagedError{Path: path, Detail: err.Error()}
	}
	return db, err
}

// looksLikeStore tells a store whose two meta pages are both destroyed from
// a file that never was a store (a bundle given as --db): bbolt's pages 2
// and 3 begin with their own page number.
func looksLikeStore(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	for _, size := range []int64{4096, int64(os.Getpagesize())} {
		for _, id := range []int64{2, 3} {
			b := make([]byte, 8)
			if _, err := f.ReadAt(b, id*size); err == nil && binary.LittleEndian.Uint64(b) == uint64(id) {
				return true
			}
		}
	}
	return false
}

// Damage is the damage this store has met so far (nil: none seen). Once
// set, the store refuses every write.
func (s *Store) Damage() error {
	if d := s.db.damage.Load(); d != nil {
		return d
	}
	return nil
}

// WaitDamaged blocks until damage is seen in the store, returning it, or
// until the store closes, returning nil. The app waits on it to offer
// restore the moment any read meets a damaged page.
func (s *Store) WaitDamaged() error {
	select {
	case <-s.db.signal:
		return s.Damage()
	case <-s.bgCtx.Done():
		return s.Damage()
	}
}

// walk reads every key and value of every bucket in tx, which makes bbolt
// read (and check the header of) every branch, leaf and overflow page of the
// tree. Values are only touched, not decoded: that is Check's work.
func walk(tx *bolt.Tx) error { return walker(context.Background())(tx) }

// walker is walk that stops with ctx's error once ctx ends.
func walker(ctx context.Context) func(tx *bolt.Tx) error {
	return func(tx *bolt.Tx) error {
		var sink byte
		n := 0
		var walkBucket func(b *bolt.Bucket) error
		walkBucket = func(b *bolt.Bucket) error {
			c := b.Cursor()
			for k, v := c.First(); k != nil; k, v = c.Next() {
				if n++; n%4096 == 0 {
					if ctx.Err() != nil {
						return ctx.Err()
					}
					dropMapped(tx) // what was read need not stay resident
				}
				if v == nil {
					if child := b.Bucket(k); child != nil {
						if err := walkBucket(child); err != nil {
							return err
						}
					}
					continue
				}
				if len(v) > 0 {
					sink ^= v[0] ^ v[len(v)-1]
				}
			}
			return nil
		}
		err := tx.ForEach(func(name []byte, b *bolt.Bucket) error { return walkBucket(b) })
		_ = sink
		return err
	}
}

// pageCheck is bbolt's own consistency check (every page reachable once or
// free, keys in order, the free list sound) as one error, nil when sound.
func pageCheck(tx *bolt.Tx) error {
	var problems []string
	for err := range tx.Check() {
		if len(problems) < 5 {
			problems = append(problems, err.Error())
		}
	}
	if len(problems) == 0 {
		return nil
	}
	return errors.New(strings.Join(problems, "; "))
}
