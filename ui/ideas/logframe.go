package ideas

// The logframe and budget editors on an idea's card (key l and b). Both edit
// a draft copy of the idea: a list of sections and their items, walked with
// the cursor keys; a item is added, changed or removed in a small huh form,
// and the whole draft is stored with s. esc asks before throwing edits away,
// and a failed save keeps the draft and says why.

import (
	"math"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"frontoffice/model"
	"frontoffice/ui/common"
	"frontoffice/ui/i18n"

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
	lang                     model.Lang // the form's, for its measures (valuesAt)
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
	Cancel                                                     key.Binding
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
	}
}

// editor is an open logframe or budget editor: a component of its own
// (key, updateForm, view, help, relabel, setSize), hosted by the Ideas
// screen (draft.go) the way matcher.go hosts the catalogue matcher.
type editor struct {
	c      *common.Common
	w, h   int
	done   bool // closed (esc, or a draft with nothing changed saved): the host shows the card
	budget bool // the budget editor, else the logframe editor
	keys   draftKeys
	orig   *model.Idea           // as opened
	entry  *model.CatalogueEntry // the catalogue entry the idea started from, for examples
	draft  *model.Idea           // being edited
	cur    int                   // the row under the cursor
	top    int                   // the first body line shown
	// free: the lines shown were moved past the rows (↑ on the first row,
	// ↓ on the last), to the totals above them or below; the window then
	// stays where it was put, not at the cursor, until the cursor moves.
	free bool

	form     *huh.Form
	target   spot // what the form edits; idx -1 adds a new item
	fv, fv0  itemValues
	formErrs []error

	ask    *common.Asking // asking whether to throw edits away (the item's or all)
	saving bool
	err    string // why the last save failed
	note   string // what the last key said of itself (lf.single_exists), until the next key
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

func (ed *editor) sections() []section {
	if ed.budget {
		return budgetSections
	}
	return logframeSections
}

// count is how many items a section has.
func (ed *editor) count(s section) int { return sectionTable[s].count(ed.draft) }

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
func single(s section) bool { return sectionTable[s].single }

// swap exchanges items a and b of section s (both in range).
func (ed *editor) swap(s section, a, b int) { sectionTable[s].swap(ed, a, b) }

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
func (ed *editor) remove(s section, i int) { sectionTable[s].remove(ed, i) }

// key handles a key in the editor.
func (ed *editor) key(msg tea.KeyMsg) tea.Cmd {
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
			ed.done = true
		case common.No:
			ed.ask = nil
		}
		return nil
	}
	if ed.form != nil {
		if key.Matches(msg, k.Cancel) {
			if ed.fv != ed.fv0 {
				ed.ask = ed.c.Ask(itemDiscardQ)
			} else {
				ed.form = nil
			}
			return nil
		}
		return ed.updateForm(msg)
	}
	at := ed.at()
	n := len(ed.spots())
	ed.note = ""
	free := false
	defer func() { ed.free = free }()
	switch {
	case key.Matches(msg, k.Close):
		if ed.changed() {
			ed.ask = ed.c.Ask(draftDiscardQ)
			return nil
		}
		ed.done = true
	case key.Matches(msg, k.Save):
		return ed.save()
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
	case key.Matches(msg, k.Up) && ed.cur == 0:
		// Past the first row: the lines above it (the budget's totals
		// and warnings) come into view a line a key.
		ed.top, free = max(0, ed.top-1), true
	case key.Matches(msg, k.Down) && ed.cur == n-1:
		ed.top, free = ed.top+1, true // the view clamps it to the end
	case key.Matches(msg, k.Up):
		ed.cur = max(0, ed.cur-1)
	case key.Matches(msg, k.Down):
		ed.cur = min(n-1, ed.cur+1)
	case msg.Type == tea.KeyHome:
		ed.cur, ed.top, free = 0, 0, true // the very top, not only the first row
	case msg.Type == tea.KeyEnd:
		ed.cur, ed.top, free = n-1, math.MaxInt/2, true // the very end
	case key.Matches(msg, k.Add):
		if at.sec == secFunding {
			// The funding is one row of amounts, always there (e changes
			// it): a adds a budget line, as "no lines yet: a adds one"
			// under it says (it opened the funding).
			return ed.openItem(spot{secLines, -1})
		}
		if single(at.sec) {
			if at.sec == secGoal && strings.TrimSpace(ed.draft.Logframe.Goal) != "" {
				// The goal is one: a opened it for editing with the cursor at
				// its end, and what was typed ran on into the old text.
				ed.note = ed.c.Tr.T("lf.single_exists")
				return nil
			}
			return ed.openItem(spot{at.sec, 0})
		}
		return ed.openItem(spot{at.sec, -1})
	case key.Matches(msg, k.Edit):
		if at.idx < 0 && single(at.sec) {
			at.idx = 0
		}
		return ed.openItem(at)
	case key.Matches(msg, k.Remove):
		if at.idx >= 0 {
			ed.remove(at.sec, at.idx)
			ed.err = ""
			ed.cur = min(ed.cur, len(ed.spots())-1)
		}
	}
	return nil
}

