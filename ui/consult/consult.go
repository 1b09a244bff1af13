// Package consult is the Consult screen: the follow-ups due today and
// overdue, the recent consultations, and the form that logs a consultation
// (from an idea's or a person's card, or a visit in the Desk's queue) or
// corrects one with a new consultation that supersedes it.
package consult

import (
	"errors"
	"strings"

	"frontoffice/model"
	"frontoffice/storage"
	"frontoffice/ui/common"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
)

// KeyMap is the Consult screen's keys.
type KeyMap struct {
	Up, Down key.Binding
	Open     key.Binding
	Correct  key.Binding
	Refresh  key.Binding
	Cancel   key.Binding
}

func newKeyMap(c *common.Common) KeyMap {
	tr := c.Tr
	return KeyMap{
		Up:      common.BindHelp("↑", tr.T("key.scroll_up"), "up"),
		Down:    common.BindHelp("↓", tr.T("key.scroll_down"), "down"),
		Open:    common.Bind(tr.T("consult.key_open"), "enter"),
		Correct: common.Bind(tr.T("consult.key_correct"), "c"),
		Refresh: common.BindHelp("F5", tr.T("key.refresh"), "f5", "ctrl+r"), // r is the Reports screen
		Cancel:  common.Bind(tr.T("key.cancel"), "esc"),
	}
}

// discardQ is asked on esc in a form with something typed.
var discardQ = common.NewQuestion("consult.discard", "consult.discard_q", "confirm.discard", "confirm.back_to_form")

type mode int

const (
	listing mode = iota
	editing
	confirmDiscard
	saving
)

// row is one line of the list: a follow-up or a recent consultation.
type row struct {
	e        storage.ConsultationEntry
	followUp bool
	overdue  bool
}

// Model is the Consult screen.
type Model struct {
	c    *common.Common
	keys KeyMap
	w, h int
	mode mode
	ask  *common.Asking // the discard question while confirmDiscard

	seq    int
	loaded bool
	err    error
	rows   []row
	nFU    int // how many of rows are follow-ups
	cur    int

	// the form (form.go)
	form      *huh.Form
	vals      values
	start     values
	subj      subject
	fixing    *model.Consultation // the consultation being corrected, nil for a new one
	consults  []string            // the consultants to choose from
	formSeq   int
	saveErr   error
	fieldErrs model.FieldErrors
	svcField  huh.Field // the services' multi-select of form
	svcW      int       // the width its options were cut to
	svcTried  bool      // enter or tab was pressed on it: "must be filled in" may show
}

// New makes the Consult screen.
func New(c *common.Common) *Model { return &Model{c: c, keys: newKeyMap(c)} }

// listMsg carries the follow-ups and recent consultations; seq drops old answers.
type listMsg struct {
	seq    int
	follow []storage.FollowUp
	total  int // follow-ups in all; the list holds the first followUpsListed
	recent []storage.ConsultationEntry
	err    error
}

// recentShown is how many recent consultations the list shows.
const recentShown = 50

// followUpsListed is how many follow-ups the screen lists, most overdue
// first; the title counts them all.
const followUpsListed = 500

// Init loads the list.
func (m *Model) Init() tea.Cmd { return m.load() }

func (m *Model) load() tea.Cmd {
	m.seq++
	seq, store, today := m.seq, m.c.Store, m.c.Today()
	return common.Do(func() tea.Msg {
		fus, total, err := store.FollowUps(today, followUpsListed)
		if err != nil {
			return listMsg{seq: seq, err: err}
		}
		rec, err := store.RecentConsultations(recentShown)
		return listMsg{seq: seq, follow: fus, total: total, recent: rec, err: err}
	})
}

// Update handles the screen's messages.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case listMsg:
		if msg.seq != m.seq {
			return m, nil
		}
		m.loaded, m.err = true, msg.err
		m.rows = m.rows[:0]
		for _, f := range msg.follow {
			m.rows = append(m.rows, row{e: f.ConsultationEntry, followUp: true, overdue: f.Overdue})
		}
		m.nFU = msg.total
		for _, e := range msg.recent {
			m.rows = append(m.rows, row{e: e})
		}
		m.cur = max(0, min(m.cur, len(m.rows)-1))
		return m, nil
	case common.DataChangedMsg:
		return m, m.load()
	case common.LangChangedMsg:
		m.keys = newKeyMap(m.c)
		if m.form != nil {
			m.rebuildForm()
		}
		return m, nil
	case common.LogConsultationMsg:
		if m.mode != listing {
			return m, common.Status(m.c.Tr.T("consult.form_open"), true)
		}
		if msg.PersonID == "" && msg.IdeaID == "" {
			return m, common.Status(m.c.Tr.T("consult.no_subject"), true)
		}
		return m, m.prepare(msg, nil)
	case formDataMsg:
		return m, m.openForm(msg)
	case savedMsg:
		return m, m.saved(msg)
	case tea.KeyMsg:
		return m, m.key(msg)
	}
	if m.mode == editing && m.form != nil {
		return m, m.updateForm(msg)
	}
	return m, nil
}

