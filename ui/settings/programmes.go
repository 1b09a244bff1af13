package settings

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"frontoffice/model"
	"frontoffice/model/application"
	"frontoffice/storage"
	"frontoffice/ui/common"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/x/ansi"
)

// KeyTemplates keeps the office's own grant templates (JSON, see
// application.EncodeOffice) in the store's settings.
const KeyTemplates = storage.SettingTemplates

// The grant programmes part of Settings: the shipped templates (read only)
// and the office's own, made by copying one and editing its name, limits,
// rules and sections. Saving applies them at once: the budget editor, the
// application view and the readiness column use them.

type progMode int

const (
	progList progMode = iota
	progForm
	progSections
	progConfirmDelete
	progConfirmDiscard
)

// progKeys are the keys of the programmes part.
type progKeys struct {
	Up, Down, Copy, Edit, Delete, Back key.Binding
	Toggle, MoveUp, MoveDown, Save     key.Binding
}

func newProgKeys(tr interface{ T(string, ...any) string }) progKeys {
	return progKeys{
		Up:       common.Bind(tr.T("key.up"), "up", "k"),
		Down:     common.Bind(tr.T("key.down"), "down", "j"),
		Copy:     common.Bind(tr.T("prog.key.copy"), "c"),
		Edit:     common.Bind(tr.T("key.edit"), "e", "enter"),
		Delete:   common.Bind(tr.T("prog.key.delete"), "x"),
		Back:     common.Bind(tr.T("key.back"), "esc"),
		Toggle:   common.BindHelp(tr.T("prog.key.space"), tr.T("prog.key.toggle"), " "),
		MoveUp:   common.BindHelp("K/shift+↑", tr.T("prog.key.move_up"), "K", "shift+up"),
		MoveDown: common.BindHelp("J/shift+↓", tr.T("prog.key.move_down"), "J", "shift+down"),
		Save:     common.Bind(tr.T("prog.key.save"), "enter"),
	}
}

// specValues are what the form edits, as typed.
type specValues struct {
	name                      string
	maxKZT, maxMCI, cofunding string
	team, minAge, maxAge      string
	minMonths, maxMonths      string
	indicatorPerObjective     bool
}

// secState is a section's state in the sections editor.
type secState int

const (
	secRequired secState = iota
	secPrinted
	secOff
)

type progSavedMsg struct {
	specs []application.Spec
	rules *application.Office // the office's rules with specs
	code  string              // the one to show
	err   error
}

// The questions of the programmes' view.
var (
	deleteQ      = common.NewQuestion("programmes.delete", "prog.delete_q", "confirm.delete", "confirm.keep")
	progDiscardQ = common.NewQuestion("programmes.discard", "settings.discard_q", "confirm.discard", "confirm.keep_editing")
)

type programmes struct {
	c      *common.Common
	keys   progKeys
	w, h   int
	mode   progMode
	ask    *common.Asking // the question while progConfirmDelete or progConfirmDiscard
	cur    int
	specs  []application.Spec // the office's own, as stored
	draft  application.Spec   // being edited
	isNew  bool               // the draft is a copy not saved yet
	vals   *specValues
	form   *huh.Form
	secCur int
	rows   []secRow // the sections editor
	start  []secRow
	err    string
	saving bool
}

type secRow struct {
	id    application.SectionID
	state secState
}

func newProgrammes(c *common.Common, w, h int) *programmes {
	return &programmes{c: c, keys: newProgKeys(c.Tr), w: w, h: h, specs: c.Rules().Specs()}
}

// templates are the rows of the list: shipped first, then the office's own.
func (p *programmes) templates() []application.Template {
	rules := p.c.Rules()
	out := rules.Builtin()
	for _, s := range p.specs {
		out = append(out, rules.TemplateOf(s))
	}
	return out
}

func (p *programmes) own(code string) (int, bool) {
	for i, s := range p.specs {
		if s.Code == code {
			return i, true
		}
	}
	return -1, false
}

// capturing is true while a programme is being edited (its form, its
// sections) or a question is open: letters are the editor's, not the
// app's. On the sections q quit the app and threw the edit away without
// asking; esc asks (progDiscardQ), enter saves.
func (p *programmes) capturing() bool { return p.mode != progList }

