package ideas

import (
	"strings"
	"testing"

	"frontoffice/model"
	"frontoffice/model/catalogue"
	"frontoffice/storage"
	"frontoffice/ui/common"

	tea "github.com/charmbracelet/bubbletea"
)

func right(h *harness) { h.send(tea.KeyMsg{Type: tea.KeyRight}) }

// press sends the keys keyMsg does not know, then the others.
func (h *harness) press(ks ...string) {
	for _, k := range ks {
		switch k {
		case "home":
			h.send(tea.KeyMsg{Type: tea.KeyHome})
		case "end":
			h.send(tea.KeyMsg{Type: tea.KeyEnd})
		default:
			h.keys(k)
		}
	}
}

// openOn opens the card of idea and waits for it to load.
func openOn(t *testing.T, h *harness, idea *model.Idea) {
	t.Helper()
	h.send(common.OpenMsg{Kind: model.KindIdea, ID: idea.ID})
	if h.m.mode != modeCard || h.m.card.idea == nil {
		t.Fatalf("the card did not open:\n%s", h.view())
	}
}

func getIdea(t *testing.T, s *storage.Store, id string) *model.Idea {
	t.Helper()
	i, err := storage.GetAs[*model.Idea](s, model.KindIdea, id)
	if err != nil {
		t.Fatal(err)
	}
	return i
}

// addLine adds a budget line from the lines section: item, category (moves
// right from materials), quantity, unit cost, source (moves right from grant).
func addLine(h *harness, item string, catRight int, qty, unit string, cofunded bool) {
	h.t.Helper()
	h.keys("a")
	h.typeText(item)
	h.keys("enter")
	for range catRight {
		right(h)
	}
	h.keys("enter")
	h.typeText(qty)
	h.keys("enter")
	h.typeText(unit)
	h.keys("enter")
	if cofunded {
		right(h)
	}
	h.keys("enter")
	if h.m.draft == nil || h.m.draft.form != nil {
		h.t.Fatalf("the line form did not close:\n%s", h.view())
	}
}

