package sync

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"frontoffice/model"
	"frontoffice/storage"
	"frontoffice/ui/common"
	"frontoffice/ui/i18n"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
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
	status := m.statusLines()
	var hints []string // what goes first when the screen is short
	switch m.sec {
	case secExport:
		l, n := m.exportView()
		lines, hints = appendHinted(lines, l, n)
	case secImport:
		l, n := m.importView()
		lines, hints = appendHinted(lines, l, n)
		if t := m.trusting; t != nil && t.c.Signer.State != storage.SignerUnsigned &&
			lipgloss.Height(lipgloss.NewStyle().Width(max(1, m.w)).Render(strings.Join(slices.Concat(lines, hints), "\n"))) > m.h {
			// Too short for the question with its advice: the advice said
			// short, in the blank line's place under the tabs (at 40×12
			// it gave way, the one safety instruction of the question).
			lines = append(lines[:1], append(lines[2:], m.c.Styles.Muted.Render(m.c.Tr.T("sync.trust_how_short")))...)
			hints = nil
		}
	default:
		// The list takes the room the outcome leaves (a list too long
		// for it gave way to the outcome whole, and the screen went blank).
		lines = append(lines, m.conflictsView(m.conflictsRoom(status))...)
	}
	// On a short screen the outcome of a run stays in view: the hints go
	// first, then the blank lines between the outcome's lines, then the
	// outcome's middle (its first line, the file, and last, the total, stay).
	render := func(parts ...[]string) string {
		return lipgloss.NewStyle().Width(m.w).Render(strings.Join(slices.Concat(parts...), "\n"))
	}
	spaced := func(ls []string) []string {
		var out []string
		for _, l := range ls {
			out = append(out, "", l)
		}
		return out
	}
	// short keeps the outcome's first keep lines, then "…" and its last.
	short := func(keep int) []string {
		if keep >= len(status)-1 {
			return status
		}
		return slices.Concat(status[:keep], []string{"…"}, status[len(status)-1:])
	}
	var body string
	for _, try := range [][][]string{
		{lines, hints, spaced(status)},
		{lines, spaced(status)},
		{lines, {""}, status},
		{lines, {""}, short(1)},
	} {
		if body = render(try...); lipgloss.Height(body) <= m.h {
			break
		}
	}
	// An export's outcome with the file and the everything box still in
	// view: the next enter uses them, and f changed the box unseen.
	if len(status) > 0 && lipgloss.Height(body) > m.h && m.sec == secExport {
		if try := render(lines[:1], m.exportEssentials(), []string{""}, status); lipgloss.Height(try) <= m.h {
			body = try
		}
	}
	// A run's outcome matters more than the form it came from: the tabs
	// and the outcome, which ↑/↓ (k/j) scroll when it is longer than the
	// screen (every kind's count can be read, not "…" in their place).
	if len(status) > 0 && lipgloss.Height(body) > m.h {
		body = render(lines[:1], m.outcomeWindow(status, m.h-1))
	}
	return common.Fit(body, m.w, m.h)
}

// outcomeWindow is the outcome (wrapped) in room lines: its last line (the
// total, or what is left in conflict) stays at the bottom, and the lines
// above it are shown from m.outTop, marked where more is above or below.
// A new outcome starts at its top.
func (m *Model) outcomeWindow(status []string, room int) []string {
	st, tr := m.c.Styles, m.c.Tr
	split := func(s string) []string {
		return strings.Split(lipgloss.NewStyle().Width(max(1, m.w)).Render(s), "\n")
	}
	var phys []string
	for _, s := range status[:len(status)-1] {
		phys = append(phys, split(s)...)
	}
	last := split(status[len(status)-1])
	if sig := strings.Join(status, "\n"); sig != m.outSig {
		m.outSig, m.outTop = sig, 0
	}
	rows := room - len(last) - 2 // a mark above and one below
	if rows < 1 {                // no room for the marks: from the top, as much as fits
		m.outTop = 0
		all := append(phys, last...)
		return all[:min(len(all), max(1, room))]
	}
	if len(phys) <= rows+2 {
		m.outTop = 0
		return append(phys, last...)
	}
	m.outTop = max(0, min(m.outTop, len(phys)-rows))
	above, below := m.outTop > 0, m.outTop+rows < len(phys)
	mark := func(on bool, key string) string {
		if !on {
			return ""
		}
		return st.Muted.Render(ansi.Truncate(tr.T(key), max(1, m.w), "…"))
	}
	out := []string{mark(above, "list.more_above")}
	out = append(out, phys[m.outTop:m.outTop+rows]...)
	out = append(out, mark(below, "list.more_below"))
	return append(out, last...)
}

