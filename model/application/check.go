package application

import (
	"strconv"
	"strings"
	"time"

	"frontoffice/model"
)

// Problem is one thing that keeps an application from being ready. Key is
// a translation key (ui/i18n/application.go), filled in with Args; Where
// says where to fix it: "summary", "dates", "budget", "team",
// "target_groups", "applicant", "logframe.goal", "logframe.objectives",
// "logframe.objective.2" (1-based), "logframe.activities",
// "logframe.results", "logframe.indicators", "logframe.risks", or
// "application.<section>" for the texts only the application has.
type Problem struct {
	Key   string
	Args  []any
	Where string
}

// The problems' keys.
const (
	KeyOverLimit      = "app.problem.over_limit"             // grant, limit
	KeyCofundingShort = "app.problem.cofunding_short"        // co-funding, needed, percent
	KeyCofundingOver  = "app.problem.cofunding_over"         // co-funding, funds available
	KeyGrantMismatch  = "app.problem.grant_mismatch"         // grant lines, requested
	KeyNoIndicator    = "app.problem.objective_no_indicator" // objective number
	KeyTeamSmall      = "app.problem.team_small"             // members, needed
	KeyAgeOutOfRange  = "app.problem.age_out_of_range"       // name, age, min, max
	KeyNoDates        = "app.problem.no_dates"               // (none)
	KeyTooLong        = "app.problem.too_long"               // months, max months
	KeyTooShort       = "app.problem.too_short"              // months, min months
	KeyEmptySummary   = "app.problem.empty_summary"
	KeyEmptyGoal      = "app.problem.empty_goal"
	KeyNoObjectives   = "app.problem.no_objectives"
	KeyNoActivities   = "app.problem.no_activities"
	KeyNoResults      = "app.problem.no_results"
	KeyNoIndicators   = "app.problem.no_indicators"
	KeyNoBudget       = "app.problem.no_budget"
	KeyNoTeam         = "app.problem.no_team"
	KeyNoTargetGroups = "app.problem.no_target_groups"
	KeyNoRisks        = "app.problem.no_risks"
	KeyEmptySection   = "app.problem.empty_section" // section id (translate with SectionID.Title)
	// What a reviewer asks of every application, whatever the programme.
	KeyNoAmount        = "app.problem.no_amount"         // (none): the grant asked for is 0
	KeyNoApplicant     = "app.problem.no_applicant"      // (none)
	KeyActivityNoDate  = "app.problem.activity_no_date"  // activity number
	KeyActivityNoOwner = "app.problem.activity_no_owner" // activity number
	KeyReachNotPlanned = "app.problem.reach_not_planned" // target group (model.TargetGroup)
	KeyTeamUnnamed     = "app.problem.team_unnamed"      // member number
)

// Keys lists every problem key, so a test can check each is translated.
func Keys() []string {
	return []string{KeyOverLimit, KeyCofundingShort, KeyCofundingOver, KeyGrantMismatch, KeyNoIndicator,
		KeyTeamSmall, KeyAgeOutOfRange, KeyNoDates, KeyTooLong, KeyTooShort, KeyEmptySummary, KeyEmptyGoal,
		KeyNoObjectives, KeyNoActivities, KeyNoResults, KeyNoIndicators, KeyNoBudget, KeyNoTeam,
		KeyNoTargetGroups, KeyNoRisks, KeyEmptySection, KeyNoAmount, KeyNoApplicant, KeyActivityNoDate,
		KeyActivityNoOwner, KeyReachNotPlanned, KeyTeamUnnamed}
}

// People finds a registered person by id; nil when there is none.
type People func(id string) *model.Person

// Texts are the sections only an application has (sustainability,
// partners, monitoring), by section; nil means the idea's own (TextsOf).
type Texts map[SectionID]string

// TextsOf are the idea's own application texts, by section.
func TextsOf(i *model.Idea) Texts {
	return Texts{SecSustainability: i.Sustainability, SecPartners: i.Partners, SecMonitoring: i.MonitoringPlan}
}

// Check lists what keeps the idea's application to t from being ready, as
// of now. people may be nil (ages are then not checked).
func Check(i *model.Idea, people People, t Template, texts Texts, now time.Time) []Problem {
	ps, _ := Evaluate(i, people, t, texts, now)
	return ps
}

// Evaluate is Check that also counts the checks it made, for Readiness.
func Evaluate(i *model.Idea, people People, t Template, texts Texts, now time.Time) (problems []Problem, total int) {
	if texts == nil {
		texts = TextsOf(i)
	}
	c := &checker{}
	c.budget(i, t)
	c.reviewer(i, t)
	for _, s := range t.Sections {
		if s.Required {
			c.section(i, s.ID, texts)
		}
	}
	if t.Rules.IndicatorPerObjective {
		c.indicators(&i.Logframe)
	}
	if t.Rules.MinTeam > 0 {
		c.check(teamSize(i) >= t.Rules.MinTeam, Problem{Key: KeyTeamSmall, Args: []any{teamSize(i), t.Rules.MinTeam}, Where: "team"})
	}
	if people != nil && (t.Rules.MinAge > 0 || t.Rules.MaxAge > 0) {
		c.ages(i, people, t.Rules, now)
	}
	if t.Rules.MinMonths > 0 || t.Rules.MaxMonths > 0 {
		c.duration(i, t.Rules)
	}
	return c.problems, c.total
}

