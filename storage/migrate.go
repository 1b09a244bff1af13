package storage

import (
	"encoding/binary"
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// migration moves the store from version-1 to version. Migrations run in order,
// all in the one update transaction of Open, so a store is never half-migrated.
type migration struct {
	version uint64
	what    string
	apply   func(tx *bolt.Tx) error
}

// migrations is the ordered list; append, never edit a released one. A
// released migration works on releasedKinds, not model.Kinds(), and a new
// kind comes with a migration of its own, addKind (kinds.go).
var migrations = []migration{
	{1, "create meta, settings, records and history buckets", migrateBaseBuckets},
	{2, "add secondary indexes and build them from the records", migrateIndexes},
	{3, "add the search bucket and fill it from the ideas and people", migrateSearch},
	{4, "rewrite the search docs with their letter signatures", rebuildSearch},
	{5, "index ideas by their team members", func(tx *bolt.Tx) error { return buildIndexes(tx, indexesV5) }},
	{6, "index consultations by the one they supersede", func(tx *bolt.Tx) error { return buildIndexes(tx, indexesV6) }},
	{7, "index consultations by subject and day, and follow-ups by date", func(tx *bolt.Tx) error { return buildIndexes(tx, indexesV7) }},
	{8, "keep each kind's live count", migrateLiveCounts},
	{9, "index merged-away people's phones and IINs", func(tx *bolt.Tx) error { return buildIndexes(tx, indexesV9) }},
	{11, "history keys take the revision's clock and hash; keep changes and conflicts for sync", migrateSync},
	{12, "give the office its signing key; keep the offices trusted and the hours verified elsewhere, unsigned", migrateKeys},
	{13, "group the people who are one person by phone and IIN (identity.go)", migrateIdentity},
}

// CurrentSchema is the schema version this program writes.
func CurrentSchema() uint64 { return migrations[len(migrations)-1].version }

func schemaVersion(tx *bolt.Tx) uint64 {
	meta := tx.Bucket(bucketMeta)
	if meta == nil {
		return 0
	}
	v := meta.Get(keySchema)
	if len(v) != 8 {
		return 0
	}
	return binary.BigEndian.Uint64(v)
}

// migrate applies every migration newer than the store's version.
func migrate(tx *bolt.Tx, ms []migration) error {
	have := schemaVersion(tx)
	if want := ms[len(ms)-1].version; have > want {
		return fmt.Errorf("schema %d, this program knows up to %d: %w", have, want, ErrNewerSchema)
	}
	for _, m := range ms {
		if m.version <= have {
			continue
		}
		if err := m.apply(tx); err != nil {
			return fmt.Errorf("migration %d (%s): %w", m.version, m.what, err)
		}
		if err := tx.Bucket(bucketMeta).Put(keySchema, u64(m.version)); err != nil {
			return err
		}
	}
	return nil
}

func migrateBaseBuckets(tx *bolt.Tx) error {
	for _, name := range [][]byte{bucketMeta, bucketSettings} {
		if _, err := tx.CreateBucketIfNotExists(name); err != nil {
			return err
		}
	}
	for _, top := range [][]byte{bucketRecords, bucketHistory} {
		b, err := tx.CreateBucketIfNotExists(top)
		if err != nil {
			return err
		}
		for _, k := range releasedKinds { // kinds.go
			if _, err := b.CreateBucketIfNotExists([]byte(k)); err != nil {
				return err
			}
		}
	}
	return nil
}

// migrateIndexes creates the index buckets of version 2 and fills them from the
// records already stored.
func migrateIndexes(tx *bolt.Tx) error {
	return buildIndexes(tx, indexesV2)
}
