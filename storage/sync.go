package storage

// Sync between offices (DESIGN.md §6, docs/bundle.md): what changed since
// the last export, the history keys that let two offices' revisions of the
// same rev live side by side, and the conflicts merges find.
//
// Added to the bucket tree by schema 11:
//
//	meta                      change_seq   → u64 BE, the store's change counter (every write of a record adds one)
//	                          exported_seq → u64 BE, change_seq as of the last successful export
//	                          last_export  → RFC 3339 time of the last successful export
//	sync
//	  changed                 kind \x00 id (16 bytes) → u64 BE change_seq of the record's last change
//	  conflicts               kind \x00 id (16 bytes) → nil, while the record is in conflict
//	history
//	  <kind>                  id (16) + rev (u64 BE) + hlc (u64 BE) + sha256(JSON)[:8] → JSON of an earlier revision

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"slices"
	"time"

	"frontoffice/model"

	bolt "go.etcd.io/bbolt"
)

// histKeyLen is the length of a history key: id, rev, hlc, content hash.
const histKeyLen = 16 + 8 + 8 + 8

// histKey is the history key of the revision env whose JSON is data. Two
// offices may both make rev 3 of a record: the clock and the content hash
// keep both, and the same revision arriving twice lands on the same key.
func histKey(id []byte, env *model.Envelope, data []byte) []byte {
	sum := sha256.Sum256(data)
	k := make([]byte, 0, histKeyLen)
	k = append(k, id...)
	k = binary.BigEndian.AppendUint64(k, env.Rev)
	k = binary.BigEndian.AppendUint64(k, env.HLC)
	return append(k, sum[:8]...)
}

// syncKey is a record's key in sync/changed and sync/conflicts.
func syncKey(k model.Kind, id []byte) []byte {
	s := make([]byte, 0, len(k)+1+len(id))
	s = append(s, k...)
	s = append(s, 0)
	return append(s, id...)
}

func getU64(b *bolt.Bucket, key []byte) uint64 {
	if v := b.Get(key); len(v) == 8 {
		return binary.BigEndian.Uint64(v)
	}
	return 0
}

// markChanged gives the record the next change number, so the next
// incremental export carries it. Before schema 11 (a migration writing
// records) there is nothing to mark: migration 11 marks every record.
func markChanged(tx *bolt.Tx, k model.Kind, id []byte) error {
	sb := tx.Bucket(bucketSync)
	if sb == nil {
		return nil
	}
	meta := tx.Bucket(bucketMeta)
	seq := getU64(meta, keyChangeSeq) + 1
	if err := meta.Put(keyChangeSeq, u64(seq)); err != nil {
		return err
	}
	return sb.Bucket(bucketChanged).Put(syncKey(k, id), u64(seq))
}

// migrateSync (schema 11) re-keys history by rev, clock and content hash,
// creates the sync buckets and marks every record changed once, so the first
// export carries everything.
func migrateSync(tx *bolt.Tx) error {
	// bbolt splits pages only at commit, so inserting into the middle of a
	// big bucket within one transaction moves every later key each time.
	// Both passes below therefore write keys in ascending order only: the
	// history is copied, re-keyed, into a scratch bucket (the new key is
	// the old one with the clock and hash after it, so the order holds) and
	// back into a fresh one, and
	// the changed marks go kind by kind in the order of their names.
	tmp, err := tx.CreateBucket(bucketRekey)
	if err != nil {
		return err
	}
	hist := tx.Bucket(bucketHistory)
	for _, k := range releasedKinds { // a released migration (kinds.go)
		if hist.Bucket([]byte(k)) == nil {
			continue
		}
		h, err := kindBucket(tx, bucketHistory, k)
		if err != nil {
			return err
		}
		dst, err := tmp.CreateBucket([]byte(k))
		if err != nil {
			return err
		}
		dst.FillPercent = recordFill
		if err := h.ForEach(func(key, v []byte) error {
			if len(key) != 24 {
				return dst.Put(key, v) // already a new key
			}
			r, err := decode(k, v)
			if err != nil {
				return fmt.Errorf("history %s %s: %w", k, idString(key[:16]), err)
			}
			return dst.Put(histKey(key[:16], r.Env(), v), v)
		}); err != nil {
			return err
		}
		if err := hist.DeleteBucket([]byte(k)); err != nil {
			return err
		}
		back, err := hist.CreateBucket([]byte(k))
		if err != nil {
			return err
		}
		back.FillPercent = recordFill
		if err := dst.ForEach(back.Put); err != nil { // ascending again
			return err
		}
	}
	if err := tx.DeleteBucket(bucketRekey); err != nil {
		return err
	}
	sb, err := tx.CreateBucketIfNotExists(bucketSync)
	if err != nil {
		return err
	}
	changed, err := sb.CreateBucketIfNotExists(bucketChanged)
	if err != nil {
		return err
	}
	changed.FillPercent = recordFill
	if _, err := sb.CreateBucketIfNotExists(bucketConflicts); err != nil {
		return err
	}
	kinds := slices.Clone(releasedKinds)
	slices.Sort(kinds) // syncKey starts with the kind's name
	for _, k := range kinds {
		if tx.Bucket(bucketRecords).Bucket([]byte(k)) == nil {
			continue
		}
		b, err := kindBucket(tx, bucketRecords, k)
		if err != nil {
			return err
		}
		if err := b.ForEach(func(id, _ []byte) error {
			return changed.Put(syncKey(k, id), u64(1))
		}); err != nil {
			return err
		}
	}
	return tx.Bucket(bucketMeta).Put(keyChangeSeq, u64(1))
}

// checkSync reports records missing from sync/changed and conflict marks of
// records that are not stored.
func checkSync(tx *bolt.Tx, add func(string, ...any)) {
	sb := tx.Bucket(bucketSync)
	if sb == nil {
		add("sync: missing bucket")
		return
	}
	changed, conflicts := sb.Bucket(bucketChanged), sb.Bucket(bucketConflicts)
	if changed == nil || conflicts == nil {
		add("sync: missing bucket")
		return
	}
	for _, k := range model.Kinds() {
		b := tx.Bucket(bucketRecords).Bucket([]byte(k))
		if b == nil {
			continue
		}
		b.ForEach(func(id, _ []byte) error {
			if changed.Get(syncKey(k, id)) == nil {
				add("sync/changed: %s %s missing", k, idString(id))
			}
			return nil
		})
	}
	conflicts.ForEach(func(sk, _ []byte) error {
		i := bytes.IndexByte(sk, 0)
		if i < 0 || len(sk)-i-1 != 16 {
			add("sync/conflicts: bad key %q", sk)
			return nil
		}
		if b := tx.Bucket(bucketRecords).Bucket(sk[:i]); b == nil || b.Get(sk[i+1:]) == nil {
			add("sync/conflicts: %s %s is not stored", sk[:i], idString(sk[i+1:]))
		}
		return nil
	})
}

// LastExport is when this store last exported a bundle successfully (the
// zero time when never).
func (s *Store) LastExport() time.Time {
	var t time.Time
	s.db.View(func(tx *bolt.Tx) error {
		t, _ = time.Parse(time.RFC3339, string(tx.Bucket(bucketMeta).Get(keyLastExport)))
		return nil
	})
	return t
}
