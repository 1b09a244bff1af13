package storage

import (
	"context"
	"fmt"

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
	for _, r := range rs {
		if err := r.Validate(); err != nil {
			env := r.Env()
			return 0, 0, fmt.Errorf("save %s %s: %w", env.Kind, env.ID, err)
		}
	}
	orig := make([]model.Envelope, len(rs))
	for i, r := range rs {
		orig[i] = *r.Env()
	}
	err = s.db.Update(func(tx *bolt.Tx) error {
		for i, r := range rs {
			if i%256 == 0 && ctx.Err() != nil {
				return ctx.Err()
			}
			isNew, err := s.saveOne(tx, r)
			if err != nil {
				return err
			}
			if isNew {
				created++
			} else {
				updated++
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
	return created, updated, nil
}

// saveOne creates r or writes its next revision inside tx; isNew says which.
func (s *Store) saveOne(tx *bolt.Tx, r model.Record) (isNew bool, err error) {
	return s.saveOneWith(tx, r, putRecord)
}

// saveOneWith is saveOne writing the revision through put.
func (s *Store) saveOneWith(tx *bolt.Tx, r model.Record, put putFunc) (isNew bool, err error) {
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
	if err := s.checkDay(tx, r); err != nil {
		return false, fmt.Errorf("save %s %s: %w", env.Kind, env.ID, err)
	}
	next := *env
	next.Rev, next.BaseRev, next.Deleted = 1, 0, false
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
// records yielded so far.
func (s *Store) SaveEach(ctx context.Context, produce func(yield func(model.Record) error) error) (created, updated int, err error) {
	if !s.mayCopy() {
		return s.saveEachInOne(ctx, produce)
	}
	var held []model.Record
	var big *bigSave
	defer func() {
		if big != nil && err != nil {
			big.abort()
		}
	}()
	n := 0
	yield := func(r model.Record) error {
		if n%256 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		n++
		if err := r.Validate(); err != nil {
			env := r.Env()
			return fmt.Errorf("save %s %s: %w", env.Kind, env.ID, err)
		}
		if big != nil {
			return big.add(ctx, r)
		}
		held = append(held, r)
		if len(held) <= SaveInOne {
			return nil
		}
		var err error
		if big, err = s.beginBig(); err != nil {
			return err
		}
		for _, r := range held {
			if err := big.add(ctx, r); err != nil {
				return err
			}
		}
		held = nil
		return nil
	}
	if err := produce(yield); err != nil {
		return 0, 0, err
	}
	if err := ctx.Err(); err != nil {
		return 0, 0, err // a stop asked during the last records
	}
	if big != nil {
		return big.finish(ctx)
	}
	return s.SaveBatchContext(ctx, held)
}

// saveEachInOne is SaveEach in one write transaction from the first record
// to the last (the app's: its store is not swapped under it).
func (s *Store) saveEachInOne(ctx context.Context, produce func(yield func(model.Record) error) error) (created, updated int, err error) {
	err = s.db.Update(func(tx *bolt.Tx) error {
		n := 0
		yield := func(r model.Record) error {
			if n%256 == 0 && ctx.Err() != nil {
				return ctx.Err()
			}
			n++
			if err := r.Validate(); err != nil {
				env := r.Env()
				return fmt.Errorf("save %s %s: %w", env.Kind, env.ID, err)
			}
			isNew, err := s.saveOne(tx, r)
			if err != nil {
				return err
			}
			if isNew {
				created++
			} else {
				updated++
			}
			return nil
		}
		if err := produce(yield); err != nil {
			return err
		}
		return ctx.Err() // a stop asked during the last records: roll back too
	})
	if err != nil {
		return 0, 0, err
	}
	return created, updated, nil
}
