package storage

// Deferred index entries of an import.
//
// A consultation has six index entries, a person two, a visit two, and
// their values (a person, an idea, a phone) come in no useful order. Put
// batch by batch, as records are merged, they touch pages all over every
// index: at 300,000 consultations each batch rewrote most of those indexes'
// pages, and the import spent most of its time there. So an import puts the
// index entries of new records aside, with the record, in sync/ixpending,
// keyed in record order, and applies them at its end, index by index in key
// order, which writes each index page about once. (Not idea_applicant: the
// merge reads it.)
//
//	sync
//	  ixpending               kind \x00 id (16 bytes) → the record's index entries (pendingEntries)
//
// Until they are applied, lookups through those indexes do not find the
// new records (the records themselves are stored and shown). A kill midway
// leaves the marks: opening the store applies them (applying twice does no
// harm). A record written here meanwhile takes its entries the usual way and
// loses its mark, so applying never brings back an entry it no longer has.

import (
	"bytes"
	"encoding/binary"
	"slices"

	"frontoffice/model"

	bolt "go.etcd.io/bbolt"
)

// deferred reports whether an import puts idx's entries of new records
// aside: every index but the one the merge itself reads (an arriving person
// finds the ideas that name them as applicant, to show their name).
func deferred(idx index) bool { return idx.name != ixIdeaApplicant }

// applyChunk is how many entries one transaction applies: each transaction
// holds its pages in memory until it commits.
const applyChunk = 50000

func ixPending(tx *bolt.Tx) *bolt.Bucket {
	if sb := tx.Bucket(bucketSync); sb != nil {
		return sb.Bucket(bucketIxPending)
	}
	return nil
}

// pendingEntries encodes r's index entries (all indexes) for its mark:
// markV2, then (index number, uvarint len, value)*, the number being the
// index's place in allIndexes (which schema versions only append to).
// Marks written before markV2 name the index instead:
// (uvarint len, index name, uvarint len, value)*; they are still read.
func pendingEntries(r model.Record) []byte { return pendingEntriesOf(r, false) }

// allPendingEntries is pendingEntries with the entries of every index
// (mergeTx.deferAll).
func allPendingEntries(r model.Record) []byte { return pendingEntriesOf(r, true) }

func pendingEntriesOf(r model.Record, all bool) []byte {
	b := make([]byte, 1, 128) // most marks fit: one allocation
	b[0] = markV2
	for i, idx := range allIndexes {
		if !all && !deferred(idx) {
			continue
		}
		for _, v := range idx.valuesOf(r) {
			b = append(b, byte(i))
			b = binary.AppendUvarint(b, uint64(len(v)))
			b = append(b, v...)
		}
	}
	return b
}

// markV2 starts a mark that numbers its indexes; an older mark starts with
// a name's length, never 0. (A build from before markV2, 2026-12-05,
// opening a store that a newer build was killed in mid-import would not
// read these marks and would drop their entries; `check` would report them
// missing. Marks live only from an import's first batch to its end, and no
// such build was ever given out.)
const markV2 = 0

// eachPendingEntry calls fn with every (index number, value) of a mark and
// reports whether the mark read well.
func eachPendingEntry(b []byte, fn func(ix int, value []byte)) bool {
	if len(b) > 0 && b[0] == markV2 {
		for b = b[1:]; len(b) > 0; {
			ix := int(b[0])
			n, w := binary.Uvarint(b[1:])
			if w <= 0 || ix >= len(allIndexes) || uint64(len(b)-1-w) < n {
				return false
			}
			fn(ix, b[1+w:1+w+int(n)])
			b = b[1+w+int(n):]
		}
		return true
	}
	for len(b) > 0 {
		var parts [2][]byte
		for i := range parts {
			n, w := binary.Uvarint(b)
			if w <= 0 || uint64(len(b)-w) < n {
				return false
			}
			parts[i], b = b[w:w+int(n)], b[w+int(n):]
		}
		ix := slices.IndexFunc(allIndexes, func(idx index) bool { return idx.name == string(parts[0]) })
		if ix < 0 {
			return false
		}
		fn(ix, parts[1])
	}
	return true
}

// clearPending removes r's mark, if it has one, and reports whether it had:
// its index entries were never written, so a write replacing it has none to
// remove.
func clearPending(tx *bolt.Tx, k model.Kind, id []byte) (bool, error) {
	b := ixPending(tx)
	if b == nil {
		return false, nil
	}
	sk := syncKey(k, id)
	if b.Get(sk) == nil {
		return false, nil
	}
	return true, b.Delete(sk)
}

// applyPendingIndexes writes every deferred index entry and removes the marks.
// Each index's entries are gathered from the marks of the kinds it holds and
// sorted (the next index's while this one's are put: a reader does not hold
// up the writer), then put in key order, a chunk per transaction. An entry
// whose record has lost its mark meanwhile (written since) is skipped: that
// is looked up only when the store changed since the entries were gathered.
func (s *Store) applyPendingIndexes() error { return s.applyPending(false) }

