package hours

import (
	"frontoffice/storage"
	"frontoffice/ui/common"
	"frontoffice/ui/settings"

	tea "github.com/charmbracelet/bubbletea"
)

// The social student credit standing of the person whose entry is under
// the cursor (DESIGN §2: Hours shows it), as their card says it: their
// hours in every office, counted by the office's rules. Loaded off the
// loop when the cursor comes to another person's entry.

// standingMsg is a person's standing, loaded.
type standingMsg struct{ person, text string }

// wantStanding loads the standing of the person under the cursor, unless
// it is the one shown (or being loaded) already.
func (m *Model) wantStanding() tea.Cmd {
	e, ok := m.selected()
	if m.mode != listing || !ok || e.Hours == nil || e.Hours.PersonID == "" || e.Hours.PersonID == m.standFor {
		return nil
	}
	m.standFor, m.standing = e.Hours.PersonID, ""
	id, store, tr, now := e.Hours.PersonID, m.c.Store, m.c.Tr, m.c.Now()
	return common.Do(func() tea.Msg {
		hs, err := store.HoursOf(id)
		if err != nil {
			return standingMsg{person: id}
		}
		text, _ := common.CreditStanding(tr, settings.LoadCreditRules(store), hs, now)
		return standingMsg{person: id, text: text}
	})
}

// takeStanding keeps a standing that is still the cursor's person's.
func (m *Model) takeStanding(msg standingMsg) {
	if msg.person == m.standFor {
		m.standing = msg.text
	}
}

// standingLine is the line under the entry's detail: whose standing, and it.
func (m *Model) standingLine(e storage.HoursEntry) string {
	if m.standing == "" || e.Hours == nil || e.Hours.PersonID != m.standFor {
		return ""
	}
	return common.Sanitize(e.PersonName) + " · " + m.standing
}
