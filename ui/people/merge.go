package people

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"frontoffice/model"
	"frontoffice/storage"
	"frontoffice/ui/appdoc"
	"frontoffice/ui/common"
	"frontoffice/ui/personform"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
)

// merged is the last merge made on this screen: the kept card offers to undo
// it, as the merged-away card does.
type merged struct {
	keep, drop, dropName string
}

// doneMsg is the answer of a merge, an undone merge or a withdrawal: the card
// to show next, and what to say.
type doneMsg struct {
	show   string // the person whose card opens
	status string
	merge  merged // set by a merge
	undone string // the person brought back by an undone merge
	err    error
}

// enableCardKeys turns on the card's keys that do something for this person.
func (m *Model) enableCardKeys() {
	k, p := &m.keys, m.person
	live := p != nil && p.MergedInto == "" && !p.Deleted
	k.Edit.SetEnabled(live)
	k.Merge.SetEnabled(live)
	k.Withdraw.SetEnabled(live && p.ConsentWithdrawn == "")
	k.OpenKept.SetEnabled(p != nil && p.MergedInto != "" && m.kept != nil)
	k.UndoMerge.SetEnabled(p != nil && (p.MergedInto != "" || len(p.MergedFrom) > 0 || m.lastMerge.keep == p.ID))
	k.OpenIdea.SetEnabled(live && len(m.ideas) > 0)
	k.KeepApart.SetEnabled(live && len(m.joined) > 0)
}

// recordKey starts a merge or a withdrawal from the card, undoes a merge, or
// opens the person a merged-away card went into.
func (m *Model) recordKey(msg tea.KeyMsg) tea.Cmd {
	m.enableCardKeys()
	k, p := m.keys, m.person
	switch {
	case key.Matches(msg, k.Merge):
		m.mode = picking
		cmd := m.pick.SetText("") // answered here once the index is loaded
		return tea.Batch(cmd, m.pick.Focus(), m.skipSelf())
	case key.Matches(msg, k.Withdraw):
		m.mode = confirmWithdraw
		m.ask = m.c.Ask(withdrawQ, common.Sanitize(p.FullName)).
			Noting(m.c.Tr.T("people.withdraw_explain", model.Initials(p.FullName)))
	case key.Matches(msg, k.KeepApart):
		m.mode = confirmApart
		m.ask = m.c.Ask(apartQ, common.Sanitize(p.FullName)).
			Noting(m.joinedText(m.joined[len(m.joined)-1]) + "\n" + m.c.Tr.T("people.apart_explain"))
	case key.Matches(msg, k.OpenKept):
		return m.openCard(m.kept.ID)
	case key.Matches(msg, k.UndoMerge):
		drop, name := p.ID, p.FullName
		if p.MergedInto == "" {
			if m.lastMerge.keep == p.ID {
				drop, name = m.lastMerge.drop, m.lastMerge.dropName
			} else if n := len(p.MergedFrom); n > 0 {
				drop, name = p.MergedFrom[n-1], "" // the last merge into this card
			}
		}
		return m.run(func(s *storage.Store) doneMsg {
			if name == "" {
				if d, err := storage.GetAs[*model.Person](s, model.KindPerson, drop); err == nil {
					name = d.FullName
				}
			}
			if err := s.UndoMerge(drop); err != nil {
				return doneMsg{err: err}
			}
			return doneMsg{show: drop, undone: drop, status: m.c.Tr.T("people.merge_undone", common.Sanitize(name))}
		})
	}
	return nil
}

