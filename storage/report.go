package storage

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"time"

	"frontoffice/model"
	"frontoffice/model/report"

	bolt "go.etcd.io/bbolt"
)

// ReportOptions tune Report; the zero value is right for the command line.
type ReportOptions struct {
	// Progress, when set, is called now and then with the records walked so
	// far and the records to walk in all.
	Progress func(done, total int)
	// Loc is the time zone creation times are read in (time.Local when nil).
	Loc *time.Location
}

// progressEvery is how many records pass between two Progress calls and two
// looks at the context.
const progressEvery = 4096

// The fields a report reads of each kind, picked out of the record's JSON
// by pickFields (reportscan.go): logframes, budgets and notes are skipped
// over, never decoded. Each kind lists its field names, and set decodes the
// i-th one.
type (
	reportEnvelope struct {
		ID      string
		Deleted bool
	}
	reportPerson struct {
		reportEnvelope
		Region               model.Region
		CreatedAt, UpdatedAt time.Time
	}
	reportIdea struct {
		reportEnvelope
		Direction            model.Direction
		Region               model.Region
		Status, ArchivedFrom model.IdeaStatus
		SDGs                 []model.SDG
		TargetGroups         []model.Reach
		CreatedAt, UpdatedAt time.Time
	}
	reportConsultation struct {
		reportEnvelope
		Date             model.Date
		Services         []model.Service
		PersonID, IdeaID string
	}
	reportHours struct {
		reportEnvelope
		PersonID, IdeaID string
		Date             model.Date
		Hours            float64
		Status           model.HoursStatus
	}
)

// setEnvelope decodes field 0 (id) or 1 (deleted).
func (e *reportEnvelope) setEnvelope(i int, raw []byte) error {
	if i == 0 {
		return setString(&e.ID, raw)
	}
	e.Deleted = string(raw) == "true"
	return nil
}

func (e *reportEnvelope) deleted() bool { return e.Deleted }

func (reportPerson) keys() []string {
	return []string{"id", "deleted", "region", "created_at", "updated_at"}
}

func (p *reportPerson) set(i int, raw []byte) error {
	switch i {
	case 2:
		return setString(&p.Region, raw)
	case 3:
		return p.CreatedAt.UnmarshalJSON(raw)
	case 4:
		return p.UpdatedAt.UnmarshalJSON(raw)
	}
	return p.setEnvelope(i, raw)
}

func (reportIdea) keys() []string {
	return []string{"id", "deleted", "direction", "region", "status", "archived_from", "sdgs", "target_groups", "created_at", "updated_at"}
}

func (x *reportIdea) set(i int, raw []byte) error {
	switch i {
	case 2:
		return setString(&x.Direction, raw)
	case 3:
		return setString(&x.Region, raw)
	case 4:
		return setString(&x.Status, raw)
	case 5:
		return setString(&x.ArchivedFrom, raw)
	case 6:
		return json.Unmarshal(raw, &x.SDGs)
	case 7:
		return json.Unmarshal(raw, &x.TargetGroups)
	case 8:
		return x.CreatedAt.UnmarshalJSON(raw)
	case 9:
		return x.UpdatedAt.UnmarshalJSON(raw)
	}
	return x.setEnvelope(i, raw)
}

func (reportConsultation) keys() []string {
	return []string{"id", "deleted", "date", "services", "person_id", "idea_id"}
}

func (c *reportConsultation) set(i int, raw []byte) error {
	switch i {
	case 2:
		return setString(&c.Date, raw)
	case 3:
		return setStrings(&c.Services, raw)
	case 4:
		return setString(&c.PersonID, raw)
	case 5:
		return setString(&c.IdeaID, raw)
	}
	return c.setEnvelope(i, raw)
}

func (reportHours) keys() []string {
	return []string{"id", "deleted", "person_id", "idea_id", "date", "hours", "status"}
}

func (h *reportHours) set(i int, raw []byte) error {
	switch i {
	case 2:
		return setString(&h.PersonID, raw)
	case 3:
		return setString(&h.IdeaID, raw)
	case 4:
		return setString(&h.Date, raw)
	case 5:
		v, err := strconv.ParseFloat(string(raw), 64)
		h.Hours = v
		return err
	case 6:
		return setString(&h.Status, raw)
	}
	return h.setEnvelope(i, raw)
}

// created is the record's creation time, else its last change (a record
// imported without one).
func created(c, u time.Time) time.Time {
	if c.IsZero() {
		return u
	}
	return c
}

