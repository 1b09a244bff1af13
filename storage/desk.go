package storage

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"time"

	"frontoffice/model"

	bolt "go.etcd.io/bbolt"
)

// The walk-in desk: today's queue of visits, a person's timeline, merging two
// records of one person, and withdrawing consent.

// InQueueError says that a person is in today's queue already (waiting or
// with a consultant): a second entry for them is not made.
type InQueueError struct{ Visit *model.Visit }

func (e *InQueueError) Error() string {
	return fmt.Sprintf("person %s is in today's queue already (visit %s, %s)", e.Visit.PersonID, e.Visit.ID, e.Visit.State)
}

// StartVisit puts the person in today's queue, waiting, for purpose. A person
// already waiting or with a consultant today gets no second entry: the
// error is an *InQueueError naming their visit.
func (s *Store) StartVisit(personID string, purpose model.Purpose, now time.Time) (*model.Visit, error) {
	p, err := GetAs[*model.Person](s, model.KindPerson, personID)
	if err != nil {
		return nil, err
	}
	if p.Deleted || p.MergedInto != "" {
		return nil, fmt.Errorf("visit for person %s: %w", personID, ErrNotFound)
	}
	today, err := s.Visits(model.DateOf(now.Local()))
	if err != nil {
		return nil, err
	}
	for _, v := range today {
		if v.PersonID == personID && (v.State == model.VisitWaiting || v.State == model.VisitWithConsultant) {
			return nil, &InQueueError{Visit: v}
		}
	}
	v := model.New(model.KindVisit).(*model.Visit)
	v.PersonID, v.Purpose, v.State = personID, purpose, model.VisitWaiting
	v.Date, v.ArrivedAt = model.DateOf(now.Local()), now.UTC()
	if err := s.Create(v); err != nil {
		return nil, err
	}
	return v, nil
}

// RegisterVisitor stores a new person and puts them in today's queue in one
// transaction: either both are saved or neither (the desk never leaves a
// registered visitor out of the queue).
func (s *Store) RegisterVisitor(p *model.Person, purpose model.Purpose, now time.Time) (*model.Visit, error) {
	env := p.Env()
	orig := *env
	if env.ID == "" {
		env.ID = model.NewID()
	}
	if err := p.Validate(); err != nil {
		*env = orig
		return nil, err
	}
	v := model.New(model.KindVisit).(*model.Visit)
	v.PersonID, v.Purpose, v.State = env.ID, purpose, model.VisitWaiting
	v.Date, v.ArrivedAt = model.DateOf(now.Local()), now.UTC()
	v.ID = model.NewID()
	if err := v.Validate(); err != nil {
		*env = orig
		return nil, err
	}
	err := s.db.Update(func(tx *bolt.Tx) error {
		for _, r := range []model.Record{p, v} {
			isNew, err := s.saveOne(tx, r)
			if err != nil {
				return err
			}
			if !isNew {
				return fmt.Errorf("register %s %s: %w", r.Env().Kind, r.Env().ID, ErrExists)
			}
		}
		return nil
	})
	if err != nil {
		*env = orig
		return nil, err
	}
	return v, nil
}

// Visits returns the day's visits in the order people arrived.
func (s *Store) Visits(day model.Date) ([]*model.Visit, error) {
	var out []*model.Visit
	err := s.db.View(func(tx *bolt.Tx) error {
		var err error
		out, err = s.ownVisits(tx, day)
		return err
	})
	slices.SortStableFunc(out, func(a, b *model.Visit) int { return a.ArrivedAt.Compare(b.ArrivedAt) })
	return out, err
}

