// Package hours is the Hours screen: volunteer hours for the social student
// credit. The list shows every entry, pending first; a consultant verifies
// (their name and the time are recorded), rejects with a reason, or edits
// one (an edited verified entry goes back to pending). New hours are logged
// for an event (event.go): the idea or activity and the day once, then many
// people quickly, each with their hours, saved together in one transaction.
package hours

import (
	"errors"
	"fmt"
	"strings"

	"frontoffice/model"
	"frontoffice/storage"
	"frontoffice/ui/common"
	"frontoffice/ui/personform"
	"frontoffice/ui/searchlist"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/x/ansi"
)

// KeyMap is the Hours screen's keys. Letters avoid the app's screen keys
// (h d i p v w s q r t).
type KeyMap struct {
	Up, Down, PageUp, PageDown key.Binding
	Verify, Reject, Edit, New  key.Binding
	VerifyEvent                key.Binding
	Open                       key.Binding
	Cancel, Confirm, Add       key.Binding
	Save, NoIdea, Undo         key.Binding
}

func newKeyMap(c *common.Common) KeyMap {
	tr := c.Tr
	return KeyMap{
		Up:       common.BindHelp("↑", tr.T("key.up"), "up"),
		Down:     common.BindHelp("↓", tr.T("key.down"), "down"),
		PageUp:   common.BindHelp("pgup", tr.T("key.page_up"), "pgup"),
		PageDown: common.BindHelp("pgdn", tr.T("key.page_down"), "pgdown"),
		Verify:   common.Bind(tr.T("hours.key_verify"), "a"),
		// Shift+A: a volunteer week's event is verified at once, after a question.
		VerifyEvent: common.BindHelp("A", tr.T("hours.key_verify_event"), "A"), // and Ф (Bind),
		Reject:      common.Bind(tr.T("hours.key_reject"), "x"),
		Edit:        common.Bind(tr.T("key.edit"), "e"),
		New:         common.Bind(tr.T("hours.key_new"), "n"),
		Open:        common.Bind(tr.T("hours.key_open"), "enter"),
		Cancel:      common.Bind(tr.T("key.cancel"), "esc"),
		Confirm:     common.Bind(tr.T("hours.key_confirm"), "enter"),
		Add:         common.Bind(tr.T("hours.key_add"), "enter"),
		Save:        common.BindHelp("ctrl+s", tr.T("hours.key_save"), "ctrl+s"),
		NoIdea:      common.BindHelp("ctrl+n", tr.T("hours.key_no_idea"), "ctrl+n"),
		Undo:        common.BindHelp("ctrl+z", tr.T("hours.key_undo"), "ctrl+z"),
	}
}

// The questions the screen asks.
var (
	discardQ = common.NewQuestion("hours.discard", "hours.discard_q", "confirm.discard", "confirm.keep_editing")
	// evDiscardQ: esc with an event's day, activity, hours or description
	// typed and nobody added yet.
	evDiscardQ = common.NewQuestion("hours.event_discard", "hours.event_discard_q", "confirm.discard", "confirm.keep_editing")
	verifyQ    = common.NewQuestion("hours.verify_event", "hours.verify_event_q", "confirm.verify_all", "confirm.not_now")
)

type mode int

const (
	listing        mode = iota
	rejecting           // typing the reason
	editing             // the edit form
	pickingIdea         // an event: which idea (or none)
	eventForm           // an event: day, activity, usual hours
	adding              // an event: people, one after another
	confirmDiscard      // esc with people added and not saved
	confirmVerify       // verify every pending entry of the event under the cursor?
	saving
)

// Model is the Hours screen.
type Model struct {
	c    *common.Common
	keys KeyMap
	w, h int
	mode mode
	ask  *common.Asking // the question while confirmDiscard or confirmVerify
	// back is the mode "keep editing" returns to from confirmDiscard.
	back mode

	seq     int
	wanted  bool // the list was asked for once: keep it fresh from then on
	loaded  bool
	err     error
	entries []storage.HoursEntry
	evMemo  eventMemo
	counts  [3]int     // pending, verified, rejected entries
	sums    [3]float64 // and their hours
	cur     int
	top     int
	// standFor is the person whose credit standing is shown under the
	// list (standing.go), standing its text ("" until loaded).
	standFor, standing string

	reason textinput.Model // the reject reason
	form   *huh.Form       // the edit or event form
	edit   editValues      // bound to the edit form
	editOf *model.Hours    // the entry being edited

	ev event // the event being logged (event.go)
}

