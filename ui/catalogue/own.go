package catalogue

import (
	"errors"
	"strconv"
	"strings"

	"frontoffice/model"
	"frontoffice/ui/common"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
)

// ownValues is the office's own entry as typed. The title and description
// are asked in all three languages: first in the screen's language, then in
// the other two, which may start as a copy of the first marked as not yet
// translated, so nobody mistakes it for a translation.
type ownValues struct {
	title, desc  map[model.Lang]string
	copyFirst    bool
	direction    model.Direction
	teamMin      string
	teamMax      string
	weeks        string
	budgetMin    string
	budgetMax    string
	firstLang    model.Lang
	otherPrefill bool // the other languages were filled from the first
}

func (v *ownValues) typed() bool {
	for _, l := range model.Langs() {
		if strings.TrimSpace(v.title[l]) != "" || strings.TrimSpace(v.desc[l]) != "" {
			return true
		}
	}
	return false
}

func (m *Model) startOwn() tea.Cmd {
	lang := m.c.Lang()
	m.ownV = ownValues{title: map[model.Lang]string{}, desc: map[model.Lang]string{}, firstLang: lang,
		direction: model.Direction("other"), teamMin: "2", teamMax: "10", weeks: "4", budgetMin: "0", budgetMax: "50000"}
	m.mode, m.err = modeOwn, ""
	return m.openForm(m.newOwnForm())
}

// langTitle is "Title (Kazakh)" and the like.
func (m *Model) langField(field string, l model.Lang) string {
	return m.c.Tr.Field(field) + " (" + m.c.Tr.T("catalogue.lang."+string(l)) + ")"
}

func (m *Model) required(field string, multiline bool) func(string) error {
	tr := m.c.Tr
	return func(s string) error {
		switch {
		case strings.TrimSpace(s) == "":
			return errors.New(tr.Field(field) + ": " + tr.Reason(model.ReasonRequired))
		case model.HasControl(s, multiline):
			return errors.New(tr.Field(field) + ": " + tr.Reason(model.ReasonControlChars))
		}
		return nil
	}
}

func (m *Model) number(field string, money bool) func(string) error {
	tr := m.c.Tr
	return func(s string) error {
		if money {
			if _, r := model.ParseTenge(s); r != model.ReasonNone {
				return errors.New(tr.Field(field) + ": " + tr.Reason(r))
			}
			return nil
		}
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n < 0 || n > maxCount {
			return errors.New(tr.Field(field) + ": " + tr.T("catalogue.form.whole_number"))
		}
		return nil
	}
}

func (m *Model) newOwnForm() *huh.Form {
	tr, lang := m.c.Tr, m.c.Lang()
	v := &m.ownV
	first := v.firstLang
	t, d := v.title[first], v.desc[first]
	v.title[first], v.desc[first] = t, d
	var dirs []huh.Option[model.Direction]
	for _, x := range model.Directions() {
		dirs = append(dirs, huh.NewOption(x.Label(lang), x))
	}
	titleV, descV := new(string), new(string)
	*titleV, *descV = t, d
	// huh binds to a string pointer; the map is written back on each update.
	bindTitle, bindDesc := titleV, descV
	m.ownBind = func() { v.title[first], v.desc[first] = *bindTitle, *bindDesc }
	return huh.NewForm(
		huh.NewGroup(
			huh.NewInput().Title(m.langField("title", first)).Value(titleV).CharLimit(200).Validate(m.required("title", false)),
			huh.NewText().Title(m.langField("description", first)).Value(descV).Lines(3).CharLimit(5000).
				ExternalEditor(false).Validate(m.required("description", true)),
			huh.NewConfirm().Title(tr.T("catalogue.own.copy")).Description(tr.T("catalogue.own.copy_hint")).
				Affirmative(tr.T("key.yes")).Negative(tr.T("key.no")).Value(&v.copyFirst),
		).Title(tr.T("catalogue.own.page_text")),
		huh.NewGroup(
			huh.NewSelect[model.Direction]().Title(tr.Field("direction")).Options(dirs...).Value(&v.direction).Height(max(3, min(8, m.h-6))),
			huh.NewInput().Title(tr.Field("team_min")).Value(&v.teamMin).CharLimit(5).Validate(m.number("team_min", false)),
			huh.NewInput().Title(tr.Field("team_max")).Value(&v.teamMax).CharLimit(5).Validate(m.number("team_max", false)),
			huh.NewInput().Title(tr.Field("duration_weeks")).Value(&v.weeks).CharLimit(5).Validate(m.number("duration_weeks", false)),
			huh.NewInput().Title(tr.Field("budget_min")).Value(&v.budgetMin).CharLimit(30).Validate(m.number("budget_min", true)),
			huh.NewInput().Title(tr.Field("budget_max")).Value(&v.budgetMax).CharLimit(30).Validate(m.number("budget_max", true)),
		).Title(tr.T("catalogue.own.page_size")),
	)
}

