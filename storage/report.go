package storage

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
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
		Origin  string // the office that made the current revision

		origins *originCache // shared by a walk; nil for none
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
	reportVisit struct {
		reportEnvelope
		PersonID  string
		Date      model.Date
		Anonymous bool
		AgeBand   model.AgeBand
		Service   model.Service
		Outcome   model.Outcome
	}
	reportHours struct {
		reportEnvelope
		PersonID, IdeaID string
		Date             model.Date
		Hours            float64
		Status           model.HoursStatus
	}
)

// envelopeKeys are the envelope fields every kind reads, its fields 0 to 2;
// a kind's own fields follow from index 3.
var envelopeKeys = []string{"id", "deleted", "origin"}

// setEnvelope decodes field 0 (id), 1 (deleted) or 2 (origin).
func (e *reportEnvelope) setEnvelope(i int, raw []byte) error {
	switch i {
	case 0:
		return setString(&e.ID, raw)
	case 2:
		return e.origins.set(&e.Origin, raw)
	}
	e.Deleted = string(raw) == "true"
	return nil
}

func (e *reportEnvelope) env() *reportEnvelope { return e }

func (e *reportEnvelope) deleted() bool { return e.Deleted }

// originCache hands out one string per office id met in a walk: a store
// holds a handful of offices and hundreds of thousands of records, mostly in
// runs from one office, so each record's origin is compared with the last
// one, then looked up, and copied only the first time it is met.
type originCache struct {
	lastRaw, last string            // the last origin met: its JSON and its value
	seen          map[string]string // every origin met, by its JSON
}

// maxOrigins bounds the cache, should a damaged store name an office per record.
const maxOrigins = 1024

// set decodes raw, an origin's JSON string, into dst.
func (c *originCache) set(dst *string, raw []byte) error {
	if c == nil {
		return setString(dst, raw)
	}
	if string(raw) == c.lastRaw && c.lastRaw != "" {
		*dst = c.last
		return nil
	}
	s, ok := c.seen[string(raw)]
	if !ok {
		if err := setString(&s, raw); err != nil {
			return err
		}
		if c.seen == nil {
			c.seen = map[string]string{}
		}
		if len(c.seen) < maxOrigins {
			c.seen[string(raw)] = s
		}
	}
	c.lastRaw, c.last, *dst = string(raw), s, s
	return nil
}

func (reportPerson) keys() []string {
	return append(envelopeKeys[:3:3], "region", "created_at", "updated_at")
}

func (p *reportPerson) set(i int, raw []byte) error {
	switch i {
	case 3:
		return setString(&p.Region, raw)
	case 4:
		return p.CreatedAt.UnmarshalJSON(raw)
	case 5:
		return p.UpdatedAt.UnmarshalJSON(raw)
	}
	return p.setEnvelope(i, raw)
}

func (reportIdea) keys() []string {
	return append(envelopeKeys[:3:3], "direction", "region", "status", "archived_from", "sdgs", "target_groups", "created_at", "updated_at")
}

func (x *reportIdea) set(i int, raw []byte) error {
	switch i {
	case 3:
		return setString(&x.Direction, raw)
	case 4:
		return setString(&x.Region, raw)
	case 5:
		return setString(&x.Status, raw)
	case 6:
		return setString(&x.ArchivedFrom, raw)
	case 7:
		return json.Unmarshal(raw, &x.SDGs)
	case 8:
		return json.Unmarshal(raw, &x.TargetGroups)
	case 9:
		return x.CreatedAt.UnmarshalJSON(raw)
	case 10:
		return x.UpdatedAt.UnmarshalJSON(raw)
	}
	return x.setEnvelope(i, raw)
}

func (reportConsultation) keys() []string {
	return append(envelopeKeys[:3:3], "date", "services", "person_id", "idea_id")
}

func (c *reportConsultation) set(i int, raw []byte) error {
	switch i {
	case 3:
		return setString(&c.Date, raw)
	case 4:
		return setStrings(&c.Services, raw)
	case 5:
		return setString(&c.PersonID, raw)
	case 6:
		return setString(&c.IdeaID, raw)
	}
	return c.setEnvelope(i, raw)
}

func (reportVisit) keys() []string {
	return append(envelopeKeys[:3:3], "person_id", "date", "anonymous", "age_band", "service", "outcome")
}

func (v *reportVisit) set(i int, raw []byte) error {
	switch i {
	case 3:
		return setString(&v.PersonID, raw)
	case 4:
		return setString(&v.Date, raw)
	case 5:
		v.Anonymous = string(raw) == "true"
		return nil
	case 6:
		return setString(&v.AgeBand, raw)
	case 7:
		return setString(&v.Service, raw)
	case 8:
		return setString(&v.Outcome, raw)
	}
	return v.setEnvelope(i, raw)
}

func (reportHours) keys() []string {
	return append(envelopeKeys[:3:3], "person_id", "idea_id", "date", "hours", "status")
}

