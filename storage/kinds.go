package storage

import (
	"frontoffice/model"

	bolt "go.etcd.io/bbolt"
)

// Record kinds come from the registry in model (model/registry.go). Two
// things about them belong to storage:
//
//   - A released migration works on the kinds its schema had (releasedKinds),
//     never on model.Kinds(): a store of schema 2 has no bucket yet for a kind
//     added in schema 20, and the migrations between must not look for one.
//     They also pass over a kind's bucket that is not there.
//   - A new kind gets its buckets from a migration of its own, appended to
//     migrations: {N, "keep records of kind K", addKind(model.KindK)}.

// releasedKinds are the kinds of schemas 1 to 13. Never add to it: a kind
// added later comes with an addKind migration.
var releasedKinds = []model.Kind{
	model.KindPerson, model.KindIdea, model.KindConsultation, model.KindVisit,
	model.KindHours, model.KindCatalogue, model.KindOffice,
}

// addKind is the migration that makes kind k's record and history buckets
// and its live count (none yet).
func addKind(k model.Kind) func(tx *bolt.Tx) error {
	return func(tx *bolt.Tx) error {
		for _, top := range [][]byte{bucketRecords, bucketHistory} {
			if _, err := tx.Bucket(top).CreateBucketIfNotExists([]byte(k)); err != nil {
				return err
			}
		}
		return tx.Bucket(bucketMeta).Put(liveCountKey(k), u64(0))
	}
}

// A redacted bundle (export --redact) is for statistics: it keeps codes,
// counts, dates and ids, and no free text that may name or reach a person.
// redactEnvelope and each kind's Kept and Personal fields (model.KindDef)
// decide every field of every kind (by JSON path; a nested field is
// "team.name"; a decision on a path covers all under it): true keeps it,
// false drops it. A field decided nowhere is dropped, and
// TestRedactionDecidesEveryField fails until it is decided.
var redactEnvelope = map[string]bool{
	"id": true, "kind": true, "rev": true, "base_rev": true, "base_hlc": true, "origin": true, "hlc": true,
	"updated_at": true, "deleted": true,
	"updated_by": false, // a consultant's name
}

// redactDecision is whether a redacted bundle keeps field path of kind k;
// decided is false when no rule names path itself.
func redactDecision(k model.Kind, path string) (keep, decided bool) {
	if keep, ok := redactEnvelope[path]; ok {
		return keep, true
	}
	return model.RedactionKeeps(k, path)
}
