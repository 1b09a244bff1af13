package sync

import (
	"fmt"
	"strings"

	"frontoffice/model"
	"frontoffice/storage"
	"frontoffice/ui/common"

	"github.com/charmbracelet/lipgloss"
)

// View draws the section bar and the active section.
func (m *Model) View() string {
	if m.w == 0 {
		return ""
	}
	tr, st := m.c.Tr, m.c.Styles
	names := []string{tr.T("sync.tab_export"), tr.T("sync.tab_import"), tr.T("sync.tab_conflicts", len(m.conflicts))}
	for i, n := range names {
		if i == m.sec {
			names[i] = st.ActiveTab.Render(n)
		} else {
			names[i] = st.Tab.Render(n)
		}
	}
	lines := []string{strings.Join(names, " │ "), ""}
	switch m.sec {
	case secExport:
		lines = append(lines, m.exportView()...)
	case secImport:
		lines = append(lines, m.importView()...)
	default:
		lines = append(lines, m.conflictsView()...)
	}
	if m.running {
		lines = append(lines, "", m.progressLine())
	}
	for _, r := range m.result {
		style := st.Value
		if m.failed {
			style = st.Error
		}
		lines = append(lines, "", style.Render(common.Sanitize(r))) // file names may hold escapes
	}
	body := lipgloss.NewStyle().Width(m.w).Render(strings.Join(lines, "\n"))
	return common.Fit(body, m.w, m.h)
}

func (m *Model) field(label string, in *inputView) []string {
	st := m.c.Styles
	return []string{st.Label.Render(label), "  " + in.render(m)}
}

// inputView shows a text field: its editor while edited, else its value.
type inputView struct {
	edit   bool
	view   string
	value  string
	masked bool
}

func (in *inputView) render(m *Model) string {
	switch {
	case in.edit:
		return in.view
	case in.masked && in.value != "":
		return strings.Repeat("•", 6)
	case in.value == "":
		return m.c.Styles.Muted.Render("—")
	}
	return in.value
}

func (m *Model) exportView() []string {
	tr, st := m.c.Tr, m.c.Styles
	var out []string
	out = append(out, m.field(tr.T("sync.export_path"), &inputView{edit: m.editing == &m.path, view: m.path.View(), value: m.path.Value()})...)
	out = append(out, m.field(tr.T("sync.passphrase"), &inputView{edit: m.editing == &m.pass, view: m.pass.View(), value: m.pass.Value(), masked: true})...)
	box := "[ ]"
	if m.full {
		box = "[x]"
	}
	out = append(out, box+" "+tr.T("sync.full"))
	last := tr.T("sync.never")
	if !m.lastExport.IsZero() {
		last = m.lastExport.In(m.c.Now().Location()).Format("2006-01-02 15:04")
	}
	out = append(out, st.Muted.Render(tr.T("sync.last_export", last)), st.Muted.Render(tr.T("sync.help")))
	return out
}

func (m *Model) importView() []string {
	tr, st := m.c.Tr, m.c.Styles
	out := m.field(tr.T("sync.import_path"), &inputView{edit: m.editing == &m.inPath, view: m.inPath.View(), value: m.inPath.Value()})
	if m.editing == &m.pass {
		out = append(out, m.field(tr.T("sync.passphrase"), &inputView{edit: true, view: m.pass.View()})...)
	}
	if m.pending != "" {
		out = append(out, st.Error.Render(tr.T("sync.pending", m.pending)))
	}
	return append(out, st.Muted.Render(tr.T("sync.help")))
}

func (m *Model) progressLine() string {
	if m.sec == secExport {
		return m.c.Tr.T("sync.exporting", m.progress[0], m.progress[1])
	}
	return m.c.Tr.T("sync.importing", m.progress[0])
}

func (m *Model) conflictsView() []string {
	tr, st := m.c.Tr, m.c.Styles
	if len(m.conflicts) == 0 {
		return []string{st.Muted.Render(tr.T("sync.no_conflicts"))}
	}
	if m.inFields {
		return m.fieldsView()
	}
	out := []string{st.Muted.Render(tr.T("sync.conflict_help")), ""}
	first := max(0, min(m.cur-(m.h-6)/2, len(m.conflicts)-(m.h-6)))
	for i := first; i < len(m.conflicts) && len(out) < m.h-2; i++ {
		c := m.conflicts[i]
		row := fmt.Sprintf("%s · %s — %s / %s", tr.T("sync.kind."+string(c.Kind)), m.name(c.Current), m.side(c.Current), m.side(c.Other))
		row = common.Fit(row, m.w-2, 1)
		if i == m.cur {
			out = append(out, st.Selected.Render("> "+row))
		} else {
			out = append(out, "  "+row)
		}
	}
	return out
}

// side names who made a revision and when, deleted ones marked.
func (m *Model) side(r model.Record) string {
	env := r.Env()
	origin := env.Origin
	if len(origin) > 8 {
		origin = origin[len(origin)-8:]
	}
	s := env.UpdatedAt.In(m.c.Now().Location()).Format("01-02 15:04") + " " + origin
	if env.UpdatedBy != "" {
		s += " " + env.UpdatedBy
	}
	if env.Deleted {
		s += " " + m.c.Tr.T("sync.deleted")
	}
	return s
}

// name is how a person reads which record it is.
func (m *Model) name(r model.Record) string {
	switch v := r.(type) {
	case *model.Person:
		return v.FullName
	case *model.Idea:
		return v.Title
	}
	return r.Env().ID[max(0, len(r.Env().ID)-8):]
}

func (m *Model) fieldsView() []string {
	tr, st := m.c.Tr, m.c.Styles
	c := m.conflicts[m.cur]
	out := []string{
		st.Title.Render(tr.T("sync.kind."+string(c.Kind)) + " · " + m.name(c.Current)),
		st.Muted.Render(tr.T("sync.current", m.side(c.Current))),
		st.Muted.Render(tr.T("sync.other", m.side(c.Other))),
		"",
	}
	half := max(8, (m.w-4)/2)
	for i, f := range m.fields {
		mark := tr.T("sync.take_current")
		if m.takeOther[i] {
			mark = tr.T("sync.take_other")
		}
		head := fmt.Sprintf("%s: %s", f, mark)
		if i == m.fcur {
			head = st.Selected.Render("> " + head)
		} else {
			head = "  " + head
		}
		out = append(out, head,
			"    "+common.Fit(storage.FieldJSON(c.Current, f), half, 1)+" │ "+common.Fit(storage.FieldJSON(c.Other, f), half, 1))
	}
	return out
}