// ownVisits are the visits of day that this office recorded: the queue, the
// day's visitors and who is with a consultant belong to the office that
// recorded them (DESIGN.md §6); other offices' visits, brought by their
// bundles, stay in timelines and reports.
func (s *Store) ownVisits(tx *bolt.Tx, day model.Date) ([]*model.Visit, error) {
	var ids [][]byte
	scanIndex(tx, ixVisitDate, string(day), "", func(_ string, id []byte) bool {
		ids = append(ids, bytes.Clone(id))
		return true
	})
	var out []*model.Visit
	for _, id := range ids { // a day's visits: a few hundred at most
		r, _, err := getRecord(tx, model.KindVisit, idString(id))
		if err != nil {
			return nil, err
		}
		if v := r.(*model.Visit); s.ours(v) {
			out = append(out, v)
		}
	}
	return out, nil
}

// ours reports whether this office made r's current revision.
func (s *Store) ours(r model.Record) bool {
	o := r.Env().Origin
	return o == "" || o == s.officeID
}

// MoveVisit moves a visit along the queue (or back, to undo a move): with a
// consultant sets who and when served, done and left set when it ended;
// moving back clears what the later states had set.
func (s *Store) MoveVisit(id string, to model.VisitState, consultant string, now time.Time) (*model.Visit, error) {
	if !to.Valid() {
		return nil, fmt.Errorf("visit state %q: %w", to, ErrNotPermitted)
	}
	var v *model.Visit
	err := s.db.Update(func(tx *bolt.Tx) error {
		r, _, err := getRecord(tx, model.KindVisit, id)
		if err != nil {
			return err
		}
		if r.Env().Deleted {
			return fmt.Errorf("visit %s: %w", id, ErrNotFound)
		}
		v = r.(*model.Visit)
		now := now.UTC()
		switch to {
		case model.VisitWaiting:
			v.Consultant, v.ServedAt, v.DoneAt = "", time.Time{}, time.Time{}
		case model.VisitWithConsultant:
			if v.ServedAt.IsZero() || v.State == model.VisitWaiting {
				v.ServedAt = now
			}
			if consultant != "" {
				v.Consultant = consultant
			}
			v.DoneAt = time.Time{}
		case model.VisitDone, model.VisitLeft:
			v.DoneAt = now
			if to == model.VisitLeft && v.State == model.VisitWaiting {
				v.ServedAt = time.Time{}
			}
		}
		v.State = to
		if err := v.Validate(); err != nil {
			return err
		}
		return s.update(tx, v, false)
	})
	if err != nil {
		return nil, err
	}
	return v, nil
}

// RemoveVisit takes back an entry of the queue made by mistake: a visit
// still waiting becomes a tombstone (its revision stays in history). A visit
// that has moved on is refused: undo its moves first.
func (s *Store) RemoveVisit(id string) error {
	return s.db.Update(func(tx *bolt.Tx) error {
		r, _, err := getRecord(tx, model.KindVisit, id)
		if err != nil {
			return err
		}
		if r.Env().Deleted {
			return nil
		}
		if v := r.(*model.Visit); v.State != model.VisitWaiting {
			return fmt.Errorf("remove visit %s in state %s: %w", id, v.State, ErrNotPermitted)
		}
		return s.update(tx, r, true)
	})
}

// QueueCounts counts the day's visits by state.
func (s *Store) QueueCounts(day model.Date) (map[model.VisitState]int, error) {
	vs, err := s.Visits(day)
	out := map[model.VisitState]int{}
	for _, v := range vs {
		out[v.State]++
	}
	return out, err
}

// Timeline returns everything of a person, newest first: their visits, the
// ideas they apply for or work on, their consultations and their hours.
func (s *Store) Timeline(personID string) ([]model.Record, error) {
	if _, err := idKey(personID); err != nil {
		return nil, err
	}
	var out []model.Record
	err := s.db.View(func(tx *bolt.Tx) error {
		seen := map[string]bool{}
		for _, src := range []struct {
			ix   string
			kind model.Kind
		}{
			{ixVisitPerson, model.KindVisit}, {ixIdeaApplicant, model.KindIdea}, {ixIdeaTeam, model.KindIdea},
			{ixConsultPerson, model.KindConsultation}, {ixHoursPerson, model.KindHours},
		} {
			var ids [][]byte
			for _, who := range groupIDs(tx, personID) { // one person across offices
				scanIndex(tx, src.ix, who, "", func(_ string, id []byte) bool {
					ids = append(ids, bytes.Clone(id))
					return true
				})
			}
			for _, id := range ids {
				if seen[string(id)] {
					continue
				}
				seen[string(id)] = true
				r, _, err := getRecord(tx, src.kind, idString(id))
				if err != nil {
					return err
				}
				out = append(out, r)
			}
		}
		return nil
	})
	slices.SortStableFunc(out, func(a, b model.Record) int { return EventTime(b).Compare(EventTime(a)) })
	return out, err
}

