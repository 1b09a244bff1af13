package storage

import (
	"context"
	"fmt"
	"os"
	"runtime/debug"

	"frontoffice/model"

	bolt "go.etcd.io/bbolt"
)

// SaveBatch stores records made or changed here outside the app (a CSV import)
// in one transaction, so a crash or a refused record leaves the store as it was:
// all of them are written or none.
//
// A record whose id is not in the store is created (a fresh UUIDv7 when the id
// is empty, else the id it carries), as rev 1 stamped by this office. A record
// whose id is stored is written as its next revision exactly as Update does:
// its Rev must be the stored revision (else ErrStale), and the stored revision
// moves to history. Every record is validated first.
//
// On success the envelopes of rs are filled in; on failure they are as given.
func (s *Store) SaveBatch(rs []model.Record) (created, updated int, err error) {
	return s.SaveBatchContext(context.Background(), rs)
}

// SaveBatchContext is SaveBatch that gives up when ctx ends before the
// transaction commits (Ctrl+C): it is rolled back and nothing is saved.
func (s *Store) SaveBatchContext(ctx context.Context, rs []model.Record) (created, updated int, err error) {
	return s.saveBatch(ctx, rs, false)
}

// saveBatch is SaveBatchContext; checked says every record of rs was
// validated already.
func (s *Store) saveBatch(ctx context.Context, rs []model.Record, checked bool) (created, updated int, err error) {
	for _, r := range rs {
		if err := (&stepper{checked: checked}).valid(r); err != nil {
			return 0, 0, err
		}
	}
	orig := make([]model.Envelope, len(rs))
	for i, r := range rs {
		orig[i] = *r.Env()
	}
	w := &txSaver{s: s}
	err = s.db.Update(func(tx *bolt.Tx) error {
		w.tx = tx
		st := &stepper{ctx: ctx, checked: true}
		for _, r := range rs {
			if err := st.step(r); err != nil {
				return err
			}
			if err := w.save(r); err != nil {
				return err
			}
		}
		return ctx.Err() // a stop asked during the last records: roll back too
	})
	if err != nil {
		for i, r := range rs {
			*r.Env() = orig[i] // the caller may correct the batch and try again
		}
		return 0, 0, err
	}
	return w.created, w.updated, nil
}

// stepper is what each record SaveBatch and SaveEach take goes through
// first: ctx is looked at every 256 records (a stop asked), and the record
// is validated unless the caller did (checked).
type stepper struct {
	ctx     context.Context // nil: not looked at
	checked bool
	n       int
}

func (st *stepper) step(r model.Record) error {
	if st.ctx != nil && st.n%256 == 0 && st.ctx.Err() != nil {
		return st.ctx.Err()
	}
	st.n++
	return st.valid(r)
}

// valid validates r, unless it was checked already.
func (st *stepper) valid(r model.Record) error {
	if st.checked {
		return nil
	}
	if err := r.Validate(); err != nil {
		env := r.Env()
		return fmt.Errorf("save %s %s: %w", env.Kind, env.ID, err)
	}
	return nil
}

// txSaver saves records in one write transaction of the store, counting
// those it created and those it wrote a next revision of.
type txSaver struct {
	s                *Store
	tx               *bolt.Tx
	created, updated int
}

func (w *txSaver) save(r model.Record) error {
	isNew, err := w.s.saveOne(w.tx, r)
	if err != nil {
		return err
	}
	if isNew {
		w.created++
	} else {
		w.updated++
	}
	return nil
}

// saveOne creates r or writes its next revision inside tx; isNew says which.
func (s *Store) saveOne(tx *bolt.Tx, r model.Record) (isNew bool, err error) {
	return s.saveOneWith(tx, r, s.put, false)
}

