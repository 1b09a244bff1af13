package application

import (
	"slices"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/model/catalogue"
)

var now = time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)

// readyIdea passes every shipped template's checks.
func readyIdea() (*model.Idea, People) {
	i := &model.Idea{
		Title: "Таза аула", Summary: "Ауладағы қоқыс мәселесі", Direction: "taza_alem", Region: "shymkent",
		StartDate: "2026-04-01", EndDate: "2026-09-30", ApplicantID: "p1", BudgetKZT: 900_000,
		FundsAvailable: 1_000_000,
		Team:           []model.TeamMember{{PersonID: "p1", Name: "Айгерім"}, {Name: "Бауыржан"}, {PersonID: "p2", Name: "Дана"}},
		TargetGroups:   []model.Reach{{Group: "youth", Planned: 100}},
		Logframe: model.Logframe{
			Goal:       "Таза аула",
			Objectives: []model.Objective{{Text: "Сенбілік"}, {Text: "Қоқыс жәшіктері"}},
			Activities: []model.Activity{{Text: "Сенбілік өткізу", Objective: 1, Start: "2026-04-04", End: "2026-04-04", Responsible: "Айгерім"}},
			Results:    []string{"10 аула тазарды"},
			Indicators: []model.Indicator{{Name: "аулалар", Target: 10, Objective: 1}, {Name: "жәшіктер", Target: 20, Objective: 2}},
			Risks:      []string{"жаңбыр"},
		},
		Budget: []model.BudgetLine{
			{Item: "Қап", Category: "materials", Quantity: 900, UnitKZT: 1000, Source: "grant"},
			{Item: "Көлік", Category: "transport", Quantity: 1, UnitKZT: 900_000, Source: "cofunding"},
		},
	}
	people := map[string]*model.Person{
		"p1": {FullName: "Айгерім", BirthYear: 2000},
		"p2": {FullName: "Дана", BirthYear: 2004},
	}
	return i, func(id string) *model.Person { return people[id] }
}

func keys(ps []Problem) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Key+"@"+p.Where)
	}
	return out
}

func TestReadyIdeaPassesEveryTemplate(t *testing.T) {
	for _, tpl := range (Office{}).Templates() {
		i, people := readyIdea()
		if tpl.Code == "ngo_state_grant" {
			i.EndDate = "2026-12-31"
		}
		ps, total := Evaluate(i, people, tpl, nil, now)
		if len(ps) != 0 || Readiness(ps, total) != 100 || total < 8 {
			t.Errorf("%s: %v (of %d checks)", tpl.Code, keys(ps), total)
		}
	}
}