// statusLines are the progress, the export's question about an existing
// file and what the last run did.
func (m *Model) statusLines() []string {
	st := m.c.Styles
	var status []string
	if m.running {
		status = append(status, m.progressLine())
	}
	if m.replaceAsk != "" && m.ask != nil {
		status = append(status, strings.Split(m.ask.View(max(10, m.w)), "\n")...)
	}
	for _, r := range m.result {
		style := st.Value
		if m.failed {
			style = st.Error
		}
		// file names may hold escapes; wrapped at spaces, so a path keeps
		// its hyphens whole
		// (and a number its thousands: "қайшылық 3" / "166" read as 3)
		status = append(status, style.Render(common.WrapSpaces(common.KeepNumbersWhole(common.Sanitize(r)), max(10, m.w))))
	}
	return status
}

// conflictsRoom is the lines the Conflicts section has under the tabs:
// the body less the outcome below it (wrapped) and the line between.
func (m *Model) conflictsRoom(status []string) int {
	room := m.h - 2
	if len(status) > 0 {
		room -= 1 + lipgloss.Height(lipgloss.NewStyle().Width(max(1, m.w)).Render(strings.Join(status, "\n")))
	}
	return max(1, room)
}

// listRows is how many conflicts the list shows at once: a page.
func (m *Model) listRows() int {
	_, rows := m.conflictsHead(m.conflictsRoom(m.statusLines()))
	return rows
}

// conflictsHead is what goes above the list of conflicts, wrapped to the
// width, and how many rows are left for it in room lines. The help goes
// when it would leave fewer than three rows; the note on alike conflicts
// (a settles them) stays while a row is left beside it.
func (m *Model) conflictsHead(room int) (head []string, rows int) {
	tr, st := m.c.Tr, m.c.Styles
	wrap := func(s string) []string {
		return strings.Split(st.Muted.Render(ansi.Wrap(s, max(10, m.w), "")), "\n")
	}
	help := wrap(tr.T("sync.conflict_help"))
	var note []string
	if n := m.alikeCount(); n > 0 {
		note = wrap(tr.T("sync.alike_note", n))
	}
	switch {
	case room-len(help)-len(note)-1 >= 3:
		head = slices.Concat(help, note, []string{""})
	case len(note) > 0 && room-len(note)-1 >= 1:
		head = append(note, "")
	}
	return head, max(1, room-len(head))
}

// appendHinted appends a section's lines to lines and returns its hints
// (the last lines, muted help) apart.
func appendHinted(lines []string, section []string, hints int) ([]string, []string) {
	cut := max(0, len(section)-hints)
	return append(lines, section[:cut]...), section[cut:]
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
	// A long path shown, not edited, keeps to one line: its end, which
	// names the file.
	if room := m.w - 2; ansi.StringWidth(in.value) > room && room > 2 {
		// A wide character (2 cells) is kept whole where the cut falls in it:
		// cut one more until the line fits.
		for cut := ansi.StringWidth(in.value) - room + 1; ; cut++ {
			if v := ansi.TruncateLeft(in.value, cut, "…"); ansi.StringWidth(v) <= room {
				return v
			}
		}
	}
	return in.value
}

