package report

import (
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"frontoffice/model"
)

var noon = time.Date(2026, 2, 10, 12, 0, 0, 0, time.UTC)

func count(rs []Row, code string) int {
	for _, r := range rs {
		if r.Code == code {
			return r.Count
		}
	}
	return -1
}

// TestFunnelFollowsAnIdeasLife: each idea counts in every stage up to the
// one its status reached; an archived idea by the status it was archived from.
func TestFunnelFollowsAnIdeasLife(t *testing.T) {
	b := NewBuilder(Filter{}, time.UTC)
	for i, st := range []model.IdeaStatus{"draft", "consulting", "ready", "submitted", "rejected", "funded", "in_progress", "completed"} {
		b.Idea(IdeaFact{ID: string(rune('a' + i)), Created: noon, Direction: "bilim", Region: "abai", Status: st})
	}
	b.Idea(IdeaFact{ID: "x", Created: noon, Direction: "bilim", Region: "abai", Status: "archived", ArchivedFrom: "submitted"})
	b.Idea(IdeaFact{ID: "y", Created: noon, Direction: "bilim", Region: "abai", Status: "archived"}) // archived from nothing known
	r := b.Report()
	want := []Row{{"draft", 9}, {"ready", 7}, {"submitted", 6}, {"funded", 3}}
	if !reflect.DeepEqual(r.Funnel, want) {
		t.Errorf("funnel = %v, want %v", r.Funnel, want)
	}
	if r.Ideas != 10 || count(r.ByStatus, "archived") != 2 {
		t.Errorf("ideas %d, archived %d", r.Ideas, count(r.ByStatus, "archived"))
	}
}

// TestUnknownCodesStillCount: a code outside DOMAIN.md (from an odd bundle)
// is listed after the known ones instead of vanishing.
func TestUnknownCodesStillCount(t *testing.T) {
	b := NewBuilder(Filter{}, time.UTC)
	b.Idea(IdeaFact{ID: "a", Created: noon, Direction: "space", Region: "abai", Status: "draft",
		Reach: []model.Reach{{Group: "martians", Planned: 3, Reached: 1}}})
	r := b.Report()
	if last := r.ByDirection[len(r.ByDirection)-1]; last != (Row{"space", 1}) || len(r.ByDirection) != len(model.Directions())+1 {
		t.Errorf("by direction: %v", r.ByDirection)
	}
	if last := r.Reach[len(r.Reach)-1]; last != (ReachRow{"martians", 3, 1}) {
		t.Errorf("reach: %v", r.Reach)
	}
}

// TestCreatedDayInLocalTime: a person registered at 01:00 in Almaty on the
// 1st belongs to the 1st, though it was still the 31st in UTC.
func TestCreatedDayInLocalTime(t *testing.T) {
	almaty := time.FixedZone("Asia/Almaty", 5*3600)
	at := time.Date(2026, 3, 1, 1, 0, 0, 0, almaty).UTC()
	for _, c := range []struct {
		loc  *time.Location
		want int
	}{{almaty, 1}, {time.UTC, 0}} {
		b := NewBuilder(Filter{From: "2026-03-01"}, c.loc)
		b.Person(PersonFact{ID: "p", Created: at})
		if got := b.Report().People; got != c.want {
			t.Errorf("%s: people = %d, want %d", c.loc, got, c.want)
		}
	}
	b := NewBuilder(Filter{From: "2026-03-01"}, time.UTC)
	b.Person(PersonFact{ID: "p"}) // no creation time: only an undated report counts it
	if b.Report().People != 0 {
		t.Error("a person with no creation time counted in a dated report")
	}
}

