package storage

import (
	"context"
	"errors"
	"fmt"

	"frontoffice/model"

	bolt "go.etcd.io/bbolt"
)

// A bulk load (the demo's hundreds of thousands of records) writes through
// the same path as a bundle import: each batch puts its records, and their
// search docs and change marks, in id order (the demo's ids are UUIDv7s
// made from each record's time, so they mostly append), while the index
// entries, whose keys come in no useful order, wait in sync/ixpending
// (ixpending.go) and are put at the end, index by index in key order.
// Put one record at a time, as InsertBatch does, they rewrote pages all
// over every index in every batch: at 100,000 ideas and people the demo
// spent most of its time in bbolt's node.put and wrote 2.2 GB for an
// 844 MB store, and it grew faster than the data.
//
// The records are checked and encoded (JSON, index entries, folded search
// text) on one goroutine while the previous batch is written on another,
// so both cores work.

// bulkBatch is how many records one transaction of InsertBulk holds.
var bulkBatch = 5000

// errBulkStopped ends the producer when the writer has stopped.
var errBulkStopped = errors.New("bulk load stopped")

// InsertBulk stores fresh, complete records (envelopes filled in, as the
// demo makes them) that produce hands to yield, in transactions of a few
// thousand, and calls saved with each batch once it is committed. An
// invalid record, an id already stored, or an error from produce stops it
// there: the batches before stay (saved was told of them), the one it is in
// is not written. When ctx ends, it stops between two batches and returns
// ctx's error.
//
// The index entries of the records wait until the end (ixpending.go):
// InsertBulk puts them, in key order, before it returns, also when it
// stopped early; a process killed meanwhile leaves marks that the next
// opening applies.
func (s *Store) InsertBulk(ctx context.Context, produce func(yield func(model.Record) error) error, saved func([]model.Record)) (err error) {
	defer s.paceGCForImport()()
	batches := make(chan []decoded, 1)
	stop := make(chan struct{})
	var perr error // the producer's; read after batches is closed
	go func() {
		defer close(batches)
		batch := make([]decoded, 0, bulkBatch)
		send := func() error {
			select {
			case batches <- batch:
			case <-stop:
				return errBulkStopped
			}
			batch = make([]decoded, 0, bulkBatch)
			return nil
		}
		perr = produce(func(r model.Record) error {
			d, err := prepareInsert(r)
			if err != nil {
				return err
			}
			batch = append(batch, d)
			if len(batch) == bulkBatch {
				return send()
			}
			return nil
		})
		if perr == nil && len(batch) > 0 {
			perr = send()
		}
	}()
	defer func() {
		// Whatever was saved gets its index entries and its grouping.
		if ferr := s.finishBulk(); err == nil {
			err = ferr
		}
	}()
	stopped := false
	halt := func() {
		if !stopped {
			stopped = true
			close(stop)
		}
	}
	for b := range batches {
		if err != nil {
			continue // drain: the producer is told to stop
		}
		if err = ctx.Err(); err == nil {
			err = s.insertPrepared(b)
		}
		if err != nil {
			halt()
			continue
		}
		if saved != nil {
			rs := make([]model.Record, len(b))
			for i := range b {
				rs[i] = b[i].r
			}
			saved(rs)
		}
	}
	halt()
	if err == nil && perr != nil && !errors.Is(perr, errBulkStopped) {
		err = perr
	}
	return err
}

// prepareInsert checks a fresh record and makes what writing it needs.
func prepareInsert(r model.Record) (decoded, error) {
	env := r.Env()
	if err := r.Validate(); err != nil {
		return decoded{}, fmt.Errorf("%s %s: %w", env.Kind, env.ID, err)
	}
	if err := checkInserted(r); err != nil {
		return decoded{}, err
	}
	if _, err := idKey(env.ID); err != nil {
		return decoded{}, err
	}
	data, err := encodeRecord(r)
	if err != nil {
		return decoded{}, err
	}
	return decoded{r: r, data: data, ix: pendingEntries(r), folds: prefoldDoc(r)}, nil
}

// insertPrepared writes one batch of prepared fresh records in one
// transaction, their deferred index entries as marks.
func (s *Store) insertPrepared(ds []decoded) error {
	return s.db.Update(func(tx *bolt.Tx) error {
		m := newMergeTx(s.writing(tx))
		var hlc uint64
		for i := range ds {
			d := &ds[i]
			env := d.r.Env()
			key, err := idKey(env.ID)
			if err != nil {
				return err
			}
			b, err := kindBucket(tx, bucketRecords, env.Kind)
			if err != nil {
				return err
			}
			b.FillPercent = recordFill // ids mostly ascending
			if b.Get(key) != nil || m.pend[string(syncKey(env.Kind, key))] != nil {
				return fmt.Errorf("insert %s %s: %w", env.Kind, env.ID, ErrExists)
			}
			m.prep = d
			if err := m.putRecord(key, d.data, nil, d.r); err != nil {
				return err
			}
			hlc = max(hlc, env.HLC)
		}
		m.prep = nil
		if err := m.done(); err != nil {
			return err
		}
		return s.observeHLC(tx, hlc)
	})
}

// finishBulk puts the index entries a bulk load left waiting, in key order,
// and groups the people again (identity.go).
func (s *Store) finishBulk() error {
	if err := s.applyPendingIndexes(); err != nil {
		return err
	}
	return s.regroupIfStale()
}
