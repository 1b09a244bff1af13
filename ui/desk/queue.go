package desk

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"frontoffice/model"
	"frontoffice/storage"
	"frontoffice/ui/common"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

// queue is today's visits as shown: waiting first (who came first on top),
// then with a consultant, done, and left without service.
type queue struct {
	seq    int
	day    model.Date
	rows   []*model.Visit
	names  map[string]string // person id → full name
	loaded bool
	err    error
	cur    int
	top    int
	busy   bool   // a move is being saved: one at a time
	undo   []move // this desk's moves and entries, the last one on top
	// fresh is true while nothing but moves happened since the last move or
	// entry: u then takes that back; once the cursor has moved, u steps
	// back the visitor under it.
	fresh bool
	// usedPurpose is set once the last purpose used was read from the queue
	// (after a restart the desk goes on with the purpose it last used).
	usedPurpose bool
}

// move is one step of a visitor, remembered so u can take it back.
type move struct {
	id         string
	from       model.VisitState
	consultant string // the consultant before the move
	entry      bool   // the visit was started: taking it back removes it
}

// queueMsg brings the day's visits and their people's names.
type queueMsg struct {
	seq    int
	day    model.Date
	visits []*model.Visit
	names  map[string]string
	err    error
}

// movedMsg is the answer of a move (or of its undo, or of an entry's removal).
type movedMsg struct {
	visit   *model.Visit
	before  move
	undo    bool
	stacked bool // the undo was the desk's last move, taken off the stack
	removed bool // the entry was removed from the queue
	consult bool // the move of a waiting visitor just consulted
	err     error
}

var stateOrder = map[model.VisitState]int{
	model.VisitWaiting: 0, model.VisitWithConsultant: 1, model.VisitDone: 2, model.VisitLeft: 3,
}

func (m *Model) loadQueue() tea.Cmd {
	m.q.seq++
	seq, store, day := m.q.seq, m.c.Store, m.today()
	return common.Do(func() tea.Msg {
		vs, err := store.Visits(day)
		if err != nil {
			return queueMsg{seq: seq, day: day, err: err}
		}
		names := map[string]string{}
		for _, v := range vs {
			if v.Anonymous {
				continue
			}
			if _, ok := names[v.PersonID]; ok {
				continue
			}
			p, err := storage.GetAs[*model.Person](store, model.KindPerson, v.PersonID)
			if err != nil {
				names[v.PersonID] = "?"
				continue
			}
			names[v.PersonID] = p.FullName
		}
		return queueMsg{seq: seq, day: day, visits: vs, names: names}
	})
}

func (m *Model) takeQueue(msg queueMsg) {
	if msg.seq != m.q.seq {
		return
	}
	m.q.err, m.q.loaded = msg.err, true
	if msg.err != nil {
		return
	}
	if msg.day != m.q.day {
		m.q.undo, m.q.cur, m.q.top = nil, 0, 0 // a new day, a new queue
	}
	m.q.day, m.q.names = msg.day, msg.names
	m.q.rows = ordered(msg.visits)
	if n := len(msg.visits); n > 0 && !m.q.usedPurpose {
		m.lastPurpose = msg.visits[n-1].Purpose // the last one used, also after a restart
		m.q.usedPurpose = true
	}
	m.q.cur = max(0, min(m.q.cur, len(m.q.rows)-1))
	m.q.window(m.queueRows())
}

// ordered sorts the visits for the queue: by state, then by arrival.
func ordered(vs []*model.Visit) []*model.Visit {
	out := slices.Clone(vs)
	slices.SortStableFunc(out, func(a, b *model.Visit) int {
		if d := stateOrder[a.State] - stateOrder[b.State]; d != 0 {
			return d
		}
		return a.ArrivedAt.Compare(b.ArrivedAt)
	})
	return out
}

func (m *Model) selectedVisit() *model.Visit {
	if m.q.cur < 0 || m.q.cur >= len(m.q.rows) {
		return nil
	}
	return m.q.rows[m.q.cur]
}

