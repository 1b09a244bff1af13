package storage

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"

	"frontoffice/model"

	"github.com/google/uuid"
	bolt "go.etcd.io/bbolt"
)

// idKey turns a record id into its 16-byte key. Only the canonical text form
// is an id: uuid.Parse also reads braces, "urn:uuid:" and upper case, and a
// record stored under such an id would not be found by its own id again.
//
// The canonical form is 36 characters: lower-case hex digits in groups of
// 8, 4, 4, 4 and 12 joined by '-' (uuid.UUID.String). It is read here
// directly: every record written or looked up passes here, and parsing by
// uuid.Parse and then writing the id back to compare cost an allocation and
// about four times the CPU (TestIDKeyAgreesWithUUID, BenchmarkWriteCost).
func idKey(id string) ([]byte, error) {
	key := make([]byte, 16)
	if !parseCanonicalID(key, id) {
		return nil, fmt.Errorf("bad id %q: %w", id, ErrNotFound)
	}
	return key, nil
}

// parseCanonicalID writes the 16 bytes of id into key and reports whether
// id is a UUID in canonical text form.
func parseCanonicalID(key []byte, id string) bool {
	if len(id) != 36 || id[8] != '-' || id[13] != '-' || id[18] != '-' || id[23] != '-' {
		return false
	}
	for j, at := range idHexAt {
		hi, lo := lowerHex[id[at]], lowerHex[id[at+1]]
		if hi > 15 || lo > 15 {
			return false
		}
		key[j] = hi<<4 | lo
	}
	return true
}

// idHexAt is where each byte's two hex digits start in a canonical id.
var idHexAt = [16]int{0, 2, 4, 6, 9, 11, 14, 16, 19, 21, 24, 26, 28, 30, 32, 34}

// lowerHex is the value of each lower-case hex digit, 0xff for any other byte.
var lowerHex = func() (t [256]byte) {
	for i := range t {
		t[i] = 0xff
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = byte(c - '0')
	}
	for c := 'a'; c <= 'f'; c++ {
		t[c] = byte(c-'a') + 10
	}
	return t
}()

func idString(key []byte) string {
	var u uuid.UUID
	copy(u[:], key)
	return u.String()
}

func decode(k model.Kind, v []byte) (model.Record, error) {
	r := model.New(k)
	if r == nil {
		return nil, fmt.Errorf("%s: %w", k, ErrUnknownKind)
	}
	if err := json.Unmarshal(v, r); err != nil {
		return nil, fmt.Errorf("decode %s: %w", k, garbledError{err})
	}
	return r, nil
}

// garbledError is a stored record whose text does not decode: the store
// wrote it whole, so the file was changed under it. It is damage
// (errors.Is ErrDamaged); a transaction returning it marks the store so.
type garbledError struct{ err error }

func (e garbledError) Error() string        { return e.err.Error() }
func (e garbledError) Unwrap() error        { return e.err }
func (e garbledError) Is(target error) bool { return target == ErrDamaged }

func kindBucket(tx *bolt.Tx, top []byte, k model.Kind) (*bolt.Bucket, error) {
	b := tx.Bucket(top).Bucket([]byte(k))
	if b == nil {
		return nil, fmt.Errorf("%s: %w", k, ErrUnknownKind)
	}
	// Ids are UUIDv7, so new records land at the end of the bucket: packing
	// split pages full halves the file (bbolt's default leaves them half empty).
	b.FillPercent = recordFill
	return b, nil
}

// recordFill is how full bbolt packs record and history pages when they split.
const recordFill = 0.95

// Create stores a new record. It fills the envelope (a new UUIDv7 id unless one
// is set, rev 1, origin, clock, updated_at/by) and refuses an invalid record.
func (s *Store) Create(r model.Record) error {
	env := r.Env()
	orig := *env
	if env.ID == "" {
		env.ID = model.NewID()
	}
	if err := r.Validate(); err != nil {
		*env = orig // no id is handed out for a record that was not stored
		return err
	}
	err := s.db.Update(func(tx *bolt.Tx) error {
		if err := checkKind(r); err != nil {
			return err
		}
		key, err := idKey(env.ID)
		if err != nil {
			return err
		}
		b, err := kindBucket(tx, bucketRecords, env.Kind)
		if err != nil {
			return err
		}
		if b.Get(key) != nil {
			return fmt.Errorf("create %s %s: %w", env.Kind, env.ID, ErrExists)
		}
		if err := s.checkDay(tx, r); err != nil {
			return err
		}
		next := *env
		next.Rev, next.BaseRev, next.BaseHLC, next.Deleted = 1, 0, 0, false
		if err := s.stamp(tx, &next); err != nil {
			return err
		}
		*env = next
		return s.put(tx, key, nil, r)
	})
	if err != nil {
		*env = orig // the caller may correct and try again
	}
	return err
}