// EventTime is when a record happened, for timelines: a visit's arrival, a
// consultation's or hours' day, an idea's creation.
func EventTime(r model.Record) time.Time {
	switch r := r.(type) {
	case *model.Visit:
		return r.ArrivedAt
	case *model.Consultation:
		return onDay(r.Date, r.UpdatedAt)
	case *model.Hours:
		return onDay(r.Date, r.UpdatedAt)
	case *model.Idea:
		if !r.CreatedAt.IsZero() {
			return r.CreatedAt
		}
	}
	return r.Env().UpdatedAt
}

// onDay is the time a dated record happened: when it was written, if that was
// on its day (a consultation logged as it happened), else the day itself.
func onDay(d model.Date, written time.Time) time.Time {
	if !written.IsZero() && model.DateOf(written.Local()) == d {
		return written
	}
	return d.Time()
}

// MergePeople makes drop a part of keep: every visit, idea (as applicant or
// team member), consultation and hours entry of drop is moved to keep, and drop
// becomes a tombstone pointing to keep that lists what moved, so UndoMerge can
// put everything back. All in one transaction; every moved record gets a new
// revision, so the merge shows in history and travels in bundles.
func (s *Store) MergePeople(keepID, dropID string) (moved int, err error) {
	if keepID == dropID {
		return 0, fmt.Errorf("merge a person with themselves: %w", ErrNotPermitted)
	}
	err = s.db.Update(func(tx *bolt.Tx) error {
		drop, err := mergePair(tx, keepID, dropID)
		if err != nil {
			return err
		}
		var list []string
		move := func(kind model.Kind, ix string, change func(model.Record) []string) error {
			var ids [][]byte
			scanIndex(tx, ix, dropID, "", func(_ string, id []byte) bool {
				ids = append(ids, bytes.Clone(id))
				return true
			})
			for _, id := range ids {
				r, _, err := getRecord(tx, kind, idString(id))
				if err != nil {
					return err
				}
				what := change(r)
				if len(what) == 0 {
					continue
				}
				if err := s.update(tx, r, false); err != nil {
					return err
				}
				list = append(list, what...)
			}
			return nil
		}
		steps := []struct {
			kind   model.Kind
			ix     string
			change func(model.Record) []string
		}{
			{model.KindVisit, ixVisitPerson, func(r model.Record) []string {
				return repoint(&r.(*model.Visit).PersonID, dropID, keepID, "visit:"+r.Env().ID)
			}},
			{model.KindConsultation, ixConsultPerson, func(r model.Record) []string {
				return repoint(&r.(*model.Consultation).PersonID, dropID, keepID, "consultation:"+r.Env().ID)
			}},
			{model.KindHours, ixHoursPerson, func(r model.Record) []string {
				return repoint(&r.(*model.Hours).PersonID, dropID, keepID, "hours:"+r.Env().ID)
			}},
			{model.KindIdea, ixIdeaApplicant, func(r model.Record) []string {
				return repoint(&r.(*model.Idea).ApplicantID, dropID, keepID, "idea:"+r.Env().ID+":applicant")
			}},
			{model.KindIdea, ixIdeaTeam, func(r model.Record) []string {
				idea := r.(*model.Idea)
				var what []string
				for i := range idea.Team {
					what = append(what, repoint(&idea.Team[i].PersonID, dropID, keepID, fmt.Sprintf("idea:%s:team:%d", idea.ID, i))...)
				}
				return what
			}},
		}
		for _, st := range steps {
			if err := move(st.kind, st.ix, st.change); err != nil {
				return err
			}
		}
		drop.MergedInto, drop.MergeMoved = keepID, list
		moved = len(list)
		if err := s.update(tx, drop, true); err != nil {
			return err
		}
		// The kept person's history shows the merge, and its card can undo it.
		r, _, err := getRecord(tx, model.KindPerson, keepID)
		if err != nil {
			return err
		}
		keep := r.(*model.Person)
		keep.MergedFrom = append(keep.MergedFrom, dropID)
		return s.update(tx, keep, false)
	})
	if err != nil {
		return 0, err
	}
	return moved, nil
}

