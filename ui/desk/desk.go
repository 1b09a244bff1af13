// Package desk is the walk-in Desk screen: one search-or-create field and
// today's queue, built for hundreds of visitors an hour on one laptop.
//
// Typing a name, phone or IIN shows the people it matches; enter on a match
// asks only the purpose of the visit (the last one used is the default), so a
// returning visitor found by phone takes two keystrokes after the number.
// When nobody matches, a short registration form opens with what was typed
// in its field; saving it registers the person and starts the visit at once,
// after the same duplicate guard as the People form (package personform).
//
// Below the field is today's queue: who is waiting, with a consultant, done
// or left without service, and for how long. With the queue in focus (tab)
// single keys move a visitor along (s, f, l) and u undoes the last move.
package desk

import (
	"time"

	"frontoffice/model"
	"frontoffice/model/search"
	"frontoffice/ui/common"
	"frontoffice/ui/searchlist"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
)

// KeyMap is the Desk's keys, by where they work.
type KeyMap struct {
	// the field
	Start key.Binding
	New   key.Binding
	Focus key.Binding
	Leave key.Binding
	Clear key.Binding
	Up    key.Binding
	Down  key.Binding

	// the queue
	Serve   key.Binding
	Finish  key.Binding
	Left    key.Binding
	Undo    key.Binding
	Open    key.Binding
	Type    key.Binding
	ToField key.Binding // tab on the queue (shift+tab is the previous screen)

	// the purpose of a visit
	Choose key.Binding
	Cancel key.Binding

	// the form and its questions
	More     key.Binding
	Theirs   key.Binding
	Anyway   key.Binding
	OpenCard key.Binding
	BackForm key.Binding

	// anonymous visits: from the field and from the queue
	Anon      key.Binding
	AnonQueue key.Binding
}

func newKeyMap(c *common.Common) KeyMap {
	tr := c.Tr
	return KeyMap{
		Start: common.Bind(tr.T("desk.key_start"), "enter"),
		New:   common.Bind(tr.T("desk.key_new"), "ctrl+n"),
		Focus: common.Bind(tr.T("desk.key_focus"), "tab", "shift+tab"),
		Leave: common.Bind(tr.T("desk.key_to_queue"), "esc"),
		Clear: common.Bind(tr.T("key.clear_search"), "ctrl+u"),
		Up:    common.BindHelp("↑", tr.T("key.up"), "up"),
		Down:  common.BindHelp("↓", tr.T("key.down"), "down"),

		Serve:  common.Bind(tr.T("desk.key_serve"), "s"),
		Finish: common.Bind(tr.T("desk.key_finish"), "f"),
		Left:   common.Bind(tr.T("desk.key_left"), "l"),
		Undo:   common.Bind(tr.T("desk.key_undo"), "u"),
		Open:   common.Bind(tr.T("desk.key_open"), "enter"),
		// "/" sits where "." is on the ЙЦУКЕН layouts.
		Type:    common.BindHelp("/", tr.T("desk.key_type"), "/", "."),
		ToField: common.Bind(tr.T("desk.key_to_field"), "tab"),

		Choose: common.Bind(tr.T("desk.key_choose"), "enter"),
		Cancel: common.Bind(tr.T("key.cancel"), "esc"),

		More:     common.Bind(tr.T("desk.key_more"), "ctrl+o"),
		Theirs:   common.Bind(tr.T("desk.key_start_theirs"), "enter"),
		Anyway:   common.Bind(tr.T("desk.key_create_anyway"), "c"),
		OpenCard: common.Bind(tr.T("desk.key_open_card"), "o"),
		BackForm: common.Bind(tr.T("people.key_back_to_form"), "esc"),

		Anon:      common.Bind(tr.T("desk.key_anon"), "ctrl+a"),
		AnonQueue: common.Bind(tr.T("desk.key_anon"), "a"),
	}
}

type mode int

const (
	idle           mode = iota // the field and the queue
	choosing                   // the purpose of a visit for someone found
	starting                   // the visit is being saved
	registering                // the registration form
	confirmDiscard             // esc in a changed form: discard?
	saving                     // checking for duplicates, registering, starting the visit
	sameFound                  // the phone or IIN is someone's already
	similarFound               // someone with this name in this organisation exists
	confirmRemove              // u on a waiting entry: remove it from the queue?
	anonymous                  // the anonymous visit's form
)