// Update stores a new revision of r. r.Rev must be the stored revision (the one
// the edit started from), else ErrStale: nobody's edit is silently overwritten.
// The stored revision moves to history.
func (s *Store) Update(r model.Record) error {
	if err := appendOnly(r.Env().Kind); err != nil {
		return err
	}
	if err := r.Validate(); err != nil {
		return err
	}
	orig := *r.Env()
	err := s.db.Update(func(tx *bolt.Tx) error {
		editRules(tx, r) // an edited verified hours entry goes back to pending
		return s.update(tx, r, false)
	})
	if err != nil {
		*r.Env() = orig
	}
	return err
}

// Delete replaces the record by a tombstone (a deleted revision); the last live
// revision stays in history.
func (s *Store) Delete(k model.Kind, id string) error {
	if err := appendOnly(k); err != nil {
		return err
	}
	return s.db.Update(func(tx *bolt.Tx) error {
		cur, _, err := getRecord(tx, k, id)
		if err != nil {
			return err
		}
		if cur.Env().Deleted {
			return nil
		}
		return s.update(tx, cur, true)
	})
}

// update writes r as the next revision after the stored one, inside tx.
func (s *Store) update(tx *bolt.Tx, r model.Record, deleted bool) error {
	return s.updateWith(tx, r, deleted, s.put)
}

// put is putRecord in tx with s's live index: the putFunc of a store's own
// writes.
func (s *Store) put(tx *bolt.Tx, key []byte, old, r model.Record) error {
	return putRecord(s.writing(tx), key, old, r)
}

// putFunc writes r's current revision under key in place of old (nil: a
// new record): putRecord, or a big import's deferring writer (batch_swap.go).
type putFunc func(tx *bolt.Tx, key []byte, old, r model.Record) error

// updateWith is update writing the revision through put.
func (s *Store) updateWith(tx *bolt.Tx, r model.Record, deleted bool, put putFunc) error {
	env := r.Env()
	if err := checkKind(r); err != nil {
		return err
	}
	cur, key, err := getRecord(tx, env.Kind, env.ID)
	if err != nil {
		return err
	}
	if !deleted {
		if err := s.checkDay(tx, r); err != nil {
			return err
		}
	}
	old := cur.Env()
	// The clock tells apart two offices' revisions with the same number: an
	// edit opened before a bundle brought another rev 3 is stale too.
	if old.Rev != env.Rev || env.HLC != 0 && old.HLC != env.HLC {
		return fmt.Errorf("update %s %s: have rev %d, stored %d: %w", env.Kind, env.ID, env.Rev, old.Rev, ErrStale)
	}
	if err := putHistory(tx, key, cur); err != nil {
		return err
	}
	next := *env
	next.BaseRev, next.BaseHLC = old.Rev, old.HLC
	next.Rev = old.Rev + 1
	next.Deleted = deleted
	if err := s.stamp(tx, &next); err != nil {
		return err
	}
	*env = next
	if err := put(tx, key, cur, r); err != nil {
		return err
	}
	if tx.Bucket(bucketSync) != nil && inConflict(tx, env.Kind, key) {
		_, err = recheckConflict(tx, key, r)
	}
	return err
}

// stamp fills who, where and when of a revision made here.
func (s *Store) stamp(tx *bolt.Tx, env *model.Envelope) error {
	hlc, err := s.nextHLC(tx)
	if err != nil {
		return err
	}
	env.HLC = hlc
	env.Origin = s.officeID
	env.UpdatedAt = s.now().UTC()
	env.UpdatedBy = s.Actor()
	return nil
}

// putRecord writes r under key and moves its index entries from old to r.
func putRecord(tx writeTx, key []byte, old, r model.Record) error {
	data, err := encodeRecord(r)
	if err != nil {
		return err
	}
	return putRecordData(tx, key, data, old, r)
}

