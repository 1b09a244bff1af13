package storage

import (
	"bytes"
	"encoding/binary"

	bolt "go.etcd.io/bbolt"

	"frontoffice/model"
)

// Which revisions a record's current one knows of (the conflict rule).
//
// The current revision C started from one revision, named by its envelope's
// base_rev and base_hlc; that one from another, and so on back: C's lineage.
// The walk goes through the record's history while a revision names its base
// by clock. It ends at a revision that names it by number only — a new
// record, a settlement (which started from every revision up to its
// base_rev) or a revision made before base_hlc was written — which covers
// every revision up to its base_rev; or at a parent that history does not
// hold (erased, or never received), which is still known by its number and
// clock and covers every revision below it.
//
// A revision in history that is neither on the lineage nor covered was made
// beside C, from the same base or one C never saw: the record is in
// conflict. This takes in the number rule (a revision above C's base_rev is
// never on the lineage) and also sees an office's one edit of rev 1 when
// another's two edits went on to rev 3.

// revIdent names one revision of a record: its number and its clock.
type revIdent struct{ rev, hlc uint64 }

// lineage walks env's lineage through hb, the history of its kind: the
// revisions on it, and the number up to which every revision is covered.
// below is the lowest rev in history: the walk stops once no revision below
// the one reached is left to place.
func lineage(hb *bolt.Bucket, k model.Kind, key []byte, env *model.Envelope, below uint64) (on []revIdent, cover uint64, err error) {
	if env.BaseHLC == 0 {
		return nil, env.BaseRev, nil
	}
	at := revIdent{env.BaseRev, env.BaseHLC}
	c := hb.Cursor()
	for {
		on = append(on, at)
		if at.rev <= below {
			return on, 0, nil // nothing lower left to place
		}
		seek := binary.BigEndian.AppendUint64(binary.BigEndian.AppendUint64(bytes.Clone(key), at.rev), at.hlc)
		hk, v := c.Seek(seek)
		if hk == nil || len(hk) != histKeyLen || !bytes.HasPrefix(hk, seek) {
			return on, at.rev - 1, nil // known by its number and clock only
		}
		r, err := decode(k, v)
		if err != nil {
			return nil, 0, err
		}
		p := r.Env()
		if p.BaseHLC == 0 || p.BaseRev >= at.rev {
			return on, min(p.BaseRev, at.rev-1), nil
		}
		at = revIdent{p.BaseRev, p.BaseHLC}
	}
}

// eachConcurrent calls fn with every revision in the record's history that
// cur neither started from nor covers (the file's comment), in key order,
// until fn says stop. Consultations are append-only: none.
func eachConcurrent(tx *bolt.Tx, key []byte, cur *model.Envelope, fn func(hk, v []byte) (stop bool, err error)) error {
	if cur.Kind == model.KindConsultation {
		return nil
	}
	hb := tx.Bucket(bucketHistory).Bucket([]byte(cur.Kind))
	c := hb.Cursor()
	below, found := uint64(0), false
	for hk, _ := c.Seek(key); hk != nil && bytes.HasPrefix(hk, key); hk, _ = c.Next() {
		if len(hk) == histKeyLen {
			below, found = getRev(hk), true
			break // keys go by rev: the first is the lowest
		}
	}
	if !found {
		return nil
	}
	on, cover, err := lineage(hb, cur.Kind, key, cur, below)
	if err != nil {
		return err
	}
	for hk, v := c.Seek(key); hk != nil && bytes.HasPrefix(hk, key); hk, v = c.Next() {
		if len(hk) != histKeyLen {
			continue
		}
		id := revIdent{getRev(hk), binary.BigEndian.Uint64(hk[24:32])}
		if id.rev <= cover || onLineage(on, id) {
			continue
		}
		if stop, err := fn(hk, v); stop || err != nil {
			return err
		}
	}
	return nil
}

// onLineage tells whether id is one of on (a short list: a record's edits).
func onLineage(on []revIdent, id revIdent) bool {
	for _, o := range on {
		if o == id {
			return true
		}
	}
	return false
}
