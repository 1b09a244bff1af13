package storage

// Salvage: copy every record a damaged store can still give into a new
// store, and say what could not be read. The damaged file is opened
// read-only and never changed. Each bucket is read in key order; when a
// damaged page stops the cursor, the first key after it that can be reached
// again is found by seeking (a damaged leaf or branch covers one contiguous
// range of keys), and the keys in between are reported as lost.

import (
	"bytes"
	"crypto/ed25519"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"

	"frontoffice/model"

	bolt "go.etcd.io/bbolt"
)

// LostRange is a run of keys in one bucket that could not be read: every
// key after After and before Before (nil: from the first, to the last).
type LostRange struct {
	Bucket        string // "records/idea", "history/person", "settings"…
	After, Before []byte
}

// SalvageReport says what Salvage copied and what it could not.
type SalvageReport struct {
	Copied  map[model.Kind]int // current records copied, by kind
	History int                // earlier revisions copied
	Lost    []LostRange        // runs of keys behind damaged pages
	// Unreadable lists records whose page was read but whose text does
	// not decode (bucket and key).
	Unreadable []LostRange
}

// ErrOutputExists is an output file that is there already (give --force).
var ErrOutputExists = errors.New("the output file exists already")

// ErrOutputIsStore is an output that is the store being read.
var ErrOutputIsStore = errors.New("the output is the store itself")

// ErrOutputIsStoreFile is an output that is another store's file: never
// replaced, even when asked (it may be another office's only copy).
var ErrOutputIsStoreFile = errors.New("the output is a store file")

// salvageBatch is how many records go into one transaction of the new store.
const salvageBatch = 5000

// Salvage reads the store file at src (read-only; a program holding it
// open gives ErrInUse) and writes what it can read into a new store at out:
// every current record that decodes, with its indexes, search entries and
// counts rebuilt; every earlier revision that decodes; settings, the
// office's id and clock. out is written under a temporary name and renamed
// when complete; an existing out is replaced only with force, and never when
// it is src or any other store file (as every command's output: DESIGN §4).
func Salvage(src, out string, force bool) (SalvageReport, error) {
	rep := SalvageReport{Copied: map[model.Kind]int{}}
	if same(src, out) {
		return rep, fmt.Errorf("salvage into %s: %w", out, ErrOutputIsStore)
	}
	if IsStoreFile(out) {
		return rep, fmt.Errorf("salvage into %s: %w", out, ErrOutputIsStoreFile)
	}
	if _, err := os.Stat(out); err == nil && !force {
		return rep, fmt.Errorf("salvage into %s: %w", out, ErrOutputExists)
	}
	sdb, err := openBolt(src, 0o600, &bolt.Options{ReadOnly: true, Timeout: LockTimeout})
	if err != nil {
		return rep, openErr(src, err)
	}
	defer sdb.Close()
	from := newGuardDB(sdb, src)

	if err := os.MkdirAll(filepath.Dir(out), 0o700); err != nil {
		return rep, err
	}
	tmpf, err := os.CreateTemp(filepath.Dir(out), ".salvage-*.tmp")
	if err != nil {
		return rep, err
	}
	tmp := tmpf.Name()
	tmpf.Close()
	os.Remove(tmp) // bbolt makes it anew
	defer os.Remove(tmp)
	dst, err := OpenWith(tmp, Options{})
	if err != nil {
		return rep, err
	}
	closed := false
	defer func() {
		if !closed {
			dst.Close()
		}
	}()
	if err := salvageInto(from, dst, &rep); err != nil {
		return rep, err
	}
	closed = true
	if err := dst.Close(); err != nil {
		return rep, err
	}
	if err := os.Rename(tmp, out); err != nil {
		return rep, err
	}
	return rep, nil
}

// salvageInto copies into dst what can be read from from, step by step,
// noting in rep what was copied and what was lost.
func salvageInto(from *guardDB, dst *Store, rep *SalvageReport) error {
	changeSeq, exportedSeq, err := salvageMeta(from, dst, rep)
	if err != nil {
		return err
	}
	// settings, as they are.
	if err := copyRaw(from, dst, [][]byte{bucketSettings}, rep); err != nil {
		return err
	}
	for _, k := range model.Kinds() {
		if err := salvageRecords(from, dst, k, rep); err != nil {
			return err
		}
	}
	for _, k := range model.Kinds() {
		if err := salvageHistory(from, dst, k, rep); err != nil {
			return err
		}
	}
	if err := salvageChanged(from, dst, changeSeq, exportedSeq, rep); err != nil {
		return err
	}
	if err := salvageConflicts(from, dst, rep); err != nil {
		return err
	}
	return salvageUnknown(from, dst, rep)
}

