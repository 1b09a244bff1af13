package storage

import (
	"slices"

	"frontoffice/model"

	bolt "go.etcd.io/bbolt"
)

// A withdrawal received in a bundle (issue 17): merging it erases the
// person's record and history here (sync_consent.go); the other records of
// this office that name or reach them (team entries, applicant names, free
// text, and their earlier revisions) are erased after the merge, as where
// the withdrawal was made, with the person's data as this office had it.
// The caller then takes each erasure to the files, freed pages and backups
// (appdoc.Finish), so a receiving office keeps no more than the office that
// made the withdrawal.

// noteWithdrawn notes that the merge withdrew cur (the person as they were
// here before).
func (m *mergeTx) noteWithdrawn(cur model.Record) {
	p, ok := cur.(*model.Person)
	if !ok {
		return
	}
	w := erasingOf(p)
	w.before = p
	m.withdrawn = append(m.withdrawn, w)
}

// eraseReceived erases, from the other records, every received withdrawal
// the merge recorded as pending (pending_erasure.go) whose mentions are not
// erased yet, one transaction for all, reading the person as they were from
// the entry (not from memory: a stop after the merge loses nothing), and
// records in each entry what it erased. It returns the erasures of those in
// received (all it erased when received is nil).
func (s *Store) eraseReceived(received []erasing) ([]Erasure, error) {
	if received != nil && len(received) == 0 {
		return nil, nil
	}
	want := map[string]bool{}
	for _, w := range received {
		want[w.ID] = true
	}
	var out []Erasure
	err := s.db.Update(func(tx *bolt.Tx) error {
		out = out[:0]
		b := tx.Bucket(bucketErasing)
		if b == nil {
			return nil
		}
		var ids []string
		if err := b.ForEach(func(k, _ []byte) error {
			ids = append(ids, string(k))
			return nil
		}); err != nil {
			return err
		}
		for _, id := range ids {
			p, err := getPending(tx, id)
			if err != nil {
				return err
			}
			if p == nil || p.Mentions || p.Cleared || p.Before == nil {
				continue
			}
			before := p.Before
			who := erasingOf(before)
			who.before = before
			e := Erasure{PersonID: who.ID, PersonIDs: []string{who.ID}}
			e.traces.add(who.before)
			key, err := idKey(who.ID)
			if err != nil {
				return err
			}
			// What history kept of them was erased by the merge; its
			// revisions still counted as erased for the log.
			if err := s.eraseMentions(tx, key, &who, &e); err != nil {
				return err
			}
			slices.Sort(e.Records)
			e.Records = slices.Compact(e.Records)
			if err := rememberFingerprints(tx, &e.traces); err != nil {
				return err
			}
			p.Before, p.Mentions, p.Erasure = nil, true, toErasureJSON(e)
			if err := putPending(tx, p); err != nil {
				return err
			}
			if received == nil || want[id] {
				out = append(out, e)
			}
		}
		return nil
	})
	return out, err
}