func TestLogframeAndBudgetByKeys(t *testing.T) {
	s := openStore(t)
	idea := addIdea(t, s, "Таза саябақ", "taza_alem")
	idea.Team = []model.TeamMember{{Name: "Дана"}, {Name: "Асқар"}}
	if err := s.Update(idea); err != nil {
		t.Fatal(err)
	}
	h := newHarness(t, s, model.EN, 100, 30)
	openOn(t, h, idea)

	// The logframe: an objective and an indicator measuring it.
	h.keys("l")
	if h.m.mode != modeDraft || !h.m.Capturing() {
		t.Fatalf("l did not open the logframe editor:\n%s", h.view())
	}
	h.mustContain("Logframe · Таза саябақ", "Objectives (SMART)", "Indicators (0)")
	h.keys("down", "a")
	h.mustContain("Specific", "Measurable", "Achievable", "Relevant", "Time-bound", "Example:")
	h.typeText("Hold 3 clean-ups by May 2026")
	h.keys("enter")
	h.mustContain("1. Hold 3 clean-ups by May 2026", "Objectives (SMART) (1)")
	h.keys("down", "down", "down") // activities, results, indicators
	h.keys("a")
	h.mustContain("Indicator", "Means of verification")
	h.typeText("Volunteers at clean-ups")
	h.keys("enter")
	h.typeText("people")
	h.keys("enter")
	h.typeText("0")
	h.keys("enter")
	h.typeText("60")
	h.keys("enter", "enter") // actual: later
	h.typeText("sign-in sheet")
	h.keys("enter")
	h.keys("enter") // measures objective 1: proposed, as the one with no indicator yet
	h.mustContain("Volunteers at clean-ups · baseline 0, target 60, actual 0 people → objective 1")
	h.keys("s")
	if h.m.mode != modeCard {
		t.Fatalf("s did not save and close:\n%s", h.view())
	}
	if h.lastStatus() != "Logframe saved." {
		t.Errorf("status = %q", h.lastStatus())
	}
	got := getIdea(t, s, idea.ID)
	l := got.Logframe
	if len(l.Objectives) != 1 || l.Objectives[0].Text != "Hold 3 clean-ups by May 2026" {
		t.Errorf("objectives = %+v", l.Objectives)
	}
	want := model.Indicator{Name: "Volunteers at clean-ups", Unit: "people", Target: 60, Verification: "sign-in sheet", Objective: 1}
	if len(l.Indicators) != 1 || l.Indicators[0] != want {
		t.Errorf("indicators = %+v", l.Indicators)
	}
	h.mustContain("Logframe: 1 objective, 0 activities, 0 results, 1 indicator, 0 risks")

	// The budget: two lines, the youth programme and a request over its limit.
	h.keys("b")
	h.mustContain("Budget · Таза саябақ", "No budget lines yet")
	h.keys("down")
	addLine(h, "Rubbish bags", 0, "100", "250", false)
	addLine(h, "Bus", 1, "2", "35 000", true)
	h.mustContain("Grant 25 000 ₸ · co-funding 70 000 ₸ · total 95 000 ₸",
		"2. Bus · Transport · 2 × 35 000 ₸ = 70 000 ₸ · Co-funding", "Transport: 70 000 ₸")
	h.press("home", "enter")        // the funding row
	h.keys("down", "down", "enter") // youth small grant
	h.keys("ctrl+u")
	h.typeText("1 240 000")
	h.keys("enter")
	h.typeText("50 000")
	h.keys("enter")
	h.mustContain("budget 1 240 000 ₸ is over the 1 000 000 ₸ limit",
		"co-funding lines need 70 000 ₸, but only 50 000 ₸ is available",
		"the grant lines add up to 25 000 ₸, but the requested grant is 1 240 000 ₸")
	h.keys("s")
	if h.m.mode != modeCard || h.lastStatus() != "Budget saved." {
		t.Fatalf("budget not saved (status %q):\n%s", h.lastStatus(), h.view())
	}
	got = getIdea(t, s, idea.ID)
	lines := []model.BudgetLine{
		{Item: "Rubbish bags", Category: "materials", Quantity: 100, UnitKZT: 250, Source: model.SourceGrant},
		{Item: "Bus", Category: "transport", Quantity: 2, UnitKZT: 35000, Source: model.SourceCofunding},
	}
	if len(got.Budget) != 2 || got.Budget[0] != lines[0] || got.Budget[1] != lines[1] {
		t.Errorf("budget = %+v", got.Budget)
	}
	if got.Programme != "youth_small_grant" || got.BudgetKZT != 1_240_000 || got.FundsAvailable != 50_000 {
		t.Errorf("programme %q, requested %d, funds %d", got.Programme, got.BudgetKZT, got.FundsAvailable)
	}
	if len(got.Logframe.Objectives) != 1 {
		t.Error("saving the budget lost the logframe")
	}
	// The card: totals, the programme and the warnings.
	h.mustContain("Budget: 2 lines · grant 25 000 ₸ · co-funding 70 000 ₸ · total 95 000 ₸",
		"Youth small grant (up to 1 000 000 ₸)",
		"! budget 1 240 000 ₸ is over the 1 000 000 ₸ limit")
	// History names the changed fields.
	h.mustContain("Budget", "Logframe")
}

// toUnitCost opens a new budget line from the idea's card and goes to its
// unit cost: "Books", the category as proposed, 3 of them.
func toUnitCost(h *harness) {
	h.keys("b", "down", "a")
	h.typeText("Books")
	h.keys("enter", "enter")
	h.typeText("3")
	h.keys("enter")
}

