package desk

import (
	"errors"
	"strings"

	"frontoffice/model"
	"frontoffice/ui/common"
	"frontoffice/ui/personform"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/x/ansi"
)

// values are what the registration form edits: a person form's values,
// with the birth year and the IIN in one field (a visitor knows one or shows
// an ID card with the other), consent and its method in one choice, and the
// purpose of the visit.
type values struct {
	personform.Values
	yearOrIIN string
	consent   model.ConsentMethod // "" while not given
	purpose   model.Purpose
}

// The form's pages; the guardian's only for a minor, the last only on ctrl+o.
const (
	pageVisitor = iota
	pageGuardian
	pageMore
)

func pageOf(field string) int {
	switch field {
	case "guardian_name", "guardian_phone", "guardian_consent":
		return pageGuardian
	case "region", "consent_at":
		return pageMore
	}
	return pageVisitor
}

type orgsMsg struct {
	orgs []string
	err  error
}

// dupMsg says the save stopped: the visitor seems registered already, by
// phone or IIN (by is set: the same person) or by name and organisation.
type dupMsg struct {
	other *model.Person
	by    string
}

// startForm opens the registration form with what was typed put in the field
// it looks like: a phone, an IIN, or else a name.
func (m *Model) startForm(typed string) tea.Cmd {
	v := values{Values: personform.Fresh(typed, m.region, m.c.Today()), purpose: m.lastPurpose}
	v.yearOrIIN, v.IIN = v.IIN, ""
	m.more = false
	m.list.Blur()
	m.orig, m.errs, m.err = v, nil, nil
	cmd := m.reopenWith(v, pageVisitor)
	if !m.orgsLoaded {
		store := m.c.Store
		cmd = tea.Batch(cmd, common.Do(func() tea.Msg {
			orgs, err := store.Organizations()
			return orgsMsg{orgs: orgs, err: err}
		}))
	}
	return cmd
}

func (m *Model) reopen(page int) tea.Cmd { return m.reopenWith(m.edit, page) }

func (m *Model) reopenWith(v values, page int) tea.Cmd {
	m.edit, m.mode = v, registering
	if page == pageMore {
		m.more = true
	}
	m.form = m.newForm()
	m.sizeForm()
	cmds := []tea.Cmd{m.form.Init()}
	for g := pageGuardian; g <= page; g++ { // each NextGroup lands on the next page shown
		if g == pageGuardian && !m.minor() {
			continue
		}
		cmds = append(cmds, m.form.NextGroup())
	}
	return tea.Sequence(cmds...)
}

func (m *Model) dropForm() {
	m.form, m.orgIn, m.other, m.otherBy, m.claim = nil, nil, nil, "", ""
	m.errs, m.err, m.more = nil, nil, false
}

// closeForm leaves the form without saving, back to the field with what
// was typed there.
func (m *Model) closeForm() tea.Cmd {
	m.dropForm()
	m.mode = idle
	m.onQueue = false
	return m.list.Focus()
}

// person is what was typed as the values personform checks.
func (v values) person() personform.Values {
	p := v.Values
	s := strings.TrimSpace(v.yearOrIIN)
	if len(model.NormalizeIIN(s)) > 4 {
		p.IIN, p.BirthYear = s, ""
	} else {
		p.IIN, p.BirthYear = "", s
	}
	p.Consent = v.consent != ""
	if p.Consent {
		p.Method = v.consent
	}
	return p
}

func (m *Model) minor() bool { return m.edit.person().Minor(m.c.Now()) }

