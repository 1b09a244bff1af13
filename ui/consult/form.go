package consult

import (
	"slices"
	"strconv"
	"strings"

	"frontoffice/model"
	"frontoffice/storage"
	"frontoffice/ui/common"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/x/ansi"
)

// values is what the form edits, as typed.
type values struct {
	Date, Duration, Consultant string
	Services                   []model.Service
	Notes, NextSteps, FollowUp string
}

func (v values) equal(o values) bool {
	return v.Date == o.Date && v.Duration == o.Duration && v.Consultant == o.Consultant &&
		slices.Equal(v.Services, o.Services) && v.Notes == o.Notes && v.NextSteps == o.NextSteps && v.FollowUp == o.FollowUp
}

// subject is what the consultation is about, with names to show.
type subject struct {
	common.LogConsultationMsg
	PersonName, IdeaTitle string
}

// formDataMsg carries what the form needs: names and the office's consultants.
type formDataMsg struct {
	seq         int
	subj        subject
	consultants []string
	actor       string
	fixing      *model.Consultation
	err         error
}

// prepare loads the names and the consultants, then opens the form (a
// correction of fixing when it is set).
func (m *Model) prepare(req common.LogConsultationMsg, fixing *model.Consultation) tea.Cmd {
	m.formSeq++
	seq, store := m.formSeq, m.c.Store
	return common.Do(func() tea.Msg {
		d := formDataMsg{seq: seq, subj: subject{LogConsultationMsg: req}, fixing: fixing, actor: store.Actor()}
		if req.PersonID != "" {
			if p, err := storage.GetAs[*model.Person](store, model.KindPerson, req.PersonID); err == nil {
				d.subj.PersonName = p.FullName
			}
		}
		if req.IdeaID != "" {
			if i, err := storage.GetAs[*model.Idea](store, model.KindIdea, req.IdeaID); err == nil {
				d.subj.IdeaTitle = i.Title
			}
		}
		o, err := store.Office()
		if err != nil {
			d.err = err
			return d
		}
		d.consultants = o.Consultants
		return d
	})
}

func (m *Model) openForm(d formDataMsg) tea.Cmd {
	if d.seq != m.formSeq || m.mode != listing {
		return nil
	}
	if d.err != nil {
		return common.Status(m.c.ErrorText(d.err), true)
	}
	m.subj, m.fixing = d.subj, d.fixing
	m.consults = slices.Clone(d.consultants)
	if d.actor != "" && !slices.Contains(m.consults, d.actor) {
		m.consults = append([]string{d.actor}, m.consults...)
	}
	if c := d.fixing; c != nil {
		m.vals = values{Date: showDate(c.Date), Consultant: c.Consultant, Services: slices.Clone(c.Services),
			Notes: c.Notes, NextSteps: c.NextSteps, FollowUp: showDate(c.FollowUp)}
		if c.DurationMin > 0 {
			m.vals.Duration = strconv.Itoa(c.DurationMin)
		}
		if c.Consultant != "" && !slices.Contains(m.consults, c.Consultant) {
			m.consults = append(m.consults, c.Consultant)
		}
	} else {
		m.vals = values{Date: showDate(m.c.Today()), Consultant: d.actor}
		if m.vals.Consultant == "" && len(m.consults) > 0 {
			m.vals.Consultant = m.consults[0]
		}
	}
	m.start = m.vals
	m.start.Services = slices.Clone(m.vals.Services)
	m.saveErr, m.fieldErrs, m.svcTried = nil, nil, false
	m.mode = editing
	m.rebuildForm()
	return m.form.Init()
}

// rebuildForm makes a new form on the same values (after a refused save or
// a language switch): nothing typed is lost.
func (m *Model) rebuildForm() {
	m.form = m.newForm()
	m.sizeForm()
}

func (m *Model) dropForm() {
	m.form, m.fixing, m.saveErr, m.fieldErrs = nil, nil, nil, nil
	m.mode = listing
}

