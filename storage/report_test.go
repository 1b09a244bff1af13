package storage_test

import (
	"context"
	"encoding/json"
	"errors"
	"reflect"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/model/report"
	"frontoffice/storage"
)

// reportStore is a small store whose figures are counted by hand in the tests
// below. People (region, created):
//
//	P1 karaganda 2026-01-10        P2 karaganda 2026-02-05, withdrew consent
//	P3 astana    2026-02-20        P4 karaganda, merged into P1 (not counted)
//	P5 astana, deleted (not counted)
//
// Ideas (direction, region, status, SDGs, reach planned/reached, created):
//
//	I1 taza_alem   karaganda draft     11 15  children 100/40         2026-01-15
//	I2 sabaqtastyq karaganda funded    3 10   elderly 30/25, children 20/10  2026-02-10
//	I3 bilim       astana    submitted 4                              2026-02-25
//	I4 taza_alem   astana    archived (from ready) 15                 2026-03-01
//	I5 qamqor      karaganda deleted (not counted)
//
// Consultations: C1 P1/I1 2026-01-20 project_design+methodology; C2 P2
// 2026-02-06 grant_writing, superseded by C3 P2 2026-02-06
// grant_writing+funds_use; C4 P3/I3 2026-02-26 project_formalisation.
//
// Hours: H1 P1/I1 2026-01-25 12 verified; H2 P1 2026-02-20 9.5 verified;
// H3 P2/I2 2026-02-21 5 verified; H4 P2 2026-02-22 3 pending; H5 P3
// 2026-02-23 4 rejected; H6 P3/I3 2026-04-02 2 verified; H7 P3 2026-02-24 7
// verified, deleted.
func reportStore(t *testing.T) *storage.Store {
	t.Helper()
	s, clk := newStore(t)
	clk.Set(time.Date(2026, 4, 30, 12, 0, 0, 0, time.UTC)) // the records are of the months before: no hours in the future
	at := func(d string) time.Time { return time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC).AddDate(0, 0, dayOf(d)) }
	person := func(name, phone string, region model.Region, created string) *model.Person {
		p := newPerson(name, phone)
		p.Region, p.CreatedAt = region, at(created)
		mustCreate(t, s, p)
		return p
	}
	p1 := person("Айгерім Сейтқали", "+77011110001", "karaganda", "2026-01-10")
	p2 := person("Нұрлан Жақсыбеков", "+77011110002", "karaganda", "2026-02-05")
	p3 := person("Ольга Петрова", "+77011110003", "astana", "2026-02-20")
	p4 := person("Айгерим Сейткали", "+77011110004", "karaganda", "2026-02-01")
	p5 := person("Тест Жойылған", "+77011110005", "astana", "2026-02-02")
	if _, err := s.MergePeople(p1.ID, p4.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.Delete(model.KindPerson, p5.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.WithdrawConsent(p2.ID); err != nil {
		t.Fatal(err)
	}

	idea := func(title string, dir model.Direction, region model.Region, status model.IdeaStatus, sdgs []model.SDG, reach []model.Reach, created string) *model.Idea {
		i := newIdea(title, status)
		i.Direction, i.Region, i.SDGs, i.TargetGroups, i.CreatedAt = dir, region, sdgs, reach, at(created)
		mustCreate(t, s, i)
		return i
	}
	i1 := idea("Саябақты тазалау", "taza_alem", "karaganda", "draft", []model.SDG{11, 15},
		[]model.Reach{{Group: "children", Planned: 100, Reached: 40}}, "2026-01-15")
	i2 := idea("Victory", "sabaqtastyq", "karaganda", "funded", []model.SDG{3, 10},
		[]model.Reach{{Group: "elderly", Planned: 30, Reached: 25}, {Group: "children", Planned: 20, Reached: 10}}, "2026-02-10")
	i3 := idea("Ауыл балаларына сабақ", "bilim", "astana", "submitted", []model.SDG{4}, nil, "2026-02-25")
	i4 := idea("Ағаш отырғызу", "taza_alem", "astana", "ready", []model.SDG{15}, nil, "2026-03-01")
	i4.Archive()
	mustUpdate(t, s, i4)
	i5 := idea("Қарттар үйі", "qamqor", "karaganda", "consulting", nil, nil, "2026-02-11")
	if err := s.Delete(model.KindIdea, i5.ID); err != nil {
		t.Fatal(err)
	}

	consult := func(p *model.Person, i *model.Idea, date model.Date, svc ...model.Service) *model.Consultation {
		c := newConsultation(p.ID, date, "")
		c.Services = svc
		if i != nil {
			c.IdeaID = i.ID
		}
		if err := s.LogConsultation(c); err != nil {
			t.Fatal(err)
		}
		return c
	}
	consult(p1, i1, "2026-01-20", "project_design", "methodology")
	c2 := consult(p2, nil, "2026-02-06", "grant_writing")
	c3 := newConsultation(p2.ID, "2026-02-06", "")
	c3.Services = []model.Service{"grant_writing", "funds_use"}
	if err := s.Supersede(c2.ID, c3); err != nil {
		t.Fatal(err)
	}
	consult(p3, i3, "2026-02-26", "project_formalisation")

	hours := func(p *model.Person, i *model.Idea, date model.Date, h float64, status model.HoursStatus) *model.Hours {
		x := newHours(p.ID, date, h)
		x.Status = status
		if status == "verified" {
			x.VerifiedBy, x.VerifiedAt = "Мадина", day0.UTC()
		}
		if status == "rejected" {
			x.RejectReason = "жоқ"
		}
		if i != nil {
			x.IdeaID = i.ID
		}
		mustCreate(t, s, x)
		return x
	}
	hours(p1, i1, "2026-01-25", 12, "verified")
	hours(p1, nil, "2026-02-20", 9.5, "verified")
	hours(p2, i2, "2026-02-21", 5, "verified")
	hours(p2, nil, "2026-02-22", 3, "pending")
	hours(p3, nil, "2026-02-23", 4, "rejected")
	hours(p3, i3, "2026-04-02", 2, "verified")
	h7 := hours(p3, nil, "2026-02-24", 7, "verified")
	if err := s.Delete(model.KindHours, h7.ID); err != nil {
		t.Fatal(err)
	}
	return s
}

// dayOf is the days from 2026-01-01 to d.
func dayOf(d string) int {
	t, _ := time.Parse(model.DateLayout, d)
	return int(t.Sub(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)).Hours() / 24)
}

