package people

import (
	"context"
	"errors"
	"slices"
	"strings"
	"time"

	"frontoffice/model"
	"frontoffice/model/search"
	"frontoffice/model/textfold"
	"frontoffice/storage"
	"frontoffice/ui/common"

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
// found on its field: the form's own checks, then the model's rules.
func (m *Model) toPerson() (*model.Person, model.FieldErrors) {
	v, now := m.edit, m.c.Now()
	p := model.New(model.KindPerson).(*model.Person)
	if m.base != nil {
		cp := *m.base
		p = &cp
	} else {
		p.CreatedAt = now.UTC()
	}
	var fe model.FieldErrors
	bad := func(field string, r model.Reason) { fe = append(fe, model.FieldError{Field: field, Reason: r}) }

	p.FullName = strings.Join(strings.Fields(v.name), " ")
	p.Phone = ""
	if strings.TrimSpace(v.phone) != "" {
		if n, r := model.NormalizePhone(v.phone); r != model.ReasonNone {
			bad("phone", model.ReasonBadPhone)
		} else {
			p.Phone = n
		}
	}
	p.IIN = model.NormalizeIIN(v.iin)
	if y, r := parseYear(v.birthYear, now); r != model.ReasonNone {
		bad("birth_year", r)
		p.BirthYear = 0
	} else {
		p.BirthYear = y
	}
	if born, ok := model.IINBirthDate(p.IIN); ok && p.BirthYear == 0 && model.ValidIIN(p.IIN) {
		p.BirthYear = born.Year() // the IIN says it; no need to type it
	}
	p.Organization = strings.Join(strings.Fields(v.org), " ")
	for _, o := range m.orgs { // one college, one spelling: "alt university" is "ALT University"
		if strings.EqualFold(o, p.Organization) {
			p.Organization = o
			break
		}
	}
	p.Region = v.region
	p.Consent = v.consent
	p.ConsentMethod, p.ConsentAt = "", ""
	if v.consent {
		p.ConsentMethod = v.method
		p.ConsentAt = model.Date(strings.TrimSpace(v.consentAt))
		if p.ConsentAt == "" {
			p.ConsentAt = model.DateOf(now)
		} else if d, r := model.ParseDate(string(p.ConsentAt)); r != model.ReasonNone {
			bad("consent_at", r)
			p.ConsentAt = ""
		} else {
			p.ConsentAt = d
		}
	}
	if p.IsMinor(now) {
		p.GuardianName = strings.TrimSpace(v.guardianName)
		p.GuardianConsent = v.guardianConsent
		p.GuardianPhone = ""
		if strings.TrimSpace(v.guardianPhone) != "" {
			if n, r := model.NormalizePhone(v.guardianPhone); r != model.ReasonNone {
				bad("guardian_phone", model.ReasonBadPhone)
			} else {
				p.GuardianPhone = n
			}
		}
	} else if m.base == nil {
		// An adult registers alone: guardian fields typed before the birth
		// year was corrected are not kept. An existing record keeps its own.
		p.GuardianName, p.GuardianPhone, p.GuardianConsent = "", "", false
	}
	p.Notes = strings.TrimRight(v.notes, " \t\n")

	if err := p.ValidateRegistration(now); err != nil {
		got, _ := model.AsFieldErrors(err)
		for _, e := range got {
			if fe.For(e.Field) == "" {
				fe = append(fe, e)
			}
		}
	}
	return p, fe
}

// submit checks what was typed and, when it is fine, saves it off the event
// loop after looking for the same person. allowSimilar skips the same-name
// question (the consultant said "create anyway").
func (m *Model) submit(allowSimilar bool) tea.Cmd {
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
		if other, by, err := sameByKey(store, p); err != nil {
			return savedMsg{err: err}
		} else if other != nil {
			return dupMsg{other: other, by: by}
		}
		if creating && !allowSimilar {
			if other := similar(store, p); other != nil {
				return dupMsg{other: other}
			}
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

// sameByKey finds another live person with p's phone or IIN: the same person,
// who must not be registered twice.
func sameByKey(store *storage.Store, p *model.Person) (*model.Person, string, error) {
	lookups := []struct {
		by, value string
		find      func(string) (*model.Person, error)
	}{
		{"phone", p.Phone, store.PersonByPhone},
		{"iin", p.IIN, store.PersonByIIN},
	}
	for _, l := range lookups {
		if l.value == "" {
			continue
		}
		other, err := l.find(l.value)
		switch {
		case errors.Is(err, storage.ErrNotFound):
		case err != nil:
			return nil, "", err
		case other.ID != p.ID:
			return other, l.by, nil
		}
	}
	return nil, "", nil
}

// similarWait bounds the wait for the search index (it loads at start-up).
const similarWait = 5 * time.Second

// similar finds someone already registered with p's name in p's organisation,
// both compared folded (Айгерім = Aigerim = айгерим), through the search index.
// The question is advice: when the index cannot answer, the save goes on.
func similar(store *storage.Store, p *model.Person) *model.Person {
	ctx, cancel := context.WithTimeout(context.Background(), similarWait)
	defer cancel()
	x, err := store.Search(ctx)
	if err != nil {
		return nil
	}
	res, err := x.Search(ctx, search.Query{Text: p.FullName, Filter: search.Filter{Kind: model.KindPerson}, Limit: 500})
	if err != nil {
		return nil
	}
	name, org := textfold.Fold(p.FullName), textfold.Fold(p.Organization)
	for _, h := range res.Hits {
		if h.ID == p.ID || textfold.Fold(h.Title) != name || textfold.Fold(h.Sub) != org {
			continue
		}
		if other, err := storage.GetAs[*model.Person](store, model.KindPerson, h.ID); err == nil && !other.Deleted {
			return other
		}
	}
	return nil
}

func (m *Model) takeDup(msg dupMsg) tea.Cmd {
	if m.mode != saving {
		return nil
	}
	m.other, m.otherBy = msg.other, msg.by
	if msg.by != "" {
		m.mode = sameFound
	} else {
		m.mode = similarFound
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
