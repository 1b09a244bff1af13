package storage

// Copy and swap: how SaveEach writes a big import (DESIGN.md §7 memory,
// §8 all or nothing).
//
// bbolt keeps every page a transaction changes in memory until it commits,
// so 200,000 CSV rows in one transaction took 694 MB; and their index
// entries, put in the order the rows came, moved most of every index's
// pages at each put (5,000 rows/s). A big import is therefore written into
// a copy of the store made beside it (STORE.importing), in batches of
// saveBatch records, each record as a save writes it (saveOneWith: clock,
// revision, history, change log, live counts, search doc), with its index
// entries put aside and applied at the end in key order (sync_batch.go's
// mergeTx and ixpending.go, as bundle import does), and the people grouped
// again once at the end (identity.go). Then the copy is synced and renamed
// over the store, and the Store goes on with it.
//
// All or nothing: the store file is not written at all until the rename.
// A refused record, a failure or ctx ending deletes the copy; a kill leaves
// it behind, and the next Open removes it (removeLeftoverCopy) and finds
// the store as it was. After the rename the store is the whole import.
//
// The store stays locked throughout: the copy is written from a read
// transaction of the open store (a consistent snapshot) and opened by bbolt,
// which locks it, so once renamed into place the lock is already on it; the
// old file's lock is let go only after the rename. A program that opened
// the old file meanwhile and waited for its lock finds, when it gets it,
// that the store's name no longer leads to that file, and opens again
// (openLocked).
//
// On Windows a file held open cannot be renamed over: the copy and the
// store are closed just before the rename and the store opened again just
// after (as restore does); another program could take the store in that
// moment, and then the import is saved but this Store is closed.
//
// SaveEach writes through a copy only on a store that no other goroutine
// uses meanwhile: the command line's (mayCopy). A bundle read once may go
// through a copy on the app's store too (maySwap): the swap then waits for
// no save and loses none (handle.go).

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"time"

	"frontoffice/model"

	bolt "go.etcd.io/bbolt"
)

// importingSuffix names the copy a big import writes, beside the store.
const importingSuffix = ".importing"

// SaveInOne is how many records SaveEach writes in one transaction of the
// store itself; more go through a copy of the store. A variable: tests
// lower it.
var SaveInOne = 10000

// saveBatch is how many records one transaction of a big import writes:
// bbolt holds the pages they change in memory until it commits.
var saveBatch = 2000

// mayCopy reports whether SaveEach may swap the store's file under it: not
// the app's store (opened with Trim; its search index loaded), whose
// goroutines share the bbolt handle, nor a read-only one. (SaveEach's
// writing into the copy reads the store as it goes: the app's screens
// save meanwhile.)
func (s *Store) mayCopy() bool {
	return !s.readOnly && !s.trims && !s.live.inUse()
}

// maySwap reports whether a bundle read once may be merged into a copy
// swapped in for the store (sync_onepass.go): any store that may be
// written, its handle swapped under its other users (handle.go), except
// where a file cannot be renamed while open (Windows): there only a store
// no other goroutine uses.
func (s *Store) maySwap() bool {
	return !s.readOnly && (renameLocked || s.mayCopy())
}

// removeLeftoverCopy deletes the copy of a big import killed before its
// end; the store's lock is held, so no import is writing it.
func removeLeftoverCopy(path string) {
	os.Remove(path + importingSuffix)
	removeSideFiles(path + importingSuffix) // its deferred index entries (ixside.go)
}

// bigSave is a big SaveEach under way: the copy, opened as a store of its
// own, the records waiting for the next batch, and the goroutine that
// writes the batches into the copy while the next one is made (the
// reading of a file and the writing each keep a core busy).
type bigSave struct {
	s   *Store
	sh  *Store // the copy; nil once swapped in or removed
	tmp string
	// txid is the store's last transaction when copied: written since,
	// the copy is not swapped in (handle.go).
	txid int
	// checked: the records and their days were checked (SaveEachChecked),
	// so a new hours entry's day is not checked again (saveOneWith).
	checked bool
	held    bigBatch
	apps    *importPeople // the applicants the reading found (import_refs.go)
	side    *sideIndex    // the copy's deferred index entries (ixside.go)
	gather  *gatherer     // the copy's page writes in runs (gather.go)
	trace   *importTrace  // FRONTOFFICE_IMPORT_TRACE: SaveEach's, or the one-pass merge's for the end's steps
	// deferAll: the applicant index's entries of new ideas wait for the
	// end too, put in key order with the others (in batches they went
	// to pages all over that index, 2,000 at each commit). Only until the
	// import writes a person, whose ideas' docs are found through that
	// index: then the entries waiting are put, and the rest go as before.
	deferAll bool
	// created and updated are the writer's counts: read once it ended.
	created, updated int
	batches          chan bigBatch // to the writer (unbuffered: one batch written, one filled)
	failed           chan struct{} // closed when the writer failed
	written          chan error    // the writer's end: nil or its first error
	ended            bool
	werr             error // the writer's error, once ended
}