// canMove says whether a visit in state from may go to to with one key.
func canMove(from, to model.VisitState) bool {
	switch to {
	case model.VisitWithConsultant:
		return from == model.VisitWaiting
	case model.VisitDone:
		return from == model.VisitWithConsultant
	case model.VisitLeft:
		return from == model.VisitWaiting || from == model.VisitWithConsultant
	}
	return false
}

// queueHelp is the queue's keys that do something for the visitor under the
// cursor, for the help line. The keys themselves stay on: one pressed where
// it does nothing says why.
func (m *Model) queueHelp() []key.Binding {
	k, v := m.keys, m.selectedVisit()
	var out []key.Binding
	for _, c := range []struct {
		b  key.Binding
		to model.VisitState
	}{{k.Serve, model.VisitWithConsultant}, {k.Finish, model.VisitDone}, {k.Left, model.VisitLeft}} {
		if v != nil && canMove(v.State, c.to) {
			out = append(out, c.b)
		}
	}
	if v != nil || len(m.q.undo) > 0 {
		out = append(out, k.Undo)
	}
	if v != nil {
		out = append(out, k.Open)
	}
	return append(out, k.ToField)
}

func (m *Model) queueKey(msg tea.KeyMsg) tea.Cmd {
	k := m.keys
	switch {
	case key.Matches(msg, k.Focus), key.Matches(msg, k.Type):
		m.onQueue = false
		cmd := m.list.Focus()
		m.sizeList()
		return cmd
	case key.Matches(msg, k.Up):
		m.q.cur, m.q.fresh = max(0, m.q.cur-1), false
	case key.Matches(msg, k.Down):
		m.q.cur, m.q.fresh = max(0, min(len(m.q.rows)-1, m.q.cur+1)), false
	case msg.Type == tea.KeyPgUp:
		m.q.cur, m.q.fresh = max(0, m.q.cur-m.queueRows()), false
	case msg.Type == tea.KeyPgDown:
		m.q.cur, m.q.fresh = max(0, min(len(m.q.rows)-1, m.q.cur+m.queueRows())), false
	case key.Matches(msg, k.Serve):
		return m.move(model.VisitWithConsultant)
	case key.Matches(msg, k.Finish):
		return m.move(model.VisitDone)
	case key.Matches(msg, k.Left):
		return m.move(model.VisitLeft)
	case key.Matches(msg, k.Undo):
		return m.undoMove()
	case key.Matches(msg, k.AnonQueue):
		return m.startAnonymous()
	case key.Matches(msg, k.Open):
		if v := m.selectedVisit(); v != nil && v.Anonymous {
			return m.startClaim(v)
		} else if v != nil {
			id := v.PersonID
			return func() tea.Msg { return common.OpenMsg{Kind: model.KindPerson, ID: id} }
		}
	}
	m.q.window(m.queueRows())
	return nil
}

// status shows text in the status line (common.Status).
func (m *Model) status(text string, isErr bool) tea.Cmd { return common.Status(text, isErr) }

// move takes the visitor under the cursor to state to, as the consultant at
// the desk now (Settings).
func (m *Model) move(to model.VisitState) tea.Cmd {
	v := m.selectedVisit()
	if v == nil || m.q.busy {
		return nil
	}
	if !canMove(v.State, to) {
		return m.status(m.c.Tr.T(cannotMove(to), common.Sanitize(m.name(v))), true)
	}
	if m.nobody() {
		return m.asWho(func() tea.Cmd { return m.move(to) })
	}
	return m.moveVisit(v, to, "", false)
}

