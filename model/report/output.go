package report

import (
	"encoding/json"
	"strconv"

	"frontoffice/model"
)

// The sections of a report, as named in the CSV export and the JSON object.
const (
	SectionTotals          = "totals"
	SectionDirection       = "ideas_by_direction"
	SectionRegion          = "ideas_by_region"
	SectionStatus          = "ideas_by_status"
	SectionSDG             = "ideas_by_sdg"
	SectionReachPlanned    = "reach_planned"
	SectionReachReached    = "reach_reached"
	SectionService         = "consultations_by_service"
	SectionMonthVolunteers = "volunteers_by_month"
	SectionMonthHours      = "verified_hours_by_month"
	SectionFunnel          = "funnel"

	// The per-office breakdown, one section per figure; each line's code
	// is an office id.
	SectionOfficePeople        = "office_people"
	SectionOfficeIdeas         = "office_ideas"
	SectionOfficeConsultations = "office_consultations"
	SectionOfficeVolunteers    = "office_volunteers"
	SectionOfficeHours         = "office_verified_hours"

	// Anonymous visits at the desk (issue 20), after everything else.
	SectionAnonAgeBand = "anonymous_visits_by_age_band"
	SectionAnonService = "anonymous_visits_by_service"
	SectionAnonOutcome = "anonymous_visits_by_outcome"
)

// OfficeSection is true for the sections of the per-office breakdown, whose
// codes are office ids (labelled by the office's name, not by Label).
func OfficeSection(name string) bool {
	switch name {
	case SectionOfficePeople, SectionOfficeIdeas, SectionOfficeConsultations, SectionOfficeVolunteers, SectionOfficeHours:
		return true
	}
	return false
}

// The codes of the totals section.
const (
	TotalPeople        = "people"
	TotalIdeas         = "ideas"
	TotalConsultations = "consultations"
	TotalVolunteers    = "volunteers"
	TotalVerifiedHours = "verified_hours"
	TotalPendingHours  = "pending_hours"
	TotalVisits        = "visits"
	TotalAnonVisits    = "anonymous_visits"
)

// Line is one figure of a section: a code and its value.
type Line struct {
	Code  string
	Value float64
}

// Section is one named list of figures.
type Section struct {
	Name  string
	Lines []Line
}

// Sections lists every figure of the report in a fixed order: the long form
// the CSV export writes (section, code, label, value) and the text output
// draws as bars.
func (r Report) Sections() []Section {
	out := []Section{{Name: SectionTotals, Lines: []Line{
		{TotalPeople, float64(r.People)},
		{TotalIdeas, float64(r.Ideas)},
		{TotalConsultations, float64(r.Consultations)},
		{TotalVolunteers, float64(r.Volunteers)},
		{TotalVerifiedHours, r.VerifiedHours},
		{TotalPendingHours, r.PendingHours},
		{TotalVisits, float64(r.Visits)},
		{TotalAnonVisits, float64(r.AnonymousVisits)},
	}}}
	add := func(name string, rs []Row) {
		s := Section{Name: name}
		for _, x := range rs {
			s.Lines = append(s.Lines, Line{x.Code, float64(x.Count)})
		}
		out = append(out, s)
	}
	add(SectionDirection, r.ByDirection)
	add(SectionRegion, r.ByRegion)
	add(SectionStatus, r.ByStatus)
	add(SectionSDG, r.BySDG)
	planned, reached := Section{Name: SectionReachPlanned}, Section{Name: SectionReachReached}
	for _, x := range r.Reach {
		planned.Lines = append(planned.Lines, Line{string(x.Group), float64(x.Planned)})
		reached.Lines = append(reached.Lines, Line{string(x.Group), float64(x.Reached)})
	}
	out = append(out, planned, reached)
	add(SectionService, r.ByService)
	vols, hours := Section{Name: SectionMonthVolunteers}, Section{Name: SectionMonthHours}
	for _, m := range r.Months {
		vols.Lines = append(vols.Lines, Line{m.Month, float64(m.Volunteers)})
		hours.Lines = append(hours.Lines, Line{m.Month, m.VerifiedHours})
	}
	out = append(out, vols, hours)
	add(SectionFunnel, r.Funnel)
	for _, sec := range []struct {
		name  string
		value func(OfficeRow) float64
	}{
		{SectionOfficePeople, func(o OfficeRow) float64 { return float64(o.People) }},
		{SectionOfficeIdeas, func(o OfficeRow) float64 { return float64(o.Ideas) }},
		{SectionOfficeConsultations, func(o OfficeRow) float64 { return float64(o.Consultations) }},
		{SectionOfficeVolunteers, func(o OfficeRow) float64 { return float64(o.Volunteers) }},
		{SectionOfficeHours, func(o OfficeRow) float64 { return o.VerifiedHours }},
	} {
		s := Section{Name: sec.name}
		for _, o := range r.ByOffice {
			s.Lines = append(s.Lines, Line{o.Office, sec.value(o)})
		}
		out = append(out, s)
	}
	add(SectionAnonAgeBand, r.AnonymousByAgeBand)
	add(SectionAnonService, r.AnonymousByService)
	add(SectionAnonOutcome, r.AnonymousByOutcome)
	return out
}