// TestHoursAndConsultationsFollowTheirIdea: with a region or direction set,
// an entry about an idea goes by the idea, else by its person; with a
// direction set, an entry about no idea is left out.
func TestHoursAndConsultationsFollowTheirIdea(t *testing.T) {
	feed := func(f Filter) Report {
		b := NewBuilder(f, time.UTC)
		b.Person(PersonFact{ID: "p1", Created: noon, Region: "abai"})
		b.Person(PersonFact{ID: "p2", Created: noon, Region: "astana"})
		b.Idea(IdeaFact{ID: "i1", Created: noon, Direction: "bilim", Region: "astana", Status: "draft"})
		b.Hours(HoursFact{PersonID: "p1", IdeaID: "i1", Date: "2026-02-11", Hours: 2, Status: "verified"}) // astana, bilim
		b.Hours(HoursFact{PersonID: "p1", Date: "2026-02-11", Hours: 3, Status: "verified"})               // abai
		b.Hours(HoursFact{PersonID: "p2", Date: "2026-02-12", Hours: 1.5, Status: "verified"})             // astana
		b.Hours(HoursFact{PersonID: "p2", Date: "2026-02-12", Hours: 4, Status: "rejected"})               // never
		b.Consultation(ConsultationFact{PersonID: "p1", IdeaID: "i1", Date: "2026-02-11", Services: []model.Service{"methodology"}})
		b.Consultation(ConsultationFact{PersonID: "p1", Date: "2026-02-11", Services: []model.Service{"funds_use"}})
		b.Consultation(ConsultationFact{PersonID: "p2", Date: "2026-02-11", Services: []model.Service{"funds_use"}, Superseded: true})
		return b.Report()
	}
	for _, c := range []struct {
		f             Filter
		hours         float64
		volunteers    int
		consultations int
	}{
		{Filter{}, 6.5, 2, 2},
		{Filter{Region: "astana"}, 3.5, 2, 1},
		{Filter{Region: "abai"}, 3, 1, 1},
		{Filter{Direction: "bilim"}, 2, 1, 1},
		{Filter{Direction: "qamqor"}, 0, 0, 0},
		{Filter{To: "2026-02-11"}, 5, 1, 2},
	} {
		r := feed(c.f)
		if r.VerifiedHours != c.hours || r.Volunteers != c.volunteers || r.Consultations != c.consultations {
			t.Errorf("%+v: hours %v volunteers %d consultations %d, want %v %d %d",
				c.f, r.VerifiedHours, r.Volunteers, r.Consultations, c.hours, c.volunteers, c.consultations)
		}
	}
}

// TestMonthsGapsAndBound: months run from the first to the last with hours,
// empty ones shown; a date decades away does not make thousands of months.
func TestMonthsGapsAndBound(t *testing.T) {
	b := NewBuilder(Filter{}, time.UTC)
	b.Hours(HoursFact{PersonID: "p", Date: "2025-11-30", Hours: 1, Status: "verified"})
	b.Hours(HoursFact{PersonID: "p", Date: "2026-02-01", Hours: 2, Status: "verified"})
	b.Hours(HoursFact{PersonID: "q", Date: "2026-02-03", Hours: 0.5, Status: "verified"})
	got := b.Report().Months
	want := []Month{{"2025-11", 1, 1}, {"2025-12", 0, 0}, {"2026-01", 0, 0}, {"2026-02", 2, 2.5}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("months = %v, want %v", got, want)
	}
	b.Hours(HoursFact{PersonID: "p", Date: "1926-02-01", Hours: 1, Status: "verified"})
	if n := len(b.Report().Months); n != maxMonths {
		t.Errorf("%d months, want the bound %d", n, maxMonths)
	}
}

// TestSectionsAndJSONAgree: the CSV's long form and the JSON object carry
// the same figures under the contract's names.
func TestSectionsAndJSONAgree(t *testing.T) {
	b := NewBuilder(Filter{Region: "abai"}, time.UTC)
	b.Person(PersonFact{ID: "p", Origin: "A", Created: noon, Region: "abai"})
	b.Idea(IdeaFact{ID: "i", Created: noon, Direction: "saulyq", Region: "abai", Status: "funded", SDGs: []model.SDG{3},
		Reach: []model.Reach{{Group: "elderly", Planned: 40, Reached: 12}}})
	b.Hours(HoursFact{Origin: "B", PersonID: "p", IdeaID: "i", Date: "2026-02-11", Hours: 2.5, Status: "verified"})
	r := b.Report()
	if len(r.ByOffice) != 3 {
		t.Fatalf("by office: %+v", r.ByOffice)
	}
	data, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var j map[string]any
	if err := json.Unmarshal(data, &j); err != nil {
		t.Fatal(err)
	}
	names := map[string]string{SectionDirection: "ideas_by_direction", SectionRegion: "ideas_by_region",
		SectionStatus: "ideas_by_status", SectionSDG: "ideas_by_sdg", SectionService: "consultations_by_service", SectionFunnel: "funnel",
		SectionAnonAgeBand: SectionAnonAgeBand, SectionAnonService: SectionAnonService, SectionAnonOutcome: SectionAnonOutcome}
	for _, s := range r.Sections() {
		for _, l := range s.Lines {
			var got any
			switch {
			case s.Name == SectionTotals:
				got = j[l.Code]
			case s.Name == SectionReachPlanned:
				got = j["reach_by_target_group"].(map[string]any)[l.Code].(map[string]any)["planned"]
			case s.Name == SectionReachReached:
				got = j["reach_by_target_group"].(map[string]any)[l.Code].(map[string]any)["reached"]
			case OfficeSection(s.Name):
				for _, o := range j["by_office"].([]any) {
					if o := o.(map[string]any); o["office_id"] == l.Code {
						got = o[strings.TrimPrefix(s.Name, "office_")]
					}
				}
			case s.Name == SectionMonthHours || s.Name == SectionMonthVolunteers:
				m := j["hours_by_month"].([]any)[0].(map[string]any)
				got = m["verified_hours"]
				if s.Name == SectionMonthVolunteers {
					got = m["volunteers"]
				}
			default:
				got = j[names[s.Name]].(map[string]any)[l.Code]
			}
			if got != l.Value {
				t.Errorf("%s/%s = %v in CSV, %v in JSON", s.Name, l.Code, l.Value, got)
			}
		}
	}
	if f := j["filter"].(map[string]any); f["region"] != "abai" || len(f) != 1 {
		t.Errorf("filter = %v", f)
	}
}