// moveVisit moves v to state to (canMove says it may) with consultant, or
// the consultant at the desk when that is empty; consult: because a
// consultation given during the visit was saved.
func (m *Model) moveVisit(v *model.Visit, to model.VisitState, consultant string, consult bool) tea.Cmd {
	m.q.busy = true
	store, now := m.c.Store, m.c.Now()
	before := move{id: v.ID, from: v.State, consultant: v.Consultant}
	return common.Do(func() tea.Msg {
		who := consultant
		if who == "" {
			who = store.Actor()
		}
		nv, err := store.MoveVisit(before.id, to, who, now)
		return movedMsg{visit: nv, before: before, consult: consult, err: err}
	})
}

// serveConsulted moves the visitor of visit id, if still waiting in this
// desk's queue, to a consultant: a consultation given during their visit
// was saved (`v` on the queue), so someone is serving them. `u` takes it
// back as it does `s`. They are with the consultant the consultation names
// (who gave it), not whoever is at the desk. With nobody at the desk
// (Settings) it asks who, as `s` does; anyone not waiting stays as they are.
func (m *Model) serveConsulted(id, consultant string) tea.Cmd {
	i := slices.IndexFunc(m.q.rows, func(r *model.Visit) bool { return r.ID == id })
	if i < 0 || m.q.rows[i].State != model.VisitWaiting || m.q.busy {
		return nil
	}
	if m.nobody() {
		return m.asWho(func() tea.Cmd { return m.serveConsulted(id, consultant) })
	}
	return m.moveVisit(m.q.rows[i], model.VisitWithConsultant, consultant, true)
}

func cannotMove(to model.VisitState) string {
	switch to {
	case model.VisitWithConsultant:
		return "desk.cannot_serve"
	case model.VisitDone:
		return "desk.cannot_finish"
	}
	return "desk.cannot_leave"
}

// undoMove takes back this desk's last move or entry right after it was
// made; once the cursor has moved, it steps back the visitor under the
// cursor, whoever moved them and whenever today: done goes back to with a
// consultant, with a consultant (or left before being served) back to
// waiting, and a waiting entry is removed after a question.
func (m *Model) undoMove() tea.Cmd {
	if m.q.busy {
		return nil
	}
	if m.q.fresh && len(m.q.undo) > 0 {
		last := m.q.undo[len(m.q.undo)-1]
		if last.entry {
			return m.askRemove(last.id)
		}
		return m.moveBack(last, true)
	}
	v := m.selectedVisit()
	if v == nil {
		return m.status(m.c.Tr.T("desk.nothing_to_undo"), false)
	}
	back := move{id: v.ID, from: model.VisitWaiting}
	switch {
	case v.State == model.VisitWaiting:
		return m.askRemove(v.ID)
	case v.State == model.VisitDone, v.State == model.VisitLeft && !v.ServedAt.IsZero():
		back.from = model.VisitWithConsultant
	}
	return m.moveBack(back, false)
}

// moveBack takes a visit back to the state before a move.
func (m *Model) moveBack(last move, stacked bool) tea.Cmd {
	m.q.busy = true
	store, now := m.c.Store, m.c.Now()
	return common.Do(func() tea.Msg {
		nv, err := store.MoveVisit(last.id, last.from, last.consultant, now)
		return movedMsg{visit: nv, before: last, undo: true, stacked: stacked, err: err}
	})
}

// askRemove asks before taking a waiting entry out of today's queue.
func (m *Model) askRemove(id string) tea.Cmd {
	i := slices.IndexFunc(m.q.rows, func(r *model.Visit) bool { return r.ID == id })
	if i < 0 {
		return nil
	}
	m.q.cur = i
	v := m.q.rows[i]
	m.mode, m.removing = confirmRemove, v
	m.ask = m.c.Ask(removeQ, common.Sanitize(m.name(v)), v.ArrivedAt.Local().Format("15:04"))
	return nil
}

