package storage

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"frontoffice/model"

	bolt "go.etcd.io/bbolt"
)

// ErasedMark replaces a withdrawn person's phone, IIN or full name where it
// stood in free text (model.ErasedMark).
const ErasedMark = model.ErasedMark

// Erasure is what a withdrawal erased, in counts and record ids only (no
// personal data), for the command line to report and a log to keep.
type Erasure struct {
	PersonID string
	// Records are the other records a new revision was written for
	// ("idea:ID", "consultation:ID"…), sorted.
	Records []string
	// TeamEntries are team members turned to initials; Applicants are idea
	// applicant names turned to initials; FreeTexts are phone, IIN or name
	// occurrences replaced by ErasedMark in free text.
	TeamEntries, Applicants, FreeTexts int
	// History is how many earlier revisions (of the person and of the other
	// records) were erased in place.
	History int
	// ApplicantIdeas are the ideas whose applicant the person is (their
	// application files beside the store are theirs too).
	ApplicantIdeas []string
	// PersonIDs are all the person records withdrawn (the identity rules
	// join one person's records from several desks and offices).
	PersonIDs []string

	// traces are the phones, IINs and full names the withdrawal erased, as
	// they were, kept in memory only to look for them in the raw bytes of
	// files and backups afterwards (erase_backups.go); never stored.
	traces traces
}

// Withdraw withdraws the person's consent (WithdrawConsent) and returns what
// it erased. The same transaction records the withdrawal as pending
// (pending_erasure.go) until appdoc.Finish has taken it to the files,
// backups and freed pages.
func (s *Store) Withdraw(personID string) (Erasure, error) {
	return s.withdraw(personID, true)
}

// withdraw is Withdraw; pending false records nothing pending (a backup's
// copy, whose erasure the live store finishes).
func (s *Store) withdraw(personID string, pending bool) (Erasure, error) {
	var e Erasure
	err := s.db.Update(func(tx *bolt.Tx) error {
		e = Erasure{PersonID: personID}
		// One person across offices: every record of theirs, joined by
		// the identity rules, is theirs to withdraw (identity.go). The
		// group is taken before the first withdrawal dissolves it.
		for _, id := range groupIDs(tx, personID) {
			if err := s.withdrawOne(tx, id, &e); err != nil {
				return err
			}
			e.PersonIDs = append(e.PersonIDs, id)
		}
		if err := rememberFingerprints(tx, &e.traces); err != nil {
			return err
		}
		slices.Sort(e.Records)
		e.Records = slices.Compact(e.Records)
		if pending {
			return notePendingLocal(tx, e)
		}
		return dropPendingIn(tx, e.PersonIDs)
	})
	if err != nil {
		return Erasure{PersonID: personID}, err
	}
	return e, nil
}

// withdrawOne withdraws the consent of the person record personID inside tx,
// adding what it erased to e.
func (s *Store) withdrawOne(tx *bolt.Tx, personID string, e *Erasure) error {
	{
		r, key, err := getRecord(tx, model.KindPerson, personID)
		if err != nil {
			return err
		}
		p := r.(*model.Person)
		if p.Deleted {
			return fmt.Errorf("withdraw consent of %s: %w", personID, ErrNotFound)
		}
		e.traces.add(p)
		who := erasingOf(p)
		today := model.DateOf(s.now())
		p.WithdrawConsent(today)
		if err := s.update(tx, p, false); err != nil { // the revision before goes to history…
			return err
		}
		// …and every revision in history is erased the same way, each under
		// its own key, so offices that receive the withdrawal erase the same
		// revisions to the same content (sync_consent.go).
		n, err := countErasable(tx, key, &e.traces)
		if err != nil {
			return err
		}
		if err := eraseHistory(tx, key, today); err != nil {
			return err
		}
		e.History += n
		return s.eraseMentions(tx, key, &who, e)
	}
}

// countErasable counts the revisions of person key in history that still
// hold personal data.
func countErasable(tx *bolt.Tx, key []byte, tr *traces) (int, error) {
	h, err := kindBucket(tx, bucketHistory, model.KindPerson)
	if err != nil {
		return 0, err
	}
	n := 0
	c := h.Cursor()
	for hk, v := c.Seek(key); hk != nil && strings.HasPrefix(string(hk), string(key)); hk, v = c.Next() {
		if len(hk) != histKeyLen {
			continue
		}
		r, err := decode(model.KindPerson, v)
		if err != nil {
			return 0, err
		}
		if p := r.(*model.Person); p.ConsentWithdrawn == "" {
			tr.add(p)
			n++
		}
	}
	return n, nil
}