func repoint(field *string, from, to, what string) []string {
	if *field != from {
		return nil
	}
	*field = to
	return []string{what}
}

// mergePair checks that both people are there and not merged, and returns drop.
func mergePair(tx *bolt.Tx, keepID, dropID string) (*model.Person, error) {
	var drop *model.Person
	for _, id := range []string{keepID, dropID} {
		r, _, err := getRecord(tx, model.KindPerson, id)
		if err != nil {
			return nil, err
		}
		p := r.(*model.Person)
		if p.Deleted || p.MergedInto != "" {
			return nil, fmt.Errorf("merge: person %s is gone or merged already: %w", id, ErrNotPermitted)
		}
		drop = p
	}
	return drop, nil
}

// UndoMerge puts back what MergePeople moved from drop and brings drop back.
// A record changed since so that it no longer points to the kept person is
// left as it is.
func (s *Store) UndoMerge(dropID string) error {
	return s.db.Update(func(tx *bolt.Tx) error {
		r, _, err := getRecord(tx, model.KindPerson, dropID)
		if err != nil {
			return err
		}
		drop := r.(*model.Person)
		keepID := drop.MergedInto
		if keepID == "" {
			return fmt.Errorf("undo merge: person %s was not merged: %w", dropID, ErrNotPermitted)
		}
		// The phone and IIN must still be free: nobody registered them since.
		for _, c := range []struct{ ix, v string }{{ixPersonPhone, drop.Phone}, {ixPersonIIN, drop.IIN}} {
			if c.v == "" {
				continue
			}
			taken := false
			scanIndex(tx, c.ix, c.v, "", func(string, []byte) bool { taken = true; return false })
			if taken {
				return fmt.Errorf("undo merge: %s is registered to someone else now: %w", c.ix, ErrExists)
			}
		}
		changed := map[string]model.Record{}
		get := func(kind model.Kind, id string) (model.Record, error) {
			if r, ok := changed[id]; ok {
				return r, nil
			}
			r, _, err := getRecord(tx, kind, id)
			if err != nil {
				return nil, err
			}
			changed[id] = r
			return r, nil
		}
		for _, m := range drop.MergeMoved {
			parts := strings.Split(m, ":")
			if len(parts) < 2 {
				continue
			}
			kind, id := model.Kind(parts[0]), parts[1]
			r, err := get(kind, id)
			if isNotFound(err) {
				continue
			}
			if err != nil {
				return err
			}
			switch r := r.(type) {
			case *model.Visit:
				repoint(&r.PersonID, keepID, dropID, "")
			case *model.Consultation:
				repoint(&r.PersonID, keepID, dropID, "")
			case *model.Hours:
				repoint(&r.PersonID, keepID, dropID, "")
			case *model.Idea:
				if len(parts) >= 3 && parts[2] == "applicant" {
					repoint(&r.ApplicantID, keepID, dropID, "")
				}
				if len(parts) >= 4 && parts[2] == "team" {
					var i int
					if _, err := fmt.Sscan(parts[3], &i); err == nil && i < len(r.Team) {
						repoint(&r.Team[i].PersonID, keepID, dropID, "")
					}
				}
			}
		}
		ids := make([]string, 0, len(changed))
		for id := range changed {
			ids = append(ids, id)
		}
		slices.Sort(ids)
		for _, id := range ids {
			if err := s.update(tx, changed[id], changed[id].Env().Deleted); err != nil {
				return err
			}
		}
		drop.MergedInto, drop.MergeMoved = "", nil
		if err := s.update(tx, drop, false); err != nil {
			return err
		}
		if r, _, err := getRecord(tx, model.KindPerson, keepID); err == nil && !r.Env().Deleted {
			keep := r.(*model.Person)
			if i := slices.Index(keep.MergedFrom, dropID); i >= 0 {
				keep.MergedFrom = slices.Delete(keep.MergedFrom, i, i+1)
				if len(keep.MergedFrom) == 0 {
					keep.MergedFrom = nil
				}
				return s.update(tx, keep, false)
			}
		}
		return nil
	})
}

