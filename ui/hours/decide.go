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
)

// A consultant's decisions on entries: verify one or a whole event, reject
// with a reason, edit (an edited verified entry goes back to pending, which
// storage enforces).

func (m *Model) verify(e storage.HoursEntry) tea.Cmd {
	store, tr, id := m.c.Store, m.c.Tr, e.Hours.ID
	text := tr.T("hours.verified_one", common.Sanitize(e.PersonName), model.FormatHours(e.Hours.Hours))
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

func (m *Model) verifyEvent() tea.Cmd {
	ids, total := m.eventPending()
	store, tr := m.c.Store, m.c.Tr
	text := tr.T("hours.verified_event", len(ids), model.FormatHours(total))
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
			return status(m.c.Tr.Field("reject_reason")+": "+m.c.Tr.Reason(model.ReasonRequired), true)
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
	m.edit = editValues{personform.ShowDate(h.Date), model.FormatHours(h.Hours), h.Activity, h.Description}
	tr := m.c.Tr
	m.form = m.newForm(huh.NewGroup(
		huh.NewInput().Title(tr.T("field.date")).Description(tr.T("consult.date_hint")).Value(&m.edit.date).Validate(m.validDate),
		huh.NewInput().Title(tr.T("field.hours")).Description(tr.T("hours.hours_hint")).Value(&m.edit.hours).CharLimit(5).Validate(m.validHours),
		huh.NewInput().Title(tr.T("field.activity")).Value(&m.edit.activity).CharLimit(200),
		huh.NewText().Title(tr.T("field.description")).Value(&m.edit.description).Lines(2),
	))
	m.mode = editing
	return m.form.Init()
}

func (m *Model) newForm(groups ...*huh.Group) *huh.Form {
	f := huh.NewForm(groups...).WithShowHelp(false).WithWidth(max(20, m.w)).WithHeight(max(5, m.h-1))
	if m.c.Plain {
		f = f.WithTheme(huh.ThemeBase())
	}
	km := huh.NewDefaultKeyMap()
	km.Quit = key.NewBinding(key.WithDisabled()) // esc is handled above the form
	return f.WithKeyMap(km)
}

type fieldErr string

func (e fieldErr) Error() string { return string(e) }

func (m *Model) validDate(s string) error {
	if _, why := model.ParseDate(s); why != model.ReasonNone {
		return fieldErr(m.c.Tr.Reason(why))
	}
	return nil
}

func (m *Model) validHours(s string) error {
	if _, why := model.ParseHoursAmount(s, true); why != model.ReasonNone {
		return fieldErr(m.c.Tr.Reason(why))
	}
	return nil
}

func (m *Model) saveEdit() tea.Cmd {
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
