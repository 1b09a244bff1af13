package ui

import (
	"frontoffice/ui/common"
	"frontoffice/ui/settings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// The root hosts the one "who is working?" question (common.Who) that every
// screen's save asks through common.WhoFirst while nobody is at the desk
// (issue 20 item 15): shown over the screen, it takes every key; enter keeps
// the name as Settings' consultant at the desk and then runs the save; esc
// saves nothing and the screen goes back to where it was.

// whoKnownMsg is the answer kept (or why not); then the save goes on.
type whoKnownMsg struct {
	who  string
	then func() tea.Cmd
	err  error
}

// askWho shows the question; one already shown stays (a second ask is the
// same save asked again).
func (m *Model) askWho(msg common.AskWhoMsg) tea.Cmd {
	if m.who != nil {
		return nil
	}
	m.who = common.NewWho(m.c, msg, m.consultants, m.c.Width, m.c.Height)
	m.showHelp = false
	return m.who.Init()
}

// whoUpdate gives msg (a key or the form's own message) to the question.
func (m *Model) whoUpdate(msg tea.Msg) tea.Cmd {
	if k, ok := msg.(tea.KeyMsg); ok && key.Matches(k, m.keys.Back) {
		back := m.who.Back
		m.who = nil
		m.status = common.StatusMsg{Text: m.c.Tr.T("who.not_saved")}
		if back != nil {
			return back()
		}
		return nil
	}
	done, cmd := m.who.Update(msg)
	if !done {
		return cmd
	}
	who, then := m.who.Name(), m.who.Then
	m.who = nil
	store := m.c.Store
	return common.Do(func() tea.Msg {
		if err := store.SetSetting(settings.KeyConsultant, who); err != nil {
			return whoKnownMsg{err: err}
		}
		store.SetActor(who)
		return whoKnownMsg{who: who, then: then}
	})
}

// whoKnown reports the name kept and goes on with the save; Settings shows
// the new consultant at the desk.
func (m *Model) whoKnown(msg whoKnownMsg) tea.Cmd {
	if msg.err != nil {
		m.status = common.StatusMsg{Text: m.c.ErrorText(msg.err), Err: true}
		return nil
	}
	m.status = common.StatusMsg{Text: m.c.Tr.T("desk.who_set", common.Sanitize(msg.who))}
	var cmds []tea.Cmd
	if m.active != screenSettings {
		cmds = append(cmds, m.updateScreen(screenSettings, common.DataChangedMsg{}))
	}
	if msg.then != nil {
		cmds = append(cmds, msg.then())
	}
	return tea.Batch(cmds...)
}
