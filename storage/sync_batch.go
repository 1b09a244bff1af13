package storage

import (
	"bytes"
	"encoding/binary"
	"slices"

	"frontoffice/model"

	bolt "go.etcd.io/bbolt"
)

// mergeTx is one import batch's transaction. Most of a merge's writes go to
// the secondary indexes, whose keys (a phone, a status, an idea id, then the
// record id) come in no useful order: put one at a time they touch pages all
// over each index. mergeTx keeps them until the batch ends (or until the
// merge reads that index) and puts them sorted, which touches each page once.
// The change counter is kept in memory for the batch likewise.
type mergeTx struct {
	tx   *bolt.Tx
	ix   map[string][]indexOp // index name → writes in merge order
	pend map[string][]byte    // ixpending marks to put: sync key → entries
	live map[model.Kind]int64 // live counts' changes (recount), put at done
	prep *decoded             // what the decoders made ahead for the record being merged
	seq  uint64               // change_seq so far; read on first use
	got  bool
	chg  *bolt.Bucket // sync/changed
	// recs and hist are the records and history buckets of kind recKind,
	// the last written: records come by kind, and looking them up by name
	// for each was ~2 % of a bundle import's CPU, on the writer's lane.
	recs, hist *bolt.Bucket
	recKind    model.Kind
	// people is set when a person was written: the store's people are
	// grouped again after the import (identity.go).
	people bool
	// withdrawn are the people whose withdrawal this batch brought, as
	// they were before it (erase_received.go).
	withdrawn []erasing
	// apps answers an idea's applicant for its search doc (a big import's:
	// import_refs.go); nil: read in tx.
	apps *importPeople
	// merged answers an idea's applicant from the people a bundle's merge
	// wrote (merge_people.go); nil: apps, else read in tx.
	merged *mergedPeople
	// index is the live index the commit updates (writeTx).
	index *liveIndex
	// side keeps the deferred index entries of an import into a copy
	// (ixside.go); nil: marks in sync/ixpending.
	side *sideIndex
	// key is markChanged's key, made again for each record (bbolt copies
	// a key it is given); vals its values, eight bytes each, cut from one
	// allocation (bbolt keeps a value until the commit).
	key, vals []byte
	// deferAll: the applicant index's entries of new records wait too (a
	// big SaveEach that has written no person: batch_swap.go).
	deferAll bool
	// last is, per kind, the greatest key its records bucket holds, as
	// this transaction's merge knows it (absent).
	last map[model.Kind][]byte
}

// absent reports, without a look-up, that recs (kind k's records) holds
// no record key: key is beyond the greatest key the bucket held when the
// transaction first asked (its cursor's Last) and every key putRecord has
// put since. Ids are UUIDv7, a bundle's records come by kind in mostly
// ascending ids: into a new store nearly every record is new and beyond
// the last, and its existence Get (a cursor's descent, a seventh of the
// writer's time) is not needed. Only putRecord writes a records bucket
// while a batch merges; false says nothing (the caller looks).
func (m *mergeTx) absent(k model.Kind, recs *bolt.Bucket, key []byte) bool {
	last, ok := m.last[k]
	if !ok {
		if m.last == nil {
			m.last = map[model.Kind][]byte{}
		}
		l, _ := recs.Cursor().Last()
		last = bytes.Clone(l) // nil: an empty bucket (every key is beyond)
		m.last[k] = last
	}
	return last == nil || bytes.Compare(key, last) > 0
}

// wrote notes key put in kind k's records bucket (absent).
func (m *mergeTx) wrote(k model.Kind, key []byte) {
	if last, ok := m.last[k]; ok && bytes.Compare(key, last) > 0 {
		m.last[k] = append(last[:0], key...)
	}
}

type indexOp struct {
	key []byte
	seq int // merge order, which decides between writes of one key
	del bool
}

func newMergeTx(w writeTx) *mergeTx {
	m := &mergeTx{tx: w.Tx, index: w.live, ix: map[string][]indexOp{}, pend: map[string][]byte{}, live: map[model.Kind]int64{},
		side: sideOf(w.Tx)}
	if m.side != nil {
		// A copy (batch_swap.go): no search index in memory reads it (the
		// store's loads from the file after the copy replaces it).
		m.index = nil
	}
	return m
}

// buckets are kind k's records and history buckets.
func (m *mergeTx) buckets(k model.Kind) (recs, hist *bolt.Bucket, err error) {
	if m.recs == nil || k != m.recKind {
		if m.recs, err = kindBucket(m.tx, bucketRecords, k); err != nil {
			return nil, nil, err
		}
		if m.hist, err = kindBucket(m.tx, bucketHistory, k); err != nil {
			m.recs = nil
			return nil, nil, err
		}
		m.recKind = k
	}
	return m.recs, m.hist, nil
}

// writing is m's transaction with its live index.
func (m *mergeTx) writing() writeTx { return writeTx{Tx: m.tx, live: m.index} }