// Report counts the figures of model/report from the records as they are
// now, in one read transaction: people, ideas, consultations and hours are
// walked once each, and nothing is kept between reports. A cancelled ctx
// stops the walk with ctx's error.
func (s *Store) Report(ctx context.Context, f report.Filter, o ReportOptions) (report.Report, error) {
	defer s.release()
	b := report.NewBuilder(f, o.Loc)
	err := s.db.View(func(tx *bolt.Tx) error {
		total := 0
		for _, k := range []model.Kind{model.KindPerson, model.KindIdea, model.KindConsultation, model.KindHours} {
			n, err := countLive(tx, k)
			if err != nil {
				return err
			}
			total += n
		}
		done := 0
		tick := func() error {
			done++
			if done%progressEvery != 0 {
				return nil
			}
			if err := ctx.Err(); err != nil {
				return err
			}
			if o.Progress != nil {
				o.Progress(done, total)
			}
			return nil
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		if o.Progress != nil {
			o.Progress(0, total)
		}
		// One person across offices: a group counts once, under its
		// earliest record (identity.go).
		joined := joinedIDs(tx)
		person := func(id string) string {
			if root, ok := joined[id]; ok {
				return root
			}
			return id
		}
		if err := walkKind(tx, model.KindPerson, tick, func(p *reportPerson) {
			if _, ok := joined[p.ID]; ok {
				return
			}
			b.Person(report.PersonFact{ID: p.ID, Created: created(p.CreatedAt, p.UpdatedAt), Region: p.Region})
		}); err != nil {
			return err
		}
		if err := walkKind(tx, model.KindIdea, tick, func(i *reportIdea) {
			b.Idea(report.IdeaFact{ID: i.ID, Created: created(i.CreatedAt, i.UpdatedAt), Direction: i.Direction,
				Region: i.Region, Status: i.Status, ArchivedFrom: i.ArchivedFrom, SDGs: i.SDGs, Reach: i.TargetGroups})
		}); err != nil {
			return err
		}
		superseded := supersededSet(tx)
		if err := walkKind(tx, model.KindConsultation, tick, func(c *reportConsultation) {
			b.Consultation(report.ConsultationFact{Date: c.Date, Services: c.Services, PersonID: person(c.PersonID),
				IdeaID: c.IdeaID, Superseded: superseded[c.ID]})
		}); err != nil {
			return err
		}
		unverified := unverifiedHere(tx) // verified elsewhere, unsigned: pending here
		if err := walkKind(tx, model.KindHours, tick, func(h *reportHours) {
			if unverified[h.ID] {
				h.Status = "pending"
			}
			b.Hours(report.HoursFact{PersonID: person(h.PersonID), IdeaID: h.IdeaID, Date: h.Date, Hours: h.Hours, Status: h.Status})
		}); err != nil {
			return err
		}
		if o.Progress != nil {
			o.Progress(total, total)
		}
		return nil
	})
	if err != nil {
		return report.Report{}, fmt.Errorf("report: %w", err)
	}
	return b.Report(), nil
}

// walkKind reads every live record of kind k into a fresh T (the fields T
// names, see pickFields) and hands it to fn.
func walkKind[T interface{ keys() []string }, PT interface {
	*T
	deleted() bool
	set(i int, raw []byte) error
}](tx *bolt.Tx, k model.Kind, tick func() error, fn func(PT)) error {
	bk, err := kindBucket(tx, bucketRecords, k)
	if err != nil {
		return err
	}
	var zero T
	keys := zero.keys()
	c := bk.Cursor()
	for key, v := c.First(); key != nil; key, v = c.Next() {
		if err := tick(); err != nil {
			return err
		}
		var r PT = new(T)
		if err := pickFields(v, keys, r.set); err != nil {
			return fmt.Errorf("decode %s %s: %w", k, idString(key), err)
		}
		if r.deleted() {
			continue
		}
		fn(r)
	}
	return nil
}

// supersededSet is the ids of the consultations a correction replaced, read
// from the consultation_supersedes index (its values are those ids).
func supersededSet(tx *bolt.Tx) map[string]bool {
	out := map[string]bool{}
	b := tx.Bucket(bucketIndex).Bucket([]byte(ixConsultSupersedes))
	if b == nil {
		return out
	}
	c := b.Cursor()
	for k, _ := c.First(); k != nil; k, _ = c.Next() {
		if len(k) > 17 && k[len(k)-17] == indexValueMarker {
			out[string(k[:len(k)-17])] = true
		}
	}
	return out
}
