package storage

// One reading of a bundle into a new store (issue 23 item 6).
//
// An import checks the whole bundle before it writes anything (all or
// nothing), then reads it again to merge it: every line gunzipped and
// decoded twice, and the merge's one writer idle during the check. Into a
// store that holds (almost) nothing yet — a new office taking in its
// region's full bundle — the check itself writes: ImportBundle's check
// (checkForImport with onePass; not yet the import command's
// CheckForImport, whose promises for a stop or a kill are per batch: a
// stopped import keeps the batches merged) merges the bundle, as it checks it, into a copy of the store beside it
// (batch_swap.go's STORE.importing, written without an fsync a batch), and
// keeps everything but the last batch there. MergeCheckedContext then
// trusts the signer (the consultant's answer) in the copy, commits the last
// batch, puts the deferred index entries, groups the people, syncs the copy
// and renames it over the store.
//
// All or nothing as before: until that rename the store is not written at
// all. A bundle that fails anywhere (a bad line, the trailer's hash, the
// signature), a signer refused, ctx ending: the copy is deleted, and a
// failed bundle is then checked the usual way, so its error is the very
// one the usual check gives. A kill leaves only the copy, which the next
// Open deletes. The store written meanwhile (its last transaction is not the
// one the copy was made from) or a bundle whose signature is not the one
// its manifest promised: the copy is dropped and the bundle merged the
// usual way. The store written is looked at twice: when the merge begins,
// and under the store's writer lock just before the rename (handle.go), so
// a save made in the app while the copy is finished is never lost. The
// app's store may be swapped (maySwap): its other goroutines' transactions
// finish on the old file, and its search index loads again from the new
// one. Its trims wait while a copy is made and merged (copying).

import (
	"context"
	"errors"

	"frontoffice/storage/bundle"

	bolt "go.etcd.io/bbolt"
)

// onePassMost is how many records a store may hold for a bundle to be
// merged while it is checked (copying a bigger store costs more than the
// second reading saves on a small bundle).
var onePassMost = 1000

// onePass is a bundle merged into a copy of the store while checked.
type onePass struct {
	s    *Store
	big  *bigSave  // the copy (batch_swap.go)
	mg   *merger   // its merge, the last batch not yet committed
	last []decoded // the last batch
	txid int       // the store's last transaction when copied
	// stopped: the merging stopped at a batch boundary (keepOnStop); the
	// copy holds the batches merged before, the whole bundle checked.
	stopped bool
}

// smallStore reports whether the store holds fewer than onePassMost records.
func (s *Store) smallStore() (small bool, txid int) {
	s.db.View(func(tx *bolt.Tx) error {
		txid = int(tx.ID())
		n := 0
		tx.Bucket(bucketRecords).ForEachBucket(func(k []byte) error {
			c := tx.Bucket(bucketRecords).Bucket(k).Cursor()
			for key, _ := c.First(); key != nil && n < onePassMost; key, _ = c.Next() {
				n++
			}
			return nil
		})
		small = n < onePassMost
		return nil
	})
	return small, txid
}

// beginCopying reports whether no one-pass copy of s is under way, and if
// so marks one, until endCopying: the trims wait meanwhile (trimLoop).
func (s *Store) beginCopying() bool {
	return s.copying.CompareAndSwap(false, true)
}

func (s *Store) endCopying() { s.copying.Store(false) }

// drop deletes the copy, if it is still there.
func (one *onePass) drop() {
	if one.big.sh != nil {
		one.big.abort()
	}
	one.s.endCopying()
}

// errNotOnePass stops a one-pass check whose bundle must take the usual way.
var errNotOnePass = errors.New("not in one pass")