// dropEvery is how many records a big import writes between looking
// whether the store pages it has read add up (overMapped): the search doc
// of 1,000 ideas reads their applicants, some 4 MB of pages here and there.
const dropEvery = 64

// beginBig copies the store beside itself and opens the copy.
func (s *Store) beginBig(ctx context.Context) (*bigSave, error) {
	if err := s.Damage(); err != nil {
		return nil, err
	}
	if copyHook != nil {
		copyHook()
	}
	tmp := s.path + importingSuffix
	txid, err := copyStore(s, tmp)
	if err != nil {
		os.Remove(tmp)
		return nil, fmt.Errorf("copy store %s for the import: %w", s.path, err)
	}
	startWriteback(tmp) // the copy's pages go to the disk while the rows are written
	// No fsync per batch, nor each time the file grows (bbolt's default
	// syncs the whole file then: every 16 MB of a big import): the copy is
	// thrown away unless it is complete, and it is synced once before it
	// takes the store's place.
	cdb, err := openBolt(tmp, 0o600, &bolt.Options{Timeout: LockTimeout, NoSync: true, NoGrowSync: true})
	if err != nil {
		os.Remove(tmp)
		return nil, fmt.Errorf("open %s: %w", tmp, err)
	}
	s.mu.Lock()
	sh := &Store{db: newGuardDB(cdb, tmp), path: tmp, officeID: s.officeID, pub: s.pub, now: s.now,
		actor: s.actor, hlc: s.hlc, live: &liveIndex{done: make(chan struct{})}}
	s.mu.Unlock()
	sh.bgCtx, sh.bgCancel = context.WithCancel(context.Background())
	b := &bigSave{s: s, sh: sh, tmp: tmp, txid: txid, held: newBigBatch(), apps: s.apps, deferAll: true,
		batches: make(chan bigBatch), failed: make(chan struct{}), written: make(chan error, 1)}
	b.side = newSideIndex(s, cdb, tmp)
	b.gather = gather(cdb)
	go b.write(ctx)
	return b, nil
}

// copyHook, when set (tests), is called by beginBig before it copies;
// swapHook by swapIn before it swaps.
var copyHook, swapHook func()

// copyStore writes a consistent copy of s's file to path (a read
// transaction's view, read through the file, not the mapped pages); txid
// is the store's last transaction that the copy holds.
func copyStore(s *Store, path string) (txid int, err error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return 0, err
	}
	err = s.db.View(func(tx *bolt.Tx) error {
		txid = int(tx.ID())
		_, err := tx.WriteTo(copyTarget{f})
		return err
	})
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return txid, err
}

// bigBatch is a batch of records for the writer, with what may be made
// ahead for each: a new record's search doc (preDoc) and the JSON of its
// body (preBody); zero: the writer makes them (send).
type bigBatch struct {
	rs     []model.Record
	docs   []docAhead
	bodies [][]byte
}

func newBigBatch() bigBatch {
	return bigBatch{rs: make([]model.Record, 0, saveBatch), docs: make([]docAhead, 0, saveBatch),
		bodies: make([][]byte, 0, saveBatch)}
}

// prepare makes ahead what the writer needs of record i, an idea's
// applicant answered by known: a new record is written as it is
// (saveOneWith).
func (bb *bigBatch) prepare(i int, known knownPeople) {
	if r := bb.rs[i]; r.Env().Rev == 0 {
		bb.docs[i], bb.bodies[i] = preDoc(r, known), preBody(r)
	}
}

// add takes r into the batch and hands the batch to the writer once full.
func (b *bigSave) add(r model.Record) error {
	b.held.rs = append(b.held.rs, r)
	b.held.docs = append(b.held.docs, docAhead{})
	b.held.bodies = append(b.held.bodies, nil)
	if len(b.held.rs) < saveBatch {
		return nil
	}
	return b.send()
}

// send hands the batch held to the writer (waiting while it writes the one
// before); a writer that failed ends the save with its error. While the
// writer is busy, the batch's records are prepared (bigBatch.prepare) one
// by one, until it takes the batch: the reading of a file and the writer
// share that work by who has time for it (the reading of a people file
// was the slower; of an ideas file, the writer).
func (b *bigSave) send() error {
	batch := b.held
	for i := range batch.rs {
		if prepareAll {
			batch.prepare(i, b.apps.known)
			continue
		}
		select {
		case <-b.failed:
			return b.wait()
		case b.batches <- batch:
			b.held = newBigBatch()
			return nil
		default:
			batch.prepare(i, b.apps.known) // the writer is busy
		}
	}
	t0 := time.Now()
	select {
	case <-b.failed:
		return b.wait()
	case b.batches <- batch:
	}
	b.trace.add("the reading waiting for the writer", t0)
	b.held = newBigBatch()
	return nil
}

