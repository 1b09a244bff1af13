package storage

import "frontoffice/model"

// The bucket tree of a store at the current schema, with every bucket and
// key name (the one name declared elsewhere: import_pending, in
// sync_merge.go). Numbers are big-endian; an id is the record's 16 bytes;
// the file named says more.
//
//	meta                      schema_version → u64, the schema (migrate.go)
//	                          office_id      → this office's id (UUIDv7 text), made once
//	                          clean          → "1" after a clean close, "0" while open
//	                          hlc            → u64, the newest hybrid-logical-clock value issued or seen
//	                          signing_key    → this office's Ed25519 private key, 64 bytes (offices.go)
//	                          live/<kind>    → u64, how many live records of the kind (records.go)
//	                          change_seq     → u64, the change counter: every write of a record adds one (sync.go)
//	                          exported_seq   → u64, change_seq as of the last successful export
//	                          last_export    → RFC 3339 time of the last successful export
//	                          import_pending → JSON of the bundle an import is committing batch by batch (sync_merge.go)
//	                          identity_stale → "1" until an import's people are grouped (identity.go)
//	                          erase_key      → 32 random bytes, the key of the fingerprints (traces.go)
//	settings                  name → value: this store's own settings (language, consultant…); never synced
//	records
//	  <kind>                  id → JSON of the current revision (envelope + data)
//	history
//	  <kind>                  id + rev (u64) + hlc (u64) + sha256(JSON)[:8] → JSON of an earlier revision (sync.go histKey)
//	history-rekey             only while migration 11 re-keys history (id + rev keys) into the form above
//	index
//	  <name>                  value \x00 id → nil (indexes.go)
//	search                    id → search.Doc of a live idea or person (search.go)
//	sync
//	  changed                 kind \x00 id → u64 change_seq of the record's last change (sync.go)
//	  conflicts               kind \x00 id → nil, while the record is in conflict
//	  unverified              hours id → hlc (u64) + origin of a revision that came unsigned (offices.go)
//	  ixpending               kind \x00 id → the index entries an import put aside (ixpending.go)
//	offices                   office id (text) → JSON of a KnownOffice: its trusted key, its last bundle
//	identity
//	  of                      member id → the group's earliest id (identity.go)
//	  members                 earliest id + member id → nil
//	  dups                    id + other id → nil, both ways: possible duplicates
//	erasing                   person id (text) → JSON of a withdrawal's steps still to do (pending_erasure.go)
//	erased                    kind \x00 history key → 1: a revision a withdrawal erased in place (withdraw.go)
//	erased_fp                 fingerprint (4 bytes) of a withdrawn phone or IIN → 1 (traces.go)
//	erasure_log               time (u64 ns) + sequence (u64) → JSON of an ErasureLogEntry (erasure_log.go)
var (
	bucketMeta     = []byte("meta")
	bucketSettings = []byte("settings")
	bucketRecords  = []byte("records")
	bucketHistory  = []byte("history")
	bucketRekey    = []byte("history-rekey")
	bucketIndex    = []byte("index")
	bucketSearch   = []byte("search")

	bucketSync       = []byte("sync")
	bucketChanged    = []byte("changed")
	bucketConflicts  = []byte("conflicts")
	bucketUnverified = []byte("unverified")
	bucketIxPending  = []byte("ixpending")
	bucketOffices    = []byte("offices")

	bucketIdentity  = []byte("identity")
	bucketIdentOf   = []byte("of")
	bucketIdentMemb = []byte("members")
	bucketIdentDups = []byte("dups")

	bucketErasing    = []byte("erasing")
	bucketErased     = []byte("erased")
	bucketErasedFP   = []byte("erased_fp")
	bucketErasureLog = []byte("erasure_log")
)

// Keys in meta.
var (
	keySchema        = []byte("schema_version")
	keyOfficeID      = []byte("office_id")
	keyClean         = []byte("clean")
	keyHLC           = []byte("hlc")
	keySigningKey    = []byte("signing_key")
	keyChangeSeq     = []byte("change_seq")
	keyExportedSeq   = []byte("exported_seq")
	keyLastExport    = []byte("last_export")
	keyIdentityStale = []byte("identity_stale")
	keyEraseKey      = []byte("erase_key")
)

// liveCountKey is the meta key of kind k's count of live records.
func liveCountKey(k model.Kind) []byte { return []byte("live/" + string(k)) }