// FormatValue writes a figure as the exports do: whole numbers without a
// decimal point, half hours with one digit ("21.5").
func FormatValue(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// jsonReport is the JSON object of DESIGN.md §4: `people`, `ideas`, and each
// `ideas_by_*` an object from code to count with every known code (zeros
// included), then the rest of the figures.
type jsonReport struct {
	Filter                 Filter               `json:"filter"`
	People                 int                  `json:"people"`
	Ideas                  int                  `json:"ideas"`
	IdeasByDirection       map[string]int       `json:"ideas_by_direction"`
	IdeasByRegion          map[string]int       `json:"ideas_by_region"`
	IdeasByStatus          map[string]int       `json:"ideas_by_status"`
	IdeasBySDG             map[string]int       `json:"ideas_by_sdg"`
	ReachByTargetGroup     map[string]jsonReach `json:"reach_by_target_group"`
	Consultations          int                  `json:"consultations"`
	ConsultationsByService map[string]int       `json:"consultations_by_service"`
	VerifiedHours          float64              `json:"verified_hours"`
	PendingHours           float64              `json:"pending_hours"`
	Volunteers             int                  `json:"volunteers"`
	HoursByMonth           []jsonMonth          `json:"hours_by_month"`
	Funnel                 map[string]int       `json:"funnel"`
	ByOffice               []jsonOffice         `json:"by_office"`
	Visits                 int                  `json:"visits"`
	AnonymousVisits        int                  `json:"anonymous_visits"`
	AnonymousByAgeBand     map[string]int       `json:"anonymous_visits_by_age_band"`
	AnonymousByService     map[string]int       `json:"anonymous_visits_by_service"`
	AnonymousByOutcome     map[string]int       `json:"anonymous_visits_by_outcome"`
}

// jsonOffice is one row of the per-office breakdown.
type jsonOffice struct {
	OfficeID      string  `json:"office_id"`
	OfficeName    string  `json:"office_name"`
	ThisOffice    bool    `json:"this_office,omitempty"`
	People        int     `json:"people"`
	Ideas         int     `json:"ideas"`
	Consultations int     `json:"consultations"`
	Volunteers    int     `json:"volunteers"`
	VerifiedHours float64 `json:"verified_hours"`
}

type jsonReach struct {
	Planned int `json:"planned"`
	Reached int `json:"reached"`
}

type jsonMonth struct {
	Month         string  `json:"month"`
	Volunteers    int     `json:"volunteers"`
	VerifiedHours float64 `json:"verified_hours"`
}

func countMap(rs []Row) map[string]int {
	m := make(map[string]int, len(rs))
	for _, r := range rs {
		m[r.Code] = r.Count
	}
	return m
}

// MarshalJSON writes the report as the contract's JSON object.
func (r Report) MarshalJSON() ([]byte, error) {
	j := jsonReport{
		Filter: r.Filter, People: r.People, Ideas: r.Ideas,
		IdeasByDirection: countMap(r.ByDirection), IdeasByRegion: countMap(r.ByRegion),
		IdeasByStatus: countMap(r.ByStatus), IdeasBySDG: countMap(r.BySDG),
		ReachByTargetGroup: map[string]jsonReach{},
		Consultations:      r.Consultations, ConsultationsByService: countMap(r.ByService),
		VerifiedHours: r.VerifiedHours, PendingHours: r.PendingHours, Volunteers: r.Volunteers,
		HoursByMonth: []jsonMonth{}, Funnel: countMap(r.Funnel), ByOffice: []jsonOffice{},
		Visits: r.Visits, AnonymousVisits: r.AnonymousVisits, AnonymousByAgeBand: countMap(r.AnonymousByAgeBand),
		AnonymousByService: countMap(r.AnonymousByService), AnonymousByOutcome: countMap(r.AnonymousByOutcome),
	}
	for _, o := range r.ByOffice {
		j.ByOffice = append(j.ByOffice, jsonOffice{o.Office, o.Name, o.Here, o.People, o.Ideas, o.Consultations, o.Volunteers, o.VerifiedHours})
	}
	for _, x := range r.Reach {
		j.ReachByTargetGroup[string(x.Group)] = jsonReach{x.Planned, x.Reached}
	}
	for _, m := range r.Months {
		j.HoursByMonth = append(j.HoursByMonth, jsonMonth{m.Month, m.Volunteers, m.VerifiedHours})
	}
	return json.Marshal(j)
}

// Label is the name of a section's code in lang: a direction, region,
// status, SDG, target group or service. Totals and months have no label here
// (the caller translates totals; a month is its own label).
func Label(section, code string, lang model.Lang) string {
	switch section {
	case SectionDirection:
		return model.Direction(code).Label(lang)
	case SectionRegion:
		return model.Region(code).Label(lang)
	case SectionStatus, SectionFunnel:
		return model.IdeaStatus(code).Label(lang)
	case SectionSDG:
		n, err := strconv.Atoi(code)
		if err != nil {
			return code
		}
		return code + " " + model.SDG(n).Label(lang)
	case SectionReachPlanned, SectionReachReached:
		return model.TargetGroup(code).Label(lang)
	case SectionService, SectionAnonService:
		return model.Service(code).Label(lang)
	case SectionAnonAgeBand:
		return model.AgeBand(code).Label(lang)
	case SectionAnonOutcome:
		return model.Outcome(code).Label(lang)
	}
	return code
}
