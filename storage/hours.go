package storage

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"frontoffice/model"

	bolt "go.etcd.io/bbolt"
)

// Volunteer hours for the social student credit (model/credit.go). An entry
// is logged pending; a consultant verifies it (the store's actor is written
// as who verified, with the time) or rejects it with a reason. Editing a
// verified or rejected entry sends it back to pending, also through Update
// and a CSV import (editRules).

// ErrNoConsultant is a verification with nobody named at the desk: a
// verification has to say who made it.
var ErrNoConsultant = errors.New("no consultant is set for this store, so nobody would be named as verifying")

// editRules applies the rules of an edit to r, the next revision of a stored
// record, made here by a person (Update, SaveBatch; not a merge of two people
// nor a bundle import): an edited verified or rejected hours entry goes back
// to pending.
func editRules(tx *bolt.Tx, r model.Record) {
	h, ok := r.(*model.Hours)
	if !ok {
		return
	}
	if cur, _, err := getRecord(tx, model.KindHours, h.ID); err == nil && !cur.Env().Deleted {
		model.EditHours(cur.(*model.Hours), h)
	}
}

// checkDay refuses an entry typed here that no day could hold (model/
// hoursday.go): a day before 2000 or after today, or one on which the
// person — all their offices' records together — would have more than 24
// hours. An edit that adds nothing to its day passes, so an entry that
// arrived over the limit can be corrected; imports are never refused by it
// (their entries are held back for review instead: ForReview).
func (s *Store) checkDay(tx *bolt.Tx, r model.Record) error {
	h, ok := r.(*model.Hours)
	if !ok || h.Deleted || h.Status == "rejected" {
		return nil
	}
	var old *model.Hours
	if cur, _, err := getRecord(tx, model.KindHours, h.ID); err == nil && !cur.Env().Deleted {
		old = cur.(*model.Hours)
	}
	if old == nil || old.Date != h.Date {
		if why := model.HoursDayReason(h.Date, model.DateOf(s.now().Local())); why != model.ReasonNone {
			return model.FieldErrors{{Field: "date", Reason: why}}
		}
	}
	if old != nil && old.Status != "rejected" && old.Date == h.Date && old.PersonID == h.PersonID && h.Hours <= old.Hours {
		return nil
	}
	entries, err := hoursOf(tx, h.PersonID)
	if err != nil {
		return err
	}
	if model.DayTotal(entries, h.Date, h.ID)+h.Hours > model.MaxDayHours {
		return model.FieldErrors{{Field: "hours", Reason: model.ReasonDayOver24}}
	}
	return nil
}

// checkHoursRefs refuses an entry whose person or idea is not a live record.
func checkHoursRefs(tx *bolt.Tx, h *model.Hours) error {
	p, _, err := getRecord(tx, model.KindPerson, h.PersonID)
	if err != nil || p.Env().Deleted {
		return model.FieldErrors{{Field: "person_id", Reason: model.ReasonBadRef}}
	}
	if h.IdeaID != "" {
		i, _, err := getRecord(tx, model.KindIdea, h.IdeaID)
		if err != nil || i.Env().Deleted {
			return model.FieldErrors{{Field: "idea_id", Reason: model.ReasonBadRef}}
		}
	}
	return nil
}

// LogHours stores a new entry as pending (a new entry is never born
// verified: a consultant verifies it afterwards) and fills h with what was
// stored.
func (s *Store) LogHours(h *model.Hours) error {
	hs, err := s.LogHoursBatch(*h, []BulkHours{{PersonID: h.PersonID, Hours: h.Hours}})
	if err != nil {
		return err
	}
	*h = *hs[0]
	return nil
}

// BulkHours is one person's line in a bulk entry for an event.
type BulkHours struct {
	PersonID string
	Hours    float64
}

