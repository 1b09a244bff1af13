package people

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"frontoffice/model"
	"frontoffice/storage"
	"frontoffice/ui/common"
	"frontoffice/ui/history"
	"frontoffice/ui/personform"
	"frontoffice/ui/settings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
)

// cardMsg brings a person, their ideas, timeline and history; seq drops
// answers to older opens.
type cardMsg struct {
	seq    int
	person *model.Person
	kept   *model.Person // the person a merged-away one went into
	ideas  []*model.Idea
	events []model.Record
	rows   []history.Row
	err    error
	fresh  bool // a newly opened card: cursor and scroll start at the top
	credit model.CreditRules
	// joined are the other offices' records of this person (identity
	// rules), maybe those that may be them but were not joined.
	joined, maybe []storage.JoinedRecord
	// hours are the person's entries as the credit counts them: all their
	// offices' records, those verified elsewhere unsigned as pending here.
	hours []*model.Hours
	// conflict: the person is in conflict (Sync → Conflicts).
	conflict bool
}

// namedDiff is the history of revs, each revision from another office named
// by that office's name.
func namedDiff(store *storage.Store, revs []model.Record) []history.Row {
	return history.Named(history.Diff(revs), func(id string) string { return common.OfficeName(store, id) })
}

// maxMergeHops bounds following merged-away records to the one kept.
const maxMergeHops = 8

// openCard shows the card of person id, loading it off the event loop.
func (m *Model) openCard(id string) tea.Cmd {
	m.mode = viewing
	m.list.Blur() // back on the list, keys are hotkeys again
	if m.person == nil || m.person.ID != id {
		m.person, m.ideas, m.events, m.kept = nil, nil, nil, nil
	}
	m.cardErr = nil
	return m.loadCard(id, true)
}

func (m *Model) loadCard(id string, fresh bool) tea.Cmd {
	m.cardSeq++
	seq, store := m.cardSeq, m.c.Store
	return common.Do(func() tea.Msg {
		p, err := storage.GetAs[*model.Person](store, model.KindPerson, id)
		if err == nil && p.Deleted && p.MergedInto == "" {
			err = storage.ErrNotFound
		}
		if err != nil {
			return cardMsg{seq: seq, err: err, fresh: fresh}
		}
		if p.MergedInto != "" {
			// A merged-away duplicate says where it went (the end of a chain
			// of merges) and offers to undo; it has nothing of its own now.
			kept, into := (*model.Person)(nil), p.MergedInto
			for range maxMergeHops {
				k, err := storage.GetAs[*model.Person](store, model.KindPerson, into)
				if err != nil {
					break
				}
				kept = k
				if k.MergedInto == "" {
					break
				}
				into = k.MergedInto
			}
			old, err := store.History(model.KindPerson, p.ID)
			return cardMsg{seq: seq, person: p, kept: kept, rows: namedDiff(store, append(old, model.Record(p))), err: err, fresh: fresh}
		}
		// One person across offices: a record joined into another's group
		// opens as the group's earliest, which lists the others.
		earliest, joined, maybe, err := store.Joined(p.ID)
		if err == nil && earliest != p.ID {
			if q, gerr := storage.GetAs[*model.Person](store, model.KindPerson, earliest); gerr == nil {
				p = q
				_, joined, maybe, err = store.Joined(p.ID)
			}
		}
		if err != nil {
			return cardMsg{seq: seq, person: p, err: err, fresh: fresh}
		}
		ideas, err := store.IdeasOf(p.ID)
		if err != nil {
			return cardMsg{seq: seq, person: p, err: err, fresh: fresh}
		}
		events, err := store.Timeline(p.ID)
		if err != nil {
			return cardMsg{seq: seq, person: p, ideas: ideas, err: err, fresh: fresh}
		}
		hours, err := store.HoursOf(p.ID)
		if err != nil {
			return cardMsg{seq: seq, person: p, ideas: ideas, events: events, err: err, fresh: fresh}
		}
		old, err := store.History(model.KindPerson, p.ID)
		revs := append(old, model.Record(p))
		return cardMsg{seq: seq, person: p, ideas: ideas, events: events, rows: namedDiff(store, revs), err: err, fresh: fresh,
			credit: settings.LoadCreditRules(store), joined: joined, maybe: maybe, hours: hours,
			conflict: store.InConflict(model.KindPerson, p.ID)}
	})
}