// prepareAll: every record of a batch is prepared before the batch is
// handed over, whether the writer is busy or not (tests: both ways of
// writing a record, made ahead or by the writer, give the same bytes).
var prepareAll bool

// write is the writer: it writes each batch it is handed; after a failure
// it takes the rest without writing them. Every writebackEvery batches it
// gives the pages written so far to the disk (writeback): the copy is not
// synced until its end, and the sync then wrote all of the import's pages
// while nothing else ran (0.2–0.4 s of each import of 100 000 rows).
func (b *bigSave) write(ctx context.Context) {
	var err error
	n := 0
	t0 := time.Now()
	for batch := range b.batches {
		if n == 0 {
			b.trace.add("the writer waiting for its first batch", t0)
		} else {
			b.trace.add("the writer waiting for a batch", t0)
		}
		if err != nil {
			continue
		}
		t1 := time.Now()
		if err = b.flush(ctx, batch); err != nil {
			close(b.failed)
		}
		b.trace.add("the writer's transactions", t1)
		if n++; n%writebackEvery == 0 {
			writeback(b.tmp)
		}
		t0 = time.Now()
	}
	b.written <- err
}

// writebackEvery is how many batches the writer writes between two
// writebacks (some 20 MB of pages).
const writebackEvery = 8

// syncEarly begins the copy's sync while its last steps run (syncAhead);
// a variable: tests see it asked.
var syncEarly = syncAhead

// writeback asks the system to write the file's changed pages now
// (startWriteback); a variable: tests count the calls.
var writeback = startWriteback

// wait tells the writer there is nothing more and waits for its end.
func (b *bigSave) wait() error {
	if !b.ended {
		close(b.batches)
		b.werr, b.ended = <-b.written, true
	}
	return b.werr
}

// flush writes one batch in one transaction of the copy. The index
// entries of new records wait in sync/ixpending (applied by finish); those
// of revisions are put sorted at the batch's end (mergeTx).
func (b *bigSave) flush(ctx context.Context, batch bigBatch) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if b.deferAll && slices.ContainsFunc(batch.rs, isPerson) {
		if err := b.putApplicants(); err != nil {
			return err
		}
		b.deferAll = false
	}
	var created, updated int
	err := b.sh.db.Update(func(tx *bolt.Tx) error {
		m := newMergeTx(writeTx{Tx: tx}) // the copy: no index in memory reads it
		m.apps, m.deferAll = b.apps, b.deferAll
		b.sh.recordHLCLater(tx) // once for the batch, not once a record
		defer b.sh.recordHLCLater(nil)
		var doc docAhead // the record's being written
		var body []byte  // its body's JSON, made ahead for a new record
		put := func(tx *bolt.Tx, key []byte, old, r model.Record) error {
			var data []byte
			var err error
			if body != nil && old == nil {
				data, err = withBody(r, body)
			} else {
				data, err = encodeRecord(r)
			}
			if err != nil {
				return err
			}
			if doc.folds != nil {
				m.prep = &decoded{r: r, ix: pendingEntriesOf(r, m.deferAll), folds: doc.folds, made: doc.docMade}
				defer func() { m.prep = nil }()
			}
			return m.putRecord(key, data, old, r)
		}
		for i, r := range batch.rs {
			doc, body = batch.docs[i], batch.bodies[i]
			if i%dropEvery == dropEvery-1 && overMapped() {
				dropMapped(tx) // the pages a batch reads (an idea's applicant…) add up
			}
			isNew, err := b.sh.saveOneWith(tx, r, put, b.checked)
			if err != nil {
				return err
			}
			if !isNew {
				updated++
				continue
			}
			created++
			// The day's limit (checkDay) reads a person's hours through
			// hours_person: the entries of this import's hours are put now,
			// unless the limit was checked before (their entries wait for
			// the end with the others).
			if h, ok := r.(*model.Hours); ok && live(h) && !b.checked {
				key, _ := idKey(h.ID)
				if err := tx.Bucket(bucketIndex).Bucket([]byte(ixHoursPerson)).Put(indexKey(h.PersonID, key), nil); err != nil {
					return err
				}
			}
		}
		if err := b.sh.putHLC(tx); err != nil {
			return err
		}
		return m.done()
	})
	if err != nil {
		return err
	}
	b.created += created
	b.updated += updated
	// The pages of both files read so far stay in the system's cache, not
	// in this process's resident memory (mem.go), once they add up.
	if overMapped() {
		b.sh.releaseMapped()
		b.s.releaseMapped()
	}
	return nil
}