// removeKey answers the question of confirmRemove.
func (m *Model) removeKey(msg tea.KeyMsg) tea.Cmd {
	switch m.ask.Answer(msg) {
	case common.Yes:
		v := m.removing
		m.mode, m.ask, m.removing = idle, nil, nil
		m.q.busy = true
		store := m.c.Store
		stacked := m.q.fresh && len(m.q.undo) > 0 && m.q.undo[len(m.q.undo)-1].id == v.ID
		return common.Do(func() tea.Msg {
			err := store.RemoveVisit(v.ID)
			return movedMsg{visit: v, before: move{id: v.ID, entry: true}, undo: true, stacked: stacked, removed: true, err: err}
		})
	case common.No:
		m.mode, m.ask, m.removing = idle, nil, nil
	}
	return nil
}

func (m *Model) takeMoved(msg movedMsg) tea.Cmd {
	m.q.busy = false
	if msg.err != nil {
		return m.status(m.c.ErrorText(msg.err), true)
	}
	v := msg.visit
	switch {
	case msg.stacked:
		m.q.undo = m.q.undo[:len(m.q.undo)-1]
	case msg.undo:
		// a step back chosen with the cursor: the desk's own record of
		// that visitor's moves no longer holds
		m.q.undo = slices.DeleteFunc(m.q.undo, func(mv move) bool { return mv.id == v.ID })
	default:
		m.q.undo = append(m.q.undo, msg.before)
	}
	m.q.fresh = true
	lang, name := m.c.Lang(), common.Sanitize(m.name(v))
	if msg.removed {
		m.q.rows = slices.DeleteFunc(m.q.rows, func(r *model.Visit) bool { return r.ID == v.ID })
		m.q.cur = max(0, min(m.q.cur, len(m.q.rows)-1))
		m.q.window(m.queueRows())
		return tea.Batch(m.status(m.c.Tr.T("desk.entry_removed", name), false), func() tea.Msg { return common.DataChangedMsg{} })
	}
	// Show the move at once; the reload that follows brings the rest.
	for i, r := range m.q.rows {
		if r.ID == v.ID {
			m.q.rows[i] = v
		}
	}
	cur := m.q.cur
	m.q.rows = ordered(m.q.rows)
	if msg.undo { // the cursor goes to the visitor brought back
		cur = slices.IndexFunc(m.q.rows, func(r *model.Visit) bool { return r.ID == v.ID })
	}
	m.q.cur = max(0, min(cur, len(m.q.rows)-1))
	m.q.window(m.queueRows())
	text := m.c.Tr.T("desk.moved", name, v.State.Label(lang))
	if msg.consult {
		text = m.c.Tr.T("desk.consulted_moved", name, v.State.Label(lang))
	}
	if msg.undo {
		text = m.c.Tr.T("desk.undone", name, v.State.Label(lang))
	}
	return tea.Batch(m.status(text, false), func() tea.Msg { return common.DataChangedMsg{} })
}

// already says that the person is in today's queue already and puts the
// cursor on them, the queue in focus, instead of making a second entry.
func (m *Model) already(v *model.Visit, name string) tea.Cmd {
	m.dropForm()
	m.mode, m.lateEnters = idle, 0
	found := false
	for i, r := range m.q.rows {
		if r.ID == v.ID {
			m.q.cur, found = i, true
		}
	}
	if !found { // another desk's entry, not loaded yet
		m.q.rows = ordered(append(m.q.rows, v))
		if m.q.names == nil {
			m.q.names = map[string]string{}
		}
		m.q.names[v.PersonID] = name
		m.q.cur = slices.IndexFunc(m.q.rows, func(r *model.Visit) bool { return r.ID == v.ID })
	}
	m.q.fresh = false
	cmd := m.list.SetText("")
	m.toQueue()
	m.q.window(m.queueRows())
	text := m.c.Tr.T("desk.already_waiting", common.Sanitize(name), v.ArrivedAt.Local().Format("15:04"))
	if v.State != model.VisitWaiting {
		text = m.c.Tr.T("desk.already_with", common.Sanitize(name), v.State.Label(m.c.Lang()))
	}
	return tea.Batch(cmd, m.status(text, true), m.loadQueue())
}

