package ideas

import (
	"frontoffice/ui/common"

	"github.com/charmbracelet/bubbles/key"
)

// KeyMap is the Ideas screen's own keys (the list's search and cursor keys
// come from searchlist). Bindings that do nothing in the current mode are
// disabled by setMode, so help lists only what works.
type KeyMap struct {
	// list
	Open        key.Binding
	New         key.Binding
	Catalogue   key.Binding // the "no idea of my own" matcher
	Filter      key.Binding
	ClearFilter key.Binding
	Sort        key.Binding
	// card
	Edit      key.Binding
	Archive   key.Binding
	Restore   key.Binding
	Applicant key.Binding
	Logframe  key.Binding
	Budget    key.Binding
	// Application opens the grant application view (application.go).
	Application key.Binding
	Back        key.Binding
	// BackOut is Back as help shows it on a card another screen opened:
	// esc goes back there, not to the list.
	BackOut  key.Binding
	Up       key.Binding
	Down     key.Binding
	PageUp   key.Binding
	PageDown key.Binding
	// forms and questions
	Cancel key.Binding
}

func newKeyMap(c *common.Common) KeyMap {
	tr := c.Tr
	return KeyMap{
		Open:        common.BindHelp("enter", tr.T("ideas.key.open"), "enter"),
		New:         common.Bind(tr.T("ideas.key.new"), "n"),
		Catalogue:   common.Bind(tr.T("catalogue.key.open_matcher"), "c"),
		Filter:      common.Bind(tr.T("ideas.key.filter"), "f"),
		ClearFilter: common.Bind(tr.T("ideas.key.clear_filter"), "x"),
		Sort:        common.Bind(tr.T("ideas.key.sort"), "o"),

		Edit:        common.Bind(tr.T("key.edit"), "e"),
		Archive:     common.Bind(tr.T("ideas.key.archive"), "a"),
		Restore:     common.Bind(tr.T("ideas.key.restore"), "a"),
		Applicant:   common.Bind(tr.T("ideas.key.applicant"), "c"),
		Logframe:    common.Bind(tr.T("lf.key.open"), "l"),
		Budget:      common.Bind(tr.T("budget.key.open"), "b"),
		Application: common.Bind(tr.T("appview.key.open"), "g"),
		// esc is the back key; backspace and ← also work, also where the
		// root keeps esc for itself.
		Back:     common.BindHelp("esc", tr.T("ideas.key.back"), "esc", "backspace", "left"),
		BackOut:  common.BindHelp("esc", tr.T("key.back"), "esc", "backspace", "left"),
		Up:       common.BindHelp("↑/k", tr.T("key.scroll_up"), "up", "k"),
		Down:     common.BindHelp("↓/j", tr.T("key.scroll_down"), "down", "j"),
		PageUp:   common.BindHelp("pgup", tr.T("key.page_up"), "pgup"),
		PageDown: common.BindHelp("pgdn", tr.T("key.page_down"), "pgdown", " "),

		Cancel: common.Bind(tr.T("key.cancel"), "esc"),
	}
}