// WithdrawConsent erases the person's personal fields (name kept as
// initials, phone, IIN, guardian and notes removed), in the current record
// and in every earlier revision kept in history, so nothing identifying is
// left in the store; visits, ideas, consultations and hours stay and are
// counted, now of an anonymous person. Other records that name or reach them
// are erased too, in the same transaction (Withdraw, withdraw.go).
func (s *Store) WithdrawConsent(personID string) error {
	_, err := s.Withdraw(personID)
	return err
}

// AnonymousVisit records the visit of someone who keeps no personal data
// here (no consent): only v's purpose, service, outcome and age band are
// kept. It is recorded as it ends: done, or left when the outcome says the
// visitor was not served, by the consultant at the desk now.
func (s *Store) AnonymousVisit(v *model.Visit, now time.Time) error {
	v.Kind, v.Anonymous, v.PersonID = model.KindVisit, true, ""
	v.Notes = ""
	v.Date, v.ArrivedAt, v.DoneAt = model.DateOf(now.Local()), now.UTC(), now.UTC()
	v.State, v.ServedAt, v.Consultant = model.VisitDone, now.UTC(), s.Actor()
	if v.Outcome == "not_served" {
		v.State, v.ServedAt, v.Consultant = model.VisitLeft, time.Time{}, ""
	}
	return s.Create(v)
}

// ClaimVisit registers p, a visitor who came anonymously before, and makes
// their anonymous visit of visitID theirs, in one transaction: the visit
// then names p and is no longer anonymous; its purpose, service, outcome and
// times stay as they were. A p already stored (Rev > 0: the visitor was
// registered after all) is only linked.
func (s *Store) ClaimVisit(p *model.Person, visitID string) (*model.Visit, error) {
	env := p.Env()
	orig := *env
	stored := env.Rev > 0
	if env.ID == "" {
		env.ID = model.NewID()
	}
	if err := p.Validate(); err != nil {
		*env = orig
		return nil, err
	}
	var v *model.Visit
	err := s.db.Update(func(tx *bolt.Tx) error {
		r, _, err := getRecord(tx, model.KindVisit, visitID)
		if err != nil {
			return err
		}
		v = r.(*model.Visit)
		if v.Deleted || !v.Anonymous {
			return fmt.Errorf("claim visit %s: not an anonymous visit: %w", visitID, ErrNotPermitted)
		}
		if stored {
			if _, _, err := getRecord(tx, model.KindPerson, env.ID); err != nil {
				return err
			}
		} else if isNew, err := s.saveOne(tx, p); err != nil {
			return err
		} else if !isNew {
			return fmt.Errorf("register %s %s: %w", env.Kind, env.ID, ErrExists)
		}
		v.Anonymous, v.PersonID = false, env.ID
		if err := v.Validate(); err != nil {
			return err
		}
		return s.update(tx, v, false)
	})
	if err != nil {
		*env = orig
		return nil, err
	}
	return v, nil
}
