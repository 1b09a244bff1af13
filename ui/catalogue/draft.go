package catalogue

import (
	"context"
	"strings"
	"sync/atomic"
	"time"

	"frontoffice/model"
	"frontoffice/model/search"
	"frontoffice/ui/common"
	"frontoffice/ui/i18n"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
)

// Who the draft is for: a registered person found by the search, the typed
// name without registering anyone, or nobody yet.
const (
	pickNone = ""
	pickName = "name" // keep the typed text as the applicant's name
)

type pickValues struct {
	query string
	pick  string
}

// picker computes the applicant list in huh's options command from a
// snapshot taken in Update (the form's live values belong to the event loop).
type picker struct {
	c     *common.Common
	state atomic.Pointer[pickSnap]
}

type pickSnap struct {
	query string
	tr    *i18n.Translator
}

func newPicker(c *common.Common) *picker {
	p := &picker{c: c}
	p.state.Store(&pickSnap{tr: c.Tr})
	return p
}

func (p *picker) snapshot(v *pickValues) { p.state.Store(&pickSnap{query: v.query, tr: p.c.Tr}) }

func (p *picker) relabel() {
	s := *p.state.Load()
	s.tr = p.c.Tr
	p.state.Store(&s)
}

// maxPeople is how many matching people the list offers.
const maxPeople = 6

// options runs in a command: it may search.
func (p *picker) options() []huh.Option[string] {
	s := p.state.Load()
	tr := s.tr
	q := strings.TrimSpace(s.query)
	var opts []huh.Option[string]
	if q != "" {
		for _, h := range p.find(q) {
			label := oneLine(h.Title)
			if h.Phone != "" {
				label += " · " + h.Phone
			}
			opts = append(opts, huh.NewOption(label, h.ID))
		}
		opts = append(opts, huh.NewOption(tr.T("catalogue.applicant.name", oneLine(q)), pickName))
		// After typing, the cursor goes to the best match.
		opts[0] = opts[0].Selected(true)
	}
	return append(opts, huh.NewOption(tr.T("catalogue.applicant.none"), pickNone))
}

func (p *picker) find(q string) []search.Hit {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	res, err := p.c.Store.SearchOnce(ctx, search.Query{Text: q, Filter: search.Filter{Kind: model.KindPerson}, Limit: maxPeople})
	if err != nil {
		return nil
	}
	return res.Hits
}

func (m *Model) startApplicant() tea.Cmd {
	if m.entry == nil {
		return nil
	}
	m.mode, m.pick, m.err = modeApplicant, pickValues{}, ""
	m.picker.snapshot(&m.pick)
	return m.openForm(m.newApplicantForm())
}

func (m *Model) newApplicantForm() *huh.Form {
	tr := m.c.Tr
	v := &m.pick
	return huh.NewForm(huh.NewGroup(
		huh.NewInput().Title(tr.T("catalogue.applicant.search")).Description(tr.T("catalogue.applicant.search_hint")).
			Value(&v.query).CharLimit(200),
		huh.NewSelect[string]().Title(tr.T("catalogue.applicant.pick")).
			OptionsFunc(m.picker.options, &v.query).Value(&v.pick).Height(max(3, min(8, m.h-6))),
	))
}

type createdMsg struct {
	idea *model.Idea
	err  error
}

// createDraft saves the draft idea made from the entry for the visitor.
func (m *Model) createDraft() tea.Cmd {
	if m.c.Nobody() { // who is working? asked first; esc goes back to the form
		return m.c.WhoFirst(m.createDraft, func() tea.Cmd { m.saving = false; return m.rebuildForm() })
	}
	e, lang, now := m.entry, m.c.Lang(), m.c.Now()
	money, region := m.query.MoneyKZT, m.query.Region
	if region == "" {
		region = m.officeReg
	}
	pick, typed := m.pick.pick, strings.TrimSpace(m.pick.query)
	store := m.c.Store
	return common.Do(func() tea.Msg {
		idea := e.ToIdea(lang, now, money)
		idea.Kind = model.KindIdea
		if idea.Region == "" || (region != "" && !onlyRegion(e, idea.Region)) {
			idea.Region = region
		}
		switch {
		case pick == pickName:
			idea.ApplicantName = typed
		case model.ValidID(pick):
			idea.ApplicantID = pick
			if p, err := store.Get(model.KindPerson, pick); err == nil {
				if p, ok := p.(*model.Person); ok {
					idea.Organization = p.Organization
				}
			}
		}
		if err := store.Create(idea); err != nil {
			return createdMsg{err: err}
		}
		return createdMsg{idea: idea}
	})
}

// onlyRegion reports whether r is the one region the entry is made for.
func onlyRegion(e *model.CatalogueEntry, r model.Region) bool {
	return len(e.Regions) == 1 && e.Regions[0] == r
}

func (m *Model) takeCreated(msg createdMsg) tea.Cmd {
	m.saving = false
	if msg.err != nil {
		m.err = m.c.ErrorText(msg.err)
		if fe, ok := model.AsFieldErrors(msg.err); ok && fe.For("region") != model.ReasonNone {
			m.err = m.c.Tr.T("catalogue.need_region")
		}
		m.form, m.mode = nil, modeEntry
		return common.Status(m.c.Tr.T("catalogue.not_saved"), true)
	}
	m.form = nil
	m.mode = modeList
	m.done = true // the draft opens on the Ideas screen
	id := msg.idea.ID
	return tea.Batch(
		func() tea.Msg { return common.DataChangedMsg{} },
		common.Status(m.c.Tr.T("catalogue.draft_made"), false),
		func() tea.Msg { return common.OpenMsg{Kind: model.KindIdea, ID: id} },
	)
}
