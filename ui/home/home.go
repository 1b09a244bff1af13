// Package home is the Home screen: today at a glance — people, ideas by status,
// today's visitors and who is in the Desk's queue now, follow-ups due (and a
// few of them listed), the last export and the last backup.
package home

import (
	"fmt"
	"strings"

	"frontoffice/model"
	"frontoffice/storage"
	"frontoffice/ui/common"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
)

// KeyMap is the Home screen's keys.
type KeyMap struct {
	Refresh key.Binding
	Up      key.Binding
	Down    key.Binding
	Setup   key.Binding // enter: the first run's set-up, while the office has no name
}

func newKeyMap(c *common.Common) KeyMap {
	return KeyMap{
		Refresh: common.BindHelp("F5", c.Tr.T("key.refresh"), "f5", "ctrl+r"), // r is the Reports screen
		Up:      common.BindHelp("↑/k", c.Tr.T("key.scroll_up"), "up", "k"),
		Down:    common.BindHelp("↓/j", c.Tr.T("key.scroll_down"), "down", "j"),
		Setup:   common.Bind(c.Tr.T("home.key_setup"), "enter"),
	}
}

// summaryMsg carries freshly counted numbers (storage.Counts); seq drops
// answers to older asks.
type summaryMsg struct {
	seq     int
	sum     storage.Summary
	pending string // a bundle whose import was interrupted
	named   bool   // the office has a name: the set-up was done
	err     error
}

// followMsg carries the follow-ups due, counted after the numbers (they read
// each due consultation: thousands in a big store).
type followMsg struct {
	seq    int
	follow []storage.FollowUp
	due    int
	err    error
}

// Model is the Home screen.
type Model struct {
	c      *common.Common
	keys   KeyMap
	w, h   int
	seq    int
	sum    storage.Summary
	follow []storage.FollowUp // due and overdue, most overdue first
	due    int                // how many follow-ups are due
	// followed: the follow-ups were counted once (until then their count
	// shows "…"; a refresh keeps the last count until the new one comes).
	followed  bool
	followErr error
	// pending names a bundle whose import was interrupted (a power cut):
	// importing it again finishes it, and Home says so first.
	pending string
	loaded  bool
	named   bool // the office has a name (else Home offers the set-up)
	err     error
	top     int // first line shown when the page is taller than the screen
}

// New makes the Home screen.
func New(c *common.Common) *Model {
	return &Model{c: c, keys: newKeyMap(c)}
}

// Init loads the counts.
func (m *Model) Init() tea.Cmd { return m.load() }

func (m *Model) load() tea.Cmd {
	m.seq++
	seq, store, today := m.seq, m.c.Store, m.c.Today()
	counts := common.Do(func() tea.Msg {
		sum, err := store.Counts(today)
		if err != nil {
			return summaryMsg{seq: seq, err: err}
		}
		named := false
		if o, err := store.Office(); err == nil {
			named = strings.TrimSpace(o.Name) != ""
		}
		return summaryMsg{seq: seq, sum: sum, pending: store.PendingImport(), named: named}
	})
	follow := common.Do(func() tea.Msg {
		f, due, err := store.FollowUps(today, storage.SummaryFollowUps)
		return followMsg{seq: seq, follow: f, due: due, err: err}
	})
	return tea.Batch(counts, follow)
}

// Update handles the screen's messages.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case summaryMsg:
		if msg.seq != m.seq {
			return m, nil // an answer to an older question
		}
		m.sum, m.pending, m.err, m.loaded, m.named = msg.sum, msg.pending, msg.err, true, msg.named
	case followMsg:
		if msg.seq != m.seq {
			return m, nil
		}
		m.follow, m.due, m.followErr, m.followed = msg.follow, msg.due, msg.err, true
	case common.DataChangedMsg:
		return m, m.load()
	case common.LangChangedMsg:
		m.keys = newKeyMap(m.c)
	case tea.KeyMsg:
		switch {
		case key.Matches(msg, m.keys.Refresh):
			return m, m.load()
		case m.loaded && !m.named && key.Matches(msg, m.keys.Setup):
			return m, func() tea.Msg { return common.SetupMsg{} }
		case key.Matches(msg, m.keys.Up):
			m.top = max(0, m.top-1)
		case key.Matches(msg, m.keys.Down):
			m.top++ // View clamps it
		}
	}
	return m, nil
}

// SetSize sets the body area.
func (m *Model) SetSize(w, h int) { m.w, m.h = w, h }

// Capturing is always false: Home has no text fields.
func (m *Model) Capturing() bool { return false }

// Title is the tab name.
func (m *Model) Title() string { return m.c.Tr.T("screen.home") }

// ShortHelp lists the keys shown in the help line.
func (m *Model) ShortHelp() []key.Binding {
	if m.loaded && !m.named {
		return []key.Binding{m.keys.Setup, m.keys.Refresh}
	}
	return []key.Binding{m.keys.Refresh}
}

// FullHelp lists the keys shown in the help overlay.
func (m *Model) FullHelp() [][]key.Binding {
	if m.loaded && !m.named {
		return [][]key.Binding{{m.keys.Setup, m.keys.Refresh, m.keys.Up, m.keys.Down}}
	}
	return [][]key.Binding{{m.keys.Refresh, m.keys.Up, m.keys.Down}}
}