func (p *programmes) update(msg tea.Msg) (done bool, cmd tea.Cmd) {
	defer p.fitForm() // an error may have come or gone, above the form or under a field
	switch msg := msg.(type) {
	case progSavedMsg:
		p.saving = false
		if msg.rules != nil {
			p.c.SetRules(*msg.rules)
		}
		if msg.err != nil {
			p.err = p.c.Tr.T("prog.save_failed", p.c.ErrorText(msg.err))
			return false, nil
		}
		p.specs, p.err, p.mode, p.form = msg.specs, "", progList, nil
		for i, t := range p.templates() {
			if t.Code == msg.code {
				p.cur = i
			}
		}
		return false, tea.Batch(
			func() tea.Msg { return common.DataChangedMsg{} },
			func() tea.Msg { return common.StatusMsg{Text: p.c.Tr.T("prog.saved")} })
	case tea.KeyMsg:
		return p.key(msg)
	}
	if p.mode == progForm && p.form != nil {
		return false, p.updateForm(msg)
	}
	return false, nil
}

func (p *programmes) key(msg tea.KeyMsg) (bool, tea.Cmd) {
	k := p.keys
	if p.saving {
		return false, nil
	}
	switch p.mode {
	case progList:
		ts := p.templates()
		switch {
		case key.Matches(msg, k.Back):
			return true, nil
		// A move leaves the programme the message was about ("a shipped
		// template cannot be changed" stayed above the office's own).
		case key.Matches(msg, k.Up):
			p.cur, p.err = max(0, p.cur-1), ""
		case key.Matches(msg, k.Down):
			p.cur, p.err = min(len(ts)-1, p.cur+1), ""
		case key.Matches(msg, k.Copy):
			taken := func(code string) bool { _, ok := p.own(code); return ok }
			p.draft, p.isNew, p.err = application.Copy(ts[p.cur], taken), true, ""
			return false, p.openForm()
		case key.Matches(msg, k.Edit):
			i, ok := p.own(ts[p.cur].Code)
			if !ok {
				p.err = p.c.Tr.T("prog.shipped_read_only")
				return false, nil
			}
			p.draft, p.isNew, p.err = p.specs[i], false, ""
			return false, p.openForm()
		case key.Matches(msg, k.Delete):
			if _, ok := p.own(ts[p.cur].Code); !ok {
				p.err = p.c.Tr.T("prog.shipped_read_only")
				return false, nil
			}
			lang := p.c.Lang()
			p.mode, p.err = progConfirmDelete, ""
			p.ask = p.c.Ask(deleteQ, common.Sanitize(ts[p.cur].Label(lang))).
				Noting(p.c.Tr.T("prog.delete_note", p.c.Rules().TemplateFor(application.DefaultCode).Label(lang)))
		}
	case progConfirmDelete:
		switch p.ask.Answer(msg) {
		case common.Yes:
			p.ask = nil
			code := p.templates()[p.cur].Code
			var keep []application.Spec
			for _, s := range p.specs {
				if s.Code != code {
					keep = append(keep, s)
				}
			}
			p.cur = max(0, p.cur-1)
			return false, p.save(keep, "")
		case common.No:
			p.mode, p.ask = progList, nil
		}
	case progForm:
		if key.Matches(msg, k.Back) {
			if p.changed() {
				p.mode, p.ask = progConfirmDiscard, p.c.Ask(progDiscardQ)
				return false, nil
			}
			p.mode, p.form = progList, nil
			return false, nil
		}
		return false, p.updateForm(msg)
	case progSections:
		return false, p.sectionsKey(msg)
	case progConfirmDiscard:
		switch p.ask.Answer(msg) {
		case common.Yes:
			p.mode, p.form, p.err, p.ask = progList, nil, "", nil
		case common.No:
			p.ask = nil
			if p.form != nil {
				p.mode = progForm
			} else {
				p.mode = progSections
			}
		}
	}
	return false, nil
}

// changed reports whether anything was typed or moved since the edit began.
func (p *programmes) changed() bool {
	if p.isNew {
		return true // a copy not yet saved
	}
	if p.form != nil && p.vals != nil && *p.vals != *p.initial() {
		return true
	}
	if len(p.rows) != len(p.start) {
		return true
	}
	for i := range p.rows {
		if p.rows[i] != p.start[i] {
			return true
		}
	}
	return false
}

func num(n int64) string {
	if n == 0 {
		return ""
	}
	return strconv.FormatInt(n, 10)
}