// New makes the Hours screen.
func New(c *common.Common) *Model {
	m := &Model{c: c, keys: newKeyMap(c)}
	m.reason = textinput.New()
	m.reason.CharLimit = 200
	m.reason.Prompt = "> "
	m.ev.people = searchlist.New(c, model.KindPerson, m.personColumns())
	m.ev.people.SetPlaceholder("hours.person_placeholder")
	m.ev.ideas = searchlist.New(c, model.KindIdea, m.ideaColumns())
	m.ev.ideas.SetPlaceholder("hours.idea_placeholder")
	m.ev.hoursIn = textinput.New()
	m.ev.hoursIn.CharLimit = 5
	m.ev.hoursIn.Prompt = ""
	return m
}

// listMsg carries the entries; seq drops answers to older loads.
type listMsg struct {
	seq     int
	entries []storage.HoursEntry
	err     error
}

// doneMsg is a verification, rejection, edit or event saved (or refused).
type doneMsg struct {
	text string
	err  error
}

// Init does nothing: the list is loaded when the screen is first shown (a
// volunteer week's store holds tens of thousands of entries, and the app's
// start is not kept waiting for them), and the pickers search only once an
// event is started.
func (m *Model) Init() tea.Cmd { return nil }

// Shown is called by the root when Hours becomes the screen shown.
func (m *Model) Shown() tea.Cmd {
	if m.wanted {
		return nil
	}
	m.wanted = true
	return m.load()
}

func (m *Model) load() tea.Cmd {
	m.seq++
	seq, store := m.seq, m.c.Store
	return common.Do(func() tea.Msg {
		es, err := store.HoursList()
		return listMsg{seq: seq, entries: es, err: err}
	})
}

// Update handles the screen's messages.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case listMsg:
		if msg.seq != m.seq {
			return m, nil
		}
		m.loaded, m.err, m.entries = true, msg.err, msg.entries
		m.evMemo = eventMemo{}
		m.count()
		if m.mode == saving && !m.ev.saving {
			m.mode = listing // the list is fresh again after a change
		}
		m.cur = max(0, min(m.cur, len(m.entries)-1))
		m.scroll()
		m.standFor = "" // the hours may have changed: loaded again
		return m, m.wantStanding()
	case standingMsg:
		m.takeStanding(msg)
		return m, nil
	case doneMsg:
		if msg.err != nil {
			if m.mode == saving {
				m.mode = listing
			}
			if m.ev.failed() {
				m.mode = adding // keep the people typed: nothing was saved
			}
			return m, common.Status(m.errorText(msg.err), true)
		}
		// The keys wait for the list to reload (saving until listMsg): an
		// entry just verified must not be verified again from a stale row.
		m.ev.clear()
		m.mode, m.wanted = saving, true
		return m, tea.Batch(common.Status(msg.text, false), func() tea.Msg { return common.DataChangedMsg{} })
	case common.DataChangedMsg:
		var cmds []tea.Cmd
		if m.wanted {
			cmds = append(cmds, m.load())
		}
		switch m.mode {
		case pickingIdea:
			cmds = append(cmds, m.ev.ideas.Search())
		case adding:
			cmds = append(cmds, m.ev.people.Search())
		}
		return m, tea.Batch(cmds...)
	case common.LangChangedMsg:
		m.keys = newKeyMap(m.c)
		m.ev.people.Relabel(m.personColumns())
		m.ev.ideas.Relabel(m.ideaColumns())
		return m, nil
	case common.LogHoursMsg:
		if m.mode != listing {
			return m, common.Status(m.c.Tr.T("hours.busy"), true)
		}
		return m, m.startEvent(msg)
	case tea.KeyMsg:
		return m, tea.Batch(m.key(msg), m.wantStanding())
	}
	if cmd, used := m.ev.people.Update(msg); used {
		return m, tea.Batch(cmd, m.afterAnswer())
	}
	if cmd, used := m.ev.ideas.Update(msg); used {
		return m, cmd
	}
	if (m.mode == editing || m.mode == eventForm) && m.form != nil {
		return m, m.updateForm(msg)
	}
	return m, nil
}

// errorText explains a failed save in the person's language.
func (m *Model) errorText(err error) string {
	if errors.Is(err, storage.ErrNoConsultant) {
		return m.c.Tr.T("hours.no_consultant", m.c.Tr.T("field.current_consultant"))
	}
	return m.c.ErrorText(err)
}