// putRecord is putRecordData for a merge: the same writes, the index ones
// deferred.
func (m *mergeTx) putRecord(key, data []byte, old, r model.Record) error {
	recs, _, err := m.buckets(r.Env().Kind)
	if err != nil {
		return err
	}
	if err := recs.Put(key, data); err != nil {
		return err
	}
	m.wrote(r.Env().Kind, key)
	m.merged.note(r)
	if err := m.markChanged(r.Env().Kind, key); err != nil {
		return err
	}
	if k := r.Env().Kind; old == nil || m.pending(k, key) {
		// A new record: most of its index entries wait for the import's
		// end (ixpending.go), and so do a later revision's.
		ix := pendingEntries
		if m.deferAll {
			ix = allPendingEntries
		}
		if m.prep != nil && m.prep.r == r {
			ix = func(model.Record) []byte { return m.prep.ix }
		}
		if m.side != nil {
			if err := m.side.add(k, key, ix(r), old != nil); err != nil {
				return err
			}
		} else {
			m.pend[string(syncKey(k, key))] = ix(r)
		}
		m.reindex(key, old, r, false)
	} else {
		m.reindex(key, old, r, true)
	}
	if _, ok := r.(*model.Person); ok {
		m.people = true // grouped again once the import's index entries are in
		m.apps.stop()   // what it knew of people may be stale now
	}
	if live(r) {
		m.live[r.Env().Kind]++
	}
	if live(old) {
		m.live[old.Env().Kind]--
	}
	if _, ok := r.(*model.Person); ok && old != nil {
		if err := m.flushIndex(ixIdeaApplicant); err != nil { // researchRecord reads it
			return err
		}
	}
	var ahead docAhead
	if m.prep != nil && m.prep.r == r {
		ahead = docAhead{m.prep.folds, m.prep.made}
	}
	return researchRecordWith(m.writing(), key, old, r, ahead, m.merged.lookup(m.apps.lookup(applicantsIn(m.tx))))
}

// pending reports whether the record's index entries wait (ixpending.go).
func (m *mergeTx) pending(k model.Kind, id []byte) bool {
	if m.side != nil {
		return m.side.waiting(k, id)
	}
	sk := syncKey(k, id)
	if _, ok := m.pend[string(sk)]; ok {
		return true
	}
	b := ixPending(m.tx)
	return b != nil && b.Get(sk) != nil
}

// markChanged is markChanged with the counter kept in memory until done.
func (m *mergeTx) markChanged(k model.Kind, id []byte) error {
	if !m.got {
		m.seq, m.got = getU64(m.tx.Bucket(bucketMeta), keyChangeSeq), true
		m.chg = m.tx.Bucket(bucketSync).Bucket(bucketChanged)
		m.chg.FillPercent = recordFill // a bundle's records come by kind, ids mostly ascending
	}
	m.seq++
	m.key = append(append(append(m.key[:0], k...), 0), id...) // syncKey
	if len(m.vals) < 8 {
		m.vals = make([]byte, 8<<10)
	}
	v := m.vals[:8:8]
	m.vals = m.vals[8:]
	binary.BigEndian.PutUint64(v, m.seq)
	return m.chg.Put(m.key, v)
}

// reindex is reindex with the writes deferred.
// With all false, only the indexes an import does not defer.
func (m *mergeTx) reindex(id []byte, old, new model.Record, all bool) {
	for _, idx := range allIndexes {
		if !all && (m.deferAll || deferred(idx)) {
			continue
		}
		before, after := idx.valuesOf(old), idx.valuesOf(new)
		if equalStrings(before, after) {
			continue
		}
		ops := m.ix[idx.name]
		for _, v := range before {
			ops = append(ops, indexOp{indexKey(v, id), len(ops), true})
		}
		for _, v := range after {
			ops = append(ops, indexOp{indexKey(v, id), len(ops), false})
		}
		m.ix[idx.name] = ops
	}
}

// flushIndex writes the deferred writes of one index in key order; writes to
// the same key keep their order, so the last one wins as it would have.
func (m *mergeTx) flushIndex(name string) error {
	ops := m.ix[name]
	if len(ops) == 0 {
		return nil
	}
	slices.SortFunc(ops, func(a, b indexOp) int {
		if c := bytes.Compare(a.key, b.key); c != 0 {
			return c
		}
		return a.seq - b.seq
	})
	b := m.tx.Bucket(bucketIndex).Bucket([]byte(name))
	for _, op := range ops {
		var err error
		if op.del {
			err = b.Delete(op.key)
		} else {
			err = b.Put(op.key, nil)
		}
		if err != nil {
			return err
		}
	}
	delete(m.ix, name)
	return nil
}

// done writes everything deferred; the transaction may commit after it.
func (m *mergeTx) done() error {
	for _, idx := range allIndexes {
		if err := m.flushIndex(idx.name); err != nil {
			return err
		}
	}
	for k, d := range m.live {
		if err := addLiveCount(m.tx, k, d); err != nil {
			return err
		}
	}
	if len(m.pend) > 0 {
		b, err := m.tx.Bucket(bucketSync).CreateBucketIfNotExists(bucketIxPending)
		if err != nil {
			return err
		}
		b.FillPercent = recordFill // keys come in bundle order, mostly ascending
		keys := make([]string, 0, len(m.pend))
		for k := range m.pend {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			if err := b.Put([]byte(k), m.pend[k]); err != nil {
				return err
			}
		}
	}
	if m.people {
		if err := markIdentityStale(m.tx); err != nil {
			return err
		}
	}
	if m.got {
		return m.tx.Bucket(bucketMeta).Put(keyChangeSeq, u64(m.seq))
	}
	return nil
}