// salvageMeta copies the office's id, signing key and clock and the last
// export's time,
// and returns the change counters (salvageChanged writes them).
func salvageMeta(from *guardDB, dst *Store, rep *SalvageReport) (changeSeq, exportedSeq uint64, err error) {
	var officeID, lastExport, signing []byte
	var hlc uint64
	lost, err := readBucket(from, [][]byte{bucketMeta}, func(k, v []byte) error {
		switch {
		case bytes.Equal(k, keyOfficeID):
			officeID = v
		case bytes.Equal(k, keyHLC) && len(v) == 8:
			hlc = binary.BigEndian.Uint64(v)
		case bytes.Equal(k, keyLastExport):
			lastExport = v
		case bytes.Equal(k, keySigningKey) && len(v) == ed25519.PrivateKeySize:
			signing = bytes.Clone(v)
		case bytes.Equal(k, keyChangeSeq) && len(v) == 8:
			changeSeq = binary.BigEndian.Uint64(v)
		case bytes.Equal(k, keyExportedSeq) && len(v) == 8:
			exportedSeq = binary.BigEndian.Uint64(v)
		}
		return nil
	})
	if err != nil {
		return 0, 0, err
	}
	rep.Lost = append(rep.Lost, lost...)
	err = dst.db.Update(func(tx *bolt.Tx) error {
		meta := tx.Bucket(bucketMeta)
		if model.ValidID(string(officeID)) {
			dst.officeID = string(officeID)
			if err := meta.Put(keyOfficeID, officeID); err != nil {
				return err
			}
		}
		if lastExport != nil {
			if err := meta.Put(keyLastExport, lastExport); err != nil {
				return err
			}
		}
		// The office's own key: the other offices trust its bundles by it
		// (a new one made them refuse the salvaged store's as forged).
		if signing != nil {
			if err := meta.Put(keySigningKey, signing); err != nil {
				return err
			}
		}
		if hlc > dst.hlc {
			dst.hlc = hlc
			return meta.Put(keyHLC, u64(hlc))
		}
		return nil
	})
	return changeSeq, exportedSeq, err
}

// salvageRecords copies the records of kind k through the usual write
// (indexes, counts, search entries, the change marks for the next export).
func salvageRecords(from *guardDB, dst *Store, k model.Kind, rep *SalvageReport) error {
	var batch []model.Record
	var keys [][]byte
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		err := dst.db.Update(func(tx *bolt.Tx) error {
			for i, r := range batch {
				if err := dst.put(tx, keys[i], nil, r); err != nil {
					return err
				}
			}
			return nil
		})
		rep.Copied[k] += len(batch)
		batch, keys = batch[:0], keys[:0]
		return err
	}
	name := "records/" + string(k)
	lost, err := readBucket(from, [][]byte{bucketRecords, []byte(k)}, func(key, v []byte) error {
		r, err := decode(k, v)
		if err != nil || len(key) != 16 || r.Env().ID != idString(key) || r.Env().Kind != k {
			rep.Unreadable = append(rep.Unreadable, LostRange{Bucket: name, After: key})
			return nil
		}
		batch, keys = append(batch, r), append(keys, key)
		if len(batch) == salvageBatch {
			return flush()
		}
		return nil
	})
	if err != nil {
		return err
	}
	if err := flush(); err != nil {
		return err
	}
	rep.Lost = append(rep.Lost, named(lost, name)...)
	return nil
}

// salvageHistory copies the earlier revisions of kind k, as they are, when
// they decode.
func salvageHistory(from *guardDB, dst *Store, k model.Kind, rep *SalvageReport) error {
	name := "history/" + string(k)
	type kv struct{ k, v []byte }
	var batch []kv
	flush := func() error {
		err := dst.db.Update(func(tx *bolt.Tx) error {
			b := tx.Bucket(bucketHistory).Bucket([]byte(k))
			b.FillPercent = recordFill
			for _, e := range batch {
				if err := b.Put(e.k, e.v); err != nil {
					return err
				}
			}
			return nil
		})
		rep.History += len(batch)
		batch = batch[:0]
		return err
	}
	lost, err := readBucket(from, [][]byte{bucketHistory, []byte(k)}, func(key, v []byte) error {
		r, err := decode(k, v)
		if err != nil || len(key) != histKeyLen || r.Env().ID != idString(key[:16]) {
			rep.Unreadable = append(rep.Unreadable, LostRange{Bucket: name, After: key})
			return nil
		}
		if batch = append(batch, kv{key, v}); len(batch) == salvageBatch {
			return flush()
		}
		return nil
	})
	if err != nil {
		return err
	}
	if err := flush(); err != nil {
		return err
	}
	rep.Lost = append(rep.Lost, named(lost, name)...)
	return nil
}