func (m *Model) name(v *model.Visit) string {
	if v.Anonymous {
		return m.anonName(v)
	}
	if n, ok := m.q.names[v.PersonID]; ok {
		return n
	}
	return "?"
}

// openVisit is a visit of id today that has not ended, if there is one.
func (m *Model) openVisit(personID string) *model.Visit {
	for _, v := range m.q.rows {
		if v.PersonID == personID && (v.State == model.VisitWaiting || v.State == model.VisitWithConsultant) {
			return v
		}
	}
	return nil
}

// line is one line of the queue's list: a visitor (row ≥ 0) or a marker of
// visitors scrolled out of sight (row < 0, above or below).
type line struct {
	row          int
	above, below int
}

// window lays the queue's visitors out in n lines and keeps q.top, the first
// visitor of the scrolled part, so that the cursor is in view. The waiting come
// first and stay in view: while the cursor is further down, they stay pinned
// above the scrolled part as long as that leaves room for the cursor's row and
// a marker on each side. Visitors out of sight are counted on a marker line
// ("↑ 3 more", "↓ 5 more"), as the other lists do.
func (q *queue) window(n int) []line {
	total := len(q.rows)
	n = max(1, n)
	q.cur = max(0, min(q.cur, total-1))
	if total <= n {
		q.top = 0
		out := make([]line, total)
		for i := range out {
			out[i] = line{row: i}
		}
		return out
	}
	waiting := 0
	for waiting < total && q.rows[waiting].State == model.VisitWaiting {
		waiting++
	}
	pinned := 0
	if q.cur >= waiting {
		pinned = max(0, min(waiting, n-3))
	}
	var out []line
	for i := range pinned {
		out = append(out, line{row: i})
	}
	return append(out, q.scrolled(pinned, n-pinned)...)
}

// scrolled lays out the visitors from lo on in n lines, with a marker line
// for those above (after lo) or below that are out of sight; a window too
// small for markers has none.
func (q *queue) scrolled(lo, n int) []line {
	total := len(q.rows)
	marks := n >= 3
	top := max(lo, min(q.top, q.cur))
	// shown is how many visitors fit from top on, the markers counted.
	shown := func(top int) (int, bool, bool) {
		room := n
		up := marks && top > lo
		if up {
			room--
		}
		down := marks && top+room < total
		if down {
			room--
		}
		return max(1, room), up, down
	}
	for {
		k, _, _ := shown(top)
		if q.cur < top+k {
			break
		}
		top++
	}
	// Room left at the end: show more of the visitors above.
	for top > lo {
		k, _, _ := shown(top - 1)
		if top-1+k < total || q.cur >= top-1+k {
			break
		}
		top--
	}
	q.top = top
	k, up, down := shown(top)
	var out []line
	if up {
		out = append(out, line{row: -1, above: top - lo})
	}
	for i := top; i < min(total, top+k); i++ {
		out = append(out, line{row: i})
	}
	if down {
		out = append(out, line{row: -1, below: total - (top + k)})
	}
	return out
}

// waited is how long the visitor waited: until now while waiting, until
// served, or until they left.
func waited(v *model.Visit, now time.Time) (time.Duration, bool) {
	var end time.Time
	switch {
	case v.State == model.VisitWaiting:
		end = now
	case !v.ServedAt.IsZero():
		end = v.ServedAt
	case !v.DoneAt.IsZero():
		end = v.DoneAt
	default:
		return 0, false
	}
	return max(0, end.Sub(v.ArrivedAt)), true
}

func (m *Model) duration(d time.Duration) string {
	mins := int(d / time.Minute)
	if mins < 60 {
		return m.c.Tr.T("desk.min", mins)
	}
	return m.c.Tr.T("desk.hours", mins/60, mins%60)
}

// stateMark is a visit's state at a glance; the counts line says what each means.
func stateMark(s model.VisitState) string {
	switch s {
	case model.VisitWaiting:
		return "○"
	case model.VisitWithConsultant:
		return "◐"
	case model.VisitDone:
		return "●"
	}
	return "×"
}

