package report

import (
	"encoding/json"
	"reflect"
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
	b.Person(PersonFact{ID: "p", Created: noon, Region: "abai"})
	b.Idea(IdeaFact{ID: "i", Created: noon, Direction: "saulyq", Region: "abai", Status: "funded", SDGs: []model.SDG{3},
		Reach: []model.Reach{{Group: "elderly", Planned: 40, Reached: 12}}})
	b.Hours(HoursFact{PersonID: "p", IdeaID: "i", Date: "2026-02-11", Hours: 2.5, Status: "verified"})
	r := b.Report()
	data, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var j map[string]any
	if err := json.Unmarshal(data, &j); err != nil {
		t.Fatal(err)
	}
	names := map[string]string{SectionDirection: "ideas_by_direction", SectionRegion: "ideas_by_region",
		SectionStatus: "ideas_by_status", SectionSDG: "ideas_by_sdg", SectionService: "consultations_by_service", SectionFunnel: "funnel"}
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
