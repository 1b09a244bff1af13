package ideas

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"

	"frontoffice/model"
	"frontoffice/storage"
	"frontoffice/ui/common"
	"frontoffice/ui/history"
	"frontoffice/ui/personform"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

// card is one idea as shown: loaded off the event loop, rendered into lines
// when data, size or language change, and scrolled by View.
type card struct {
	id        string
	seq       int
	loading   bool
	idea      *model.Idea
	applicant *model.Person            // nil when none or not registered
	people    map[string]*model.Person // the applicant and registered team members (readiness)
	rows      []history.Row
	consults  []storage.ConsultationEntry // newest first
	conflict  bool                        // in conflict (Sync → Conflicts)
	err       error
	lines     []string
	top       int
	w, h      int
}

// cardMsg is a loaded card; seq drops answers to an older open.
type cardMsg struct {
	seq       int
	idea      *model.Idea
	applicant *model.Person
	people    map[string]*model.Person
	rows      []history.Row
	consults  []storage.ConsultationEntry
	conflict  bool
	err       error
}

// openCard shows the card of idea id (loading it first).
func (m *Model) openCard(id string) tea.Cmd {
	if m.card.id != id {
		m.card = card{id: id, w: m.card.w, h: m.card.h}
	}
	m.mode = modeCard
	return m.loadCard(id)
}

func (m *Model) loadCard(id string) tea.Cmd {
	m.card.seq++
	m.card.loading = true
	seq, store := m.card.seq, m.c.Store
	return common.Do(func() tea.Msg {
		idea, err := storage.GetAs[*model.Idea](store, model.KindIdea, id)
		if err != nil {
			return cardMsg{seq: seq, err: err}
		}
		if idea.Deleted {
			return cardMsg{seq: seq, err: storage.ErrNotFound}
		}
		old, err := store.History(model.KindIdea, id)
		if err != nil {
			return cardMsg{seq: seq, err: err}
		}
		revs := make([]model.Record, 0, len(old)+1)
		revs = append(append(revs, old...), idea)
		msg := cardMsg{seq: seq, idea: idea, rows: history.Named(history.Diff(revs), func(id string) string { return common.OfficeName(store, id) }), conflict: store.InConflict(model.KindIdea, id)}
		msg.people = ideaPeople(store, idea)
		msg.applicant = msg.people[idea.ApplicantID]
		if msg.consults, err = store.ConsultationsOf(id); err != nil {
			return cardMsg{seq: seq, err: err}
		}
		return msg
	})
}

func (m *Model) takeCard(msg cardMsg) tea.Cmd {
	if msg.seq != m.card.seq {
		return nil
	}
	m.card.loading = false
	m.card.err = msg.err
	if msg.err == nil {
		m.card.idea, m.card.applicant, m.card.people, m.card.rows, m.card.consults = msg.idea, msg.applicant, msg.people, msg.rows, msg.consults
		m.card.conflict = msg.conflict
	}
	m.card.render(m.c, m.w)
	return nil
}

func (m *Model) cardKey(msg tea.KeyMsg) tea.Cmd {
	k, cd := m.keys, &m.card
	switch {
	case key.Matches(msg, k.Back):
		m.mode = modeList
		if cd.idea != nil && m.filterValues.hides(cd.idea) {
			// A new idea (from the catalogue, say) the filter leaves out:
			// the list without it read as if it was not saved.
			return common.Status(m.c.Tr.T("ideas.filter_hides", m.c.Nested(oneLine(cd.idea.Title))), false)
		}
		return nil
	case key.Matches(msg, k.Up):
		cd.scroll(-1)
	case key.Matches(msg, k.Down):
		cd.scroll(1)
	case key.Matches(msg, k.PageUp):
		cd.scroll(-cd.page())
	case key.Matches(msg, k.PageDown):
		cd.scroll(cd.page())
	case msg.Type == tea.KeyHome:
		cd.top = 0
	case msg.Type == tea.KeyEnd:
		cd.scroll(len(cd.lines))
	}
	if cd.idea == nil {
		return nil
	}
	switch {
	case key.Matches(msg, k.Edit):
		return m.startEdit(cd.idea)
	case key.Matches(msg, k.Archive):
		m.mode, m.ask = modeConfirmArchive, m.c.Ask(archiveQ)
		if cd.idea.Status == model.StatusArchived {
			m.ask = m.c.Ask(restoreQ)
		}
	case key.Matches(msg, k.Logframe):
		return m.openDraft(false)
	case key.Matches(msg, k.Budget):
		return m.openDraft(true)
	case key.Matches(msg, k.Application):
		return m.openApplication()
	case key.Matches(msg, k.Applicant) && cd.idea.ApplicantID != "":
		id := cd.idea.ApplicantID
		return func() tea.Msg { return common.OpenMsg{Kind: model.KindPerson, ID: id} }
	}
	return nil
}