func TestBudgetBadAmountKeepsWhatWasTyped(t *testing.T) {
	s := openStore(t)
	idea := addIdea(t, s, "Кітап", "bilim")
	h := newHarness(t, s, model.EN, 100, 30)
	openOn(t, h, idea)
	toUnitCost(h)
	for _, c := range []struct{ typed, says string }{
		{"12abc", "Unit cost, ₸: must be a number, without letters"},
		{"-500", "Unit cost, ₸: cannot be negative"},
		{"99999999999999", "Unit cost, ₸: is too large"},
	} {
		h.keys("ctrl+u")
		h.typeText(c.typed)
		h.keys("enter")
		if h.m.draft.form == nil {
			t.Fatalf("%q was taken", c.typed)
		}
		h.mustContain(c.typed, c.says)
		if h.m.draft.fv.unitCost != c.typed || h.m.draft.fv.text != "Books" || h.m.draft.fv.quantity != "3" {
			t.Errorf("typed values lost: %+v", h.m.draft.fv)
		}
	}
	// A quantity of letters is refused the same way, next to its field.
	h.keys("shift+tab", "ctrl+u")
	h.typeText("three")
	h.keys("enter")
	h.mustContain("Quantity: must be a number, without letters")
	h.keys("ctrl+u")
	h.typeText("3")
	h.keys("enter", "ctrl+u")
	h.typeText("1 500")
	h.keys("enter", "enter")
	if h.m.draft.form != nil || len(h.m.draft.draft.Budget) != 1 || h.m.draft.draft.Budget[0].Total() != 4500 {
		t.Fatalf("the fixed line was not taken: %+v\n%s", h.m.draft.draft.Budget, h.view())
	}
	// esc asks before throwing the line away; n keeps editing.
	h.keys("esc")
	h.mustContain("Discard the changes you made?")
	h.keys("n")
	if h.m.mode != modeDraft || len(h.m.draft.draft.Budget) != 1 {
		t.Fatal("n did not keep the draft")
	}
	h.keys("esc", "y")
	if h.m.mode != modeCard {
		t.Fatalf("y did not close the editor: mode %d", h.m.mode)
	}
	if got := getIdea(t, s, idea.ID); len(got.Budget) != 0 {
		t.Errorf("a discarded draft was stored: %+v", got.Budget)
	}
}

func TestDraftStaleSaveKeepsEdits(t *testing.T) {
	s := openStore(t)
	idea := addIdea(t, s, "Концерт", "sabaqtastyq")
	h := newHarness(t, s, model.RU, 100, 30)
	openOn(t, h, idea)
	h.keys("l", "enter")
	h.typeText("Порадовать пожилых людей")
	h.keys("enter")
	// Someone else changes the idea meanwhile.
	other := getIdea(t, s, idea.ID)
	other.Summary = "изменено в другом окне"
	if err := s.Update(other); err != nil {
		t.Fatal(err)
	}
	h.keys("s")
	if h.m.mode != modeDraft || h.m.draft == nil {
		t.Fatalf("a stale save closed the editor:\n%s", h.view())
	}
	h.mustContain("Не сохранено.", "Кто-то", "Порадовать пожилых людей")
	if h.m.draft.draft.Logframe.Goal != "Порадовать пожилых людей" {
		t.Error("the goal typed was lost")
	}
	if got := getIdea(t, s, idea.ID); got.Logframe.Goal != "" || got.Summary != "изменено в другом окне" {
		t.Errorf("the other change was overwritten: %+v", got)
	}
}

func TestLogframeEditsObjectivesAndGroups(t *testing.T) {
	s := openStore(t)
	idea := addIdea(t, s, "Helping hands", "other")
	idea.Team = []model.TeamMember{{Name: "Dana"}}
	idea.Logframe = model.Logframe{
		Objectives: []model.Objective{{Text: "first"}, {Text: "second"}},
		Indicators: []model.Indicator{{Name: "counts second", Objective: 2}, {Name: "counts first", Objective: 1}},
	}
	if err := s.Update(idea); err != nil {
		t.Fatal(err)
	}
	h := newHarness(t, s, model.EN, 100, 30)
	openOn(t, h, idea)
	h.keys("l", "down", "down", "down") // the second objective
	h.keys("K")                         // moves up: the indicators follow
	d := h.m.draft.draft
	if d.Logframe.Objectives[0].Text != "second" || d.Logframe.Indicators[0].Objective != 1 || d.Logframe.Indicators[1].Objective != 2 {
		t.Errorf("after moving up: %+v", d.Logframe)
	}
	h.keys("d") // removes "second": its indicator measures the goal now
	if lf := h.m.draft.draft.Logframe; len(lf.Objectives) != 1 || lf.Objectives[0].Text != "first" ||
		lf.Indicators[0].Objective != 0 || lf.Indicators[1].Objective != 1 {
		t.Errorf("after removing: %+v", lf)
	}
	// A target group with planned and reached numbers, and an activity for Dana.
	h.press("end", "a")
	h.keys("down", "down", "enter") // parents
	h.typeText("40")
	h.keys("enter")
	h.typeText("5")
	h.keys("enter")
	h.mustContain("Parents: planned 40, reached 5")
	h.press("home", "down", "down", "down", "a") // activities
	h.typeText("Visit the nursing home")
	h.keys("enter")
	h.typeText("2026-05-01")
	h.keys("enter")
	h.typeText("2026-04-01")
	h.keys("enter")
	h.mustContain("The end date cannot be before the start date.")
	h.keys("ctrl+u")
	h.typeText("2026-05-02")
	h.keys("enter", "down", "enter", "enter")
	h.keys("s")
	got := getIdea(t, s, idea.ID)
	if len(got.TargetGroups) != 1 || got.TargetGroups[0] != (model.Reach{Group: "parents", Planned: 40, Reached: 5}) {
		t.Errorf("groups = %+v", got.TargetGroups)
	}
	a := got.Logframe.Activities
	if len(a) != 1 || a[0].Responsible != "Dana" || a[0].Start != "2026-05-01" || a[0].End != "2026-05-02" {
		t.Errorf("activities = %+v", a)
	}
	if len(got.Logframe.Objectives) != 1 || got.Logframe.Objectives[0].Text != "first" {
		t.Errorf("objectives = %+v", got.Logframe.Objectives)
	}
}