// openItem opens the form for item at (idx -1: a new item of its section).
func (ed *editor) openItem(at spot) tea.Cmd {
	ed.target = at
	ed.fv = ed.valuesAt(at)
	ed.fv0 = ed.fv
	ed.form = ed.itemForm()
	ed.layout()
	return ed.form.Init()
}

func count(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

// valuesAt fills the form's values from the item at (empty for a new one).
func (ed *editor) valuesAt(at spot) itemValues {
	v := itemValues{category: "materials", source: model.SourceGrant, lang: ed.c.Lang()}
	if def := sectionTable[at.sec]; def.single || at.idx >= 0 {
		def.values(ed.draft, at.idx, &v)
	}
	if at.sec == secIndicators && at.idx < 0 {
		v.objective = unmeasured(ed.draft.Logframe)
	}
	return v
}

// unmeasured is the first objective (1-based) no indicator measures, 0
// (the goal) when each has one or there are none: what a new indicator
// proposes to measure. Proposing the goal, a new indicator was then told
// by the application that objective 1 had none (found by the s18-try
// helper).
func unmeasured(lf model.Logframe) int {
	for i := range lf.Objectives {
		if !slices.ContainsFunc(lf.Indicators, func(x model.Indicator) bool { return x.Objective == i+1 }) {
			return i + 1
		}
	}
	return 0
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

// itemForm builds the form for the editor's target: its section's fields
// (sections.go) under the section's name.
func (ed *editor) itemForm() *huh.Form {
	tr := ed.c.Tr
	k := &formKit{ed: ed, tr: tr, lang: ed.c.Lang(), v: &ed.fv, compact: ed.h < 24}
	title := tr.T("lf.sec." + sectionTable[ed.target.sec].key)
	f := huh.NewForm(huh.NewGroup(sectionTable[ed.target.sec].fields(k)...).Title(title))
	return ed.c.FinishForm(f.WithShowHelp(false))
}

// formKit is what the sections' fields are made with: the item's values and
// the checks and guidance every field shares.
type formKit struct {
	ed      *editor
	tr      *i18n.Translator
	lang    model.Lang
	v       *itemValues
	compact bool // a small screen: the guidance shrinks so the field stays in view
}

func (k *formKit) refuse(title string, r model.Reason) error {
	return fieldErr(title + ": " + k.tr.Reason(r))
}

func (k *formKit) text(title string, required, multiline bool) func(string) error {
	return func(s string) error {
		switch {
		case required && strings.TrimSpace(s) == "":
			return k.refuse(title, model.ReasonRequired)
		case model.HasControl(s, multiline):
			return k.refuse(title, model.ReasonControlChars)
		}
		return nil
	}
}

func (k *formKit) measure(title string) func(string) error {
	return func(s string) error {
		if _, r := parseMeasure(s); r != model.ReasonNone {
			return k.refuse(title, r)
		}
		return nil
	}
}

func (k *formKit) whole(title string, most int) func(string) error {
	return func(s string) error {
		if _, r := parseCount(s, most); r != model.ReasonNone {
			return k.refuse(title, r)
		}
		return nil
	}
}

// date checks a day; after, when set, is a day it may not come before.
func (k *formKit) date(title string, after *string) func(string) error {
	return func(s string) error {
		if strings.TrimSpace(s) == "" {
			return nil
		}
		d, r := model.ParseDate(s)
		if r != model.ReasonNone {
			return k.refuse(title, r)
		}
		if after != nil && strings.TrimSpace(*after) != "" {
			if a, r := model.ParseDate(*after); r == model.ReasonNone && d < a {
				return fieldErr(k.tr.T("lf.end_before_start"))
			}
		}
		return nil
	}
}

func (k *formKit) multi(title, desc string, val *string, required bool) huh.Field {
	return huh.NewText().Title(title).Description(desc).Value(val).Lines(3).CharLimit(5000).
		ExternalEditor(false).Validate(k.text(title, required, true))
}

func (k *formKit) example(sec string) string { return k.tr.T("lf.example", k.ed.exampleFor(sec)) }

func (k *formKit) guide(hint, sec string) string {
	if k.compact {
		return k.example(sec)
	}
	return hint + "\n" + k.example(sec)
}

// objectives is the select of the objective an activity or indicator serves.
func (k *formKit) objectives() huh.Field {
	opts := []huh.Option[int]{huh.NewOption(k.tr.T("lf.objective_none"), 0)}
	for i, o := range k.ed.draft.Logframe.Objectives {
		opts = append(opts, objectivesOption(i, o))
	}
	return huh.NewSelect[int]().Title(k.tr.T("lf.field.objective")).Options(opts...).Value(&k.v.objective)
}

// exampleFor is the example shown for a part of the logframe: from the
// catalogue entry the idea started from when it has one, else a generic one.
func (ed *editor) exampleFor(part string) string {
	if ed != nil && ed.entry != nil {
		if s := entryExample(ed.entry, part, ed.c.Tr); strings.TrimSpace(s) != "" {
			return oneLine(s)
		}
	}
	return ed.c.Tr.T("lf.ex." + part)
}

// entryExample is a catalogue entry's first suggestion for part, "" when none.
func entryExample(e *model.CatalogueEntry, part string, tr *i18n.Translator) string {
	lang := tr.Lang()
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
			return in.Name.In(lang) + " (" + in.Unit.In(lang) + ", " + tr.Figure(in.Baseline) + " → " + tr.Figure(in.Target) + ", " + in.Verification.In(lang) + ")"
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
	sectionTable[ed.target.sec].apply(ed, ed.fv, strings.TrimSpace(ed.fv.text))
}

// updateForm passes a message to the open item form.
func (ed *editor) updateForm(msg tea.Msg) tea.Cmd {
	if ed.form == nil {
		return nil
	}
	var cmd tea.Cmd
	ed.form, cmd = common.UpdateForm(ed.form, msg)
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
		ed.layout()
	}
	return cmd
}

// layout fits the open item form under the editor's heading.
func (ed *editor) layout() {
	if ed.form == nil {
		return
	}
	avail := ed.h - len(ed.head())
	ed.formErrs = ed.form.Errors()
	if len(ed.formErrs) > 0 {
		avail--
	}
	ed.form = ed.form.WithWidth(max(20, ed.w)).WithHeight(max(3, avail))
}

// relabel rebuilds the editor's words after a language switch, keeping
// what was typed in an open form.
func (ed *editor) relabel() tea.Cmd {
	ed.keys = newDraftKeys(ed.c)
	if ed.form == nil {
		return nil
	}
	fv := ed.fv
	ed.form = ed.itemForm()
	ed.fv = fv
	ed.layout()
	return ed.form.Init()
}

// draftSavedMsg is the answer to saving a draft.
type draftSavedMsg struct {
	idea *model.Idea
	err  error
}

func (ed *editor) save() tea.Cmd {
	if !ed.changed() {
		ed.done = true
		return nil
	}
	if ed.c.Nobody() { // who is working? asked first; esc keeps the draft open
		return ed.c.WhoFirst(ed.save, nil)
	}
	ed.saving = true
	idea, store := cloneIdea(ed.draft), ed.c.Store
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

// help lists the editor's keys that work now.
func (ed *editor) help() []key.Binding {
	k := ed.keys
	switch {
	case ed.ask != nil:
		return ed.ask.Keys()
	case ed.form != nil:
		return append([]key.Binding{k.Cancel}, common.FormMoves(ed.form, ed.c.Tr, false)...)
	}
	return []key.Binding{k.Close, k.Save, k.Add, k.Edit, k.Remove, k.MoveUp, k.MoveDown, k.Down}
}

// head is the editor's heading lines: what is edited, why a save failed.
func (ed *editor) head() []string {
	tr, st := ed.c.Tr, ed.c.Styles
	head := tr.T("lf.title", oneLine(ed.orig.Title))
	if ed.budget {
		head = tr.T("budget.title", oneLine(ed.orig.Title))
	}
	lines := []string{st.Title.Render(ansi.Truncate(head, max(1, ed.w), "…"))}
	if ed.note != "" {
		for _, l := range strings.Split(ansi.Wrap(ed.note, max(10, ed.w), ""), "\n") {
			lines = append(lines, st.Muted.Render(l))
		}
	}
	if ed.err != "" {
		wrapped := strings.Split(ansi.Wrap(ed.err, max(10, ed.w), ""), "\n")
		if len(wrapped) > 3 {
			wrapped = append(wrapped[:2], ansi.Truncate(wrapped[2], max(1, ed.w-1), "")+"…")
		}
		for _, l := range wrapped {
			lines = append(lines, st.Error.Render(l))
		}
	}
	return lines
}

// itemLine is one row of the editor, as one line.
func (ed *editor) itemLine(at spot) string {
	def := sectionTable[at.sec]
	if at.idx < 0 {
		return ed.c.Tr.T("lf.sec."+def.key) + " (" + strconv.Itoa(ed.count(at.sec)) + ")"
	}
	return def.line(lineCtx{ed: ed, at: at, l: ed.draft, n: strconv.Itoa(at.idx+1) + ". "})
}

// view draws the editor: the heading, then the open form or the rows.
func (ed *editor) view() string {
	tr, st := ed.c.Tr, ed.c.Styles
	head := ed.head()
	if ed.ask != nil {
		return common.Fit(strings.Join(head, "\n")+"\n"+ed.ask.View(ed.w), ed.w, ed.h)
	}
	if ed.saving {
		return common.Fit(strings.Join(head, "\n")+"\n"+st.Muted.Render(tr.T("ideas.saving")), ed.w, ed.h)
	}
	if ed.form != nil {
		return common.Fit(strings.Join(head, "\n")+"\n"+ed.form.View(), ed.w, ed.h)
	}
	var body []string
	if ed.budget {
		body = ed.budgetTop()
	}
	curLine, curLast := 0, 0 // the cursor's row: its first line and its last
	at := ed.at()
	wasAt := false // the spot before was the cursor's: its last line is the last so far
	for _, s := range ed.spots() {
		if wasAt {
			curLast, wasAt = len(body)-1, false
		}
		wasAt = s == at
		line := ed.itemLine(s)
		if s.sec == secFunding && s.idx >= 0 {
			// The programme that applies and the sums are said whole, on
			// more lines when the screen is narrow (40 columns in Kazakh).
			for k, l := range strings.Split(ansi.Wrap(line, max(10, ed.w-3), ""), "\n") {
				mark := " "
				if k == 0 && s == at {
					mark, curLine = "›", len(body)
				}
				l = mark + "  " + l
				if s == at {
					l = st.Selected.Render(l)
				}
				body = append(body, ansi.Truncate(l, max(1, ed.w), "…"))
			}
			continue
		}
		if s.idx < 0 {
			line = st.Label.Render(line)
		} else {
			line = "  " + line
		}
		if s == at && s.idx >= 0 {
			// The row under the cursor is said whole, on more lines when
			// narrow: a budget line's sum and who pays come last.
			curLine = len(body)
			for k, l := range strings.Split(ansi.Wrap(ansi.Strip(line), max(10, ed.w-1), ""), "\n") {
				mark := "›"
				if k > 0 {
					mark, l = " ", "   "+strings.TrimLeft(l, " ")
				}
				body = append(body, st.Selected.Render(ansi.Truncate(mark+l, max(1, ed.w), "…")))
			}
			continue
		}
		if s == at {
			curLine = len(body)
			line = st.Selected.Render("›" + ansi.Strip(line))
		} else {
			line = " " + line
		}
		body = append(body, ansi.Truncate(line, max(1, ed.w), "…"))
	}
	if wasAt {
		curLast = len(body) - 1
	}
	if ed.budget {
		body = append(body, ed.budgetFooter()...)
	} else if s := at.sec; at.idx < 0 || s == secObjectives {
		// guidance for the part under the cursor
		hint := tr.T("lf.hint." + sectionTable[s].key)
		if s == secObjectives {
			hint = tr.T("lf.smart")
		}
		body = append(body, "")
		for _, l := range strings.Split(hint+"\n"+tr.T("lf.example", ed.exampleFor(exampleKey[s])), "\n") {
			for _, w := range strings.Split(ansi.Wrap(l, max(10, ed.w), ""), "\n") {
				body = append(body, st.Muted.Render(w))
			}
		}
	}
	room := max(1, ed.h-len(head))
	shown := ed.window(body, curLine, curLast, room)
	return common.Fit(strings.Join(head, "\n")+"\n"+strings.Join(shown, "\n"), ed.w, ed.h)
}

// window is the part of body shown in room lines: the cursor's line in
// view (unless the window was moved past the rows: free), with a muted
// line saying more is above or below where there is room for one.
func (ed *editor) window(body []string, curLine, curLast, room int) []string {
	st, tr := ed.c.Styles, ed.c.Tr
	// Moved to the end (End, or ↓ on the last row), the window stays at
	// the end, whatever room the marks leave.
	pinEnd := ed.free && ed.top >= len(body)-room
	place := func(room int) (int, int) {
		switch {
		case pinEnd:
			ed.top = len(body) - room
		case !ed.free:
			// The cursor's row whole, its first line first when it is
			// longer than the room.
			ed.top = max(0, min(ed.top, curLine))
			if curLast >= ed.top+room {
				ed.top = min(curLine, curLast-room+1)
			}
		}
		ed.top = max(0, min(ed.top, len(body)-room))
		return ed.top, min(len(body), ed.top+room)
	}
	top, end := place(room)
	if room < 6 || top == 0 && end == len(body) {
		return body[top:end]
	}
	// The marks take a line each: placed again in what is left. The
	// cursor's line may need a mark it had not, so up to twice.
	above, below := top > 0, end < len(body)
	for range 2 {
		n := 0
		if above {
			n++
		}
		if below {
			n++
		}
		top, end = place(room - n)
		if top > 0 == above && end < len(body) == below {
			break
		}
		above, below = top > 0, end < len(body)
	}
	var out []string
	if above {
		out = append(out, st.Muted.Render(ansi.Truncate(tr.T("lf.more_above"), max(1, ed.w), "…")))
	}
	out = append(out, body[top:end]...)
	if below {
		out = append(out, st.Muted.Render(ansi.Truncate(tr.T("lf.more_below"), max(1, ed.w), "…")))
	}
	return out
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