func runReport(t *testing.T, s *storage.Store, f report.Filter) report.Report {
	t.Helper()
	r, err := s.Report(context.Background(), f, storage.ReportOptions{Loc: time.UTC})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// nonZero is a chart's bars with a count, as code → count.
func nonZero(rs []report.Row) map[string]int {
	m := map[string]int{}
	for _, r := range rs {
		if r.Count != 0 {
			m[r.Code] = r.Count
		}
	}
	return m
}

func sameMap(t *testing.T, what string, got, want map[string]int) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s = %v, want %v", what, got, want)
	}
}

// TestReportHandCount checks every figure of the unfiltered report against
// the hand count in reportStore's comment.
func TestReportHandCount(t *testing.T) {
	r := runReport(t, reportStore(t), report.Filter{})
	if r.People != 3 {
		t.Errorf("people = %d, want 3 (P1, P2 withdrawn, P3; not merged P4 nor deleted P5)", r.People)
	}
	if r.Ideas != 4 {
		t.Errorf("ideas = %d, want 4 (I1–I4, archived I4 included, deleted I5 not)", r.Ideas)
	}
	sameMap(t, "by direction", nonZero(r.ByDirection), map[string]int{"taza_alem": 2, "sabaqtastyq": 1, "bilim": 1})
	sameMap(t, "by region", nonZero(r.ByRegion), map[string]int{"karaganda": 2, "astana": 2})
	sameMap(t, "by status", nonZero(r.ByStatus), map[string]int{"draft": 1, "funded": 1, "submitted": 1, "archived": 1})
	sameMap(t, "by SDG", nonZero(r.BySDG), map[string]int{"3": 1, "4": 1, "10": 1, "11": 1, "15": 2})
	if len(r.ByDirection) != len(model.Directions()) || len(r.ByRegion) != 20 || len(r.ByStatus) != len(model.IdeaStatuses()) || len(r.BySDG) != 17 {
		t.Errorf("every known code should be listed, zeros too: %d directions, %d regions, %d statuses, %d SDGs",
			len(r.ByDirection), len(r.ByRegion), len(r.ByStatus), len(r.BySDG))
	}
	reach := map[model.TargetGroup][2]int{}
	for _, x := range r.Reach {
		if x.Planned != 0 || x.Reached != 0 {
			reach[x.Group] = [2]int{x.Planned, x.Reached}
		}
	}
	if want := map[model.TargetGroup][2]int{"children": {120, 50}, "elderly": {30, 25}}; !reflect.DeepEqual(reach, want) {
		t.Errorf("reach = %v, want %v", reach, want)
	}
	if r.Consultations != 3 {
		t.Errorf("consultations = %d, want 3 (C1, C3, C4; C2 superseded)", r.Consultations)
	}
	sameMap(t, "by service", nonZero(r.ByService), map[string]int{
		"project_design": 1, "methodology": 1, "grant_writing": 1, "funds_use": 1, "project_formalisation": 1})
	if r.VerifiedHours != 28.5 || r.PendingHours != 3 || r.Volunteers != 3 {
		t.Errorf("hours: verified %v pending %v volunteers %d, want 28.5, 3, 3 (rejected and deleted hours not counted)",
			r.VerifiedHours, r.PendingHours, r.Volunteers)
	}
	wantMonths := []report.Month{mo("2026-01", 1, 12), mo("2026-02", 2, 14.5), mo("2026-03", 0, 0), mo("2026-04", 1, 2)}
	if !reflect.DeepEqual(r.Months, wantMonths) {
		t.Errorf("months = %v, want %v", r.Months, wantMonths)
	}
	wantFunnel := funnel(4, 3, 2, 1)
	if !reflect.DeepEqual(r.Funnel, wantFunnel) {
		t.Errorf("funnel = %v, want %v (archived I4 counts as ready)", r.Funnel, wantFunnel)
	}
}