// salvageChanged gives each record its change number back, so the change
// log keeps its order and the next export carries what it would have; a
// record whose number was lost gets a new one, after the last export.
func salvageChanged(from *guardDB, dst *Store, changeSeq, exportedSeq uint64, rep *SalvageReport) error {
	seqs := map[string]uint64{}
	lost, err := readBucket(from, [][]byte{bucketSync, bucketChanged}, func(key, v []byte) error {
		if len(v) == 8 {
			seqs[string(key)] = binary.BigEndian.Uint64(v)
		}
		return nil
	})
	if err != nil {
		return err
	}
	rep.Lost = append(rep.Lost, named(lost, "sync/changed")...)
	return dst.db.Update(func(tx *bolt.Tx) error {
		changed := tx.Bucket(bucketSync).Bucket(bucketChanged)
		next := max(changeSeq, exportedSeq)
		var keys [][]byte
		changed.ForEach(func(k, _ []byte) error {
			keys = append(keys, append([]byte(nil), k...))
			return nil
		})
		for _, k := range keys {
			seq, ok := seqs[string(k)]
			if !ok {
				next++
				seq = next
			}
			if err := changed.Put(k, u64(seq)); err != nil {
				return err
			}
		}
		meta := tx.Bucket(bucketMeta)
		if err := meta.Put(keyChangeSeq, u64(next)); err != nil {
			return err
		}
		return meta.Put(keyExportedSeq, u64(exportedSeq))
	})
}

// salvageConflicts keeps records still in conflict so, when the record was
// copied.
func salvageConflicts(from *guardDB, dst *Store, rep *SalvageReport) error {
	lost, err := readBucket(from, [][]byte{bucketSync, bucketConflicts}, func(key, _ []byte) error {
		return dst.db.Update(func(tx *bolt.Tx) error {
			i := bytes.IndexByte(key, 0)
			if i < 0 {
				return nil
			}
			b := tx.Bucket(bucketRecords).Bucket(key[:i])
			if b == nil || b.Get(key[i+1:]) == nil {
				return nil
			}
			return tx.Bucket(bucketSync).Bucket(bucketConflicts).Put(key, nil)
		})
	})
	if err != nil {
		return err
	}
	rep.Lost = append(rep.Lost, named(lost, "sync/conflicts")...)
	return nil
}

// salvageUnknown copies the buckets this version does not know (added by a
// newer one) as they are.
func salvageUnknown(from *guardDB, dst *Store, rep *SalvageReport) error {
	var others [][]byte
	lost, err := readBucket(from, nil, func(name, v []byte) error {
		if v == nil && !knownTop(name) {
			others = append(others, name)
		}
		return nil
	})
	if err != nil {
		return err
	}
	rep.Lost = append(rep.Lost, named(lost, "/")...)
	for _, name := range others {
		if err := copyRaw(from, dst, [][]byte{name}, rep); err != nil {
			return err
		}
	}
	return nil
}

func knownTop(name []byte) bool {
	for _, b := range [][]byte{bucketMeta, bucketSettings, bucketRecords, bucketHistory, bucketIndex, bucketSearch, bucketSync, bucketIxPending, bucketRekey} {
		if bytes.Equal(name, b) {
			return true
		}
	}
	return false
}

// copyRaw copies the bucket at path (and the buckets inside it) as it is,
// keeping what the new store has already.
func copyRaw(from *guardDB, dst *Store, path [][]byte, rep *SalvageReport) error {
	var subs [][]byte
	lost, err := readBucket(from, path, func(k, v []byte) error {
		if v == nil {
			subs = append(subs, k)
			return nil
		}
		return dst.db.Update(func(tx *bolt.Tx) error {
			b, err := createPath(tx, path)
			if err != nil {
				return err
			}
			if b.Get(k) != nil {
				return nil
			}
			return b.Put(k, v)
		})
	})
	if err != nil {
		return err
	}
	rep.Lost = append(rep.Lost, named(lost, string(bytes.Join(path, []byte("/"))))...)
	for _, sub := range subs {
		if err := copyRaw(from, dst, append(append([][]byte(nil), path...), sub), rep); err != nil {
			return err
		}
	}
	return nil
}

func createPath(tx *bolt.Tx, path [][]byte) (*bolt.Bucket, error) {
	b, err := tx.CreateBucketIfNotExists(path[0])
	for _, p := range path[1:] {
		if err != nil {
			return nil, err
		}
		b, err = b.CreateBucketIfNotExists(p)
	}
	return b, err
}

func named(rs []LostRange, bucket string) []LostRange {
	for i := range rs {
		rs[i].Bucket = bucket
	}
	return rs
}