// countsLine counts the queue by state: with the states' names where there is
// room, with their marks where there is not.
func (m *Model) countsLine() string {
	counts := map[model.VisitState]int{}
	for _, v := range m.q.rows {
		counts[v.State]++
	}
	lang := m.c.Lang()
	var long, short []string
	for _, s := range model.VisitStates() {
		long = append(long, fmt.Sprintf("%s %s: %d", stateMark(s), s.Label(lang), counts[s]))
		short = append(short, fmt.Sprintf("%s%d", stateMark(s), counts[s]))
	}
	title := m.c.Tr.T("desk.queue_title")
	line := title + " · " + strings.Join(long, " · ")
	if ansi.StringWidth(line) > m.w {
		line = title + " " + strings.Join(short, " ")
	}
	return line
}

// queueLines draws the queue in n lines: the counts, then the visitors.
func (m *Model) queueLines(n int) []string {
	tr, st := m.c.Tr, m.c.Styles
	head := st.Label
	if m.onQueue && m.mode == idle {
		head = st.Title
	}
	lines := []string{head.Render(common.Fit(m.countsLine(), m.w, 1))}
	switch {
	case m.q.err != nil:
		return append(lines, st.Error.Render(m.c.ErrorText(m.q.err)))
	case !m.q.loaded:
		return append(lines, st.Muted.Render(tr.T("desk.queue_loading")))
	case len(m.q.rows) == 0:
		return append(lines, st.Muted.Render(ansi.Wrap(tr.T("desk.queue_empty"), max(10, m.w), "")))
	}
	now, lang := m.c.Now(), m.c.Lang()
	nameW, purposeW, whoW, stateW := m.columnWidths()
	for _, l := range m.q.window(n - 1) {
		if l.row < 0 {
			text := tr.T("desk.more_below", l.below)
			if l.above > 0 {
				text = tr.T("desk.more_above", l.above)
			}
			lines = append(lines, st.Muted.Render(common.Fit("  "+text, m.w, 1)))
			continue
		}
		i, v := l.row, m.q.rows[l.row]
		wait := "—"
		if d, ok := waited(v, now); ok {
			wait = m.duration(d)
		}
		cells := []string{stateMark(v.State), pad(wait, 8), pad(common.Sanitize(m.name(v)), nameW)}
		if purposeW > 0 {
			cells = append(cells, pad(v.Purpose.Label(lang), purposeW))
		}
		if whoW > 0 {
			cells = append(cells, pad(common.Sanitize(v.Consultant), whoW))
		}
		if stateW > 0 {
			cells = append(cells, pad(v.State.Label(lang), stateW))
		}
		line := strings.Join(cells, " ")
		if i == m.q.cur && m.onQueue && m.mode == idle {
			lines = append(lines, st.Selected.Render("▸ "+line))
		} else {
			lines = append(lines, "  "+line)
		}
	}
	return lines
}

// columnWidths share the width among the name, the purpose, the consultant
// and the state's name; a column that does not fit is left out (0).
func (m *Model) columnWidths() (name, purpose, who, state int) {
	rest := m.w - 2 - 2 - 9 // cursor, mark, time waited
	if rest >= 60 {
		purpose = 24
		rest -= purpose + 1
	}
	if rest >= 50 {
		who = 18
		rest -= who + 1
	}
	if rest >= 44 {
		state = 18
		rest -= state + 1
	}
	if rest > 32 && purpose > 0 { // a long purpose reads better than blank space after a name
		purpose += rest - 32
		rest = 32
	}
	return max(8, rest), purpose, who, state
}

// pad cuts or fills s to exactly w cells.
func pad(s string, w int) string {
	if w <= 0 {
		return ""
	}
	if n := ansi.StringWidth(s); n > w {
		return ansi.Truncate(s, w, "…")
	} else if n < w {
		return s + strings.Repeat(" ", w-n)
	}
	return s
}