// grouped is an amount as tenge are written elsewhere ("12 500 000"); ""
// for none.
func grouped(n int64) string {
	if n == 0 {
		return ""
	}
	return model.GroupDigits(n)
}

// initial are the form's values for the draft.
func (p *programmes) initial() *specValues {
	d := p.draft
	return &specValues{
		name:   d.Name.In(p.c.Lang()),
		maxKZT: grouped(int64(d.MaxKZT)), maxMCI: num(int64(d.MaxMCI)), cofunding: num(int64(d.MinCofundingPct)),
		team: num(int64(d.Rules.MinTeam)), minAge: num(int64(d.Rules.MinAge)), maxAge: num(int64(d.Rules.MaxAge)),
		minMonths: num(int64(d.Rules.MinMonths)), maxMonths: num(int64(d.Rules.MaxMonths)),
		indicatorPerObjective: d.Rules.IndicatorPerObjective,
	}
}

// parseCount reads a whole number typed in a form: empty is 0 (no rule).
func parseCount(s string, most int64) (int64, model.Reason) {
	s = strings.Join(strings.Fields(s), "")
	s = strings.TrimSuffix(strings.TrimSuffix(s, "₸"), "%")
	if s == "" {
		return 0, model.ReasonNone
	}
	if t, r := model.ParseTenge(s); r != model.ReasonNone {
		return 0, r
	} else if t < 0 {
		return 0, model.ReasonNegative
	} else if int64(t) > most {
		return 0, model.ReasonTooLarge
	} else {
		return int64(t), model.ReasonNone
	}
}

func (p *programmes) openForm() tea.Cmd {
	p.vals = p.initial()
	p.mode = progForm
	p.rows, p.start = nil, nil
	p.form = p.newForm()
	return p.form.Init()
}

func (p *programmes) newForm() *huh.Form {
	tr, v := p.c.Tr, p.vals
	count := func(most int64) func(string) error {
		return func(s string) error {
			if _, r := parseCount(s, most); r != model.ReasonNone {
				return fieldErr(tr.Reason(r))
			}
			return nil
		}
	}
	notBelow := func(most int64, low *string) func(string) error {
		return func(s string) error {
			hi, r := parseCount(s, most)
			if r != model.ReasonNone {
				return fieldErr(tr.Reason(r))
			}
			if lo, _ := parseCount(*low, most); hi > 0 && lo > hi {
				return fieldErr(tr.T("prog.max_below_min"))
			}
			return nil
		}
	}
	name := func(s string) error {
		switch {
		case strings.TrimSpace(s) == "":
			return fieldErr(tr.Reason(model.ReasonRequired))
		case model.HasControl(s, false):
			return fieldErr(tr.Reason(model.ReasonControlChars))
		}
		return nil
	}
	mci := func(s string) error {
		n, r := parseCount(s, 1_000_000)
		if r != model.ReasonNone {
			return fieldErr(tr.Reason(r))
		}
		if k, _ := parseCount(v.maxKZT, 10_000_000_000); n > 0 && k > 0 {
			return fieldErr(tr.T("prog.one_limit"))
		}
		return nil
	}
	group := huh.NewGroup(
		huh.NewInput().Title(tr.T("prog.field.name")).Value(&v.name).CharLimit(200).Validate(name),
		huh.NewInput().Title(tr.T("prog.field.max_kzt")).Description(tr.T("prog.hint.none")).Value(&v.maxKZT).CharLimit(16).Validate(count(10_000_000_000)),
		huh.NewInput().Title(tr.T("prog.field.max_mci")).Description(tr.T("prog.hint.mci", model.GroupDigits(int64(p.c.Rules().Settings().MCIIn(p.c.Now().Year()))))).Value(&v.maxMCI).CharLimit(9).Validate(mci),
		huh.NewInput().Title(tr.T("prog.field.cofunding")).Description(tr.T("prog.hint.cofunding")).Value(&v.cofunding).CharLimit(5).Validate(count(1000)),
		huh.NewInput().Title(tr.T("prog.field.team")).Value(&v.team).CharLimit(3).Validate(count(100)),
		huh.NewInput().Title(tr.T("prog.field.min_age")).Value(&v.minAge).CharLimit(3).Validate(count(120)),
		huh.NewInput().Title(tr.T("prog.field.max_age")).Value(&v.maxAge).CharLimit(3).Validate(notBelow(120, &v.minAge)),
		huh.NewInput().Title(tr.T("prog.field.min_months")).Value(&v.minMonths).CharLimit(3).Validate(count(120)),
		huh.NewInput().Title(tr.T("prog.field.max_months")).Value(&v.maxMonths).CharLimit(3).Validate(notBelow(120, &v.minMonths)),
		huh.NewConfirm().Title(tr.T("prog.field.indicators")).Value(&v.indicatorPerObjective).
			Affirmative(tr.T("key.yes")).Negative(tr.T("key.no")),
	)
	// On a small screen (40×12) the form's hint took two of the lines a
	// field needs for its title, its hint, what is typed and its error.
	if p.h >= progHintFrom {
		group = group.Description(tr.T("prog.form_hint"))
	}
	f := huh.NewForm(group).WithShowHelp(false).WithWidth(max(20, p.w)).WithHeight(p.formHeight())
	return p.c.FinishForm(f)
}