// TestReportFilters: region, direction and dates narrow each figure as
// model/report's package comment says.
func TestReportFilters(t *testing.T) {
	s := reportStore(t)

	r := runReport(t, s, report.Filter{Region: "karaganda"})
	if r.People != 2 || r.Ideas != 2 || r.Consultations != 2 || r.VerifiedHours != 26.5 || r.PendingHours != 3 || r.Volunteers != 2 {
		t.Errorf("karaganda: people %d ideas %d consultations %d verified %v pending %v volunteers %d, want 2 2 2 26.5 3 2",
			r.People, r.Ideas, r.Consultations, r.VerifiedHours, r.PendingHours, r.Volunteers)
	}
	sameMap(t, "karaganda by region", nonZero(r.ByRegion), map[string]int{"karaganda": 2})

	r = runReport(t, s, report.Filter{Direction: "taza_alem"})
	if r.People != 3 || r.Ideas != 2 || r.Consultations != 1 || r.VerifiedHours != 12 || r.PendingHours != 0 || r.Volunteers != 1 {
		t.Errorf("taza_alem: people %d ideas %d consultations %d verified %v pending %v volunteers %d, want 3 2 1 12 0 1",
			r.People, r.Ideas, r.Consultations, r.VerifiedHours, r.PendingHours, r.Volunteers)
	}
	if want := funnel(2, 1, 0, 0); !reflect.DeepEqual(r.Funnel, want) {
		t.Errorf("taza_alem funnel = %v, want %v", r.Funnel, want)
	}

	r = runReport(t, s, report.Filter{From: "2026-02-01", To: "2026-02-28"})
	if r.People != 2 || r.Ideas != 2 || r.Consultations != 2 || r.VerifiedHours != 14.5 || r.PendingHours != 3 || r.Volunteers != 2 {
		t.Errorf("February: people %d ideas %d consultations %d verified %v pending %v volunteers %d, want 2 2 2 14.5 3 2",
			r.People, r.Ideas, r.Consultations, r.VerifiedHours, r.PendingHours, r.Volunteers)
	}
	if want := []report.Month{mo("2026-02", 2, 14.5)}; !reflect.DeepEqual(r.Months, want) {
		t.Errorf("February months = %v", r.Months)
	}
	sameMap(t, "February services", nonZero(r.ByService), map[string]int{"grant_writing": 1, "funds_use": 1, "project_formalisation": 1})

	r = runReport(t, s, report.Filter{From: "2026-02-01", To: "2026-02-28", Region: "astana", Direction: "bilim"})
	if r.People != 1 || r.Ideas != 1 || r.Consultations != 1 || r.VerifiedHours != 0 {
		t.Errorf("February, astana, bilim: people %d ideas %d consultations %d verified %v, want 1 1 1 0",
			r.People, r.Ideas, r.Consultations, r.VerifiedHours)
	}
}