// archivedMsg is the answer to archive or restore.
type archivedMsg struct {
	idea     *model.Idea
	archived bool
	err      error
}

// archive archives the idea on the card, or restores it when it is archived.
// Nothing is ever deleted: the earlier revision stays in history.
func (m *Model) archive() tea.Cmd {
	if m.card.idea == nil {
		return nil
	}
	if m.c.Nobody() { // who is working? asked first
		return m.c.WhoFirst(m.archive, nil)
	}
	idea := *m.card.idea
	store := m.c.Store
	return common.Do(func() tea.Msg {
		archiving := idea.Status != model.StatusArchived
		if archiving {
			idea.Archive()
		} else {
			idea.Restore()
		}
		err := store.Update(&idea)
		return archivedMsg{idea: &idea, archived: archiving, err: err}
	})
}

func (m *Model) takeArchived(msg archivedMsg) tea.Cmd {
	tr := m.c.Tr
	if msg.err != nil {
		return common.Status(m.c.ErrorText(msg.err), true)
	}
	text := tr.T("ideas.restored")
	if msg.archived {
		text = tr.T("ideas.archived")
	}
	var reload tea.Cmd
	if m.card.idea != nil && m.card.idea.ID == msg.idea.ID {
		reload = m.loadCard(msg.idea.ID)
	}
	return tea.Batch(reload, dataChanged, common.Status(text, false))
}

func (cd *card) page() int { return max(1, cd.h-1) }

func (cd *card) scroll(d int) {
	cd.top = max(0, min(cd.top+d, len(cd.lines)-cd.page()))
}

func (cd *card) setSize(c *common.Common, w, h int) {
	cd.w, cd.h = w, h
	cd.render(c, w)
}

// teamText is the idea's team on one line: names, with roles.
func teamText(i *model.Idea) string {
	var team []string
	for _, t := range i.Team {
		s := oneLine(t.Name)
		if r := oneLine(t.Role); r != "" {
			s += " (" + r + ")"
		}
		team = append(team, s)
	}
	return strings.Join(team, ", ")
}

// groupsText is the idea's target groups, planned and reached.
func groupsText(c *common.Common, i *model.Idea) string {
	tr, lang := c.Tr, c.Lang()
	var groups []string
	for _, r := range i.TargetGroups {
		groups = append(groups, tr.T("ideas.reach", r.Group.Label(lang), tr.Int(int64(r.Planned)), tr.Int(int64(r.Reached))))
	}
	return strings.Join(groups, "; ")
}

// createdText is when the idea was made and by whom (its first revision).
func (cd *card) createdText(c *common.Common) string {
	created := ""
	if !cd.idea.CreatedAt.IsZero() {
		created = localTime(cd.idea.CreatedAt)
	}
	if len(cd.rows) > 0 {
		first := cd.rows[len(cd.rows)-1]
		if created == "" {
			created = localTime(first.At)
		}
		created += " · " + history.Who(c.Tr, first.By)
	}
	return created
}

