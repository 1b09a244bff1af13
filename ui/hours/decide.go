package hours

import (
	"strings"

	"frontoffice/model"
	"frontoffice/storage"
	"frontoffice/ui/common"
	"frontoffice/ui/personform"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/x/ansi"
)

// A consultant's decisions on entries: verify one or a whole event, reject
// with a reason, edit (an edited verified entry goes back to pending, which
// storage enforces).

func (m *Model) verify(e storage.HoursEntry) tea.Cmd {
	if m.c.Nobody() { // who verifies? asked first
		return m.c.WhoFirst(func() tea.Cmd { return m.verify(e) }, nil)
	}
	store, tr, id := m.c.Store, m.c.Tr, e.Hours.ID
	text := tr.T("hours.verified_one", common.Sanitize(e.PersonName), m.show(e.Hours.Hours))
	m.mode = saving
	return common.Do(func() tea.Msg {
		_, err := store.VerifyHours(id)
		return doneMsg{text: text, err: err}
	})
}

// sameEvent reports whether two entries come from one event: the same day,
// activity and idea.
func sameEvent(a, b *model.Hours) bool {
	return a.Date == b.Date && a.Activity == b.Activity && a.IdeaID == b.IdeaID
}

// eventPending is the pending entries of the event under the cursor and
// their hours.
func (m *Model) eventPending() (ids []string, total float64) {
	e, ok := m.selected()
	if !ok {
		return nil, 0
	}
	for _, x := range m.entries {
		if x.Hours.Status == "pending" && sameEvent(x.Hours, e.Hours) {
			ids = append(ids, x.Hours.ID)
			total += x.Hours.Hours
		}
	}
	return ids, total
}

// eventMemo is eventPending's count for one entry under the cursor: the help
// line asks on every frame, and a volunteer week is tens of thousands of
// entries to look through.
type eventMemo struct {
	id string
	n  int
}

// eventPendingCount is len(eventPending()), worked out once per entry under
// the cursor and list loaded.
func (m *Model) eventPendingCount() int {
	e, ok := m.selected()
	if !ok {
		return 0
	}
	if m.evMemo.id != e.Hours.ID {
		ids, _ := m.eventPending()
		m.evMemo = eventMemo{id: e.Hours.ID, n: len(ids)}
	}
	return m.evMemo.n
}

func (m *Model) verifyEvent() tea.Cmd {
	if m.c.Nobody() { // who verifies? asked first
		m.mode = listing
		return m.c.WhoFirst(m.verifyEvent, nil)
	}
	ids, total := m.eventPending()
	store, tr := m.c.Store, m.c.Tr
	text := tr.Plural("hours.verified_event", float64(len(ids)), len(ids), m.show(total))
	m.mode = saving
	return common.Do(func() tea.Msg {
		_, err := store.VerifyHours(ids...)
		return doneMsg{text: text, err: err}
	})
}

func (m *Model) rejectKey(msg tea.KeyMsg) tea.Cmd {
	switch {
	case key.Matches(msg, m.keys.Cancel):
		m.mode = listing
		m.reason.Blur()
		return nil
	case msg.Type == tea.KeyEnter:
		e, ok := m.selected()
		if !ok {
			m.mode = listing
			return nil
		}
		reason := m.reason.Value()
		if strings.TrimSpace(reason) == "" {
			return common.Status(m.c.Tr.Field("reject_reason")+": "+m.c.Tr.Reason(model.ReasonRequired), true)
		}
		if m.c.Nobody() { // who rejects? asked first; esc goes back to the reason
			return m.c.WhoFirst(func() tea.Cmd { return m.rejectKey(msg) }, nil)
		}
		m.reason.Blur()
		m.mode = saving
		store, id := m.c.Store, e.Hours.ID
		text := m.c.Tr.T("hours.rejected_one", common.Sanitize(e.PersonName))
		return common.Do(func() tea.Msg { return doneMsg{text: text, err: store.RejectHours(id, reason)} })
	}
	var cmd tea.Cmd
	m.reason, cmd = m.reason.Update(msg)
	return cmd
}

// editValues are what the edit form changes, as typed.
type editValues struct {
	date, hours, activity, description string
}

func (m *Model) startEdit(h *model.Hours) tea.Cmd {
	m.editOf = h
	m.edit = editValues{personform.ShowDate(h.Date), m.show(h.Hours), h.Activity, h.Description}
	return m.editForm()
}