func (m *Model) key(msg tea.KeyMsg) tea.Cmd {
	k := m.keys
	switch m.mode {
	case editing:
		if key.Matches(msg, k.Cancel) {
			if m.vals.equal(m.start) {
				m.dropForm()
				return nil
			}
			m.mode, m.ask = confirmDiscard, m.c.Ask(discardQ)
			return nil
		}
		return m.updateForm(msg)
	case confirmDiscard:
		switch m.ask.Answer(msg) {
		case common.Yes:
			m.ask = nil
			m.dropForm()
		case common.No:
			m.mode, m.ask = editing, nil
		}
		return nil
	case saving:
		return nil
	}
	switch {
	case key.Matches(msg, k.Up):
		m.cur = max(0, m.cur-1)
	case key.Matches(msg, k.Down):
		m.cur = max(0, min(len(m.rows)-1, m.cur+1))
	case key.Matches(msg, k.Refresh):
		return m.load()
	case key.Matches(msg, k.Open):
		if r, ok := m.selected(); ok {
			c := r.e.Consultation
			if c.IdeaID != "" {
				return func() tea.Msg { return common.OpenMsg{Kind: model.KindIdea, ID: c.IdeaID} }
			}
			return func() tea.Msg { return common.OpenMsg{Kind: model.KindPerson, ID: c.PersonID} }
		}
	case key.Matches(msg, k.Correct):
		if r, ok := m.selected(); ok {
			if r.e.SupersededBy != "" {
				return common.Status(m.c.Tr.T("consult.already_fixed"), true)
			}
			c := r.e.Consultation
			return m.prepare(common.LogConsultationMsg{PersonID: c.PersonID, IdeaID: c.IdeaID, VisitID: c.VisitID}, c)
		}
	}
	return nil
}

func (m *Model) selected() (row, bool) {
	if m.cur < 0 || m.cur >= len(m.rows) {
		return row{}, false
	}
	return m.rows[m.cur], true
}

// SetSize sets the body area.
func (m *Model) SetSize(w, h int) {
	m.w, m.h = w, h
	m.sizeForm()
}

// Capturing is true while the form (or its discard question) is open.
func (m *Model) Capturing() bool { return m.mode != listing }

// Title is the tab name.
func (m *Model) Title() string { return m.c.Tr.T("screen.consult") }

// ShortHelp lists the keys that do something now.
func (m *Model) ShortHelp() []key.Binding {
	k := m.keys
	switch m.mode {
	case editing:
		return append([]key.Binding{k.Cancel}, common.FormMoves(m.form, m.c.Tr, true)...)
	case confirmDiscard:
		return m.ask.Keys()
	case saving:
		return nil
	}
	if len(m.rows) == 0 {
		return []key.Binding{k.Refresh}
	}
	out := []key.Binding{k.Open}
	if r, _ := m.selected(); r.e.SupersededBy == "" {
		out = append(out, k.Correct)
	}
	return append(out, k.Refresh)
}

// FullHelp lists the keys shown in the help overlay.
func (m *Model) FullHelp() [][]key.Binding {
	k := m.keys
	if m.mode != listing {
		return [][]key.Binding{m.ShortHelp()} // the list's keys do nothing in the form
	}
	return [][]key.Binding{{k.Up, k.Down, k.Open, k.Correct, k.Refresh}}
}