// Assess is the one readiness every screen and command shows: the problems
// of the idea's application to the programme code (the idea's own when
// empty) and the share of checks passed, in percent. people should find the
// applicant and the registered team members, so the card, the list, the
// application screen and `application --check` count the same checks.
// It assesses against the office's rules o (the zero Office: the shipped
// templates and the budget law's MCI).
func (o Office) Assess(i *model.Idea, people People, code string, now time.Time) (problems []Problem, pct int) {
	if code == "" {
		code = i.Programme
	}
	ps, total := Evaluate(i, people, o.TemplateFor(code), nil, now)
	return ps, Readiness(ps, total)
}

// Readiness is the share of checks passed, in percent: 100 only when
// nothing is wrong.
func Readiness(problems []Problem, total int) int {
	if len(problems) == 0 {
		return 100
	}
	if total <= len(problems) {
		return 0
	}
	return min(99, (total-len(problems))*100/total)
}

type checker struct {
	problems []Problem
	total    int
}

// check counts one check and keeps p when ok is false.
func (c *checker) check(ok bool, p Problem) {
	c.total++
	if !ok {
		c.problems = append(c.problems, p)
	}
}

// budget runs the budget editor's checks (model.Check) as problems.
func (c *checker) budget(i *model.Idea, t Template) {
	ws := model.Check(i, t.Programme)
	found := map[model.WarningCode]model.Warning{}
	for _, w := range ws {
		found[w.Code] = w
	}
	for _, code := range model.WarningCodes() {
		switch {
		case code == model.WarnOverLimit && t.Limit() == 0,
			code == model.WarnCofundingShort && t.MinCofundingPct == 0:
			continue // no such rule
		}
		w, bad := found[code]
		p := Problem{Where: "budget"}
		switch code {
		case model.WarnOverLimit:
			p.Key, p.Args = KeyOverLimit, []any{w.Amount, w.Limit}
		case model.WarnCofundingShort:
			p.Key, p.Args = KeyCofundingShort, []any{w.Amount, w.Limit, w.Pct}
		case model.WarnCofundingOverFunds:
			p.Key, p.Args = KeyCofundingOver, []any{w.Amount, w.Limit}
		case model.WarnGrantMismatch:
			p.Key, p.Args = KeyGrantMismatch, []any{w.Amount, w.Limit}
		default:
			continue
		}
		c.check(!bad, p)
	}
}

// reviewer asks what a grant reviewer asks of any application: a grant
// asked for, someone applying, project dates, every activity dated with
// someone responsible, every target group with its planned reach, and a
// team whose members are named.
func (c *checker) reviewer(i *model.Idea, t Template) {
	c.check(model.Requested(i, model.BudgetTotals(i.Budget)) > 0, Problem{Key: KeyNoAmount, Where: "budget"})
	c.check(i.ApplicantID != "" || strings.TrimSpace(i.ApplicantName) != "", Problem{Key: KeyNoApplicant, Where: "applicant"})
	if t.Rules.MinMonths == 0 && t.Rules.MaxMonths == 0 { // else duration checks them
		c.check(i.StartDate.Valid() && i.EndDate.Valid(), Problem{Key: KeyNoDates, Where: "dates"})
	}
	for n, a := range i.Logframe.Activities {
		c.check(a.Start.Valid() && a.End.Valid(), Problem{Key: KeyActivityNoDate, Args: []any{n + 1}, Where: "logframe.activities"})
		c.check(strings.TrimSpace(a.Responsible) != "", Problem{Key: KeyActivityNoOwner, Args: []any{n + 1}, Where: "logframe.activities"})
	}
	for _, r := range i.TargetGroups {
		c.check(r.Planned > 0, Problem{Key: KeyReachNotPlanned, Args: []any{r.Group}, Where: "target_groups"})
	}
	for n, m := range i.Team {
		c.check(strings.TrimSpace(m.Name) != "", Problem{Key: KeyTeamUnnamed, Args: []any{n + 1}, Where: "team"})
	}
}

