package reports

import (
	"frontoffice/model/report"
	"frontoffice/storage"
	"frontoffice/ui/common"
	"frontoffice/ui/i18n"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
)

// OfficeLabel is how an office is named to a person: its name, else
// "unnamed office …" and the end of its id (records naming no office say
// so); the store's own office says it is this one.
func OfficeLabel(tr *i18n.Translator, id, name string, here bool) string {
	label := name
	switch {
	case label != "":
	case id == "":
		label = tr.T("report.no_office")
	default:
		label = tr.T("report.unnamed_office", id[max(0, len(id)-8):])
	}
	if here {
		label += " · " + tr.T("report.this_office")
	}
	return label
}

// officeLabels are the labels of the offices with ids, names and here (one
// each, in order): OfficeLabel, and where two offices would read the same,
// the end of each one's id after it.
func officeLabels(tr *i18n.Translator, ids, names []string, here []bool) []string {
	out := make([]string, len(ids))
	seen := map[string]int{}
	for i := range ids {
		out[i] = OfficeLabel(tr, ids[i], names[i], false)
		seen[out[i]]++
	}
	for i := range ids {
		if seen[out[i]] > 1 && names[i] != "" {
			out[i] += " …" + ids[i][max(0, len(ids[i])-8):]
		}
		if here[i] {
			out[i] += " · " + tr.T("report.this_office")
		}
	}
	return out
}

// rowLabels are the labels of a report's breakdown rows (officeLabels).
func rowLabels(tr *i18n.Translator, rows []report.OfficeRow) []string {
	ids, names, here := make([]string, len(rows)), make([]string, len(rows)), make([]bool, len(rows))
	for i, o := range rows {
		ids[i], names[i], here[i] = o.Office, o.Name, o.Here
	}
	return officeLabels(tr, ids, names, here)
}

// officesMsg is the offices a report can be narrowed to, read off the
// event loop when the report is counted.
type officesMsg struct {
	offices []report.Office
	err     error
}

func loadOfficesCmd(store *storage.Store) tea.Cmd {
	return common.Do(func() tea.Msg {
		o, err := store.ReportOffices()
		return officesMsg{offices: o, err: err}
	})
}

// officeChoice is true when the filter form offers the office: when the
// store knows another office than its own, or an office is chosen already.
func (m *Model) officeChoice() bool { return len(m.offices) > 1 || m.filter.Office != "" }

// officeOptions are "all offices", then every known office (this one first,
// marked), then the office chosen if it is not among them.
func (m *Model) officeOptions() []huh.Option[string] {
	tr := m.c.Tr
	out := []huh.Option[string]{huh.NewOption(tr.T("report.all_offices"), "")}
	known := false
	ids, names, here := make([]string, len(m.offices)), make([]string, len(m.offices)), make([]bool, len(m.offices))
	for i, o := range m.offices {
		ids[i], names[i], here[i] = o.ID, o.Name, o.Here
		known = known || o.ID == m.vals.Office
	}
	for i, label := range officeLabels(tr, ids, names, here) {
		out = append(out, huh.NewOption(label, ids[i]))
	}
	if !known && m.vals.Office != "" {
		out = append(out, huh.NewOption(OfficeLabel(tr, m.vals.Office, m.filter.OfficeName, false), m.vals.Office))
	}
	return out
}

// officeName is the name of the office with id as the store knows it.
func (m *Model) officeName(id string) string {
	for _, o := range m.offices {
		if o.ID == id {
			return o.Name
		}
	}
	if id == m.filter.Office {
		return m.filter.OfficeName
	}
	return ""
}

// officeLines draws the per-office breakdown: for each office, its people,
// ideas, consultations, volunteers and verified hours (figures without bars,
// as the totals), this office first.
func officeLines(r report.Report, tr *i18n.Translator, st *common.Styles, plain bool, width int, section func([]string)) {
	n := func(v float64) string { return Number(v, tr.Lang()) }
	labels := rowLabels(tr, r.ByOffice)
	for i, o := range r.ByOffice {
		bars := []bar{
			{label: tr.T("report.people"), text: n(float64(o.People))},
			{label: tr.T("report.ideas"), text: n(float64(o.Ideas))},
			{label: tr.T("report.consultations"), text: n(float64(o.Consultations))},
			{label: tr.T("report.volunteers"), text: n(float64(o.Volunteers))},
			{label: tr.T("report.verified_hours"), text: n(o.VerifiedHours)},
		}
		section(chart(st, plain, tr.T("report.by_office", labels[i]), bars, width, tr.T("report.none")))
	}
}
