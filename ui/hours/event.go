package hours

import (
	"strings"

	"frontoffice/model"
	"frontoffice/model/search"
	"frontoffice/storage"
	"frontoffice/ui/common"
	"frontoffice/ui/i18n"
	"frontoffice/ui/personform"
	"frontoffice/ui/searchlist"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/x/ansi"
)

// An event is how hours are logged: a volunteer week has hundreds of
// students, so the idea (or none), the day, the activity and the usual
// hours are given once, then each person is a name or phone, enter on the
// match, enter on the hours (the usual ones are filled in). Nothing is saved
// until ctrl+s, which saves everyone at once; from a person's card the event
// has just that person and is saved when its form is done.

// event is the event being logged.
type event struct {
	ideas  *searchlist.Model // which idea
	people *searchlist.Model // who, one after another

	ideaID, ideaTitle string
	vals              eventValues // bound to the event form
	date              model.Date
	usual             float64

	single, singleName string // from a card: only this person

	chosen    *search.Hit     // the person whose hours are being typed
	hoursIn   textinput.Model // their hours
	lines     []line          // people added, not saved yet
	lateEnter bool            // enter pressed before the matches came
	saving    bool            // the lines are being saved
}

// eventValues are the event form's fields as typed.
type eventValues struct {
	date, activity, usual, description string
}

// line is one person added to the event.
type line struct {
	personID, name string
	hours          float64
}

func (e *event) clear() {
	e.ideaID, e.ideaTitle, e.single, e.singleName = "", "", "", ""
	e.vals = eventValues{}
	e.chosen, e.lines, e.lateEnter, e.saving = nil, nil, false, false
	e.people.Blur()
	e.ideas.Blur()
	e.hoursIn.Blur()
}

// typed reports whether the event's form holds anything a person typed:
// an activity, hours, a description, or a day other than today proposed.
func (e *event) typed(today model.Date) bool {
	v := e.vals
	for _, s := range []string{v.activity, v.usual, v.description} {
		if strings.TrimSpace(s) != "" {
			return true
		}
	}
	return v.date != "" && v.date != personform.ShowDate(today)
}

// askDiscard asks q; "keep editing" goes back to the mode back.
func (m *Model) askDiscard(q common.Question, back mode) tea.Cmd {
	m.mode, m.back, m.ask = confirmDiscard, back, m.c.Ask(q)
	return nil
}

// failed reports whether an event's save was refused (its lines are kept).
func (e *event) failed() bool {
	was := e.saving
	e.saving = false
	return was && len(e.lines) > 0
}

func (e *event) total() float64 {
	var t float64
	for _, l := range e.lines {
		t += l.hours
	}
	return t
}

// title names the event: its day and what it was.
func (e *event) title(tr *i18n.Translator) string {
	what := strings.TrimSpace(e.vals.activity)
	if e.ideaTitle != "" {
		if what != "" {
			what += " · "
		}
		what += e.ideaTitle
	}
	if e.single != "" {
		return tr.T("hours.single_title", common.Sanitize(e.singleName), common.Sanitize(what))
	}
	if e.date == "" {
		return tr.T("hours.event_title_new", common.Sanitize(what))
	}
	return tr.T("hours.event_title", personform.ShowDate(e.date), common.Sanitize(what))
}

func (m *Model) personColumns() []searchlist.Column {
	tr := m.c.Tr
	return []searchlist.Column{
		{Title: tr.T("field.full_name"), Cell: func(h search.Hit) string { return h.Title }},
		{Title: tr.T("field.phone"), Width: 16, Cell: func(h search.Hit) string { return model.FormatPhone(h.Phone) }},
		{Title: tr.T("field.organization"), Width: 20, MinScreen: 70, Cell: func(h search.Hit) string { return h.Sub }},
	}
}

func (m *Model) ideaColumns() []searchlist.Column {
	tr, lang := m.c.Tr, m.c.Lang()
	return []searchlist.Column{
		{Title: tr.T("field.title"), Cell: func(h search.Hit) string { return h.Title }},
		{Title: tr.T("field.status"), Width: 14, MinScreen: 60, Cell: func(h search.Hit) string { return h.Status.Label(lang) }},
	}
}