// Model is the Desk screen.
// The questions the desk asks.
var (
	discardQ = common.NewQuestion("desk.discard", "people.discard_q", "confirm.discard", "confirm.back_to_form")
	similarQ = common.NewQuestion("desk.similar", "people.similar_q", "confirm.queue_them", "confirm.back_to_form")
	removeQ  = common.NewQuestion("desk.remove_entry", "desk.remove_entry_q", "desk.remove_entry_yes", "confirm.keep")
)

// Model is the Desk screen.
type Model struct {
	c    *common.Common
	keys KeyMap
	w, h int
	mode mode
	ask  *common.Asking // the question while confirmDiscard or similarFound

	list    *searchlist.Model
	onQueue bool // the queue has the keys, not the field
	// lateEnters counts the enters pressed before the answer to the last
	// keystroke came (at most two: pick the match, take the purpose): the
	// answer then does what they would have.
	lateEnters int

	// the visit being started: who and for what
	who         visitor
	purposeCur  int
	lastPurpose model.Purpose

	q        queue
	removing *model.Visit // the entry asked about while confirmRemove
	anon     anonValues   // the anonymous visit's form
	fitted   []fitted     // the open form's selects, cut to the width fittedW (fitted.go)
	fittedW  int
	claim    string // the anonymous visit the registration form claims

	// the registration form
	form       *huh.Form
	orgIn      *huh.Input
	edit, orig values
	errs       model.FieldErrors
	err        error
	more       bool // the page with the region and the consent date is shown
	other      *model.Person
	otherBy    string

	orgs       []string
	orgsLoaded bool
	region     model.Region // the office's, the default for new visitors
}

// visitor is whom a visit is being started for.
type visitor struct {
	id, name, phone, org string
}

// New makes the Desk screen, its field ready for typing.
func New(c *common.Common) *Model {
	m := &Model{c: c, keys: newKeyMap(c), lastPurpose: model.PurposeVolunteer}
	m.list = searchlist.New(c, model.KindPerson, m.columns())
	m.list.SetPlaceholder("desk.placeholder")
	m.list.SetNothing("desk.nothing_found")
	m.list.Focus()
	return m
}

// columns are the matches' columns: name and phone, and the organisation
// where there is room.
func (m *Model) columns() []searchlist.Column {
	tr := m.c.Tr
	return []searchlist.Column{
		{Title: tr.T("field.full_name"), Cell: func(h search.Hit) string { return h.Title }},
		{Title: tr.T("field.phone"), Width: 16, Cell: func(h search.Hit) string { return model.FormatPhone(h.Phone) }},
		{Title: tr.T("field.organization"), Width: 24, MinScreen: 64, Cell: func(h search.Hit) string { return h.Sub }},
	}
}

type officeMsg struct{ region model.Region }

func (m *Model) loadOffice() tea.Cmd {
	return common.LoadOffice(m.c.Store, func(o model.Office) tea.Msg {
		return officeMsg{region: o.Region}
	})
}

// tickMsg comes every tickEvery, so the minutes waited stay true and a new
// day starts a new queue.
type tickMsg struct{}

const tickEvery = 30 * time.Second

func tick() tea.Cmd { return tea.Tick(tickEvery, func(time.Time) tea.Msg { return tickMsg{} }) }

// Init starts the search, loads today's queue and the office's region.
func (m *Model) Init() tea.Cmd {
	return tea.Batch(m.list.Init(), m.loadQueue(), m.loadOffice(), tick())
}

// Shown is called by the root when the Desk becomes the screen shown: the
// field takes the keys, ready for the next visitor.
func (m *Model) Shown() tea.Cmd {
	if m.mode != idle {
		return nil
	}
	m.onQueue = false
	return m.list.Focus()
}

// Returned is called by the root when the Desk is shown again after a card
// or a form opened from it: the queue keeps the focus and the cursor it had.
func (m *Model) Returned() tea.Cmd { return nil }

