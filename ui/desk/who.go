package desk

import (
	tea "github.com/charmbracelet/bubbletea"
)

// Who is working: every save at the desk names the consultant at the desk
// (the envelope's updated_by, who served a visitor). With nobody set in
// Settings, the desk asks before its first save, through the question every
// screen shares (common.WhoFirst, hosted by the root), instead of writing
// «(unknown)»; the answer is kept as Settings' "who is at the desk now".

// nobody is true while no consultant is at the desk.
func (m *Model) nobody() bool { return m.c.Nobody() }

// asWho asks who is working, then runs save; esc goes back without saving
// (what was typed in a form stays).
func (m *Model) asWho(save func() tea.Cmd) tea.Cmd {
	return m.c.WhoFirst(save, func() tea.Cmd {
		if m.mode == registering || m.mode == saving {
			m.mode = registering
			return m.reopen(pageVisitor)
		}
		return m.list.Focus()
	})
}