// fitForm gives the form the room formHeight says. huh sizes a form's
// fields by its height less what its hint and a field's error take at the
// time it is set, so it is set again after each message, not only on a
// resize (in View it would lay every field out again at each frame).
func (p *programmes) fitForm() {
	if p.mode == progForm && p.form != nil {
		p.form = p.form.WithHeight(p.formHeight())
	}
}

// progHintFrom is the body height from which the form shows its hint.
const progHintFrom = 14

// formHeight is the room the form has under its title and the error shown
// above it, less the line huh puts before a field's error under the form
// (a form's height counts its error, not that line; fitForm sets it
// again as errors come and go). With four lines kept back, at 40×12
// the form had five: the group's hint and the focused field's title took
// them, and what was typed was not drawn.
func (p *programmes) formHeight() int {
	errLines := 0
	if p.err != "" {
		errLines = strings.Count(ansi.Wrap(p.err, max(10, p.w), ""), "\n") + 1
	}
	return max(3, p.h-2-errLines)
}

func (p *programmes) updateForm(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	p.form, cmd = common.UpdateForm(p.form, msg)
	if p.form.State == huh.StateCompleted {
		p.applyForm()
		p.form = nil
		p.openSections()
		return nil
	}
	return cmd
}

// applyForm moves the typed values into the draft (the form checked them).
func (p *programmes) applyForm() {
	v, d := p.vals, &p.draft
	n := func(s string) int { x, _ := parseCount(s, 10_000_000_000); return int(x) }
	name := strings.TrimSpace(v.name)
	if name != d.Name.In(p.c.Lang()) {
		switch p.c.Lang() {
		case model.KK:
			d.Name.KK = name
		case model.RU:
			d.Name.RU = name
		default:
			d.Name.EN = name
		}
	}
	d.MaxKZT, d.MaxMCI, d.MinCofundingPct = model.Tenge(n(v.maxKZT)), n(v.maxMCI), n(v.cofunding)
	d.Rules = application.Rules{MinTeam: n(v.team), MinAge: n(v.minAge), MaxAge: n(v.maxAge),
		MinMonths: n(v.minMonths), MaxMonths: n(v.maxMonths), IndicatorPerObjective: v.indicatorPerObjective}
}

func (p *programmes) openSections() {
	p.mode, p.secCur = progSections, 0
	p.rows = nil
	in := map[application.SectionID]bool{}
	for _, s := range p.draft.Sections {
		st := secPrinted
		if s.Required {
			st = secRequired
		}
		p.rows = append(p.rows, secRow{id: s.ID, state: st})
		in[s.ID] = true
	}
	for _, id := range application.SectionIDs() {
		if !in[id] {
			p.rows = append(p.rows, secRow{id: id, state: secOff})
		}
	}
	p.start = append([]secRow(nil), p.rows...)
}

