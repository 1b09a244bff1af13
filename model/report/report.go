// Package report counts what an office reports upward: people, ideas by
// direction, region, status and SDG, people reached by target group,
// volunteers and verified hours per month, consultations by service and the
// funnel draft → ready → submitted → funded.
//
// It is pure aggregation: storage walks the records in one read transaction
// and hands each one to a Builder as a small fact; nothing here reads a store
// or keeps a figure between reports, so a report is never stale.
//
// What counts (docs/reports.md says the same for readers of the exports):
//   - Deleted records (tombstones, merged-away duplicates) never count. A person
//     who withdrew consent still counts: their record stays, anonymous.
//   - Archived ideas count in ideas and in every ideas_by_* figure (status
//     "archived"); in the funnel they count by the status they were archived
//     from, since that is how far they got.
//   - Only current consultations count: one superseded by a correction is
//     replaced by that correction. A consultation counts once per service.
//   - Only verified hours count as hours; pending hours are shown apart and
//     rejected hours nowhere. A volunteer is a person with verified hours.
//   - The funnel counts ideas that reached at least each stage, following the
//     order of an idea's life (model.IdeaStatuses): consulting is still a
//     draft; rejected ideas were submitted; in progress and completed come
//     after funded.
//   - People reached comes from the ideas' target groups (planned and reached
//     as the consultant recorded them on the idea).
//
// Filters:
//   - The date range (inclusive, either end may be open) applies to the day a
//     person or an idea was created (in local time), to a consultation's date
//     and to an hours entry's date.
//   - The region applies to people and ideas by their own region; to a
//     consultation or an hours entry by its idea's region when it is about an
//     idea, else by its person's region.
//   - The direction applies to ideas; to consultations and hours through their
//     idea (those about no idea are left out); people have no direction, so it
//     does not narrow people.
//   - The office applies to every record by its origin: a record belongs to
//     the office that made its current revision, that is the office that last
//     changed it. Consultations, visits and hours are made and changed at one
//     office, so they stay with it; a person or an idea edited at another
//     office after a bundle brought it moves to that office. A person known
//     at several offices counts once, under the record the group is counted
//     by (storage: the earliest), so with that record's office.
//
// The per-office breakdown (Report.ByOffice) counts the records that pass
// every filter but the office, grouped by origin: with an office chosen the
// totals are that office's and the breakdown still shows every office beside
// it. Rows are in office id order (ids are time-ordered, so the order the
// offices were set up), the same in every store holding the same records;
// the builder does not know which office is "this" one, storage marks it.
package report

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"frontoffice/model"
)

// Filter narrows a report. The zero value is everything.
type Filter struct {
	From      model.Date      `json:"from,omitempty"` // first day included, "" for no bound
	To        model.Date      `json:"to,omitempty"`   // last day included, "" for no bound
	Region    model.Region    `json:"region,omitempty"`
	Direction model.Direction `json:"direction,omitempty"`
	// Office is an office id: only the records whose current revision that
	// office made. "" for every office.
	Office string `json:"office,omitempty"`
	// OfficeName is that office's name as known when the report was asked
	// for, for a reader of the report; only Office narrows.
	OfficeName string `json:"office_name,omitempty"`
}

// InRange reports whether day d is within the filter's dates.
func (f Filter) InRange(d model.Date) bool {
	return (f.From == "" || d >= f.From) && (f.To == "" || d <= f.To)
}

// Row is one bar of a chart: a code and its count.
type Row struct {
	Code  string
	Count int
}

// ReachRow is one target group: how many a project planned to reach and has reached.
type ReachRow struct {
	Group   model.TargetGroup
	Planned int
	Reached int
}

// Month is one calendar month of volunteering.
type Month struct {
	Month         string  // "2026-02"
	Volunteers    int     // people with verified hours that month
	VerifiedHours float64 // verified hours that month
}

// FunnelStages are the funnel's stages, in order.
func FunnelStages() []model.IdeaStatus {
	return []model.IdeaStatus{"draft", "ready", "submitted", "funded"}
}

// funnelRank is how far along the funnel an idea with a status has got
// (0 draft … 3 funded), -1 for a status that does not say.
func funnelRank(s model.IdeaStatus) int {
	switch s {
	case "draft", "consulting":
		return 0
	case "ready":
		return 1
	case "submitted", "rejected":
		return 2
	case "funded", "in_progress", "completed":
		return 3
	}
	return -1
}