func (m *Model) takeCard(msg cardMsg) tea.Cmd {
	if msg.seq != m.cardSeq {
		return nil
	}
	m.cardErr = msg.err
	if msg.person != nil {
		m.person = msg.person
	}
	m.ideas, m.rows, m.events, m.kept = msg.ideas, msg.rows, msg.events, msg.kept
	m.conflict = msg.conflict
	m.joined, m.maybe, m.hours = msg.joined, msg.maybe, msg.hours
	m.credit = msg.credit
	if msg.fresh {
		m.ideaCur, m.cardTop = 0, 0 // a new card shows its top: name and phone first
		return nil
	}
	m.ideaCur = max(0, min(m.ideaCur, len(m.ideas)-1))
	m.scrollCard()
	return nil
}

func (m *Model) cardKey(msg tea.KeyMsg) tea.Cmd {
	m.enableCardKeys() // the keys follow the person shown
	k := m.keys
	switch {
	case key.Matches(msg, k.Back):
		m.mode = listing
		return nil
	case key.Matches(msg, k.Edit):
		if m.person != nil && m.person.MergedInto == "" {
			return m.startEdit(m.person)
		}
	case key.Matches(msg, k.Merge), key.Matches(msg, k.Withdraw),
		key.Matches(msg, k.UndoMerge), key.Matches(msg, k.OpenKept), key.Matches(msg, k.KeepApart):
		return m.recordKey(msg)
	case key.Matches(msg, k.New):
		return m.startNew("")
	case key.Matches(msg, k.Certificate):
		return m.certificate(false)
	case key.Matches(msg, k.OpenIdea):
		if m.ideaCur < len(m.ideas) {
			id := m.ideas[m.ideaCur].ID
			return func() tea.Msg { return common.OpenMsg{Kind: model.KindIdea, ID: id} }
		}
	case key.Matches(msg, k.Up):
		if len(m.ideas) > 0 && m.ideaCur > 0 {
			m.ideaCur--
			m.scrollCard()
		} else {
			m.cardTop = max(0, m.cardTop-1)
		}
	case key.Matches(msg, k.Down):
		if len(m.ideas) > 0 && m.ideaCur < len(m.ideas)-1 {
			m.ideaCur++
			m.scrollCard()
		} else {
			lines, _ := m.cardLines()
			m.cardTop = max(0, min(m.cardTop+1, len(lines)-m.h))
		}
	case key.Matches(msg, k.PageUp):
		m.cardTop = max(0, m.cardTop-max(1, m.h-1))
	case key.Matches(msg, k.PageDown):
		lines, _ := m.cardLines()
		m.cardTop = max(0, min(m.cardTop+max(1, m.h-1), len(lines)-m.h))
	}
	return nil
}

// scrollCard keeps the selected idea in view.
func (m *Model) scrollCard() {
	if m.mode != viewing || m.person == nil || m.h <= 0 {
		return
	}
	lines, first := m.cardLines()
	if first >= 0 && len(m.ideas) > 0 {
		row := first + m.ideaCur
		page := m.h
		if len(lines) > m.h {
			page = max(1, m.h-1) // cardView's last line says there is more
		}
		if row >= m.cardTop+page {
			m.cardTop = row - page + 1
		}
		if row < m.cardTop {
			m.cardTop = row
		}
	}
	m.cardTop = max(0, min(m.cardTop, len(lines)-m.h))
}

// guardianText is the guardian's line of the card: name, phone and
// whether they consented.
func (m *Model) guardianText() string {
	tr, p := m.c.Tr, m.person
	g := strings.TrimSpace(p.GuardianName)
	if p.GuardianPhone != "" {
		g = strings.TrimSpace(g + ", " + model.FormatPhone(p.GuardianPhone))
		g = strings.TrimPrefix(g, ", ")
	}
	if g == "" {
		g = "—"
	}
	return g + " · " + tr.T("field.guardian_consent") + ": " + yesNo(tr, p.GuardianConsent)
}

// ideaAndEventLines adds to lines the person's ideas (the one under the
// cursor marked) and their timeline; first is the line of the first idea
// (-1: none).
func (m *Model) ideaAndEventLines(lines []string, w int) (_ []string, first int) {
	tr, st, lang := m.c.Tr, m.c.Styles, m.c.Lang()
	first = -1
	lines = append(lines, st.Label.Render(tr.T("people.ideas", len(m.ideas))))
	if len(m.ideas) == 0 {
		lines = append(lines, st.Muted.Render("  "+tr.T("people.no_ideas")))
	}
	for i, idea := range m.ideas {
		if i == 0 {
			first = len(lines)
		}
		text := common.Sanitize(idea.Title) + " — " + idea.Status.Label(lang)
		if i == m.ideaCur {
			lines = append(lines, st.Selected.Render("▸ "+text))
		} else {
			lines = append(lines, "  "+text)
		}
	}
	// The heading wraps rather than being cut at 40 columns, and an entry's
	// later lines are indented under its first: wrapped to the left edge,
	// the entries ran together.
	lines = append(lines, "")
	for _, l := range strings.Split(wrapText(tr.T("people.timeline", len(m.events)), w), "\n") {
		lines = append(lines, st.Label.Render(l))
	}
	if len(m.events) == 0 {
		lines = append(lines, st.Muted.Render("  "+tr.T("people.no_events")))
	}
	for _, e := range m.events {
		for j, l := range strings.Split(wrapText(m.eventText(e), w-4), "\n") {
			indent := "  "
			if j > 0 {
				indent = "    "
			}
			lines = append(lines, indent+l)
		}
	}
	return lines, first
}