// exportView is the Export section; its last hints lines are help.
func (m *Model) exportView() (lines []string, hints int) {
	tr, st := m.c.Tr, m.c.Styles
	var out []string
	out = append(out, m.field(tr.T("sync.export_path"), &inputView{edit: m.editing == &m.path, view: m.path.View(), value: m.path.Value()})...)
	out = append(out, m.field(tr.T("sync.passphrase"), &inputView{edit: m.editing == &m.pass, view: m.pass.View(), value: m.pass.Value(), masked: true})...)
	out = append(out, m.fullBox())
	last := tr.T("sync.never")
	if !m.lastExport.IsZero() {
		last = common.Stamp(m.lastExport.In(m.c.Now().Location()))
	}
	// The fingerprint stays in view on a short screen (the other office
	// compares it by phone before trusting this one's bundles), on one line
	// when a narrow one would wrap it.
	fp := tr.T("sync.own_fingerprint", m.c.Store.Fingerprint())
	if ansi.StringWidth(fp) > m.w {
		fp = tr.T("sync.own_fingerprint_short", m.c.Store.Fingerprint())
	}
	out = append(out, st.Muted.Render(tr.T("sync.last_export", last)), st.Muted.Render(fp), st.Muted.Render(tr.T("sync.help")))
	return out, 1
}

// fullBox is the export's "everything, not only changes" box.
func (m *Model) fullBox() string {
	box := "[ ]"
	if m.full {
		box = "[x]"
	}
	return box + " " + m.c.Tr.T("sync.full")
}

// exportEssentials are what the next export takes, shown with an outcome
// on a short screen: the file and the everything box.
func (m *Model) exportEssentials() []string {
	tr := m.c.Tr
	return append(m.field(tr.T("sync.export_path"), &inputView{edit: m.editing == &m.path, view: m.path.View(), value: m.path.Value()}), m.fullBox())
}

// importView is the Import section; its last hints lines are help.
func (m *Model) importView() (lines []string, hints int) {
	tr, st := m.c.Tr, m.c.Styles
	if ask := m.trusting; ask != nil {
		// The question, then how to answer it well (which gives way first
		// on a short screen).
		sg := ask.c.Signer
		name := common.OfficeLabel(tr, sg.Name, sg.OfficeID)
		question := strings.Split(m.ask.View(max(10, m.w)), "\n")
		if sg.State == storage.SignerUnsigned {
			out := append([]string{st.Title.Render(tr.T("sync.unsigned_title", name))}, question...)
			return append(out, st.Muted.Render(tr.T("sync.unsigned_how"))), 1
		}
		out := append([]string{st.Title.Render(tr.T("sync.trust_title", name)), st.Title.Render(tr.T("sync.trust_fp", sg.Fingerprint))}, question...)
		return append(out, st.Muted.Render(tr.T("sync.trust_how"))), 1
	}
	if m.pick.on && !m.running {
		return m.pickerView()
	}
	out := m.field(tr.T("sync.import_path"), &inputView{edit: m.editing == &m.inPath, view: m.inPath.View(), value: m.inPath.Value()})
	if m.editing == &m.pass {
		out = append(out, m.field(tr.T("sync.import_passphrase"), &inputView{edit: true, view: m.pass.View()})...)
	}
	if m.pending != "" {
		out = append(out, st.Error.Render(tr.T("sync.pending", m.pending)))
	}
	return append(out, st.Muted.Render(tr.T("sync.import_hint", m.c.Store.BundleDir())), st.Muted.Render(tr.T("sync.help"))), 2
}

func (m *Model) progressLine() string {
	if m.sec == secExport {
		return m.c.Tr.T("sync.exporting", m.progress[0], m.progress[1])
	}
	switch {
	case m.progress[1] > 0: // a bundle read once: merged into a copy while checked
		return m.c.Tr.T("sync.checking_merged", m.progress[0], m.progress[1])
	case m.progress[0] > 0:
		return m.c.Tr.T("sync.importing", m.progress[0])
	case m.pass.Value() != "":
		return m.c.Tr.T("sync.decrypting")
	}
	return m.c.Tr.T("sync.checking")
}