func (p *programmes) sectionsKey(msg tea.KeyMsg) tea.Cmd {
	k := p.keys
	switch {
	case key.Matches(msg, k.Back):
		if p.changed() {
			p.mode, p.ask = progConfirmDiscard, p.c.Ask(progDiscardQ)
			return nil
		}
		p.mode = progList
	case key.Matches(msg, k.MoveUp):
		if p.secCur > 0 {
			p.rows[p.secCur], p.rows[p.secCur-1] = p.rows[p.secCur-1], p.rows[p.secCur]
			p.secCur--
		}
	case key.Matches(msg, k.MoveDown):
		if p.secCur < len(p.rows)-1 {
			p.rows[p.secCur], p.rows[p.secCur+1] = p.rows[p.secCur+1], p.rows[p.secCur]
			p.secCur++
		}
	case key.Matches(msg, k.Up):
		p.secCur = max(0, p.secCur-1)
	case key.Matches(msg, k.Down):
		p.secCur = min(len(p.rows)-1, p.secCur+1)
	case key.Matches(msg, k.Toggle):
		p.rows[p.secCur].state = (p.rows[p.secCur].state + 1) % 3
	case key.Matches(msg, k.Save):
		p.draft.Sections = nil
		for _, r := range p.rows {
			if r.state != secOff {
				p.draft.Sections = append(p.draft.Sections, application.SpecSection{ID: r.id, Required: r.state == secRequired})
			}
		}
		if err := p.draft.Validate(); err != nil {
			p.err = p.problemText(err)
			return nil
		}
		specs := append([]application.Spec(nil), p.specs...)
		if i, ok := p.own(p.draft.Code); ok {
			specs[i] = p.draft
		} else {
			specs = append(specs, p.draft)
		}
		return p.save(specs, p.draft.Code)
	}
	return nil
}

// problemText names the first wrong field of a spec, translated.
func (p *programmes) problemText(err error) string {
	tr := p.c.Tr
	var es model.FieldErrors
	if errors.As(err, &es) && len(es) > 0 {
		return tr.T("prog.field_problem", tr.T("prog.field."+es[0].Field), tr.Reason(es[0].Reason))
	}
	return p.c.ErrorText(err)
}

// save keeps specs in the store and, once kept, applies them.
func (p *programmes) save(specs []application.Spec, show string) tea.Cmd {
	p.saving, p.err = true, ""
	store, rules := p.c.Store, p.c.Rules()
	return common.Do(func() tea.Msg {
		v, err := application.EncodeOffice(specs)
		if err == nil {
			err = store.SetSetting(KeyTemplates, v)
		}
		if err != nil {
			return progSavedMsg{err: err}
		}
		return progSavedMsg{specs: specs, code: show, rules: LoadRules(store, rules)}
	})
}

func (p *programmes) setSize(w, h int) {
	p.w, p.h = w, h
	if p.form != nil {
		p.form = p.form.WithWidth(max(20, w)).WithHeight(p.formHeight())
	}
}

func (p *programmes) shortHelp() []key.Binding {
	k := p.keys
	switch p.mode {
	case progList:
		return []key.Binding{k.Back, k.Copy, k.Edit, k.Delete}
	case progForm:
		return append([]key.Binding{k.Back}, common.FormMoves(p.form, p.c.Tr, false)...)
	case progSections:
		return []key.Binding{k.Back, k.Toggle, k.MoveUp, k.MoveDown, k.Save}
	}
	return p.ask.Keys()
}