// startEvent begins logging hours: for an event (pick the idea first) or,
// from a card, for one person.
func (m *Model) startEvent(req common.LogHoursMsg) tea.Cmd {
	m.ev.clear()
	m.ev.single, m.ev.singleName = req.PersonID, req.Name
	m.mode = pickingIdea
	m.sizeEvent()
	return tea.Batch(m.ev.ideas.SetText(""), m.ev.ideas.Focus())
}

func (m *Model) ideaKey(msg tea.KeyMsg) tea.Cmd {
	k := m.keys
	switch {
	case key.Matches(msg, k.Cancel):
		if m.ev.typed(m.c.Today()) { // the event's form was filled in, then esc brought us back here
			m.ev.ideas.Blur()
			return m.askDiscard(evDiscardQ, pickingIdea)
		}
		m.ev.clear()
		m.mode = listing
		return nil
	case key.Matches(msg, k.NoIdea):
		m.ev.ideaID, m.ev.ideaTitle = "", ""
		return m.openEventForm()
	case msg.Type == tea.KeyEnter:
		if m.ev.ideas.Waiting() {
			return nil // the matches for what was typed are on their way
		}
		if h, ok := m.ev.ideas.Selected(); ok {
			m.ev.ideaID, m.ev.ideaTitle = h.ID, h.Title
			return m.openEventForm()
		}
		return nil
	}
	cmd, _ := m.ev.ideas.Update(msg)
	return cmd
}

// defaultUsualHours are an event's usual hours when none are typed: a
// half-day of volunteering.
const defaultUsualHours = 4.0

// openEventForm asks the day, the activity, the usual hours and a note.
func (m *Model) openEventForm() tea.Cmd {
	m.ev.ideas.Blur()
	tr := m.c.Tr
	if m.ev.vals.date == "" {
		m.ev.vals = eventValues{date: personform.ShowDate(m.c.Today())}
	}
	usualTitle, usualField := tr.T("hours.usual"), "usual"
	if m.ev.single != "" {
		usualTitle, usualField = tr.T("field.hours"), "hours"
	}
	m.form = m.newForm(huh.NewGroup(
		huh.NewInput().Title(tr.T("field.date")).Description(tr.T("consult.date_hint")).Value(&m.ev.vals.date).CharLimit(common.DateChars).Validate(m.validDate),
		huh.NewInput().Title(tr.T("field.activity")).Value(&m.ev.vals.activity).CharLimit(200).Validate(func(s string) error {
			if strings.TrimSpace(s) == "" && m.ev.ideaID == "" {
				return fieldErr(tr.T("field.activity") + ": " + tr.T("hours.need_activity"))
			}
			return nil
		}),
		// The usual hours are a placeholder, so what is typed replaces them
		// instead of being added after them; empty takes them.
		huh.NewInput().Title(usualTitle).Description(tr.T("hours.hours_hint")).Value(&m.ev.vals.usual).
			Placeholder(m.show(defaultUsualHours)).CharLimit(5).Validate(func(s string) error {
			if strings.TrimSpace(s) == "" {
				return nil
			}
			return m.validHours(usualField)(s)
		}),
		huh.NewText().Title(tr.T("field.description")).Value(&m.ev.vals.description).Lines(2),
	))
	m.mode = eventForm
	return m.form.Init()
}

// eventFormDone goes on to adding people, or saves a card's single entry.
func (m *Model) eventFormDone() tea.Cmd {
	m.ev.date, _ = model.ParseDate(m.ev.vals.date)
	m.ev.usual = defaultUsualHours
	if strings.TrimSpace(m.ev.vals.usual) != "" {
		m.ev.usual, _ = model.ParseHoursAmount(m.ev.vals.usual, true)
	}
	if m.ev.single != "" {
		m.ev.lines = []line{{m.ev.single, m.ev.singleName, m.ev.usual}}
		return m.saveEvent()
	}
	m.mode = adding
	m.ev.chosen = nil
	m.sizeEvent()
	return tea.Batch(m.ev.people.SetText(""), m.ev.people.Focus())
}