// TestReportJSONFields: the JSON object has the contract's names (DESIGN.md
// §4), each ideas_by_* an object from code to count with every code.
func TestReportJSONFields(t *testing.T) {
	r := runReport(t, reportStore(t), report.Filter{})
	data, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var j map[string]json.RawMessage
	if err := json.Unmarshal(data, &j); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"people", "ideas", "ideas_by_direction", "ideas_by_region", "ideas_by_status",
		"ideas_by_sdg", "reach_by_target_group", "consultations", "consultations_by_service", "verified_hours",
		"pending_hours", "volunteers", "hours_by_month", "funnel", "filter"} {
		if _, ok := j[k]; !ok {
			t.Errorf("JSON lacks %q: %s", k, data)
		}
	}
	var counts struct {
		People    int            `json:"people"`
		ByRegion  map[string]int `json:"ideas_by_region"`
		ByService map[string]int `json:"consultations_by_service"`
		Verified  float64        `json:"verified_hours"`
	}
	if err := json.Unmarshal(data, &counts); err != nil {
		t.Fatal(err)
	}
	if counts.People != 3 || counts.ByRegion["karaganda"] != 2 || len(counts.ByRegion) != 20 ||
		counts.ByService["implementation"] != 0 || len(counts.ByService) != 6 || counts.Verified != 28.5 {
		t.Errorf("JSON figures: %+v", counts)
	}
}

