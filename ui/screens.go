package ui

import (
	"frontoffice/ui/common"
	"frontoffice/ui/consult"
	"frontoffice/ui/desk"
	"frontoffice/ui/home"
	"frontoffice/ui/hours"
	"frontoffice/ui/i18n"
	"frontoffice/ui/ideas"
	"frontoffice/ui/people"
	"frontoffice/ui/reports"
	"frontoffice/ui/settings"
	syncui "frontoffice/ui/sync"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// screen ids, in tab order: the rows of screenTable.
const (
	screenHome = iota
	screenDesk
	screenIdeas
	screenPeople
	screenConsult
	screenHours
	screenReports
	screenSync
	screenSettings
)

// screenDef is one screen of the app. New builds the screens from the table
// in its order (the tab order), handleKey shows a screen on its key, and
// help lists the keys in the same order. A new screen is a package under ui
// implementing common.Component (and the optional interfaces of
// ui/common/screen.go it needs), a row here with its id above, and its
// words in ui/i18n.
type screenDef struct {
	id   int
	make func(*common.Common) common.Component
	key  string // the key that shows it
	help string // the i18n key of that key's help
	// subject, when set, is asked before the screen is shown: on a screen
	// with a subject for it (a card, a visit in the queue) the key acts on
	// that subject instead (logs a consultation or hours about it).
	subject func(m *Model) (tea.Cmd, bool)
}

var screenTable = []screenDef{
	{screenHome, func(c *common.Common) common.Component { return home.New(c) }, "h", "screen.home", nil},
	{screenDesk, func(c *common.Common) common.Component { return desk.New(c) }, "d", "screen.desk", nil},
	{screenIdeas, func(c *common.Common) common.Component { return ideas.New(c) }, "i", "screen.ideas", nil},
	{screenPeople, func(c *common.Common) common.Component { return people.New(c) }, "p", "screen.people", nil},
	{screenConsult, func(c *common.Common) common.Component { return consult.New(c) }, "v", "consult.key_consult", consultSubject},
	{screenHours, func(c *common.Common) common.Component { return hours.New(c) }, "w", "hours.key_hours", hoursSubject},
	{screenReports, func(c *common.Common) common.Component { return reports.New(c) }, "r", "screen.reports", nil},
	{screenSync, func(c *common.Common) common.Component { return syncui.New(c) }, "t", "screen.sync", nil},
	{screenSettings, func(c *common.Common) common.Component { return settings.New(c) }, "s", "screen.settings", nil},
}

// newScreens builds every screen of screenTable, in its order.
func newScreens(c *common.Common) []common.Component {
	out := make([]common.Component, len(screenTable))
	for i, d := range screenTable {
		out[i] = d.make(c)
	}
	return out
}

// screenKeys are the keys that show each screen, by id.
func screenKeys(tr *i18n.Translator) []key.Binding {
	out := make([]key.Binding, len(screenTable))
	for i, d := range screenTable {
		out[i] = common.Bind(tr.T(d.help), d.key)
	}
	return out
}

// showByKey shows the screen whose key msg is (or acts on the shown
// screen's subject for it); ok is false when msg is no screen's key.
func (m *Model) showByKey(msg tea.KeyMsg) (cmd tea.Cmd, ok bool) {
	for i, d := range screenTable {
		if !key.Matches(msg, m.keys.Screens[i]) {
			continue
		}
		if d.subject != nil {
			if cmd, ok := d.subject(m); ok {
				return cmd, true
			}
		}
		return m.show(d.id), true
	}
	return nil, false
}

// consultSubject: on a card or a visit in the queue the consult key logs a
// consultation about it; elsewhere it shows the Consult screen.
func consultSubject(m *Model) (tea.Cmd, bool) {
	if cs, ok := m.screens[m.active].(common.ConsultSubject); ok {
		if req, ok := cs.ConsultSubject(); ok {
			m.pushBack(screenConsult) // saved, it comes back here
			return m.updateScreen(screenConsult, req), true
		}
	}
	return nil, false
}

// hoursSubject: on a person's card the hours key logs hours for them;
// elsewhere it shows Hours.
func hoursSubject(m *Model) (tea.Cmd, bool) {
	if hs, ok := m.screens[m.active].(common.HoursSubject); ok {
		if req, ok := hs.HoursSubject(); ok {
			m.active = screenHours
			return m.updateScreen(screenHours, req), true
		}
	}
	return nil, false
}
