package storage

import (
	"bytes"
	"cmp"
	"fmt"
	"slices"

	"frontoffice/model"

	bolt "go.etcd.io/bbolt"
)

// Consultations are append-only: once logged, a consultation is never changed
// nor deleted through Update or Delete. A mistake is corrected by a new
// consultation that supersedes it (Supersede); the old one stays, marked as
// superseded, so what the office told a visitor is never rewritten. (Merging
// two people still re-points a consultation to the kept person inside the
// store: that changes whose it is, not what was said.)

// ixConsultSupersedes indexes a consultation by the one it corrects, so
// "is this one superseded?" is one lookup.
const ixConsultSupersedes = "consultation_supersedes"

// indexesV6 are the indexes added by schema version 6.
var indexesV6 = []index{
	{name: ixConsultSupersedes, kind: model.KindConsultation, values: func(r model.Record) []string {
		return one(r.(*model.Consultation).Supersedes)
	}},
}

// appendOnly refuses to change or delete a record of a kind that is written
// once. Update and Delete call it.
func appendOnly(k model.Kind) error {
	if k == model.KindConsultation {
		return fmt.Errorf("change or delete a %s (log a correction that supersedes it): %w", k, ErrNotPermitted)
	}
	return nil
}

// checkConsultation is Validate plus what needs two fields: the follow-up is
// not before the consultation.
func checkConsultation(c *model.Consultation) error {
	err := c.Validate()
	es, _ := model.AsFieldErrors(err)
	if err != nil && es == nil {
		return err
	}
	if c.Date.Valid() && c.FollowUp.Valid() && c.FollowUp < c.Date && es.For("follow_up") == "" {
		es = append(es, model.FieldError{Field: "follow_up", Reason: model.ReasonMismatch})
	}
	return es.Err()
}

// LogConsultation stores a new consultation. It refuses an invalid one (field
// errors, a follow-up before the date) and one that claims to supersede
// another (use Supersede).
func (s *Store) LogConsultation(c *model.Consultation) error {
	if c.Supersedes != "" {
		return fmt.Errorf("log a consultation that supersedes %s: %w", c.Supersedes, ErrNotPermitted)
	}
	if err := checkConsultation(c); err != nil {
		return err
	}
	c.Kind = model.KindConsultation
	return s.Create(c)
}

// Supersede stores corrected as a new consultation that corrects oldID. The
// old one stays as it was and is shown as superseded. Only the current
// version can be corrected: a consultation superseded already, or deleted,
// is refused with ErrNotPermitted.
func (s *Store) Supersede(oldID string, corrected *model.Consultation) error {
	env := corrected.Env()
	orig := *env
	origSup := corrected.Supersedes
	corrected.Kind, corrected.ID, corrected.Rev, corrected.Supersedes = model.KindConsultation, model.NewID(), 0, oldID
	restore := func() { *env, corrected.Supersedes = orig, origSup }
	if err := checkConsultation(corrected); err != nil {
		restore()
		return err
	}
	err := s.db.Update(func(tx *bolt.Tx) error {
		r, _, err := getRecord(tx, model.KindConsultation, oldID)
		if err != nil {
			return err
		}
		if r.Env().Deleted {
			return fmt.Errorf("supersede consultation %s: deleted: %w", oldID, ErrNotPermitted)
		}
		if by := supersededBy(tx, oldID); by != "" {
			return fmt.Errorf("supersede consultation %s: already superseded by %s: %w", oldID, by, ErrNotPermitted)
		}
		if _, err := s.saveOne(tx, corrected); err != nil {
			return err
		}
		return nil
	})
	if err != nil {
		restore()
	}
	return err
}

// supersededBy is the id of the consultation that corrects id, "" when none.
func supersededBy(tx *bolt.Tx, id string) string {
	var by string
	scanIndex(tx, ixConsultSupersedes, id, "", func(_ string, k []byte) bool {
		by = idString(k)
		return false
	})
	return by
}

// ConsultationEntry is one consultation as lists show it.
type ConsultationEntry struct {
	Consultation *model.Consultation
	// SupersededBy is the id of the correction that replaced it ("" when current).
	SupersededBy string
	PersonName   string // the person's name, "" when none
	IdeaTitle    string // the idea's title, "" when none
}

// ConsultationsOf returns the consultations of an idea or a person (id is
// either), newest first, superseded ones included and marked.
func (s *Store) ConsultationsOf(id string) ([]ConsultationEntry, error) {
	if _, err := idKey(id); err != nil {
		return nil, err
	}
	var out []ConsultationEntry
	err := s.db.View(func(tx *bolt.Tx) error {
		seen := map[string]bool{}
		for _, ix := range []string{ixConsultIdea, ixConsultPerson} {
			for _, cid := range indexIDs(tx, ix, id) {
				if seen[cid] {
					continue
				}
				seen[cid] = true
				e, err := consultationEntry(tx, cid)
				if err != nil {
					return err
				}
				if e != nil {
					out = append(out, *e)
				}
			}
		}
		return nil
	})
	sortNewestFirst(out)
	return out, err
}