// Report is the figures. Every By* list holds each known code in display
// order, zero counts included, then any unknown code met in the records.
type Report struct {
	Filter        Filter
	People        int
	Ideas         int
	Consultations int     // current consultations
	Volunteers    int     // people with verified hours
	VerifiedHours float64 // verified hours
	PendingHours  float64 // hours waiting to be verified

	ByDirection []Row
	ByRegion    []Row
	ByStatus    []Row
	BySDG       []Row // codes "1" … "17"
	ByService   []Row // current consultations by service
	Reach       []ReachRow
	Months      []Month // every month from the first to the last with verified hours
	Funnel      []Row   // ideas that reached at least each stage

	// ByOffice is the per-office breakdown, one row per office present in
	// the records that pass the other filters, in office id order (see the
	// package comment); storage names them and puts its own office first.
	ByOffice []OfficeRow

	// Visits at the desk (issue 20): every visit, and the anonymous ones
	// (visitors who kept no personal data) by age band, service and outcome.
	Visits             int
	AnonymousVisits    int
	AnonymousByAgeBand []Row
	AnonymousByService []Row
	AnonymousByOutcome []Row
}

// OfficeRow is one office's share of a report: the records it made the
// current revision of.
type OfficeRow struct {
	Office string // the office id (the records' origin); "" for records naming none
	Name   string // its name from its office record; "" when this store has none
	Here   bool   // the store's own office

	People, Ideas, Consultations int
	Volunteers                   int     // people with verified hours entered there
	VerifiedHours                float64 // verified hours entered there
}

// Office is an office a report can be narrowed to: its id, its name as its
// office record says, and whether it is the store's own.
type Office struct {
	ID   string
	Name string
	Here bool
}

// FindOffice is the offices that s names: the one whose id it is (any case),
// else every one whose name it is, compared without regard to case or
// spaces around and between words. None means s names no office known here;
// more than one, that it is ambiguous.
func FindOffice(offices []Office, s string) []Office {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" {
		return nil
	}
	for _, o := range offices {
		if strings.EqualFold(o.ID, s) {
			return []Office{o}
		}
	}
	var out []Office
	for _, o := range offices {
		if strings.EqualFold(strings.Join(strings.Fields(o.Name), " "), s) {
			out = append(out, o)
		}
	}
	return out
}

// PersonFact is what a report needs of a person.
type PersonFact struct {
	ID      string
	Origin  string // the office that made the current revision
	Created time.Time
	Region  model.Region
}

// IdeaFact is what a report needs of an idea.
type IdeaFact struct {
	ID           string
	Origin       string // the office that made the current revision
	Created      time.Time
	Direction    model.Direction
	Region       model.Region
	Status       model.IdeaStatus
	ArchivedFrom model.IdeaStatus
	SDGs         []model.SDG
	Reach        []model.Reach
}

// ConsultationFact is what a report needs of a consultation.
type ConsultationFact struct {
	Origin     string // the office that made the current revision
	Date       model.Date
	Services   []model.Service
	PersonID   string
	IdeaID     string
	Superseded bool // a correction replaced it
}

// VisitFact is what a report needs of a visit at the desk.
type VisitFact struct {
	Origin    string // the office that made the current revision
	Date      model.Date
	PersonID  string // "" for an anonymous visit
	Anonymous bool
	AgeBand   model.AgeBand
	Service   model.Service
	Outcome   model.Outcome
}

// HoursFact is what a report needs of an hours entry.
type HoursFact struct {
	Origin   string // the office that made the current revision
	PersonID string
	IdeaID   string
	Date     model.Date
	Hours    float64
	Status   model.HoursStatus
}

// Builder adds up facts into a Report. Give it every person, then every idea,
// then consultations and hours (the last two look up the region and direction
// of the people and ideas seen before).
type Builder struct {
	f   Filter
	loc *time.Location

	people, ideas, consults int
	verified, pending       float64
	visits, anonymous       int
	ageBand, anonService    map[string]int
	outcome                 map[string]int

	direction, region, status, sdg, service map[string]int
	planned, reached                        map[model.TargetGroup]int
	funnel                                  [4]int

	// Lookups for consultations and hours, filled only when a filter needs them.
	personRegion map[string]model.Region
	ideaPlace    map[string]ideaPlace

	volunteers map[string]bool
	month      map[string]*monthAcc

	offices    map[string]*officeAcc
	lastOrigin string     // the origin last looked up, and its row:
	last       *officeAcc // records come in runs from one office
}

