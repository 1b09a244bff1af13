package catalogue

import (
	"fmt"
	"strconv"
	"strings"

	"frontoffice/model"
	"frontoffice/model/catalogue"
	"frontoffice/ui/common"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

// View draws the current mode.
func (m *Model) View() string {
	if m.w <= 0 || m.h <= 0 {
		return ""
	}
	tr, st := m.c.Tr, m.c.Styles
	switch m.mode {
	case modeList:
		return m.listView()
	case modeEntry:
		return m.entryView()
	case modeConfirmDiscard:
		return common.Fit(m.ask.View(m.w), m.w, m.h)
	}
	head := []string{st.Title.Render(m.formTitle())}
	if m.err != "" {
		head = append(head, st.Error.Render(ansi.Wrap(m.err, max(10, m.w), "")))
	}
	if m.saving || m.form == nil {
		return common.Fit(strings.Join(head, "\n")+"\n"+st.Muted.Render(tr.T("catalogue.saving")), m.w, m.h)
	}
	return common.Fit(strings.Join(head, "\n")+"\n"+m.form.View(), m.w, m.h)
}

func (m *Model) formTitle() string {
	tr := m.c.Tr
	switch m.mode {
	case modeApplicant:
		return tr.T("catalogue.draft_for", m.c.Nested(oneLine(m.entry.Title.In(m.c.Lang()))))
	case modeOwn, modeOwnOther:
		return tr.T("catalogue.own.title")
	}
	return tr.T("catalogue.title")
}

// reasonText translates one reason, turning codes and amounts into words.
func (m *Model) reasonText(r catalogue.Reason) string {
	lang := m.c.Lang()
	args := make([]any, len(r.Args))
	for i, a := range r.Args {
		switch a := a.(type) {
		case model.Direction:
			args[i] = a.Label(lang)
		case model.Region:
			args[i] = a.Label(lang)
		case model.Tenge:
			args[i] = a.String()
		default:
			args[i] = a
		}
	}
	mark := "✓ "
	if !r.Good {
		mark = "! "
	}
	return mark + m.c.Tr.T(r.Key, args...)
}

// facts is an entry's direction, team, weeks and budget range on one line.
func (m *Model) facts(e *model.CatalogueEntry) string {
	tr, lang := m.c.Tr, m.c.Lang()
	return tr.T("catalogue.facts", e.Direction.Label(lang), e.TeamMin, e.TeamMax, e.DurationWeeks,
		budgetRange(e))
}

func budgetRange(e *model.CatalogueEntry) string {
	if e.BudgetMin == e.BudgetMax {
		return e.BudgetMax.String()
	}
	return model.GroupDigits(int64(e.BudgetMin)) + "–" + e.BudgetMax.String()
}

// orDash is a team size or a number of weeks the visitor gave, "—" for one
// left empty (not known): "team: 0" read as a team of nobody.
func orDash(n int) string {
	if n <= 0 {
		return "—"
	}
	return strconv.Itoa(n)
}

// rowsPer is how many lines one suggestion takes in the list.
const rowsPer = 4

func (m *Model) listView() string {
	tr, st, lang := m.c.Tr, m.c.Styles, m.c.Lang()
	q := m.query
	interests := make([]string, len(q.Interests))
	for i, d := range q.Interests {
		interests[i] = d.Label(lang)
	}
	if len(interests) == 0 {
		interests = []string{tr.T("catalogue.any")}
	}
	head := []string{
		st.Title.Render(tr.T("catalogue.list_title", len(m.sugg))),
		st.Muted.Render(tr.T("catalogue.asked", q.MoneyKZT.String(), strings.Join(interests, ", "), orDash(q.TeamSize), orDash(q.Weeks))),
	}
	if m.err != "" {
		head = append(head, st.Error.Render(m.err))
	}
	room := m.h - len(head)
	avail := max(1, room/rowsPer)
	// Short (40×12 showed one suggestion of 34, blank lines under it): the
	// one under the cursor is said in full and the others by their titles,
	// marked where more are above or below.
	short := avail < 3 && len(m.sugg) > avail
	var first, last int // the rows shown
	if short {
		first, last = shortWindow(m.cursor, len(m.sugg), room)
	} else {
		if m.cursor < m.top {
			m.top = m.cursor
		}
		if m.cursor >= m.top+avail {
			m.top = m.cursor - avail + 1
		}
		first, last = m.top, min(len(m.sugg), m.top+avail)
	}
	lines := head
	if short && first > 0 {
		lines = append(lines, st.Muted.Render(ansi.Truncate(tr.T("list.more_above"), max(1, m.w), "…")))
	}
	for i := first; i < last; i++ {
		s := m.sugg[i]
		title := fmt.Sprintf("%2d. %s", i+1, oneLine(s.Entry.Title.In(lang)))
		if !catalogue.IsBuiltin(s.Entry.ID) {
			title += " " + tr.T("catalogue.own_mark")
		}
		if i == m.cursor {
			title = st.Selected.Render("▸ " + title)
		} else {
			title = "  " + title
		}
		if short && i != m.cursor {
			lines = append(lines, title)
			continue
		}
		var why []string
		for _, r := range s.Reasons {
			why = append(why, m.reasonText(r))
		}
		lines = append(lines, title, "    "+st.Muted.Render(m.facts(s.Entry)))
		wrapped := strings.Split(ansi.Wrap(common.KeepNumbersWhole(strings.Join(why, "; ")), max(10, m.w-4), ""), "\n")
		for j := 0; j < rowsPer-2; j++ {
			l := ""
			if j < len(wrapped) {
				l = wrapped[j]
			}
			if j == rowsPer-3 && len(wrapped) > rowsPer-2 {
				l = ansi.Truncate(l, max(1, m.w-5), "") + "…"
			}
			lines = append(lines, "    "+l)
		}
	}
	if short && last < len(m.sugg) {
		lines = append(lines, st.Muted.Render(ansi.Truncate(tr.T("list.more_below"), max(1, m.w), "…")))
	}
	return common.Fit(strings.Join(lines, "\n"), m.w, m.h)
}

// shortWindow is the suggestions [first, last) shown in room lines when the
// one under the cursor takes rowsPer lines and each other one a line, with
// a line for each mark of rows hidden above or below.
func shortWindow(cursor, n, room int) (first, last int) {
	return common.MarkedWindow(max(0, room-rowsPer), n, func(k int) (int, int) {
		below := min(n-1-cursor, k/2)
		above := min(cursor, k-below)
		below = min(n-1-cursor, k-above)
		return cursor - above, cursor + below + 1
	})
}

func (m *Model) listKey(msg tea.KeyMsg) tea.Cmd {
	k := m.keys
	switch {
	case key.Matches(msg, k.Up):
		m.cursor = max(0, m.cursor-1)
	case key.Matches(msg, k.Down):
		m.cursor = min(len(m.sugg)-1, m.cursor+1)
	case key.Matches(msg, k.Open):
		if len(m.sugg) > 0 {
			m.entry, m.entryTop, m.mode, m.err = m.sugg[m.cursor].Entry, 0, modeEntry, ""
		}
	case key.Matches(msg, k.Draft):
		if len(m.sugg) > 0 {
			m.entry, m.entryTop, m.err = m.sugg[m.cursor].Entry, 0, ""
			return m.startApplicant()
		}
	case key.Matches(msg, k.Answers):
		return m.startQuery()
	case key.Matches(msg, k.NewEntry):
		return m.startOwn()
	case key.Matches(msg, k.Back):
		m.done = true
	}
	return nil
}

// entryLines is an entry's page, wrapped to the width.
func (m *Model) entryLines() []string {
	tr, st, lang := m.c.Tr, m.c.Styles, m.c.Lang()
	e, w := m.entry, max(10, m.w)
	var out []string
	add := func(s string, indent int) {
		pad := strings.Repeat(" ", indent)
		for _, l := range strings.Split(ansi.Wrap(common.KeepNumbersWhole(common.Sanitize(s)), max(10, w-indent), ""), "\n") {
			out = append(out, pad+l)
		}
	}
	heading := func(s string) { out = append(out, "", st.Label.Render(s)) }
	out = append(out, st.Title.Render(ansi.Wrap(common.Sanitize(e.Title.In(lang)), w, "")))
	add(m.facts(e), 0)
	if len(e.SDGs) > 0 {
		var g []string
		for _, s := range e.SDGs {
			g = append(g, fmt.Sprintf("%d %s", int(s), s.Label(lang)))
		}
		add(tr.Field("sdgs")+": "+strings.Join(g, "; "), 0)
	}
	out = append(out, "")
	add(e.Description.In(lang), 0)
	if len(e.Steps) > 0 {
		heading(tr.Field("steps"))
		for i, s := range e.Steps {
			add(fmt.Sprintf("%d. %s", i+1, s.In(lang)), 2)
		}
	}
	if g := e.Logframe.Goal.In(lang); g != "" {
		heading(tr.T("catalogue.goal"))
		add(g, 2)
	}
	if len(e.Logframe.Indicators) > 0 {
		heading(tr.T("catalogue.indicators"))
		for _, in := range e.Logframe.Indicators {
			add(fmt.Sprintf("• %s: %g → %g %s", in.Name.In(lang), in.Baseline, in.Target, in.Unit.In(lang)), 2)
		}
	}
	if len(e.Budget) > 0 {
		heading(tr.T("catalogue.budget_lines", e.BudgetTotal().String()))
		for _, b := range e.Budget {
			add(fmt.Sprintf("• %s — %d × %s = %s", b.Item.In(lang), b.Quantity, b.UnitKZT.String(), b.Total().String()), 2)
		}
	}
	return out
}

func (m *Model) entryView() string {
	st := m.c.Styles
	lines := m.entryLines()
	body := max(1, m.h-1)
	m.entryTop = max(0, min(m.entryTop, len(lines)-body))
	shown := lines[m.entryTop:min(len(lines), m.entryTop+body)]
	foot := st.Muted.Render(m.c.Tr.T("catalogue.entry_keys"))
	if m.err != "" {
		foot = st.Error.Render(m.err)
	}
	return common.Fit(strings.Join(shown, "\n")+"\n"+foot, m.w, m.h)
}

func (m *Model) entryKey(msg tea.KeyMsg) tea.Cmd {
	k := m.keys
	switch {
	case key.Matches(msg, k.Up):
		m.entryTop = max(0, m.entryTop-1)
	case key.Matches(msg, k.Down):
		m.entryTop++
	case key.Matches(msg, k.Draft), key.Matches(msg, k.Open):
		return m.startApplicant()
	case key.Matches(msg, k.Back):
		m.mode, m.err = modeList, ""
	}
	return nil
}

// oneLine keeps record text on one line.
func oneLine(s string) string { return strings.Join(strings.Fields(common.Sanitize(s)), " ") }