// View draws today at a glance. Narrow terminals get one column.
func (m *Model) View() string {
	tr, st := m.c.Tr, m.c.Styles
	if err := m.err; err != nil || m.followErr != nil {
		if err == nil {
			err = m.followErr
		}
		return common.Fit(st.Error.Render(m.c.ErrorText(err)), m.w, m.h)
	}
	if !m.loaded {
		return common.Fit(st.Muted.Render(tr.T("home.loading")), m.w, m.h)
	}
	num := func(n int) string { return st.Value.Render(tr.Int(int64(n))) }
	line := func(label string, n int) string { return st.Label.Render(label+": ") + num(n) }

	var today []string
	if m.w >= 72 {
		today = append(today, st.Title.Render(tr.T("home.today")))
	}
	today = append(today,
		line(tr.T("home.visits_today"), m.sum.VisitsToday),
		line(tr.T("home.waiting_now"), m.sum.Queue[model.VisitWaiting]),
		line(tr.T("home.with_consultant"), m.sum.Queue[model.VisitWithConsultant]),
		m.dueLine(),
		line(tr.T("home.people"), m.sum.People),
		line(tr.T("home.ideas"), m.sum.Ideas))
	backup := tr.T("home.never")
	if d := model.Date(m.sum.LastBackup); d.Valid() {
		backup = d.Time().Format("02.01.2006") // the backup's name has it as 2006-01-02
	} else if m.sum.LastBackup != "" {
		backup = m.sum.LastBackup
	}
	export := tr.T("home.never")
	if !m.sum.LastExport.IsZero() {
		export = common.Stamp(m.sum.LastExport.In(m.c.Now().Location()))
	}
	today = append(today, st.Label.Render(tr.T("home.last_export")+": ")+st.Value.Render(export),
		st.Label.Render(tr.T("home.last_backup")+": ")+st.Value.Render(backup))

	status := []string{st.Title.Render(tr.T("home.ideas_by_status"))}
	for _, s := range model.IdeaStatuses() {
		status = append(status, fmt.Sprintf("%s %s", num(m.sum.IdeasByStatus[s]), st.Label.Render(s.Label(m.c.Lang()))))
	}

	var body string
	left := strings.Join(today, "\n")
	right := strings.Join(status, "\n")
	if m.w >= 72 {
		colW := m.w/2 - 1
		body = lipgloss.JoinHorizontal(lipgloss.Top,
			lipgloss.NewStyle().Width(colW).Render(common.Fit(left, colW, 100)),
			"  ",
			common.Fit(right, colW, 100))
	} else {
		body = left + "\n\n" + right
	}
	if len(m.follow) > 0 {
		body += "\n\n" + m.followUps()
	}
	switch {
	case !m.named: // the first run: the set-up first, above everything
		body = st.Title.Render(lipgloss.NewStyle().Width(m.w).Render(tr.T("home.setup_hint"))) + "\n\n" + body
	case m.sum.People == 0 && m.sum.Ideas == 0:
		body += "\n\n" + st.Muted.Render(lipgloss.NewStyle().Width(m.w).Render(tr.T("home.start_hint")))
	}
	if m.pending != "" {
		body = st.Error.Render(lipgloss.NewStyle().Width(m.w).Render(tr.T("home.pending_import", common.Sanitize(m.pending)))) + "\n\n" + body
	}
	return m.scroll(body)
}

// dueLine is the count of follow-ups due, "…" until they are counted.
func (m *Model) dueLine() string {
	tr, st := m.c.Tr, m.c.Styles
	label := st.Label.Render(tr.T("home.follow_ups_due") + ": ")
	if !m.followed {
		return label + st.Muted.Render("…")
	}
	return label + st.Value.Render(tr.Int(int64(m.due)))
}

// scroll shows the part of body that fits, from line m.top, with a hint when
// more lies below, so nothing is out of reach on a 40×12 terminal.
func (m *Model) scroll(body string) string {
	lines := strings.Split(body, "\n")
	if len(lines) <= m.h {
		m.top = 0
		return common.Fit(body, m.w, m.h)
	}
	m.top = min(m.top, len(lines)-m.h+1)
	shown := lines[m.top:]
	if len(shown) > m.h {
		shown = append(shown[:m.h-1], m.c.Styles.Muted.Render(m.c.Tr.T("home.more_below")))
	}
	return common.Fit(strings.Join(shown, "\n"), m.w, m.h)
}

// followUpsShown is how many follow-ups Home lists; the Consult screen has all.
const followUpsShown = storage.SummaryFollowUps

// followUps lists the follow-ups due and overdue, one line each.
func (m *Model) followUps() string {
	tr, st := m.c.Tr, m.c.Styles
	lines := []string{st.Title.Render(tr.T("home.follow_ups_list"))}
	for i, f := range m.follow {
		if i == followUpsShown {
			break
		}
		c := f.Consultation
		when := tr.T("consult.due_today")
		if f.Overdue {
			when = tr.T("consult.overdue") + " " + c.FollowUp.Time().Format("02.01")
		}
		var who []string
		for _, s := range []string{f.IdeaTitle, f.PersonName} {
			if s != "" {
				who = append(who, common.Sanitize(s))
			}
		}
		line := common.Fit(when+" · "+strings.Join(who, " — "), m.w, 1)
		if f.Overdue {
			line = st.Error.Render(line)
		}
		lines = append(lines, line)
	}
	if more := m.due - len(m.follow); more > 0 {
		lines = append(lines, st.Muted.Render(tr.T("home.follow_ups_more", more)))
	}
	return strings.Join(lines, "\n")
}