// twoOffices feeds the records of two offices, A and B (and one record that
// names no office), to a builder with filter f.
func twoOffices(f Filter) Report {
	b := NewBuilder(f, time.UTC)
	b.Person(PersonFact{ID: "pa1", Origin: "A", Created: noon, Region: "abai"})
	b.Person(PersonFact{ID: "pa2", Origin: "A", Created: noon, Region: "astana"})
	b.Person(PersonFact{ID: "pb1", Origin: "B", Created: noon, Region: "abai"})
	b.Person(PersonFact{ID: "px", Created: noon, Region: "abai"}) // no origin: a row of its own
	b.Idea(IdeaFact{ID: "ia", Origin: "A", Created: noon, Direction: "bilim", Region: "abai", Status: "draft"})
	b.Idea(IdeaFact{ID: "ib", Origin: "B", Created: noon, Direction: "bilim", Region: "astana", Status: "funded"})
	// A consultation at B about A's idea counts for B: it was made there.
	b.Consultation(ConsultationFact{Origin: "B", PersonID: "pa1", IdeaID: "ia", Date: "2026-02-11", Services: []model.Service{"methodology"}})
	b.Consultation(ConsultationFact{Origin: "A", PersonID: "pa1", Date: "2026-02-11", Services: []model.Service{"funds_use"}})
	b.Consultation(ConsultationFact{Origin: "A", PersonID: "pa2", Date: "2026-02-11", Superseded: true})
	b.Hours(HoursFact{Origin: "A", PersonID: "pa1", Date: "2026-02-11", Hours: 2, Status: "verified"})
	b.Hours(HoursFact{Origin: "A", PersonID: "pa1", Date: "2026-02-12", Hours: 1.5, Status: "verified"})
	b.Hours(HoursFact{Origin: "A", PersonID: "pa2", Date: "2026-02-12", Hours: 7, Status: "pending"})
	b.Hours(HoursFact{Origin: "B", PersonID: "pb1", IdeaID: "ib", Date: "2026-02-12", Hours: 4, Status: "verified"})
	b.Hours(HoursFact{Origin: "B", PersonID: "pa1", Date: "2026-02-12", Hours: 3, Status: "verified"})
	return b.Report()
}

// TestOfficeFilter: a record counts for the office that made its current
// revision; the totals of an office's report are its row of the breakdown.
func TestOfficeFilter(t *testing.T) {
	for _, c := range []struct {
		office                        string
		people, ideas, consults, vols int
		hours, pending                float64
	}{
		{"", 4, 2, 2, 2, 10.5, 7},
		{"A", 2, 1, 1, 1, 3.5, 7},
		{"B", 1, 1, 1, 2, 7, 0},
		{"C", 0, 0, 0, 0, 0, 0}, // an office with no records here
	} {
		r := twoOffices(Filter{Office: c.office})
		if r.People != c.people || r.Ideas != c.ideas || r.Consultations != c.consults || r.Volunteers != c.vols ||
			r.VerifiedHours != c.hours || r.PendingHours != c.pending {
			t.Errorf("office %q: people %d ideas %d consultations %d volunteers %d hours %v pending %v, want %d %d %d %d %v %v",
				c.office, r.People, r.Ideas, r.Consultations, r.Volunteers, r.VerifiedHours, r.PendingHours,
				c.people, c.ideas, c.consults, c.vols, c.hours, c.pending)
		}
		if c.office == "B" && (count(r.ByStatus, "funded") != 1 || count(r.ByStatus, "draft") != 0 ||
			count(r.ByService, "methodology") != 1 || count(r.ByService, "funds_use") != 0) {
			t.Errorf("office B: statuses %v, services %v", r.ByStatus, r.ByService)
		}
	}
}

