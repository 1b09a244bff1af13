package storage

import (
	"bytes"
	"encoding/json"

	"frontoffice/model"

	bolt "go.etcd.io/bbolt"
)

// Consent withdrawal travels (docs/bundle.md, "Withdrawn consent"): a person
// revision with consent_withdrawn that reaches a store erases the person's
// personal fields from every revision that store keeps in history, as
// WithdrawConsent does where the withdrawal was made. An erased revision
// keeps its history key (the hash of its content as it was made), so it is
// still the same revision: the original arriving again from an office that
// has not heard of the withdrawal finds its key taken and changes nothing,
// and the erased copy from another office is recognised by its rev, clock,
// origin and erased content.

// eraseHistory erases, in place and under the same keys, every revision of
// person key in history that still holds personal data, as withdrawn on day.
func eraseHistory(tx *bolt.Tx, key []byte, day model.Date) error {
	h, err := kindBucket(tx, bucketHistory, model.KindPerson)
	if err != nil {
		return err
	}
	var keys, vals [][]byte
	c := h.Cursor()
	for hk, v := c.Seek(key); hk != nil && bytes.HasPrefix(hk, key); hk, v = c.Next() {
		if len(hk) != histKeyLen {
			continue
		}
		erased, changed, err := erasePerson(v, day)
		if err != nil {
			return err
		}
		if changed {
			keys, vals = append(keys, bytes.Clone(hk)), append(vals, erased)
		}
	}
	for i := range keys {
		if err := h.Put(keys[i], vals[i]); err != nil {
			return err
		}
	}
	return nil
}

// erasePerson is the JSON of person revision data with its personal fields
// erased as withdrawn on day; changed is false when it was erased already.
func erasePerson(data []byte, day model.Date) (erased []byte, changed bool, err error) {
	r, err := decode(model.KindPerson, data)
	if err != nil {
		return nil, false, err
	}
	p := r.(*model.Person)
	if p.ConsentWithdrawn != "" {
		return data, false, nil
	}
	p.WithdrawConsent(day)
	erased, err = json.Marshal(p)
	return erased, err == nil, err
}

// withdrawalKnown is the day the person (key; current revision cur, arriving
// revision r) withdrew consent as far as this store knows: from cur, from any
// revision in history, or from r; "" when none did or it is not a person.
func withdrawalKnown(hist *bolt.Bucket, key []byte, cur, r model.Record) (model.Date, error) {
	if _, ok := cur.(*model.Person); !ok {
		return "", nil
	}
	if day := withdrawnOn(cur); day != "" {
		return day, nil
	}
	c := hist.Cursor()
	for hk, v := c.Seek(key); hk != nil && bytes.HasPrefix(hk, key); hk, v = c.Next() {
		h, err := decode(model.KindPerson, v)
		if err != nil {
			return "", err
		}
		if day := withdrawnOn(h); day != "" {
			return day, nil
		}
	}
	return withdrawnOn(r), nil
}

// withdrawnOn is the day a person revision withdrew consent ("" when it did
// not, or is not a person).
func withdrawnOn(r model.Record) model.Date {
	if p, ok := r.(*model.Person); ok {
		return p.ConsentWithdrawn
	}
	return ""
}

// sameErased reports whether history holds revision env, whose JSON erased
// as withdrawn on day is erased, under any key: same id, rev and clock, the
// same content once erased. Its key may hash the content before or after
// erasure, whichever form the store saw first. A copy found still holding
// personal data is erased in place (fixed reports that).
func sameErased(hist *bolt.Bucket, key []byte, env *model.Envelope, erased []byte, day model.Date) (found, fixed bool, err error) {
	prefix := histKey(key, env, nil)[:histKeyLen-8]
	c := hist.Cursor()
	for hk, v := c.Seek(prefix); hk != nil && bytes.HasPrefix(hk, prefix); hk, v = c.Next() {
		e, changed, err := erasePerson(v, day)
		if err != nil {
			return false, false, err
		}
		if !bytes.Equal(e, erased) {
			continue
		}
		if changed {
			return true, true, hist.Put(bytes.Clone(hk), e)
		}
		return true, false, nil
	}
	return false, false, nil
}

// erasedAlike reports whether revisions a and b (JSON da, db) of a person are
// one revision, one of them erased: the same rev, clock and origin, and the
// same content once erased as withdrawn on day.
func erasedAlike(a *model.Envelope, da []byte, b *model.Envelope, db []byte, day model.Date) (bool, error) {
	if day == "" || a.Kind != model.KindPerson || a.Rev != b.Rev || a.HLC != b.HLC || a.Origin != b.Origin {
		return false, nil
	}
	ea, _, err := erasePerson(da, day)
	if err != nil {
		return false, err
	}
	eb, _, err := erasePerson(db, day)
	return err == nil && bytes.Equal(ea, eb), err
}