// View draws the list, the form or the discard question.
func (m *Model) View() string {
	tr, st := m.c.Tr, m.c.Styles
	switch m.mode {
	case editing:
		return m.formView()
	case confirmDiscard:
		return common.Fit(m.ask.View(m.w), m.w, m.h)
	case saving:
		return common.Fit(st.Muted.Render(tr.T("consult.saving")), m.w, m.h)
	}
	if m.err != nil {
		return common.Fit(st.Error.Render(m.c.ErrorText(m.err)), m.w, m.h)
	}
	if !m.loaded {
		return common.Fit(st.Muted.Render(tr.T("consult.loading")), m.w, m.h)
	}
	// Only the lines in view are drawn: up to 550 rows are loaded, and
	// styling all of them every frame would cost tens of milliseconds.
	head := 1 // the follow-ups' title
	if m.nFU == 0 {
		head++ // "none due"
	}
	lineOf := func(i int) int { // the line row i is drawn on
		if i >= m.nFU {
			return head + i + 2 // a blank line and the recent title before them
		}
		return head + i
	}
	total := lineOf(len(m.rows))
	if len(m.rows) == m.nFU {
		total += 1 // "none yet" under the recent title
	}
	// The cursor's line in view, and a mark for lines hidden above or
	// below (102 follow-ups showed as 8, with no sign of the rest).
	room, top := m.h, 0
	place := func() {
		top = 0
		if cur := lineOf(m.cur); cur >= room {
			top = cur - room + 1
		}
	}
	place()
	if total > m.h && m.h >= 4 {
		room = m.h - 1 // the mark below
		if place(); top > 0 {
			room = m.h - 2 // and above
			place()
		}
	}
	var lines []string
	if top > 0 && room < m.h {
		lines = append(lines, st.Muted.Render(common.Fit(tr.T("list.more_above"), m.w, 1)))
	}
	for l := top; l < min(total, top+room); l++ {
		lines = append(lines, m.line(l, head))
	}
	if top+room < total && room < m.h {
		lines = append(lines, st.Muted.Render(common.Fit(tr.T("list.more_below"), m.w, 1)))
	}
	return common.Fit(strings.Join(lines, "\n"), m.w, m.h)
}

// line draws line l of the list (head lines come before the first row).
func (m *Model) line(l, head int) string {
	tr, st := m.c.Tr, m.c.Styles
	switch {
	case l == 0:
		return st.Title.Render(tr.T("consult.follow_ups", m.nFU))
	case l < head:
		return st.Muted.Render(tr.T("consult.none_due"))
	case l-head < m.nFU:
		i := l - head
		return m.rowLine(m.rows[i], i == m.cur)
	case l-head == m.nFU:
		return ""
	case l-head == m.nFU+1:
		return st.Title.Render(tr.T("consult.recent"))
	}
	i := l - head - 2
	if i >= len(m.rows) {
		return st.Muted.Render(wrap(tr.T("consult.none"), m.w))
	}
	return m.rowLine(m.rows[i], i == m.cur)
}

// rowLine is one follow-up or consultation on one line, cut to the width.
func (m *Model) rowLine(r row, selected bool) string {
	tr, st, lang := m.c.Tr, m.c.Styles, m.c.Lang()
	c := r.e.Consultation
	who := subjectText(tr.T("consult.nobody"), r.e.PersonName, r.e.IdeaTitle)
	var parts []string
	if r.followUp {
		when := tr.T("consult.due_today")
		if r.overdue {
			when = tr.T("consult.overdue") + " " + showDate(c.FollowUp)
		}
		parts = []string{when, who}
		if c.NextSteps != "" {
			parts = append(parts, common.Sanitize(firstLine(c.NextSteps)))
		}
	} else {
		parts = []string{showDate(c.Date), who}
		var svc []string
		for _, s := range c.Services {
			svc = append(svc, s.Label(lang))
		}
		parts = append(parts, strings.Join(svc, ", "), tr.T("consult.minutes", c.DurationMin), common.Sanitize(c.Consultant))
		if r.e.SupersededBy != "" {
			parts[0] = "[" + tr.T("consult.superseded") + "] " + parts[0]
		} else if c.Supersedes != "" {
			parts[0] = "[" + tr.T("consult.correction") + "] " + parts[0]
		}
	}
	mark := "  "
	if selected {
		mark = "> "
	}
	line := common.Fit(mark+strings.Join(parts, " · "), m.w, 1)
	switch {
	case selected:
		return st.Selected.Render(line)
	case r.followUp && r.overdue:
		return st.Error.Render(line)
	case r.e.SupersededBy != "":
		return st.Muted.Render(line)
	}
	return line
}

// subjectText names what a consultation is about: the idea, then the person.
func subjectText(nobody, person, idea string) string {
	var parts []string
	for _, s := range []string{idea, person} {
		if s != "" {
			parts = append(parts, common.Sanitize(s))
		}
	}
	if len(parts) == 0 {
		return nobody
	}
	return strings.Join(parts, " — ")
}

func showDate(d model.Date) string {
	if !d.Valid() {
		return string(d)
	}
	return d.Time().Format("02.01.2006")
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(strings.TrimSpace(s), "\n")
	return s
}

// errorIsNotPermitted reports a refused correction (superseded meanwhile).
func errorIsNotPermitted(err error) bool { return errors.Is(err, storage.ErrNotPermitted) }