// saveOneWith is saveOne writing the revision through put. dayChecked says
// the caller checked a new hours entry's day against the store and the
// records written before it (SaveEachChecked: csvio's parser did), so
// checkDay is not asked again.
func (s *Store) saveOneWith(tx *bolt.Tx, r model.Record, put putFunc, dayChecked bool) (isNew bool, err error) {
	env := r.Env()
	if err := checkKind(r); err != nil {
		return false, err
	}
	if env.ID == "" {
		env.ID = model.NewID()
	}
	key, err := idKey(env.ID)
	if err != nil {
		return false, fmt.Errorf("save %s: %w", env.Kind, err)
	}
	b, err := kindBucket(tx, bucketRecords, env.Kind)
	if err != nil {
		return false, err
	}
	if b.Get(key) != nil {
		editRules(tx, r)
		if err := s.updateWith(tx, r, false, put); err != nil {
			return false, fmt.Errorf("save %s %s: %w", env.Kind, env.ID, err)
		}
		return false, nil
	}
	if !dayChecked {
		if err := s.checkDay(tx, r); err != nil {
			return false, fmt.Errorf("save %s %s: %w", env.Kind, env.ID, err)
		}
	}
	next := *env
	next.Rev, next.BaseRev, next.BaseHLC, next.Deleted = 1, 0, 0, false
	if err := s.stamp(tx, &next); err != nil {
		return false, err
	}
	// A record brought from elsewhere (a spreadsheet) keeps when it was last
	// changed there, unless that is in the future.
	if given := env.UpdatedAt; !given.IsZero() && given.Before(next.UpdatedAt) {
		next.UpdatedAt = given.UTC()
	}
	*env = next
	if err := put(tx, key, nil, r); err != nil {
		return false, fmt.Errorf("save %s %s: %w", env.Kind, env.ID, err)
	}
	return true, nil
}

// SaveEach is SaveBatchContext for records that come one at a time, so a
// big import never holds them all: produce is called once and hands each
// record to yield, which validates it; the records are created or written
// as their next revision as SaveBatch does. When produce or yield fails, or
// ctx ends before the end, nothing is saved: all of the records are written
// or none, also when the program is killed meanwhile.
//
// Up to SaveInOne records are kept and written in one transaction once
// produce returns. More than that go through a copy of the store
// (batch_swap.go): written there in batches, with their index entries put
// in key order at the end, and the copy takes the store's place only when
// complete. That path swaps the store's file under the Store, so it is
// taken only by a store no other goroutine uses meanwhile: a command's
// (not the app's: opened with Options.Trim, or with its search index
// loaded, the store writes every record in one transaction).
//
// produce may read the store (Get and the other queries open their own
// read transactions): it sees the store as it was before the batch, not the
// records yielded so far. A record handed to yield is the store's from
// then on: produce must not change it.
func (s *Store) SaveEach(ctx context.Context, produce func(yield func(model.Record) error) error) (created, updated int, err error) {
	return s.saveEach(ctx, produce, false, false)
}

// SaveEachChecked is SaveEach for records the caller validated already
// (csvio's parser checks each row's record with its own Validate): they
// are not validated again.
func (s *Store) SaveEachChecked(ctx context.Context, produce func(yield func(model.Record) error) error) (created, updated int, err error) {
	return s.saveEach(ctx, produce, true, false)
}

// SaveEachCheckedMany is SaveEachChecked for a caller who expects more
// than SaveInOne records (a big file): a store that may be copied is
// copied at once, while the first records are read, and the copy's writer
// starts as soon as it is made, not after the first SaveInOne records
// (0.3–0.8 s of an ideas.csv of 100 000 rows in which the writer, the
// slower side, had nothing to do). Fewer records are saved through the
// copy all the same, as surely, only slower than in one transaction.
func (s *Store) SaveEachCheckedMany(ctx context.Context, produce func(yield func(model.Record) error) error) (created, updated int, err error) {
	return s.saveEach(ctx, produce, true, true)
}

func (s *Store) saveEach(ctx context.Context, produce func(yield func(model.Record) error) error, checked, many bool) (created, updated int, err error) {
	if !s.mayCopy() {
		return s.saveEachInOne(ctx, produce, checked)
	}
	defer boundHeap()()
	// The collector's pace of a bundle import (importgc.go): the heap stays
	// under importHeapLimit all the same, and at the default pace a
	// collection every few MB was a tenth of an import-csv's CPU.
	defer s.paceGCForImport()()
	s.apps = newImportPeople()
	s.apps.many = many
	defer func() { s.apps = nil }()
	st := &stepper{ctx: ctx, checked: checked}
	h := &heldSave{s: s, ctx: ctx, checked: checked, many: many, trace: newImportTrace()}
	defer func() {
		if err != nil {
			h.abort()
		}
	}()
	err = produce(func(r model.Record) error {
		if err := st.step(r); err != nil {
			return err
		}
		return h.add(r)
	})
	if err != nil {
		return 0, 0, err
	}
	if err := ctx.Err(); err != nil {
		return 0, 0, err // a stop asked during the last records
	}
	return h.finish()
}

