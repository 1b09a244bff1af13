package storage

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"

	"frontoffice/model"

	bolt "go.etcd.io/bbolt"
)

// Conflict is a record two offices edited from the same base: Current won the
// merge (the later clock) and is what the store shows; Other is the newest
// revision that did not start from it, kept in history.
type Conflict struct {
	Kind    model.Kind
	ID      string
	Current model.Record
	Other   model.Record
}

// Conflicts lists the records in conflict, kind by kind in id order.
func (s *Store) Conflicts() ([]Conflict, error) {
	var out []Conflict
	err := s.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketSync).Bucket(bucketConflicts).ForEach(func(sk, _ []byte) error {
			i := bytes.IndexByte(sk, 0)
			if i < 0 {
				return nil
			}
			c, err := conflictOf(tx, model.Kind(sk[:i]), sk[i+1:])
			if err != nil {
				return err
			}
			out = append(out, c)
			return nil
		})
	})
	return out, err
}

// ConflictCount is the number of records in conflict.
func (s *Store) ConflictCount() int {
	n := 0
	s.db.View(func(tx *bolt.Tx) error {
		n = tx.Bucket(bucketSync).Bucket(bucketConflicts).Stats().KeyN
		return nil
	})
	return n
}

// InConflict tells whether the record is in conflict (Sync → Conflicts):
// its card says so, for an office that sees another's version where it
// saved its own.
func (s *Store) InConflict(k model.Kind, id string) bool {
	key, err := idKey(id)
	if err != nil {
		return false
	}
	in := false
	s.db.View(func(tx *bolt.Tx) error {
		in = inConflict(tx, k, key)
		return nil
	})
	return in
}

// conflictKeys is the set of records in conflict, by their keys in the
// conflicts bucket (kind, 0, id).
func (s *Store) conflictKeys() (map[string]bool, error) {
	keys := map[string]bool{}
	err := s.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketSync).Bucket(bucketConflicts).ForEach(func(sk, _ []byte) error {
			keys[string(sk)] = true
			return nil
		})
	})
	return keys, err
}

// countLeftInConflict makes sum's conflicts the records the import left in
// conflict that were not in conflict before it (before, conflictKeys). The
// merge counts a record that came into conflict at any of its revisions,
// even when a later revision in the same bundle (the other office's
// settlement) cleared it.
func (s *Store) countLeftInConflict(sum *ImportSummary, before map[string]bool) error {
	after, err := s.conflictKeys()
	if err != nil {
		return err
	}
	n := map[model.Kind]int{}
	for sk := range after {
		if i := strings.IndexByte(sk, 0); i >= 0 && !before[sk] {
			n[model.Kind(sk[:i])]++
		}
	}
	for k, c := range sum.Kinds {
		c.Conflicts = n[k]
	}
	return nil
}

func conflictOf(tx *bolt.Tx, k model.Kind, key []byte) (Conflict, error) {
	id := idString(key)
	cur, _, err := getRecord(tx, k, id)
	if err != nil {
		return Conflict{}, err
	}
	c := Conflict{Kind: k, ID: id, Current: cur}
	var best []byte
	err = eachConcurrent(tx, key, cur.Env(), func(_, v []byte) (bool, error) {
		r, err := decode(k, v)
		if err != nil {
			return true, err
		}
		if c.Other == nil || newer(r.Env(), v, c.Other.Env(), best) > 0 {
			c.Other, best = r, bytes.Clone(v)
		}
		return false, nil
	})
	if err != nil {
		return Conflict{}, err
	}
	if c.Other == nil {
		return Conflict{}, fmt.Errorf("%s %s: no conflicting revision: %w", k, id, ErrNotFound)
	}
	return c, nil
}

// ResolveConflict settles c with chosen (c.Current, c.Other, or a mix made by
// MergeFields) as a new revision made here, which syncs like any edit. Its
// rev follows every revision known and its base is the highest of them, so
// it is in conflict with none. A record that changed since c was listed gives
// ErrStale.
func (s *Store) ResolveConflict(c Conflict, chosen model.Record) error {
	if err := checkChosen(c, chosen); err != nil {
		return err
	}
	return s.db.Update(func(tx *bolt.Tx) error { return s.resolveIn(tx, c, chosen) })
}

// Alike tells whether c's two versions hold the same data: they differ
// only in who saved them, where and when (the envelope). Two offices that
// made the same change, or a store and a copy of it that both changed a
// record the same way, leave such conflicts.
func Alike(c Conflict) bool {
	fields, err := DiffFields(c.Current, c.Other)
	return err == nil && len(fields) == 0
}

// resolveAlikeBatch is how many conflicts ResolveAlike settles in one
// transaction (one fsync pair each, not one a record).
const resolveAlikeBatch = 500

