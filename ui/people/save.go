package people

import (
	"slices"

	"frontoffice/model"
	"frontoffice/ui/common"
	"frontoffice/ui/personform"

	tea "github.com/charmbracelet/bubbletea"
)

// savedMsg is the answer of a save: the record as stored, or why not.
type savedMsg struct {
	person  *model.Person
	created bool
	err     error
}

// dupMsg says the save stopped because the person seems to be registered
// already: by phone or IIN (the same person, never saved twice) or by the same
// name in the same organisation (ask).
type dupMsg struct {
	other *model.Person
	by    string // "phone", "iin", or "" for name and organisation
}

// toPerson makes the record to save from what was typed, with every problem
// found on its field (personform.Values.Person).
func (m *Model) toPerson() (*model.Person, model.FieldErrors) {
	return m.edit.Person(m.base, m.orgs, m.c.Now())
}

// submit checks what was typed and, when it is fine, saves it off the event
// loop after looking for the same person. allowSimilar skips the same-name
// question (the consultant said "create anyway").
func (m *Model) submit(allowSimilar bool) tea.Cmd {
	if m.c.Nobody() { // who is working? asked first; esc goes back to the form
		m.form = nil // completed: it must not submit again meanwhile
		return m.c.WhoFirst(func() tea.Cmd { return m.submit(allowSimilar) },
			func() tea.Cmd { return m.reopen(pageNotes) })
	}
	p, fe := m.toPerson()
	m.err = nil
	if len(fe) > 0 {
		m.errs = fe
		return m.reopen(groupOf(fe[0].Field))
	}
	m.errs = nil
	m.mode = saving
	m.form = nil
	store := m.c.Store
	creating := m.base == nil
	return common.Do(func() tea.Msg {
		if other, by, err := personform.Duplicate(store, p, creating && !allowSimilar); err != nil {
			return savedMsg{err: err}
		} else if other != nil {
			return dupMsg{other: other, by: by}
		}
		var err error
		if creating {
			err = store.Create(p)
		} else {
			err = store.Update(p)
		}
		if err != nil {
			return savedMsg{err: err}
		}
		return savedMsg{person: p, created: creating}
	})
}

func (m *Model) takeDup(msg dupMsg) tea.Cmd {
	if m.mode != saving {
		return nil
	}
	m.other, m.otherBy = msg.other, msg.by
	if msg.by != "" {
		m.mode = sameFound
	} else {
		org := m.other.Organization
		if org == "" {
			org = m.c.Tr.T("people.no_org")
		}
		m.mode = similarFound
		m.ask = m.c.Ask(similarQ, common.Sanitize(m.other.FullName), common.Sanitize(org)).With(m.keys.CreateAny)
	}
	return nil
}

func (m *Model) takeSaved(msg savedMsg) tea.Cmd {
	if m.mode != saving {
		return nil
	}
	if msg.err != nil {
		m.err = msg.err
		page := pagePerson
		if fe, ok := model.AsFieldErrors(msg.err); ok && len(fe) > 0 {
			m.errs, m.err = fe, nil
			page = groupOf(fe[0].Field)
		}
		return m.reopen(page) // everything typed is kept
	}
	p := msg.person
	if p.Organization != "" && !slices.Contains(m.orgs, p.Organization) {
		m.orgs = append(m.orgs, p.Organization)
	}
	if m.person == nil || m.person.ID != p.ID {
		m.ideas = nil
	}
	m.dropForm()
	m.person, m.mode, m.cardErr = p, viewing, nil
	m.ideaCur, m.cardTop = 0, 0
	text := m.c.Tr.T("people.saved", common.Sanitize(p.FullName))
	if msg.created {
		text = m.c.Tr.T("people.registered", common.Sanitize(p.FullName))
	}
	return tea.Batch(
		func() tea.Msg { return common.DataChangedMsg{} },
		func() tea.Msg { return common.StatusMsg{Text: text} },
		m.loadCard(p.ID, false),
	)
}