func (m *Model) key(msg tea.KeyMsg) tea.Cmd {
	switch m.mode {
	case rejecting:
		return m.rejectKey(msg)
	case editing, eventForm:
		if key.Matches(msg, m.keys.Cancel) {
			if m.mode == eventForm && m.ev.single != "" && m.ev.typed(m.c.Today()) {
				return m.askDiscard(evDiscardQ, eventForm) // a card's entry: esc would leave
			}
			m.form = nil
			if m.mode == eventForm && m.ev.single == "" {
				m.mode = pickingIdea
				return m.ev.ideas.Focus()
			}
			m.mode = listing
			m.ev.clear()
			return nil
		}
		return m.updateForm(msg)
	case pickingIdea:
		return m.ideaKey(msg)
	case adding:
		return m.addKey(msg)
	case confirmDiscard:
		switch m.ask.Answer(msg) {
		case common.Yes:
			m.ev.clear()
			m.mode, m.ask, m.form = listing, nil, nil
		case common.No:
			m.mode, m.ask = m.back, nil
			if m.mode == pickingIdea {
				return m.ev.ideas.Focus()
			}
		}
		return nil
	case confirmVerify:
		switch m.ask.Answer(msg) {
		case common.Yes:
			m.ask = nil
			return m.verifyEvent()
		case common.No:
			m.mode, m.ask = listing, nil
		}
		return nil
	case saving:
		return nil
	}
	k := m.keys
	switch {
	case key.Matches(msg, k.Up):
		m.move(-1)
	case key.Matches(msg, k.Down):
		m.move(1)
	case key.Matches(msg, k.PageUp):
		m.move(-m.rows())
	case key.Matches(msg, k.PageDown):
		m.move(m.rows())
	case key.Matches(msg, k.New):
		return m.startEvent(common.LogHoursMsg{})
	case key.Matches(msg, k.Open):
		if e, ok := m.selected(); ok {
			id := e.Hours.PersonID
			return func() tea.Msg { return common.OpenMsg{Kind: model.KindPerson, ID: id} }
		}
	case key.Matches(msg, k.Verify):
		if e, ok := m.selected(); ok && e.Hours.Status != "verified" {
			return m.verify(e)
		}
	case key.Matches(msg, k.VerifyEvent):
		if ids, total := m.eventPending(); len(ids) > 0 {
			e, _ := m.selected()
			what := strings.TrimSpace(personform.ShowDate(e.Hours.Date) + " · " + e.Hours.Activity + " " + e.IdeaTitle)
			m.mode = confirmVerify
			m.ask = m.c.AskN(verifyQ, float64(len(ids)), len(ids), m.show(total), common.Sanitize(what))
		}
	case key.Matches(msg, k.Reject):
		if e, ok := m.selected(); ok && e.Hours.Status != "rejected" {
			m.mode = rejecting
			m.reason.SetValue("")
			m.sizeReason()
			return m.reason.Focus()
		}
	case key.Matches(msg, k.Edit):
		if e, ok := m.selected(); ok {
			return m.startEdit(e.Hours)
		}
	}
	return nil
}

func (m *Model) move(d int) {
	m.cur = max(0, min(len(m.entries)-1, m.cur+d))
	m.scroll()
}

func (m *Model) selected() (storage.HoursEntry, bool) {
	if m.cur < 0 || m.cur >= len(m.entries) {
		return storage.HoursEntry{}, false
	}
	return m.entries[m.cur], true
}

// rows is how many entries the list shows: the body less the summary, the
// detail line and the credit standing's.
func (m *Model) rows() int { return max(1, m.h-4) }

func (m *Model) scroll() {
	n := m.rows()
	if m.cur < m.top {
		m.top = m.cur
	}
	if m.cur >= m.top+n {
		m.top = m.cur - n + 1
	}
	m.top = max(0, min(m.top, len(m.entries)-n))
}

func (m *Model) updateForm(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	m.form, cmd = common.UpdateForm(m.form, msg)
	if m.form.State != huh.StateCompleted {
		m.sizeForm() // an error line came or went
		return cmd
	}
	m.form = nil
	if m.mode == eventForm {
		return m.eventFormDone()
	}
	return m.saveEdit()
}

// sizeReason fits the rejection's reason in what its line leaves: after
// "Reason for rejection: ", its "> " and a cell for the cursor. At the width
// of the whole line, what was typed past the screen's edge went out of view,
// the cursor with it, and the input did not scroll.
func (m *Model) sizeReason() {
	label := ansi.StringWidth(m.c.Tr.T("field.reject_reason") + ": " + m.reason.Prompt)
	m.reason.Width = max(5, m.w-label-1)
}