// render lays the card out for width w. It runs when data, size or language
// change, never per frame.
func (cd *card) render(c *common.Common, w int) {
	cd.lines = nil
	if cd.idea == nil || w <= 0 {
		return
	}
	tr, lang, st := c.Tr, c.Lang(), c.Styles
	i := cd.idea
	var out []string
	add := func(s string) { out = append(out, s) }
	wrap := func(s string, indent int) {
		for _, l := range strings.Split(ansi.Wrap(s, max(10, w-indent), ""), "\n") {
			add(strings.Repeat(" ", indent) + l)
		}
	}
	field := func(label, value string) {
		if strings.TrimSpace(value) == "" {
			value = st.Muted.Render("—")
		} else {
			value = st.Value.Render(value)
		}
		wrap(st.Label.Render(label+": ")+value, 0)
	}
	wrap(st.Title.Render(oneLine(i.Title)), 0)
	if cd.conflict {
		wrap(st.Error.Render(tr.T("card.in_conflict")), 0)
	}
	field(tr.Field("status"), i.Status.Label(lang))
	field(tr.Field("direction"), i.Direction.Label(lang))
	place := i.Region.Label(lang)
	if loc := oneLine(i.Locality); loc != "" {
		place += ", " + loc
	}
	field(tr.Field("region"), place)
	var sdgs []string
	for _, g := range i.SDGs {
		// The number stays with its name's first word: at 40 columns in kk a
		// row ended "…; 10" with "Теңсіздікті азайту" on the next line.
		sdgs = append(sdgs, strings.Replace(sdgLabel(g, lang), " ", "\u00a0", 1))
	}
	field(tr.Field("sdgs"), strings.Join(sdgs, "; "))
	field(tr.Field("applicant_id"), applicantText(i, cd.applicant))
	field(tr.Field("organization"), oneLine(i.Organization))
	field(tr.Field("team"), teamText(i))
	field(tr.Field("target_groups"), groupsText(c, i))
	dates := ""
	if i.StartDate != "" || i.EndDate != "" {
		dates = showDate(i.StartDate) + " – " + showDate(i.EndDate)
	}
	field(tr.T("ideas.dates"), dates)
	budget := ""
	if i.BudgetKZT > 0 {
		budget = i.BudgetKZT.String()
	}
	field(tr.Field("budget_kzt"), budget)
	plan, warnings := planSummary(c, i)
	for _, f := range plan {
		field(f[0], f[1])
	}
	for _, w := range warnings {
		wrap(st.Error.Render("! "+w), 0)
	}
	field(tr.T("appview.card_line"), cardReadiness(c, i, cd.people))
	add(st.Label.Render(tr.Field("summary") + ":"))
	if strings.TrimSpace(i.Summary) == "" {
		add("  " + st.Muted.Render("—"))
	}
	for _, para := range strings.Split(i.Summary, "\n") {
		if p := strings.TrimSpace(common.Sanitize(para)); p != "" {
			wrap(p, 2)
		}
	}
	field(tr.T("ideas.created"), cd.createdText(c))
	field(tr.T("ideas.updated"), localTime(i.UpdatedAt)+" · "+history.Who(tr, i.UpdatedBy))
	add("")
	cardConsultations(c, cd.consults, wrap, add)
	add("")
	add(st.Title.Render(tr.T("ideas.history")))
	show := valueFunc(c)
	for _, r := range cd.rows {
		wrap(st.Label.Render(fmt.Sprintf("r%d %s · ", r.Rev, localTime(r.At)))+common.Sanitize(history.Who(tr, r.By)+history.From(tr, r, c.Store.OfficeID())), 0)
		wrap(common.Sanitize(history.Describe(tr, r, show)), 2)
	}
	cd.lines = out
	cd.scroll(0)
}

// cardConsultations lists the idea's consultations, newest first: the day,
// the services, who consulted and the next steps; a corrected one is marked.
func cardConsultations(c *common.Common, es []storage.ConsultationEntry, wrap func(string, int), add func(string)) {
	tr, st, lang := c.Tr, c.Styles, c.Lang()
	add(st.Title.Render(tr.T("ideas.consultations", len(es))))
	if len(es) == 0 {
		add("  " + st.Muted.Render(tr.T("ideas.no_consultations")))
		return
	}
	for _, e := range es {
		k := e.Consultation
		var services []string
		for _, s := range k.Services {
			services = append(services, s.Label(lang))
		}
		head := personform.ShowDate(k.Date)
		if who := oneLine(k.Consultant); who != "" {
			head += " · " + who
		}
		if e.PersonName != "" {
			head += " · " + oneLine(e.PersonName)
		}
		if e.SupersededBy != "" {
			head += " · " + tr.T("ideas.consult_corrected")
		}
		wrap(st.Label.Render(common.Sanitize(head)), 0)
		if len(services) > 0 {
			wrap(common.Sanitize(strings.Join(services, "; ")), 2)
		}
		if next := oneLine(k.NextSteps); next != "" {
			wrap(common.Sanitize(tr.T("ideas.consult_next", next)), 2)
		}
	}
}