// eraseMentions erases the person (key; who as they were before the
// withdrawal) from every other record: team entries and applicant names
// become initials, their phone, IIN and full name in free text become
// ErasedMark. A changed current record gets a new revision (so the change
// travels in bundles); earlier revisions in history are erased in place
// under their own keys, as eraseHistory does for the person.
func (s *Store) eraseMentions(tx *bolt.Tx, key []byte, who *erasing, e *Erasure) error {
	for _, k := range model.MentionKinds() { // who may name a person (model/registry.go)
		b, err := kindBucket(tx, bucketRecords, k)
		if err != nil {
			return err
		}
		var changed []model.Record
		err = b.ForEach(func(rk, v []byte) error {
			if k == model.KindPerson && string(rk) == string(key) || !who.MayMention(k, v) {
				return nil
			}
			r, err := decode(k, v)
			if err != nil {
				return err
			}
			if i, ok := r.(*model.Idea); ok && i.ApplicantID == who.ID && !i.Deleted {
				e.ApplicantIdeas = append(e.ApplicantIdeas, i.ID)
			}
			if who.scrub(r, e) {
				changed = append(changed, r)
			}
			return nil
		})
		if err != nil {
			return err
		}
		for _, r := range changed { // written after the walk: a bucket is not changed under its cursor
			if err := s.update(tx, r, r.Env().Deleted); err != nil {
				return err
			}
			e.Records = append(e.Records, string(k)+":"+r.Env().ID)
		}
		n, err := eraseMentionsInHistory(tx, k, key, who)
		if err != nil {
			return err
		}
		e.History += n
	}
	slices.Sort(e.Records)
	slices.Sort(e.ApplicantIdeas)
	return nil
}

// eraseMentionsInHistory erases who from every earlier revision of kind k in
// history, in place; it returns how many revisions it changed. The person's
// own history (key) is eraseHistory's.
func eraseMentionsInHistory(tx *bolt.Tx, k model.Kind, key []byte, who *erasing) (int, error) {
	h, err := kindBucket(tx, bucketHistory, k)
	if err != nil {
		return 0, err
	}
	var keys, vals [][]byte
	err = h.ForEach(func(hk, v []byte) error {
		if len(hk) != histKeyLen || k == model.KindPerson && string(hk[:16]) == string(key) || !who.MayMention(k, v) {
			return nil
		}
		r, err := decode(k, v)
		if err != nil {
			return err
		}
		var ignored Erasure
		if !who.scrub(r, &ignored) {
			return nil
		}
		data, err := json.Marshal(r)
		if err != nil {
			return err
		}
		keys, vals = append(keys, slices.Clone(hk)), append(vals, data)
		return nil
	})
	if err != nil {
		return 0, err
	}
	if len(keys) == 0 {
		return 0, nil
	}
	return len(keys), putErasedInPlace(tx, h, k, keys, vals)
}

// putErasedInPlace writes the erased revisions vals of kind k under their
// history keys in h, each marked erased in place.
func putErasedInPlace(tx *bolt.Tx, h *bolt.Bucket, k model.Kind, keys, vals [][]byte) error {
	marks, err := tx.CreateBucketIfNotExists(bucketErased)
	if err != nil {
		return err
	}
	for i := range keys {
		if err := h.Put(keys[i], vals[i]); err != nil {
			return err
		}
		if err := marks.Put(erasedKey(k, keys[i]), []byte{1}); err != nil {
			return err
		}
	}
	return nil
}

// erasedKey is the key in bucket erased of the revision of kind k whose
// history key is hk. An erased revision keeps the key its first content
// hashed to, so the same revision arriving again in a bundle from an office
// that has not heard of the withdrawal finds its key taken and brings
// nothing back; check knows from there why key and content differ.
func erasedKey(k model.Kind, hk []byte) []byte {
	out := make([]byte, 0, len(k)+1+len(hk))
	out = append(out, k...)
	out = append(out, 0)
	return append(out, hk...)
}

// erasedInPlace reports whether history key hk of kind k holds a revision a
// withdrawal erased in place.
func erasedInPlace(tx *bolt.Tx, k model.Kind, hk []byte) bool {
	b := tx.Bucket(bucketErased)
	return b != nil && b.Get(erasedKey(k, hk)) != nil
}

// erasing is the withdrawn person as they were: what to look for
// (model.Erasing), and, for a received withdrawal, the person themselves.
type erasing struct {
	model.Erasing
	before *model.Person // as they were (received withdrawals)
}

// erasingOf is model.ErasingOf(p) for the store.
func erasingOf(p *model.Person) erasing { return erasing{Erasing: model.ErasingOf(p)} }

// scrub is model's Scrub, counting into e.
func (w *erasing) scrub(r model.Record, e *Erasure) bool {
	c := model.ScrubCounts{TeamEntries: e.TeamEntries, Applicants: e.Applicants, FreeTexts: e.FreeTexts}
	changed := w.Scrub(r, &c)
	e.TeamEntries, e.Applicants, e.FreeTexts = c.TeamEntries, c.Applicants, c.FreeTexts
	return changed
}