// editForm opens the edit form on what is typed in m.edit.
func (m *Model) editForm() tea.Cmd {
	tr := m.c.Tr
	m.form = m.newForm(huh.NewGroup(
		huh.NewInput().Title(tr.T("field.date")).Description(tr.T("consult.date_hint")).Value(&m.edit.date).CharLimit(common.DateChars).Validate(m.validDate),
		huh.NewInput().Title(tr.T("field.hours")).Description(tr.T("hours.hours_hint")).Value(&m.edit.hours).CharLimit(5).Validate(m.validHours("hours")),
		huh.NewInput().Title(tr.T("field.activity")).Value(&m.edit.activity).CharLimit(200),
		huh.NewText().Title(tr.T("field.description")).Value(&m.edit.description).Lines(2),
	))
	m.mode = editing
	return m.form.Init()
}

// newForm makes the edit or event form. Its own error footer is off: huh
// draws it below a form that already fills the body, where it was cut off
// and a refused field looked like enter did nothing. The screen shows the
// errors itself under the title (formView) and shrinks the form to fit.
func (m *Model) newForm(groups ...*huh.Group) *huh.Form {
	f := huh.NewForm(groups...).WithShowHelp(false).WithShowErrors(false)
	m.form = m.c.FinishForm(f)
	m.sizeForm()
	return m.form
}

// formErrors are the lines saying why the form refuses a field: the field's
// name and the reason, wrapped to the width, at most a third of the body.
func (m *Model) formErrors() []string {
	if m.form == nil {
		return nil
	}
	return common.FormErrors(m.form.Errors(), m.w, m.h/3)
}

// sizeForm gives the form the body less the title and the error lines.
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

// formView is the title, why a field is refused (if it is), and the form.
func (m *Model) formView(title string) string {
	st := m.c.Styles
	var b strings.Builder
	b.WriteString(st.Title.Render(ansi.Truncate(title, m.w, "…")) + "\n")
	for _, l := range m.formErrors() {
		b.WriteString(st.Error.Render(l) + "\n")
	}
	b.WriteString(m.form.View())
	return common.Fit(b.String(), m.w, m.h)
}

type fieldErr string

func (e fieldErr) Error() string { return string(e) }

// bad says why a field is refused, naming the field as the form does.
func (m *Model) bad(field string, why model.Reason) error {
	return fieldErr(m.c.Tr.Field(field) + ": " + m.c.Tr.Reason(why))
}

func (m *Model) validDate(s string) error {
	if _, why := model.ParseDate(s); why != model.ReasonNone {
		return m.bad("date", why)
	}
	return nil
}

// validHours checks an entry's hours; field names the field as its title
// does (hours, or the event's usual hours).
func (m *Model) validHours(field string) func(string) error {
	return func(s string) error {
		if _, why := model.ParseHoursAmount(s, true); why != model.ReasonNone {
			if field == "usual" {
				return fieldErr(m.c.Tr.T("hours.usual") + ": " + m.c.Tr.Reason(why))
			}
			return m.bad(field, why)
		}
		return nil
	}
}

// show writes hours for the person reading: a decimal comma in Kazakh and
// Russian (model.ShowHours).
func (m *Model) show(h float64) string { return m.c.Tr.Num(h) }

func (m *Model) saveEdit() tea.Cmd {
	if m.c.Nobody() { // who is working? asked first; esc goes back to the form
		return m.c.WhoFirst(m.saveEdit, m.editForm)
	}
	h := *m.editOf
	h.Date, _ = model.ParseDate(m.edit.date)
	h.Hours, _ = model.ParseHoursAmount(m.edit.hours, true)
	h.Activity = strings.TrimSpace(m.edit.activity)
	h.Description = strings.TrimSpace(m.edit.description)
	wasVerified := h.Status == "verified"
	m.mode = saving
	store, tr := m.c.Store, m.c.Tr
	return common.Do(func() tea.Msg {
		if err := store.Update(&h); err != nil {
			return doneMsg{err: err}
		}
		if wasVerified && h.Status == "pending" {
			return doneMsg{text: tr.T("hours.back_to_pending")}
		}
		return doneMsg{text: tr.T("hours.saved")}
	})
}