// Update handles the screen's messages.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case officeMsg:
		m.region = msg.region
		return m, nil
	case orgsMsg:
		if msg.err == nil {
			m.orgs, m.orgsLoaded = msg.orgs, true
			if m.orgIn != nil {
				m.orgIn.Suggestions(m.orgs)
			}
		}
		return m, nil
	case queueMsg:
		m.takeQueue(msg)
		return m, nil
	case movedMsg:
		return m, m.takeMoved(msg)
	case common.VisitConsultedMsg:
		return m, m.serveConsulted(msg.VisitID, msg.Consultant)
	case startedMsg:
		return m, m.takeStarted(msg)
	case anonSavedMsg:
		return m, m.takeAnonSaved(msg)
	case dupMsg:
		return m, m.takeDup(msg)
	case tickMsg:
		cmds := []tea.Cmd{tick()}
		if m.q.day != m.today() {
			cmds = append(cmds, m.loadQueue())
		}
		return m, tea.Batch(cmds...)
	case common.DataChangedMsg:
		m.orgsLoaded = false
		return m, tea.Batch(m.list.Search(), m.loadQueue(), m.loadOffice())
	case common.LangChangedMsg:
		m.keys = newKeyMap(m.c)
		m.list.Relabel(m.columns())
		return m, nil
	case tea.KeyMsg:
		cmd := m.handleKey(msg)
		m.sizeList()
		return m, cmd
	}
	cmd, used := m.list.Update(msg)
	if used {
		return m, tea.Batch(cmd, m.afterAnswer())
	}
	if m.mode == registering && m.form != nil {
		return m, tea.Batch(cmd, m.updateForm(msg))
	}
	if m.mode == anonymous && m.form != nil {
		return m, tea.Batch(cmd, m.updateAnon(msg))
	}
	return m, cmd
}

// afterAnswer does what a too early enter asked for, once the matches for
// what was typed have come.
func (m *Model) afterAnswer() tea.Cmd {
	if m.lateEnters == 0 || m.list.Waiting() {
		return nil
	}
	n := m.lateEnters
	m.lateEnters = 0
	if m.mode != idle || m.onQueue {
		return nil
	}
	cmd := m.enter()
	if n > 1 && m.mode == choosing { // the second enter takes the purpose proposed
		return m.startVisit(m.who, model.Purposes()[m.purposeCur])
	}
	return cmd
}

func (m *Model) handleKey(msg tea.KeyMsg) tea.Cmd {
	switch m.mode {
	case idle:
		if m.onQueue {
			return m.queueKey(msg)
		}
		return m.fieldKey(msg)
	case choosing:
		return m.chooseKey(msg)
	case registering, confirmDiscard, sameFound, similarFound:
		return m.formKey(msg)
	case confirmRemove:
		return m.removeKey(msg)
	case anonymous:
		return m.anonKey(msg)
	}
	return nil // starting, saving: the answer is on its way
}

func (m *Model) fieldKey(msg tea.KeyMsg) tea.Cmd {
	k := m.keys
	switch {
	case key.Matches(msg, k.Focus):
		m.toQueue()
		return nil
	case key.Matches(msg, k.Leave):
		m.toQueue()
		return nil
	case key.Matches(msg, k.New):
		m.lateEnters = 0
		return m.startForm(m.list.Text())
	case key.Matches(msg, k.Anon):
		return m.startAnonymous()
	case key.Matches(msg, k.Start):
		return m.enter()
	}
	m.lateEnters = 0 // typing changes what enter would pick
	cmd, _ := m.list.Update(msg)
	m.sizeList()
	return cmd
}

func (m *Model) toQueue() {
	m.lateEnters = 0
	m.list.Blur()
	m.onQueue = true
	m.sizeList()
}

// enter starts a visit for the match under the cursor, or opens the form
// with what was typed when nothing matches. Before the matches for the last
// keystroke have come, it waits for them (a stale match is never picked).
func (m *Model) enter() tea.Cmd {
	if m.list.Text() == "" {
		return nil
	}
	if m.list.Waiting() {
		m.lateEnters = min(2, m.lateEnters+1)
		return nil
	}
	if h, ok := m.list.Selected(); ok {
		if v := m.openVisit(h.ID); v != nil {
			return m.already(v, h.Title)
		}
		return m.choose(visitor{id: h.ID, name: h.Title, phone: h.Phone, org: h.Sub})
	}
	return m.startForm(m.list.Text())
}