// cardReadiness is the idea's application readiness for its programme:
// the office's rules' Assess with the same people as the application view, so the
// two show one figure.
func cardReadiness(c *common.Common, i *model.Idea, people map[string]*model.Person) string {
	_, pct := c.Rules().Assess(i, func(id string) *model.Person { return people[id] }, "", c.Now())
	// "(g)" goes with the programme's last word and "%" with its number:
	// at 40 columns "(g)" stood alone on a line.
	return fmt.Sprintf("%d\u00a0%% · %s\u00a0(g)", pct, c.Rules().TemplateFor(i.Programme).Label(c.Lang()))
}

// ideaPeople loads the idea's applicant and registered team members (those
// not withdrawn), whom the readiness check asks about; it runs in a command.
func ideaPeople(store *storage.Store, i *model.Idea) map[string]*model.Person {
	people := map[string]*model.Person{}
	ids := []string{i.ApplicantID}
	for _, t := range i.Team {
		ids = append(ids, t.PersonID)
	}
	for _, id := range ids {
		if _, done := people[id]; id == "" || done {
			continue
		}
		if p, err := storage.GetAs[*model.Person](store, model.KindPerson, id); err == nil && !p.Deleted {
			people[id] = p
		}
	}
	return people
}

// applicantText is the applicant's name and phone.
func applicantText(i *model.Idea, p *model.Person) string {
	if p != nil {
		s := oneLine(p.FullName)
		if p.Phone != "" {
			s += ", " + showPhone(p.Phone)
		}
		return s
	}
	return oneLine(i.ApplicantName)
}

// showPhone writes +77011234567 as +7 701 123 45 67, its groups joined
// by no-break spaces: a card's row wrapped at 40 columns split it
// ("+7 760 002" / "84 61").
func showPhone(p string) string { return common.KeepNumbersWhole(model.FormatPhone(p)) }

// showDate is a planned day as the forms take it (13.02.2026), "…" when
// not set.
func showDate(d model.Date) string {
	if d == "" {
		return "…"
	}
	return personform.ShowDate(d)
}

func localTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return common.Stamp(t.Local()) // as the person card
}

// valueFunc shows history values the way the card does: codes as labels in
// the current language, money as tenge.
func valueFunc(c *common.Common) history.ValueFunc {
	lang := c.Lang()
	return func(field string, v any) (string, bool) {
		s, isStr := v.(string)
		switch field {
		case "direction":
			if isStr {
				return model.Direction(s).Label(lang), true
			}
		case "region":
			if isStr {
				return model.Region(s).Label(lang), true
			}
		case "status", "archived_from":
			if isStr {
				return model.IdeaStatus(s).Label(lang), true
			}
		case "print_lang":
			if l, ok := model.ParseLang(s); isStr && ok {
				return c.Tr.T("appview.lang." + string(l)), true
			}
		case "programme":
			// A programme's name where this office knows its code (one
			// of another office's own shows as its code).
			for _, t := range c.Rules().Templates() {
				if isStr && t.Code == s {
					return t.Label(lang), true
				}
			}
		case "budget_kzt":
			if n, ok := v.(json.Number); ok {
				if x, err := strconv.ParseInt(n.String(), 10, 64); err == nil {
					return model.Tenge(x).String(), true
				}
			}
		}
		if isStr {
			return oneLine(s), !strings.ContainsAny(s, "\n\r") && len([]rune(s)) <= history.MaxShort
		}
		return "", false
	}
}

func (m *Model) cardView() string {
	tr, st := m.c.Tr, m.c.Styles
	cd := &m.card
	var b strings.Builder
	switch {
	case cd.err != nil:
		b.WriteString(st.Error.Render(m.c.ErrorText(cd.err)) + "\n" + st.Muted.Render(tr.T("ideas.back_hint")))
		return common.Fit(b.String(), m.w, m.h)
	case cd.idea == nil:
		return common.Fit(st.Muted.Render(tr.T("ideas.loading")), m.w, m.h)
	}
	n := cd.page()
	if m.mode == modeConfirmArchive {
		q := m.ask.View(m.w)
		b.WriteString(q + "\n")
		n -= strings.Count(q, "\n") + 1
	}
	end := min(len(cd.lines), cd.top+max(1, n))
	b.WriteString(strings.Join(cd.lines[cd.top:end], "\n"))
	if end < len(cd.lines) {
		b.WriteString("\n" + st.Muted.Render(tr.T("ideas.more_below")))
	}
	return common.Fit(b.String(), m.w, m.h)
}
