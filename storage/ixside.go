package storage

// Deferred index entries of an import into a copy, kept beside it.
//
// An import puts the index entries of its new records aside and applies
// them at its end in key order (ixpending.go). Into the store itself they
// wait as marks in sync/ixpending, so that a kill loses none: the next
// Open applies them. An import into a copy of the store (batch_swap.go: a
// big SaveEach, a bundle read once into a new store) needs no such
// promise, since a kill throws the copy away: there the marks cost a put
// a record, the pages they fill and free again, and reading every mark once
// per index it may hold entries for (a consultation's eight times) — about
// a seventh of a bundle's import. So a copy keeps them in files beside it
// instead (COPY.ix-INDEX, removed with the copy; a kill leaves them to
// removeLeftoverCopy), appended in merge order, read back one index at a
// time at the end, sorted and put.
//
// What the marks said per record the side says by exception. A record
// waits (its entries are in the files and not yet in the indexes) when the
// copy holds it and the store copied does not — the import made it —
// unless the copy's usual write path made it (made: its entries were put
// then) or has written it since (gone: clearPending; the entries it put
// then are the record's, those waiting are dropped). A record written
// again by the merge while it waits appends its new entries under a new
// version (ver), and only the last version's are applied.
//
//	COPY.ix-INDEX   (kind number, uvarint version, uvarint key length, key)*

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sync"

	"frontoffice/model"

	bolt "go.etcd.io/bbolt"
)

// sideIndex is the deferred index entries of an import into a copy.
type sideIndex struct {
	orig  *Store // the store copied: not written until the copy replaces it
	base  string // the files' path, less the index's name
	mu    sync.Mutex
	files []*os.File        // by index number (allIndexes), opened at the first entry
	bufs  [][]byte          // by index number: entries not yet written to the file
	count []int             // by index number: entries appended, which gather sizes its list by
	kinds []model.Kind      // kind numbers, as met
	ver   map[string]uint32 // sync key → the version whose entries count
	gone  map[string]bool   // sync key → written since the usual way
	made  map[string]bool   // sync key → made by the usual way
}

// sideIndexes are the copies' sides, by the copy's bbolt handle.
var sideIndexes sync.Map

// sideOf is the side of the copy tx writes; nil for a store.
func sideOf(tx *bolt.Tx) *sideIndex {
	if v, ok := sideIndexes.Load(tx.DB()); ok {
		return v.(*sideIndex)
	}
	return nil
}

// newSideIndex keeps the deferred entries of the copy db (at path) of orig
// beside it, until closed; nil when the copy holds marks already (a store
// whose import was stopped and not applied: they stay the way).
func newSideIndex(orig *Store, db *bolt.DB, path string) *sideIndex {
	marked := false
	db.View(func(tx *bolt.Tx) error {
		if b := ixPending(tx); b != nil {
			k, _ := b.Cursor().First()
			marked = k != nil
		}
		return nil
	})
	if marked {
		return nil
	}
	si := &sideIndex{orig: orig, base: path + ".ix-", files: make([]*os.File, len(allIndexes)),
		bufs: make([][]byte, len(allIndexes)), count: make([]int, len(allIndexes)), ver: map[string]uint32{}, gone: map[string]bool{}, made: map[string]bool{}}
	sideIndexes.Store(db, si)
	return si
}

// sidePattern matches the files of the copy at path (removeLeftoverCopy).
func sidePattern(path string) string { return path + ".ix-*" }

// close forgets the side of db and removes its files.
func (si *sideIndex) close(db *bolt.DB) {
	if si == nil {
		return
	}
	sideIndexes.Delete(db)
	si.mu.Lock()
	defer si.mu.Unlock()
	for i, f := range si.files {
		if f != nil {
			f.Close()
			os.Remove(f.Name())
			si.files[i], si.bufs[i] = nil, nil
		}
	}
}

// kindNo numbers k for the files.
func (si *sideIndex) kindNo(k model.Kind) byte {
	i := slices.Index(si.kinds, k)
	if i < 0 {
		i = len(si.kinds)
		si.kinds = append(si.kinds, k)
	}
	return byte(i)
}

// waiting reports whether the record's entries wait in the files.
func (si *sideIndex) waiting(k model.Kind, id []byte) bool {
	sk := string(syncKey(k, id))
	si.mu.Lock()
	off := si.gone[sk] || si.made[sk]
	si.mu.Unlock()
	if off {
		return false
	}
	had := false
	si.orig.db.View(func(tx *bolt.Tx) error {
		if b := tx.Bucket(bucketRecords).Bucket([]byte(k)); b != nil {
			had = b.Get(id) != nil
		}
		return nil
	})
	return !had
}