// mergeKey answers the picker and the two questions.
func (m *Model) mergeKey(msg tea.KeyMsg) tea.Cmd {
	k := m.keys
	switch m.mode {
	case picking:
		switch {
		case msg.Type == tea.KeyEsc:
			m.pick.Blur()
			m.mode = viewing
			return nil
		case msg.Type == tea.KeyEnter:
			h, ok := m.pick.Selected()
			if !ok || m.pick.Waiting() {
				return nil
			}
			if h.ID == m.person.ID {
				return func() tea.Msg { return common.StatusMsg{Text: m.c.Tr.T("people.merge_self"), Err: true} }
			}
			m.pick.Blur()
			m.mergeWith, m.keepThis, m.mode = h, true, confirmMerge
			m.ask = m.c.Ask(mergeQ).With(m.keys.SwapKeep)
			return nil
		}
		cmd, _ := m.pick.Update(msg) // a typed letter's answer may be in already
		return tea.Batch(cmd, m.skipSelf())
	case confirmMerge:
		if key.Matches(msg, k.SwapKeep) {
			m.keepThis = !m.keepThis
			return nil
		}
		switch m.ask.Answer(msg) {
		case common.No:
			m.mode, m.ask = viewing, nil
		case common.Yes:
			m.ask = nil
			keep, drop, dropName := m.person.ID, m.mergeWith.ID, m.mergeWith.Title
			keepName := m.person.FullName
			if !m.keepThis {
				keep, drop, dropName, keepName = drop, keep, keepName, dropName
			}
			tr := m.c.Tr
			return m.run(func(s *storage.Store) doneMsg {
				n, err := s.MergePeople(keep, drop)
				if err != nil {
					return doneMsg{err: err}
				}
				return doneMsg{show: keep, merge: merged{keep: keep, drop: drop, dropName: dropName},
					status: tr.T("people.merged", common.Sanitize(dropName), common.Sanitize(keepName), n)}
			})
		}
	case confirmApart:
		switch m.ask.Answer(msg) {
		case common.No:
			m.mode, m.ask = viewing, nil
		case common.Yes:
			m.ask = nil
			// The last joined record leaves the group: it is marked as not
			// this person, an edit that travels to the other offices.
			other, id, tr := m.joined[len(m.joined)-1].Person, m.person.ID, m.c.Tr
			return m.run(func(s *storage.Store) doneMsg {
				if err := s.KeepApart(other.ID, id); err != nil {
					return doneMsg{err: err}
				}
				return doneMsg{show: id, status: tr.T("people.kept_apart", common.Sanitize(other.FullName))}
			})
		}
	case confirmWithdraw:
		switch m.ask.Answer(msg) {
		case common.No:
			m.mode, m.ask = viewing, nil
		case common.Yes:
			m.ask = nil
			id, tr := m.person.ID, m.c.Tr
			initials := model.Initials(m.person.FullName)
			m.withdrawing = true
			return m.run(func(s *storage.Store) doneMsg {
				e, err := s.Withdraw(id)
				if err != nil {
					return doneMsg{err: err}
				}
				// Then everything beside the records: the files made for
				// them (certificates, applications), the store's freed
				// pages, the backups; the erasure log says what was done.
				f := appdoc.Finish(s, e, "", nil)
				if err := errors.Join(f.FileErr, f.WipeErr, f.LogErr); err != nil {
					return doneMsg{err: err}
				}
				for _, b := range f.Backups {
					if b.Err != nil {
						return doneMsg{err: fmt.Errorf("%s: %w", filepath.Base(b.File), b.Err)}
					}
				}
				return doneMsg{show: id, status: tr.T("people.withdrawn", initials) + " " +
					tr.T("people.withdrawn_counts", f.Entry.Records, f.Entry.Revisions, f.Entry.Files, f.Entry.Backups)}
			})
		}
	}
	return nil
}

// skipSelf moves the picker's cursor off the card's own person when the
// answer puts them first: it is the other record that is being looked for.
func (m *Model) skipSelf() tea.Cmd {
	if m.mode != picking || m.person == nil || m.pick.Waiting() {
		return nil
	}
	if h, ok := m.pick.Selected(); ok && h.ID == m.person.ID && len(m.pick.Result().Hits) > 1 {
		cmd, _ := m.pick.Update(tea.KeyMsg{Type: tea.KeyDown})
		return cmd
	}
	return nil
}

// run does fn off the event loop while the card waits.
func (m *Model) run(fn func(*storage.Store) doneMsg) tea.Cmd {
	if m.c.Nobody() { // who is working? asked first, then this runs
		m.mode, m.ask = viewing, nil
		return m.c.WhoFirst(func() tea.Cmd { return m.run(fn) }, nil)
	}
	m.mode = working
	store := m.c.Store
	return common.Do(func() tea.Msg { return fn(store) })
}

func (m *Model) takeDone(msg doneMsg) tea.Cmd {
	if m.mode != working {
		return nil
	}
	m.mode, m.withdrawing = viewing, false
	if msg.err != nil {
		text := m.c.ErrorText(msg.err)
		if errors.Is(msg.err, storage.ErrExists) {
			text = m.c.Tr.T("people.undo_taken") // the phone or IIN is someone else's now
		}
		return func() tea.Msg { return common.StatusMsg{Text: text, Err: true} }
	}
	if msg.merge.keep != "" {
		m.lastMerge = msg.merge
	}
	if msg.undone != "" && msg.undone == m.lastMerge.drop {
		m.lastMerge = merged{}
	}
	text := msg.status
	return tea.Batch(
		m.openCard(msg.show),
		func() tea.Msg { return common.DataChangedMsg{} },
		func() tea.Msg { return common.StatusMsg{Text: text} },
	)
}