func TestDraftEditorsFitAndSpeakEveryLanguage(t *testing.T) {
	s := openStore(t)
	idea := addIdea(t, s, "Очень длинное название идеи, которое не помещается в узкий экран", "taza_alem")
	idea.Programme, idea.BudgetKZT = "youth_small_grant", 1_240_000
	idea.Budget = []model.BudgetLine{{Item: "Палатка", Category: "rent", Quantity: 4, UnitKZT: 310_000, Source: model.SourceGrant}}
	idea.Logframe.Objectives = []model.Objective{{Text: "Провести 3 субботника до конца мая 2026 года"}}
	if err := s.Update(idea); err != nil {
		t.Fatal(err)
	}
	for _, lang := range model.Langs() {
		h := newHarness(t, s, lang, 40, 12)
		openOn(t, h, idea)
		screens := map[string]string{"card": h.view()}
		h.keys("l")
		screens["logframe"] = h.view()
		h.keys("down", "a")
		screens["objective form"] = h.view()
		h.keys("esc", "esc")
		h.keys("b")
		screens["budget"] = h.view()
		h.press("end", "a")
		screens["line form"] = h.view()
		h.keys("esc", "esc")
		for name, v := range screens {
			fits(t, string(lang)+" "+name, v, 40, 12)
			for _, raw := range []string{"lf.", "budget.", "%!"} {
				if strings.Contains(v, raw) {
					t.Errorf("%s %s shows an untranslated %q:\n%s", lang, name, raw, v)
				}
			}
		}
		if !strings.Contains(screens["budget"], "1 240 000 ₸") {
			t.Errorf("%s: the budget editor lacks the warning's amount:\n%s", lang, screens["budget"])
		}
	}
}

func TestLogframeExampleFromTheCatalogueEntry(t *testing.T) {
	var entry *model.CatalogueEntry
	for _, e := range catalogue.Builtin() {
		if len(e.Logframe.Objectives) > 0 {
			entry = e
			break
		}
	}
	if entry == nil {
		t.Skip("no catalogue entry with objectives")
	}
	s := openStore(t)
	idea := addIdea(t, s, "From the catalogue", entry.Direction)
	idea.CatalogueID = entry.ID
	if err := s.Update(idea); err != nil {
		t.Fatal(err)
	}
	h := newHarness(t, s, model.RU, 140, 40)
	openOn(t, h, idea)
	h.keys("l", "down", "a")
	want := oneLine(entry.Logframe.Objectives[0].RU)
	if v := strings.Join(strings.Fields(strings.ReplaceAll(h.view(), "┃", "")), " "); !strings.Contains(v, "Пример: "+want) {
		t.Errorf("the objective form lacks the entry's example %q:\n%s", want, h.view())
	}
}

