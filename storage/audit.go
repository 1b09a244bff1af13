package storage

// The audit list: who changed what and when, across all records, read off
// the change numbers sync keeps (sync.go: sync/changed holds each record's
// last change number). It adds no bucket: every write of a record already
// gives it the next number, so the newest numbers are the newest changes.

import (
	"bytes"
	"encoding/binary"
	"sort"

	"frontoffice/model"

	bolt "go.etcd.io/bbolt"
)

// Change is one record as of its newest change, for the audit list.
type Change struct {
	// Seq is the store's change number of this change; give it as before
	// to RecentChanges for the page after this one.
	Seq uint64
	// Record is the current revision: its envelope says who (UpdatedBy),
	// when (UpdatedAt), which office (Origin), the rev and whether deleted.
	Record model.Record
	// Merged is set when the revision came from another office's bundle
	// (its origin is not this store's office).
	Merged bool
	// Office is the name of the office that made the revision, "" when its
	// office record is not in this store.
	Office string
}

// RecentChanges returns up to limit records, the most recently changed
// first, whose change number is below before (0: no bound). Each record
// appears once, with its newest change; its earlier revisions are in
// History. It reads every record's change number (8 bytes each, no
// decoding) and decodes only the records it returns, so call it off the
// event loop.
func (s *Store) RecentChanges(limit int, before uint64) ([]Change, error) {
	if limit <= 0 {
		return nil, nil
	}
	var out []Change
	err := s.db.View(func(tx *bolt.Tx) error {
		sb := tx.Bucket(bucketSync)
		if sb == nil {
			return nil
		}
		type mark struct {
			seq uint64
			key []byte // kind \x00 id, valid while tx is open
		}
		// newest holds the limit newest marks seen so far, newest first.
		newest := make([]mark, 0, limit+1)
		err := sb.Bucket(bucketChanged).ForEach(func(k, v []byte) error {
			if len(v) != 8 {
				return nil
			}
			seq := binary.BigEndian.Uint64(v)
			if before != 0 && seq >= before {
				return nil
			}
			if len(newest) == limit && seq <= newest[limit-1].seq {
				return nil
			}
			i := sort.Search(len(newest), func(i int) bool { return newest[i].seq < seq })
			newest = append(newest, mark{})
			copy(newest[i+1:], newest[i:])
			newest[i] = mark{seq, k}
			if len(newest) > limit {
				newest = newest[:limit]
			}
			return nil
		})
		if err != nil {
			return err
		}
		offices := map[string]string{}
		for _, m := range newest {
			sep := bytes.IndexByte(m.key, 0)
			if sep < 0 {
				continue
			}
			kind := model.Kind(m.key[:sep])
			b := tx.Bucket(bucketRecords).Bucket([]byte(kind))
			if b == nil {
				continue
			}
			v := b.Get(m.key[sep+1:])
			if v == nil {
				continue
			}
			r, err := decode(kind, v)
			if err != nil {
				return err
			}
			origin := r.Env().Origin
			name, ok := offices[origin]
			if !ok {
				name = officeName(tx, origin)
				offices[origin] = name
			}
			out = append(out, Change{Seq: m.seq, Record: r, Merged: origin != s.officeID, Office: name})
		}
		return nil
	})
	return out, err
}

// officeName is the name in the office record of the office with id, "" when
// this store does not have it.
func officeName(tx *bolt.Tx, id string) string {
	key, err := idKey(id)
	if err != nil {
		return ""
	}
	b := tx.Bucket(bucketRecords).Bucket([]byte(model.KindOffice))
	if b == nil {
		return ""
	}
	v := b.Get(key)
	if v == nil {
		return ""
	}
	r, err := decode(model.KindOffice, v)
	if err != nil {
		return ""
	}
	return r.(*model.Office).Name
}