// putRecordData is putRecord with r's JSON already made. Every write of a
// current revision passes here, so it also marks the record changed for the
// next incremental export (sync.go).
func putRecordData(w writeTx, key, data []byte, old, r model.Record) error {
	tx := w.Tx
	b, err := kindBucket(tx, bucketRecords, r.Env().Kind)
	if err != nil {
		return err
	}
	if err := b.Put(key, data); err != nil {
		return err
	}
	if err := markChanged(tx, r.Env().Kind, key); err != nil {
		return err
	}
	if err := reindex(tx, key, old, r); err != nil {
		return err
	}
	if err := recount(tx, old, r); err != nil {
		return err
	}
	if err := researchRecord(w, key, old, r, nil); err != nil {
		return err
	}
	return regroupPerson(w, key, old, r)
}

// live reports whether r is a stored, not deleted record.
func live(r model.Record) bool { return r != nil && !r.Env().Deleted }

// recount keeps the kind's live count in meta right as r replaces old, so
// counting people and ideas on Home reads one number instead of walking
// every page of their buckets.
func recount(tx *bolt.Tx, old, r model.Record) error {
	delta := 0
	if live(r) {
		delta++
	}
	if live(old) {
		delta--
	}
	return addLiveCount(tx, r.Env().Kind, int64(delta))
}

// addLiveCount adds delta to kind k's live count.
func addLiveCount(tx *bolt.Tx, k model.Kind, delta int64) error {
	if delta == 0 {
		return nil
	}
	meta := tx.Bucket(bucketMeta)
	key := liveCountKey(k)
	n := int64(0)
	if v := meta.Get(key); len(v) == 8 {
		n = int64(binary.BigEndian.Uint64(v))
	}
	return meta.Put(key, u64(uint64(n+delta)))
}

// migrateLiveCounts (schema 8) counts every released kind's live records
// once (kinds.go).
func migrateLiveCounts(tx *bolt.Tx) error { return countLiveKinds(tx, releasedKinds) }

// countLiveKinds counts the live records of kinds once, passing over a kind
// the store has no bucket for.
func countLiveKinds(tx *bolt.Tx, kinds []model.Kind) error {
	for _, k := range kinds {
		if tx.Bucket(bucketRecords).Bucket([]byte(k)) == nil {
			continue
		}
		n, err := countLiveSlow(tx, k)
		if err != nil {
			return err
		}
		if err := tx.Bucket(bucketMeta).Put(liveCountKey(k), u64(uint64(n))); err != nil {
			return err
		}
	}
	return nil
}

// putHistory keeps r as an earlier revision.
func putHistory(tx *bolt.Tx, key []byte, r model.Record) error {
	data, err := encodeRecord(r)
	if err != nil {
		return err
	}
	b, err := kindBucket(tx, bucketHistory, r.Env().Kind)
	if err != nil {
		return err
	}
	hk := histKey(key, r.Env(), data)
	// A person who withdrew consent (here or at an office whose revision
	// arrived) keeps no personal data in history (sync_consent.go).
	if day, err := withdrawalKnown(b, key, r, nil); err != nil {
		return err
	} else if day != "" {
		if data, _, err = erasePerson(data, day); err != nil {
			return err
		}
	}
	return b.Put(hk, data)
}

func getRecord(tx *bolt.Tx, k model.Kind, id string) (model.Record, []byte, error) {
	key, err := idKey(id)
	if err != nil {
		return nil, nil, err
	}
	b, err := kindBucket(tx, bucketRecords, k)
	if err != nil {
		return nil, nil, err
	}
	v := b.Get(key)
	if v == nil {
		return nil, nil, fmt.Errorf("%s %s: %w", k, id, ErrNotFound)
	}
	r, err := decode(k, v)
	return r, key, err
}

// Get returns the current revision of a record, tombstones included (check
// Env().Deleted).
func (s *Store) Get(k model.Kind, id string) (model.Record, error) {
	var r model.Record
	err := s.db.View(func(tx *bolt.Tx) error {
		var err error
		r, _, err = getRecord(tx, k, id)
		return err
	})
	return r, err
}

// GetAs returns the current revision of record id as its concrete type.
func GetAs[T model.Record](s *Store, k model.Kind, id string) (T, error) {
	var zero T
	r, err := s.Get(k, id)
	if err != nil {
		return zero, err
	}
	t, ok := r.(T)
	if !ok {
		return zero, fmt.Errorf("%s %s: %w", k, id, ErrUnknownKind)
	}
	return t, nil
}