// clearField empties the field for the next visitor and gives it the keys.
func (m *Model) clearField() tea.Cmd {
	m.onQueue = false
	m.lateEnters = 0
	cmd := tea.Batch(m.list.SetText(""), m.list.Focus())
	m.sizeList()
	return cmd
}

// today is the queue's day: the office's calendar day.
func (m *Model) today() model.Date { return model.DateOf(m.c.Now().Local()) }

// SetSize gives the screen its area.
func (m *Model) SetSize(w, h int) {
	m.w, m.h = w, h
	m.sizeList()
	m.sizeForm()
	m.q.window(m.queueRows())
}

// Capturing is true while typing goes somewhere: the field, the purpose, the
// form and its questions. With the queue in focus the global keys work.
func (m *Model) Capturing() bool { return m.mode != idle || !m.onQueue }

// OwnsKey tells the root which keys the queue uses itself though nothing is
// capturing text: s serves (not Settings), tab goes back to the field (not
// the next screen).
func (m *Model) OwnsKey(msg tea.KeyMsg) bool {
	if m.mode != idle || !m.onQueue {
		return false
	}
	if msg.Type == tea.KeyShiftTab {
		return false // the previous screen, as everywhere
	}
	k := m.keys
	return key.Matches(msg, k.Serve, k.Finish, k.Left, k.Undo, k.Focus, k.Open, k.Type, k.AnonQueue)
}

// HelpFree tells the root that ? opens help here though the field takes
// the keys: a name, a phone or an IIN never holds a question mark.
func (m *Model) HelpFree() bool { return m.mode == idle }

// Title is the tab name.
func (m *Model) Title() string { return m.c.Tr.T("screen.desk") }

// ShortHelp lists the keys that work now.
func (m *Model) ShortHelp() []key.Binding {
	k := m.keys
	switch m.mode {
	case idle:
		if m.onQueue {
			return m.queueHelp()
		}
		return []key.Binding{k.Start, k.New, k.Anon, k.Focus, k.Clear}
	case anonymous:
		return append([]key.Binding{k.Cancel}, common.FormMoves(m.form, m.c.Tr, false)...)
	case choosing:
		return []key.Binding{k.Choose, k.Up, k.Down, k.Cancel}
	case registering:
		return append(append([]key.Binding{k.Cancel}, common.FormMoves(m.form, m.c.Tr, true)...), k.More)
	case confirmDiscard, similarFound, confirmRemove:
		return m.ask.Keys()
	case sameFound:
		return []key.Binding{k.Theirs, k.OpenCard, k.BackForm}
	}
	return nil
}

// FullHelp lists the keys for the help overlay.
func (m *Model) FullHelp() [][]key.Binding {
	k := m.keys
	// The field's keys or the queue's: enter, ↑ and ↓ do one thing in
	// each, and the queue's tab goes back to the field (shift+tab is the
	// previous screen there, as everywhere).
	switch {
	case m.mode == idle && m.onQueue:
		return [][]key.Binding{{k.Up, k.Down, k.Serve, k.Finish, k.Left, k.Undo, k.Open, k.AnonQueue, k.ToField, k.Type}}
	case m.mode == idle:
		return [][]key.Binding{{k.Start, k.New, k.Anon, k.Up, k.Down, k.Clear, k.Leave, k.Focus}}
	}
	return [][]key.Binding{m.ShortHelp()}
}

// View draws the current mode.
func (m *Model) View() string {
	if m.w <= 0 || m.h <= 0 {
		return ""
	}
	switch m.mode {
	case choosing, starting:
		return m.chooseView()
	case registering, confirmDiscard, saving, sameFound, similarFound:
		return m.formView()
	case confirmRemove:
		return common.Fit(m.ask.View(max(10, m.w)), m.w, m.h)
	case anonymous:
		return m.anonView()
	}
	return m.idleView()
}
