package people

import (
	"strconv"
	"strings"

	"frontoffice/model"
	"frontoffice/ui/common"
	"frontoffice/ui/personform"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/x/ansi"
)

// The form's pages, in order; groupOf names the page of a field.
const (
	pagePerson = iota
	pagePlace
	pageConsent
	pageGuardian
	pageNotes
)

func groupOf(field string) int {
	switch field {
	case "organization", "region":
		return pagePlace
	case "consent", "consent_method", "consent_at":
		return pageConsent
	case "guardian_name", "guardian_phone", "guardian_consent":
		return pageGuardian
	case "notes":
		return pageNotes
	}
	return pagePerson
}

// startNew opens an empty form. What was typed in the search box is put in the
// field it looks like: a phone, an IIN or else a name.
func (m *Model) startNew(typed string) tea.Cmd {
	v := personform.Fresh(typed, m.region, m.c.Today())
	m.base, m.from = nil, listing
	if m.mode == viewing {
		m.from = viewing
	}
	return m.openForm(v)
}

// startEdit opens the form on p.
func (m *Model) startEdit(p *model.Person) tea.Cmd {
	cp := *p
	m.base, m.from = &cp, viewing
	v := personform.Of(p)
	if v.ConsentAt == "" && !p.Consent {
		v.ConsentAt = personform.ShowDate(m.c.Today())
	}
	return m.openForm(v)
}

func (m *Model) openForm(v personform.Values) tea.Cmd {
	m.orig, m.errs, m.err = v, nil, nil
	cmd := m.reopenWith(v, pagePerson)
	if !m.orgsLoaded {
		store := m.c.Store
		cmd = tea.Batch(cmd, common.Do(func() tea.Msg {
			orgs, err := store.Organizations()
			return orgsMsg{orgs: orgs, err: err}
		}))
	}
	return cmd
}

type orgsMsg struct {
	orgs []string
	err  error
}

// reopen builds the form again on what was typed, at page.
func (m *Model) reopen(page int) tea.Cmd { return m.reopenWith(m.edit, page) }

func (m *Model) reopenWith(v personform.Values, page int) tea.Cmd {
	m.edit = v
	m.mode = editing
	m.form = m.newForm()
	m.sizeForm()
	cmds := []tea.Cmd{m.form.Init()}
	for g := 1; g <= page; g++ { // each NextGroup lands on the next page shown
		if g == pageGuardian && !m.minor() {
			continue
		}
		cmds = append(cmds, m.form.NextGroup())
	}
	return tea.Sequence(cmds...)
}

// closeForm leaves the form without saving, back where it was opened from.
func (m *Model) closeForm() {
	m.dropForm()
	if m.from == viewing && m.person != nil {
		m.mode = viewing
	} else {
		m.mode = listing
	}
}

func (m *Model) dropForm() {
	m.form, m.orgIn, m.other, m.otherBy = nil, nil, nil, ""
	m.errs, m.err = nil, nil
	m.mode = listing
}

// minor reports whether what is typed now makes the person a minor.
func (m *Model) minor() bool { return m.edit.Minor(m.c.Now()) }

func (m *Model) newForm() *huh.Form {
	tr, lang := m.c.Tr, m.c.Lang()
	ck := personform.NewChecks(tr, m.c.Now())
	regionOpts := personform.RegionOptions(tr)
	var methodOpts []huh.Option[model.ConsentMethod]
	for _, c := range model.ConsentMethods() {
		methodOpts = append(methodOpts, huh.NewOption(c.Label(lang), c))
	}
	m.orgIn = huh.NewInput().Title(tr.T("field.organization")).Description(tr.T("people.org_hint")).
		Value(&m.edit.Org).CharLimit(200).Validate(ck.Text("organization", ""))
	if len(m.orgs) > 0 {
		m.orgIn.Suggestions(m.orgs)
	}
	f := huh.NewForm(
		huh.NewGroup(
			huh.NewInput().Title(tr.T("field.full_name")).Value(&m.edit.Name).CharLimit(200).
				Validate(ck.Text("full_name", model.ReasonRequired)),
			huh.NewInput().Title(tr.T("field.phone")).Description(tr.T("people.phone_hint")).
				Value(&m.edit.Phone).CharLimit(30).Validate(ck.Phone("phone", "")),
			huh.NewInput().Title(tr.T("field.iin")).Description(tr.T("people.iin_hint")).
				Value(&m.edit.IIN).CharLimit(20).Validate(ck.IIN),
			huh.NewInput().Title(tr.T("field.birth_year")).Value(&m.edit.BirthYear).CharLimit(4).Validate(ck.Year),
		).Title(m.formTitle()),
		huh.NewGroup(
			m.orgIn,
			// Counted, as in Settings: the options above the chosen region
			// are out of view at 40×12.
			common.Windowed(tr, huh.NewSelect[model.Region](), tr.T("field.region"), regionOpts, &m.edit.Region, 5),
		).Title(m.formTitle()),
		huh.NewGroup(
			huh.NewConfirm().Title(tr.T("field.consent")).Description(tr.T("people.consent_hint")).
				Affirmative(tr.T("people.yes")).Negative(tr.T("people.no")).Value(&m.edit.Consent),
			huh.NewSelect[model.ConsentMethod]().Title(tr.T("field.consent_method")).Options(methodOpts...).
				Value(&m.edit.Method),
			huh.NewInput().Title(tr.T("field.consent_at")).Description(tr.T("people.date_hint")).
				Value(&m.edit.ConsentAt).CharLimit(common.DateChars).Validate(ck.Date("consent_at")),
		).Title(m.formTitle()),
		personform.GuardianGroup(tr, ck, &m.edit, func() bool { return !m.minor() }),
		huh.NewGroup(
			huh.NewText().Title(tr.T("field.notes")).Description(tr.T("people.notes_hint")).
				Value(&m.edit.Notes).Lines(3).CharLimit(20000).ExternalEditor(false).
				Validate(ck.Notes("notes")),
		).Title(m.formTitle()),
	).WithShowHelp(false).WithShowErrors(false)
	return m.c.FinishForm(f, common.NoSelectFilter, common.NoEditor)
}