type officeAcc struct {
	people, ideas, consults int
	verified                float64
	volunteers              map[string]bool
}

type ideaPlace struct {
	region    model.Region
	direction model.Direction
}

type monthAcc struct {
	people map[string]bool
	hours  float64
}

// NewBuilder starts a report with filter f; creation times are read as days
// in loc (time.Local when nil).
func NewBuilder(f Filter, loc *time.Location) *Builder {
	if loc == nil {
		loc = time.Local
	}
	b := &Builder{
		f: f, loc: loc,
		direction: map[string]int{}, region: map[string]int{}, status: map[string]int{},
		sdg: map[string]int{}, service: map[string]int{},
		ageBand: map[string]int{}, anonService: map[string]int{}, outcome: map[string]int{},
		planned: map[model.TargetGroup]int{}, reached: map[model.TargetGroup]int{},
		volunteers: map[string]bool{}, month: map[string]*monthAcc{},
		offices: map[string]*officeAcc{},
	}
	if f.Region != "" {
		b.personRegion = map[string]model.Region{}
	}
	if f.Region != "" || f.Direction != "" {
		b.ideaPlace = map[string]ideaPlace{}
	}
	return b
}

func (b *Builder) day(t time.Time) model.Date {
	if t.IsZero() {
		return ""
	}
	return model.DateOf(t.In(b.loc))
}

// inDates is InRange for a creation time; a record with no creation time
// counts only when no dates are set.
func (b *Builder) inDates(t time.Time) bool {
	if b.f.From == "" && b.f.To == "" {
		return true
	}
	d := b.day(t)
	return d != "" && b.f.InRange(d)
}

// office is the breakdown row of the office with id origin.
func (b *Builder) office(origin string) *officeAcc {
	if b.last != nil && origin == b.lastOrigin {
		return b.last
	}
	acc := b.offices[origin]
	if acc == nil {
		acc = &officeAcc{}
		b.offices[origin] = acc
	}
	b.lastOrigin, b.last = origin, acc
	return acc
}

// otherOffice is true when the filter names an office and origin is not it.
func (b *Builder) otherOffice(origin string) bool {
	return b.f.Office != "" && origin != b.f.Office
}

// Person adds a live person.
func (b *Builder) Person(p PersonFact) {
	if b.personRegion != nil && p.Region != "" {
		b.personRegion[p.ID] = p.Region
	}
	if b.f.Region != "" && p.Region != b.f.Region {
		return
	}
	if !b.inDates(p.Created) {
		return
	}
	b.office(p.Origin).people++
	if b.otherOffice(p.Origin) {
		return
	}
	b.people++
}

// Idea adds a live idea.
func (b *Builder) Idea(i IdeaFact) {
	if b.ideaPlace != nil {
		b.ideaPlace[i.ID] = ideaPlace{region: i.Region, direction: i.Direction}
	}
	if (b.f.Region != "" && i.Region != b.f.Region) || (b.f.Direction != "" && i.Direction != b.f.Direction) {
		return
	}
	if !b.inDates(i.Created) {
		return
	}
	b.office(i.Origin).ideas++
	if b.otherOffice(i.Origin) {
		return
	}
	b.ideas++
	b.direction[string(i.Direction)]++
	b.region[string(i.Region)]++
	b.status[string(i.Status)]++
	for _, g := range i.SDGs {
		b.sdg[strconv.Itoa(int(g))]++
	}
	for _, r := range i.Reach {
		b.planned[r.Group] += r.Planned
		b.reached[r.Group] += r.Reached
	}
	AddToFunnel(&b.funnel, i.Status, i.ArchivedFrom, 1)
}

// AddToFunnel counts n ideas of status st (archived from archivedFrom) in
// funnel: in every stage they reached (see funnelRank).
func AddToFunnel(funnel *[4]int, st, archivedFrom model.IdeaStatus, n int) {
	if st == model.StatusArchived {
		st = archivedFrom
	}
	for k := range funnelRank(st) + 1 {
		funnel[k] += n
	}
}

// place is where a consultation or an hours entry belongs for the filters:
// its idea's region and direction, else its person's region.
func (b *Builder) place(personID, ideaID string) (model.Region, model.Direction) {
	if ideaID != "" {
		if p, ok := b.ideaPlace[ideaID]; ok {
			return p.region, p.direction
		}
	}
	return b.personRegion[personID], ""
}

