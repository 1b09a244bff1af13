package storage

import (
	"bytes"
	"encoding/json"
	"slices"

	"frontoffice/model"

	bolt "go.etcd.io/bbolt"
)

// A record that names a withdrawn person may arrive after the withdrawal: an
// earlier revision of an idea with them in its team, from an office that
// had not heard of it. It is erased as it arrives, in the batch's own
// transaction, as the withdrawal would have erased it had it come first
// (eraseMentions): the current revision changed by a revision made here,
// earlier revisions in place. So a store ends with the same records
// whichever order bundles come in, as the regional hub does
// (storage/hub/late.go). What the store goes by (model.Withdrawn): the ids
// of the people withdrawn here and the fingerprints of the phones and IINs
// it erased (erased_fp) — not their names.
//
// A person who first arrives here already withdrawn (this office never held
// their data) is added to the ids, and the records already here that name
// them by id are erased in the same batch: the same as when they arrive
// after the records.

// withdrawnMark is how a withdrawn person's canonical JSON shows it.
var withdrawnMark = []byte(`"consent_withdrawn":"`)

// loadWithdrawn is what a merge looks for in late-arriving records: every
// person withdrawn here (as the hub: storage/hub/late.go), with the
// fingerprints of the phones and IINs this store erased; nil when nobody
// withdrew.
func loadWithdrawn(tx *bolt.Tx) (*model.Withdrawn, error) {
	people, err := kindBucket(tx, bucketRecords, model.KindPerson)
	if err != nil {
		return nil, err
	}
	w := &model.Withdrawn{IDs: map[string]bool{}}
	if err := people.ForEach(func(k, v []byte) error {
		if len(k) == 16 && bytes.Contains(v, withdrawnMark) {
			w.IDs[idString(k)] = true
		}
		return nil
	}); err != nil || len(w.IDs) == 0 {
		return nil, err
	}
	f, err := tracesIn(tx)
	if err != nil {
		return nil, err
	}
	if f != nil {
		w.Phone = func(p string) bool { return f.fps[fingerprint(f.key, 'p', []byte(model.National(p)))] }
		w.IIN = func(d string) bool { return f.fps[fingerprint(f.key, 'i', []byte(d))] }
	}
	return w, nil
}

// lateMentions are the records of one batch that may name someone
// withdrawn here, to erase before the batch commits.
type lateMentions struct {
	w      *model.Withdrawn
	loaded bool
	keys   []lateKey
	// arrived are the people who came new and withdrawn in this batch.
	arrived []string
	kinds   []model.Kind // model.MentionKinds, read once
}

// mentions reports whether records of kind k may name a person.
func (l *lateMentions) mentions(k model.Kind) bool {
	if l.kinds == nil {
		l.kinds = model.MentionKinds()
	}
	return slices.Contains(l.kinds, k)
}

type lateKey struct {
	kind model.Kind
	key  []byte
}

// note keeps the record just merged (r as data) when it may mention
// someone withdrawn.
func (l *lateMentions) note(tx *bolt.Tx, r model.Record, data []byte, out Outcome) error {
	if !l.loaded {
		w, err := loadWithdrawn(tx)
		if err != nil {
			return err
		}
		l.w, l.loaded = w, true
	}
	env := r.Env()
	if out == Added && withdrawnOn(r) != "" && (l.w == nil || !l.w.IDs[env.ID]) {
		l.arrived = append(l.arrived, env.ID)
		return nil
	}
	if l.w == nil || out == Unchanged || !l.mentions(env.Kind) {
		return nil
	}
	if env.Kind == model.KindPerson && l.w.IDs[env.ID] || !l.w.MayMention(data) {
		return nil
	}
	key, err := idKey(env.ID)
	if err != nil {
		return err
	}
	l.keys = append(l.keys, lateKey{env.Kind, key})
	return nil
}

// erase erases the withdrawn from the noted records, current revision and
// history, and forgets them.
func (l *lateMentions) erase(s *Store, tx *bolt.Tx) error {
	defer func() { l.keys, l.arrived = l.keys[:0], l.arrived[:0] }()
	if err := l.addArrived(tx); err != nil {
		return err
	}
	done := map[string]bool{}
	for _, k := range l.keys {
		sk := string(syncKey(k.kind, k.key))
		if done[sk] {
			continue
		}
		done[sk] = true
		if err := l.eraseCurrent(s, tx, k); err != nil {
			return err
		}
		if err := l.eraseHistory(tx, k); err != nil {
			return err
		}
	}
	return nil
}

func (l *lateMentions) eraseCurrent(s *Store, tx *bolt.Tx, k lateKey) error {
	recs, err := kindBucket(tx, bucketRecords, k.kind)
	if err != nil {
		return err
	}
	v := recs.Get(k.key)
	if v == nil {
		return nil
	}
	r, err := decode(k.kind, v)
	if err != nil {
		return err
	}
	var c model.ScrubCounts
	if !l.w.Scrub(r, &c) {
		return nil
	}

	return s.update(tx, r, r.Env().Deleted)
}

func (l *lateMentions) eraseHistory(tx *bolt.Tx, k lateKey) error {
	h, err := kindBucket(tx, bucketHistory, k.kind)
	if err != nil {
		return err
	}
	var keys, vals [][]byte
	c := h.Cursor()
	for hk, v := c.Seek(k.key); hk != nil && bytes.HasPrefix(hk, k.key); hk, v = c.Next() {
		if len(hk) != histKeyLen {
			continue
		}
		r, err := decode(k.kind, v)
		if err != nil {
			return err
		}
		var ignored model.ScrubCounts
		if !l.w.Scrub(r, &ignored) {
			continue
		}
		data, err := json.Marshal(r)
		if err != nil {
			return err
		}
		keys, vals = append(keys, bytes.Clone(hk)), append(vals, data)
	}
	if len(keys) == 0 {
		return nil
	}
	return putErasedInPlace(tx, h, k.kind, keys, vals)
}

// addArrived adds the people who arrived withdrawn to the ids, and notes
// every record here that names them by id.
func (l *lateMentions) addArrived(tx *bolt.Tx) error {
	if len(l.arrived) == 0 {
		return nil
	}
	if l.w == nil {
		l.w = &model.Withdrawn{IDs: map[string]bool{}}
	}
	only := &model.Withdrawn{IDs: map[string]bool{}}
	for _, id := range l.arrived {
		l.w.IDs[id], only.IDs[id] = true, true
	}
	for _, k := range model.MentionKinds() {
		for _, top := range [][]byte{bucketRecords, bucketHistory} {
			b, err := kindBucket(tx, top, k)
			if err != nil {
				return err
			}
			err = b.ForEach(func(key, v []byte) error {
				if len(key) < 16 || k == model.KindPerson && only.IDs[idString(key[:16])] || !only.MayMention(v) {
					return nil
				}
				if n := len(l.keys); n == 0 || l.keys[n-1].kind != k || !bytes.Equal(l.keys[n-1].key, key[:16]) {
					l.keys = append(l.keys, lateKey{k, bytes.Clone(key[:16])})
				}
				return nil
			})
			if err != nil {
				return err
			}
		}
	}
	return nil
}
