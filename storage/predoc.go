package storage

import (
	"frontoffice/model"
	"frontoffice/model/search"

	bolt "go.etcd.io/bbolt"
)

// A big import's writer (bigSave.flush) made each new record's search doc:
// an idea's needs its applicant's name and phone, and folding and encoding
// it was a third of the writer's work on an ideas file (issue 23 item 1),
// while the reading waited for it. The reading finds each applicant itself
// (Snapshot.PersonRef) and keeps them (importPeople), so it makes the doc
// ahead (preDoc), all but when the record was last changed, which the
// writer stamps (search.Unstamped). The writer takes that doc only when
// what it was made from is what the writer finds in the copy: the same
// answer for the idea's applicant, a person grouped with nobody (withGroup
// would add to their doc); otherwise it makes the doc as before. The bytes
// are the same either way (TestPreDocIsDoc, FuzzPreDocIsDoc).

// docAhead is what was made ahead of a record's search doc: its own texts
// folded (prefoldDoc), and the doc itself when it could be (docMade).
type docAhead struct {
	folds [][]byte
	docMade
}

// docMade is a doc made ahead, but for its Updated field (enc; not Made:
// none), and the answer for the idea's applicant it was made with.
type docMade struct {
	enc   search.Unstamped
	app   applicant
	found bool
}

// knownPeople answers a person's search-doc fields without reading a
// store: ok is false when it does not know them.
type knownPeople func(id string) (a applicant, found, ok bool)

// preDoc makes ahead what it can of new record r's doc, an idea's applicant
// answered by known. r's envelope may change afterwards, but not its id nor
// its body.
func preDoc(r model.Record, known knownPeople) docAhead {
	ahead := docAhead{folds: prefoldDoc(r)}
	if ahead.folds == nil || r.Env().ID == "" {
		return ahead // no doc, or an id the writer gives
	}
	switch r := r.(type) {
	case *model.Person:
		if len(r.MergedFrom) > 0 {
			return ahead // the merged people's phones and IINs are read from the copy
		}
	case *model.Idea:
		if r.ApplicantID != "" {
			var ok bool
			if ahead.app, ahead.found, ok = known(r.ApplicantID); !ok {
				return ahead
			}
		}
	}
	d, ok := docWith(ahead.answer, ahead.answer, r)
	if ok {
		d.Prefolded = ahead.folds
		ahead.enc = d.EncodeUnstamped()
	}
	return ahead
}

// answer answers every person with the applicant the doc was made with.
func (m docMade) answer(string) (applicant, bool) { return m.app, m.found }

// stamped is the doc made ahead, stamped as r is now, when it is the doc
// docForWith makes of r in tx with people; nil when it may not be (or none
// was made), and the doc is made anew.
func (m docMade) stamped(tx *bolt.Tx, people applicants, r model.Record) []byte {
	env := r.Env()
	if !m.enc.Made() || env.Deleted {
		return nil
	}
	switch r := r.(type) {
	case *model.Idea:
		if r.ApplicantID != "" {
			if a, found := people(r.ApplicantID); a != m.app || found != m.found {
				return nil
			}
		}
	case *model.Person:
		key, err := idKey(r.ID)
		// In a group (joined away, or with members): withGroup changes
		// the doc. hasMembers is groupKeys' "more than one" without
		// making the list (0.08 of a people file's 0.9 writer CPU-s).
		if err != nil || joinedAway(tx, key) || hasMembers(tx, key) {
			return nil
		}
	default:
		return nil
	}
	return m.enc.Stamp(env.UpdatedAt.UnixMilli())
}

// known answers from what c holds, without reading the store.
func (c *importPeople) known(id string) (a applicant, found, ok bool) {
	if c == nil {
		return applicant{}, false, false
	}
	c.mu.Lock()
	bk := c.book
	k, hit := c.cur[id]
	if !hit {
		k, hit = c.old[id]
	}
	c.mu.Unlock()
	if bk != nil {
		a, found = bk.applicant(id) // read-only once made
		return a, found, true
	}
	return k.a, k.ok, hit
}