func (b *Builder) wanted(personID, ideaID string, d model.Date) bool {
	if !b.f.InRange(d) {
		return false
	}
	if b.f.Region == "" && b.f.Direction == "" {
		return true
	}
	region, direction := b.place(personID, ideaID)
	return (b.f.Region == "" || region == b.f.Region) && (b.f.Direction == "" || direction == b.f.Direction)
}

// Consultation adds a live consultation; a superseded one is left out.
func (b *Builder) Consultation(c ConsultationFact) {
	if c.Superseded || !b.wanted(c.PersonID, c.IdeaID, c.Date) {
		return
	}
	b.office(c.Origin).consults++
	if b.otherOffice(c.Origin) {
		return
	}
	b.consults++
	for _, s := range c.Services {
		b.service[string(s)]++
	}
}

// Visit adds a live visit: the date range applies to its day, the region to
// its person's (an anonymous visit has none, so a region leaves it out), the
// direction leaves visits out (they are about no idea).
func (b *Builder) Visit(v VisitFact) {
	if b.f.Direction != "" || !b.wanted(v.PersonID, "", v.Date) || b.otherOffice(v.Origin) {
		return
	}
	b.visits++
	if !v.Anonymous {
		return
	}
	b.anonymous++
	b.ageBand[orUnknown(string(v.AgeBand))]++
	if v.Service != "" {
		b.anonService[string(v.Service)]++
	}
	b.outcome[orUnknown(string(v.Outcome))]++
}

// Hours adds a live hours entry: verified hours count, pending ones are
// kept apart, rejected ones are left out.
func (b *Builder) Hours(h HoursFact) {
	if !b.wanted(h.PersonID, h.IdeaID, h.Date) {
		return
	}
	if h.Status == "verified" {
		acc := b.office(h.Origin)
		acc.verified += h.Hours
		if acc.volunteers == nil {
			acc.volunteers = map[string]bool{}
		}
		acc.volunteers[h.PersonID] = true
	}
	if b.otherOffice(h.Origin) {
		return
	}
	switch h.Status {
	case "pending":
		b.pending += h.Hours
	case "verified":
		b.verified += h.Hours
		b.volunteers[h.PersonID] = true
		if len(h.Date) < 7 {
			return
		}
		key := string(h.Date[:7])
		m := b.month[key]
		if m == nil {
			m = &monthAcc{people: map[string]bool{}}
			b.month[key] = m
		}
		m.people[h.PersonID] = true
		m.hours += h.Hours
	}
}

// maxMonths bounds the months listed, should a mistyped date lie decades away.
const maxMonths = 240

// Report is the figures added up so far.
func (b *Builder) Report() Report {
	t := Totals{
		People: b.people, Ideas: b.ideas, Consultations: b.consults,
		Volunteers: len(b.volunteers), VerifiedHours: b.verified, PendingHours: b.pending,
		Direction: b.direction, Region: b.region, Status: b.status, SDG: b.sdg, Service: b.service,
		Planned: b.planned, Reached: b.reached, Funnel: b.funnel, Months: map[string]Month{},
		Visits: b.visits, AnonymousVisits: b.anonymous,
		AgeBand: b.ageBand, AnonService: b.anonService, Outcome: b.outcome,
	}
	for k, m := range b.month {
		t.Months[k] = Month{Month: k, Volunteers: len(m.people), VerifiedHours: m.hours}
	}
	t.Offices = b.byOffice()
	return Assemble(b.f, t)
}

// Totals are a report's figures added up elsewhere (the regional hub adds
// them up in SQL), for Assemble to lay out as Builder.Report does.
type Totals struct {
	People, Ideas, Consultations, Volunteers int
	VerifiedHours, PendingHours              float64

	// Counts by code; Planned has a key for every target group met.
	Direction, Region, Status, SDG, Service map[string]int
	Planned, Reached                        map[model.TargetGroup]int
	Funnel                                  [4]int           // AddToFunnel
	Months                                  map[string]Month // only months with verified hours
	Offices                                 []OfficeRow      // any order

	// Visits at the desk: all of them, and the anonymous ones by code.
	Visits, AnonymousVisits       int
	AgeBand, AnonService, Outcome map[string]int
}

