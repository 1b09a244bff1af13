package catalogue

import (
	"frontoffice/ui/common"

	"github.com/charmbracelet/bubbles/key"
)

// KeyMap is the matcher's keys.
type KeyMap struct {
	Up, Down key.Binding
	Open     key.Binding
	Draft    key.Binding
	Answers  key.Binding
	NewEntry key.Binding
	Back     key.Binding
	Cancel   key.Binding
}

func newKeyMap(c *common.Common) KeyMap {
	tr := c.Tr
	return KeyMap{
		Up:       common.BindHelp("↑/k", tr.T("key.scroll_up"), "up", "k"),
		Down:     common.BindHelp("↓/j", tr.T("key.scroll_down"), "down", "j"),
		Open:     common.BindHelp("enter", tr.T("catalogue.key.open"), "enter"),
		Draft:    common.Bind(tr.T("catalogue.key.draft"), "u"),
		Answers:  common.Bind(tr.T("catalogue.key.answers"), "e"),
		NewEntry: common.Bind(tr.T("catalogue.key.new_entry"), "n"),
		Back:     common.BindHelp("esc", tr.T("catalogue.key.back"), "esc", "backspace", "left"),
		Cancel:   common.Bind(tr.T("key.cancel"), "esc"),
	}
}
