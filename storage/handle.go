package storage

// The store's file, swapped under running readers (DESIGN.md §7 import).
//
// A big import may write a copy of the store and rename it over the store
// (batch_swap.go, sync_onepass.go). The command line's Store has one user,
// but the app's is shared: its screens' commands, the search index's
// loader, the trims, the daily backup and an export all run transactions
// on it from goroutines of their own, at any time. So the Store's guardDB
// never changes; the bbolt handle inside it does, and every transaction
// says which handle it runs on:
//
//   - A transaction holds the handle it began on (hold) until it ends
//     (release): it goes on reading the file it began on, renamed away or
//     not, as a read transaction of bbolt reads the tree it began with.
//   - Every write transaction, and the swap, hold the guardDB's writer lock
//     (wmu; bbolt lets one writer in at a time anyway). So a write goes
//     wholly into the old file or wholly into the new one, and the swap
//     looks at the old file's last transaction, under that lock, just
//     before the rename: written since the copy was made, the copy is not
//     swapped in (errWrittenSince) and its caller merges the usual way —
//     nothing the app saved meanwhile is lost.
//   - The swap puts the new handle in place, then marks the old one
//     retired: a transaction beginning after that holds the new one (hold
//     loads again when it finds the one it loaded retired). The writer lock
//     is let go, then the swap waits for the last user of the old handle
//     to end — a backup or an export of the old file finishes on it — and
//     closes it, which lets the old file's lock go.
//   - Nothing waits for the old handle while holding the writer lock, and
//     a new transaction never waits for the swap: a reader nested in
//     another (they exist) or a reader that then writes cannot deadlock
//     with it. Waiting with a lock of readers' (a sync.RWMutex) would: a
//     waiting writer holds back every new reader, nested ones too.
//
// A transaction that runs long on the old handle only delays the end of
// the swap, never a save. After the swap, the Store's search index is
// loaded again from the new file (search.go: reload), and screens wait for
// it as they do at start-up.

import (
	"errors"
	"sync"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// boltFile is one bbolt handle of the store and its users.
type boltFile struct {
	*bolt.DB
	mu      sync.Mutex
	users   int
	retired bool          // another handle is the store's now
	idle    chan struct{} // closed when retired and no user is left
}

func newBoltFile(db *bolt.DB) *boltFile {
	return &boltFile{DB: db, idle: make(chan struct{})}
}

// hold returns the store's handle now, counted as used until release.
func (g *guardDB) hold() *boltFile {
	for {
		f := g.file.Load()
		f.mu.Lock()
		if !f.retired {
			f.users++
			f.mu.Unlock()
			return f
		}
		f.mu.Unlock() // swapped meanwhile: the new one is in place already
	}
}

// release ends a use of f begun by hold.
func (f *boltFile) release() {
	f.mu.Lock()
	if f.users--; f.users == 0 && f.retired {
		close(f.idle)
	}
	f.mu.Unlock()
}

// retire marks f as no longer the store's and waits for its last user.
func (f *boltFile) retire() {
	f.mu.Lock()
	f.retired = true
	if f.users == 0 {
		close(f.idle)
	}
	f.mu.Unlock()
	<-f.idle
}

// current is the store's bbolt handle now (tests, and what reads only its
// settings). A transaction takes it with hold instead.
func (g *guardDB) current() *bolt.DB { return g.file.Load().DB }

// begin starts a transaction that the caller ends with the returned func
// (which rolls it back), on the handle held until then; a writable one
// holds the writer lock too. It is not guarded by itself: callers wrap
// the whole use of the transaction in g.guard.
func (g *guardDB) begin(writable bool) (*bolt.Tx, func(), error) {
	if d := g.damage.Load(); d != nil && writable {
		return nil, nil, d
	}
	if writable {
		g.wmu.Lock()
	}
	f := g.hold()
	tx, err := f.Begin(writable)
	end := func() {
		if tx != nil {
			tx.Rollback()
		}
		f.release()
		if writable {
			g.wmu.Unlock()
		}
	}
	if err != nil {
		end()
		return nil, nil, err
	}
	return tx, sync.OnceFunc(end), nil
}

// errWrittenSince is a swap refused: the store was written after the copy
// to be swapped in was made.
var errWrittenSince = errors.New("the store was written since its copy was made")

// swap puts db (the file now at the store's path, renamed there by
// rename) in place of the store's handle, if the store's last transaction
// is still txid; else (errWrittenSince) or when rename fails nothing
// changes. It returns once the old handle's last user ended and it closed.
func (g *guardDB) swap(db *bolt.DB, txid int, rename func() error) error {
	g.wmu.Lock()
	old := g.file.Load()
	if g.closed {
		g.wmu.Unlock()
		return berrors.ErrDatabaseNotOpen
	}
	var last int
	if err := old.View(func(tx *bolt.Tx) error { last = int(tx.ID()); return nil }); err != nil {
		g.wmu.Unlock()
		return err
	}
	if last != txid {
		g.wmu.Unlock()
		return errWrittenSince
	}
	if err := rename(); err != nil {
		g.wmu.Unlock()
		return err
	}
	g.file.Store(newBoltFile(db))
	g.wmu.Unlock()
	old.retire()
	old.Close() // the old file's lock: whoever waited for it opens again
	return nil
}

// reopen closes the store's handle and puts the one open returns in its
// place (the swap where an open file cannot be renamed: only a store no
// other goroutine uses); on a failure the store stays closed.
func (g *guardDB) reopen(open func() (*bolt.DB, error)) error {
	g.wmu.Lock()
	defer g.wmu.Unlock()
	g.file.Load().Close()
	db, err := open()
	if err != nil {
		return err
	}
	g.file.Store(newBoltFile(db))
	return nil
}

// Close closes the store's handle (its open transactions end first); a
// swap after it is refused.
func (g *guardDB) Close() error {
	g.wmu.Lock()
	g.closed = true
	f := g.file.Load()
	g.wmu.Unlock()
	return f.Close()
}
