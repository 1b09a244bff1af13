package ideas

// The logframe and budget editors on an idea's card (key l and b). Both edit
// a draft copy of the idea: a list of sections and their items, walked with
// the cursor keys; a item is added, changed or removed in a small huh form,
// and the whole draft is stored with s. esc asks before throwing edits away,
// and a failed save keeps the draft and says why.

import (
	"math"
	"reflect"
	"strconv"
	"strings"

	"frontoffice/model"
	"frontoffice/model/catalogue"
	"frontoffice/ui/common"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/x/ansi"
)

// section is one part of the logframe or budget.
type section int

const (
	secGoal section = iota
	secObjectives
	secActivities
	secResults
	secIndicators
	secRisks
	secGroups
	secFunding // programme, requested grant, funds available
	secLines   // budget lines
)

var (
	logframeSections = []section{secGoal, secObjectives, secActivities, secResults, secIndicators, secRisks, secGroups}
	budgetSections   = []section{secFunding, secLines}
)

// sectionKey is the i18n key stem of a section.
var sectionKey = map[section]string{
	secGoal: "goal", secObjectives: "objectives", secActivities: "activities", secResults: "results",
	secIndicators: "indicators", secRisks: "risks", secGroups: "groups", secFunding: "funding", secLines: "lines",
}

// spot is a row of the editor: a section's heading (idx -1) or one item.
type spot struct {
	sec section
	idx int
}

// itemValues are what an item's form edits, as typed.
type itemValues struct {
	text                     string
	start, end, responsible  string
	objective                int
	unit, verification       string
	baseline, target, actual string
	group                    model.TargetGroup
	planned, reached         string
	category                 model.BudgetCategory
	quantity, unitCost       string
	source                   model.FundSource
	programme                string
	requested, funds         string
}

// draftKeys are the editors' keys.
type draftKeys struct {
	Up, Down, Add, Edit, Remove, MoveUp, MoveDown, Save, Close key.Binding
	Cancel, Next                                               key.Binding
}

func newDraftKeys(c *common.Common) draftKeys {
	tr := c.Tr
	return draftKeys{
		Up:       common.BindHelp("↑/k", tr.T("lf.key.up"), "up", "k"),
		Down:     common.BindHelp("↓/j", tr.T("lf.key.down"), "down", "j"),
		Add:      common.Bind(tr.T("lf.key.add"), "a", "insert"),
		Edit:     common.Bind(tr.T("key.edit"), "enter", "e"),
		Remove:   common.BindHelp("d", tr.T("lf.key.remove"), "d", "delete"),
		MoveUp:   common.BindHelp("K", tr.T("lf.key.move_up"), "K", "shift+up"),
		MoveDown: common.BindHelp("J", tr.T("lf.key.move_down"), "J", "shift+down"),
		Save:     common.Bind(tr.T("lf.key.save"), "s", "ctrl+s"),
		Close:    common.Bind(tr.T("lf.key.close"), "esc"),
		Cancel:   common.Bind(tr.T("key.cancel"), "esc"),
		Next:     common.BindHelp("tab/enter", tr.T("key.next_field"), "tab"),
	}
}

// editor is an open logframe or budget editor.
type editor struct {
	budget bool // the budget editor, else the logframe editor
	keys   draftKeys
	orig   *model.Idea           // as opened
	entry  *model.CatalogueEntry // the catalogue entry the idea started from, for examples
	draft  *model.Idea           // being edited
	cur    int                   // the row under the cursor
	top    int                   // the first body line shown

	form     *huh.Form
	target   spot // what the form edits; idx -1 adds a new item
	fv, fv0  itemValues
	formErrs []error

	ask    *common.Asking // asking whether to throw edits away (the item's or all)
	saving bool
	err    string // why the last save failed
}

// cloneIdea copies i deeply enough that editing the copy's lists leaves i alone.
func cloneIdea(i *model.Idea) *model.Idea {
	c := *i
	l := &c.Logframe
	l.Objectives = append([]model.Objective(nil), l.Objectives...)
	l.Activities = append([]model.Activity(nil), l.Activities...)
	l.Results = append([]string(nil), l.Results...)
	l.Indicators = append([]model.Indicator(nil), l.Indicators...)
	l.Risks = append([]string(nil), l.Risks...)
	c.Budget = append([]model.BudgetLine(nil), i.Budget...)
	c.TargetGroups = append([]model.Reach(nil), i.TargetGroups...)
	c.Team = append([]model.TeamMember(nil), i.Team...)
	c.SDGs = append([]model.SDG(nil), i.SDGs...)
	return &c
}

