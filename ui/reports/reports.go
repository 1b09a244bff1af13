// Package reports is the Reports screen: the figures an office sends upward
// (model/report) as terminal bar charts, with filters for dates, region and
// direction, and the office that made the records (with a per-office
// breakdown), counted off the event loop with a progress line and a way to
// stop (esc), and exported beside the store as CSV and JSON. It also holds
// the writers the report command uses, so the screen and the command give
// the same numbers in the same forms.
package reports

import (
	"context"
	"path/filepath"
	"strings"

	"frontoffice/model/report"
	"frontoffice/ui/common"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
)

// KeyMap is the Reports screen's keys.
type KeyMap struct {
	Filter   key.Binding
	Clear    key.Binding
	Recount  key.Binding
	Export   key.Binding
	Up       key.Binding
	Down     key.Binding
	PageUp   key.Binding
	PageDown key.Binding
	Cancel   key.Binding
}

func newKeyMap(c *common.Common) KeyMap {
	tr := c.Tr
	return KeyMap{
		Filter:   common.Bind(tr.T("report.key_filter"), "f"),
		Clear:    common.Bind(tr.T("report.key_clear"), "x"),
		Recount:  common.BindHelp("F5", tr.T("report.key_recount"), "f5", "ctrl+r"),
		Export:   common.Bind(tr.T("report.key_export"), "e"),
		Up:       common.BindHelp("↑/k", tr.T("key.scroll_up"), "up", "k"),
		Down:     common.BindHelp("↓/j", tr.T("key.scroll_down"), "down", "j"),
		PageUp:   common.BindHelp("pgup", tr.T("key.scroll_up"), "pgup"),
		PageDown: common.BindHelp("pgdn", tr.T("key.scroll_down"), "pgdown"),
		Cancel:   common.BindHelp("esc", tr.T("report.key_cancel"), "esc"),
	}
}

type mode int

const (
	viewing mode = iota
	filtering
)

// Model is the Reports screen.
type Model struct {
	c    *common.Common
	keys KeyMap
	w, h int
	mode mode

	filter   report.Filter   // applied
	offices  []report.Office // the offices the filter offers, read with each count
	vals     filterValues    // typed in the form
	keepVals bool            // the form was closed with esc: reopen on what was typed
	form     *huh.Form

	seq       int                // the newest count asked for
	cancel    context.CancelFunc // stops the count running, nil when none
	prog      progress
	rep       *report.Report // the last count finished, nil before the first
	err       error
	dataGen   int // DataChangedMsg seen
	countedAt int // dataGen when the shown report was asked for
	askedAt   int // dataGen when the running count was asked for

	lines []string // the charts, drawn when the report, size or language changes
	top   int      // first chart line shown
}

// New makes the Reports screen. Nothing is counted until it is first shown.
func New(c *common.Common) *Model { return &Model{c: c, keys: newKeyMap(c)} }

// Init does nothing: the count starts when the screen is shown (Shown), so
// the app's start is not slowed by a report nobody asked for.
func (m *Model) Init() tea.Cmd { return nil }

// Shown counts the report the first time the screen is shown, and again when
// records changed since.
func (m *Model) Shown() tea.Cmd {
	if m.cancel != nil {
		return nil // a count is running
	}
	if m.rep == nil || m.stale() {
		return m.compute()
	}
	return nil
}

func (m *Model) stale() bool { return m.rep != nil && m.countedAt != m.dataGen }

func (m *Model) computing() bool { return m.cancel != nil }

// compute starts a new count with the applied filter, stopping one running.
func (m *Model) compute() tea.Cmd {
	m.stop()
	m.seq++
	ctx, cancel := context.WithCancel(context.Background())
	m.cancel, m.prog, m.askedAt = cancel, progress{}, m.dataGen
	return tea.Batch(computeCmd(ctx, m.seq, m.c.Store, m.filter), loadOfficesCmd(m.c.Store))
}

// stop cancels the count running, if any; its answer will be dropped.
func (m *Model) stop() {
	if m.cancel != nil {
		m.cancel()
		m.cancel = nil
		m.seq++
	}
}

