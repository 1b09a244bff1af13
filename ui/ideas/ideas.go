// Package ideas is the Ideas screen: search and filter every idea, open its
// card, register and edit ideas, archive and restore them.
package ideas

import (
	"frontoffice/ui/common"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// Model is the Ideas screen.
type Model struct {
	c    *common.Common
	w, h int
}

// New makes the Ideas screen.
func New(c *common.Common) *Model { return &Model{c: c} }

func (m *Model) Init() tea.Cmd                           { return nil }
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) { return m, nil }
func (m *Model) View() string                            { return "" }
func (m *Model) SetSize(w, h int)                        { m.w, m.h = w, h }
func (m *Model) ShortHelp() []key.Binding                { return nil }
func (m *Model) FullHelp() [][]key.Binding               { return nil }
func (m *Model) Capturing() bool                         { return false }
func (m *Model) Title() string                           { return m.c.Tr.T("screen.ideas") }