// mergeView draws the picker, a question, or the wait for an answer.
func (m *Model) mergeView() string {
	tr, st := m.c.Tr, m.c.Styles
	w := max(10, m.w)
	wrap := func(s string) string { return lipgloss.NewStyle().Width(w).Render(s) }
	var b strings.Builder
	switch m.mode {
	case picking:
		b.WriteString(st.Title.Render(wrap(tr.T("people.merge_pick", common.Sanitize(m.person.FullName)))) + "\n")
		b.WriteString(m.pick.View())
	case confirmMerge:
		this := about(common.Sanitize(m.person.FullName), m.person.Phone, m.person.Organization)
		other := about(common.Sanitize(m.mergeWith.Title), m.mergeWith.Phone, m.mergeWith.Sub)
		keep, drop := this, other
		if !m.keepThis {
			keep, drop = other, this
		}
		// Who is kept and who goes are wrapped, their phones whole: cut at
		// the screen's edge, two records told apart by phone showed
		// "+7 700 631 …" both. The explanation follows when it fits whole.
		b.WriteString(m.ask.TitleView(w) + "\n")
		b.WriteString(wrap(st.Label.Render(tr.T("people.merge_keep"))+" "+st.Value.Render(common.KeepNumbersWhole(keep))) + "\n")
		b.WriteString(wrap(st.Label.Render(tr.T("people.merge_drop"))+" "+common.KeepNumbersWhole(drop)) + "\n")
		b.WriteString(m.ask.KeysView(w))
		explain := st.Muted.Render(wrap(tr.T("people.merge_explain")))
		if strings.Count(b.String(), "\n")+1+lipgloss.Height(explain) <= m.h {
			b.WriteString("\n" + explain)
		}
	case confirmApart:
		b.WriteString(m.ask.View(w))
	case confirmWithdraw, confirmReplace:
		b.WriteString(m.ask.View(w))
	case working:
		if m.withdrawing {
			b.WriteString(st.Muted.Render(wrap(tr.T("people.withdrawing"))))
			break
		}
		b.WriteString(st.Muted.Render(tr.T("people.saving")))
	}
	return common.Fit(b.String(), m.w, m.h)
}

// about is a person in one line: name, phone, organisation.
func about(name, phone, org string) string {
	parts := []string{name}
	if phone != "" {
		parts = append(parts, model.FormatPhone(phone))
	}
	if org != "" {
		parts = append(parts, common.Sanitize(org))
	}
	return strings.Join(parts, " · ")
}

// eventText is one line of a person's timeline.
func (m *Model) eventText(r model.Record) string {
	tr, lang := m.c.Tr, m.c.Lang()
	day := personform.ShowDate(model.DateOf(storage.EventTime(r).Local()))
	var parts []string
	switch r := r.(type) {
	case *model.Visit:
		parts = []string{localTime(r.ArrivedAt), tr.T("people.ev_visit"), r.Purpose.Label(lang), r.State.Label(lang)}
		if r.Consultant != "" {
			parts = append(parts, common.Sanitize(r.Consultant))
		}
	case *model.Idea:
		role := tr.T("people.ev_team")
		if r.ApplicantID == m.person.ID {
			role = tr.T("people.ev_applicant")
		}
		parts = []string{day, tr.T("people.ev_idea") + " (" + role + ")", common.Sanitize(r.Title), r.Status.Label(lang)}
	case *model.Consultation:
		var svc []string
		for _, s := range r.Services {
			svc = append(svc, s.Label(lang))
		}
		parts = []string{personform.ShowDate(r.Date), tr.T("people.ev_consultation"), strings.Join(svc, ", ")}
		if r.DurationMin > 0 {
			parts = append(parts, common.KeepTogether(tr.T("people.ev_minutes", r.DurationMin)))
		}
		if r.Consultant != "" {
			parts = append(parts, common.Sanitize(r.Consultant))
		}
	case *model.Hours:
		parts = []string{personform.ShowDate(r.Date), tr.T("people.ev_hours"),
			common.KeepTogether(tr.T("people.ev_hours_n", tr.Num(r.Hours))), r.Status.Label(lang)}
		if r.Activity != "" {
			parts = append(parts, common.Sanitize(r.Activity))
		}
	default:
		parts = []string{day, fmt.Sprint(r.Env().Kind)}
	}
	return strings.Join(parts, " · ")
}