// checks are the field checks made when a field is left, in the UI's language.
type fieldErr string

func (e fieldErr) Error() string { return string(e) }

func (m *Model) bad(field string, r model.Reason) error {
	return fieldErr(m.c.Tr.Field(field) + ": " + m.c.Tr.Reason(r))
}

func (m *Model) checkDate(s string) error {
	if _, r := model.ParseDate(s); r != model.ReasonNone {
		return m.bad("date", r)
	}
	return nil
}

func (m *Model) checkFollowUp(s string) error {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	fu, r := model.ParseDate(s)
	if r != model.ReasonNone {
		return m.bad("follow_up", r)
	}
	if d, r := model.ParseDate(m.vals.Date); r == model.ReasonNone && fu < d {
		return fieldErr(m.c.Tr.Field("follow_up") + ": " + m.c.Tr.T("consult.fu_before"))
	}
	return nil
}

// parseDuration reads minutes: empty is 0.
func parseDuration(s string) (int, model.Reason) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, model.ReasonNone
	}
	n, err := strconv.Atoi(s)
	switch {
	case err != nil && strings.HasPrefix(s, "-"):
		return 0, model.ReasonNegative
	case err != nil:
		return 0, model.ReasonBadNumber
	case n < 0:
		return 0, model.ReasonNegative
	case n > 24*60:
		return 0, model.ReasonTooLarge
	}
	return n, model.ReasonNone
}

func (m *Model) checkDuration(s string) error {
	if _, r := parseDuration(s); r != model.ReasonNone {
		return m.bad("duration_min", r)
	}
	return nil
}

func (m *Model) checkText(field string) func(string) error {
	return func(s string) error {
		if model.HasControl(s, true) {
			return m.bad(field, model.ReasonControlChars)
		}
		return nil
	}
}

// serviceOptions are the services to choose from at the screen's width,
// the chosen ones ticked. Each keeps to one line: huh's multi-select of a
// fixed height counts options, not lines, and at 40 columns in kk a
// service wrapped onto a second line that read as an option of its own,
// with one and a half services in view (as the Desk's anonymous visit
// keeps its own).
func (m *Model) serviceOptions() []huh.Option[model.Service] {
	lang := m.c.Lang()
	m.svcW = m.w
	line := func(s string) string { return ansi.Truncate(s, max(10, m.w-multiSelectIndent), "…") }
	var svc []huh.Option[model.Service]
	for _, s := range model.Services() {
		svc = append(svc, huh.NewOption(line(s.Label(lang)), s).Selected(slices.Contains(m.vals.Services, s)))
	}
	return svc
}

