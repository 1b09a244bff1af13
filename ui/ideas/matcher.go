package ideas

import (
	"frontoffice/model"
	"frontoffice/ui/catalogue"
	"frontoffice/ui/common"

	tea "github.com/charmbracelet/bubbletea"
)

// openMatcher opens the catalogue matcher ("no idea of my own") over the list.
func (m *Model) openMatcher() tea.Cmd {
	m.matcher = catalogue.New(m.c, m.officeReg)
	m.matcher.SetSize(m.w, m.h)
	return m.matcher.Init()
}

// updateMatcher gives the open matcher what is its: keys, and every other
// message too (its own answers, huh's). Messages the screen needs as well
// (data changed, language, an idea to open) go on to it: used is false then.
// An idea to open closes the matcher: the draft it made shows on the card.
func (m *Model) updateMatcher(msg tea.Msg) (cmd tea.Cmd, used bool) {
	if m.matcher == nil {
		return nil, false
	}
	if o, ok := msg.(common.OpenMsg); ok && o.Kind == model.KindIdea {
		m.matcher = nil
		return nil, false
	}
	_, cmd = m.matcher.Update(msg)
	if m.matcher.Done() {
		m.matcher = nil
	}
	switch msg.(type) {
	case tea.KeyMsg:
		return cmd, true
	}
	return cmd, false
}