// others is the two languages asked on the second page.
func (v *ownValues) others() []model.Lang {
	var out []model.Lang
	for _, l := range model.Langs() {
		if l != v.firstLang {
			out = append(out, l)
		}
	}
	return out
}

// startOwnOther asks the title and description in the other two languages,
// filled with a marked copy of the first when the person asked for it.
func (m *Model) startOwnOther() tea.Cmd {
	v := &m.ownV
	if m.ownBind != nil {
		m.ownBind()
	}
	if v.copyFirst && !v.otherPrefill {
		mark := m.c.Tr.T("catalogue.own.mark") + " "
		for _, l := range v.others() {
			if strings.TrimSpace(v.title[l]) == "" {
				v.title[l] = mark + v.title[v.firstLang]
			}
			if strings.TrimSpace(v.desc[l]) == "" {
				v.desc[l] = mark + v.desc[v.firstLang]
			}
		}
		v.otherPrefill = true
	}
	m.mode = modeOwnOther
	return m.openForm(m.newOwnOtherForm())
}

func (m *Model) newOwnOtherForm() *huh.Form {
	tr := m.c.Tr
	v := &m.ownV
	var fields []huh.Field
	ptrs := map[model.Lang][2]*string{}
	for _, l := range v.others() {
		t, d := new(string), new(string)
		*t, *d = v.title[l], v.desc[l]
		ptrs[l] = [2]*string{t, d}
		fields = append(fields,
			huh.NewInput().Title(m.langField("title", l)).Value(t).CharLimit(200).Validate(m.required("title", false)),
			huh.NewText().Title(m.langField("description", l)).Value(d).Lines(3).CharLimit(5000).
				ExternalEditor(false).Validate(m.required("description", true)))
	}
	m.ownBind = func() {
		for l, p := range ptrs {
			v.title[l], v.desc[l] = *p[0], *p[1]
		}
	}
	desc := tr.T("catalogue.own.other_hint")
	if v.otherPrefill {
		desc = tr.T("catalogue.own.copied_hint", tr.T("catalogue.own.mark"))
	}
	return huh.NewForm(huh.NewGroup(fields...).Title(tr.T("catalogue.own.page_other")).Description(desc))
}

type ownSavedMsg struct {
	entry *model.CatalogueEntry
	err   error
}

// entry builds the office's entry from the typed values (already checked).
func (v *ownValues) entry() *model.CatalogueEntry {
	e := model.New(model.KindCatalogue).(*model.CatalogueEntry)
	label := func(m map[model.Lang]string) model.Label {
		return model.Label{KK: strings.TrimSpace(m[model.KK]), RU: strings.TrimSpace(m[model.RU]), EN: strings.TrimSpace(m[model.EN])}
	}
	e.Title, e.Description, e.Direction = label(v.title), label(v.desc), v.direction
	e.TeamMin, _ = strconv.Atoi(strings.TrimSpace(v.teamMin))
	e.TeamMax, _ = strconv.Atoi(strings.TrimSpace(v.teamMax))
	e.DurationWeeks, _ = strconv.Atoi(strings.TrimSpace(v.weeks))
	e.BudgetMin, _ = model.ParseTenge(v.budgetMin)
	e.BudgetMax, _ = model.ParseTenge(v.budgetMax)
	return e
}

func (m *Model) saveOwn() tea.Cmd {
	if m.c.Nobody() { // who is working? asked first; esc goes back to the form
		return m.c.WhoFirst(m.saveOwn, func() tea.Cmd { m.saving = false; return m.rebuildForm() })
	}
	if m.ownBind != nil {
		m.ownBind()
	}
	e, store := m.ownV.entry(), m.c.Store
	return common.Do(func() tea.Msg {
		if err := store.Create(e); err != nil {
			return ownSavedMsg{err: err}
		}
		return ownSavedMsg{entry: e}
	})
}

func (m *Model) takeOwnSaved(msg ownSavedMsg) tea.Cmd {
	m.saving = false
	if msg.err != nil {
		m.err = m.c.ErrorText(msg.err)
		m.mode = modeOwn
		return m.openForm(m.newOwnForm())
	}
	m.form, m.err = nil, ""
	m.own = append(m.own, msg.entry)
	m.rank()
	m.mode = modeList
	return tea.Batch(common.Status(m.c.Tr.T("catalogue.own.saved"), false),
		func() tea.Msg { return common.DataChangedMsg{} })
}