// openDraft opens the logframe (budget false) or budget editor on the card's idea.
func (m *Model) openDraft(budget bool) tea.Cmd {
	if m.card.idea == nil {
		return nil
	}
	m.draft = &editor{budget: budget, keys: newDraftKeys(m.c), orig: cloneIdea(m.card.idea), draft: cloneIdea(m.card.idea)}
	if id := m.card.idea.CatalogueID; id != "" {
		m.draft.entry = catalogue.Find(catalogue.Builtin(), id)
	}
	if m.draft.entry == nil { // examples from the most similar entry, if any
		m.draft.entry = catalogue.Similar(catalogue.Builtin(), m.card.idea.Direction, m.card.idea.SDGs)
	}
	m.mode = modeDraft
	return nil
}

func (ed *editor) sections() []section {
	if ed.budget {
		return budgetSections
	}
	return logframeSections
}

// count is how many items a section has.
func (ed *editor) count(s section) int {
	d := ed.draft
	switch s {
	case secGoal:
		if strings.TrimSpace(d.Logframe.Goal) != "" {
			return 1
		}
	case secObjectives:
		return len(d.Logframe.Objectives)
	case secActivities:
		return len(d.Logframe.Activities)
	case secResults:
		return len(d.Logframe.Results)
	case secIndicators:
		return len(d.Logframe.Indicators)
	case secRisks:
		return len(d.Logframe.Risks)
	case secGroups:
		return len(d.TargetGroups)
	case secFunding:
		return 1
	case secLines:
		return len(d.Budget)
	}
	return 0
}

// spots lists the rows in order.
func (ed *editor) spots() []spot {
	var out []spot
	for _, s := range ed.sections() {
		if s != secFunding {
			out = append(out, spot{s, -1})
		}
		for i := range ed.count(s) {
			out = append(out, spot{s, i})
		}
	}
	return out
}

func (ed *editor) at() spot {
	sp := ed.spots()
	ed.cur = max(0, min(ed.cur, len(sp)-1))
	return sp[ed.cur]
}

// changed reports whether the draft differs from the idea as opened.
func (ed *editor) changed() bool { return !reflect.DeepEqual(ed.orig, ed.draft) }

// single is a section with one item that is edited, never added.
func single(s section) bool { return s == secGoal || s == secFunding }

// swap exchanges items a and b of section s (both in range).
func (ed *editor) swap(s section, a, b int) {
	l := &ed.draft.Logframe
	switch s {
	case secObjectives:
		l.Objectives[a], l.Objectives[b] = l.Objectives[b], l.Objectives[a]
		ed.renumber(func(n int) int {
			switch n {
			case a + 1:
				return b + 1
			case b + 1:
				return a + 1
			}
			return n
		})
	case secActivities:
		l.Activities[a], l.Activities[b] = l.Activities[b], l.Activities[a]
	case secResults:
		l.Results[a], l.Results[b] = l.Results[b], l.Results[a]
	case secIndicators:
		l.Indicators[a], l.Indicators[b] = l.Indicators[b], l.Indicators[a]
	case secRisks:
		l.Risks[a], l.Risks[b] = l.Risks[b], l.Risks[a]
	case secGroups:
		g := ed.draft.TargetGroups
		g[a], g[b] = g[b], g[a]
	case secLines:
		g := ed.draft.Budget
		g[a], g[b] = g[b], g[a]
	}
}

// renumber changes the objective numbers activities and indicators point to.
func (ed *editor) renumber(f func(int) int) {
	l := &ed.draft.Logframe
	for i := range l.Activities {
		if l.Activities[i].Objective > 0 {
			l.Activities[i].Objective = f(l.Activities[i].Objective)
		}
	}
	for i := range l.Indicators {
		if l.Indicators[i].Objective > 0 {
			l.Indicators[i].Objective = f(l.Indicators[i].Objective)
		}
	}
}

func cut[T any](s []T, i int) []T { return append(s[:i:i], s[i+1:]...) }

// remove deletes item i of section s (the goal and funding are cleared).
func (ed *editor) remove(s section, i int) {
	d := ed.draft
	l := &d.Logframe
	switch s {
	case secGoal:
		l.Goal = ""
	case secObjectives:
		l.Objectives = cut(l.Objectives, i)
		gone := i + 1
		ed.renumber(func(n int) int {
			switch {
			case n == gone:
				return 0
			case n > gone:
				return n - 1
			}
			return n
		})
	case secActivities:
		l.Activities = cut(l.Activities, i)
	case secResults:
		l.Results = cut(l.Results, i)
	case secIndicators:
		l.Indicators = cut(l.Indicators, i)
	case secRisks:
		l.Risks = cut(l.Risks, i)
	case secGroups:
		d.TargetGroups = cut(d.TargetGroups, i)
	case secFunding:
		d.Programme, d.BudgetKZT, d.FundsAvailable = "", 0, 0
	case secLines:
		d.Budget = cut(d.Budget, i)
	}
}