// applyPending is applyPendingIndexes; all says the marks may hold
// entries of every index (mergeTx.deferAll), not only the deferred ones.
func (s *Store) applyPending(all bool) error {
	var exists, any bool
	s.db.View(func(tx *bolt.Tx) error {
		b := ixPending(tx)
		exists = b != nil
		if exists {
			k, _ := b.Cursor().First()
			any = k != nil
		}
		return nil
	})
	if !exists {
		return nil // the usual case: no import was stopped, nothing to write
	}
	if any {
		err := putGatheredAhead(nil, func(i int) (gathered, bool) {
			if !all && !deferred(allIndexes[i]) {
				return gathered{}, false
			}
			return s.gatherPending(allIndexes[i]), true
		}, s.putPending)
		if err != nil {
			return err
		}
	}
	return s.db.Update(func(tx *bolt.Tx) error {
		sb := tx.Bucket(bucketSync)
		if sb == nil || sb.Bucket(bucketIxPending) == nil {
			return nil
		}
		return sb.DeleteBucket(bucketIxPending)
	})
}

// putGatheredAhead puts every index's gathered entries (gather says false
// for an index it skips) with put, an index at a time in the order given
// (allIndexes' numbers; nil: allIndexes order), the next one gathered and
// sorted on another goroutine while this one's are put. It stops at the
// first error.
func putGatheredAhead(order []int, gather func(i int) (gathered, bool), put func(gathered) error) error {
	if order == nil {
		order = make([]int, len(allIndexes))
		for i := range order {
			order[i] = i
		}
	}
	ready := make(chan gathered, 1)
	stop := make(chan struct{})
	go func() {
		defer close(ready)
		for _, i := range order {
			g, ok := gather(i)
			if !ok {
				continue
			}
			select {
			case ready <- g:
			case <-stop:
				return
			}
		}
	}()
	var err error
	for g := range ready {
		if err == nil {
			err = g.err
		}
		if err == nil {
			err = put(g)
		}
		if err != nil {
			close(stop)
			for range ready {
			}
			return err
		}
	}
	return nil
}

// gathered is one index's deferred entries, sorted.
type gathered struct {
	idx   index
	kinds []model.Kind // whose marks hold them
	keys  [][]byte     // into blocks of about a megabyte: 300,000 keys cost little more than their bytes
	seq   uint64       // change_seq when gathered
	err   error
}

// kindsOf are the kinds whose records idx may hold.
func kindsOf(idx index) []model.Kind {
	var ks []model.Kind
	for _, k := range model.Kinds() {
		if idx.tombstones || idx.kind == k {
			ks = append(ks, k)
		}
	}
	return ks
}

// gatherPending reads idx's deferred entries from the marks and sorts them.
func (s *Store) gatherPending(idx index) gathered {
	g := gathered{idx: idx, kinds: kindsOf(idx)}
	want := slices.IndexFunc(allIndexes, func(x index) bool { return x.name == idx.name })
	var block []byte
	g.err = s.db.View(func(tx *bolt.Tx) error {
		g.seq = getU64(tx.Bucket(bucketMeta), keyChangeSeq)
		b := ixPending(tx)
		if b == nil {
			return nil
		}
		c := b.Cursor()
		for _, k := range g.kinds {
			prefix := append([]byte(k), 0)
			for mk, v := c.Seek(prefix); mk != nil && bytes.HasPrefix(mk, prefix); mk, v = c.Next() {
				id := mk[len(prefix):]
				if len(id) != 16 {
					continue // Check reports it
				}
				eachPendingEntry(v, func(ix int, value []byte) {
					if ix != want {
						return
					}
					n := len(value) + 1 + len(id)
					if cap(block)-len(block) < n {
						block = make([]byte, 0, max(1<<20, n))
					}
					at := len(block)
					block = append(block, value...)
					block = append(block, indexValueMarker)
					block = append(block, id...)
					g.keys = append(g.keys, block[at:len(block):len(block)])
				})
			}
		}
		return nil
	})
	slices.SortFunc(g.keys, bytes.Compare)
	return g
}

// putPending puts one index's gathered entries in key order.
func (s *Store) putPending(g gathered) error {
	for start := 0; start < len(g.keys); start += applyChunk {
		chunk := g.keys[start:min(start+applyChunk, len(g.keys))]
		if err := s.db.Update(func(tx *bolt.Tx) error {
			ix := tx.Bucket(bucketIndex).Bucket([]byte(g.idx.name))
			pend := ixPending(tx)
			if ix == nil || pend == nil {
				return nil
			}
			ix.FillPercent = recordFill // the keys come in order
			written := getU64(tx.Bucket(bucketMeta), keyChangeSeq) != g.seq
			for _, k := range chunk {
				if written && !marked(pend, g.kinds, k[len(k)-16:]) {
					continue
				}
				if err := ix.Put(k, nil); err != nil {
					return err
				}
			}
			return nil
		}); err != nil {
			return err
		}
	}
	return nil
}

// marked reports whether the record with id, of one of kinds, still has
// its mark.
func marked(pend *bolt.Bucket, kinds []model.Kind, id []byte) bool {
	for _, k := range kinds {
		if pend.Get(syncKey(k, id)) != nil {
			return true
		}
	}
	return false
}