func TestTemplateRules(t *testing.T) {
	for _, tc := range []struct {
		code   string
		change func(*model.Idea)
		want   []string // Key@Where
		args   []any    // of the first problem
	}{
		{"youth_small_grant", func(i *model.Idea) { i.Budget[0].Quantity = 1240; i.BudgetKZT = 0 },
			[]string{KeyOverLimit + "@budget"}, []any{model.Tenge(1_240_000), model.Tenge(1_000_000)}},
		{"youth_small_grant", func(i *model.Idea) { i.Team = i.Team[:1] },
			[]string{KeyTeamSmall + "@team"}, []any{1, 3}},
		{"youth_small_grant", func(i *model.Idea) { i.Team = i.Team[1:2] }, // applicant counted, not in the team
			[]string{KeyTeamSmall + "@team"}, []any{2, 3}},
		{"youth_small_grant", func(i *model.Idea) { i.Team[2].PersonID = "old" },
			[]string{KeyAgeOutOfRange + "@team"}, []any{"Ерлан", 46, 18, 35}},
		{"youth_small_grant", func(i *model.Idea) { i.EndDate = "2026-11-30" },
			[]string{KeyTooLong + "@dates"}, []any{8, 6}},
		{"youth_small_grant", func(i *model.Idea) { i.EndDate = "" },
			[]string{KeyNoDates + "@dates"}, nil},
		{"small_grant", func(i *model.Idea) { i.Logframe.Indicators = i.Logframe.Indicators[:1] },
			[]string{KeyNoIndicator + "@logframe.objective.2"}, []any{2}},
		{"small_grant", func(i *model.Idea) { i.Logframe.Goal, i.Logframe.Objectives, i.Logframe.Indicators = "", nil, nil },
			[]string{KeyEmptyGoal + "@logframe.goal", KeyNoObjectives + "@logframe.objectives", KeyNoIndicators + "@logframe.indicators"}, nil},
		{"small_grant", func(i *model.Idea) { i.Budget, i.BudgetKZT = nil, 0 },
			[]string{KeyNoAmount + "@budget", KeyNoBudget + "@budget"}, nil},
		{"small_grant", func(i *model.Idea) { i.Summary, i.Logframe.Activities, i.Logframe.Results = "", nil, nil },
			[]string{KeyEmptySummary + "@summary", KeyNoActivities + "@logframe.activities", KeyNoResults + "@logframe.results"}, nil},
		{"small_grant", func(i *model.Idea) { i.EndDate = "2028-01-01" }, nil, nil}, // no duration rule
		// What a reviewer asks of every programme (issue 20 item 7).
		{"small_grant", func(i *model.Idea) { i.Team = nil },
			[]string{KeyNoTeam + "@team"}, nil},
		{"small_grant", func(i *model.Idea) { i.BudgetKZT = 0; i.Budget[0].Source = "cofunding"; i.FundsAvailable = 5_000_000 },
			[]string{KeyNoAmount + "@budget"}, nil},
		{"small_grant", func(i *model.Idea) { i.ApplicantID = "" },
			[]string{KeyNoApplicant + "@applicant"}, nil},
		{"small_grant", func(i *model.Idea) { i.StartDate = "" },
			[]string{KeyNoDates + "@dates"}, nil},
		{"small_grant", func(i *model.Idea) {
			i.Logframe.Activities = append(i.Logframe.Activities, model.Activity{Text: "Жәшік қою", Start: "2026-05-01", End: "2026-05-02"}, model.Activity{Text: "Есеп", Responsible: "Дана"})
		}, []string{KeyActivityNoOwner + "@logframe.activities", KeyActivityNoDate + "@logframe.activities"}, []any{2}},
		{"small_grant", func(i *model.Idea) { i.TargetGroups = append(i.TargetGroups, model.Reach{Group: "pupils"}) },
			[]string{KeyReachNotPlanned + "@target_groups"}, []any{model.TargetGroup("pupils")}},
		{"small_grant", func(i *model.Idea) { i.Team[1].Name = " " },
			[]string{KeyTeamUnnamed + "@team"}, []any{2}},
		{"eco_small_grant", func(i *model.Idea) { i.Budget[1].UnitKZT = 500_000 },
			[]string{KeyCofundingShort + "@budget"}, []any{model.Tenge(500_000), model.Tenge(900_000), 100}},
		{"eco_small_grant", func(i *model.Idea) { i.TargetGroups = nil },
			[]string{KeyNoTargetGroups + "@target_groups"}, nil},
		{"ngo_state_grant", func(i *model.Idea) { i.EndDate = "2026-05-15" },
			[]string{KeyTooShort + "@dates"}, []any{2, 3}},
		{"ngo_state_grant", func(i *model.Idea) { i.EndDate = "2027-06-01" },
			[]string{KeyTooLong + "@dates"}, []any{14, 12}},
		{"ngo_state_grant", func(i *model.Idea) { i.EndDate = "2026-12-31"; i.Budget[0].UnitKZT = 20_000; i.BudgetKZT = 0 },
			[]string{KeyOverLimit + "@budget"}, []any{model.Tenge(18_000_000), 3000 * model.MCIFor(2026)}},
	} {
		i, people := readyIdea()
		tc.change(i)
		extra := map[string]*model.Person{"old": {FullName: "Ерлан", IIN: "791028302728"}}
		lookup := func(id string) *model.Person {
			if p := extra[id]; p != nil {
				return p
			}
			return people(id)
		}
		ps, total := Evaluate(i, lookup, (Office{}).TemplateFor(tc.code), nil, now)
		if got := keys(ps); !slices.Equal(got, tc.want) {
			t.Errorf("%s: problems %v, want %v", tc.code, got, tc.want)
			continue
		}
		if tc.args != nil && !slices.Equal(ps[0].Args, tc.args) {
			t.Errorf("%s %s: args %v, want %v", tc.code, ps[0].Key, ps[0].Args, tc.args)
		}
		if r := Readiness(ps, total); len(ps) > 0 && (r <= 0 || r >= 100) {
			t.Errorf("%s: readiness %d with %d of %d checks failing", tc.code, r, len(ps), total)
		}
	}
}