func (p *programmes) view() string {
	tr, st, lang := p.c.Tr, p.c.Styles, p.c.Lang()
	var b strings.Builder
	line := func(s string) { b.WriteString(ansi.Truncate(s, max(1, p.w), "…") + "\n") }
	if p.err != "" {
		for _, l := range strings.Split(ansi.Wrap(p.err, max(10, p.w), ""), "\n") {
			b.WriteString(st.Error.Render(l) + "\n")
		}
	}
	switch p.mode {
	case progForm:
		line(st.Title.Render(tr.T("prog.editing", common.Sanitize(p.draft.Name.In(lang)))))
		b.WriteString(p.form.View())
		return common.Fit(b.String(), p.w, p.h)
	case progConfirmDelete, progConfirmDiscard:
		b.WriteString(p.ask.View(p.w))
		return common.Fit(b.String(), p.w, p.h)
	case progSections:
		line(st.Title.Render(tr.T("prog.sections_of", common.Sanitize(p.draft.Name.In(lang)))))
		line(st.Muted.Render(tr.T("prog.sections_hint")))
		page := max(1, p.h-3-strings.Count(b.String(), "\n"))
		top, end := marked(page, p.secCur, len(p.rows))
		if top > 0 {
			line(st.Muted.Render(tr.T("list.more_above")))
		}
		for i := top; i < end; i++ {
			r := p.rows[i]
			mark := map[secState]string{secRequired: "[✓] ", secPrinted: "[•] ", secOff: "[ ] "}[r.state]
			text := mark + r.id.Title(lang) + "  " + st.Muted.Render(tr.T(fmt.Sprintf("prog.state.%d", r.state)))
			if i == p.secCur {
				line(st.Selected.Render("› " + text))
			} else {
				line("  " + text)
			}
		}
		if end < len(p.rows) {
			line(st.Muted.Render(tr.T("list.more_below")))
		}
		return common.Fit(b.String(), p.w, p.h)
	}
	line(st.Title.Render(tr.T("prog.title")))
	ts := p.templates()
	// kindLimit is whose the programme is and the most it grants.
	kindLimit := func(t application.Template) string {
		kind := tr.T("prog.shipped")
		if _, ok := p.own(t.Code); ok {
			kind = tr.T("prog.own")
		}
		limit := tr.T("prog.no_limit")
		if l := t.Limit(); l > 0 {
			limit = l.String()
		}
		return kind + " · " + limit
	}
	// Narrow, a row is its name alone, and whose it is and its limit open
	// the account of the programme under the cursor below the list (they
	// were cut: "встроенная …").
	narrow := false
	for _, t := range ts {
		narrow = narrow || ansi.StringWidth(common.Sanitize(t.Label(lang))+"  "+kindLimit(t))+2 > p.w
	}
	page := max(1, p.h-4-strings.Count(b.String(), "\n"))
	top, end := marked(page, p.cur, len(ts))
	if top > 0 {
		line(st.Muted.Render(tr.T("list.more_above")))
	}
	for i := top; i < end; i++ {
		t := ts[i]
		text := common.Sanitize(t.Label(lang))
		if !narrow {
			text += "  " + st.Muted.Render(kindLimit(t))
		}
		if i == p.cur {
			line(st.Selected.Render("› ") + text)
		} else {
			line("  " + text)
		}
	}
	if end < len(ts) {
		line(st.Muted.Render(tr.T("list.more_below")))
	}
	if len(ts) > 0 {
		b.WriteString("\n")
		about := p.rulesText(ts[p.cur])
		if narrow {
			// The name whole too: a row cuts a long one, and a copy's
			// "(копия)" with it.
			about = common.Sanitize(ts[p.cur].Label(lang)) + " — " + kindLimit(ts[p.cur]) + "; " + about
		}
		for _, l := range strings.Split(ansi.Wrap(common.KeepNumbersWhole(about), max(10, p.w), ""), "\n") {
			line(st.Muted.Render(l))
		}
	}
	return common.Fit(b.String(), p.w, p.h)
}

// marked is the rows [top, end) of n shown in page lines around the
// cursor cur, with the lines left for a mark above (top > 0) and below
// (end < n): a mark takes a row's line only where rows are hidden (blank
// lines stood for marks not needed, and five programmes showed two rows).
func marked(page, cur, n int) (top, end int) {
	return common.MarkedWindow(page, n, func(rows int) (int, int) {
		top := max(0, min(cur-rows/2, n-rows))
		return top, min(n, top+rows)
	})
}

// rulesText sums up a template's rules in one sentence list.
func (p *programmes) rulesText(t application.Template) string {
	tr := p.c.Tr
	var parts []string
	if t.MinCofundingPct > 0 {
		parts = append(parts, tr.T("prog.rule.cofunding", t.MinCofundingPct))
	}
	r := t.Rules
	if r.MinTeam > 0 {
		parts = append(parts, tr.T("prog.rule.team", r.MinTeam))
	}
	if r.MinAge > 0 || r.MaxAge > 0 {
		parts = append(parts, tr.T("prog.rule.ages", r.MinAge, r.MaxAge))
	}
	if r.MinMonths > 0 || r.MaxMonths > 0 {
		parts = append(parts, tr.Plural("prog.rule.months", float64(r.MaxMonths), r.MinMonths, r.MaxMonths))
	}
	if r.IndicatorPerObjective {
		parts = append(parts, tr.T("prog.rule.indicators"))
	}
	req := 0
	for _, s := range t.Sections {
		if s.Required {
			req++
		}
	}
	parts = append(parts, tr.T("prog.rule.sections", len(t.Sections), req))
	return strings.Join(parts, "; ")
}