// conflictsView is the list of conflicts in room lines, or the question
// or the field-by-field view of one.
func (m *Model) conflictsView(room int) []string {
	tr, st := m.c.Tr, m.c.Styles
	if len(m.conflicts) == 0 {
		return []string{st.Muted.Render(tr.T("sync.no_conflicts"))}
	}
	if m.inFields && !m.askDrop {
		return m.fieldsView()
	}
	if m.askAlike {
		return strings.Split(m.ask.View(m.w), "\n")
	}
	if m.asking != nil || m.askDrop {
		// The question whole, its keys included: the record's name above
		// it only where there is room (at 40×12 the question ran off the
		// screen under it).
		c := m.conflicts[m.cur]
		ask := strings.Split(m.ask.View(m.w), "\n")
		title := strings.Split(st.Title.Render(common.WrapSpaces(m.kindName(c.Kind)+" · "+m.name(c.Current), max(10, m.w))), "\n")
		if len(title)+1+len(ask) > room {
			return ask
		}
		return slices.Concat(title, []string{""}, ask)
	}
	out, rows := m.conflictsHead(room)
	// The cursor's row in the middle, and a mark for the rows hidden above
	// or below (at 40×12 three rows of 3 166 showed with no sign of more).
	n := len(m.conflicts)
	first, last := common.MarkedWindow(rows, n, func(r int) (int, int) {
		f := max(0, min(m.cur-r/2, n-r))
		return f, min(n, f+r)
	})
	if first > 0 {
		out = append(out, st.Muted.Render(common.Fit(tr.T("desk.more_above", first), m.w, 1)))
	}
	for i := first; i < last; i++ {
		c := m.conflicts[i]
		row := fmt.Sprintf("%s · %s — %s / %s", m.kindName(c.Kind), m.name(c.Current), m.side(c.Current), m.side(c.Other))
		row = common.Fit(row, m.w-2, 1)
		if i == m.cur {
			out = append(out, st.Selected.Render("> "+row))
		} else {
			out = append(out, "  "+row)
		}
	}
	if last < n {
		out = append(out, st.Muted.Render(common.Fit(tr.T("desk.more_below", n-last), m.w, 1)))
	}
	return out
}

// kindName is one record's kind: «идея», not «идеи».
func (m *Model) kindName(k model.Kind) string { return m.c.Tr.T("sync.one." + string(k)) }

// fieldName is a field's label as the record's own screen shows it.
func (m *Model) fieldName(f string) string {
	if i18n.Has("field." + f) {
		return m.c.Tr.Field(f)
	}
	return f
}

// side names who made a revision and when, deleted ones marked: the office
// by its name when this store knows it, else by the end of its id.
func (m *Model) side(r model.Record) string {
	env := r.Env()
	origin := m.offices[env.Origin]
	if origin == "" {
		origin = env.Origin
		if len(origin) > 8 {
			origin = origin[len(origin)-8:]
		}
	}
	// The office first: at 40 columns both sides' lines were cut to the
	// same "13.02.2026 11:00 Demo front of…".
	s := origin + " · " + common.Stamp(env.UpdatedAt.In(m.c.Now().Location()))
	if env.UpdatedBy != "" {
		s += " · " + env.UpdatedBy
	}
	if env.Deleted {
		s += " " + m.c.Tr.T("sync.deleted")
	}
	return s
}

// name is how a person reads which record it is: an hours entry or a
// visit by whose it is and its day.
func (m *Model) name(r model.Record) string {
	switch v := r.(type) {
	case *model.Person:
		return v.FullName
	case *model.Idea:
		return v.Title
	case *model.Office:
		return v.Name
	case *model.Hours:
		if who := m.people[v.PersonID]; who != "" {
			return who + " · " + string(v.Date)
		}
	case *model.Visit:
		if who := m.people[v.PersonID]; who != "" {
			return who + " · " + string(v.Date)
		}
	}
	return r.Env().ID[max(0, len(r.Env().ID)-8):]
}