func (m *Model) newForm() *huh.Form {
	tr, lang := m.c.Tr, m.c.Lang()
	ck := personform.NewChecks(tr, m.c.Now())
	yearOrIIN := func(s string) error {
		n := model.NormalizeIIN(s)
		switch {
		case n == "":
			// the minor rules need an age: a birth year or an IIN
			return errors.New(tr.T("desk.need_year_or_iin"))
		case len(n) == 12 && ck.IIN(n) != nil:
			if _, ok := model.IINBirthDate(n); ok {
				return errors.New(tr.T("desk.iin_check_digit"))
			}
			return ck.IIN(n)
		case len(n) > 4:
			return ck.IIN(s)
		}
		return ck.Year(s)
	}
	m.fitted = nil // each option on one line (fitted.go)
	purpose, consent := huh.NewSelect[model.Purpose](), huh.NewSelect[model.ConsentMethod]()
	purposeOpts := cut(m, purpose, model.Purposes(), func(p model.Purpose) string { return p.Label(lang) })
	consentOpts := cut(m, consent, append([]model.ConsentMethod{""}, model.ConsentMethods()...), func(c model.ConsentMethod) string {
		if c == "" {
			return tr.T("desk.consent_none")
		}
		return tr.T("desk.consent_yes", c.Label(lang))
	})
	m.orgIn = huh.NewInput().Title(tr.T("field.organization")).Description(tr.T("people.org_hint")).
		Value(&m.edit.Org).CharLimit(200).Validate(ck.Text("organization", ""))
	if len(m.orgs) > 0 {
		m.orgIn.Suggestions(m.orgs)
	}
	region := tr.T("people.no_region")
	if m.edit.Region != "" {
		region = m.edit.Region.Label(lang)
	}
	date := m.edit.ConsentAt
	if date == "" {
		date = personform.ShowDate(m.c.Today())
	}
	visitor := huh.NewGroup(
		huh.NewInput().Title(tr.T("field.full_name")).Value(&m.edit.Name).CharLimit(200).
			Validate(ck.Text("full_name", model.ReasonRequired)),
		huh.NewInput().Title(tr.T("field.phone")).Description(tr.T("people.phone_hint")).
			Value(&m.edit.Phone).CharLimit(30).Validate(ck.Phone("phone", "")),
		huh.NewInput().Title(tr.T("desk.year_or_iin")).Description(tr.T("desk.year_or_iin_hint")).
			Value(&m.edit.yearOrIIN).CharLimit(20).Validate(yearOrIIN),
		m.orgIn,
		purpose.Title(tr.T("field.purpose")).Options(purposeOpts...).
			Value(&m.edit.purpose),
		consent.Title(tr.T("field.consent")).
			Description(tr.T("desk.consent_hint")).Options(consentOpts...).Value(&m.edit.consent).
			Validate(func(c model.ConsentMethod) error {
				if c == "" {
					return ck.Bad("consent", model.ReasonConsentNeeded)
				}
				return nil
			}),
	).Title(tr.T("desk.form_title"))
	if m.h >= 20 {
		visitor = visitor.Description(tr.T("desk.more_hint", region, date))
	}
	f := huh.NewForm(
		visitor,
		personform.GuardianGroup(tr, ck, &m.edit.Values, func() bool { return !m.minor() }),
		huh.NewGroup(
			// Counted, as in Settings and People: the regions above the
			// office's are out of view at 40×12.
			common.Windowed(tr, huh.NewSelect[model.Region](), tr.T("field.region"), personform.RegionOptions(tr), &m.edit.Region, 5),
			huh.NewInput().Title(tr.T("field.consent_at")).Description(tr.T("people.date_hint")).
				Value(&m.edit.ConsentAt).CharLimit(common.DateChars).Validate(ck.Date("consent_at")),
		).Title(tr.T("desk.more_title")).WithHideFunc(func() bool { return !m.more }),
	).WithShowHelp(false).WithShowErrors(false)
	return m.c.FinishForm(f, common.NoSelectFilter, common.NoEditor)
}

func (m *Model) formKey(msg tea.KeyMsg) tea.Cmd {
	k := m.keys
	switch m.mode {
	case registering:
		switch {
		case key.Matches(msg, k.Cancel):
			if m.edit != m.orig {
				m.mode, m.ask = confirmDiscard, m.c.Ask(discardQ)
				return nil
			}
			return m.closeForm()
		case key.Matches(msg, k.More):
			return m.reopen(pageMore)
		}
		return m.updateForm(msg)
	case confirmDiscard:
		switch m.ask.Answer(msg) {
		case common.Yes:
			m.ask = nil
			return m.closeForm()
		case common.No:
			m.mode, m.ask = registering, nil
		}
	case sameFound:
		switch {
		case key.Matches(msg, k.Theirs):
			if m.claim != "" {
				return m.claimFor(m.other)
			}
			return m.startVisit(m.otherVisitor(), m.edit.purpose)
		case key.Matches(msg, k.OpenCard):
			id := m.other.ID
			m.dropForm()
			m.mode = idle
			return tea.Batch(m.clearField(), func() tea.Msg { return common.OpenMsg{Kind: model.KindPerson, ID: id} })
		case key.Matches(msg, k.BackForm):
			return m.reopen(pageOf(m.otherBy))
		}
	case similarFound:
		if key.Matches(msg, k.Anyway) {
			m.ask = nil
			return m.submit(true)
		}
		switch m.ask.Answer(msg) {
		case common.Yes:
			m.ask = nil
			if m.claim != "" {
				return m.claimFor(m.other)
			}
			return m.startVisit(m.otherVisitor(), m.edit.purpose)
		case common.No:
			m.ask = nil
			return m.reopen(pageVisitor)
		}
	}
	return nil
}

// claimFor makes the anonymous visit being claimed the visit of p, who
// turned out to be registered already.
func (m *Model) claimFor(p *model.Person) tea.Cmd {
	m.mode = saving
	store, claim := m.c.Store, m.claim
	return common.Do(func() tea.Msg {
		v, err := store.ClaimVisit(p, claim)
		if err != nil {
			return startedMsg{err: err}
		}
		return startedMsg{person: visitor{id: p.ID, name: p.FullName, phone: p.Phone, org: p.Organization}, visit: v, claimed: true}
	})
}