// TestReportCancelled: a cancelled context stops the walk with its error.
func TestReportCancelled(t *testing.T) {
	s := reportStore(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := s.Report(ctx, report.Filter{}, storage.ReportOptions{}); !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}

// TestReportNotStale: a record saved after one report shows in the next.
func TestReportNotStale(t *testing.T) {
	s := reportStore(t)
	before := runReport(t, s, report.Filter{})
	p := newPerson("Жаңа Келуші", "+77011110009")
	mustCreate(t, s, p)
	if after := runReport(t, s, report.Filter{}); after.People != before.People+1 {
		t.Errorf("people %d after a save, before %d", after.People, before.People)
	}
}

func mo(month string, volunteers int, hours float64) report.Month {
	return report.Month{Month: month, Volunteers: volunteers, VerifiedHours: hours}
}

func funnel(draft, ready, submitted, funded int) []report.Row {
	return []report.Row{{Code: "draft", Count: draft}, {Code: "ready", Count: ready},
		{Code: "submitted", Count: submitted}, {Code: "funded", Count: funded}}
}

// TestReportByOffice: desks A and B register one student and log 12 h each,
// A records an idea and B a consultation; after they swap bundles, each
// store's report counts the records by the office that made them, with
// --office narrowing to one, the breakdown naming both with this office
// first, and an idea edited at B moving to B.
func TestReportByOffice(t *testing.T) {
	a, b, pa, pb := twoDesks(t)
	for s, name := range map[*storage.Store]string{a: "Desk A", b: "Desk B"} {
		o, _ := s.Office()
		o.Name = name
		if err := s.SaveOffice(o); err != nil {
			t.Fatal(err)
		}
	}
	idea := newIdea("Саябақ", "draft")
	idea.Direction, idea.Region = "taza_alem", "karaganda"
	mustCreate(t, a, idea)
	c := newConsultation(pb.ID, "2026-02-11", "")
	c.Services = []model.Service{"methodology"}
	if err := b.LogConsultation(c); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	importFile(t, b, func() string { f, _ := exportTo(t, a, dir, false); return f }())
	importFile(t, a, func() string { f, _ := exportTo(t, b, dir, false); return f }())

	// The group counts once, under its earliest record, with that record's office.
	rootAtA := pa.ID < pb.ID
	peopleAt := map[string]int{a.OfficeID(): 0, b.OfficeID(): 0}
	if rootAtA {
		peopleAt[a.OfficeID()] = 1
	} else {
		peopleAt[b.OfficeID()] = 1
	}
	want := map[string]report.OfficeRow{
		a.OfficeID(): {Office: a.OfficeID(), Name: "Desk A", People: peopleAt[a.OfficeID()], Ideas: 1, Volunteers: 1, VerifiedHours: 12},
		b.OfficeID(): {Office: b.OfficeID(), Name: "Desk B", People: peopleAt[b.OfficeID()], Consultations: 1, Volunteers: 1, VerifiedHours: 12},
	}
	for name, s := range map[string]*storage.Store{"A": a, "B": b} {
		other := b
		if s == b {
			other = a
		}
		all, err := s.Report(context.Background(), report.Filter{}, storage.ReportOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if all.People != 1 || all.Ideas != 1 || all.Consultations != 1 || all.VerifiedHours != 24 || all.Volunteers != 1 {
			t.Errorf("%s: whole report people %d ideas %d consultations %d hours %v volunteers %d", name,
				all.People, all.Ideas, all.Consultations, all.VerifiedHours, all.Volunteers)
		}
		here, there := want[s.OfficeID()], want[other.OfficeID()]
		here.Here = true
		if got := all.ByOffice; !reflect.DeepEqual(got, []report.OfficeRow{here, there}) {
			t.Errorf("%s: breakdown\n%+v, want this office first\n%+v", name, got, []report.OfficeRow{here, there})
		}
		for _, id := range []string{a.OfficeID(), b.OfficeID()} {
			r, err := s.Report(context.Background(), report.Filter{Office: id}, storage.ReportOptions{})
			if err != nil {
				t.Fatal(err)
			}
			w := want[id]
			if r.People != w.People || r.Ideas != w.Ideas || r.Consultations != w.Consultations || r.VerifiedHours != w.VerifiedHours || r.Volunteers != w.Volunteers {
				t.Errorf("%s, office %s: people %d ideas %d consultations %d hours %v volunteers %d, want %+v", name, w.Name,
					r.People, r.Ideas, r.Consultations, r.VerifiedHours, r.Volunteers, w)
			}
			if !reflect.DeepEqual(r.ByOffice, all.ByOffice) {
				t.Errorf("%s, office %s: the breakdown changed with the office filter: %+v", name, w.Name, r.ByOffice)
			}
		}
		offices, err := s.ReportOffices()
		if err != nil {
			t.Fatal(err)
		}
		wantOffices := []report.Office{{ID: s.OfficeID(), Name: want[s.OfficeID()].Name, Here: true}, {ID: other.OfficeID(), Name: want[other.OfficeID()].Name}}
		if !reflect.DeepEqual(offices, wantOffices) {
			t.Errorf("%s: offices %+v, want %+v", name, offices, wantOffices)
		}
	}

	// An idea changed at B is B's now: B made its current revision.
	got := getIdea(t, b, idea.ID)
	got.Status = "ready"
	mustUpdate(t, b, got)
	r, err := b.Report(context.Background(), report.Filter{Office: b.OfficeID()}, storage.ReportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if r.Ideas != 1 || r.ByOffice[0].Ideas != 1 || r.ByOffice[1].Ideas != 0 {
		t.Errorf("after B's edit: B's ideas %d, breakdown %+v", r.Ideas, r.ByOffice)
	}
}

// TestReportOfficesBeforeNaming: a new store lists its own office, unnamed,
// before Settings names it.
func TestReportOfficesBeforeNaming(t *testing.T) {
	s, _ := newStore(t)
	offices, err := s.ReportOffices()
	if err != nil {
		t.Fatal(err)
	}
	if want := []report.Office{{ID: s.OfficeID(), Here: true}}; !reflect.DeepEqual(offices, want) {
		t.Errorf("offices %+v, want %+v", offices, want)
	}
}
