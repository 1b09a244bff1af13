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
	w := erasing{id: p.ID, name: p.FullName, iin: model.NormalizeIIN(p.IIN)}
	if ph, why := model.NormalizePhone(p.Phone); why == model.ReasonNone {
		w.phone = ph
	}
	w.before = p
	m.withdrawn = append(m.withdrawn, w)
}

// eraseReceived erases each received withdrawal from the other records, one
// transaction for all, and returns what it erased for each.
func (s *Store) eraseReceived(received []erasing) ([]Erasure, error) {
	if len(received) == 0 {
		return nil, nil
	}
	var out []Erasure
	err := s.db.Update(func(tx *bolt.Tx) error {
		out = out[:0]
		for i := range received {
			who := received[i]
			who.prepared = false
			e := Erasure{PersonID: who.id, PersonIDs: []string{who.id}}
			e.traces.add(who.before)
			key, err := idKey(who.id)
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
			out = append(out, e)
		}
		return nil
	})
	return out, err
}