func (m *Model) otherVisitor() visitor {
	o := m.other
	return visitor{id: o.ID, name: o.FullName, phone: o.Phone, org: o.Organization}
}

func (m *Model) updateForm(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	m.form, cmd = common.UpdateForm(m.form, msg)
	if m.form.State == huh.StateCompleted {
		return m.submit(false)
	}
	if _, ok := msg.(tea.KeyMsg); ok {
		m.sizeForm()
	}
	return cmd
}

// submit checks what was typed and, when it is fine, looks for the visitor
// among those registered, then registers them and starts their visit, off
// the event loop. allowSimilar skips the same-name question.
func (m *Model) submit(allowSimilar bool) tea.Cmd {
	now := m.c.Now()
	p, fe := m.edit.person().Person(nil, m.orgs, now)
	m.err = nil
	if len(fe) > 0 {
		m.errs = fe
		return m.reopen(pageOf(fe[0].Field))
	}
	if m.nobody() { // the completed form must not submit again meanwhile
		m.form, m.mode = nil, saving
		return m.asWho(func() tea.Cmd { return m.submit(allowSimilar) })
	}
	m.errs, m.form, m.mode = nil, nil, saving
	store, purpose, claim := m.c.Store, m.edit.purpose, m.claim
	m.lastPurpose = purpose
	return common.Do(func() tea.Msg {
		if other, by, err := personform.Duplicate(store, p, !allowSimilar); err != nil {
			return startedMsg{err: err}
		} else if other != nil {
			return dupMsg{other: other, by: by}
		}
		if claim != "" { // the visitor of an anonymous visit registers: it becomes theirs
			v, err := store.ClaimVisit(p, claim)
			if err != nil {
				return startedMsg{err: err}
			}
			who := visitor{id: p.ID, name: p.FullName, phone: p.Phone, org: p.Organization}
			return startedMsg{person: who, visit: v, created: true, claimed: true}
		}
		v, err := store.RegisterVisitor(p, purpose, now) // both or neither
		if err != nil {
			return startedMsg{err: err}
		}
		who := visitor{id: p.ID, name: p.FullName, phone: p.Phone, org: p.Organization}
		return startedMsg{person: who, visit: v, created: true}
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
		m.ask = m.c.Ask(similarQ, common.Sanitize(m.other.FullName), common.Sanitize(org)).With(m.keys.Anyway)
	}
	return nil
}

// sizeForm fits the form under its messages.
func (m *Model) sizeForm() {
	if m.form == nil {
		return
	}
	h := max(3, m.h-len(m.errorLines()))
	m.form = m.form.WithWidth(max(20, m.w)).WithHeight(h)
	m.refit()
}

// errorLines are the problems shown above the form: those of the last save,
// then the one of the field being left, at most half the screen.
func (m *Model) errorLines() []string {
	var p common.Problems
	if m.err != nil {
		p.Add(m.c.ErrorText(m.err))
	}
	p.AddFields(m.c.Tr, m.errs)
	p.AddForm(m.form)
	return p.Wrapped(m.w, m.h/2)
}

// formView draws the form, or the question it raised, with the problems above.
func (m *Model) formView() string {
	tr, st := m.c.Tr, m.c.Styles
	w := max(10, m.w)
	var b strings.Builder
	switch m.mode {
	case registering:
		for _, l := range m.errorLines() {
			b.WriteString(st.Error.Render(l) + "\n")
		}
		if m.form != nil {
			b.WriteString(m.form.View())
		}
	case confirmDiscard:
		b.WriteString(m.ask.View(w))
	case saving:
		b.WriteString(st.Muted.Render(tr.T("people.saving")))
	case sameFound:
		q := tr.T("people.same_phone")
		if m.otherBy == personform.ByIIN {
			q = tr.T("people.same_iin")
		}
		m.question(&b, q, tr.T("desk.same_keys", m.edit.purpose.Label(m.c.Lang())))
	case similarFound:
		m.question(&b, m.ask.Text(), m.ask.KeysView(w))
	}
	return common.Fit(b.String(), m.w, m.h)
}

// question draws a question about the duplicate found: the question, the
// keys that answer it, then who was found.
func (m *Model) question(b *strings.Builder, q, keys string) {
	st, w, o := m.c.Styles, max(10, m.w), m.other
	who := []string{st.Value.Render(ansi.Wrap("  "+common.Sanitize(o.FullName), w, ""))}
	if o.Phone != "" {
		who = append(who, "  "+model.FormatPhone(o.Phone))
	}
	if o.Organization != "" {
		who = append(who, ansi.Wrap("  "+common.Sanitize(o.Organization), w, ""))
	}
	parts := []string{st.Title.Render(ansi.Wrap(q, w, "")), ansi.Wrap(keys, w, ""), strings.Join(who, "\n")}
	gap := "\n\n"
	if lines := strings.Count(strings.Join(parts, "\n\n"), "\n") + 1; lines > m.h {
		gap = "\n"
	}
	b.WriteString(strings.Join(parts, gap))
}
