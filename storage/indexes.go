package storage

import (
	"slices"

	"frontoffice/model"

	bolt "go.etcd.io/bbolt"
)

// index is a secondary index: for every live record of kind it stores
// value \x00 id → nil in bucket index/<name>, in the same transaction as the
// record, so lookups by value are prefix scans.
type index struct {
	name string
	kind model.Kind
	// values returns the indexed values of a live record (none for deleted ones,
	// except in the tombstone index, which holds only deleted records).
	values func(model.Record) []string
	// tombstones marks the index of deleted records.
	tombstones bool
}

// Index names, used by lookups.
const (
	ixPersonPhone    = "person_phone"
	ixPersonIIN      = "person_iin"
	ixIdeaStatus     = "idea_status"
	ixIdeaApplicant  = "idea_applicant"
	ixConsultIdea    = "consultation_idea"
	ixConsultPerson  = "consultation_person"
	ixConsultFollow  = "consultation_follow_up"
	ixVisitDate      = "visit_date"
	ixVisitPerson    = "visit_person"
	ixHoursPerson    = "hours_person"
	ixIdeaTeam       = "idea_team"
	ixPersonMerged   = "person_merged"
	ixTombstone      = "tombstone"
	indexValueMarker = 0x00
)

func one(s string) []string {
	if s == "" {
		return nil
	}
	return []string{s}
}

// indexesV2 are the indexes of schema version 2.
var indexesV2 = []index{
	{name: ixPersonPhone, kind: model.KindPerson, values: func(r model.Record) []string {
		return one(r.(*model.Person).Phone)
	}},
	{name: ixPersonIIN, kind: model.KindPerson, values: func(r model.Record) []string {
		return one(r.(*model.Person).IIN)
	}},
	{name: ixIdeaStatus, kind: model.KindIdea, values: func(r model.Record) []string {
		return one(string(r.(*model.Idea).Status))
	}},
	{name: ixIdeaApplicant, kind: model.KindIdea, values: func(r model.Record) []string {
		return one(r.(*model.Idea).ApplicantID)
	}},
	{name: ixConsultIdea, kind: model.KindConsultation, values: func(r model.Record) []string {
		return one(r.(*model.Consultation).IdeaID)
	}},
	{name: ixConsultPerson, kind: model.KindConsultation, values: func(r model.Record) []string {
		return one(r.(*model.Consultation).PersonID)
	}},
	{name: ixConsultFollow, kind: model.KindConsultation, values: func(r model.Record) []string {
		return one(string(r.(*model.Consultation).FollowUp))
	}},
	{name: ixVisitDate, kind: model.KindVisit, values: func(r model.Record) []string {
		return one(string(r.(*model.Visit).Date))
	}},
	{name: ixVisitPerson, kind: model.KindVisit, values: func(r model.Record) []string {
		return one(r.(*model.Visit).PersonID)
	}},
	{name: ixHoursPerson, kind: model.KindHours, values: func(r model.Record) []string {
		return one(r.(*model.Hours).PersonID)
	}},
	{name: ixTombstone, tombstones: true, values: func(r model.Record) []string {
		return one(string(r.Env().Kind))
	}},
}

// indexesV5 are the indexes added by schema version 5.
var indexesV5 = []index{
	{name: ixIdeaTeam, kind: model.KindIdea, values: func(r model.Record) []string {
		var ids []string
		for _, m := range r.(*model.Idea).Team {
			if m.PersonID != "" && !slices.Contains(ids, m.PersonID) {
				ids = append(ids, m.PersonID)
			}
		}
		return ids
	}},
}

// allIndexes is every index of the current schema.
// indexesV9 are the indexes added by schema version 9.
var indexesV9 = []index{
	// A merged-away person's phone and IIN still lead to the kept person.
	{name: ixPersonMerged, tombstones: true, values: func(r model.Record) []string {
		p, ok := r.(*model.Person)
		if !ok || p.MergedInto == "" {
			return nil
		}
		var out []string
		for _, v := range []string{p.Phone, p.IIN} {
			if v != "" {
				out = append(out, v)
			}
		}
		return out
	}},
}

