package desk

import (
	"errors"
	"strings"

	"frontoffice/model"
	"frontoffice/ui/common"
	"frontoffice/ui/settings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
)

// Who is working: every save at the desk names the consultant at the desk
// (the envelope's updated_by, who served a visitor). With nobody set in
// Settings, the desk asks once, before its first save, instead of writing
// «(unknown)»; the answer is kept as Settings' "who is at the desk now".

// whoKnownMsg is the answer being kept; then the save asked for goes on.
type whoKnownMsg struct {
	who  string
	then func() tea.Cmd
	err  error
}

// nobody is true while no consultant is at the desk.
func (m *Model) nobody() bool { return strings.TrimSpace(m.c.Store.Actor()) == "" }

// asWho asks who is working, then runs save.
func (m *Model) asWho(save func() tea.Cmd) tea.Cmd {
	m.whoThen, m.whoBack, m.whoName = save, m.mode, ""
	m.mode = askWho
	tr := m.c.Tr
	in := huh.NewInput().Title(tr.T("desk.who_title")).Description(tr.T("desk.who_hint")).
		Value(&m.whoName).CharLimit(200).Validate(func(s string) error {
		if strings.TrimSpace(s) == "" || model.HasControl(s, false) {
			return errors.New(tr.T("desk.who_needed"))
		}
		return nil
	})
	if len(m.consultants) > 0 {
		in = in.Suggestions(m.consultants)
	}
	m.whoForm = huh.NewForm(huh.NewGroup(in)).WithShowHelp(false).WithWidth(max(20, m.w)).WithHeight(max(3, m.h))
	if m.c.Plain {
		m.whoForm = m.whoForm.WithTheme(huh.ThemeBase())
	}
	km := common.FormKeyMap()
	km.Quit = key.NewBinding(key.WithDisabled())
	m.whoForm = m.whoForm.WithKeyMap(km)
	return m.whoForm.Init()
}

// whoKey handles a key while asking who is working: esc goes back without
// saving (what was typed in a form stays), enter keeps the name.
func (m *Model) whoKey(msg tea.KeyMsg) tea.Cmd {
	if key.Matches(msg, m.keys.Cancel) {
		m.mode, m.whoForm, m.whoThen = m.whoBack, nil, nil
		if m.mode == registering || m.mode == saving {
			m.mode = registering
			return m.reopen(pageVisitor)
		}
		return m.list.Focus()
	}
	return m.updateWho(msg)
}

func (m *Model) updateWho(msg tea.Msg) tea.Cmd {
	f, cmd := m.whoForm.Update(msg)
	m.whoForm = f.(*huh.Form)
	if m.whoForm.State != huh.StateCompleted {
		return cmd
	}
	who, then := strings.TrimSpace(m.whoName), m.whoThen
	m.whoForm, m.whoThen = nil, nil
	m.mode = m.whoBack
	store := m.c.Store
	return common.Do(func() tea.Msg {
		if err := store.SetSetting(settings.KeyConsultant, who); err != nil {
			return whoKnownMsg{err: err}
		}
		store.SetActor(who)
		return whoKnownMsg{who: who, then: then}
	})
}

func (m *Model) takeWho(msg whoKnownMsg) tea.Cmd {
	if msg.err != nil {
		return m.status(m.c.ErrorText(msg.err), true)
	}
	return tea.Batch(m.status(m.c.Tr.T("desk.who_set", common.Sanitize(msg.who)), false), msg.then())
}

// whoView draws the question.
func (m *Model) whoView() string {
	if m.whoForm == nil {
		return ""
	}
	return common.Fit(m.whoForm.View(), m.w, m.h)
}