// bucketAt is the bucket at path (nil path: the root, as a nil bucket).
func bucketAt(tx *bolt.Tx, path [][]byte) *bolt.Bucket {
	var b *bolt.Bucket
	for i, p := range path {
		if i == 0 {
			b = tx.Bucket(p)
		} else {
			b = b.Bucket(p)
		}
		if b == nil {
			return nil
		}
	}
	return b
}

// cursorAt opens a cursor on the bucket at path, the root's for nil.
func cursorAt(tx *bolt.Tx, path [][]byte) *bolt.Cursor {
	if len(path) == 0 {
		return tx.Cursor()
	}
	if b := bucketAt(tx, path); b != nil {
		return b.Cursor()
	}
	return nil
}

// readBucket calls fn with every key and value of the bucket at path that
// can be read, in key order (a nested bucket comes with a nil value), and
// returns the runs of keys it could not reach. fn gets copies. A bucket
// that is not there is empty; an error from fn stops it.
func readBucket(from *guardDB, path [][]byte, fn func(k, v []byte) error) ([]LostRange, error) {
	var lost []LostRange
	var start []byte // resume at this key (inclusive); nil: the first
	var last []byte  // the last key given to fn
	var fnErr error
	stuck := 0
	for {
		finished := false
		before := last
		err := from.View(func(tx *bolt.Tx) error {
			c := cursorAt(tx, path)
			if c == nil {
				finished = true
				return nil
			}
			var k, v []byte
			if start == nil {
				k, v = c.First()
			} else {
				k, v = c.Seek(start)
			}
			for ; k != nil; k, v = c.Next() {
				kc := append([]byte(nil), k...)
				var vc []byte
				if v != nil {
					vc = append([]byte{}, v...)
				}
				last = kc
				if fnErr = fn(kc, vc); fnErr != nil {
					return fnErr
				}
			}
			finished = true
			return nil
		})
		if fnErr != nil {
			return lost, fnErr
		}
		if finished {
			return lost, nil
		}
		if !errors.Is(err, ErrDamaged) {
			return lost, err
		}
		if bytes.Equal(before, last) && start != nil {
			if stuck++; stuck > 2 { // no way past: give up on the rest
				lost = append(lost, LostRange{After: last})
				return lost, nil
			}
		}
		next := probe(from, path, last)
		lost = append(lost, LostRange{After: last, Before: next})
		if next == nil {
			return lost, nil
		}
		start = next
	}
}

// probe finds the first key after last (nil: from the start) that a seek
// reaches without meeting a damaged page, nil when there is none: a gallop
// forward through the key space, then a binary search back to the edge of
// the damaged run.
func probe(from *guardDB, path [][]byte, last []byte) []byte {
	width := max(16, len(last))
	if width > 64 {
		width = 64
	}
	// seek reports whether seeking x reaches the tree without damage, and
	// the key found there.
	seek := func(x *big.Int) (ok bool, found []byte) {
		target := x.FillBytes(make([]byte, width))
		err := from.View(func(tx *bolt.Tx) error {
			c := cursorAt(tx, path)
			if c == nil {
				return nil
			}
			k, _ := c.Seek(target)
			found = append([]byte(nil), k...)
			if k == nil {
				found = nil
			}
			return nil
		})
		return err == nil, found
	}
	top := new(big.Int).Lsh(big.NewInt(1), uint(8*width)) // past every key
	lo := new(big.Int)                                    // a point known to be damaged (or the start)
	if last != nil {
		padded := make([]byte, width)
		copy(padded, last)
		lo.SetBytes(padded)
	}
	step := big.NewInt(1)
	var hi *big.Int
	for {
		x := new(big.Int).Add(lo, step)
		if x.Cmp(top) >= 0 {
			break
		}
		if ok, _ := seek(x); ok {
			hi = x
			break
		}
		lo = x
		step.Lsh(step, 1)
	}
	if hi == nil {
		return nil
	}
	// lo meets damage, hi does not: close in on the edge.
	for new(big.Int).Sub(hi, lo).Cmp(big.NewInt(1)) > 0 {
		mid := new(big.Int).Rsh(new(big.Int).Add(lo, hi), 1)
		if ok, _ := seek(mid); ok {
			hi = mid
		} else {
			lo = mid
		}
	}
	_, found := seek(hi)
	if found != nil && last != nil && bytes.Compare(found, last) <= 0 {
		return nil // the key space wrapped: nothing after last
	}
	return found
}

// same reports whether a and b name the same file (or the same path).
func same(a, b string) bool {
	if filepath.Clean(a) == filepath.Clean(b) {
		return true
	}
	fa, err1 := os.Stat(a)
	fb, err2 := os.Stat(b)
	return err1 == nil && err2 == nil && os.SameFile(fa, fb)
}