func (m *Model) addKey(msg tea.KeyMsg) tea.Cmd {
	k := m.keys
	if m.ev.chosen != nil { // typing the hours
		switch {
		case key.Matches(msg, k.Cancel):
			m.ev.chosen = nil
			m.ev.hoursIn.Blur()
			return m.ev.people.Focus()
		case msg.Type == tea.KeyEnter:
			typed := m.ev.hoursIn.Value()
			if strings.TrimSpace(typed) == "" {
				typed = model.FormatHours(m.ev.usual) // nothing typed: the usual hours
			}
			h, why := model.ParseHoursAmount(typed, true)
			if why != model.ReasonNone {
				return common.Status(m.c.Tr.Field("hours")+": "+m.c.Tr.Reason(why), true)
			}
			c := m.ev.chosen
			m.ev.lines = append(m.ev.lines, line{c.ID, c.Title, h})
			m.ev.chosen = nil
			m.ev.hoursIn.Blur()
			m.sizeEvent()
			return tea.Batch(m.ev.people.SetText(""), m.ev.people.Focus())
		}
		var cmd tea.Cmd
		m.ev.hoursIn, cmd = m.ev.hoursIn.Update(msg)
		return cmd
	}
	switch {
	case key.Matches(msg, k.Cancel):
		if len(m.ev.lines) > 0 {
			m.mode, m.back = confirmDiscard, adding
			m.ask = m.c.AskN(discardQ, float64(len(m.ev.lines)), len(m.ev.lines))
			return nil
		}
		if m.ev.typed(m.c.Today()) { // nobody added yet, but the event's activity typed
			return m.askDiscard(evDiscardQ, adding)
		}
		m.ev.clear()
		m.mode = listing
		return nil
	case key.Matches(msg, k.Save):
		if len(m.ev.lines) == 0 {
			return common.Status(m.c.Tr.T("hours.nobody_added"), true)
		}
		return m.saveEvent()
	case key.Matches(msg, k.Undo):
		if n := len(m.ev.lines); n > 0 {
			last := m.ev.lines[n-1]
			m.ev.lines = m.ev.lines[:n-1]
			m.sizeEvent()
			return common.Status(m.c.Tr.T("hours.removed", common.Sanitize(last.name)), false)
		}
		return nil
	case msg.Type == tea.KeyEnter:
		if m.ev.people.Text() == "" {
			// Nobody is taken from the list of everyone (a second enter
			// after the hours would add whoever is first), but say why.
			return common.Status(m.c.Tr.T("hours.type_first"), true)
		}
		if m.ev.people.Waiting() {
			m.ev.lateEnter = true // pick once the matches for what was typed come
			return nil
		}
		return m.choose()
	}
	m.ev.lateEnter = false
	cmd, _ := m.ev.people.Update(msg)
	return cmd
}

// afterAnswer does what an early enter asked, once the matches have come.
func (m *Model) afterAnswer() tea.Cmd {
	if !m.ev.lateEnter || m.ev.people.Waiting() || m.mode != adding || m.ev.chosen != nil {
		return nil
	}
	m.ev.lateEnter = false
	return m.choose()
}

// choose takes the person under the cursor and asks their hours.
func (m *Model) choose() tea.Cmd {
	h, ok := m.ev.people.Selected()
	if !ok {
		return common.Status(m.c.Tr.T("hours.no_match"), true)
	}
	for _, l := range m.ev.lines {
		if l.personID == h.ID {
			return common.Status(m.c.Tr.T("hours.already_added", common.Sanitize(h.Title)), true)
		}
	}
	m.ev.chosen = &h
	m.ev.people.Blur()
	// The usual hours are the placeholder, not typed in: enter takes them,
	// and typing other hours replaces them instead of adding digits to them.
	m.ev.hoursIn.SetValue("")
	m.ev.hoursIn.Placeholder = m.show(m.ev.usual)
	return m.ev.hoursIn.Focus()
}