// SetSize sets the body area.
func (m *Model) SetSize(w, h int) {
	m.w, m.h = w, h
	m.sizeReason()
	m.sizeForm()
	m.sizeEvent()
	m.scroll()
}

// Capturing is true while something is typed or chosen.
func (m *Model) Capturing() bool { return m.mode != listing }

// Title is the tab name.
func (m *Model) Title() string { return m.c.Tr.T("screen.hours") }

// ShortHelp lists the keys that do something now.
func (m *Model) ShortHelp() []key.Binding {
	k := m.keys
	switch m.mode {
	case rejecting:
		return []key.Binding{k.Confirm, k.Cancel}
	case editing, eventForm:
		return append([]key.Binding{k.Cancel}, common.FormMoves(m.form, m.c.Tr, true)...)
	case pickingIdea:
		return []key.Binding{k.Confirm, k.NoIdea, k.Cancel}
	case adding:
		return m.addHelp()
	case confirmDiscard, confirmVerify:
		return m.ask.Keys()
	case saving:
		return nil
	}
	e, ok := m.selected()
	if !ok {
		return []key.Binding{k.New}
	}
	out := []key.Binding{}
	if e.Hours.Status != "verified" {
		out = append(out, k.Verify)
	}
	if e.Hours.Status != "rejected" {
		out = append(out, k.Reject)
	}
	if m.eventPendingCount() > 1 {
		out = append(out, k.VerifyEvent)
	}
	return append(out, k.Edit, k.New, k.Open)
}

// FullHelp lists the keys for the help overlay.
func (m *Model) FullHelp() [][]key.Binding {
	// The list's keys, or the event entry's: enter opens a person on the
	// list and adds a volunteer in the entry, so each lists only its own.
	k := m.keys
	switch m.mode {
	case listing:
		return [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown, k.Verify, k.VerifyEvent, k.Reject, k.Edit, k.New, k.Open}}
	case editing, eventForm:
		return [][]key.Binding{m.ShortHelp()} // a form: the entry's keys do nothing there
	}
	return [][]key.Binding{{k.NoIdea, k.Add, k.Save, k.Undo, k.Cancel}}
}

// View draws the list, the reason box, a form or the event entry.
func (m *Model) View() string {
	tr, st := m.c.Tr, m.c.Styles
	switch m.mode {
	case editing, eventForm:
		if m.form != nil {
			title := tr.T("hours.edit_title")
			if m.mode == eventForm {
				title = m.ev.title(tr)
			}
			return m.formView(title)
		}
	case pickingIdea, adding:
		return m.eventView()
	case confirmDiscard, confirmVerify:
		return common.Fit(m.ask.View(m.w), m.w, m.h)
	case saving:
		return common.Fit(st.Muted.Render(tr.T("consult.saving")), m.w, m.h)
	}
	var b strings.Builder
	if m.err != nil {
		b.WriteString(st.Error.Render(m.c.ErrorText(m.err)) + "\n")
	}
	if !m.loaded {
		return common.Fit(st.Muted.Render(tr.T("consult.loading")), m.w, m.h)
	}
	if len(m.entries) == 0 {
		b.WriteString(st.Muted.Render(tr.T("hours.none")))
		return common.Fit(b.String(), m.w, m.h)
	}
	b.WriteString(st.Label.Render(ansi.Truncate(m.summaryIn(m.w), m.w, "…")) + "\n")
	// The cursor's row in view, and a mark for rows hidden above or below
	// (the list hid them with no sign but the summary's counts).
	n, all := m.rows(), len(m.entries)
	first, end := common.MarkedWindow(n, all, func(rows int) (int, int) {
		top := min(m.top, m.cur)
		if m.cur >= top+rows {
			top = m.cur - rows + 1
		}
		top = max(0, min(top, all-rows))
		return top, min(all, top+rows)
	})
	m.top = first
	drawn := 0
	mark := func(key string) {
		b.WriteString(st.Muted.Render(ansi.Truncate(tr.T(key), m.w, "…")) + "\n")
		drawn++
	}
	if first > 0 {
		mark("list.more_above")
	}
	for i := first; i < end; i++ {
		line := m.rowText(m.entries[i])
		if i == m.cur {
			b.WriteString(st.Selected.Render(ansi.Truncate("▸ "+line, m.w, "…")) + "\n")
		} else {
			b.WriteString(ansi.Truncate("  "+line, m.w, "…") + "\n")
		}
		drawn++
	}
	if end < all {
		mark("list.more_below")
	}
	for ; drawn < n; drawn++ {
		b.WriteString("\n")
	}
	if m.mode == rejecting {
		b.WriteString(tr.T("field.reject_reason") + ": " + m.reason.View())
	} else if e, ok := m.selected(); ok {
		b.WriteString(st.Muted.Render(ansi.Truncate(m.detail(e), m.w, "…")))
		if l := m.standingLine(e); l != "" {
			b.WriteString("\n" + st.Label.Render(ansi.Truncate(l, m.w, "…")))
		}
	}
	return common.Fit(b.String(), m.w, m.h)
}