// LogHoursBatch logs the same event (date, activity or idea, description of
// base) for many people with their own hours, in one transaction: all
// entries are stored or none. The new entries are pending and returned.
func (s *Store) LogHoursBatch(base model.Hours, lines []BulkHours) ([]*model.Hours, error) {
	out := make([]*model.Hours, 0, len(lines))
	for _, l := range lines {
		h := base
		h.Envelope = model.Envelope{Kind: model.KindHours}
		h.PersonID, h.Hours = l.PersonID, l.Hours
		h.Status, h.VerifiedBy, h.VerifiedAt, h.RejectReason = "pending", "", time.Time{}, ""
		if err := h.Validate(); err != nil {
			return nil, err
		}
		out = append(out, &h)
	}
	err := s.db.Update(func(tx *bolt.Tx) error {
		for _, h := range out {
			if err := checkHoursRefs(tx, h); err != nil {
				return err
			}
			if _, err := s.saveOne(tx, h); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// VerifyHours marks entries verified by the store's actor, now, in one
// transaction. Entries verified already are left as they are; a deleted or
// unknown id refuses the lot. It returns how many changed.
func (s *Store) VerifyHours(ids ...string) (int, error) {
	who := strings.TrimSpace(s.Actor())
	if who == "" {
		return 0, ErrNoConsultant
	}
	return s.decideHours(ids, func(h *model.Hours) bool {
		if h.Status == "verified" {
			return false
		}
		h.Status, h.VerifiedBy, h.VerifiedAt, h.RejectReason = "verified", who, s.now().UTC(), ""
		return true
	})
}

// RejectHours marks an entry rejected with the reason, which is required.
func (s *Store) RejectHours(id, reason string) error {
	reason = strings.TrimSpace(reason)
	if reason == "" {
		return model.FieldErrors{{Field: "reject_reason", Reason: model.ReasonRequired}}
	}
	if model.HasControl(reason, true) {
		return model.FieldErrors{{Field: "reject_reason", Reason: model.ReasonControlChars}}
	}
	_, err := s.decideHours([]string{id}, func(h *model.Hours) bool {
		h.Status, h.VerifiedBy, h.VerifiedAt, h.RejectReason = "rejected", "", time.Time{}, reason
		return true
	})
	return err
}

// decideHours applies a decision to each entry inside one transaction.
func (s *Store) decideHours(ids []string, decide func(*model.Hours) bool) (int, error) {
	n := 0
	err := s.db.Update(func(tx *bolt.Tx) error {
		unverified := unverifiedHere(tx)
		for _, id := range ids {
			r, _, err := getRecord(tx, model.KindHours, id)
			if err != nil {
				return err
			}
			if r.Env().Deleted {
				return fmt.Errorf("hours %s: deleted: %w", id, ErrNotFound)
			}
			h := r.(*model.Hours)
			asVerifiedHere(unverified, h) // verified elsewhere, unsigned: a consultant here verifies it
			if !decide(h) {
				continue
			}
			if err := h.Validate(); err != nil {
				return err
			}
			if err := s.update(tx, h, false); err != nil {
				return err
			}
			n++
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	return n, nil
}

// HoursOf returns a person's live entries, newest day first.
func (s *Store) HoursOf(personID string) ([]*model.Hours, error) {
	if _, err := idKey(personID); err != nil {
		return nil, err
	}
	var out []*model.Hours
	err := s.db.View(func(tx *bolt.Tx) error {
		var err error
		out, err = hoursOf(tx, personID)
		return err
	})
	sortHours(out)
	return out, err
}

// hoursOf is the hours of a person's whole group (identity.go): one person
// registered at several offices has them all.
func hoursOf(tx *bolt.Tx, personID string) ([]*model.Hours, error) {
	var out []*model.Hours
	unverified := unverifiedHere(tx)
	var ids []string
	for _, who := range groupIDs(tx, personID) {
		ids = append(ids, indexIDs(tx, ixHoursPerson, who)...)
	}
	for _, id := range ids {
		r, _, err := getRecord(tx, model.KindHours, id)
		if err != nil {
			return nil, err
		}
		if !r.Env().Deleted {
			asVerifiedHere(unverified, r.(*model.Hours))
			out = append(out, r.(*model.Hours))
		}
	}
	return out, nil
}

// sortHours puts the newest day first, then the newest entry.
func sortHours(hs []*model.Hours) {
	slices.SortStableFunc(hs, func(a, b *model.Hours) int {
		if c := strings.Compare(string(b.Date), string(a.Date)); c != 0 {
			return c
		}
		return strings.Compare(b.ID, a.ID)
	})
}

// HoursEntry is an entry as the Hours screen lists it.
type HoursEntry struct {
	Hours       *model.Hours
	PersonName  string
	PersonPhone string
	IdeaTitle   string
	// Review says why the entry needs a consultant before it counts
	// (model.ForReview): its day passes 24 hours for the person, or the day
	// is before 2000 or has not come. ReasonNone when it counts.
	Review model.Reason
}

// HoursList returns every live entry with its person's name: pending ones
// first, then verified, then rejected; the newest day first within each.
func (s *Store) HoursList() ([]HoursEntry, error) {
	defer s.release()
	var out []HoursEntry
	err := s.db.View(func(tx *bolt.Tx) error {
		people := map[string]*personName{}
		ideas := map[string]string{}
		b, err := kindBucket(tx, bucketRecords, model.KindHours)
		if err != nil {
			return err
		}
		unverified := unverifiedHere(tx)
		return b.ForEach(func(_, v []byte) error {
			r, err := decode(model.KindHours, v)
			if err != nil {
				return err
			}
			h := r.(*model.Hours)
			if h.Deleted {
				return nil
			}
			asVerifiedHere(unverified, h)
			e := HoursEntry{Hours: h}
			if p := personIn(tx, people, h.PersonID); p != nil {
				e.PersonName, e.PersonPhone = p.FullName, p.Phone
			}
			if h.IdeaID != "" {
				t, ok := ideas[h.IdeaID]
				if !ok {
					if r, _, err := getRecord(tx, model.KindIdea, h.IdeaID); err == nil {
						t = r.(*model.Idea).Title
					}
					ideas[h.IdeaID] = t
				}
				e.IdeaTitle = t
			}
			out = append(out, e)
			return nil
		})
	})
	if err == nil {
		s.db.View(func(tx *bolt.Tx) error {
			markForReview(tx, out, model.DateOf(s.now().Local()))
			return nil
		})
	}
	rank := map[model.HoursStatus]int{"pending": 0, "verified": 1, "rejected": 2}
	slices.SortStableFunc(out, func(a, b HoursEntry) int {
		if c := rank[a.Hours.Status] - rank[b.Hours.Status]; c != 0 {
			return c
		}
		if c := strings.Compare(string(b.Hours.Date), string(a.Hours.Date)); c != 0 {
			return c
		}
		return strings.Compare(b.Hours.ID, a.Hours.ID)
	})
	return out, err
}

// personName is the little of a person that lists of hours show.
type personName struct {
	FullName string `json:"full_name"`
	Phone    string `json:"phone"`
}

// personIn reads a person's name and phone once per transaction (nil when
// unknown). Only those two fields are decoded: a store of a volunteer week
// lists tens of thousands of entries.
func personIn(tx *bolt.Tx, cache map[string]*personName, id string) *personName {
	if p, ok := cache[id]; ok {
		return p
	}
	var p *personName
	if key, err := idKey(id); err == nil {
		if v := tx.Bucket(bucketRecords).Bucket([]byte(model.KindPerson)).Get(key); v != nil {
			p = &personName{}
			if json.Unmarshal(v, p) != nil {
				p = nil
			}
		}
	}
	cache[id] = p
	return p
}

// CreditLine is one person's credit standing.
type CreditLine struct {
	Person   *model.Person
	Standing model.Standing
	// Held are the entries held back for review (model.ForReview): a day
	// over 24 hours, a day that has not come; they count once corrected.
	Held int
}

// Credits returns the standing in year of every person with verified or
// pending hours (in any year), by name, then id.
func (s *Store) Credits(rules model.CreditRules, year int) ([]CreditLine, error) {
	byPerson := map[string][]*model.Hours{}
	var order []string
	err := s.List(model.KindHours, func(r model.Record) error {
		h := r.(*model.Hours)
		if h.Status != "verified" && h.Status != "pending" {
			return nil
		}
		if _, ok := byPerson[h.PersonID]; !ok {
			order = append(order, h.PersonID)
		}
		byPerson[h.PersonID] = append(byPerson[h.PersonID], h)
		return nil
	})
	if err != nil {
		return nil, err
	}
	out := make([]CreditLine, 0, len(order))
	err = s.db.View(func(tx *bolt.Tx) error {
		if unverified := unverifiedHere(tx); unverified != nil {
			for _, hs := range byPerson {
				for _, h := range hs {
					asVerifiedHere(unverified, h)
				}
			}
		}
		// One person across offices: the hours of a joined group count
		// together, under its earliest record (identity.go).
		joined := map[string][]*model.Hours{}
		var roots []string
		for _, id := range order {
			root := canonicalID(tx, id)
			if _, ok := joined[root]; !ok {
				roots = append(roots, root)
			}
			joined[root] = append(joined[root], byPerson[id]...)
		}
		order, byPerson = roots, joined
		today := model.DateOf(s.now().Local())
		held := map[string]int{}
		for _, id := range order {
			all := byPerson[id]
			byPerson[id] = model.Countable(all, today)
			held[id] = len(all) - len(byPerson[id])
		}
		for _, id := range order {
			p := &model.Person{}
			if r, _, err := getRecord(tx, model.KindPerson, id); err == nil {
				p = r.(*model.Person)
			} else if !isNotFound(err) {
				return err
			} else {
				p.ID = id
			}
			out = append(out, CreditLine{Person: p, Standing: rules.Standing(byPerson[id], year), Held: held[id]})
		}
		return nil
	})
	slices.SortStableFunc(out, func(a, b CreditLine) int {
		if c := strings.Compare(a.Person.FullName, b.Person.FullName); c != 0 {
			return c
		}
		return strings.Compare(a.Person.ID, b.Person.ID)
	})
	return out, err
}

// CertificateMatch is whose records a verification code belongs to.
type CertificateMatch struct {
	Person  *model.Person
	Entries []*model.Hours // the verified entries the certificate covers
}

// FindCertificate looks for the person whose verified entries in this store
// give code (model.MatchCertificate); ok is false when nobody's do.
func (s *Store) FindCertificate(code string) (m CertificateMatch, ok bool, err error) {
	if _, valid := model.NormalizeCode(code); !valid {
		return m, false, nil
	}
	byPerson := map[string][]*model.Hours{}
	var unverified map[string]bool
	s.db.View(func(tx *bolt.Tx) error { unverified = unverifiedHere(tx); return nil })
	err = s.List(model.KindHours, func(r model.Record) error {
		h := r.(*model.Hours)
		asVerifiedHere(unverified, h)
		if h.Status == "verified" {
			byPerson[h.PersonID] = append(byPerson[h.PersonID], h)
		}
		return nil
	})
	if err != nil {
		return m, false, err
	}
	for pid, hs := range byPerson {
		n := model.MatchCertificate(code, s.officeID, pid, hs)
		if n == 0 {
			continue
		}
		p, err := GetAs[*model.Person](s, model.KindPerson, pid)
		if err != nil {
			return m, false, err
		}
		return CertificateMatch{Person: p, Entries: model.CodeEntries(hs)[:n]}, true, nil
	}
	return m, false, nil
}

// markForReview sets Review on the entries that need a consultant, each
// person's (all their joined records') entries taken together.
func markForReview(tx *bolt.Tx, es []HoursEntry, today model.Date) {
	joined := joinedIDs(tx)
	byPerson := map[string][]*model.Hours{}
	for _, e := range es {
		who := e.Hours.PersonID
		if root, ok := joined[who]; ok {
			who = root
		}
		byPerson[who] = append(byPerson[who], e.Hours)
	}
	why := map[string]model.Reason{}
	for _, hs := range byPerson {
		for id, r := range model.ForReview(hs, today) {
			why[id] = r
		}
	}
	for i := range es {
		es[i].Review = why[es[i].Hours.ID]
	}
}
