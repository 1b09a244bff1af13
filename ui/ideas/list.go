package ideas

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"frontoffice/model"
	"frontoffice/model/search"
	"frontoffice/ui/common"
	"frontoffice/ui/searchlist"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
)

// columns are the result table's columns in the current language. Narrow
// columns give way first on small screens; title and status always show.
func (m *Model) columns() []searchlist.Column {
	tr, lang := m.c.Tr, m.c.Lang()
	return []searchlist.Column{
		{Title: tr.Field("title"), Cell: func(h search.Hit) string { return h.Title }},
		{Title: tr.Field("direction"), Width: 11, MinScreen: 60,
			Cell: func(h search.Hit) string { return shortLabel(h.Direction.Label(lang)) }},
		{Title: tr.Field("region"), Width: 11, MinScreen: 80,
			Cell: func(h search.Hit) string { return h.Region.Label(lang) }},
		{Title: tr.Field("status"), Width: 10, First: true,
			Cell: func(h search.Hit) string { return h.Status.Label(lang) }},
		{Title: tr.T("ideas.col.applicant"), Width: 16, MinScreen: 96,
			Cell: func(h search.Hit) string { return h.Sub }},
		{Title: tr.T("ideas.col.updated"), Width: 10, MinScreen: 110,
			Cell: func(h search.Hit) string { return updatedDate(h.Updated) }},
		{Title: tr.T("ideas.col.ready"), Width: 6, MinScreen: 88,
			Cell: func(h search.Hit) string { return m.readyCell(h.ID, h.Updated) }},
	}
}

// shortLabel drops the explanation in brackets: "Taza Álem (environment)" →
// "Taza Álem", for narrow columns.
func shortLabel(s string) string {
	if i := strings.Index(s, " ("); i > 0 {
		return s[:i]
	}
	return s
}

func updatedDate(ms int64) string {
	if ms == 0 {
		return ""
	}
	return time.UnixMilli(ms).Local().Format(model.DateLayout)
}

func (m *Model) listKey(msg tea.KeyMsg) tea.Cmd {
	if m.list.Focused() && key.Matches(msg, m.keys.Open) {
		m.list.Blur() // enter in the search box opens the hit under the cursor
		return m.openSelected()
	}
	if cmd, used := m.list.Update(msg); used {
		return cmd
	}
	if m.list.Focused() {
		if msg.Type == tea.KeyTab || msg.Type == tea.KeyShiftTab {
			m.list.Blur() // tab leaves the box for the table
		}
		return nil
	}
	k := m.keys
	switch {
	case key.Matches(msg, k.Open):
		return m.openSelected()
	case key.Matches(msg, k.New):
		return m.startNew()
	case key.Matches(msg, k.Catalogue):
		return m.openMatcher()
	case key.Matches(msg, k.Filter):
		return m.startFilter()
	case key.Matches(msg, k.ClearFilter):
		m.filterValues = filterValues{}
		return m.list.SetFilter(listFilter(m.filterValues))
	case key.Matches(msg, k.Sort):
		next := (m.list.Sort() + 1) % 3
		return m.list.SetSort(next)
	}
	return nil
}

func (m *Model) openSelected() tea.Cmd {
	h, ok := m.list.Selected()
	if !ok {
		return nil
	}
	m.cardFromList = true
	return m.openCard(h.ID)
}

// filterValues are what the filter form edits.
type filterValues struct {
	direction model.Direction
	region    model.Region
	status    model.IdeaStatus
	sdg       model.SDG
}

// hides tells whether a filter set in the form leaves i out of the list,
// so that clearing it (x) shows it. An archived idea is left out whenever
// the status asked for is not Archived, filter or none: x would not show
// it, so the filter is not said to hide it.
func (v filterValues) hides(i *model.Idea) bool {
	if v == (filterValues{}) || v.status == "" && i.Status == model.StatusArchived {
		return false
	}
	return v.direction != "" && i.Direction != v.direction ||
		v.region != "" && i.Region != v.region ||
		v.status != "" && i.Status != v.status ||
		v.sdg != 0 && !slices.Contains(i.SDGs, v.sdg)
}

func (m *Model) startFilter() tea.Cmd {
	f := m.list.Filter()
	m.filterValues = filterValues{direction: f.Direction, region: f.Region, status: f.Status, sdg: f.SDG}
	m.mode = modeFiltering
	m.filterForm = m.newFilterForm()
	return m.filterForm.Init()
}