func TestTemplates(t *testing.T) {
	for _, tpl := range (Office{}).Templates() {
		if len(tpl.Sections) < 8 {
			t.Errorf("%s: only %d sections", tpl.Code, len(tpl.Sections))
		}
		seen := map[SectionID]bool{}
		for _, s := range tpl.Sections {
			if seen[s.ID] || s.Title.KK == "" || s.Title.RU == "" || s.Title.EN == "" {
				t.Errorf("%s: section %s twice or untitled", tpl.Code, s.ID)
			}
			seen[s.ID] = true
		}
	}
	if (Office{}).TemplateFor("").Code != "small_grant" || (Office{}).TemplateFor("nope").Code != "small_grant" {
		t.Error("unknown programme is not the small grant")
	}
	if y := (Office{}).TemplateFor("youth_small_grant"); y.Limit() != 1_000_000 || y.Rules.MinTeam != 3 || y.Rules.MaxAge != 35 {
		t.Errorf("youth template: %+v", y)
	}
}

func TestReadinessAndMonths(t *testing.T) {
	if Readiness(nil, 0) != 100 || Readiness(make([]Problem, 1), 1) != 0 || Readiness(make([]Problem, 1), 1000) != 99 ||
		Readiness(make([]Problem, 1), 4) != 75 {
		t.Error("readiness")
	}
	for _, tc := range []struct {
		s, e model.Date
		m    int
	}{{"2026-03-01", "2026-08-31", 6}, {"2026-03-01", "2026-09-01", 6}, {"2026-03-01", "2026-09-02", 7}, {"2026-03-01", "2026-03-01", 0}} {
		if got := Months(tc.s, tc.e); got != tc.m {
			t.Errorf("Months(%s, %s) = %d, want %d", tc.s, tc.e, got, tc.m)
		}
	}
}

// TestCatalogueDraftAsReviewed: a draft made from the catalogue for a visitor
// with 200 000 ₸ asks for a grant, and is not ready while its activities
// have no dates or anyone responsible, its target groups no planned reach,
// and it has no team, applicant or dates (issue 20 item 7).
func TestCatalogueDraftAsReviewed(t *testing.T) {
	for _, e := range catalogue.Builtin() {
		d := e.ToIdea(model.RU, now, 200_000)
		ps, pct := (Office{}).Assess(d, nil, "", now)
		got := map[string]bool{}
		for _, p := range ps {
			got[p.Key] = true
		}
		if pct >= 100 || got[KeyNoAmount] || !got[KeyNoTeam] || !got[KeyNoApplicant] || !got[KeyNoDates] ||
			(len(d.Logframe.Activities) > 0 && (!got[KeyActivityNoDate] || !got[KeyActivityNoOwner])) ||
			(len(d.TargetGroups) > 0 && !got[KeyReachNotPlanned]) {
			t.Errorf("%s: %d %%, %v", e.Title.EN, pct, keys(ps))
		}
	}
}

func TestDetectLang(t *testing.T) {
	for _, c := range []struct {
		title, summary string
		want           model.Lang
	}{
		{"Таза аула", "Ауладағы қоқыс мәселесі", model.KK},
		{"Чистый двор", "Субботник во дворе, мешки и перчатки для жителей дома", model.RU},
		{"Субботник в Қарағанды", "Убираем дворы вместе с жителями микрорайона весь сезон", model.RU},
		{"Clean yard", "A clean-up day with the neighbours", model.EN},
		{"Clean yard", "", model.EN},
		{"", "", model.EN},
		{"Таза аула", "A clean-up day with the neighbours of the whole block", model.EN},
		{"Іс", "", model.KK},
	} {
		if got := DetectLang(&model.Idea{Title: c.title, Summary: c.summary}); got != c.want {
			t.Errorf("%q %q: %s, want %s", c.title, c.summary, got, c.want)
		}
	}
}