// personOf is the person an hours entry or a visit is of ("" for others).
func personOf(r model.Record) string {
	switch v := r.(type) {
	case *model.Hours:
		return v.PersonID
	case *model.Visit:
		return v.PersonID
	}
	return ""
}

// fieldsView shows each differing field with both values: side by side
// when wide, stacked (current above other) when narrow; the fields scroll
// to keep the cursor in view.
func (m *Model) fieldsView() []string {
	tr, st := m.c.Tr, m.c.Styles
	c := m.conflicts[m.cur]
	fit := func(s string) string { return common.Fit(s, m.w, 1) }
	out := []string{
		st.Title.Render(fit(m.kindName(c.Kind) + " · " + m.name(c.Current))),
		st.Muted.Render(fit(tr.T("sync.current", m.side(c.Current)))),
		st.Muted.Render(fit(tr.T("sync.other", m.side(c.Other)))),
		"",
	}
	stacked := m.w < 60
	// block is field i's lines: its name and choice, then both values,
	// said whole (up to three lines each) for the field under the cursor
	// when they are stacked: at 40 columns the other value was cut, on
	// the field being chosen.
	block := func(i int) []string {
		f := m.fields[i]
		mark := tr.T("sync.take_current")
		if m.takeOther[i] {
			mark = tr.T("sync.take_other")
		}
		head := fit("  " + m.fieldName(f) + ": " + mark)
		if i == m.fcur {
			head = st.Selected.Render(fit("> " + m.fieldName(f) + ": " + mark))
		}
		cur, other := orDash(shownValue(f, storage.FieldJSON(c.Current, f))), orDash(shownValue(f, storage.FieldJSON(c.Other, f)))
		if !stacked {
			half := max(8, (m.w-7)/2)
			return []string{head, "    " + common.Fit(cur, half, 1) + " │ " + common.Fit(other, half, 1)}
		}
		value := func(side, v string) []string {
			if i != m.fcur {
				return []string{fit("    " + side + ": " + v)}
			}
			ls := strings.Split(common.WrapSpaces(side+": "+v, max(10, m.w-4)), "\n")
			if len(ls) > 3 {
				ls = append(ls[:2], ansi.Truncate(ls[2], max(1, m.w-5), "")+"…")
			}
			for k := range ls {
				ls[k] = fit("    " + ls[k])
			}
			return ls
		}
		return slices.Concat([]string{head}, value(tr.T("sync.take_current"), cur), value(tr.T("sync.take_other"), other))
	}
	// The fields around the cursor's that fit under the section bar, and
	// a mark for those out of view (at 40×12 one field of three showed,
	// with nothing to say there were more).
	n := len(m.fields)
	first, last := common.MarkedWindow(max(1, m.h-2-len(out)), n, func(room int) (int, int) {
		first, last := m.fcur, m.fcur+1
		used := len(block(m.fcur))
		for grew := true; grew; {
			grew = false
			if last < n && used+len(block(last)) <= room {
				used += len(block(last))
				last, grew = last+1, true
			}
			if first > 0 && used+len(block(first-1)) <= room {
				used += len(block(first - 1))
				first, grew = first-1, true
			}
		}
		return first, last
	})
	if first > 0 {
		out = append(out, st.Muted.Render(fit(tr.T("desk.more_above", first))))
	}
	for i := first; i < last; i++ {
		out = append(out, block(i)...)
	}
	if last < n {
		out = append(out, st.Muted.Render(fit(tr.T("desk.more_below", n-last))))
	}
	return out
}

// orDash shows an empty value as a dash, as the fields elsewhere do.
// shownValue is a field's JSON value as the record's card writes it, where
// they differ: a phone in groups (+7 775 737 43 50), not "+77757374350".
func shownValue(field, v string) string {
	var s string
	if (field == "phone" || field == "guardian_phone") && json.Unmarshal([]byte(v), &s) == nil && s != "" {
		return common.KeepNumbersWhole(model.FormatPhone(s))
	}
	return v
}

func orDash(v string) string {
	if v == "" {
		return "—"
	}
	return v
}