// draftKey handles a key in the editor.
func (m *Model) draftKey(msg tea.KeyMsg) tea.Cmd {
	ed := m.draft
	if ed == nil {
		m.mode = modeCard
		return nil
	}
	k := ed.keys
	if ed.saving {
		return nil
	}
	if ed.ask != nil {
		switch ed.ask.Answer(msg) {
		case common.Yes:
			ed.ask = nil
			if ed.form != nil {
				ed.form = nil
				return nil
			}
			m.closeDraft()
		case common.No:
			ed.ask = nil
		}
		return nil
	}
	if ed.form != nil {
		if key.Matches(msg, k.Cancel) {
			if ed.fv != ed.fv0 {
				ed.ask = m.c.Ask(itemDiscardQ)
			} else {
				ed.form = nil
			}
			return nil
		}
		return m.updateDraftForm(msg)
	}
	at := ed.at()
	n := len(ed.spots())
	switch {
	case key.Matches(msg, k.Close):
		if ed.changed() {
			ed.ask = m.c.Ask(draftDiscardQ)
			return nil
		}
		m.closeDraft()
	case key.Matches(msg, k.Save):
		return m.saveDraft()
	case key.Matches(msg, k.MoveUp):
		if at.idx > 0 && !single(at.sec) {
			ed.swap(at.sec, at.idx, at.idx-1)
			ed.cur--
		}
	case key.Matches(msg, k.MoveDown):
		if at.idx >= 0 && at.idx+1 < ed.count(at.sec) && !single(at.sec) {
			ed.swap(at.sec, at.idx, at.idx+1)
			ed.cur++
		}
	case key.Matches(msg, k.Up):
		ed.cur = max(0, ed.cur-1)
	case key.Matches(msg, k.Down):
		ed.cur = min(n-1, ed.cur+1)
	case msg.Type == tea.KeyHome:
		ed.cur = 0
	case msg.Type == tea.KeyEnd:
		ed.cur = n - 1
	case key.Matches(msg, k.Add):
		if single(at.sec) {
			return m.openItem(spot{at.sec, 0})
		}
		return m.openItem(spot{at.sec, -1})
	case key.Matches(msg, k.Edit):
		if at.idx < 0 && single(at.sec) {
			at.idx = 0
		}
		return m.openItem(at)
	case key.Matches(msg, k.Remove):
		if at.idx >= 0 {
			ed.remove(at.sec, at.idx)
			ed.err = ""
			ed.cur = min(ed.cur, len(ed.spots())-1)
		}
	}
	return nil
}

func (m *Model) closeDraft() {
	m.draft = nil
	m.mode = modeCard
	if m.card.idea == nil {
		m.mode = modeList
	}
}

// openItem opens the form for item at (idx -1: a new item of its section).
func (m *Model) openItem(at spot) tea.Cmd {
	ed := m.draft
	ed.target = at
	ed.fv = ed.valuesAt(at)
	ed.fv0 = ed.fv
	ed.form = m.itemForm()
	m.layoutDraft()
	return ed.form.Init()
}

