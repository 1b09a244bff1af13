// Package searchlist is the search box and result table shared by the Ideas
// and People screens (and any picker of an idea or a person). Every keystroke
// starts a search off the event loop and cancels the one before; an answer to
// an older query is dropped, never drawn.
package searchlist

import (
	"context"
	"strings"
	"sync/atomic"
	"time"

	"frontoffice/model"
	"frontoffice/model/search"
	"frontoffice/ui/common"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

// Column is one column of the table.
type Column struct {
	Title string                  // header, already translated
	Width int                     // cells; 0 means "takes what is left" (one such column)
	Cell  func(search.Hit) string // the text shown; sanitized and cut by the table
	// MinScreen hides the column on screens narrower than this (0: always shown).
	MinScreen int
	// First: when cut, it is widened before the others (widen).
	First bool
}

// KeyMap is the list's keys.
type KeyMap struct {
	Search   key.Binding
	Leave    key.Binding
	Clear    key.Binding
	Up       key.Binding
	Down     key.Binding
	PageUp   key.Binding
	PageDown key.Binding
	Top      key.Binding
	Bottom   key.Binding
}

// NewKeyMap builds the keys in the current language.
func NewKeyMap(c *common.Common) KeyMap {
	tr := c.Tr
	return KeyMap{
		// "/" sits where "." is on the ЙЦУКЕН layouts.
		Search:   common.BindHelp("/", tr.T("key.search"), "/", "."),
		Leave:    common.BindHelp("esc", tr.T("key.leave_search"), "esc"),
		Clear:    common.BindHelp("ctrl+u", tr.T("key.clear_search"), "ctrl+u"),
		Up:       common.BindHelp("↑", tr.T("key.up"), "up"),
		Down:     common.BindHelp("↓", tr.T("key.down"), "down"),
		PageUp:   common.BindHelp("pgup", tr.T("key.page_up"), "pgup"),
		PageDown: common.BindHelp("pgdn", tr.T("key.page_down"), "pgdown"),
		Top:      common.BindHelp("home", tr.T("key.first"), "home"),
		Bottom:   common.BindHelp("end", tr.T("key.last"), "end"),
	}
}

// ResultMsg is a search's answer. Owner and Seq say which list asked and for
// which keystroke; a list ignores answers that are not for its latest ask.
type ResultMsg struct {
	Owner int64
	Seq   int
	Res   search.Result
	Err   error
}

var owners atomic.Int64

// Model is a search box over a table of hits.
type Model struct {
	c       *common.Common
	keys    KeyMap
	owner   int64
	input   textinput.Model
	columns []Column
	// placeholderKey is the hint's catalogue key; "" is the general one.
	placeholderKey string
	// nothingKey is the catalogue key of what an empty result says; "" is
	// the general one.
	nothingKey string

	filter  search.Filter
	sort    search.Sort
	limit   int // hits asked for; grows as the cursor goes down
	session *search.Session
	seq     int
	cancel  context.CancelFunc
	waiting bool // an answer for seq is on its way

	res    search.Result
	loaded bool
	err    error
	cursor int
	top    int
	w, h   int
}

// pageStep is how many more hits are asked for when the cursor nears the end.
const pageStep = 200

// New makes a list of hits of kind (or both kinds when kind is "").
func New(c *common.Common, kind model.Kind, columns []Column) *Model {
	in := textinput.New()
	in.Prompt = "/ "
	in.CharLimit = 200
	m := &Model{
		c: c, keys: NewKeyMap(c), owner: owners.Add(1), input: in, columns: columns,
		filter: search.Filter{Kind: kind}, limit: pageStep,
	}
	m.setPlaceholder()
	return m
}

func (m *Model) setPlaceholder() {
	key := m.placeholderKey
	if key == "" {
		key = "search.placeholder"
	}
	m.input.Placeholder = m.c.Tr.T(key)
}

// SetPlaceholder names the catalogue key of the hint shown in the empty box
// (it follows language switches).
func (m *Model) SetPlaceholder(key string) {
	m.placeholderKey = key
	m.setPlaceholder()
}

// SetNothing names the catalogue key of what the list says when nothing
// matches (the Desk says that enter registers a new visitor).
func (m *Model) SetNothing(key string) { m.nothingKey = key }

// Relabel rebuilds keys and texts after a language switch; columns are the
// new headers.
func (m *Model) Relabel(columns []Column) {
	m.keys = NewKeyMap(m.c)
	m.columns = columns
	m.setPlaceholder()
}

// Keys returns the list's key map (for the screen's help).
func (m *Model) Keys() KeyMap { return m.keys }

// Init runs the first search (everything, newest first).
func (m *Model) Init() tea.Cmd { return m.Search() }

// Query is what the list searches for now.
func (m *Model) Query() search.Query {
	return search.Query{Text: m.input.Value(), Filter: m.filter, Sort: m.sort, Limit: m.limit}
}

// SetFilter changes the filter (the kind stays) and searches again.
func (m *Model) SetFilter(f search.Filter) tea.Cmd {
	f.Kind = m.filter.Kind
	m.filter = f
	m.cursor, m.top, m.limit = 0, 0, pageStep
	return m.Search()
}

// Filter is the current filter.
func (m *Model) Filter() search.Filter { return m.filter }

// SetSort changes the order and searches again.
func (m *Model) SetSort(s search.Sort) tea.Cmd {
	m.sort = s
	m.cursor, m.top = 0, 0
	return m.Search()
}

// Sort is the current order.
func (m *Model) Sort() search.Sort { return m.sort }

// SetText puts text in the search box and searches for it.
func (m *Model) SetText(s string) tea.Cmd {
	m.input.SetValue(s)
	m.input.CursorEnd()
	m.cursor, m.top, m.limit = 0, 0, pageStep
	return m.Search()
}

// Text is what is typed in the search box.
func (m *Model) Text() string { return m.input.Value() }

// Focus puts the cursor in the search box; Blur takes it out.
func (m *Model) Focus() tea.Cmd { return m.input.Focus() }

// Blur takes the cursor out of the search box.
func (m *Model) Blur() { m.input.Blur() }

// Focused reports whether the search box has the cursor (typing goes there).
func (m *Model) Focused() bool { return m.input.Focused() }

// Result is the last answer shown.
func (m *Model) Result() search.Result { return m.res }

// Waiting reports whether a search is under way.
func (m *Model) Waiting() bool { return m.waiting }

// Selected is the hit under the cursor.
func (m *Model) Selected() (search.Hit, bool) {
	if m.cursor < 0 || m.cursor >= len(m.res.Hits) {
		return search.Hit{}, false
	}
	return m.res.Hits[m.cursor], true
}

// Search asks again for the current query, cancelling any search under way.
// Call it after records change (the index has already followed them).
//
// Once the index is loaded the search runs while the key that asked for it
// is being handled: its answer is taken before Update returns, so the same
// frame shows the typed letter and its results (the engine answers in well
// under a millisecond to a few). A search still running after syncWait is
// left to finish off the loop, and the returned command brings its answer
// (dropped if a newer keystroke asked again by then).
func (m *Model) Search() tea.Cmd {
	if m.cancel != nil {
		m.cancel()
	}
	ctx, cancel := context.WithCancel(context.Background())
	m.cancel = cancel
	m.seq++
	m.waiting = true
	seq, owner, q, store := m.seq, m.owner, m.Query(), m.c.Store
	sess := m.session // nil until the index is ready; the first answer brings one
	run := func() tea.Msg {
		x, err := store.Search(ctx)
		if err != nil {
			return ResultMsg{Owner: owner, Seq: seq, Err: err}
		}
		if sess == nil {
			sess = x.NewSession()
		}
		res, err := sess.Search(ctx, q)
		return sessionMsg{ResultMsg{Owner: owner, Seq: seq, Res: res, Err: err}, sess}
	}
	if !store.SearchReady() || syncWait <= 0 {
		return common.Do(run) // the first search waits for the index
	}
	answer := make(chan tea.Msg, 1)
	go func() { answer <- common.Do(run)() }()
	wait := time.NewTimer(syncWait)
	defer wait.Stop()
	select {
	case msg := <-answer:
		if cmd, _ := m.Update(msg); cmd != nil {
			return cmd
		}
		if _, ok := msg.(common.PanicMsg); ok {
			return func() tea.Msg { return msg }
		}
		return nil
	case <-wait.C:
		return func() tea.Msg { return <-answer }
	}
}

// syncWait is how long handling a key waits for the search it starts before
// drawing the letter alone (a query slow to answer: the results follow).
// 0 (tests of the slow path) leaves every search to a command.
var syncWait = 30 * time.Millisecond

// AnswerLater makes every search answer through a command, as one slower
// than syncWait does, until restore is called: for tests of how a screen
// behaves while an answer is on its way.
func AnswerLater() (restore func()) {
	old := syncWait
	syncWait = 0
	return func() { syncWait = old }
}

// sessionMsg is a ResultMsg that also hands back the session made on the
// first search, once the index was ready.
type sessionMsg struct {
	ResultMsg
	sess *search.Session
}

// Update handles answers and keys. It returns whether the key was used, so a
// screen can give unused keys to its own bindings.
func (m *Model) Update(msg tea.Msg) (tea.Cmd, bool) {
	switch msg := msg.(type) {
	case sessionMsg:
		if msg.Owner != m.owner {
			return nil, false
		}
		if m.session == nil {
			m.session = msg.sess
		}
		return m.take(msg.ResultMsg), true
	case ResultMsg:
		if msg.Owner != m.owner {
			return nil, false
		}
		return m.take(msg), true
	case tea.KeyMsg:
		return m.handleKey(msg)
	}
	if m.input.Focused() {
		var cmd tea.Cmd
		m.input, cmd = m.input.Update(msg) // cursor blink
		return cmd, false
	}
	return nil, false
}

func (m *Model) take(msg ResultMsg) tea.Cmd {
	if msg.Seq != m.seq {
		return nil // an older keystroke's answer: a newer one is coming
	}
	m.waiting = false
	if msg.Err != nil {
		if msg.Err == context.Canceled {
			return nil
		}
		m.err = msg.Err
		return nil
	}
	m.err, m.res, m.loaded = nil, msg.Res, true
	m.cursor = min(m.cursor, max(0, len(m.res.Hits)-1))
	m.scroll()
	return nil
}

func (m *Model) handleKey(msg tea.KeyMsg) (tea.Cmd, bool) {
	k := m.keys
	switch {
	case key.Matches(msg, k.Up):
		return m.move(-1), true
	case key.Matches(msg, k.Down):
		return m.move(1), true
	case key.Matches(msg, k.PageUp):
		return m.move(-m.rows()), true
	case key.Matches(msg, k.PageDown):
		return m.move(m.rows()), true
	}
	if m.input.Focused() {
		switch {
		case key.Matches(msg, k.Leave):
			m.input.Blur()
			return nil, true
		case key.Matches(msg, k.Clear):
			return m.SetText(""), true
		case msg.Type == tea.KeyEnter || msg.Type == tea.KeyTab || msg.Type == tea.KeyShiftTab:
			return nil, false // the screen opens the hit or moves on
		}
		before := m.input.Value()
		var cmd tea.Cmd
		m.input, cmd = m.input.Update(msg)
		if m.input.Value() != before {
			m.cursor, m.top, m.limit = 0, 0, pageStep
			return tea.Batch(cmd, m.Search()), true
		}
		return cmd, true
	}
	switch {
	case key.Matches(msg, k.Search):
		return m.input.Focus(), true
	case key.Matches(msg, k.Top):
		return m.move(-len(m.res.Hits)), true
	case key.Matches(msg, k.Bottom):
		return m.move(len(m.res.Hits)), true
	}
	return nil, false
}

// move moves the cursor by d rows, asking for more hits near the end.
func (m *Model) move(d int) tea.Cmd {
	if len(m.res.Hits) == 0 {
		return nil
	}
	m.cursor = max(0, min(len(m.res.Hits)-1, m.cursor+d))
	m.scroll()
	if m.cursor >= len(m.res.Hits)-m.rows() && len(m.res.Hits) < m.res.Total && !m.waiting {
		m.limit = len(m.res.Hits) + pageStep
		return m.Search()
	}
	return nil
}

// rows is how many hit rows fit under the box, the counts and the header.
func (m *Model) rows() int { return max(1, m.h-3) }

func (m *Model) scroll() {
	n := m.rows()
	if m.cursor < m.top {
		m.top = m.cursor
	}
	if m.cursor >= m.top+n {
		m.top = m.cursor - n + 1
	}
	m.top = max(0, min(m.top, max(0, len(m.res.Hits)-n)))
}

// SetSize gives the list its area.
func (m *Model) SetSize(w, h int) {
	m.w, m.h = w, h
	m.input.Width = max(5, w-4)
	m.scroll()
}

// View draws the box, the counts, the header and the rows. Every cell is
// measured once (pad) and every row is then exactly as wide as the columns
// it was laid out in: rows are not measured again to fit the area.
func (m *Model) View() string {
	if m.w <= 0 || m.h <= 0 {
		return ""
	}
	tr, st := m.c.Tr, m.c.Styles
	var top strings.Builder
	top.WriteString(m.input.View() + "\n")
	switch {
	case m.err != nil:
		top.WriteString(st.Error.Render(m.c.ErrorText(m.err)))
	case !m.loaded:
		top.WriteString(st.Muted.Render(tr.T("search.preparing")))
	default:
		count := tr.T("search.count", tr.Int(int64(m.res.Total)))
		if m.waiting {
			count += " …"
		}
		top.WriteString(st.Muted.Render(count))
	}
	var b strings.Builder
	b.WriteString(common.Fit(top.String(), m.w, min(2, m.h)))
	cols, widths := m.layout()
	rowWidth := 2 + len(cols) - 1
	for _, w := range widths {
		rowWidth += w
	}
	// The layout keeps a row within the area, but for a flexible column of
	// at least 8 cells on a very narrow one: such rows are cut as before.
	fit := func(line string) string {
		if rowWidth > m.w {
			return common.Fit(line, m.w, 1)
		}
		return line
	}
	lines := 2
	if m.h > lines {
		var head []string
		for i, c := range cols {
			head = append(head, pad(c.Title, widths[i]))
		}
		b.WriteString("\n" + fit(st.Label.Render("  "+strings.Join(head, " "))))
		lines++
	}
	end := min(len(m.res.Hits), m.top+m.rows())
	cells := make([]string, len(cols))
	for i := m.top; i < end && lines < m.h; i++ {
		h := m.res.Hits[i]
		for j, c := range cols {
			cells[j] = pad(common.Sanitize(c.Cell(h)), widths[j])
		}
		line := "  " + strings.Join(cells, " ")
		if i == m.cursor {
			line = st.Selected.Render("▸ " + strings.Join(cells, " "))
		}
		b.WriteString("\n" + fit(line))
		lines++
	}
	if m.loaded && len(m.res.Hits) == 0 && m.err == nil && lines < m.h {
		nothing := m.nothingKey
		if nothing == "" {
			nothing = "search.nothing"
		}
		text := ansi.Wrap(tr.T(nothing), max(10, m.w), "")
		b.WriteString("\n" + common.Fit(st.Muted.Render(text), m.w, m.h-lines))
	}
	return b.String()
}

// layout picks the columns that fit and their widths.
func (m *Model) layout() ([]Column, []int) {
	var cols []Column
	for _, c := range m.columns {
		if c.MinScreen == 0 || m.w >= c.MinScreen {
			cols = append(cols, c)
		}
	}
	widths := make([]int, len(cols))
	fixed, flex := len(cols)-1+2, -1 // spaces between columns, and the cursor mark
	for i, c := range cols {
		if c.Width == 0 && flex < 0 {
			flex = i
			continue
		}
		widths[i] = c.Width
		fixed += c.Width
	}
	if flex >= 0 {
		widths[flex] = max(8, m.w-fixed)
		m.widen(cols, widths, flex)
	}
	return cols, widths
}

// roomyFlex is the width the flexible column (a title, a name) keeps before
// it gives room to the columns whose text is cut. 32: at 100 columns the
// Ideas table in kk and ru cut its status ("Кеңес бер…", "Профинансиро…")
// while the title kept 39.
const roomyFlex = 32

// widen gives the flexible column's spare room to the fixed columns whose
// text on the rows shown is cut (a status, a region), each up to what its
// longest text needs: those marked First, then the others, in the columns'
// order.
func (m *Model) widen(cols []Column, widths []int, flex int) {
	spare := widths[flex] - roomyFlex
	if spare <= 0 {
		return
	}
	end := min(len(m.res.Hits), m.top+m.rows())
	for _, first := range [2]bool{true, false} {
		for i, c := range cols {
			if c.First != first || i == flex || spare <= 0 {
				continue
			}
			want := common.Width(c.Title)
			for j := m.top; j < end; j++ {
				want = max(want, common.Width(common.Sanitize(c.Cell(m.res.Hits[j]))))
			}
			if add := min(spare, want-widths[i]); add > 0 {
				widths[i] += add
				widths[flex] -= add
				spare -= add
			}
		}
	}
}

// pad cuts or fills s to exactly w cells, measuring s once.
func pad(s string, w int) string {
	if w <= 0 {
		return ""
	}
	switch n := common.Width(s); {
	case n > w:
		return common.Truncate(s, w)
	case n < w:
		return s + strings.Repeat(" ", w-n)
	}
	return s
}