// saveEvent writes every line in one transaction.
func (m *Model) saveEvent() tea.Cmd {
	if m.c.Nobody() { // who is working? asked first; esc goes back to what was typed
		return m.c.WhoFirst(m.saveEvent, func() tea.Cmd {
			if m.ev.single != "" {
				return m.openEventForm()
			}
			return m.ev.people.Focus()
		})
	}
	base := model.Hours{Date: m.ev.date, Activity: strings.TrimSpace(m.ev.vals.activity),
		IdeaID: m.ev.ideaID, Description: strings.TrimSpace(m.ev.vals.description)}
	bulk := make([]storage.BulkHours, len(m.ev.lines))
	for i, l := range m.ev.lines {
		bulk[i] = storage.BulkHours{PersonID: l.personID, Hours: l.hours}
	}
	n, shown := len(bulk), m.show(m.ev.total())
	m.mode, m.ev.saving = saving, true
	m.ev.people.Blur()
	store, tr := m.c.Store, m.c.Tr
	return common.Do(func() tea.Msg {
		_, err := store.LogHoursBatch(base, bulk)
		return doneMsg{text: tr.Plural("hours.logged", float64(n), n, shown), err: err}
	})
}

// addHelp is the keys while adding people.
func (m *Model) addHelp() []key.Binding {
	k := m.keys
	if m.ev.chosen != nil {
		return []key.Binding{k.Add, k.Cancel}
	}
	out := []key.Binding{k.Confirm}
	if len(m.ev.lines) > 0 {
		out = append(out, k.Save, k.Undo)
	}
	return append(out, k.Cancel)
}

// addedShown is how many of the people added are listed under the matches.
const addedShown = 3

// sizeEvent gives the pickers the room left by the event's own lines.
func (m *Model) sizeEvent() {
	if m.ev.ideas == nil {
		return
	}
	m.ev.ideas.SetSize(m.w, max(1, m.h-2))
	extra := 2 + min(addedShown, len(m.ev.lines)) // title, hours line, the last added
	m.ev.people.SetSize(m.w, max(1, m.h-extra))
}

func (m *Model) eventView() string {
	tr, st := m.c.Tr, m.c.Styles
	var b strings.Builder
	if m.mode == pickingIdea {
		title := tr.T("hours.pick_idea")
		if m.ev.single != "" {
			title = common.Sanitize(m.ev.singleName) + " · " + title
		}
		b.WriteString(st.Title.Render(ansi.Truncate(title, m.w, "…")) + "\n")
		b.WriteString(st.Muted.Render(common.FitParts(tr.T("hours.pick_idea_hint"), m.w)) + "\n")
		b.WriteString(m.ev.ideas.View())
		return common.Fit(b.String(), m.w, m.h)
	}
	b.WriteString(st.Title.Render(ansi.Truncate(m.ev.title(tr), m.w, "…")) + "\n")
	head := tr.Plural("hours.added", float64(len(m.ev.lines)), len(m.ev.lines), m.show(m.ev.total()))
	if c := m.ev.chosen; c != nil {
		// The name gives way, never the hours being typed.
		in := m.ev.hoursIn.View()
		name := common.Sanitize(c.Title)
		room := m.w - ansi.StringWidth(in) - 1
		if over := ansi.StringWidth(tr.T("hours.hours_for", name)) - room; over > 0 {
			name = ansi.Truncate(name, max(1, ansi.StringWidth(name)-over), "…")
		}
		head = tr.T("hours.hours_for", name) + " " + in
	}
	b.WriteString(ansi.Truncate(head, m.w, "…") + "\n")
	b.WriteString(m.ev.people.View())
	n := len(m.ev.lines)
	for i := max(0, n-addedShown); i < n; i++ {
		l := m.ev.lines[i]
		b.WriteString("\n" + st.Muted.Render(ansi.Truncate("  + "+common.Sanitize(l.name)+" — "+tr.T("hours.h", m.show(l.hours)), m.w, "…")))
	}
	return common.Fit(b.String(), m.w, m.h)
}