func (h *reportHours) set(i int, raw []byte) error {
	switch i {
	case 3:
		return setString(&h.PersonID, raw)
	case 4:
		return setString(&h.IdeaID, raw)
	case 5:
		return setString(&h.Date, raw)
	case 6:
		v, err := strconv.ParseFloat(string(raw), 64)
		h.Hours = v
		return err
	case 7:
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
	var r report.Report
	err := s.db.View(func(tx *bolt.Tx) error {
		total := 0
		for _, k := range []model.Kind{model.KindPerson, model.KindIdea, model.KindConsultation, model.KindVisit, model.KindHours} {
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
		origins := &originCache{}
		person := func(id string) string {
			if root, ok := joined[id]; ok {
				return root
			}
			return id
		}
		if err := walkKind(tx, model.KindPerson, origins, tick, func(p *reportPerson) {
			if _, ok := joined[p.ID]; ok {
				return
			}
			b.Person(report.PersonFact{ID: p.ID, Origin: p.Origin, Created: created(p.CreatedAt, p.UpdatedAt), Region: p.Region})
		}); err != nil {
			return err
		}
		if err := walkKind(tx, model.KindIdea, origins, tick, func(i *reportIdea) {
			b.Idea(report.IdeaFact{ID: i.ID, Origin: i.Origin, Created: created(i.CreatedAt, i.UpdatedAt), Direction: i.Direction,
				Region: i.Region, Status: i.Status, ArchivedFrom: i.ArchivedFrom, SDGs: i.SDGs, Reach: i.TargetGroups})
		}); err != nil {
			return err
		}
		superseded := supersededSet(tx)
		if err := walkKind(tx, model.KindConsultation, origins, tick, func(c *reportConsultation) {
			b.Consultation(report.ConsultationFact{Origin: c.Origin, Date: c.Date, Services: c.Services, PersonID: person(c.PersonID),
				IdeaID: c.IdeaID, Superseded: superseded[c.ID]})
		}); err != nil {
			return err
		}
		if err := walkKind(tx, model.KindVisit, origins, tick, func(v *reportVisit) {
			b.Visit(report.VisitFact{Origin: v.Origin, Date: v.Date, PersonID: person(v.PersonID), Anonymous: v.Anonymous,
				AgeBand: v.AgeBand, Service: v.Service, Outcome: v.Outcome})
		}); err != nil {
			return err
		}
		unverified := unverifiedHere(tx) // verified elsewhere, unsigned: pending here
		if err := walkKind(tx, model.KindHours, origins, tick, func(h *reportHours) {
			if unverified[h.ID] {
				h.Status = "pending"
			}
			b.Hours(report.HoursFact{Origin: h.Origin, PersonID: person(h.PersonID), IdeaID: h.IdeaID, Date: h.Date, Hours: h.Hours, Status: h.Status})
		}); err != nil {
			return err
		}
		if o.Progress != nil {
			o.Progress(total, total)
		}
		r = b.Report()
		s.nameOffices(tx, r.ByOffice)
		return nil
	})
	if err != nil {
		return report.Report{}, fmt.Errorf("report: %w", err)
	}
	return r, nil
}

// nameOffices fills the breakdown's names from the office records and puts
// this office first, the others staying in id order.
func (s *Store) nameOffices(tx *bolt.Tx, rows []report.OfficeRow) {
	for i := range rows {
		rows[i].Name = officeName(tx, rows[i].Office)
		rows[i].Here = rows[i].Office == s.officeID
	}
	slices.SortStableFunc(rows, func(x, y report.OfficeRow) int {
		switch {
		case x.Here == y.Here:
			return 0
		case x.Here:
			return -1
		}
		return 1
	})
}

// ReportOffices lists the offices a report can be narrowed to: every office
// whose record this store holds (its own, and those whose bundles arrived),
// this office first even before it is named in Settings, then the others by
// name and id.
func (s *Store) ReportOffices() ([]report.Office, error) {
	var out []report.Office
	err := s.db.View(func(tx *bolt.Tx) error {
		b, err := kindBucket(tx, bucketRecords, model.KindOffice)
		if err != nil {
			return err
		}
		return b.ForEach(func(_, v []byte) error {
			r, err := decode(model.KindOffice, v)
			if err != nil {
				return err
			}
			if o := r.(*model.Office); !o.Deleted {
				out = append(out, report.Office{ID: o.ID, Name: o.Name, Here: o.ID == s.officeID})
			}
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("offices: %w", err)
	}
	if !slices.ContainsFunc(out, func(o report.Office) bool { return o.Here }) {
		out = append(out, report.Office{ID: s.officeID, Here: true})
	}
	slices.SortFunc(out, func(x, y report.Office) int {
		if x.Here != y.Here {
			if x.Here {
				return -1
			}
			return 1
		}
		if c := strings.Compare(strings.ToLower(x.Name), strings.ToLower(y.Name)); c != 0 {
			return c
		}
		return strings.Compare(x.ID, y.ID)
	})
	return out, nil
}

// walkKind reads every live record of kind k into a T (the fields T names,
// see pickFields) and hands it to fn. One T serves the whole walk, cleared
// for each record: fn must not keep it (what it keeps of its slices is not
// written again).
func walkKind[T interface{ keys() []string }, PT interface {
	*T
	env() *reportEnvelope
	deleted() bool
	set(i int, raw []byte) error
}](tx *bolt.Tx, k model.Kind, origins *originCache, tick func() error, fn func(PT)) error {
	bk, err := kindBucket(tx, bucketRecords, k)
	if err != nil {
		return err
	}
	var zero T
	keys := zero.keys()
	c := bk.Cursor()
	var r PT = new(T)
	for key, v := c.First(); key != nil; key, v = c.Next() {
		if err := tick(); err != nil {
			return err
		}
		*r = zero
		r.env().origins = origins
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