func (m *Model) formTitle() string {
	if m.base != nil {
		return m.c.Tr.T("people.edit_title", common.Sanitize(m.base.FullName))
	}
	return m.c.Tr.T("people.new_title")
}

// errorLines are the problems shown above the form: those of the last save,
// then the one of the field being left. They are shown here, not by huh, so
// they stay on screen at 40×12.
func (m *Model) errorLines() []string {
	var p common.Problems
	if m.err != nil {
		p.Add(m.c.ErrorText(m.err))
	}
	p.AddFields(m.c.Tr, m.errs)
	p.AddForm(m.form)
	msgs := p.List()
	// Whole messages while they fit in half the screen, so the form stays in
	// view; then a count of the rest (they come back on the next save).
	var out []string
	limit := max(1, m.h/2)
	for i, s := range msgs {
		lines := strings.Split(wrapText(s, m.w), "\n")
		room := limit - len(out)
		if i < len(msgs)-1 {
			room-- // keep a line to count the messages that do not fit
		}
		if len(lines) <= room {
			out = append(out, lines...)
			continue
		}
		if len(out) == 0 && room > 0 { // the first message, cut to fit
			out, i = append(out, lines[:room]...), i+1
		}
		if i < len(msgs) {
			out = append(out, "… +"+strconv.Itoa(len(msgs)-i))
		}
		break
	}
	return out
}

// wrapText breaks s into lines of at most w cells, at spaces where it can.
func wrapText(s string, w int) string { return ansi.Wrap(s, max(10, w), "") }

// sizeForm fits the form under its messages.
func (m *Model) sizeForm() {
	if m.form == nil {
		return
	}
	h := max(3, m.h-len(m.errorLines()))
	m.form = m.form.WithWidth(max(20, m.w)).WithHeight(h)
}

func (m *Model) updateForm(msg tea.Msg) tea.Cmd {
	if m.form == nil { // saving, or asking who is working
		return nil
	}
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

// formView draws the form, or the question it raised, with the problems above.
func (m *Model) formView() string {
	tr, st := m.c.Tr, m.c.Styles
	var b strings.Builder
	switch m.mode {
	case editing:
		for _, l := range m.errorLines() {
			b.WriteString(st.Error.Render(l) + "\n")
		}
		if m.form != nil {
			b.WriteString(m.form.View())
		}
	case confirmDiscard:
		b.WriteString(m.ask.View(m.w))
	case saving:
		b.WriteString(st.Muted.Render(tr.T("people.saving")))
	case sameFound:
		q := tr.T("people.same_phone")
		if m.otherBy == "iin" {
			q = tr.T("people.same_iin")
		}
		m.question(&b, q, tr.T("people.same_keys"))
	case similarFound:
		m.question(&b, m.ask.Text(), m.ask.KeysView(max(10, m.w)))
	}
	return common.Fit(b.String(), m.w, m.h)
}

// question draws a question about the duplicate found: the question, the
// keys that answer it, then who was found. Blank lines go first when the
// screen is short.
func (m *Model) question(b *strings.Builder, q, keys string) {
	st, w := m.c.Styles, max(10, m.w)
	parts := []string{st.Title.Render(wrapText(q, w)), wrapText(keys, w), m.otherSummary()}
	gap := "\n\n"
	if lines := strings.Count(strings.Join(parts, "\n\n"), "\n") + 1; lines > m.h {
		gap = "\n"
	}
	b.WriteString(strings.Join(parts, gap))
}

// otherSummary is a few lines about the duplicate found: the name, then the
// phone and the organisation, each kept whole where the width allows.
func (m *Model) otherSummary() string {
	o, st, w := m.other, m.c.Styles, max(10, m.w)
	lines := []string{st.Value.Render(wrapText("  "+common.Sanitize(o.FullName), w))}
	if o.Phone != "" {
		lines = append(lines, "  "+model.FormatPhone(o.Phone))
	}
	if o.Organization != "" {
		lines = append(lines, wrapText("  "+common.Sanitize(o.Organization), w))
	}
	return strings.Join(lines, "\n")
}
