package desk

import (
	"errors"
	"slices"
	"strings"

	"frontoffice/model"
	"frontoffice/storage"
	"frontoffice/ui/common"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

// startedMsg is the answer of starting a visit, for someone found or for
// someone just registered (created).
type startedMsg struct {
	person  visitor
	visit   *model.Visit
	created bool
	claimed bool  // an anonymous visit became the person's
	err     error // the visit was not started (the person may be registered)
}

// choose asks the purpose of a visit for who, the last purpose used first.
func (m *Model) choose(who visitor) tea.Cmd {
	m.who, m.mode, m.lateEnters = who, choosing, 0
	m.purposeCur = max(0, slices.Index(model.Purposes(), m.lastPurpose))
	m.list.Blur()
	return nil
}

func (m *Model) chooseKey(msg tea.KeyMsg) tea.Cmd {
	k, n := m.keys, len(model.Purposes())
	switch {
	case key.Matches(msg, k.Cancel):
		m.mode = idle
		return m.list.Focus() // back to the field, the text as it was
	case key.Matches(msg, k.Up):
		m.purposeCur = (m.purposeCur + n - 1) % n
	case key.Matches(msg, k.Down):
		m.purposeCur = (m.purposeCur + 1) % n
	case key.Matches(msg, k.Choose):
		return m.startVisit(m.who, model.Purposes()[m.purposeCur])
	}
	return nil
}

// startVisit puts who in today's queue for purpose.
func (m *Model) startVisit(who visitor, purpose model.Purpose) tea.Cmd {
	if v := m.openVisit(who.id); v != nil {
		return m.already(v, who.name)
	}
	if m.nobody() {
		return m.asWho(func() tea.Cmd { return m.startVisit(who, purpose) })
	}
	m.mode, m.who = starting, who
	m.lastPurpose = purpose
	store, now := m.c.Store, m.c.Now()
	return common.Do(func() tea.Msg {
		v, err := store.StartVisit(who.id, purpose, now)
		return startedMsg{person: who, visit: v, err: err}
	})
}

func (m *Model) takeStarted(msg startedMsg) tea.Cmd {
	if m.mode != starting && m.mode != saving {
		return nil
	}
	if iq := (*storage.InQueueError)(nil); errors.As(msg.err, &iq) {
		return m.already(iq.Visit, msg.person.name)
	}
	if msg.err != nil && !msg.created {
		if m.mode == saving { // the registration failed: everything typed is kept
			m.err = msg.err
			page := pageVisitor
			if fe, ok := model.AsFieldErrors(msg.err); ok && len(fe) > 0 {
				m.errs, m.err = fe, nil
				page = pageOf(fe[0].Field)
			}
			return m.reopen(page)
		}
		m.mode = choosing // try again, or esc
		return m.status(m.c.ErrorText(msg.err), true)
	}
	tr, name := m.c.Tr, common.Sanitize(msg.person.name)
	var status tea.Cmd
	switch {
	case msg.claimed:
		status = m.status(tr.T("desk.claimed", name), false)
	case msg.created:
		status = m.status(tr.T("desk.registered", name, msg.visit.Purpose.Label(m.c.Lang())), false)
	default:
		status = m.status(tr.T("desk.started", name, msg.visit.Purpose.Label(m.c.Lang())), false)
	}
	m.dropForm()
	m.mode = idle
	if msg.claimed {
		m.claimedRow(msg.visit)
		if m.q.names == nil {
			m.q.names = map[string]string{}
		}
		m.q.names[msg.visit.PersonID] = msg.person.name
	} else if msg.visit != nil { // shown at once; the reload brings the rest
		m.q.undo, m.q.fresh = append(m.q.undo, move{id: msg.visit.ID, entry: true}), true
		m.q.rows = ordered(append(m.q.rows, msg.visit))
		if m.q.names == nil {
			m.q.names = map[string]string{}
		}
		m.q.names[msg.visit.PersonID] = msg.person.name
	}
	return tea.Batch(status, m.clearField(), func() tea.Msg { return common.DataChangedMsg{} })
}

// chooseView draws whom the visit is for and the purposes to pick from.
func (m *Model) chooseView() string {
	tr, st, lang := m.c.Tr, m.c.Styles, m.c.Lang()
	w := max(10, m.w)
	var head []string
	head = append(head, st.Title.Render(ansi.Wrap(tr.T("desk.visit_title", common.Sanitize(m.who.name)), w, "")))
	var about []string
	if m.who.phone != "" {
		about = append(about, model.FormatPhone(m.who.phone))
	}
	if m.who.org != "" {
		about = append(about, common.Sanitize(m.who.org))
	}
	if len(about) > 0 && m.h >= 12 {
		head = append(head, st.Muted.Render(strings.Join(about, " · ")))
	}
	if v := m.openVisit(m.who.id); v != nil {
		at := v.ArrivedAt.Local().Format("15:04")
		head = append(head, st.Error.Render(ansi.Wrap(tr.T("desk.in_queue", v.State.Label(lang), at), w, "")))
	}
	if m.mode == starting {
		head = append(head, st.Muted.Render(tr.T("people.saving")))
		return common.Fit(strings.Join(head, "\n"), m.w, m.h)
	}
	if m.h >= 14 {
		head = append(head, st.Label.Render(tr.T("field.purpose")+":"))
	}
	lines := strings.Split(strings.Join(head, "\n"), "\n")
	ps := model.Purposes()
	room := max(1, m.h-len(lines))
	top := max(0, min(m.purposeCur-room/2, len(ps)-room))
	for i := top; i < min(len(ps), top+room); i++ {
		label := ps[i].Label(lang)
		if i == m.purposeCur {
			lines = append(lines, st.Selected.Render("▸ "+label))
		} else {
			lines = append(lines, "  "+label)
		}
	}
	return common.Fit(strings.Join(lines, "\n"), m.w, m.h)
}
