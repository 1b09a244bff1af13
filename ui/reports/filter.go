package reports

import (
	"strings"

	"frontoffice/model"
	"frontoffice/model/report"
	"frontoffice/ui/common"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
)

// filterValues is the filter form's fields as typed. They outlive the form:
// closing it with esc keeps what was typed for the next time it opens.
type filterValues struct {
	From, To  string
	Region    model.Region
	Direction model.Direction
	Office    string // an office id, "" for all
}

func valuesOf(f report.Filter) filterValues {
	v := filterValues{Region: f.Region, Direction: f.Direction, Office: f.Office}
	if f.From != "" {
		v.From = showDate(f.From)
	}
	if f.To != "" {
		v.To = showDate(f.To)
	}
	return v
}

// parseFilter reads the typed values; ok is false when a date is not one
// or the range is backwards (the form's checks say which). The office's
// name is the caller's to fill.
func parseFilter(v filterValues) (report.Filter, bool) {
	f := report.Filter{Region: v.Region, Direction: v.Direction, Office: v.Office}
	for _, d := range []struct {
		s   string
		dst *model.Date
	}{{v.From, &f.From}, {v.To, &f.To}} {
		if strings.TrimSpace(d.s) == "" {
			continue
		}
		day, r := model.ParseDate(d.s)
		if r != model.ReasonNone {
			return f, false
		}
		*d.dst = day
	}
	return f, f.From == "" || f.To == "" || f.From <= f.To
}

type fieldErr string

func (e fieldErr) Error() string { return string(e) }

func (m *Model) checkDate(label string) func(string) error {
	return func(s string) error {
		if strings.TrimSpace(s) == "" {
			return nil
		}
		if _, r := model.ParseDate(s); r != model.ReasonNone {
			return fieldErr(label + ": " + m.c.Tr.Reason(r))
		}
		return nil
	}
}

func (m *Model) checkTo(s string) error {
	if err := m.checkDate(m.c.Tr.T("report.to"))(s); err != nil {
		return err
	}
	if _, ok := parseFilter(m.vals); !ok {
		return fieldErr(m.c.Tr.T("report.to") + ": " + m.c.Tr.T("report.from_after_to"))
	}
	return nil
}

func (m *Model) newForm() *huh.Form {
	tr, lang := m.c.Tr, m.c.Lang()
	regions := []huh.Option[model.Region]{huh.NewOption(tr.T("report.any"), model.Region(""))}
	for _, r := range model.Regions() {
		regions = append(regions, huh.NewOption(r.Label(lang), r))
	}
	dirs := []huh.Option[model.Direction]{huh.NewOption(tr.T("report.any"), model.Direction(""))}
	for _, d := range model.Directions() {
		dirs = append(dirs, huh.NewOption(d.Label(lang), d))
	}
	groups := []*huh.Group{
		huh.NewGroup(
			huh.NewInput().Title(tr.T("report.from")).Description(tr.T("report.date_hint")).
				Value(&m.vals.From).CharLimit(common.DateChars).Validate(m.checkDate(tr.T("report.from"))),
			huh.NewInput().Title(tr.T("report.to")).Value(&m.vals.To).CharLimit(common.DateChars).Validate(m.checkTo),
		).Title(tr.T("report.filter_title")),
		huh.NewGroup(
			huh.NewSelect[model.Region]().Title(tr.T("report.region")).Options(regions...).Value(&m.vals.Region).Height(6),
			huh.NewSelect[model.Direction]().Title(tr.T("report.direction")).Options(dirs...).Value(&m.vals.Direction).Height(6),
		).Title(tr.T("report.filter_title")),
	}
	if m.officeChoice() {
		groups = append(groups, huh.NewGroup(
			huh.NewSelect[string]().Title(tr.T("report.office")).Description(tr.T("report.office_hint")).
				Options(m.officeOptions()...).Value(&m.vals.Office).Height(6),
		).Title(tr.T("report.filter_title")))
	}
	f := huh.NewForm(groups...).WithShowHelp(false).WithShowErrors(false) // formErrors shows them: huh's footer fell below the body
	return m.c.FinishForm(f, common.NoSelectFilter)
}

// sizeForm gives the form the body less the keys line and the errors.
func (m *Model) sizeForm() {
	if m.form != nil {
		m.form = m.form.WithWidth(max(20, m.w)).WithHeight(max(3, m.h-1-len(m.formErrors())))
		// huh scrolls the focused field into view only when it updates: a
		// message it ignores lays the form out again at its new height.
		f, _ := m.form.Update(relayout{})
		m.form = f.(*huh.Form)
	}
}

// relayout is a message the form ignores; see sizeForm.
type relayout struct{}

// formErrors are the lines saying why the form refuses a field (the
// field's name and why), wrapped, at most a third of the body.
func (m *Model) formErrors() []string {
	if m.form == nil {
		return nil
	}
	return common.FormErrors(m.form.Errors(), m.w, m.h/3)
}

// formView is the keys line, why a field is refused (if one is), the form.
func (m *Model) formView() string {
	st := m.c.Styles
	var b strings.Builder
	b.WriteString(st.Muted.Render(m.c.Tr.T("report.filter_keys")) + "\n")
	for _, l := range m.formErrors() {
		b.WriteString(st.Error.Render(l) + "\n")
	}
	b.WriteString(m.form.View())
	return common.Fit(b.String(), m.w, m.h)
}

// openForm opens the filter form on the filter applied, or on what was typed
// when the form was last closed with esc.
func (m *Model) openForm() tea.Cmd {
	if !m.keepVals {
		m.vals = valuesOf(m.filter)
	}
	m.keepVals = false
	m.form = m.newForm()
	m.sizeForm()
	m.mode = filtering
	return m.form.Init()
}

// updateForm gives msg to the form; a completed form applies the filter and
// counts the report again.
func (m *Model) updateForm(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	m.form, cmd = common.UpdateForm(m.form, msg)
	if m.form.State != huh.StateCompleted {
		m.sizeForm() // an error line came or went
		return cmd
	}
	m.form, m.mode = nil, viewing
	if f, ok := parseFilter(m.vals); ok {
		f.OfficeName = m.officeName(f.Office)
		m.filter = f
	}
	m.top = 0 // a new filter's report is read from its start
	return m.compute()
}