// checkInOnePass tries the one reading; ok false: the copy is gone and the
// caller checks the bundle the usual way (err is then nil, or ctx's).
// keepOnStop lets a stop (ctx) keep the batches merged into the copy so
// far (the rest of the bundle is still read and checked: nothing of a
// bundle that fails its checks is kept), and progress sees the lines merged
// into the copy and the manifest's count.
func (s *Store) checkInOnePass(ctx context.Context, src Source, once Passphrase, keepOnStop bool, progress func(lines, of int)) (c *Checked, ok bool, err error) {
	small, _ := s.smallStore()
	if !small || !s.maySwap() {
		return nil, false, nil
	}
	if !s.beginCopying() {
		return nil, false, nil // one copy at a time: its name is the store's
	}
	big, err := s.beginBig(ctx)
	if err != nil {
		s.endCopying()
		return nil, false, nil // the usual way says what is wrong
	}
	c = &Checked{Source: src, pass: once}
	mg := newMerger(big.sh, c, nil)
	mg.copyPath = big.tmp
	mg.keepOnStop = keepOnStop
	var signed bool
	mg.head = func(m bundle.Manifest) error {
		c.Manifest = m
		// Whether the bundle is signed is known at its end; its manifest
		// says whether it will be (a signed one that is not is not merged
		// this way).
		signed = m.FormatVersion >= 2 && m.Origin.Key != ""
		if progress != nil {
			of := 0
			for _, n := range m.Counts {
				of += n
			}
			mg.progress = func(lines int) { progress(lines, of) }
		}
		return s.db.View(func(tx *bolt.Tx) error {
			sg, err := s.signerOf(tx, m, signed)
			c.Signer = sg
			mg.start(m, sg)
			return err
		})
	}
	mg.end = func(br *bundle.Reader) error {
		c.Trailer = br.Trailer
		if br.Signed != signed {
			return errNotOnePass
		}
		return nil
	}
	last, err := mg.mergeBatches(ctx)
	if err == nil && !keepOnStop {
		err = ctx.Err() // stopped after the last whole batch: nothing is kept either
	}
	if err != nil {
		big.abort()
		s.endCopying()
		if ctx.Err() != nil {
			return nil, false, ctx.Err()
		}
		return nil, false, nil
	}
	c.one = &onePass{s: s, big: big, mg: mg, last: last, txid: big.txid, stopped: mg.halted}
	mg.progress = nil
	return c, true, nil
}

// mergeOnePass finishes a bundle merged while checked: the signer trusted
// in the copy, the last batch, the withdrawals it brought, the index entries
// and groups, then the copy in the store's place. ok false: the store was
// written since the copy; the copy is gone and nothing merged.
func (s *Store) mergeOnePass(ctx context.Context, c *Checked, progress func(lines int)) (sum ImportSummary, ok bool, err error) {
	one := c.one
	c.one = nil
	defer one.drop()
	if _, txid := s.smallStore(); txid != one.txid {
		return ImportSummary{}, false, nil
	}
	sh := one.big.sh
	// Nothing of the bundle has reached the store when the copy fails (a
	// full disk: the copy needs room for the whole store): the copy goes,
	// and the bundle is merged the usual way, batch by batch into the
	// store, which keeps what fits and says so.
	fail := func(error) (ImportSummary, bool, error) { return ImportSummary{}, false, nil }
	if err := sh.trustSigner(c); err != nil {
		return fail(err)
	}
	one.mg.c, one.mg.progress = c, progress
	stopped := one.stopped || (one.mg.keepOnStop && ctx.Err() != nil)
	if stopped && one.mg.sum.Records == 0 { // stopped before a batch: nothing to keep
		return ImportSummary{Manifest: c.Manifest}, true, context.Cause(orDone(ctx))
	}
	if !stopped {
		if err := one.mg.commit(one.last, true); err != nil {
			return fail(err)
		}
	}
	one.mg.count.flush(one.mg.sum.Kinds)
	sum = one.mg.sum
	if sum.Erasures, err = sh.eraseReceived(one.mg.received); err != nil {
		return fail(err)
	}
	// finish: the deferred index entries and groups in the copy, then the
	// rename; ctx is looked at once more before it, unless the batches
	// merged before a stop are what is kept (named pending in the copy).
	fctx := ctx
	if stopped {
		fctx = context.WithoutCancel(ctx)
	}
	one.big.trace = one.mg.trace // the end's steps (batch_swap.go)
	if _, _, err := one.big.finish(fctx); err != nil {
		if one.big.sh != nil {
			return fail(err)
		}
		return sum, true, err // merged, but not open again (Windows)
	}
	one.mg.trace.print()
	KillPoint("import-merged") // files and backups not yet erased (appdoc.FinishReceived)
	if stopped {
		return ImportSummary{Manifest: c.Manifest, Records: sum.Records}, true, context.Cause(orDone(ctx))
	}
	return sum, true, nil
}

// orDone is ctx, or a context already cancelled when ctx is not done (a
// stop seen by the reading, ctx done by the merge's time in any caller).
func orDone(ctx context.Context) context.Context {
	if ctx.Err() != nil {
		return ctx
	}
	c, cancel := context.WithCancel(ctx)
	cancel()
	return c
}

// Drop deletes what checking c left for merging it (the copy of a bundle
// merged while checked); for a bundle checked and then not merged. Merging
// c after Drop checks it again.
func (c *Checked) Drop() {
	if c != nil && c.one != nil {
		c.one.drop()
		c.one = nil
	}
}