func isPerson(r model.Record) bool { _, ok := r.(*model.Person); return ok }

// putApplicants puts the applicant index's entries waiting in the copy's
// side files or marks (they stay there: put again at the end, the same keys).
func (b *bigSave) putApplicants() error {
	i := slices.IndexFunc(allIndexes, func(x index) bool { return x.name == ixIdeaApplicant })
	if b.side != nil {
		g := b.side.gather(i)
		if g.err != nil {
			return g.err
		}
		return b.sh.putSorted(g)
	}
	g := b.sh.gatherPending(allIndexes[i])
	if g.err != nil {
		return g.err
	}
	return b.sh.putPending(g)
}

// finish writes the last batch, the deferred index entries and the groups
// of people, syncs the copy and puts it in the store's place.
func (b *bigSave) finish(ctx context.Context) (created, updated int, err error) {
	if len(b.held.rs) > 0 {
		if err := b.send(); err != nil {
			return 0, 0, err
		}
	}
	t0 := time.Now()
	if err := b.wait(); err != nil {
		return 0, 0, err
	}
	b.trace.add("the end: the writer's last batch", t0)
	synced := syncEarly(b.tmp) // the batches' pages, while the index entries are put
	cdb := b.sh.db.current()
	t0 = time.Now()
	if err := b.sh.applyPending(true); err != nil {
		return 0, 0, err
	}
	if err := b.side.apply(b.sh); err != nil {
		return 0, 0, err
	}
	b.side.close(cdb)
	b.trace.add("the end: index entries", t0)
	t0 = time.Now()
	if err := b.sh.regroupIfStale(); err != nil {
		return 0, 0, err
	}
	b.trace.add("the end: groups", t0)
	if err := ctx.Err(); err != nil {
		return 0, 0, err
	}
	t0 = time.Now()
	synced()
	if err := cdb.Sync(); err != nil {
		return 0, 0, fmt.Errorf("sync %s: %w", b.tmp, err)
	}
	b.trace.add("the end: sync", t0)
	b.gather.ungather()
	cdb.NoSync, cdb.NoGrowSync = false, false
	t0 = time.Now()
	swapped, err := b.s.swapIn(cdb, b.tmp, b.txid)
	b.trace.add("the end: rename", t0)
	if !swapped {
		return 0, 0, err
	}
	b.sh.bgCancel()
	b.sh.mu.Lock()
	hlc := b.sh.hlc
	b.sh.mu.Unlock()
	b.sh = nil
	b.s.mu.Lock()
	b.s.hlc = max(b.s.hlc, hlc)
	b.s.mu.Unlock()
	return b.created, b.updated, err // err: saved, but not open again (Windows)
}

// abort waits for the writer, then closes and deletes the copy: the store
// was not changed.
func (b *bigSave) abort() {
	if b.sh == nil {
		return
	}
	b.wait()
	b.sh.bgCancel()
	b.side.close(b.sh.db.current())
	b.sh.db.Close()
	os.Remove(b.tmp)
	b.sh = nil
}

// swapIn renames the copy (open in cdb, synced) over the store and goes on
// with it, unless the store was written since the copy was made
// (errWrittenSince); swapped reports whether the store is the copy now
// (then err is a failure to open it again, on Windows). Transactions
// running on the old file meanwhile finish on it (handle.go), and the
// search index, if in use, is loaded again from the new file.
func (s *Store) swapIn(cdb *bolt.DB, tmp string, txid int) (swapped bool, err error) {
	dir := filepath.Dir(s.path)
	if swapHook != nil {
		swapHook()
	}
	if renameLocked {
		err := s.db.swap(cdb, txid, func() error {
			if err := os.Rename(tmp, s.path); err != nil {
				return fmt.Errorf("put %s in place of %s: %w", tmp, s.path, err)
			}
			syncDir(dir)
			return nil
		})
		if err != nil {
			return false, err
		}
		s.reloadSearch()
		return true, nil
	}
	// Windows: neither file may be open while renamed (only a store no
	// other goroutine uses: maySwap).
	if err := cdb.Close(); err != nil {
		return false, err
	}
	var renameErr error
	err = s.db.reopen(func() (*bolt.DB, error) {
		if renameErr = os.Rename(tmp, s.path); renameErr == nil {
			syncDir(dir)
		}
		return openLocked(s.path, 0o600, bolt.Options{Timeout: LockTimeout})
	})
	if err != nil {
		return renameErr == nil, fmt.Errorf("open store %s again: %w", s.path, ErrInUse)
	}
	if renameErr != nil {
		return false, fmt.Errorf("put %s in place of %s: %w", tmp, s.path, renameErr)
	}
	return true, nil
}