// TestOfficeBreakdown: one row per office present in the records that pass
// the other filters, in id order, whatever office the report is narrowed to;
// the rows add up to the whole report.
func TestOfficeBreakdown(t *testing.T) {
	want := []OfficeRow{
		{Office: "", People: 1},
		{Office: "A", People: 2, Ideas: 1, Consultations: 1, Volunteers: 1, VerifiedHours: 3.5},
		{Office: "B", People: 1, Ideas: 1, Consultations: 1, Volunteers: 2, VerifiedHours: 7},
	}
	for _, office := range []string{"", "A", "B", "C"} {
		if got := twoOffices(Filter{Office: office}).ByOffice; !reflect.DeepEqual(got, want) {
			t.Errorf("office %q: breakdown\n%+v, want\n%+v", office, got, want)
		}
	}
	all := twoOffices(Filter{})
	var people, ideas, consults int
	var hours float64
	for _, o := range all.ByOffice {
		people, ideas, consults, hours = people+o.People, ideas+o.Ideas, consults+o.Consultations, hours+o.VerifiedHours
	}
	if people != all.People || ideas != all.Ideas || consults != all.Consultations || hours != all.VerifiedHours {
		t.Errorf("rows add up to %d %d %d %v, report %d %d %d %v", people, ideas, consults, hours,
			all.People, all.Ideas, all.Consultations, all.VerifiedHours)
	}
	// The other filters narrow the breakdown: in astana A has one person
	// and B one idea and its hours.
	got := twoOffices(Filter{Region: "astana", Office: "A"}).ByOffice
	want = []OfficeRow{
		{Office: "A", People: 1},
		{Office: "B", Ideas: 1, Volunteers: 1, VerifiedHours: 4},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("astana: breakdown\n%+v, want\n%+v", got, want)
	}
	if r := NewBuilder(Filter{}, time.UTC).Report(); len(r.ByOffice) != 0 {
		t.Errorf("empty report: breakdown %+v", r.ByOffice)
	}
}

// TestOfficeJSON: the breakdown is "by_office" in the JSON object, the
// office filter is echoed, and the contract's fields are all still there.
func TestOfficeJSON(t *testing.T) {
	r := twoOffices(Filter{Office: "B", OfficeName: "Desk B"})
	r.ByOffice[2].Name, r.ByOffice[2].Here = "Desk B", true
	data, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var j map[string]any
	if err := json.Unmarshal(data, &j); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"people", "ideas", "ideas_by_direction", "ideas_by_region", "ideas_by_status", "consultations_by_service", "verified_hours"} {
		if _, ok := j[k]; !ok {
			t.Errorf("no %q in %s", k, data)
		}
	}
	if f := j["filter"].(map[string]any); f["office"] != "B" || f["office_name"] != "Desk B" {
		t.Errorf("filter = %v", f)
	}
	rows := j["by_office"].([]any)
	b := rows[2].(map[string]any)
	wantB := map[string]any{"office_id": "B", "office_name": "Desk B", "this_office": true, "people": 1.0, "ideas": 1.0,
		"consultations": 1.0, "volunteers": 2.0, "verified_hours": 7.0}
	if len(rows) != 3 || !reflect.DeepEqual(b, wantB) {
		t.Errorf("by_office = %v", rows)
	}
	if _, ok := rows[1].(map[string]any)["this_office"]; ok {
		t.Errorf("another office marked as this one: %v", rows[1])
	}
	empty, _ := json.Marshal(NewBuilder(Filter{}, time.UTC).Report())
	if !strings.Contains(string(empty), `"by_office":[]`) {
		t.Errorf("empty report: %s", empty)
	}
}

// TestFindOffice: an id in any case, else a name without regard to case or
// spaces; two offices of one name are ambiguous.
func TestFindOffice(t *testing.T) {
	offices := []Office{
		{ID: "0190aaaa-0000-7000-8000-000000000001", Name: "Қарағанды  БҚ", Here: true},
		{ID: "0190aaaa-0000-7000-8000-000000000002", Name: "Astana desk"},
		{ID: "0190aaaa-0000-7000-8000-000000000003", Name: "Twin"},
		{ID: "0190aaaa-0000-7000-8000-000000000004", Name: "twin"},
		{ID: "0190aaaa-0000-7000-8000-000000000005", Name: ""},
	}
	for _, c := range []struct {
		s    string
		want []int
	}{
		{"0190AAAA-0000-7000-8000-000000000002", []int{1}},
		{" 0190aaaa-0000-7000-8000-000000000005 ", []int{4}},
		{"  astana   DESK ", []int{1}},
		{"қарағанды бқ", []int{0}},
		{"ҚАРАҒАНДЫ БҚ", []int{0}},
		{"TWIN", []int{2, 3}},
		{"Almaty", nil},
		{"  ", nil},
		{"0190aaaa", nil}, // no prefixes: an id is whole
	} {
		got := FindOffice(offices, c.s)
		var idx []int
		for _, o := range got {
			idx = append(idx, slices.IndexFunc(offices, func(x Office) bool { return x.ID == o.ID }))
		}
		if !reflect.DeepEqual(idx, c.want) {
			t.Errorf("FindOffice(%q) = %v, want %v", c.s, idx, c.want)
		}
	}
}
