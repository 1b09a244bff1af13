package desk

import (
	"slices"
	"strings"

	"frontoffice/model"
	"frontoffice/ui/common"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/x/ansi"
)

// An anonymous visit is for a visitor who does not consent to their data
// being kept: served and counted all the same, with only the purpose, the
// service given, the outcome and an age band (model/anonymous.go). In the
// queue it shows as "Anonymous, 18–24"; enter on it opens the registration
// form, whose save makes the visit the newly registered person's (a visitor
// who consents later claims it).

// anonValues are what the anonymous visit's form asks.
type anonValues struct {
	purpose model.Purpose
	service model.Service // "" when none of the six
	outcome model.Outcome
	band    model.AgeBand
}

// anonSavedMsg is the answer of saving an anonymous visit.
type anonSavedMsg struct {
	visit *model.Visit
	err   error
}

// startAnonymous opens the anonymous visit's form.
func (m *Model) startAnonymous() tea.Cmd {
	if m.nobody() {
		return m.asWho(m.startAnonymous)
	}
	m.lateEnters = 0
	m.list.Blur()
	m.anon = anonValues{purpose: m.lastPurpose, outcome: "consulted", band: "18_24"}
	if s := model.Service(m.lastPurpose); s.Valid() {
		m.anon.service = s
	}
	m.mode, m.err = anonymous, nil
	m.form = m.newAnonForm()
	m.sizeForm()
	return m.form.Init()
}

func (m *Model) newAnonForm() *huh.Form {
	tr, lang := m.c.Tr, m.c.Lang()
	m.fitted = nil // each option on one line (fitted.go)
	purpose, service := huh.NewSelect[model.Purpose](), huh.NewSelect[model.Service]()
	outcome, band := huh.NewSelect[model.Outcome](), huh.NewSelect[model.AgeBand]()
	purposes := cut(m, purpose, model.Purposes(), func(p model.Purpose) string { return p.Label(lang) })
	services := cut(m, service, append([]model.Service{""}, model.Services()...), func(s model.Service) string {
		if s == "" {
			return tr.T("desk.anon_no_service")
		}
		return s.Label(lang)
	})
	outcomes := cut(m, outcome, model.Outcomes(), func(o model.Outcome) string { return o.Label(lang) })
	bands := cut(m, band, model.AgeBands(), func(b model.AgeBand) string { return b.Label(lang) })
	// The age bands are four, the proposed one (18–24) the second: in three
	// lines "under 18" was out of view above it, with nothing to say so.
	// All four show when there is room.
	bandH := 0
	if m.h < 24 {
		bandH = 4
	}
	g := huh.NewGroup(
		common.Windowed(tr, purpose, tr.T("field.purpose"), purposes, &m.anon.purpose, 4),
		common.Windowed(tr, service, tr.T("field.service"), services, &m.anon.service, 4),
		common.Windowed(tr, outcome, tr.T("field.outcome"), outcomes, &m.anon.outcome, 4),
		common.Windowed(tr, band, tr.T("field.age_band"), bands, &m.anon.band, bandH),
	).Title(tr.T("desk.anon_title"))
	if m.h >= 20 {
		g = g.Description(tr.T("desk.anon_hint"))
	}
	f := huh.NewForm(g).WithShowHelp(false).WithShowErrors(false)
	return m.c.FinishForm(f, common.NoSelectFilter)
}

// anonKey handles a key of the anonymous visit's form: esc leaves it (only
// choices were made, nothing typed is lost), the rest goes to the form.
func (m *Model) anonKey(msg tea.KeyMsg) tea.Cmd {
	if key.Matches(msg, m.keys.Cancel) {
		m.form, m.mode = nil, idle
		return m.list.Focus()
	}
	return m.updateAnon(msg)
}

// updateAnon passes msg to the anonymous visit's form and saves the visit
// once the form is complete.
func (m *Model) updateAnon(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	m.form, cmd = common.UpdateForm(m.form, msg)
	if m.form.State != huh.StateCompleted {
		return cmd
	}
	v := &model.Visit{Purpose: m.anon.purpose, Service: m.anon.service, Outcome: m.anon.outcome, AgeBand: m.anon.band}
	v.Kind = model.KindVisit
	m.form, m.mode = nil, starting
	m.lastPurpose = v.Purpose
	store, now := m.c.Store, m.c.Now()
	return common.Do(func() tea.Msg {
		err := store.AnonymousVisit(v, now)
		return anonSavedMsg{visit: v, err: err}
	})
}

func (m *Model) takeAnonSaved(msg anonSavedMsg) tea.Cmd {
	if m.mode != starting {
		return nil
	}
	m.mode = idle
	if msg.err != nil {
		return tea.Batch(m.status(m.c.ErrorText(msg.err), true), m.list.Focus())
	}
	m.q.rows = ordered(append(m.q.rows, msg.visit))
	m.q.fresh = false
	text := m.c.Tr.T("desk.anon_saved", msg.visit.AgeBand.Label(m.c.Lang()), msg.visit.Outcome.Label(m.c.Lang()))
	return tea.Batch(m.status(text, false), m.clearField(), func() tea.Msg { return common.DataChangedMsg{} })
}

// anonView draws the anonymous visit's form, or that it is being saved.
func (m *Model) anonView() string {
	if m.form == nil {
		return common.Fit(m.c.Styles.Muted.Render(m.c.Tr.T("people.saving")), m.w, m.h)
	}
	var lines []string
	if m.err != nil {
		lines = append(lines, m.c.Styles.Error.Render(ansi.Wrap(m.c.ErrorText(m.err), max(10, m.w), "")))
	}
	lines = append(lines, m.form.View())
	return common.Fit(strings.Join(lines, "\n"), m.w, m.h)
}

// anonName is how an anonymous visit shows in the queue.
func (m *Model) anonName(v *model.Visit) string {
	if v.AgeBand == "" {
		return m.c.Tr.T("desk.anon_name_plain")
	}
	return m.c.Tr.T("desk.anon_name", v.AgeBand.Label(m.c.Lang()))
}

// startClaim opens the registration form for the visitor of the anonymous
// visit v: saving it registers them and makes v theirs.
func (m *Model) startClaim(v *model.Visit) tea.Cmd {
	cmd := m.startForm("")
	m.claim = v.ID
	m.edit.purpose, m.orig.purpose = v.Purpose, v.Purpose
	return cmd
}

// claimedRow puts the claimed visit v, now naming the person, in place of the
// anonymous one.
func (m *Model) claimedRow(v *model.Visit) {
	i := slices.IndexFunc(m.q.rows, func(r *model.Visit) bool { return r.ID == v.ID })
	if i >= 0 {
		m.q.rows[i] = v
	}
}