// section checks that a required section has something in it.
func (c *checker) section(i *model.Idea, id SectionID, texts Texts) {
	l := &i.Logframe
	switch id {
	case SecSummary:
		c.check(i.Summary != "", Problem{Key: KeyEmptySummary, Where: "summary"})
	case SecGoal:
		c.check(l.Goal != "", Problem{Key: KeyEmptyGoal, Where: "logframe.goal"})
		c.check(len(l.Objectives) > 0, Problem{Key: KeyNoObjectives, Where: "logframe.objectives"})
	case SecActivities:
		c.check(len(l.Activities) > 0, Problem{Key: KeyNoActivities, Where: "logframe.activities"})
	case SecResults:
		c.check(len(l.Results) > 0, Problem{Key: KeyNoResults, Where: "logframe.results"})
		c.check(len(l.Indicators) > 0, Problem{Key: KeyNoIndicators, Where: "logframe.indicators"})
	case SecBudget:
		c.check(len(i.Budget) > 0, Problem{Key: KeyNoBudget, Where: "budget"})
	case SecTeam:
		c.check(len(i.Team) > 0, Problem{Key: KeyNoTeam, Where: "team"})
	case SecTargetGroups:
		c.check(len(i.TargetGroups) > 0, Problem{Key: KeyNoTargetGroups, Where: "target_groups"})
	case SecRisks:
		c.check(len(l.Risks) > 0, Problem{Key: KeyNoRisks, Where: "logframe.risks"})
	default:
		c.check(texts[id] != "", Problem{Key: KeyEmptySection, Args: []any{id}, Where: "application." + string(id)})
	}
}

// indicators asks for an indicator on every objective.
func (c *checker) indicators(l *model.Logframe) {
	has := map[int]bool{}
	for _, in := range l.Indicators {
		has[in.Objective] = true
	}
	for n := 1; n <= len(l.Objectives); n++ {
		c.check(has[n], Problem{Key: KeyNoIndicator, Args: []any{n}, Where: "logframe.objective." + strconv.Itoa(n)})
	}
}

// teamSize counts the team, with the applicant when they are not in it.
func teamSize(i *model.Idea) int {
	n := len(i.Team)
	if i.ApplicantID == "" && i.ApplicantName == "" {
		return n
	}
	for _, m := range i.Team {
		if (i.ApplicantID != "" && m.PersonID == i.ApplicantID) || (i.ApplicantName != "" && m.Name == i.ApplicantName) {
			return n
		}
	}
	return n + 1
}

// ages checks the applicant's and registered team members' ages; a person
// whose age is unknown is not counted.
func (c *checker) ages(i *model.Idea, people People, r Rules, now time.Time) {
	ids := []string{}
	where := map[string]string{}
	if i.ApplicantID != "" {
		ids, where[i.ApplicantID] = append(ids, i.ApplicantID), "applicant"
	}
	for _, m := range i.Team {
		if _, seen := where[m.PersonID]; m.PersonID != "" && !seen {
			ids, where[m.PersonID] = append(ids, m.PersonID), "team"
		}
	}
	for _, id := range ids {
		p := people(id)
		if p == nil {
			continue
		}
		age, ok := Age(p, now)
		if !ok {
			continue
		}
		ok = (r.MinAge == 0 || age >= r.MinAge) && (r.MaxAge == 0 || age <= r.MaxAge)
		c.check(ok, Problem{Key: KeyAgeOutOfRange, Args: []any{p.FullName, age, r.MinAge, r.MaxAge}, Where: where[id]})
	}
}

// Age is the person's age on now, from the IIN's birth date, else the
// birth year (then the age they reach this year); false when unknown.
func Age(p *model.Person, now time.Time) (int, bool) {
	if born, ok := model.IINBirthDate(p.IIN); ok {
		age := now.Year() - born.Year()
		if now.Month() < born.Month() || (now.Month() == born.Month() && now.Day() < born.Day()) {
			age--
		}
		return age, true
	}
	if p.BirthYear > 0 {
		return now.Year() - p.BirthYear, true
	}
	return 0, false
}

// duration checks the planned dates against the programme's months.
func (c *checker) duration(i *model.Idea, r Rules) {
	if !i.StartDate.Valid() || !i.EndDate.Valid() {
		c.check(false, Problem{Key: KeyNoDates, Where: "dates"})
		return
	}
	m := Months(i.StartDate, i.EndDate)
	if r.MaxMonths > 0 {
		c.check(!i.EndDate.Time().After(i.StartDate.Time().AddDate(0, r.MaxMonths, 0)),
			Problem{Key: KeyTooLong, Args: []any{m, r.MaxMonths}, Where: "dates"})
	}
	if r.MinMonths > 0 {
		c.check(!i.EndDate.Time().Before(i.StartDate.Time().AddDate(0, r.MinMonths, 0).AddDate(0, 0, -1)),
			Problem{Key: KeyTooShort, Args: []any{m, r.MinMonths}, Where: "dates"})
	}
}

// Months is how many months a project from start to end takes, rounded
// up: 1 March to 31 August is 6, to 2 September 7.
func Months(start, end model.Date) int {
	s, e := start.Time(), end.Time()
	m := 0
	for s.AddDate(0, m, 0).Before(e) && m < 1200 {
		m++
	}
	return m
}
