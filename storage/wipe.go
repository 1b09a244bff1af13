package storage

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Freed pages (issue 17; docs/RELIABILITY.md "Freed pages are wiped").
//
// bbolt never writes a page in place: a changed page is written to a free
// one and the old page goes to the free list, bytes and all, until it is
// used again. After a withdrawal those freed pages still hold the person's
// earlier revisions. WipeFreed overwrites them with zeros in place, in the
// same file: nothing is reopened under a running app, the file does not
// grow, and the old bytes stay nowhere, neither in the file nor in disk
// blocks a filesystem freed (as a copy swapped in for the file would leave).
//
// How it knows a page is free and unread (bbolt v1.5.0): Tx.Page reports
// "free" for every page in the free list's cache, which holds both the
// pages free to use and the pending ones, freed by a transaction that a
// reader still open may be reading. A write transaction, when it begins,
// releases the pending pages of every transaction older than the oldest
// read transaction open, all of them when none is open
// (freelist.ReleasePendingPages). So a write transaction begun while no
// read transaction is open sees only pages nobody reads: no reader older
// than it exists, and readers that begin during it read the last committed
// tree, which uses no free page; no other writer can take one meanwhile.
// The transaction changes nothing and is rolled back.

// readerCount counts the read transactions open through guardDB.View, and
// how many ever began, so WipeFreed can tell a moment when none was open.
type readerCount struct {
	mu      sync.Mutex
	open    int
	started uint64
	closed  chan struct{} // closed (and replaced) when a reader ends
	// gate, while a wipe waits for a moment with no reader, holds new
	// readers back a little (not for long: a reader may be one nested in
	// another, which the wipe waits for).
	gate chan struct{}
}

// gateWait is the longest a new reader waits while a wipe waits.
const gateWait = 100 * time.Millisecond

func (r *readerCount) begin() {
	r.mu.Lock()
	if g := r.gate; g != nil {
		r.mu.Unlock()
		t := time.NewTimer(gateWait)
		select {
		case <-g:
		case <-t.C:
		}
		t.Stop()
		r.mu.Lock()
	}
	r.open++
	r.started++
	r.mu.Unlock()
}

func (r *readerCount) end() {
	r.mu.Lock()
	r.open--
	if r.closed != nil {
		close(r.closed)
		r.closed = nil
	}
	r.mu.Unlock()
}

// idle returns how many readers ever began, once none is open, or false
// after wait.
func (r *readerCount) idle(deadline time.Time) (uint64, bool) {
	for {
		r.mu.Lock()
		if r.open == 0 {
			n := r.started
			r.mu.Unlock()
			return n, true
		}
		if r.closed == nil {
			r.closed = make(chan struct{})
		}
		ch := r.closed
		r.mu.Unlock()
		left := time.Until(deadline)
		if left <= 0 {
			return 0, false
		}
		t := time.NewTimer(left)
		select {
		case <-ch:
		case <-t.C:
		}
		t.Stop()
	}
}

// hold holds new readers back (briefly) until the returned func is called.
func (r *readerCount) hold() (release func()) {
	g := make(chan struct{})
	r.mu.Lock()
	r.gate = g
	r.mu.Unlock()
	var once sync.Once
	return func() {
		once.Do(func() {
			r.mu.Lock()
			if r.gate == g {
				r.gate = nil
			}
			r.mu.Unlock()
			close(g)
		})
	}
}

// since reports whether no reader began since started and none is open.
func (r *readerCount) since(started uint64) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.open == 0 && r.started == started
}

// ErrBusyReading is a wipe that could not find a moment with no read
// transaction open (searches, reports or a backup running all along).
var ErrBusyReading = errors.New("the store was being read all along: its freed pages were not wiped")

// WipeWait is how long WipeFreed waits for the reads under way to end.
var WipeWait = 30 * time.Second