// ResolveAlike settles, keeping the current version, each of cs whose two
// versions hold the same data (Alike), as ResolveConflict does one by one.
// The others are left as they are, and so is one whose data the rules
// refuse now (ResolveConflict's check). A conflict that changed since cs was
// listed is left too (it is no longer the one shown). It returns how many
// it settled; done, when set, is told after each batch.
func (s *Store) ResolveAlike(cs []Conflict, done func(n int)) (int, error) {
	var alike []Conflict
	for _, c := range cs {
		if Alike(c) {
			alike = append(alike, c)
		}
	}
	n := 0
	for len(alike) > 0 {
		batch := alike[:min(resolveAlikeBatch, len(alike))]
		alike = alike[len(batch):]
		settled := 0
		err := s.db.Update(func(tx *bolt.Tx) error {
			settled = 0
			for _, c := range batch {
				kept, err := copyRecord(c.Current) // cs is the caller's: left as it was
				if err != nil {
					return err
				}
				if checkChosen(c, kept) != nil {
					continue // data the rules refuse now: settled by hand, in its form
				}
				err = s.resolveIn(tx, c, kept)
				if errors.Is(err, ErrStale) || errors.Is(err, ErrNotFound) {
					continue
				}
				if err != nil {
					return err
				}
				settled++
			}
			return nil
		})
		if err != nil {
			return n, err
		}
		n += settled
		if done != nil {
			done(n)
		}
	}
	return n, nil
}

// copyRecord is a copy of r that shares nothing with it.
func copyRecord(r model.Record) (model.Record, error) {
	data, err := json.Marshal(r)
	if err != nil {
		return nil, err
	}
	return decode(r.Env().Kind, data)
}

// checkChosen refuses a settlement that is not a version of c's record or
// does not hold valid data.
func checkChosen(c Conflict, chosen model.Record) error {
	if chosen.Env().Kind != c.Kind || chosen.Env().ID != c.ID {
		return fmt.Errorf("resolve %s %s with %s %s: %w", c.Kind, c.ID, chosen.Env().Kind, chosen.Env().ID, ErrNotPermitted)
	}
	return chosen.Validate()
}

// resolveIn is ResolveConflict inside tx. chosen's envelope is replaced by
// the settlement's.
func (s *Store) resolveIn(tx *bolt.Tx, c Conflict, chosen model.Record) error {
	cur, key, err := getRecord(tx, c.Kind, c.ID)
	if err != nil {
		return err
	}
	if ce := c.Current.Env(); cur.Env().HLC != ce.HLC || cur.Env().Origin != ce.Origin {
		return fmt.Errorf("resolve %s %s: %w", c.Kind, c.ID, ErrStale)
	}
	top := cur.Env().Rev
	hc := tx.Bucket(bucketHistory).Bucket([]byte(c.Kind)).Cursor()
	for hk, _ := hc.Seek(key); hk != nil && bytes.HasPrefix(hk, key); hk, _ = hc.Next() {
		if len(hk) == histKeyLen {
			top = max(top, getRev(hk))
		}
	}
	if err := putHistory(tx, key, cur); err != nil {
		return err
	}
	env := chosen.Env()
	next := *env
	next.Rev, next.BaseRev, next.BaseHLC = top+1, top, 0 // it saw every revision up to top
	if err := s.stamp(tx, &next); err != nil {
		return err
	}
	*env = next
	if err := s.put(tx, key, cur, chosen); err != nil {
		return err
	}
	_, err = recheckConflict(tx, key, chosen)
	return err
}

// envelopeFields are the JSON fields of model.Envelope: not offered for a
// field-by-field choice (the resolution makes its own).
var envelopeFields = []string{"id", "kind", "rev", "base_rev", "base_hlc", "origin", "hlc", "updated_at", "updated_by"}

// DiffFields lists the JSON fields whose values differ between a and b,
// sorted, envelope fields left out ("deleted" is included).
func DiffFields(a, b model.Record) ([]string, error) {
	ma, err := fieldsOf(a)
	if err != nil {
		return nil, err
	}
	mb, err := fieldsOf(b)
	if err != nil {
		return nil, err
	}
	var out []string
	for k, va := range ma {
		if vb, ok := mb[k]; !ok || !bytes.Equal(va, vb) {
			out = append(out, k)
		}
	}
	for k := range mb {
		if _, ok := ma[k]; !ok {
			out = append(out, k)
		}
	}
	out = slices.DeleteFunc(out, func(k string) bool { return slices.Contains(envelopeFields, k) })
	slices.Sort(out)
	return out, nil
}

// FieldJSON is one field of r as JSON ("" when r leaves it out), for showing
// the two sides of a conflict.
func FieldJSON(r model.Record, field string) string {
	m, err := fieldsOf(r)
	if err != nil {
		return ""
	}
	return string(m[field])
}

// MergeFields is base with the fields named in fromOther taken from other:
// a field-by-field resolution of a conflict.
func MergeFields(base, other model.Record, fromOther []string) (model.Record, error) {
	mb, err := fieldsOf(base)
	if err != nil {
		return nil, err
	}
	mo, err := fieldsOf(other)
	if err != nil {
		return nil, err
	}
	for _, f := range fromOther {
		if v, ok := mo[f]; ok {
			mb[f] = v
		} else {
			delete(mb, f)
		}
	}
	data, err := json.Marshal(mb)
	if err != nil {
		return nil, err
	}
	return decode(base.Env().Kind, data)
}

func fieldsOf(r model.Record) (map[string]json.RawMessage, error) {
	data, err := json.Marshal(r)
	if err != nil {
		return nil, err
	}
	var m map[string]json.RawMessage
	err = json.Unmarshal(data, &m)
	return m, err
}