// RecentConsultations returns the last n consultations logged here or
// imported (by id, which is time-ordered), newest first.
func (s *Store) RecentConsultations(n int) ([]ConsultationEntry, error) {
	var out []ConsultationEntry
	err := s.db.View(func(tx *bolt.Tx) error {
		b, err := kindBucket(tx, bucketRecords, model.KindConsultation)
		if err != nil {
			return err
		}
		c := b.Cursor()
		for k, _ := c.Last(); k != nil && len(out) < n; k, _ = c.Prev() {
			e, err := consultationEntry(tx, idString(k))
			if err != nil {
				return err
			}
			if e != nil {
				out = append(out, *e)
			}
		}
		return nil
	})
	sortNewestFirst(out)
	return out, err
}

func sortNewestFirst(es []ConsultationEntry) {
	slices.SortStableFunc(es, func(a, b ConsultationEntry) int {
		return cmp.Or(cmp.Compare(b.Consultation.Date, a.Consultation.Date), cmp.Compare(b.Consultation.ID, a.Consultation.ID))
	})
}

// consultationEntry reads consultation id with its names and whether it is
// superseded; nil for a deleted one.
func consultationEntry(tx *bolt.Tx, id string) (*ConsultationEntry, error) {
	r, _, err := getRecord(tx, model.KindConsultation, id)
	if err != nil {
		return nil, err
	}
	if r.Env().Deleted {
		return nil, nil
	}
	c := r.(*model.Consultation)
	e := &ConsultationEntry{Consultation: c, SupersededBy: supersededBy(tx, id)}
	e.PersonName, e.IdeaTitle = subjectNames(tx, c)
	return e, nil
}

// subjectNames looks up the person's name and the idea's title of c; a
// missing record gives "" (a bundle may bring a consultation before its idea).
func subjectNames(tx *bolt.Tx, c *model.Consultation) (person, idea string) {
	if c.PersonID != "" {
		if r, _, err := getRecord(tx, model.KindPerson, c.PersonID); err == nil {
			person = r.(*model.Person).FullName
		}
	}
	if c.IdeaID != "" {
		if r, _, err := getRecord(tx, model.KindIdea, c.IdeaID); err == nil {
			idea = r.(*model.Idea).Title
		}
	}
	return person, idea
}

func indexIDs(tx *bolt.Tx, ix, value string) []string {
	var ids []string
	scanIndex(tx, ix, value, "", func(_ string, id []byte) bool {
		ids = append(ids, idString(bytes.Clone(id)))
		return true
	})
	return ids
}

// FollowUp is a consultation whose agreed follow-up date has come.
type FollowUp struct {
	ConsultationEntry
	Overdue bool // the date is before today (else it is today)
}

// FollowUps returns the follow-ups due today and those overdue (dated in the
// FollowUpWindow days before today), most overdue first. A follow-up leaves
// the list when its consultation is superseded (the correction carries its
// own follow-up) or answered.
//
// Answered is deliberately simple: a follow-up is answered when a current
// (not superseded) consultation exists on a later day for the same idea, or,
// when the consultation has no idea, for the same person. Coming back is
// what a follow-up asks for; the later consultation sets its own follow-up.
func (s *Store) FollowUps(today model.Date) ([]FollowUp, error) {
	var out []FollowUp
	err := s.db.View(func(tx *bolt.Tx) error {
		var err error
		out, err = followUps(tx, today, true)
		return err
	})
	return out, err
}

// followUps does FollowUps inside tx; names are looked up only when asked.
func followUps(tx *bolt.Tx, today model.Date, names bool) ([]FollowUp, error) {
	from := model.DateOf(today.Time().AddDate(0, 0, -FollowUpWindow))
	var ids []string
	scanIndex(tx, ixConsultFollow, string(from), string(today), func(_ string, id []byte) bool {
		ids = append(ids, idString(id))
		return true
	})
	var out []FollowUp
	for _, id := range ids {
		r, _, err := getRecord(tx, model.KindConsultation, id)
		if err != nil {
			return nil, err
		}
		c := r.(*model.Consultation)
		if c.Deleted || supersededBy(tx, id) != "" {
			continue
		}
		answered, err := isAnswered(tx, c)
		if err != nil {
			return nil, err
		}
		if answered {
			continue
		}
		f := FollowUp{ConsultationEntry: ConsultationEntry{Consultation: c}, Overdue: c.FollowUp < today}
		if names {
			f.PersonName, f.IdeaTitle = subjectNames(tx, c)
		}
		out = append(out, f)
	}
	slices.SortStableFunc(out, func(a, b FollowUp) int {
		return cmp.Or(cmp.Compare(a.Consultation.FollowUp, b.Consultation.FollowUp), cmp.Compare(a.Consultation.ID, b.Consultation.ID))
	})
	return out, nil
}

// isAnswered reports whether a current consultation on a later day exists for
// c's idea (or, without an idea, c's person).
func isAnswered(tx *bolt.Tx, c *model.Consultation) (bool, error) {
	ix, subject := ixConsultIdea, c.IdeaID
	if subject == "" {
		ix, subject = ixConsultPerson, c.PersonID
	}
	for _, id := range indexIDs(tx, ix, subject) {
		if id == c.ID {
			continue
		}
		r, _, err := getRecord(tx, model.KindConsultation, id)
		if err != nil {
			return false, err
		}
		o := r.(*model.Consultation)
		if o.Date > c.Date && supersededBy(tx, id) == "" {
			return true, nil
		}
	}
	return false, nil
}