// exportedMsg is the answer to an export.
type exportedMsg struct {
	paths []string // the CSV, the workbook and the JSON
	err   error
}

// exportedText says where the report was written: the folder once, then
// the files ("report-….csv, .xlsx, .json" when they differ only so), which
// a 40-column status line can show whole.
func (m *Model) exportedText(paths []string) string {
	if len(paths) == 0 {
		return m.c.Tr.T("report.exported", "")
	}
	dir, first := filepath.Split(paths[0])
	stem := strings.TrimSuffix(first, filepath.Ext(first))
	names := []string{first}
	for _, p := range paths[1:] {
		d, name := filepath.Split(p)
		if d != dir {
			return m.c.Tr.T("report.exported", strings.Join(paths, ", "))
		}
		if strings.TrimSuffix(name, filepath.Ext(name)) == stem {
			name = filepath.Ext(name)
		}
		names = append(names, name)
	}
	return m.c.Tr.T("report.exported_in", filepath.Clean(dir), strings.Join(names, ", "))
}

func (m *Model) export() tea.Cmd {
	if m.rep == nil {
		return common.Status(m.c.Tr.T("report.nothing_export"), true)
	}
	r, tr, now, dir := *m.rep, m.c.Tr, m.c.Now(), filepath.Dir(m.c.Store.Path())
	return common.Do(func() tea.Msg {
		paths, err := Export(dir, r, tr, now)
		return exportedMsg{paths: paths, err: err}
	})
}

// Update handles the screen's messages.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case progressMsg:
		if msg.seq != m.seq {
			return m, nil
		}
		m.prog = msg.p
		return m, waitCmd(msg)
	case resultMsg:
		if msg.seq != m.seq {
			return m, nil
		}
		m.cancel = nil
		if msg.err != nil {
			m.err = msg.err
			return m, nil
		}
		r := msg.r
		m.rep, m.err, m.countedAt = &r, nil, m.askedAt
		m.draw()
		return m, nil
	case officesMsg:
		if msg.err != nil {
			return m, common.Status(m.c.ErrorText(msg.err), true)
		}
		m.offices = msg.offices
		return m, nil
	case exportedMsg:
		if msg.err != nil {
			return m, common.Status(m.c.Tr.T("report.export_failed", m.c.ErrorText(msg.err)), true)
		}
		return m, common.Status(m.exportedText(msg.paths), false)
	case common.DataChangedMsg:
		m.dataGen++
		return m, nil
	case common.LangChangedMsg:
		m.keys = newKeyMap(m.c)
		if m.form != nil {
			m.form = m.newForm()
			m.sizeForm()
		}
		m.draw()
		return m, nil
	case tea.KeyMsg:
		return m, m.key(msg)
	}
	if m.mode == filtering && m.form != nil {
		return m, m.updateForm(msg)
	}
	return m, nil
}

func (m *Model) key(msg tea.KeyMsg) tea.Cmd {
	k := m.keys
	if m.mode == filtering {
		if key.Matches(msg, k.Cancel) {
			m.form, m.mode, m.keepVals = nil, viewing, true
			return nil
		}
		return m.updateForm(msg)
	}
	switch {
	case key.Matches(msg, k.Cancel):
		if m.computing() {
			m.stop()
			return common.Status(m.c.Tr.T("report.cancelled"), false)
		}
	case key.Matches(msg, k.Filter):
		return m.openForm()
	case key.Matches(msg, k.Clear):
		if m.filter != (report.Filter{}) {
			m.filter, m.keepVals, m.top = report.Filter{}, false, 0
			return m.compute()
		}
	case key.Matches(msg, k.Recount):
		return m.compute()
	case key.Matches(msg, k.Export):
		if m.computing() { // the figures shown are not the ones being counted
			return common.Status(m.c.Tr.T("report.wait_export"), true)
		}
		return m.export()
	case key.Matches(msg, k.Up):
		m.scroll(-1)
	case key.Matches(msg, k.Down):
		m.scroll(1)
	case key.Matches(msg, k.PageUp):
		m.scroll(-max(1, m.bodyHeight()-1))
	case key.Matches(msg, k.PageDown):
		m.scroll(max(1, m.bodyHeight()-1))
	}
	return nil
}