func (m *Model) newForm() *huh.Form {
	tr := m.c.Tr
	svc := m.serviceOptions()
	var consultant huh.Field
	if len(m.consults) > 0 {
		consultant = huh.NewSelect[string]().Title(tr.T("field.consultant")).
			Options(huh.NewOptions(m.consults...)...).Value(&m.vals.Consultant)
	} else {
		consultant = huh.NewInput().Title(tr.T("field.consultant")).Value(&m.vals.Consultant).CharLimit(200).
			Validate(func(s string) error {
				if strings.TrimSpace(s) == "" {
					return m.bad("consultant", model.ReasonRequired)
				}
				return m.checkText("consultant")(s)
			})
	}
	// huh checks a multi-select as soon as it gets the focus: the services
	// say they must be filled in only once enter or tab tried to leave them.
	m.svcField = huh.NewMultiSelect[model.Service]().Title(tr.T("field.services")).Description(tr.T("consult.svc_hint")).
		Options(svc...).Value(&m.vals.Services).Height(8).
		Validate(func(s []model.Service) error {
			if len(s) == 0 && m.svcTried {
				return m.bad("services", model.ReasonRequired)
			}
			return nil
		})
	title := m.formTitle()
	f := huh.NewForm(
		huh.NewGroup(
			huh.NewInput().Title(tr.T("field.date")).Description(tr.T("consult.date_hint")).
				Value(&m.vals.Date).CharLimit(common.DateChars).Validate(m.checkDate),
			huh.NewInput().Title(tr.T("field.duration_min")).Description(tr.T("consult.dur_hint")).
				Value(&m.vals.Duration).CharLimit(5).Validate(m.checkDuration),
			consultant,
		).Title(title),
		huh.NewGroup(m.svcField).Title(title),
		huh.NewGroup(
			huh.NewText().Title(tr.T("field.notes")).Description(tr.T("form.new_line")).Value(&m.vals.Notes).Lines(3).CharLimit(20000).
				ExternalEditor(false).Validate(m.checkText("notes")),
			huh.NewText().Title(tr.T("field.next_steps")).Description(tr.T("form.new_line")).Value(&m.vals.NextSteps).Lines(2).CharLimit(20000).
				ExternalEditor(false).Validate(m.checkText("next_steps")),
			huh.NewInput().Title(tr.T("field.follow_up")).Description(tr.T("consult.fu_hint")).
				Value(&m.vals.FollowUp).CharLimit(common.DateChars).Validate(m.checkFollowUp),
		).Title(title),
	).WithShowHelp(false).WithShowErrors(false)
	return m.c.FinishForm(f, common.NoSelectFilter, common.NoMultiSelectFilter, common.NoEditor)
}

func (m *Model) formTitle() string {
	who := subjectText(m.c.Tr.T("consult.nobody"), m.subj.PersonName, m.subj.IdeaTitle)
	if m.fixing != nil {
		return m.c.Tr.T("consult.fix_title", who)
	}
	return m.c.Tr.T("consult.new_title", who)
}

func (m *Model) sizeForm() {
	if m.form == nil {
		return
	}
	h := max(3, m.h-len(m.errorLines()))
	m.form = m.form.WithWidth(max(20, m.w)).WithHeight(h)
	// The services were cut to the width the form was opened at: made
	// again for this one, unless the cursor is among them (setting a
	// multi-select's options moves its cursor to the top); then as soon as
	// it leaves them.
	if ms, ok := m.svcField.(*huh.MultiSelect[model.Service]); ok && m.svcW != m.w && m.form.GetFocusedField() != m.svcField {
		ms.Options(m.serviceOptions()...)
	}
}

func (m *Model) updateForm(msg tea.Msg) tea.Cmd {
	if m.form == nil { // saving, or asking who is working
		return nil
	}
	if k, ok := msg.(tea.KeyMsg); ok && m.form.GetFocusedField() == m.svcField {
		km := common.FormKeyMap().MultiSelect
		m.svcTried = m.svcTried || key.Matches(k, km.Next, km.Submit)
	}
	var cmd tea.Cmd
	m.form, cmd = common.UpdateForm(m.form, msg)
	if m.form.State == huh.StateCompleted {
		return m.submit()
	}
	if _, ok := msg.(tea.KeyMsg); ok {
		m.sizeForm()
	}
	return cmd
}

// savedMsg is the answer to a save.
type savedMsg struct {
	c   *model.Consultation
	fix bool
	err error
}