// num writes a number the way a person would type it.
func num(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

func count(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

// valuesAt fills the form's values from the item at (empty for a new one).
func (ed *editor) valuesAt(at spot) itemValues {
	d := ed.draft
	v := itemValues{category: "materials", source: model.SourceGrant}
	if at.sec == secFunding {
		v.programme = d.Programme
		if d.BudgetKZT > 0 {
			v.requested = model.GroupDigits(int64(d.BudgetKZT))
		}
		if d.FundsAvailable > 0 {
			v.funds = model.GroupDigits(int64(d.FundsAvailable))
		}
		return v
	}
	if at.sec == secGoal {
		v.text = d.Logframe.Goal
		return v
	}
	if at.idx < 0 {
		return v
	}
	l := &d.Logframe
	switch at.sec {
	case secObjectives:
		v.text = l.Objectives[at.idx].Text
	case secActivities:
		a := l.Activities[at.idx]
		v.text, v.start, v.end, v.responsible, v.objective = a.Text, string(a.Start), string(a.End), a.Responsible, a.Objective
	case secResults:
		v.text = l.Results[at.idx]
	case secIndicators:
		in := l.Indicators[at.idx]
		v.text, v.unit, v.verification, v.objective = in.Name, in.Unit, in.Verification, in.Objective
		v.baseline, v.target, v.actual = num(in.Baseline), num(in.Target), num(in.Actual)
	case secRisks:
		v.text = l.Risks[at.idx]
	case secGroups:
		r := d.TargetGroups[at.idx]
		v.group, v.planned, v.reached = r.Group, count(r.Planned), count(r.Reached)
	case secLines:
		b := d.Budget[at.idx]
		v.text, v.category, v.source = b.Item, b.Category, b.Source
		v.quantity = strconv.Itoa(b.Quantity)
		v.unitCost = model.GroupDigits(int64(b.UnitKZT))
	}
	return v
}

// maxMeasure bounds an indicator's numbers: more is a typing mistake.
const maxMeasure = 1e12

// parseMeasure reads an indicator's number: "120", "1 200", "12,5".
func parseMeasure(s string) (float64, model.Reason) {
	s = strings.NewReplacer(" ", "", "\u00a0", "", ",", ".", "%", "").Replace(strings.TrimSpace(s))
	if s == "" {
		return 0, model.ReasonNone
	}
	if strings.HasPrefix(s, "-") {
		return 0, model.ReasonNegative
	}
	f, err := strconv.ParseFloat(s, 64)
	switch {
	case err != nil || math.IsNaN(f) || math.IsInf(f, 0) || strings.ContainsAny(s, "xXpPeEiInN_"):
		return 0, model.ReasonBadNumber
	case f > maxMeasure:
		return 0, model.ReasonTooLarge
	}
	return f, model.ReasonNone
}

// parseCount reads a whole number up to most; empty is 0.
func parseCount(s string, most int) (int, model.Reason) {
	s = strings.NewReplacer(" ", "", "\u00a0", "", "_", "").Replace(strings.TrimSpace(s))
	// "1,5" or "1.5" is a fraction; "1,500" groups thousands.
	if i := strings.LastIndexAny(s, ".,"); i >= 0 && i > 0 && len(s)-i-1 != 3 && isDigits(s[:i]) && isDigits(s[i+1:]) && i+1 < len(s) {
		return 0, model.ReasonNotWhole
	}
	s = strings.ReplaceAll(s, ",", "")
	if s == "" {
		return 0, model.ReasonNone
	}
	if strings.HasPrefix(s, "-") {
		return 0, model.ReasonNegative
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return 0, model.ReasonBadNumber
		}
	}
	if len(s) > 12 {
		return 0, model.ReasonTooLarge
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, model.ReasonBadNumber
	}
	if n > most {
		return 0, model.ReasonTooLarge
	}
	return n, model.ReasonNone
}

// itemForm builds the form for the editor's target.
func (m *Model) itemForm() *huh.Form {
	ed, tr, lang := m.draft, m.c.Tr, m.c.Lang()
	v := &ed.fv
	refuse := func(title string, r model.Reason) error { return fieldErr(title + ": " + tr.Reason(r)) }
	text := func(title string, required, multiline bool) func(string) error {
		return func(s string) error {
			switch {
			case required && strings.TrimSpace(s) == "":
				return refuse(title, model.ReasonRequired)
			case model.HasControl(s, multiline):
				return refuse(title, model.ReasonControlChars)
			}
			return nil
		}
	}
	measure := func(title string) func(string) error {
		return func(s string) error {
			if _, r := parseMeasure(s); r != model.ReasonNone {
				return refuse(title, r)
			}
			return nil
		}
	}
	whole := func(title string, most int) func(string) error {
		return func(s string) error {
			if _, r := parseCount(s, most); r != model.ReasonNone {
				return refuse(title, r)
			}
			return nil
		}
	}
	date := func(title string, after *string) func(string) error {
		return func(s string) error {
			if strings.TrimSpace(s) == "" {
				return nil
			}
			d, r := model.ParseDate(s)
			if r != model.ReasonNone {
				return refuse(title, r)
			}
			if after != nil && strings.TrimSpace(*after) != "" {
				if a, r := model.ParseDate(*after); r == model.ReasonNone && d < a {
					return fieldErr(tr.T("lf.end_before_start"))
				}
			}
			return nil
		}
	}
	multi := func(title, desc string, val *string, required bool) huh.Field {
		return huh.NewText().Title(title).Description(desc).Value(val).Lines(3).CharLimit(5000).
			ExternalEditor(false).Validate(text(title, required, true))
	}
	// On a small screen the guidance shrinks so the field stays in view.
	compact := m.h < 24
	example := func(sec string) string {
		return tr.T("lf.example", m.exampleFor(sec))
	}
	guide := func(hint, sec string) string {
		if compact {
			return example(sec)
		}
		return hint + "\n" + example(sec)
	}
	objectives := func() huh.Field {
		opts := []huh.Option[int]{huh.NewOption(tr.T("lf.objective_none"), 0)}
		for i, o := range ed.draft.Logframe.Objectives {
			opts = append(opts, huh.NewOption(ansi.Truncate(strconv.Itoa(i+1)+". "+oneLine(o.Text), 60, "…"), i+1))
		}
		return huh.NewSelect[int]().Title(tr.T("lf.field.objective")).Options(opts...).Value(&v.objective)
	}
	var fields []huh.Field
	title := tr.T("lf.sec." + sectionKey[ed.target.sec])
	switch ed.target.sec {
	case secGoal:
		fields = append(fields, multi(tr.T("lf.sec.goal"), guide(tr.T("lf.hint.goal"), "goal"), &v.text, false))
	case secObjectives:
		smart := tr.T("lf.smart") + "\n" + example("objective")
		if compact {
			smart = tr.T("lf.smart_short")
		}
		fields = append(fields, multi(tr.T("lf.field.objective"), smart, &v.text, true))
	case secActivities:
		team := []huh.Option[string]{huh.NewOption(tr.T("lf.nobody"), "")}
		seen := map[string]bool{"": true}
		for _, t := range ed.draft.Team {
			if n := oneLine(t.Name); !seen[n] {
				seen[n] = true
				team = append(team, huh.NewOption(n, n))
			}
		}
		if !seen[v.responsible] { // a name no longer on the team is kept
			team = append(team, huh.NewOption(oneLine(v.responsible), v.responsible))
		}
		teamDesc := ""
		if len(ed.draft.Team) == 0 {
			teamDesc = tr.T("lf.no_team")
		}
		fields = append(fields,
			multi(tr.T("lf.field.activity"), example("activity"), &v.text, true),
			huh.NewInput().Title(tr.T("lf.field.start")).Description(tr.T("ideas.form.date_hint")).Value(&v.start).CharLimit(20).
				Validate(date(tr.T("lf.field.start"), nil)),
			huh.NewInput().Title(tr.T("lf.field.end")).Description(tr.T("ideas.form.date_hint")).Value(&v.end).CharLimit(20).
				Validate(date(tr.T("lf.field.end"), &v.start)),
			huh.NewSelect[string]().Title(tr.T("lf.field.responsible")).Description(teamDesc).Options(team...).Value(&v.responsible),
			objectives(),
		)
	case secResults:
		fields = append(fields, multi(tr.T("lf.field.result"), example("result"), &v.text, true))
	case secRisks:
		fields = append(fields, multi(tr.T("lf.field.risk"), guide(tr.T("lf.hint.risks"), "risk"), &v.text, true))
	case secIndicators:
		fields = append(fields,
			huh.NewInput().Title(tr.T("lf.field.indicator")).Description(example("indicator")).Value(&v.text).CharLimit(200).
				Validate(text(tr.T("lf.field.indicator"), true, false)),
			huh.NewInput().Title(tr.T("lf.field.unit")).Description(tr.T("lf.hint.unit")).Value(&v.unit).CharLimit(200).
				Validate(text(tr.T("lf.field.unit"), false, false)),
			huh.NewInput().Title(tr.T("lf.field.baseline")).Description(tr.T("lf.hint.baseline")).Value(&v.baseline).CharLimit(30).
				Validate(measure(tr.T("lf.field.baseline"))),
			huh.NewInput().Title(tr.T("lf.field.target")).Value(&v.target).CharLimit(30).Validate(measure(tr.T("lf.field.target"))),
			huh.NewInput().Title(tr.T("lf.field.actual")).Description(tr.T("lf.hint.actual")).Value(&v.actual).CharLimit(30).
				Validate(measure(tr.T("lf.field.actual"))),
			huh.NewInput().Title(tr.T("lf.field.verification")).Description(tr.T("lf.hint.verification")).Value(&v.verification).
				CharLimit(1000).Validate(text(tr.T("lf.field.verification"), false, false)),
			objectives(),
		)
	case secGroups:
		var opts []huh.Option[model.TargetGroup]
		for _, g := range model.TargetGroups() {
			opts = append(opts, huh.NewOption(g.Label(lang), g))
		}
		if v.group == "" {
			v.group = model.TargetGroups()[0]
			ed.fv0.group = v.group
		}
		idx := ed.target.idx
		fields = append(fields,
			huh.NewSelect[model.TargetGroup]().Title(tr.Field("target_groups")).Options(opts...).Value(&v.group).
				Validate(func(g model.TargetGroup) error {
					for i, r := range ed.draft.TargetGroups {
						if r.Group == g && i != idx {
							return fieldErr(tr.T("lf.group_twice", g.Label(lang)))
						}
					}
					return nil
				}),
			huh.NewInput().Title(tr.T("lf.field.planned")).Value(&v.planned).CharLimit(20).Validate(whole(tr.T("lf.field.planned"), maxReach)),
			huh.NewInput().Title(tr.T("lf.field.reached")).Value(&v.reached).CharLimit(20).Validate(whole(tr.T("lf.field.reached"), maxReach)),
		)
	default:
		fields = m.budgetFields(refuse, text, whole)
	}
	f := huh.NewForm(huh.NewGroup(fields...).Title(title))
	return m.styleForm(f)
}

// exampleFor is the example shown for a part of the logframe: from the
// catalogue entry the idea started from when it has one, else a generic one.
func (m *Model) exampleFor(part string) string {
	if m.draft != nil && m.draft.entry != nil {
		if s := entryExample(m.draft.entry, part, m.c.Lang()); strings.TrimSpace(s) != "" {
			return oneLine(s)
		}
	}
	return m.c.Tr.T("lf.ex." + part)
}

// entryExample is a catalogue entry's first suggestion for part, "" when none.
func entryExample(e *model.CatalogueEntry, part string, lang model.Lang) string {
	l := &e.Logframe
	switch part {
	case "goal":
		return l.Goal.In(lang)
	case "objective":
		if len(l.Objectives) > 0 {
			return l.Objectives[0].In(lang)
		}
	case "activity":
		if len(e.Steps) > 0 {
			return e.Steps[0].In(lang)
		}
	case "result":
		if len(l.Results) > 0 {
			return l.Results[0].In(lang)
		}
	case "indicator":
		if len(l.Indicators) > 0 {
			in := l.Indicators[0]
			return in.Name.In(lang) + " (" + in.Unit.In(lang) + ", " + num(in.Baseline) + " → " + num(in.Target) + ", " + in.Verification.In(lang) + ")"
		}
	case "risk":
		if len(l.Risks) > 0 {
			return l.Risks[0].In(lang)
		}
	case "groups":
		var gs []string
		for _, g := range e.TargetGroups {
			gs = append(gs, g.Label(lang))
		}
		return strings.Join(gs, ", ")
	case "line":
		if len(e.Budget) > 0 {
			b := e.Budget[0]
			return b.Item.In(lang) + " (" + model.GroupDigits(int64(b.Quantity)) + " × " + b.UnitKZT.String() + ")"
		}
	}
	return ""
}

// apply puts the completed form's values into the draft.
func (ed *editor) apply() {
	v, d, at := ed.fv, ed.draft, ed.target
	l := &d.Logframe
	txt := strings.TrimSpace(v.text)
	put := func(n int, set func(i int)) {
		if at.idx < 0 {
			set(n)
			return
		}
		set(at.idx)
	}
	switch at.sec {
	case secGoal:
		l.Goal = txt
	case secObjectives:
		if at.idx < 0 {
			l.Objectives = append(l.Objectives, model.Objective{})
		}
		put(len(l.Objectives)-1, func(i int) { l.Objectives[i].Text = txt })
	case secActivities:
		start, _ := model.ParseDate(v.start)
		end, _ := model.ParseDate(v.end)
		if strings.TrimSpace(v.start) == "" {
			start = ""
		}
		if strings.TrimSpace(v.end) == "" {
			end = ""
		}
		a := model.Activity{Text: txt, Start: start, End: end, Responsible: v.responsible, Objective: v.objective}
		if at.idx < 0 {
			l.Activities = append(l.Activities, a)
		} else {
			l.Activities[at.idx] = a
		}
	case secResults:
		if at.idx < 0 {
			l.Results = append(l.Results, txt)
		} else {
			l.Results[at.idx] = txt
		}
	case secRisks:
		if at.idx < 0 {
			l.Risks = append(l.Risks, txt)
		} else {
			l.Risks[at.idx] = txt
		}
	case secIndicators:
		in := model.Indicator{Name: txt, Unit: strings.TrimSpace(v.unit), Verification: strings.TrimSpace(v.verification), Objective: v.objective}
		in.Baseline, _ = parseMeasure(v.baseline)
		in.Target, _ = parseMeasure(v.target)
		in.Actual, _ = parseMeasure(v.actual)
		if at.idx < 0 {
			l.Indicators = append(l.Indicators, in)
		} else {
			l.Indicators[at.idx] = in
		}
	case secGroups:
		r := model.Reach{Group: v.group}
		r.Planned, _ = parseCount(v.planned, maxReach)
		r.Reached, _ = parseCount(v.reached, maxReach)
		if at.idx < 0 {
			d.TargetGroups = append(d.TargetGroups, r)
		} else {
			d.TargetGroups[at.idx] = r
		}
	default:
		ed.applyBudget()
	}
}

// updateDraftForm passes a message to the open item form.
func (m *Model) updateDraftForm(msg tea.Msg) tea.Cmd {
	ed := m.draft
	if ed == nil || ed.form == nil {
		return nil
	}
	f, cmd := ed.form.Update(msg)
	ed.form = f.(*huh.Form)
	if ed.form.State == huh.StateCompleted {
		ed.apply()
		ed.form, ed.err = nil, ""
		// the cursor goes to the item just written
		idx := ed.target.idx
		if idx < 0 {
			idx = ed.count(ed.target.sec) - 1
		}
		for i, s := range ed.spots() {
			if s == (spot{ed.target.sec, idx}) {
				ed.cur = i
			}
		}
		return nil
	}
	if errs := ed.form.Errors(); !reflect.DeepEqual(errs, ed.formErrs) {
		m.layoutDraft()
	}
	return cmd
}

// layoutDraft fits the open item form under the editor's heading.
func (m *Model) layoutDraft() {
	ed := m.draft
	if ed == nil || ed.form == nil {
		return
	}
	avail := m.h - len(m.draftHead())
	ed.formErrs = ed.form.Errors()
	if len(ed.formErrs) > 0 {
		avail--
	}
	ed.form = ed.form.WithWidth(max(20, m.w)).WithHeight(max(3, avail))
}

// relabelDraft rebuilds the editor's words after a language switch, keeping
// what was typed in an open form.
func (m *Model) relabelDraft() tea.Cmd {
	ed := m.draft
	if ed == nil {
		return nil
	}
	ed.keys = newDraftKeys(m.c)
	if ed.form == nil {
		return nil
	}
	fv := ed.fv
	ed.form = m.itemForm()
	ed.fv = fv
	m.layoutDraft()
	return ed.form.Init()
}

// draftSavedMsg is the answer to saving a draft.
type draftSavedMsg struct {
	idea *model.Idea
	err  error
}

func (m *Model) saveDraft() tea.Cmd {
	ed := m.draft
	if !ed.changed() {
		m.closeDraft()
		return nil
	}
	if m.c.Nobody() { // who is working? asked first; esc keeps the draft open
		return m.c.WhoFirst(m.saveDraft, nil)
	}
	ed.saving = true
	idea, store := cloneIdea(ed.draft), m.c.Store
	return common.Do(func() tea.Msg {
		if err := idea.Validate(); err != nil {
			return draftSavedMsg{err: err}
		}
		if err := store.Update(idea); err != nil {
			return draftSavedMsg{err: err}
		}
		return draftSavedMsg{idea: idea}
	})
}

func (m *Model) takeDraftSaved(msg draftSavedMsg) tea.Cmd {
	ed := m.draft
	if ed == nil {
		return nil
	}
	ed.saving = false
	tr := m.c.Tr
	if msg.err != nil {
		ed.err = tr.T("ideas.not_saved") + " " + m.c.ErrorText(msg.err)
		return nil
	}
	text := tr.T("lf.saved")
	if ed.budget {
		text = tr.T("budget.saved")
	}
	m.draft = nil
	return tea.Batch(m.openCard(msg.idea.ID), dataChanged, status(text, false))
}

// draftHelp lists the editor's keys that work now.
func (m *Model) draftHelp() []key.Binding {
	ed := m.draft
	if ed == nil {
		return nil
	}
	k := ed.keys
	switch {
	case ed.ask != nil:
		return ed.ask.Keys()
	case ed.form != nil:
		return []key.Binding{k.Cancel, k.Next}
	}
	return []key.Binding{k.Close, k.Save, k.Add, k.Edit, k.Remove, k.MoveUp, k.MoveDown, k.Down}
}

// draftHead is the editor's heading lines: what is edited, why a save failed.
func (m *Model) draftHead() []string {
	ed, tr, st := m.draft, m.c.Tr, m.c.Styles
	head := tr.T("lf.title", oneLine(ed.orig.Title))
	if ed.budget {
		head = tr.T("budget.title", oneLine(ed.orig.Title))
	}
	lines := []string{st.Title.Render(ansi.Truncate(head, max(1, m.w), "…"))}
	if ed.err != "" {
		wrapped := strings.Split(ansi.Wrap(ed.err, max(10, m.w), ""), "\n")
		if len(wrapped) > 3 {
			wrapped = append(wrapped[:2], ansi.Truncate(wrapped[2], max(1, m.w-1), "")+"…")
		}
		for _, l := range wrapped {
			lines = append(lines, st.Error.Render(l))
		}
	}
	return lines
}

// itemLine is one row of the editor, as one line.
func (m *Model) itemLine(at spot) string {
	ed, tr, lang := m.draft, m.c.Tr, m.c.Lang()
	d := ed.draft
	l := &d.Logframe
	if at.idx < 0 {
		return tr.T("lf.sec."+sectionKey[at.sec]) + " (" + strconv.Itoa(ed.count(at.sec)) + ")"
	}
	ref := func(obj int) string {
		if obj > 0 {
			return " → " + tr.T("lf.obj_short", obj)
		}
		return ""
	}
	n := strconv.Itoa(at.idx+1) + ". "
	switch at.sec {
	case secGoal:
		return oneLine(l.Goal)
	case secObjectives:
		return n + oneLine(l.Objectives[at.idx].Text)
	case secActivities:
		a := l.Activities[at.idx]
		s := n + oneLine(a.Text)
		if a.Start != "" || a.End != "" {
			s += " · " + showDate(a.Start) + "–" + showDate(a.End)
		}
		if a.Responsible != "" {
			s += " · " + oneLine(a.Responsible)
		}
		return s + ref(a.Objective)
	case secResults:
		return n + oneLine(l.Results[at.idx])
	case secIndicators:
		in := l.Indicators[at.idx]
		return n + oneLine(in.Name) + " · " + tr.T("lf.measures", num(in.Baseline), num(in.Target), num(in.Actual), oneLine(in.Unit)) + ref(in.Objective)
	case secRisks:
		return n + oneLine(l.Risks[at.idx])
	case secGroups:
		r := d.TargetGroups[at.idx]
		return n + tr.T("ideas.reach", r.Group.Label(lang), model.GroupDigits(int64(r.Planned)), model.GroupDigits(int64(r.Reached)))
	}
	return m.budgetLine(at)
}

// draftView draws the editor: the heading, then the open form or the rows.
func (m *Model) draftView() string {
	ed, tr, st := m.draft, m.c.Tr, m.c.Styles
	if ed == nil {
		return ""
	}
	head := m.draftHead()
	if ed.ask != nil {
		return common.Fit(strings.Join(head, "\n")+"\n"+ed.ask.View(m.w), m.w, m.h)
	}
	if ed.saving {
		return common.Fit(strings.Join(head, "\n")+"\n"+st.Muted.Render(tr.T("ideas.saving")), m.w, m.h)
	}
	if ed.form != nil {
		return common.Fit(strings.Join(head, "\n")+"\n"+ed.form.View(), m.w, m.h)
	}
	var body []string
	if ed.budget {
		body = m.budgetTop()
	}
	curLine := 0
	at := ed.at()
	for _, s := range ed.spots() {
		line := m.itemLine(s)
		if s.idx < 0 {
			line = st.Label.Render(line)
		} else {
			line = "  " + line
		}
		if s == at {
			curLine = len(body)
			line = st.Selected.Render("›" + ansi.Strip(line))
		} else {
			line = " " + line
		}
		body = append(body, ansi.Truncate(line, max(1, m.w), "…"))
	}
	if ed.budget {
		body = append(body, m.budgetFooter()...)
	} else if s := at.sec; at.idx < 0 || s == secObjectives {
		// guidance for the part under the cursor
		hint := tr.T("lf.hint." + sectionKey[s])
		if s == secObjectives {
			hint = tr.T("lf.smart")
		}
		body = append(body, "")
		for _, l := range strings.Split(hint+"\n"+tr.T("lf.example", m.exampleFor(exampleKey[s])), "\n") {
			for _, w := range strings.Split(ansi.Wrap(l, max(10, m.w), ""), "\n") {
				body = append(body, st.Muted.Render(w))
			}
		}
	}
	room := max(1, m.h-len(head))
	ed.top = max(0, min(ed.top, curLine))
	if curLine >= ed.top+room {
		ed.top = curLine - room + 1
	}
	ed.top = max(0, min(ed.top, len(body)-room))
	end := min(len(body), ed.top+room)
	return common.Fit(strings.Join(head, "\n")+"\n"+strings.Join(body[ed.top:end], "\n"), m.w, m.h)
}

// exampleKey is the example shown under each section.
var exampleKey = map[section]string{
	secGoal: "goal", secObjectives: "objective", secActivities: "activity", secResults: "result",
	secIndicators: "indicator", secRisks: "risk", secGroups: "groups",
}

// logframeSummary is the card's one-line account of the logframe.
func logframeSummary(c *common.Common, l *model.Logframe) string {
	if l.Empty() {
		return ""
	}
	tr := c.Tr
	return strings.Join([]string{tr.Count("lf.count.objectives", len(l.Objectives)), tr.Count("lf.count.activities", len(l.Activities)),
		tr.Count("lf.count.results", len(l.Results)), tr.Count("lf.count.indicators", len(l.Indicators)),
		tr.Count("lf.count.risks", len(l.Risks))}, ", ")
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}