// statusIndex orders the statuses as the list and the summary show them.
var statusIndex = map[model.HoursStatus]int{"pending": 0, "verified": 1, "rejected": 2}

// count works out the summary's figures once per load, not in View.
func (m *Model) count() {
	m.counts, m.sums = [3]int{}, [3]float64{}
	for _, e := range m.entries {
		i := statusIndex[e.Hours.Status]
		m.counts[i]++
		m.sums[i] += e.Hours.Hours
	}
}

// summary shows entries and hours by status.
func (m *Model) summary() string {
	lang := m.c.Lang()
	return m.summaryWith(func(st model.HoursStatus) string { return st.Label(lang) })
}

// summaryIn is the summary in width columns: with the statuses' names when
// they fit, else with the marks the rows use ("? 2 (8 ч) · ✓ 5 (20 ч) · ✗ 1"):
// at 40 columns the names left "На проверке 2 (8 ч) · Подтверждено…", the
// verified and rejected figures cut off.
func (m *Model) summaryIn(width int) string {
	if s := m.summary(); ansi.StringWidth(s) <= width {
		return s
	}
	return m.summaryWith(func(st model.HoursStatus) string { return marks[st] })
}

func (m *Model) summaryWith(name func(model.HoursStatus) string) string {
	n, h := m.counts, m.sums
	tr := m.c.Tr
	return fmt.Sprintf("%s %s (%s) · %s %s (%s) · %s %s",
		name("pending"), tr.Int(int64(n[0])), tr.T("hours.h", m.show(h[0])),
		name("verified"), tr.Int(int64(n[1])), tr.T("hours.h", m.show(h[1])),
		name("rejected"), tr.Int(int64(n[2])))
}

// marks show an entry's status in one cell, readable without colour.
var marks = map[model.HoursStatus]string{"pending": "?", "verified": "✓", "rejected": "✗"}

func (m *Model) rowText(e storage.HoursEntry) string {
	h := e.Hours
	what := h.Activity
	if e.IdeaTitle != "" {
		if what != "" {
			what += " · "
		}
		what += e.IdeaTitle
	}
	name := e.PersonName
	if name == "" {
		name = m.c.Tr.T("consult.nobody")
	}
	d := personform.ShowDate(h.Date)
	if m.w < 60 && len(d) == 10 {
		d = d[:6] + d[8:] // 13.02.26
	}
	mark := marks[h.Status]
	if e.Review != model.ReasonNone {
		mark = "!" // held back for review: it does not count yet
	}
	return common.Sanitize(fmt.Sprintf("%s %s %s  %s — %s", mark, d,
		m.hoursCell(h.Hours), name, what))
}

// hoursCell is an entry's hours right-aligned to the widest an entry can
// be (23,5 h: entries are at most a day), so the names after it line up in
// every language; padded by cells, not bytes (Cyrillic "сағ" is 6 bytes).
func (m *Model) hoursCell(h float64) string {
	s := m.c.Tr.T("hours.h", m.show(h))
	w := ansi.StringWidth(m.c.Tr.T("hours.h", m.show(23.5)))
	return strings.Repeat(" ", max(0, w-ansi.StringWidth(s))) + s
}

// detail is the line about the entry under the cursor: who verified it and
// when, or why it was rejected.
func (m *Model) detail(e storage.HoursEntry) string {
	h, tr := e.Hours, m.c.Tr
	if e.Review != model.ReasonNone {
		return tr.T("hours.needs_review", tr.T("hours.review."+string(e.Review)))
	}
	switch h.Status {
	case "verified":
		return tr.T("hours.verified_by", common.Sanitize(h.VerifiedBy), common.Stamp(h.VerifiedAt.Local()))
	case "rejected":
		return tr.T("hours.rejected_because", common.Sanitize(h.RejectReason))
	}
	phone := model.FormatPhone(e.PersonPhone)
	return common.Sanitize(strings.TrimSpace(h.Status.Label(m.c.Lang()) + " · " + phone))
}