// submit builds the consultation from what was typed and stores it off the
// event loop. A problem found here reopens the form on the same values.
func (m *Model) submit() tea.Cmd {
	if m.c.Nobody() { // who is working? asked first; esc goes back to the form
		m.form = nil // completed: it must not submit again meanwhile
		return m.c.WhoFirst(m.submit, func() tea.Cmd { m.rebuildForm(); return m.form.Init() })
	}
	v := m.vals
	var es model.FieldErrors
	date, r := model.ParseDate(v.Date)
	if r != model.ReasonNone {
		es = append(es, model.FieldError{Field: "date", Reason: r})
	}
	dur, r := parseDuration(v.Duration)
	if r != model.ReasonNone {
		es = append(es, model.FieldError{Field: "duration_min", Reason: r})
	}
	var fu model.Date
	if strings.TrimSpace(v.FollowUp) != "" {
		if fu, r = model.ParseDate(v.FollowUp); r != model.ReasonNone {
			es = append(es, model.FieldError{Field: "follow_up", Reason: r})
		}
	}
	if len(es) > 0 {
		m.fieldErrs = es
		m.rebuildForm()
		return m.form.Init()
	}
	c := model.New(model.KindConsultation).(*model.Consultation)
	c.Date, c.DurationMin, c.Consultant = date, dur, strings.TrimSpace(v.Consultant)
	c.Services = slices.Clone(v.Services)
	c.PersonID, c.IdeaID, c.VisitID = m.subj.PersonID, m.subj.IdeaID, m.subj.VisitID
	c.Notes, c.NextSteps, c.FollowUp = strings.TrimSpace(v.Notes), strings.TrimSpace(v.NextSteps), fu
	store, fixing := m.c.Store, m.fixing
	m.mode = saving
	return common.Do(func() tea.Msg {
		if fixing != nil {
			return savedMsg{c: c, fix: true, err: store.Supersede(fixing.ID, c)}
		}
		return savedMsg{c: c, err: store.LogConsultation(c)}
	})
}

func (m *Model) saved(msg savedMsg) tea.Cmd {
	if m.mode != saving {
		return nil
	}
	if msg.err != nil {
		m.mode = editing
		m.fieldErrs, m.saveErr = nil, nil
		if es, ok := model.AsFieldErrors(msg.err); ok {
			m.fieldErrs = es
		} else if errorIsNotPermitted(msg.err) {
			m.saveErr = errAlreadyFixed{m.c.Tr.T("consult.already_fixed")}
		} else {
			m.saveErr = msg.err
		}
		m.rebuildForm()
		return m.form.Init()
	}
	text := m.c.Tr.T("consult.saved")
	if msg.fix {
		text = m.c.Tr.T("consult.corrected")
	}
	m.dropForm()
	m.cur = 0
	cmds := []tea.Cmd{common.Status(text, false), func() tea.Msg { return common.DataChangedMsg{} },
		func() tea.Msg { return common.ReturnMsg{} }}
	if id, who := msg.c.VisitID, msg.c.Consultant; id != "" && !msg.fix {
		cmds = append(cmds, func() tea.Msg { return common.VisitConsultedMsg{VisitID: id, Consultant: who} })
	}
	return tea.Batch(cmds...)
}

type errAlreadyFixed struct{ text string }

func (e errAlreadyFixed) Error() string { return e.text }

// errorLines are the problems shown above the form: the last save's, then the
// field being left.
func (m *Model) errorLines() []string {
	var p common.Problems
	if e, ok := m.saveErr.(errAlreadyFixed); ok {
		p.Add(e.text)
	} else if m.saveErr != nil {
		p.Add(m.c.ErrorText(m.saveErr))
	}
	for _, e := range m.fieldErrs {
		if e.Field == "follow_up" && e.Reason == model.ReasonMismatch {
			p.Add(m.c.Tr.Field("follow_up") + ": " + m.c.Tr.T("consult.fu_before"))
			continue
		}
		p.AddFields(m.c.Tr, model.FieldErrors{e})
	}
	p.AddForm(m.form)
	return p.Wrapped(m.w, m.h/3)
}

func (m *Model) formView() string {
	var b strings.Builder
	for _, l := range m.errorLines() {
		b.WriteString(m.c.Styles.Error.Render(l) + "\n")
	}
	if m.form != nil {
		b.WriteString(m.form.View())
	}
	return common.Fit(b.String(), m.w, m.h)
}

// multiSelectIndent is what a multi-select draws before an option: the
// focus bar, the cursor and the check box ("┃ > [•] ").
const multiSelectIndent = 8

func wrap(s string, w int) string { return ansi.Wrap(s, max(10, w), "") }