// Assemble lays totals out as a Report with filter f: every known code in
// display order, then the odd ones met; months from the first to the last;
// offices in id order.
func Assemble(f Filter, t Totals) Report {
	r := Report{
		Filter: f, People: t.People, Ideas: t.Ideas, Consultations: t.Consultations,
		Volunteers: t.Volunteers, VerifiedHours: t.VerifiedHours, PendingHours: t.PendingHours,
		ByDirection: rows(codes(model.Directions()), t.Direction),
		ByRegion:    rows(codes(model.Regions()), t.Region),
		ByStatus:    rows(codes(model.IdeaStatuses()), t.Status),
		ByService:   rows(codes(model.Services()), t.Service),
	}
	var sdgs []string
	for _, g := range model.SDGs() {
		sdgs = append(sdgs, strconv.Itoa(int(g)))
	}
	r.BySDG = rows(sdgs, t.SDG)
	for _, g := range model.TargetGroups() {
		r.Reach = append(r.Reach, ReachRow{Group: g, Planned: t.Planned[g], Reached: t.Reached[g]})
	}
	var odd []model.TargetGroup
	for g := range t.Planned {
		if !g.Valid() {
			odd = append(odd, g)
		}
	}
	slices.Sort(odd)
	for _, g := range odd {
		r.Reach = append(r.Reach, ReachRow{Group: g, Planned: t.Planned[g], Reached: t.Reached[g]})
	}
	for i, st := range FunnelStages() {
		r.Funnel = append(r.Funnel, Row{Code: string(st), Count: t.Funnel[i]})
	}
	r.Months = months(t.Months)
	r.ByOffice = slices.Clone(t.Offices)
	slices.SortFunc(r.ByOffice, func(x, y OfficeRow) int { return strings.Compare(x.Office, y.Office) })
	if len(r.ByOffice) == 0 {
		r.ByOffice = []OfficeRow{}
	}
	r.Visits, r.AnonymousVisits = t.Visits, t.AnonymousVisits
	r.AnonymousByAgeBand = rows(codes(model.AgeBands()), t.AgeBand)
	r.AnonymousByService = rows(codes(model.Services()), t.AnonService)
	r.AnonymousByOutcome = rows(codes(model.Outcomes()), t.Outcome)
	return r
}

// byOffice is the breakdown, in office id order.
func (b *Builder) byOffice() []OfficeRow {
	out := make([]OfficeRow, 0, len(b.offices))
	for id, acc := range b.offices {
		out = append(out, OfficeRow{Office: id, People: acc.people, Ideas: acc.ideas, Consultations: acc.consults,
			Volunteers: len(acc.volunteers), VerifiedHours: acc.verified})
	}
	slices.SortFunc(out, func(x, y OfficeRow) int { return strings.Compare(x.Office, y.Office) })
	return out
}

// months lists every month from the first to the last with verified hours,
// empty ones included so a chart shows the gaps.
func months(month map[string]Month) []Month {
	if len(month) == 0 {
		return nil
	}
	keys := make([]string, 0, len(month))
	for k := range month {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	first, err1 := time.Parse("2006-01", keys[0])
	last, err2 := time.Parse("2006-01", keys[len(keys)-1])
	all := keys
	if err1 == nil && err2 == nil {
		all = nil
		for t := first; !t.After(last) && len(all) < maxMonths; t = t.AddDate(0, 1, 0) {
			all = append(all, t.Format("2006-01"))
		}
	}
	out := make([]Month, 0, len(all))
	for _, k := range all {
		m := Month{Month: k}
		if acc, ok := month[k]; ok {
			m.Volunteers, m.VerifiedHours = acc.Volunteers, acc.VerifiedHours
		}
		out = append(out, m)
	}
	return out
}

func codes[T ~string](cs []T) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = string(c)
	}
	return out
}

// rows lists every known code with its count, then the unknown codes met
// (sorted), so a record with an odd code is still counted somewhere.
func rows(known []string, counts map[string]int) []Row {
	out := make([]Row, 0, len(known))
	for _, c := range known {
		out = append(out, Row{Code: c, Count: counts[c]})
	}
	var odd []string
	for c := range counts {
		if !slices.Contains(known, c) {
			odd = append(odd, c)
		}
	}
	slices.Sort(odd)
	for _, c := range odd {
		out = append(out, Row{Code: c, Count: counts[c]})
	}
	return out
}

// orUnknown is code, or "unknown" for a visit that did not say.
func orUnknown(code string) string {
	if code == "" {
		return "unknown"
	}
	return code
}