// cardLines renders the card as lines at the current width; first is the line
// of the first idea (-1 when there are none).
func (m *Model) cardLines() (lines []string, first int) {
	tr, st, lang := m.c.Tr, m.c.Styles, m.c.Lang()
	p := m.person
	w := max(10, m.w)
	add := func(s string) { lines = append(lines, strings.Split(s, "\n")...) }
	row := func(label, value string) {
		if value == "" {
			return
		}
		wrapped := lipgloss.NewStyle().Width(w).Render(st.Label.Render(label+": ") + st.Value.Render(common.Sanitize(value)))
		add(wrapped)
	}
	add(st.Title.Render(common.Sanitize(p.FullName)))
	if m.conflict {
		add(lipgloss.NewStyle().Width(w).Render(st.Error.Render(tr.T("card.in_conflict"))))
	}
	if p.MergedInto != "" {
		into := "?"
		if m.kept != nil {
			into = common.Sanitize(m.kept.FullName)
		}
		add(lipgloss.NewStyle().Width(w).Render(st.Error.Render(tr.T("people.merged_banner", into, localTime(p.UpdatedAt)))))
	} else if lm := m.lastMerge; lm.keep == p.ID {
		add(lipgloss.NewStyle().Width(w).Render(st.Muted.Render(tr.T("people.merged_here", common.Sanitize(lm.dropName)))))
	}
	row(tr.T("field.phone"), model.FormatPhone(p.Phone))
	row(tr.T("field.iin"), p.IIN)
	now := m.c.Now()
	if y := birthYear(p); y > 0 {
		v := fmt.Sprintf("%d", y)
		if age := ageOf(p, now); age >= 0 {
			v += " · " + tr.T("people.age", age)
		}
		if p.IsMinor(now) {
			v += " · " + tr.T("people.minor")
		}
		row(tr.T("field.birth_year"), v)
	}
	if p.IsMinor(now) || p.GuardianName != "" || p.GuardianPhone != "" {
		row(tr.T("people.guardian"), m.guardianText())
		// A withdrawal erased the guardian on purpose: nothing to fill in.
		if p.IsMinor(now) && (p.GuardianName == "" || p.GuardianPhone == "") && p.ConsentWithdrawn == "" {
			add(lipgloss.NewStyle().Width(w).Render(st.Error.Render(tr.T("people.guardian_missing"))))
		}
	}
	if n := len(p.MergedFrom); n > 0 {
		add(lipgloss.NewStyle().Width(w).Render(st.Muted.Render(tr.T("people.merged_from_hint", n))))
	}
	if len(m.joined) > 0 {
		add(st.Label.Render(tr.T("people.joined_label")))
		for _, j := range m.joined {
			add(wrapText("  "+m.joinedText(j), w))
		}
		add(lipgloss.NewStyle().Width(w).Render(st.Muted.Render(tr.T("people.joined_hint"))))
	}
	if len(m.maybe) > 0 {
		add(st.Label.Render(tr.T("people.maybe_label")))
		for _, j := range m.maybe {
			add(wrapText("  "+m.joinedText(j), w))
		}
	}
	row(tr.T("field.organization"), p.Organization)
	if p.Region != "" {
		row(tr.T("field.region"), p.Region.Label(lang))
	}
	consent := yesNo(tr, p.Consent)
	if p.ConsentMethod != "" {
		consent += " · " + p.ConsentMethod.Label(lang)
	}
	if p.ConsentAt != "" {
		consent += " · " + personform.ShowDate(p.ConsentAt)
	}
	row(tr.T("people.consent"), consent)
	if p.ConsentWithdrawn != "" {
		row(tr.T("field.consent_withdrawn"), personform.ShowDate(p.ConsentWithdrawn))
	}
	if strings.TrimSpace(p.Notes) != "" {
		add(st.Label.Render(tr.T("field.notes") + ":"))
		for _, l := range strings.Split(strings.TrimRight(p.Notes, "\n"), "\n") {
			add(lipgloss.NewStyle().Width(w).Render("  " + common.Sanitize(l)))
		}
	}
	row(tr.T("people.updated"), localTime(p.UpdatedAt)+" · "+history.Who(tr, p.UpdatedBy))
	for _, l := range m.creditLines() {
		add(wrapText(l, w))
	}
	lines = append(lines, "")
	if m.cardErr != nil {
		add(st.Error.Render(m.c.ErrorText(m.cardErr)))
	}
	first = -1
	if p.MergedInto == "" { // a merged-away card has nothing of its own
		lines, first = m.ideaAndEventLines(lines, w)
	}
	if len(m.rows) > 0 {
		lines = append(lines, "", st.Label.Render(tr.T("people.history")))
		show := m.historyValue()
		for _, r := range m.rows {
			add(wrapText(st.Muted.Render(fmt.Sprintf("r%d %s · ", r.Rev, localTime(r.At)))+common.Sanitize(history.Who(tr, r.By)+history.From(tr, r, m.c.Store.OfficeID())), w))
			// What changed, indented on every line it wraps to (its second
			// line began at the left edge, among the revisions' heads).
			for _, l := range strings.Split(wrapText(common.Sanitize(history.Describe(tr, r, show)), max(10, w-2)), "\n") {
				add("  " + l)
			}
		}
	}
	return lines, first
}

