package storage

import (
	"bytes"
	"errors"
	"fmt"
	"time"

	"frontoffice/model"

	bolt "go.etcd.io/bbolt"
)

// Summary is what the Home screen shows: today at a glance.
type Summary struct {
	People        int
	Ideas         int
	IdeasByStatus map[model.IdeaStatus]int
	VisitsToday   int
	// Queue counts today's visits by state (waiting, with a consultant…).
	Queue map[model.VisitState]int
	// FollowUpsDue counts the follow-ups due today or overdue (see FollowUps).
	FollowUpsDue int
	// FirstFollowUps are the most overdue of them, with names, for Home's list.
	FirstFollowUps []FollowUp
	LastBackup     string    // date of the newest automatic backup, "" when none
	LastExport     time.Time // the last successful export (LastExport), zero when none
}

// SummaryFollowUps is how many follow-ups Summary names for Home.
const SummaryFollowUps = 5

// FollowUpWindow is how many days back an unanswered follow-up still counts as due.
const FollowUpWindow = 30

// Summary is Counts with the follow-ups due (FollowUps), all Home shows.
func (s *Store) Summary(today model.Date) (Summary, error) {
	sum, err := s.Counts(today)
	if err != nil {
		return sum, err
	}
	sum.FirstFollowUps, sum.FollowUpsDue, err = s.FollowUps(today, SummaryFollowUps)
	return sum, err
}

// Counts is Summary but for the follow-ups (FollowUpsDue 0, FirstFollowUps
// nil), counted from the indexes without decoding records, so it stays fast
// at 100,000 records. Home shows it first: the follow-ups read each due
// consultation (thousands in a big store), which would hold its first screen.
func (s *Store) Counts(today model.Date) (Summary, error) {
	sum := Summary{IdeasByStatus: map[model.IdeaStatus]int{}}
	err := s.db.View(func(tx *bolt.Tx) error {
		var err error
		if sum.People, err = countLive(tx, model.KindPerson); err != nil {
			return err
		}
		sum.People -= joinedCount(tx) // one person across offices counts once
		if sum.Ideas, err = countLive(tx, model.KindIdea); err != nil {
			return err
		}
		for _, st := range model.IdeaStatuses() {
			sum.IdeasByStatus[st] = countIndex(tx, ixIdeaStatus, string(st), "")
		}
		sum.Queue = map[model.VisitState]int{}
		visits, err := s.ownVisits(tx, today)
		if err != nil {
			return err
		}
		sum.VisitsToday = len(visits)
		for _, v := range visits {
			sum.Queue[v.State]++
		}
		return nil
	})
	sum.LastBackup, sum.LastExport = s.LastBackup(), s.LastExport()
	return sum, err
}

// PersonByPhone finds the live person with this phone (any typed form), or ErrNotFound.
func (s *Store) PersonByPhone(phone string) (*model.Person, error) {
	p, r := model.NormalizePhone(phone)
	if r != model.ReasonNone {
		return nil, fmt.Errorf("phone %q: %w", phone, ErrNotFound)
	}
	return s.personBy(ixPersonPhone, p)
}

// PersonByIIN finds the live person with this IIN, or ErrNotFound.
func (s *Store) PersonByIIN(iin string) (*model.Person, error) {
	return s.personBy(ixPersonIIN, model.NormalizeIIN(iin))
}

func (s *Store) personBy(ix, value string) (*model.Person, error) {
	var p *model.Person
	err := s.db.View(func(tx *bolt.Tx) error {
		var err error
		p, err = personByIn(tx, ix, value)
		if errors.Is(err, errNoPerson) {
			return fmt.Errorf("%s %q: %w", ix, value, ErrNotFound)
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	return p, nil
}

// errNoPerson is personByIn's "not found", made once (an import asks for
// every row's phone, and most are not found).
var errNoPerson = fmt.Errorf("no such person: %w", ErrNotFound)

// personByIn is personBy inside tx.
func personByIn(tx *bolt.Tx, ix, value string) (*model.Person, error) {
	var p *model.Person
	err := func() error {
		var id []byte
		scanIndex(tx, ix, value, "", func(_ string, k []byte) bool { id = k; return false })
		if id == nil {
			// A person merged into another: their phone or IIN leads there.
			scanIndex(tx, ixPersonMerged, value, "", func(_ string, k []byte) bool { id = k; return false })
		}
		if id == nil {
			return errNoPerson
		}
		for range 8 { // a merge chain is short; the bound guards against a loop
			r, _, err := getRecord(tx, model.KindPerson, idString(id))
			if err != nil {
				return err
			}
			p = r.(*model.Person)
			if p.MergedInto == "" {
				break
			}
			key, err := idKey(p.MergedInto)
			if err != nil {
				return err
			}
			id = key
		}
		if p.Deleted || p.MergedInto != "" {
			return errNoPerson
		}
		// One person across offices: their group's earliest record.
		key, err := idKey(p.ID)
		if err != nil {
			return err
		}
		if root := canonicalKey(tx, key); !bytes.Equal(root, key) {
			r, _, err := getRecord(tx, model.KindPerson, idString(root))
			if err != nil {
				return err
			}
			p = r.(*model.Person)
		}
		return nil
	}()
	if err != nil {
		return nil, err
	}
	return p, nil
}

// Office returns this office's record. Before the office is first saved in
// Settings it is an unsaved record (Rev 0) carrying only the office id.
func (s *Store) Office() (*model.Office, error) {
	o, err := GetAs[*model.Office](s, model.KindOffice, s.officeID)
	if err == nil {
		return o, nil
	}
	if !isNotFound(err) {
		return nil, err
	}
	o = model.New(model.KindOffice).(*model.Office)
	o.ID = s.officeID
	return o, nil
}

// SaveOffice creates or updates this office's record.
func (s *Store) SaveOffice(o *model.Office) error {
	o.ID, o.Kind = s.officeID, model.KindOffice
	if o.Rev == 0 {
		return s.Create(o)
	}
	return s.Update(o)
}