var allIndexes = slices.Concat(indexesV2, indexesV5, indexesV6, indexesV7, indexesV9)

// indexValues is what idx holds for r (nothing when r is not of its kind).
func (idx index) valuesOf(r model.Record) []string {
	if r == nil {
		return nil
	}
	env := r.Env()
	if idx.tombstones {
		if !env.Deleted {
			return nil
		}
		return idx.values(r)
	}
	if env.Deleted || env.Kind != idx.kind {
		return nil
	}
	return idx.values(r)
}

func indexKey(value string, id []byte) []byte {
	k := make([]byte, 0, len(value)+1+len(id))
	k = append(k, value...)
	k = append(k, indexValueMarker)
	return append(k, id...)
}

// reindex replaces old's index entries by new's. Either may be nil.
func reindex(tx *bolt.Tx, id []byte, old, new model.Record) error {
	// An import's record whose entries wait (ixpending.go; in a copy,
	// ixside.go) has none yet.
	var waiting bool
	if si := sideOf(tx); si != nil {
		switch {
		case old == nil && new != nil:
			si.noteMade(new.Env().Kind, id)
		case si.waiting(old.Env().Kind, id):
			waiting = true
			si.drop(old.Env().Kind, id)
		}
	} else if old != nil {
		var err error
		if waiting, err = clearPending(tx, old.Env().Kind, id); err != nil {
			return err
		}
	}
	root := tx.Bucket(bucketIndex)
	for _, idx := range allIndexes {
		before, after := idx.valuesOf(old), idx.valuesOf(new)
		if waiting && deferred(idx) {
			before = nil
		}
		if equalStrings(before, after) {
			continue
		}
		b := root.Bucket([]byte(idx.name))
		for _, v := range before {
			if err := b.Delete(indexKey(v, id)); err != nil {
				return err
			}
		}
		for _, v := range after {
			if err := b.Put(indexKey(v, id), nil); err != nil {
				return err
			}
		}
	}
	return nil
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// buildIndexes creates the buckets of defs and fills them from every record
// of the released kinds (a migration: kinds.go).
func buildIndexes(tx *bolt.Tx, defs []index) error {
	root, err := tx.CreateBucketIfNotExists(bucketIndex)
	if err != nil {
		return err
	}
	for _, idx := range defs {
		if _, err := root.CreateBucketIfNotExists([]byte(idx.name)); err != nil {
			return err
		}
	}
	recs := tx.Bucket(bucketRecords)
	for _, k := range releasedKinds { // only released migrations build indexes (kinds.go)
		b := recs.Bucket([]byte(k))
		if b == nil {
			continue
		}
		err := b.ForEach(func(id, v []byte) error {
			r, err := decode(k, v)
			if err != nil {
				return err
			}
			for _, idx := range defs {
				for _, val := range idx.valuesOf(r) {
					if err := root.Bucket([]byte(idx.name)).Put(indexKey(val, id), nil); err != nil {
						return err
					}
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// scanIndex calls fn with the id of every entry whose value is in [from, to]
// (to == "" means only value == from). It stops early when fn returns false.
func scanIndex(tx *bolt.Tx, name, from, to string, fn func(value string, id []byte) bool) {
	b := tx.Bucket(bucketIndex).Bucket([]byte(name))
	if b == nil {
		return
	}
	c := b.Cursor()
	start := []byte(from)
	if to == "" {
		start = append(start, indexValueMarker)
	}
	for k, _ := c.Seek(start); k != nil; k, _ = c.Next() {
		if len(k) < 17 || k[len(k)-17] != indexValueMarker {
			continue // not an index key; Check reports it
		}
		value := string(k[:len(k)-17])
		if to == "" && value != from || to != "" && value > to {
			return
		}
		if !fn(value, k[len(k)-16:]) {
			return
		}
	}
}

// countIndex counts the entries with value in [from, to] (to == "": equal to from).
func countIndex(tx *bolt.Tx, name, from, to string) int {
	n := 0
	scanIndex(tx, name, from, to, func(string, []byte) bool { n++; return true })
	return n
}