// joinedText is another record of the person in one line: the name as that
// office wrote it, the phone, the IIN, and the office.
func (m *Model) joinedText(j storage.JoinedRecord) string {
	q := j.Person
	parts := []string{"«" + common.Sanitize(q.FullName) + "»"}
	if q.Phone != "" {
		parts = append(parts, model.FormatPhone(q.Phone))
	}
	if q.IIN != "" {
		parts = append(parts, m.c.Tr.T("field.iin")+" "+q.IIN)
	}
	office := common.Sanitize(j.Office)
	switch {
	case j.OfficeID == m.c.Store.OfficeID():
		office = m.c.Tr.T("people.this_office")
	case office == "":
		office = m.c.Tr.T("people.other_office")
	}
	parts = append(parts, m.c.Tr.T("people.at_office", office))
	return strings.Join(parts, " · ")
}

// historyValue shows a person's field in the history the way the card does:
// codes as labels, phones and dates readable, yes and no in words.
func (m *Model) historyValue() history.ValueFunc {
	tr, lang := m.c.Tr, m.c.Lang()
	return func(field string, v any) (string, bool) {
		if b, ok := v.(bool); ok {
			return yesNo(tr, b), true
		}
		s, ok := v.(string)
		if !ok {
			return "", false
		}
		switch field {
		case "region":
			return model.Region(s).Label(lang), true
		case "consent_method":
			return model.ConsentMethod(s).Label(lang), true
		case "phone", "guardian_phone":
			return model.FormatPhone(s), true
		case "consent_at":
			return personform.ShowDate(model.Date(s)), true
		}
		return "", false
	}
}

// localTime is t on the office's clock, to the minute.
func localTime(t time.Time) string {
	return common.Stamp(t.Local())
}

// cardView draws the visible part of the card.
func (m *Model) cardView() string {
	if m.person == nil {
		if m.cardErr != nil {
			return common.Fit(m.c.Styles.Error.Render(m.c.ErrorText(m.cardErr)), m.w, m.h)
		}
		return common.Fit(m.c.Styles.Muted.Render(m.c.Tr.T("people.loading")), m.w, m.h)
	}
	lines, _ := m.cardLines()
	top := max(0, min(m.cardTop, len(lines)-m.h))
	end := min(len(lines), top+m.h)
	shown := lines[top:end]
	if end < len(lines) && len(shown) > 1 { // say there is more, on the last line
		shown = append(slices.Clone(shown[:len(shown)-1]), m.c.Styles.Muted.Render(m.c.Tr.T("people.more_below")))
	}
	return common.Fit(strings.Join(shown, "\n"), m.w, m.h)
}

func yesNo(tr interface{ T(string, ...any) string }, b bool) string {
	if b {
		return tr.T("people.yes")
	}
	return tr.T("people.no")
}

// birthYear is the year from the IIN when there is one, else the one typed.
func birthYear(p *model.Person) int {
	if born, ok := model.IINBirthDate(p.IIN); ok {
		return born.Year()
	}
	return p.BirthYear
}

// ageOf is the person's age in whole years on now: exact from the IIN's birth
// date, else from the birth year (as if born on 1 January); -1 when unknown.
func ageOf(p *model.Person, now time.Time) int {
	born, ok := model.IINBirthDate(p.IIN)
	if !ok {
		if p.BirthYear <= 0 {
			return -1
		}
		return max(0, now.Year()-p.BirthYear)
	}
	age := now.Year() - born.Year()
	if now.Month() < born.Month() || now.Month() == born.Month() && now.Day() < born.Day() {
		age-- // no birthday yet this year
	}
	return max(0, age)
}