// List calls fn for every live record of kind k in id order (oldest first),
// stopping at fn's first error.
func (s *Store) List(k model.Kind, fn func(model.Record) error) error {
	return s.db.View(func(tx *bolt.Tx) error {
		b, err := kindBucket(tx, bucketRecords, k)
		if err != nil {
			return err
		}
		return b.ForEach(func(_, v []byte) error {
			r, err := decode(k, v)
			if err != nil {
				return err
			}
			if r.Env().Deleted {
				return nil
			}
			return fn(r)
		})
	})
}

// Count is the number of live records of kind k.
func (s *Store) Count(k model.Kind) (int, error) {
	var n int
	err := s.db.View(func(tx *bolt.Tx) error {
		var err error
		n, err = countLive(tx, k)
		return err
	})
	return n, err
}

// countLive is the kind's live count kept in meta (see recount).
func countLive(tx *bolt.Tx, k model.Kind) (int, error) {
	if v := tx.Bucket(bucketMeta).Get(liveCountKey(k)); len(v) == 8 {
		return int(binary.BigEndian.Uint64(v)), nil
	}
	return countLiveSlow(tx, k)
}

// countLiveSlow counts by walking the kind's bucket (Check compares the two).
func countLiveSlow(tx *bolt.Tx, k model.Kind) (int, error) {
	b, err := kindBucket(tx, bucketRecords, k)
	if err != nil {
		return 0, err
	}
	n := b.Stats().KeyN
	return n - countIndex(tx, ixTombstone, string(k), ""), nil
}

// History returns the earlier revisions of a record, by rev then clock. The current
// revision is not included (see Get).
func (s *Store) History(k model.Kind, id string) ([]model.Record, error) {
	var out []model.Record
	err := s.db.View(func(tx *bolt.Tx) error {
		key, err := idKey(id)
		if err != nil {
			return err
		}
		b, err := kindBucket(tx, bucketHistory, k)
		if err != nil {
			return err
		}
		c := b.Cursor()
		for hk, v := c.Seek(key); hk != nil && len(hk) == histKeyLen && string(hk[:16]) == string(key); hk, v = c.Next() {
			r, err := decode(k, v)
			if err != nil {
				return err
			}
			out = append(out, r)
		}
		return nil
	})
	return out, err
}

// InsertBatch stores complete records as they are (envelopes already filled, as
// made by the demo generator), all in one transaction. An existing id or an
// invalid record refuses the whole batch.
func (s *Store) InsertBatch(rs []model.Record) error {
	return s.db.Update(func(tx *bolt.Tx) error {
		for _, r := range rs {
			env := r.Env()
			if err := r.Validate(); err != nil {
				return fmt.Errorf("%s %s: %w", env.Kind, env.ID, err)
			}
			if err := checkInserted(r); err != nil {
				return err
			}
			key, err := idKey(env.ID)
			if err != nil {
				return err
			}
			b, err := kindBucket(tx, bucketRecords, env.Kind)
			if err != nil {
				return err
			}
			if b.Get(key) != nil {
				return fmt.Errorf("insert %s %s: %w", env.Kind, env.ID, ErrExists)
			}
			if err := s.put(tx, key, nil, r); err != nil {
				return err
			}
			if err := s.observeHLC(tx, env.HLC); err != nil {
				return err
			}
		}
		return nil
	})
}

// checkInserted refuses a record whose envelope was not filled in: one of rev 0
// breaks the history, and Check reports it.
func checkInserted(r model.Record) error {
	env := r.Env()
	if env.Rev == 0 {
		return fmt.Errorf("insert %s %s: the envelope has no rev", env.Kind, env.ID)
	}
	return checkKind(r)
}

// checkKind refuses a record whose kind names another type (an idea marked
// person): its JSON would land in the wrong bucket and decode as nonsense.
func checkKind(r model.Record) error {
	k := r.Env().Kind
	if want := model.New(k); want != nil && reflect.TypeOf(want) != reflect.TypeOf(r) {
		return fmt.Errorf("%s %s is a %T: %w", k, r.Env().ID, r, ErrUnknownKind)
	}
	return nil
}

// observeHLC moves the clock forward past a value seen in a record from elsewhere.
func (s *Store) observeHLC(tx *bolt.Tx, seen uint64) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if seen <= s.hlc {
		return nil
	}
	s.hlc = seen
	return tx.Bucket(bucketMeta).Put(keyHLC, u64(seen))
}

func isNotFound(err error) bool { return errors.Is(err, ErrNotFound) }