func (m *Model) scroll(by int) {
	m.top = max(0, min(m.top+by, len(m.lines)-m.bodyHeight()))
}

// draw renders the charts for the current report, width and language.
func (m *Model) draw() {
	m.lines = nil
	if m.rep != nil {
		m.lines = Lines(*m.rep, m.c.Tr, m.c.Styles, m.c.Plain, m.w)
	}
	m.scroll(0)
}

// SetSize sets the body area.
func (m *Model) SetSize(w, h int) {
	m.w, m.h = w, h
	m.sizeForm()
	m.draw()
}

// Capturing is true while the filter form is open.
func (m *Model) Capturing() bool { return m.mode == filtering }

// HandlesBack is true while a count runs: esc stops it instead of going Home.
func (m *Model) HandlesBack() bool { return m.computing() }

// Title is the tab name.
func (m *Model) Title() string { return m.c.Tr.T("screen.reports") }

// ShortHelp lists the keys shown in the help line.
func (m *Model) ShortHelp() []key.Binding {
	if m.mode == filtering {
		return nil
	}
	if m.computing() {
		return []key.Binding{m.keys.Cancel}
	}
	out := []key.Binding{m.keys.Filter}
	if m.filter != (report.Filter{}) {
		out = append(out, m.keys.Clear) // only when there is a filter to clear
	}
	return append(out, m.keys.Export, m.keys.Recount)
}

// FullHelp lists the keys shown in the help overlay: x only when there is a
// filter to clear and esc only while a count runs, as in the help line; else
// esc is the app's "back" (Home), and the help says so.
func (m *Model) FullHelp() [][]key.Binding {
	k := m.keys
	first := []key.Binding{k.Filter}
	if m.filter != (report.Filter{}) {
		first = append(first, k.Clear)
	}
	first = append(first, k.Recount, k.Export)
	if m.computing() {
		first = append(first, k.Cancel)
	}
	return [][]key.Binding{first, {k.Up, k.Down, k.PageUp, k.PageDown}}
}

// header is the lines above the charts: what the report covers, then what
// is happening (counting, stale, an error).
func (m *Model) header() []string {
	tr, st := m.c.Tr, m.c.Styles
	out := []string{st.Muted.Render(common.Fit(FilterLine(tr, m.filter), m.w, 1))}
	switch {
	case m.computing():
		pct := 0
		if m.prog.total > 0 {
			pct = min(100, m.prog.done*100/m.prog.total)
		}
		out = append(out, st.Value.Render(tr.T("report.computing", pct)))
	case m.err != nil:
		out = append(out, st.Error.Render(m.c.ErrorText(m.err)))
	case m.rep == nil:
		out = append(out, st.Muted.Render(tr.T("report.not_yet")))
	case m.stale():
		out = append(out, st.Error.Render(tr.T("report.stale")))
	}
	return out
}

func (m *Model) bodyHeight() int { return max(1, m.h-len(m.header())) }

// View draws the filter line, the state, and the part of the charts that
// fits (none while a count runs).
func (m *Model) View() string {
	if m.mode == filtering && m.form != nil {
		return m.formView()
	}
	head := m.header()
	if m.computing() {
		// The charts drawn are for the last filter: not shown under the one
		// being counted.
		return common.Fit(strings.Join(head, "\n"), m.w, m.h)
	}
	room := max(1, m.h-len(head))
	top := max(0, min(m.top, len(m.lines)-room))
	shown := m.lines[top:]
	if len(shown) > room {
		shown = append(shown[:room-1:room-1], m.c.Styles.Muted.Render(m.c.Tr.T("report.more_below")))
	}
	return common.Fit(strings.Join(append(head, shown...), "\n"), m.w, m.h)
}