// Wiped is what WipeFreed did.
type Wiped struct {
	Pages     int   // free pages overwritten with zeros
	Bytes     int64 // bytes written
	FileBytes int64 // the store file's size, before and after (it does not change)
}

// WipeFreed overwrites with zeros every page of the store file that bbolt
// keeps free (and anything past the last page in use), through a file
// handle of its own, then syncs the file. It waits (up to WipeWait) for a
// moment when no read transaction is open; saves wait while it works.
// progress, when not nil, is told pages done of pages in all.
func (s *Store) WipeFreed(progress Progress) (Wiped, error) {
	if s.readOnly {
		return Wiped{}, ErrReadOnly
	}
	return wipeFreed(s.db, s.path, progress)
}

func wipeFreed(g *guardDB, path string, progress Progress) (Wiped, error) {
	deadline := time.Now().Add(WipeWait)
	var w Wiped
	err := g.guard(func() error {
		var tx *bolt.Tx
		release := g.readers.hold()
		defer release()
		for tx == nil {
			started, ok := g.readers.idle(deadline)
			if !ok {
				return ErrBusyReading
			}
			t, end, err := g.begin(true)
			if err != nil {
				return err
			}
			if g.readers.since(started) {
				tx = t // no reader was open when it began
				defer end()
				break
			}
			end() // one began meanwhile: its pages may be pending still
		}
		release() // readers from now on read the last committed tree only
		var err error
		w, err = wipeTx(tx, path, progress)
		return err
	})
	if err != nil {
		return Wiped{}, fmt.Errorf("wipe the freed pages of %s: %w", path, err)
	}
	return w, nil
}

// wipeTx overwrites the free pages of tx's file, path, with zeros.
func wipeTx(tx *bolt.Tx, path string, progress Progress) (Wiped, error) {
	var w Wiped
	pageSize := int64(tx.DB().Info().PageSize)
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return w, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return w, err
	}
	w.FileBytes = fi.Size()
	high := tx.Size() / pageSize // pages 0…high-1 are bbolt's; past them, none is in use
	zeros := make([]byte, 256*pageSize)
	runStart, runLen := int64(-1), int64(0)
	flush := func() error {
		for runLen > 0 {
			n := min(runLen, int64(len(zeros))/pageSize)
			if _, err := f.WriteAt(zeros[:n*pageSize], runStart*pageSize); err != nil {
				return err
			}
			w.Bytes += n * pageSize
			runStart, runLen = runStart+n, runLen-n
		}
		runStart = -1
		return nil
	}
	// Pages 0 and 1 are the meta pages: page numbers, the transaction id
	// and a checksum, never a record.
	for id := int64(2); id < high; id++ {
		if progress != nil && id%65536 == 0 {
			progress(id, high)
		}
		info, err := tx.Page(int(id))
		if err != nil {
			return w, err
		}
		if info == nil {
			break
		}
		if info.Type != "free" {
			// A page in use (the free list's own page holds page numbers
			// only); its overflow pages are in use with it.
			id += int64(info.OverflowCount)
			continue
		}
		w.Pages++
		if runStart >= 0 && runStart+runLen == id {
			runLen++
			continue
		}
		if err := flush(); err != nil {
			return w, err
		}
		runStart, runLen = id, 1
	}
	if err := flush(); err != nil {
		return w, err
	}
	// Past the last page in use: never part of the tree, but a commit that
	// failed may have written there.
	buf := make([]byte, len(zeros))
	for off := high * pageSize; off < fi.Size(); off += int64(len(buf)) {
		n, err := f.ReadAt(buf, off)
		if err != nil && !errors.Is(err, io.EOF) {
			return w, err
		}
		if n > 0 && !bytes.Equal(buf[:n], zeros[:n]) {
			if _, err := f.WriteAt(zeros[:n], off); err != nil {
				return w, err
			}
			w.Bytes += int64(n)
		}
	}
	if err := f.Sync(); err != nil {
		return w, err
	}
	if progress != nil {
		progress(high, high)
	}
	return w, nil
}
