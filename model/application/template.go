// Package application turns an idea into a grant application: the
// programmes' templates (their sections in order and their rules) and the
// readiness check that lists what is missing or breaks a rule, each problem
// pointing to where to fix it. Rendering lives in ui/appdoc.
//
// The limits are unverified (DOMAIN.md §8): the shipped templates are
// defaults, and an office copies and edits them in Settings (office.go).
package application

import "frontoffice/model"

// SectionID names a section of an application.
type SectionID string

// The sections an application can have (DOMAIN.md §8).
const (
	SecSummary        SectionID = "summary"        // the idea's summary: the problem and what to do
	SecGoal           SectionID = "goal"           // goal and SMART objectives
	SecActivities     SectionID = "activities"     // activities and timeline
	SecTargetGroups   SectionID = "target_groups"  // who benefits, how many
	SecResults        SectionID = "results"        // expected results and indicators
	SecBudget         SectionID = "budget"         // line-item budget, grant and co-funding
	SecTeam           SectionID = "team"           // who does the work
	SecRisks          SectionID = "risks"          // risks and assumptions
	SecSustainability SectionID = "sustainability" // what stays after the grant
	SecPartners       SectionID = "partners"       // who helps
	SecMonitoring     SectionID = "monitoring"     // how progress is followed
)

// Section is one section of a template. Required sections the readiness
// check insists on; the others are printed when there is something in them.
type Section struct {
	ID       SectionID
	Title    model.Label
	Required bool
}

// SectionIDs lists every section an application can have, in the usual order.
func SectionIDs() []SectionID { return append([]SectionID(nil), commonOrder...) }

// Known reports whether id is one of the sections.
func (id SectionID) Known() bool {
	_, ok := titles[id]
	return ok
}

// Rules are what a programme asks of an application. A zero field means no rule.
type Rules struct {
	MinTeam   int `json:"min_team,omitempty"` // team members, the applicant counted when not in the team
	MinAge    int `json:"min_age,omitempty"`  // applicants' and registered team members' ages, inclusive
	MaxAge    int `json:"max_age,omitempty"`
	MinMonths int `json:"min_months,omitempty"` // project duration from StartDate to EndDate
	MaxMonths int `json:"max_months,omitempty"`
	// IndicatorPerObjective asks for at least one indicator per objective.
	IndicatorPerObjective bool `json:"indicator_per_objective,omitempty"`
}

// Template is a programme's application: its limits (model.Programme:
// amount, MCI, co-funding share), its sections in order, and its rules.
type Template struct {
	model.Programme
	Sections []Section
	Rules    Rules
}

// titles are the sections' names in kk, ru, en.
var titles = map[SectionID]model.Label{
	SecSummary:        {KK: "Жоба туралы қысқаша және мәселе", RU: "Краткое описание и проблема", EN: "Summary and problem"},
	SecGoal:           {KK: "Мақсат пен міндеттер", RU: "Цель и задачи", EN: "Goal and objectives"},
	SecActivities:     {KK: "Іс-шаралар мен кесте", RU: "Мероприятия и сроки", EN: "Activities and timeline"},
	SecTargetGroups:   {KK: "Мақсатты топтар", RU: "Целевые группы", EN: "Target groups"},
	SecResults:        {KK: "Күтілетін нәтижелер мен көрсеткіштер", RU: "Ожидаемые результаты и индикаторы", EN: "Expected results and indicators"},
	SecBudget:         {KK: "Бюджет", RU: "Бюджет", EN: "Budget"},
	SecTeam:           {KK: "Жоба командасы", RU: "Команда проекта", EN: "Project team"},
	SecRisks:          {KK: "Тәуекелдер мен болжамдар", RU: "Риски и допущения", EN: "Risks and assumptions"},
	SecSustainability: {KK: "Жобаның тұрақтылығы", RU: "Устойчивость проекта", EN: "Sustainability"},
	SecPartners:       {KK: "Серіктестер", RU: "Партнёры", EN: "Partners"},
	SecMonitoring:     {KK: "Мониторинг және бағалау", RU: "Мониторинг и оценка", EN: "Monitoring and evaluation"},
}

// Title is the section's name in lang.
func (id SectionID) Title(lang model.Lang) string { return titles[id].In(lang) }

// sections builds a section list: ids in order, required naming those the
// readiness check insists on.
func sections(order []SectionID, required ...SectionID) []Section {
	req := map[SectionID]bool{}
	for _, r := range required {
		req[r] = true
	}
	out := make([]Section, 0, len(order))
	for _, id := range order {
		out = append(out, Section{ID: id, Title: titles[id], Required: req[id]})
	}
	return out
}

// The sections only the application needs (sustainability, partners,
// monitoring) are the idea's Sustainability, Partners and MonitoringPlan,
// written on the application screen; they are printed, not required.
var (
	commonOrder = []SectionID{SecSummary, SecGoal, SecActivities, SecTargetGroups, SecResults,
		SecBudget, SecTeam, SecRisks, SecSustainability, SecPartners, SecMonitoring}
	// A reviewer asks every application who it is for and who does the work.
	commonRequired = []SectionID{SecSummary, SecGoal, SecActivities, SecTargetGroups, SecResults, SecBudget, SecTeam}
)

// Templates are the shipped programmes' templates, in model.Programmes
// order, then the office's own.
func (o Office) Templates() []Template { return append(o.Builtin(), o.ownTemplates()...) }

// Builtin are the shipped programmes' templates, with the office's MCI.
func (o Office) Builtin() []Template {
	var out []Template
	for _, p := range (model.Settings{MCI: o.MCI}).Programmes() {
		if !model.BuiltinProgramme(p.Code) {
			continue
		}
		t := Template{Programme: p, Sections: sections(commonOrder, commonRequired...),
			Rules: Rules{IndicatorPerObjective: true}}
		switch p.Code {
		case "youth_small_grant":
			// "Zhas Project" style: 18–35, a team of at least 3, about 6 months.
			t.Sections = sections(commonOrder, append(commonRequired, SecTargetGroups, SecTeam)...)
			t.Rules.MinTeam, t.Rules.MinAge, t.Rules.MaxAge, t.Rules.MaxMonths = 3, 18, 35, 6
		case "ngo_state_grant":
			// Short-term state grants: 3 months to a year.
			t.Sections = sections([]SectionID{SecSummary, SecGoal, SecTargetGroups, SecActivities, SecResults,
				SecMonitoring, SecBudget, SecTeam, SecPartners, SecRisks, SecSustainability},
				append(commonRequired, SecTargetGroups, SecTeam)...)
			t.Rules.MinTeam, t.Rules.MinMonths, t.Rules.MaxMonths = 1, 3, 12
		case "eco_small_grant":
			// GEF SGP style: co-funding at least equal to the grant (in Programme).
			t.Sections = sections([]SectionID{SecSummary, SecGoal, SecActivities, SecResults, SecTargetGroups,
				SecPartners, SecBudget, SecSustainability, SecTeam, SecRisks, SecMonitoring},
				append(commonRequired, SecTargetGroups)...)
			t.Rules.MaxMonths = 24
		}
		out = append(out, t)
	}
	return out
}

// DefaultCode is the programme used when an idea names none (or an unknown one).
const DefaultCode = "small_grant"

// TemplateFor is the template of the idea's programme, else the small grant's.
func (o Office) TemplateFor(code string) Template {
	ts := o.Templates()
	for _, t := range ts {
		if t.Code == code {
			return t
		}
	}
	for _, t := range ts {
		if t.Code == DefaultCode {
			return t
		}
	}
	return ts[0]
}
