package settings

import (
	"strings"

	"frontoffice/model"
	"frontoffice/storage"
	"frontoffice/ui/common"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// The change log part of Settings (key a): the newest changes across all
// records, newest first, each with what happened (created, edited, deleted,
// merged from a bundle), who, when and in which office. It reads a page at a
// time off the event loop (storage.RecentChanges) and the next page when the
// cursor reaches the end. Enter opens the record on its own screen, where
// its history lists every revision. Nothing of it is written to any file.

// auditPage is how many changes one read brings (a variable for the tests).
var auditPage = 200

type auditKeys struct {
	Up, Down, PageDown, PageUp, Open, Back key.Binding
}

func newAuditKeys(c *common.Common) auditKeys {
	tr := c.Tr
	return auditKeys{
		Up:       common.Bind(tr.T("key.up"), "up", "k"),
		Down:     common.Bind(tr.T("key.down"), "down", "j"),
		PageDown: common.BindHelp("pgdn/pgup", tr.T("audit.key_more"), "pgdown"),
		PageUp:   key.NewBinding(key.WithKeys("pgup")),
		Open:     common.Bind(tr.T("audit.key_open"), "enter"),
		Back:     common.Bind(tr.T("key.back"), "esc"),
	}
}

// auditMsg is one page read; seq drops an answer to a read made before the
// list was started again.
type auditMsg struct {
	seq   int
	after bool // a next page, to add at the end
	rows  []storage.Change
	// erasures is the erasure log (read with the first page).
	erasures []storage.ErasureLogEntry
	err      error
}

type audit struct {
	c       *common.Common
	keys    auditKeys
	w, h    int
	seq     int
	rows    []storage.Change
	cur     int
	loading bool
	end     bool // the oldest change is loaded
	err     error
	// erasures is the erasure log (withdrawals: counts, no personal data),
	// newest last; the newest few are shown above the changes.
	erasures []storage.ErasureLogEntry
}

// erasuresShown is how many of the newest erasures the change log shows.
const erasuresShown = 3

func newAudit(c *common.Common, w, h int) (*audit, tea.Cmd) {
	a := &audit{c: c, keys: newAuditKeys(c), w: w, h: h}
	return a, a.reload()
}

// reload reads the first page again (at the start and when records change).
func (a *audit) reload() tea.Cmd {
	a.seq++
	a.loading = true
	return a.read(0, false)
}

func (a *audit) read(before uint64, after bool) tea.Cmd {
	store, seq := a.c.Store, a.seq
	return common.Do(func() tea.Msg {
		rows, err := store.RecentChanges(auditPage, before)
		msg := auditMsg{seq: seq, after: after, rows: rows, err: err}
		if !after && err == nil {
			msg.erasures, msg.err = store.ErasureLog()
		}
		return msg
	})
}

func (a *audit) setSize(w, h int) { a.w, a.h = w, h }

// update handles a key or a page read; done is true when esc closes the part.
func (a *audit) update(msg tea.Msg) (done bool, cmd tea.Cmd) {
	switch msg := msg.(type) {
	case auditMsg:
		if msg.seq != a.seq {
			return false, nil
		}
		a.loading, a.err = false, msg.err
		if msg.err != nil {
			return false, nil
		}
		if msg.after {
			a.rows = append(a.rows, msg.rows...)
		} else {
			a.rows, a.erasures = msg.rows, msg.erasures
		}
		a.end = len(msg.rows) < auditPage
		a.cur = min(a.cur, max(0, len(a.rows)-1))
		return false, nil
	case common.LangChangedMsg:
		a.keys = newAuditKeys(a.c)
	case common.DataChangedMsg:
		return false, a.reload()
	case tea.KeyMsg:
		return a.key(msg)
	}
	return false, nil
}

func (a *audit) key(msg tea.KeyMsg) (bool, tea.Cmd) {
	k := a.keys
	page := max(1, a.listHeight())
	switch {
	case key.Matches(msg, k.Back):
		return true, nil
	case key.Matches(msg, k.Up):
		a.cur = max(0, a.cur-1)
	case key.Matches(msg, k.Down):
		a.cur = min(max(0, len(a.rows)-1), a.cur+1)
	case key.Matches(msg, k.PageUp):
		a.cur = max(0, a.cur-page)
	case key.Matches(msg, k.PageDown):
		a.cur = min(max(0, len(a.rows)-1), a.cur+page)
	case key.Matches(msg, k.Open):
		return false, a.open()
	}
	// Near the end of what is loaded: read the page before.
	if !a.end && !a.loading && len(a.rows) > 0 && a.cur >= len(a.rows)-page {
		a.loading = true
		return false, a.read(a.rows[len(a.rows)-1].Seq, true)
	}
	return false, nil
}

// open shows the record under the cursor on its own screen: an idea or a
// person itself, a consultation, visit or hours entry the idea or person it
// is about.
func (a *audit) open() tea.Cmd {
	if a.cur >= len(a.rows) {
		return nil
	}
	r := a.rows[a.cur].Record
	status := func(k string) tea.Cmd {
		text := a.c.Tr.T(k)
		return func() tea.Msg { return common.StatusMsg{Text: text} }
	}
	if r.Env().Deleted {
		return status("audit.gone")
	}
	var to common.OpenMsg
	if d, ok := model.DefOf(r.Env().Kind); ok {
		to.Kind, to.ID = d.Opens(r) // model/registry.go
	}
	if to.ID == "" {
		return status("audit.no_open")
	}
	return func() tea.Msg { return to }
}

func (a *audit) shortHelp() []key.Binding {
	return []key.Binding{a.keys.Back, a.keys.Open, a.keys.Up, a.keys.Down, a.keys.PageDown}
}

// listHeight is the rows of changes that fit under the title and hint.
func (a *audit) listHeight() int { return a.h - 3 - len(a.erasureLines()) }

// erasureLines are the erasure log's heading and its newest entries, one a
// in two lines: when, who, which person (by id); what was erased, in
// counts.
func (a *audit) erasureLines() []string {
	if len(a.erasures) == 0 {
		return nil
	}
	tr := a.c.Tr
	out := []string{tr.T("audit.erasures", len(a.erasures))}
	for i := len(a.erasures) - 1; i >= 0 && i >= len(a.erasures)-erasuresShown; i-- {
		e := a.erasures[i]
		who := e.Consultant
		if who == "" {
			who = tr.T("audit.nobody")
		}
		if e.Received != "" {
			who = tr.T("audit.office", e.Received)
		}
		out = append(out, common.Sanitize(strings.Join([]string{
			common.Stamp(e.At.In(a.c.Now().Location())), who, e.Person,
		}, " · ")), "  "+tr.T("audit.erasure_counts", e.Records, e.Revisions, e.TeamEntries, e.Files, e.Backups))
	}
	return out
}

// what says what the change did.
func (a *audit) what(c storage.Change) string {
	env := c.Record.Env()
	switch {
	case env.Deleted:
		return a.c.Tr.T("audit.deleted")
	case c.Merged:
		return a.c.Tr.T("audit.merged")
	case env.Rev <= 1:
		return a.c.Tr.T("audit.created")
	}
	return a.c.Tr.T("audit.edited")
}

// name is how a person recognises the record.
// name is how the audit log names record r (model/registry.go).
func (a *audit) name(r model.Record) string {
	if d, ok := model.DefOf(r.Env().Kind); ok {
		return d.Describe(r, a.c.Lang())
	}
	return ""
}

// row is one change on one line: when, what, which record, who, where.
func (a *audit) row(c storage.Change) string {
	tr := a.c.Tr
	env := c.Record.Env()
	who := env.UpdatedBy
	if who == "" {
		who = tr.T("audit.nobody")
	}
	layout := "02.01.2006 15:04"
	if a.w < 60 {
		layout = "02.01 15:04" // the year gives way to the record's name
	}
	parts := []string{
		env.UpdatedAt.In(a.c.Now().Location()).Format(layout),
		a.what(c),
		tr.T("audit.kind."+string(env.Kind)) + " «" + a.name(c.Record) + "»",
		who,
	}
	if c.Merged {
		office := c.Office
		if office == "" {
			office = tr.T("audit.other")
		}
		parts = append(parts, tr.T("audit.office", office))
	}
	return common.Sanitize(strings.Join(parts, " · "))
}

func (a *audit) view() string {
	tr, st := a.c.Tr, a.c.Styles
	out := []string{st.Title.Render(tr.T("audit.title")), st.Muted.Render(tr.T("audit.hint"))}
	for i, l := range a.erasureLines() {
		l = common.Fit(l, max(1, a.w-2), 1)
		if i == 0 {
			l = st.Label.Render(l)
		}
		out = append(out, "  "+l)
	}
	switch {
	case a.err != nil:
		out = append(out, st.Error.Render(tr.T("audit.load_fail", a.c.ErrorText(a.err))))
	case a.loading && len(a.rows) == 0:
		out = append(out, st.Muted.Render(tr.T("audit.loading")))
	case len(a.rows) == 0:
		out = append(out, st.Muted.Render(tr.T("audit.empty")))
	}
	n := max(1, a.listHeight())
	first := max(0, min(a.cur-n/2, len(a.rows)-n))
	for i := first; i < len(a.rows) && i < first+n; i++ {
		line := common.Fit(a.row(a.rows[i]), max(1, a.w-2), 1)
		if i == a.cur {
			out = append(out, st.Selected.Render("▸ "+line))
		} else {
			out = append(out, "  "+line)
		}
	}
	if len(a.rows) > 0 {
		foot := tr.T("audit.count", len(a.rows))
		if a.end {
			foot += "  " + tr.T("audit.end")
		}
		out = append(out, st.Muted.Render(foot))
	}
	return common.Fit(strings.Join(out, "\n"), a.w, a.h)
}
