package storage

import (
	"context"
	"encoding/json"
	"fmt"
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

// The fields a report reads of each kind: decoding only these keeps the walk
// of 100,000 ideas quick (logframes and budgets are skipped over, not built).
type (
	reportEnvelope struct {
		ID      string `json:"id"`
		Deleted bool   `json:"deleted"`
	}
	reportPerson struct {
		reportEnvelope
		Region    model.Region `json:"region"`
		CreatedAt time.Time    `json:"created_at"`
		UpdatedAt time.Time    `json:"updated_at"`
	}
	reportIdea struct {
		reportEnvelope
		Direction    model.Direction  `json:"direction"`
		Region       model.Region     `json:"region"`
		Status       model.IdeaStatus `json:"status"`
		ArchivedFrom model.IdeaStatus `json:"archived_from"`
		SDGs         []model.SDG      `json:"sdgs"`
		TargetGroups []model.Reach    `json:"target_groups"`
		CreatedAt    time.Time        `json:"created_at"`
		UpdatedAt    time.Time        `json:"updated_at"`
	}
	reportConsultation struct {
		reportEnvelope
		Date     model.Date      `json:"date"`
		Services []model.Service `json:"services"`
		PersonID string          `json:"person_id"`
		IdeaID   string          `json:"idea_id"`
	}
	reportHours struct {
		reportEnvelope
		PersonID string            `json:"person_id"`
		IdeaID   string            `json:"idea_id"`
		Date     model.Date        `json:"date"`
		Hours    float64           `json:"hours"`
		Status   model.HoursStatus `json:"status"`
	}
)

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
		if err := walkKind(tx, model.KindPerson, tick, func(p *reportPerson) {
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
			b.Consultation(report.ConsultationFact{Date: c.Date, Services: c.Services, PersonID: c.PersonID,
				IdeaID: c.IdeaID, Superseded: superseded[c.ID]})
		}); err != nil {
			return err
		}
		if err := walkKind(tx, model.KindHours, tick, func(h *reportHours) {
			b.Hours(report.HoursFact{PersonID: h.PersonID, IdeaID: h.IdeaID, Date: h.Date, Hours: h.Hours, Status: h.Status})
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

// walkKind decodes every live record of kind k into a fresh T and hands it to fn.
func walkKind[T any, PT interface {
	*T
	deleted() bool
}](tx *bolt.Tx, k model.Kind, tick func() error, fn func(PT)) error {
	bk, err := kindBucket(tx, bucketRecords, k)
	if err != nil {
		return err
	}
	c := bk.Cursor()
	for key, v := c.First(); key != nil; key, v = c.Next() {
		if err := tick(); err != nil {
			return err
		}
		var r PT = new(T)
		if err := json.Unmarshal(v, r); err != nil {
			return fmt.Errorf("decode %s %s: %w", k, idString(key), err)
		}
		if r.deleted() {
			continue
		}
		fn(r)
	}
	return nil
}

func (e *reportEnvelope) deleted() bool { return e.Deleted }

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