// add appends the entries of r's mark (pendingEntries) as the record's;
// again says the record waits already: these replace the entries before.
func (si *sideIndex) add(k model.Kind, id, mark []byte, again bool) error {
	si.mu.Lock()
	defer si.mu.Unlock()
	var v uint32
	if again {
		sk := string(syncKey(k, id))
		v = si.ver[sk] + 1
		si.ver[sk] = v
	}
	kn := si.kindNo(k)
	var err error
	ok := eachPendingEntry(mark, func(ix int, value []byte) {
		if err != nil {
			return
		}
		b := si.bufs[ix]
		if b == nil {
			if si.files[ix], err = os.OpenFile(si.base+allIndexes[ix].name, os.O_RDWR|os.O_CREATE|os.O_TRUNC, 0o600); err != nil {
				return
			}
			b = make([]byte, 0, sideBuf+256)
		}
		b = append(b, kn)
		b = binary.AppendUvarint(b, uint64(v))
		b = binary.AppendUvarint(b, uint64(len(value)+1+len(id)))
		b = append(b, value...)
		b = append(b, indexValueMarker)
		b = append(b, id...)
		si.count[ix]++
		if len(b) >= sideBuf {
			_, err = si.files[ix].Write(b)
			b = b[:0]
		}
		si.bufs[ix] = b
	})
	if err == nil && !ok {
		err = fmt.Errorf("index entries of %s %x: bad mark", k, id)
	}
	return err
}

// sideBuf is how many bytes of one index's entries are written at once.
const sideBuf = 64 << 10

// drop says the usual way wrote the record: nothing waiting of it is applied.
func (si *sideIndex) drop(k model.Kind, id []byte) {
	si.mu.Lock()
	si.gone[string(syncKey(k, id))] = true
	si.mu.Unlock()
}

// noteMade says the usual way made the record, with its entries.
func (si *sideIndex) noteMade(k model.Kind, id []byte) {
	si.mu.Lock()
	si.made[string(syncKey(k, id))] = true
	si.mu.Unlock()
}

// gather reads index number ix's entries back, the ones that count, sorted.
func (si *sideIndex) gather(ix int) gathered {
	g := gathered{idx: allIndexes[ix]}
	si.mu.Lock()
	defer si.mu.Unlock()
	f := si.files[ix]
	if f == nil {
		return g
	}
	if _, g.err = f.Write(si.bufs[ix]); g.err != nil {
		return g
	}
	si.bufs[ix] = si.bufs[ix][:0]
	var data []byte
	if data, g.err = os.ReadFile(f.Name()); g.err != nil {
		return g
	}
	filter := len(si.ver) > 0 || len(si.gone) > 0
	g.keys = make([][]byte, 0, si.count[ix])
	var sk []byte
	for len(data) > 0 {
		kn := int(data[0])
		v, w1 := binary.Uvarint(data[1:])
		n, w2 := binary.Uvarint(data[1+max(w1, 0):])
		at := 1 + w1 + w2
		if w1 <= 0 || w2 <= 0 || kn >= len(si.kinds) || uint64(len(data)-at) < n || n < 17 {
			g.err = fmt.Errorf("%s: damaged at %d", f.Name(), len(data))
			return g
		}
		key := data[at : at+int(n) : at+int(n)]
		data = data[at+int(n):]
		if filter {
			sk = append(append(append(sk[:0], si.kinds[kn]...), 0), key[len(key)-16:]...)
			if si.gone[string(sk)] || uint64(si.ver[string(sk)]) != v {
				continue
			}
		}
		g.keys = append(g.keys, key)
	}
	slices.SortFunc(g.keys, bytes.Compare)
	return g
}

// smallestFirst is the indexes' numbers, those with the fewest entries
// first. Gathering an index (reading, sorting) costs about what putting
// it does, and the next is gathered while one is put: in allIndexes order
// a bundle's consultation indexes came after the ideas' small ones, and
// the puts waited for their gathering, a fifth of the end (0.27 of 1.36 s).
func (si *sideIndex) smallestFirst() []int {
	si.mu.Lock()
	defer si.mu.Unlock()
	order := make([]int, len(allIndexes))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return si.count[a] - si.count[b] })
	return order
}

// apply puts every waiting entry that counts, an index at a time in key
// order (the next index read and sorted while this one's are put).
func (si *sideIndex) apply(s *Store) error {
	if si == nil {
		return nil
	}
	return putGatheredAhead(si.smallestFirst(), func(i int) (gathered, bool) { return si.gather(i), true }, s.putSorted)
}

// putSorted puts one index's gathered entries, already sorted, a chunk a
// transaction.
func (s *Store) putSorted(g gathered) error { return s.putSortedIn(g, sideChunk) }

// sideChunk is how many entries putSorted puts in one transaction of the
// copy. bbolt splits a node only when its transaction commits: until then
// every entry goes into one leaf, whose slice grows a quarter at a time
// (each time a new large allocation, cleared, and a copy). At 50 000 a
// transaction the puts cost about 1.4 times those of 5 000
// (BenchmarkSideIndexPuts); the copy is not synced per commit, so more
// commits cost little.
const sideChunk = 5000

func (s *Store) putSortedIn(g gathered, n int) error {
	for start := 0; start < len(g.keys); start += n {
		chunk := g.keys[start:min(start+n, len(g.keys))]
		if err := s.db.Update(func(tx *bolt.Tx) error {
			ix := tx.Bucket(bucketIndex).Bucket([]byte(g.idx.name))
			if ix == nil {
				return nil
			}
			ix.FillPercent = recordFill // the keys come in order
			for _, k := range chunk {
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

// removeSideFiles removes the files of a copy killed before its end.
func removeSideFiles(path string) {
	names, _ := filepath.Glob(sidePattern(path))
	for _, n := range names {
		os.Remove(n)
	}
}