func (m *Model) newFilterForm() *huh.Form {
	tr, lang := m.c.Tr, m.c.Lang()
	anyLabel := tr.T("ideas.filter.any")
	dirs := []huh.Option[model.Direction]{huh.NewOption(anyLabel, model.Direction(""))}
	for _, d := range model.Directions() {
		dirs = append(dirs, huh.NewOption(d.Label(lang), d))
	}
	regs := []huh.Option[model.Region]{huh.NewOption(anyLabel, model.Region(""))}
	for _, r := range model.Regions() {
		regs = append(regs, huh.NewOption(r.Label(lang), r))
	}
	sts := []huh.Option[model.IdeaStatus]{huh.NewOption(anyLabel, model.IdeaStatus(""))}
	for _, s := range model.IdeaStatuses() {
		sts = append(sts, huh.NewOption(s.Label(lang), s))
	}
	sdgs := []huh.Option[model.SDG]{huh.NewOption(anyLabel, model.SDG(0))}
	for _, g := range model.SDGs() {
		sdgs = append(sdgs, huh.NewOption(sdgLabel(g, lang), g))
	}
	f := huh.NewForm(huh.NewGroup(
		huh.NewSelect[model.Direction]().Title(tr.Field("direction")).Options(dirs...).Value(&m.filterValues.direction).Height(5),
		huh.NewSelect[model.Region]().Title(tr.Field("region")).Options(regs...).Value(&m.filterValues.region).Height(5),
		huh.NewSelect[model.IdeaStatus]().Title(tr.Field("status")).Options(sts...).Value(&m.filterValues.status).Height(5),
		huh.NewSelect[model.SDG]().Title(tr.Field("sdgs")).Options(sdgs...).Value(&m.filterValues.sdg).Height(5),
	))
	return m.styleForm(f).WithWidth(max(20, m.w)).WithHeight(max(3, m.h-1))
}

func (m *Model) updateFilterForm(msg tea.Msg) tea.Cmd {
	if m.filterForm == nil {
		return nil
	}
	var cmd tea.Cmd
	m.filterForm, cmd = common.UpdateForm(m.filterForm, msg)
	if m.filterForm.State == huh.StateCompleted {
		v := m.filterValues
		m.mode, m.filterForm = modeList, nil
		return m.list.SetFilter(listFilter(v))
	}
	return cmd
}

// listFilter is the search filter for what the filter form holds. Archived
// ideas are hidden unless the status asked for is Archived.
func listFilter(v filterValues) search.Filter {
	f := search.Filter{Direction: v.direction, Region: v.region, Status: v.status, SDG: v.sdg}
	if v.status == "" {
		f.HideStatus = model.StatusArchived
	}
	return f
}

// styleForm applies what every form of the screen shares: no colours on a
// plain terminal, no help line (the root draws one), and no quit key inside
// the form (esc and ctrl+c are handled above it).
func (m *Model) styleForm(f *huh.Form) *huh.Form {
	f = f.WithShowHelp(false)
	return m.c.FinishForm(f)
}

func sdgLabel(g model.SDG, lang model.Lang) string {
	return fmt.Sprintf("%d %s", int(g), g.Label(lang))
}

// sortName is the current order in words.
func (m *Model) sortName() string {
	switch m.list.Sort() {
	case search.ByUpdated:
		return m.c.Tr.T("ideas.sort.updated")
	case search.ByTitle:
		return m.c.Tr.T("ideas.sort.title")
	}
	if strings.TrimSpace(m.list.Text()) == "" {
		// "by match" with nothing typed to match: the engine lists the
		// newest first then (search.effectiveSort), and says so.
		return m.c.Tr.T("ideas.sort.newest")
	}
	return m.c.Tr.T("ideas.sort.relevance")
}

// filterLine says how the list is sorted and filtered, in one line.
func (m *Model) filterLine() string {
	tr, lang, st := m.c.Tr, m.c.Lang(), m.c.Styles
	f := m.list.Filter()
	var active []string
	if f.Direction != "" {
		active = append(active, shortLabel(f.Direction.Label(lang)))
	}
	if f.Region != "" {
		active = append(active, f.Region.Label(lang))
	}
	if f.Status != "" {
		active = append(active, f.Status.Label(lang))
	}
	if f.SDG != 0 {
		active = append(active, tr.T("ideas.sdg_short", int(f.SDG)))
	}
	line := tr.T("ideas.sort_is", m.sortName())
	if len(active) > 0 {
		return st.Muted.Render(line+" · ") + st.Value.Render(tr.T("ideas.filter_is", strings.Join(active, ", ")))
	}
	return st.Muted.Render(line + " · " + tr.T("ideas.no_filter"))
}

func (m *Model) listView() string {
	return common.Fit(m.filterLine()+"\n"+m.list.View(), m.w, m.h)
}

func (m *Model) filterView() string {
	st := m.c.Styles
	head := st.Title.Render(m.c.Tr.T("ideas.filter_title"))
	return common.Fit(head+"\n"+m.filterForm.View(), m.w, m.h)
}
