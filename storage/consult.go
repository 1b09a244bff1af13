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
// FollowUpWindow days before today), most overdue first: at most limit of
// them (0: all) with their names, and how many there are in all. A follow-up
// leaves the list when its consultation is superseded (the correction carries
// its own follow-up) or answered.
//
// Answered is deliberately simple: a follow-up is answered when a current
// (not superseded) consultation exists on a later day for the same idea, or,
// when the consultation has no idea, for the same person. Coming back is
// what a follow-up asks for; the later consultation sets its own follow-up.
//
// Nothing is decoded to count them: the consultation_follow and
// consultation_subject_day indexes hold the dates and subjects (schema 7);
// only the due ones are read, to keep this office's own (ownFollowUps).
func (s *Store) FollowUps(today model.Date, limit int) ([]FollowUp, int, error) {
	var out []FollowUp
	var total int
	err := s.db.View(func(tx *bolt.Tx) error {
		due, err := s.ownFollowUps(tx, dueFollowUps(tx, today))
		if err != nil {
			return err
		}
		total = len(due)
		if limit > 0 && len(due) > limit {
			due = due[:limit]
		}
		out, err = followUpEntries(tx, today, due)
		if err != nil {
			return err
		}
		return nil
	})
	return out, total, err
}

// followUpEntries decodes the follow-ups found in the indexes, with names.
func followUpEntries(tx *bolt.Tx, today model.Date, due []dueItem) ([]FollowUp, error) {
	var out []FollowUp
	for _, d := range due {
		r, _, err := getRecord(tx, model.KindConsultation, d.id)
		if err != nil {
			return nil, err
		}
		c := r.(*model.Consultation)
		f := FollowUp{ConsultationEntry: ConsultationEntry{Consultation: c}, Overdue: c.FollowUp < today}
		f.PersonName, f.IdeaTitle = subjectNames(tx, c)
		out = append(out, f)
	}
	return out, nil
}

// ownFollowUps keeps the follow-ups of consultations this office logged:
// another office's promises to call back are theirs to keep. Home asks at
// every start, over thousands of follow-ups, so only each record's origin is
// read from its stored JSON (rawOrigin), not the whole record.
func (s *Store) ownFollowUps(tx *bolt.Tx, due []dueItem) ([]dueItem, error) {
	b, err := kindBucket(tx, bucketRecords, model.KindConsultation)
	if err != nil {
		return nil, err
	}
	out := due[:0:0]
	for _, d := range due {
		key, err := idKey(d.id)
		if err != nil {
			return nil, err
		}
		v := b.Get(key)
		if v == nil {
			continue
		}
		origin, ok := rawOrigin(v)
		if !ok {
			r, err := decode(model.KindConsultation, v)
			if err != nil {
				return nil, err
			}
			origin = r.Env().Origin
		}
		if origin == "" || origin == s.officeID {
			out = append(out, d)
		}
	}
	return out, nil
}

// rawOrigin finds a stored record's origin in its JSON without decoding it:
// the envelope comes first in every record this program writes, and a
// string field's text is escaped, so the first `"origin":"` is the
// envelope's. ok is false when there is none (the caller decodes).
func rawOrigin(v []byte) (string, bool) {
	const marker = `"origin":"`
	i := bytes.Index(v, []byte(marker))
	if i < 0 {
		return "", false
	}
	rest := v[i+len(marker):]
	j := bytes.IndexByte(rest, '"')
	if j < 0 {
		return "", false
	}
	return string(rest[:j]), true
}

// dueItem is a follow-up found in the indexes.
type dueItem struct {
	followUp string
	id       string
}

// dueFollowUps lists the unanswered, current follow-ups in the window, most
// overdue first, from the indexes alone (cursors opened once: Home asks this
// at every start).
func dueFollowUps(tx *bolt.Tx, today model.Date) []dueItem {
	from := model.DateOf(today.Time().AddDate(0, 0, -FollowUpWindow))
	ix := tx.Bucket(bucketIndex)
	follow, days, sup := ix.Bucket([]byte(ixConsultFollowKey)), ix.Bucket([]byte(ixConsultSubjectDay)), ix.Bucket([]byte(ixConsultSupersedes))
	if follow == nil || days == nil || sup == nil {
		return nil
	}
	supC, daysC := sup.Cursor(), days.Cursor()
	superseded := func(id []byte) bool {
		k, _ := supC.Seek(id) // value is the superseded id's text form
		return k != nil && len(k) == len(id)+17 && bytes.HasPrefix(k, id)
	}
	var out []dueItem
	c := follow.Cursor()
	to := []byte(string(today) + "|~")
	var idText [36]byte
	for k, _ := c.Seek([]byte(from)); k != nil && len(k) >= 17; k, _ = c.Next() {
		value := k[:len(k)-17]
		if bytes.Compare(value, to) > 0 {
			break
		}
		parts := bytes.SplitN(value, []byte("|"), 3) // follow-up | subject | day
		if len(parts) != 3 {
			continue
		}
		id := k[len(k)-16:]
		text := appendIDText(idText[:0], id)
		if superseded(text) || laterCurrent(daysC, superseded, parts[1], parts[2]) {
			continue
		}
		out = append(out, dueItem{followUp: string(parts[0]), id: string(text)})
	}
	slices.SortStableFunc(out, func(a, b dueItem) int {
		return cmp.Or(cmp.Compare(a.followUp, b.followUp), cmp.Compare(a.id, b.id))
	})
	return out
}

// laterCurrent reports whether a current consultation about subject exists on
// a day after day. Keys are subject|day \x00 id and days are fixed-width, so
// seeking just past subject|day\x00… lands on the first later day.
func laterCurrent(c *bolt.Cursor, superseded func([]byte) bool, subject, day []byte) bool {
	prefix := append(append([]byte(nil), subject...), '|')
	seek := append(append(append([]byte(nil), prefix...), day...), 0x01)
	var idText [36]byte
	for k, _ := c.Seek(seek); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
		if len(k) < 17 {
			continue
		}
		if !superseded(appendIDText(idText[:0], k[len(k)-16:])) {
			return true
		}
	}
	return false
}

// appendIDText writes a 16-byte id in its canonical text form.
func appendIDText(dst, id []byte) []byte {
	const hexDigits = "0123456789abcdef"
	for i, b := range id {
		if i == 4 || i == 6 || i == 8 || i == 10 {
			dst = append(dst, '-')
		}
		dst = append(dst, hexDigits[b>>4], hexDigits[b&15])
	}
	return dst
}

// consultSubject is what a follow-up is about: the idea, else the person.
func consultSubject(c *model.Consultation) string {
	if c.IdeaID != "" {
		return "i:" + c.IdeaID
	}
	return "p:" + c.PersonID
}

// Schema 7's indexes: each consultation by subject and day, and each
// follow-up by its date, subject and day.
const (
	ixConsultSubjectDay = "consultation_subject_day"
	ixConsultFollowKey  = "consultation_follow"
)

var indexesV7 = []index{
	{name: ixConsultSubjectDay, kind: model.KindConsultation, values: func(r model.Record) []string {
		c := r.(*model.Consultation)
		return []string{consultSubject(c) + "|" + string(c.Date)}
	}},
	{name: ixConsultFollowKey, kind: model.KindConsultation, values: func(r model.Record) []string {
		c := r.(*model.Consultation)
		if c.FollowUp == "" {
			return nil
		}
		return []string{string(c.FollowUp) + "|" + consultSubject(c) + "|" + string(c.Date)}
	}},
}