// TestNoProgrammeSaysWhichApplies: with no programme chosen, the budget
// editor names the one the application is then written for (the default,
// as the application view and the card's readiness say); it said "no
// programme chosen" while the application said "Small grant".
func TestNoProgrammeSaysWhichApplies(t *testing.T) {
	s := openStore(t)
	idea := addIdea(t, s, "Кітап", "bilim")
	for _, lang := range []model.Lang{model.EN, model.RU} {
		h := newHarness(t, s, lang, 100, 30)
		openOn(t, h, idea)
		def := h.m.c.Rules().TemplateFor("").Label(lang)
		h.mustContain(def) // the card's readiness line
		h.keys("b")
		row := h.m.c.Tr.T("budget.no_programme", def)
		h.mustContain(row)
		h.press("home", "enter") // the funding row's form: the programme's select
		h.mustContain(row)
	}
}

// TestNoProgrammeSaidWholeWhenNarrow: at 40 columns the funding row was cut
// ("›  Таңдалмаған: Шағын грант қолданылады…"), the sums and even the
// programme's name lost; it goes on to more lines instead.
func TestNoProgrammeSaidWholeWhenNarrow(t *testing.T) {
	s := openStore(t)
	idea := addIdea(t, s, "Кітап", "bilim")
	idea.BudgetKZT = 70000
	if err := s.Update(idea); err != nil {
		t.Fatal(err)
	}
	for _, lang := range []model.Lang{model.KK, model.RU, model.EN} {
		h := newHarness(t, s, lang, 40, 12)
		openOn(t, h, idea)
		h.keys("b")
		tr := h.m.c.Tr
		row := tr.T("budget.no_programme", h.m.c.Rules().TemplateFor("").Label(lang)) + " · " +
			tr.T("budget.funding_row", model.Tenge(70000).String(), "—")
		v := h.view()
		if !strings.Contains(strings.Join(strings.Fields(v), ""), strings.Join(strings.Fields(row), "")) {
			t.Errorf("%s: the funding row is not said whole at 40 columns (%q):\n%s", lang, row, v)
		}
		if !strings.Contains(v, "›") {
			t.Errorf("%s: the cursor's mark is gone:\n%s", lang, v)
		}
	}
}

// TestBudgetUnitCostSaysPriceOfOne: the unit cost's hint asks for the
// price of one unit, in every language, not the sum asked from the grant
// (a consultant following that hint made 200 × 250 000 ₸ of one line).
func TestBudgetUnitCostSaysPriceOfOne(t *testing.T) {
	s := openStore(t)
	idea := addIdea(t, s, "Кітап", "bilim")
	for _, lang := range model.Langs() {
		h := newHarness(t, s, lang, 100, 30)
		openOn(t, h, idea)
		toUnitCost(h)
		tr := h.m.c.Tr
		h.mustContain(tr.T("budget.field.unit_cost"), tr.T("budget.hint.unit_cost"))
		if strings.Contains(h.view(), tr.T("ideas.form.budget_hint")) {
			t.Errorf("%s: the unit cost shows the grant's hint:\n%s", lang, h.view())
		}
		h.keys("esc", "y")
	}
}

// TestLogframeAddOnTheGoalSaysEdit: a on the goal, which is one and filled
// in, says e changes it and opens nothing (it opened the goal with the
// cursor at its end, and what was typed ran on into it; found by the
// s18-try helper); e opens it; on an empty goal a adds it.
func TestLogframeAddOnTheGoalSaysEdit(t *testing.T) {
	s := openStore(t)
	idea := addIdea(t, s, "Таза саябақ", "taza_alem")
	h := newHarness(t, s, model.RU, 100, 30)
	openOn(t, h, idea)
	h.keys("l", "a") // the goal, empty: a adds it
	if h.m.draft.form == nil {
		t.Fatalf("a on an empty goal opened nothing:\n%s", h.view())
	}
	h.typeText("Чистый парк")
	h.keys("enter")
	h.mustContain("Чистый парк")
	h.keys("home", "a")
	if h.m.draft.form != nil {
		t.Fatalf("a on a filled-in goal opened it:\n%s", h.view())
	}
	h.mustContain(h.m.c.Tr.T("lf.single_exists"))
	h.keys("down", "up") // a move: the note goes
	if strings.Contains(h.view(), h.m.c.Tr.T("lf.single_exists")) {
		t.Errorf("the note stayed after a move:\n%s", h.view())
	}
	h.keys("e")
	if h.m.draft.form == nil || h.m.draft.fv.text != "Чистый парк" {
		t.Fatalf("e did not open the goal: %+v\n%s", h.m.draft.fv, h.view())
	}
}