// importHeapLimit is the Go memory limit while a command saves a big
// import (SaveEach through the copy): the collector runs sooner when the
// heap nears it, so the batches in flight, the reading's own tallies and
// bbolt's pages of a batch stay inside DESIGN.md §7's 150 MB with the
// store's mapped pages (mappedBudget). A GOMEMLIMIT set by whoever runs
// the program is left alone.
const importHeapLimit = 96 << 20

// boundHeap sets importHeapLimit until the returned func is called.
func boundHeap() (restore func()) {
	if os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	before := debug.SetMemoryLimit(importHeapLimit)
	return func() { debug.SetMemoryLimit(before) }
}

// heldSave is SaveEach's records on their way: held until there are more
// than SaveInOne, then through a copy of the store (bigSave). The copy is
// made on a goroutine of its own while the records go on coming (copying
// hundreds of MB took as long as reading a tenth of a sheet); they are
// held meanwhile, at most startHeld more, and handed over once it is open.
type heldSave struct {
	s        *Store
	ctx      context.Context
	checked  bool // SaveEachChecked: the records and their days were checked
	many     bool // SaveEachCheckedMany: the copy is made from the first record
	trace    *importTrace
	held     []model.Record
	big      *bigSave
	starting chan bigStart // the copy being made; nil before and after
}

// bigStart is beginBig's answer, from the goroutine that made the copy.
type bigStart struct {
	big *bigSave
	err error
}

// startHeld is how many records past SaveInOne are held at most while the
// copy is made; then the next waits for it.
var startHeld = 20000

func (h *heldSave) add(r model.Record) error {
	if h.big != nil {
		return h.big.add(r)
	}
	h.held = append(h.held, r)
	switch {
	case len(h.held) <= SaveInOne && !h.many:
		return nil
	case h.starting == nil:
		h.starting = make(chan bigStart, 1)
		go func(s *Store, ctx context.Context, out chan<- bigStart) {
			big, err := s.beginBig(ctx)
			out <- bigStart{big, err}
		}(h.s, h.ctx, h.starting)
		return nil
	case len(h.held) <= SaveInOne+startHeld:
		select {
		case st := <-h.starting:
			return h.started(st)
		default:
			return nil // still copying
		}
	}
	return h.started(<-h.starting)
}

// started takes the copy made for a big save and hands it what is held.
func (h *heldSave) started(st bigStart) error {
	h.starting = nil
	if st.err != nil {
		return st.err
	}
	h.big = st.big
	h.big.checked = h.checked
	h.big.trace = h.trace
	for _, r := range h.held {
		if err := h.big.add(r); err != nil {
			return err
		}
	}
	h.held = nil
	return nil
}

// finish writes what is held (validated as it came) or ends the big save.
func (h *heldSave) finish() (created, updated int, err error) {
	if h.starting != nil {
		if err := h.started(<-h.starting); err != nil {
			return 0, 0, err
		}
	}
	if h.big != nil {
		defer h.trace.print()
		return h.big.finish(h.ctx)
	}
	return h.s.saveBatch(h.ctx, h.held, true)
}

// abort throws away the copy of a big save that failed, once it is made.
func (h *heldSave) abort() {
	if h.starting != nil {
		st := <-h.starting
		h.starting = nil
		if st.err == nil {
			h.big = st.big
		}
	}
	if h.big != nil {
		h.big.abort()
	}
}

// saveEachInOne is SaveEach in one write transaction from the first record
// to the last (the app's: its store is not swapped under it).
func (s *Store) saveEachInOne(ctx context.Context, produce func(yield func(model.Record) error) error, checked bool) (created, updated int, err error) {
	w := &txSaver{s: s}
	err = s.db.Update(func(tx *bolt.Tx) error {
		w.tx = tx
		st := &stepper{ctx: ctx, checked: checked}
		err := produce(func(r model.Record) error {
			if err := st.step(r); err != nil {
				return err
			}
			return w.save(r)
		})
		if err != nil {
			return err
		}
		return ctx.Err() // a stop asked during the last records: roll back too
	})
	if err != nil {
		return 0, 0, err
	}
	return w.created, w.updated, nil
}