// TestNewIndicatorProposesAnUnmeasuredObjective: a new indicator proposes
// the first objective no indicator measures, the goal when each has one.
func TestNewIndicatorProposesAnUnmeasuredObjective(t *testing.T) {
	obj := []model.Objective{{Text: "a"}, {Text: "b"}, {Text: "c"}}
	for _, c := range []struct {
		lf   model.Logframe
		want int
	}{
		{model.Logframe{}, 0},
		{model.Logframe{Objectives: obj}, 1},
		{model.Logframe{Objectives: obj, Indicators: []model.Indicator{{Objective: 1}, {Objective: 0}}}, 2},
		{model.Logframe{Objectives: obj, Indicators: []model.Indicator{{Objective: 3}, {Objective: 1}, {Objective: 2}}}, 0},
	} {
		if got := unmeasured(c.lf); got != c.want {
			t.Errorf("unmeasured(%+v) = %d, want %d", c.lf.Indicators, got, c.want)
		}
	}
}

// TestSmallBudgetReachesItsTotals: at 40 columns in Kazakh, with a
// warning and a programme's lines above the rows, k on the first row
// brings the totals into view and j on the last the totals by category;
// the row under the cursor is said whole, its sum and who pays with it.
func TestSmallBudgetReachesItsTotals(t *testing.T) {
	s := openStore(t)
	idea := addIdea(t, s, "«Таза әлем» в селе Жанатурмыс", "taza_alem")
	idea.Programme, idea.BudgetKZT = "eco_small_grant", 200000
	idea.Budget = []model.BudgetLine{
		{Item: "Қап", Category: "materials", Quantity: 200, UnitKZT: 1250, Source: model.SourceGrant},
		{Item: "Қолғап", Category: "materials", Quantity: 100, UnitKZT: 500, Source: model.SourceCofunding},
	}
	if err := s.Update(idea); err != nil {
		t.Fatal(err)
	}
	h := newHarness(t, s, model.KK, 40, 9)
	openOn(t, h, idea)
	h.keys("b")
	if h.m.draft == nil {
		t.Fatalf("b did not open the budget:\n%s", h.view())
	}
	// The rows: the cursor's is whole, at 40 columns on two lines.
	h.keys("down", "down")
	h.mustContain("250 000 ₸", "Грант")
	// Above the first row, a key a line, to the grand total.
	h.keys("home")
	h.mustContain("барлығы 300 000 ₸")
	for range 20 {
		h.keys("k")
	}
	h.mustContain("барлығы 300 000 ₸")
	// Below the last row, to the totals by category.
	h.keys("end")
	h.mustContain("Санаттар бойынша", "Материалдар: 300 000 ₸")
	h.keys("up")
	h.mustContain("↓ төменде тағы бар (j)")
	for range 10 {
		h.keys("j")
	}
	h.mustContain("Санаттар бойынша", "Материалдар: 300 000 ₸", "↑ жоғарыда тағы бар (k)", "50 000 ₸)") // who pays, whole
	for _, l := range strings.Split(h.view(), "\n") {
		if w := len([]rune(l)); w > 40 {
			t.Fatalf("a line %d wide: %q", w, l)
		}
	}
}

// TestBudgetAddOnTheFundingAddsALine: a budget with no lines says "a adds
// one" under the funding row the cursor starts on; a there opens a new
// line, not the funding's form.
func TestBudgetAddOnTheFundingAddsALine(t *testing.T) {
	s := openStore(t)
	idea := addIdea(t, s, "Кітап", "bilim")
	h := newHarness(t, s, model.EN, 100, 30)
	openOn(t, h, idea)
	h.keys("b")
	h.mustContain("No budget lines yet: a adds one.")
	h.keys("a")
	if h.m.draft.form == nil || h.m.draft.target.sec != secLines || h.m.draft.target.idx != -1 {
		t.Fatalf("a on the funding row opened %+v:\n%s", h.m.draft.target, h.view())
	}
}
