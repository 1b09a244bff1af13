package ideas

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"slices"
	"strings"
	"time"

	"frontoffice/model"
	"frontoffice/storage"
	"frontoffice/ui/common"
	"frontoffice/ui/i18n"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/x/ansi"
)

// values are what the register / edit form edits: text as typed, so a failed
// save reopens the form with every character kept.
type values struct {
	title, summary string
	direction      model.Direction
	status         model.IdeaStatus
	region         model.Region
	locality       string
	sdgs           []model.SDG
	groups         string // "children 120; parents 40"
	organization   string
	team           string // one name per line
	start, end     string
	budget         string

	applicantQuery string
	pick           string // pickNone, pickNew, pickKeep or a person's id
	pickLabel      string // how to show pick when it is a person's id
	keepLabel      string // the applicant the idea had (edit), "" when none

	newName, newPhone string
	newMethod         model.ConsentMethod
	newConsent        bool
}

// valuesOf fills the form from an idea being edited.
func (m *Model) valuesOf(i *model.Idea, applicant string) values {
	v := values{
		title: i.Title, summary: i.Summary, direction: i.Direction, status: i.Status,
		region: i.Region, locality: i.Locality, sdgs: append([]model.SDG(nil), i.SDGs...),
		groups: formatGroups(m.c.Lang(), i.TargetGroups), organization: i.Organization,
		team: formatTeam(i.Team), start: string(i.StartDate), end: string(i.EndDate),
		newMethod: "verbal",
	}
	if i.BudgetKZT > 0 {
		v.budget = model.GroupDigits(int64(i.BudgetKZT))
	}
	if applicant != "" {
		v.pick, v.keepLabel = pickKeep, applicant
	}
	return v
}

func (m *Model) startNew() tea.Cmd {
	v := values{region: m.officeReg, status: model.StatusDraft, newMethod: "verbal"}
	m.formOrig = nil
	m.cardFromList = true // saved, its card goes back to the list
	return m.openForm(v, modeList)
}

func (m *Model) startEdit(i *model.Idea) tea.Cmd {
	orig := *i
	m.formOrig = &orig
	label := applicantText(i, m.card.applicant)
	if label == "" && i.ApplicantID != "" {
		label = "—" // linked to a person no longer found: kept unless changed
	}
	return m.openForm(m.valuesOf(i, label), modeCard)
}

// openForm opens a fresh form on v (a new form for every record).
func (m *Model) openForm(v values, from mode) tea.Cmd {
	m.edit, m.start = v, v
	m.start.sdgs = append([]model.SDG(nil), v.sdgs...)
	m.formFrom, m.formErr, m.saving = from, "", false
	m.list.Blur()
	return m.reopenForm()
}

// reopenForm builds the form again on what is in m.edit (after a failed
// save, or a language switch).
func (m *Model) reopenForm() tea.Cmd { return m.reopenFormAt(0) }

// The form's pages, in order.
const (
	pageAbout = iota
	pageWhere
	pagePeople
	pageNewPerson // shown only while registering the applicant
	pagePlan
)

// pageOfField is the page holding a field Validate names.
func pageOfField(field string) int {
	switch field {
	case "region", "locality", "sdgs", "target_groups":
		return pageWhere
	case "applicant_id", "applicant_name", "organization", "team":
		return pagePeople
	case "full_name", "phone", "consent", "consent_method":
		return pageNewPerson
	case "start_date", "end_date", "budget_kzt":
		return pagePlan
	}
	return pageAbout
}

// reopenFormAt builds the form again and turns to page, so a refused save
// shows the field that needs fixing, not the first page.
func (m *Model) reopenFormAt(page int) tea.Cmd {
	m.mode = modeEditing
	m.picker.snapshot(&m.edit)
	m.form = m.newForm()
	m.layoutForm()
	cmds := []tea.Cmd{m.form.Init()}
	for g := 1; g <= page; g++ { // each NextGroup lands on the next page shown
		if g == pageNewPerson && m.edit.pick != pickNew {
			continue
		}
		cmds = append(cmds, m.form.NextGroup())
	}
	return tea.Sequence(cmds...)
}

func (m *Model) closeForm() {
	m.mode, m.form, m.formErr = m.formFrom, nil, ""
	if m.mode == modeCard && m.card.idea == nil {
		m.mode = modeList
	}
}

// changed reports whether anything was typed since the form opened.
func (m *Model) changed() bool { return !reflect.DeepEqual(m.edit, m.start) }

type fieldErr string

func (e fieldErr) Error() string { return string(e) }

// because says why field was refused, as huh shows it under the field.
func because(tr *i18n.Translator, field string, r model.Reason) error {
	return fieldErr(tr.Field(field) + ": " + tr.Reason(r))
}

func (m *Model) newForm() *huh.Form {
	tr, lang := m.c.Tr, m.c.Lang()
	v := &m.edit
	text := func(field string, required, multiline bool) func(string) error {
		return checkText(tr, field, required, multiline)
	}
	choose := tr.T("ideas.form.choose")
	dirs := []huh.Option[model.Direction]{huh.NewOption(choose, model.Direction(""))}
	for _, d := range model.Directions() {
		dirs = append(dirs, huh.NewOption(d.Label(lang), d))
	}
	regs := []huh.Option[model.Region]{huh.NewOption(choose, model.Region(""))}
	for _, r := range model.Regions() {
		regs = append(regs, huh.NewOption(r.Label(lang), r))
	}
	var sts []huh.Option[model.IdeaStatus]
	for _, s := range model.IdeaStatuses() {
		if s != model.StatusArchived {
			sts = append(sts, huh.NewOption(s.Label(lang), s))
		}
	}
	var sdgs []huh.Option[model.SDG]
	for _, g := range model.SDGs() {
		sdgs = append(sdgs, huh.NewOption(sdgLabel(g, lang), g))
	}
	listH := max(3, min(8, m.h-4))

	about := []huh.Field{
		huh.NewInput().Title(tr.Field("title")).Value(&v.title).CharLimit(200).Validate(text("title", true, false)),
		huh.NewText().Title(tr.T("ideas.form.summary")).Description(tr.T("ideas.form.summary_hint")).
			Value(&v.summary).Lines(3).CharLimit(20000).ExternalEditor(false).Validate(text("summary", false, true)),
		huh.NewSelect[model.Direction]().Title(tr.Field("direction")).Options(dirs...).Value(&v.direction).
			Validate(func(d model.Direction) error {
				if d == "" {
					return because(tr, "direction", model.ReasonRequired)
				}
				return nil
			}),
	}
	if m.formOrig != nil && m.formOrig.Status != model.StatusArchived {
		about = append(about, huh.NewSelect[model.IdeaStatus]().Title(tr.Field("status")).Options(sts...).Value(&v.status))
	}
	kept := []model.Reach(nil)
	if m.formOrig != nil {
		kept = m.formOrig.TargetGroups
	}
	where := []huh.Field{
		huh.NewSelect[model.Region]().Title(tr.Field("region")).Options(regs...).Value(&v.region).Height(listH).
			Validate(func(r model.Region) error {
				if r == "" {
					return because(tr, "region", model.ReasonRequired)
				}
				return nil
			}),
		huh.NewInput().Title(tr.Field("locality")).Value(&v.locality).CharLimit(200).Validate(text("locality", false, false)),
		huh.NewMultiSelect[model.SDG]().Title(tr.Field("sdgs")).Description(tr.T("ideas.form.sdgs_hint")).
			Options(sdgs...).Value(&v.sdgs).Height(listH),
		huh.NewInput().Title(tr.Field("target_groups")).Description(tr.T("ideas.form.groups_hint", groupNames(tr))).
			Value(&v.groups).CharLimit(1000).Validate(func(s string) error {
			_, err := parseGroups(tr, s, kept)
			return err
		}),
	}
	people := []huh.Field{
		huh.NewInput().Title(tr.Field("applicant_id")).Description(tr.T("ideas.form.applicant_hint")).
			Value(&v.applicantQuery).CharLimit(200),
		huh.NewSelect[string]().Title(tr.T("ideas.form.applicant_pick")).
			OptionsFunc(m.picker.options, &v.applicantQuery).Value(&v.pick).Height(listH),
		huh.NewInput().Title(tr.Field("organization")).Value(&v.organization).CharLimit(200).Validate(text("organization", false, false)),
		huh.NewText().Title(tr.Field("team")).Description(tr.T("ideas.form.team_hint")).
			Value(&v.team).Lines(3).CharLimit(5000).ExternalEditor(false).Validate(text("team", false, true)),
	}
	newPerson, plan := m.newPersonFields(), m.planFields()
	f := huh.NewForm(
		huh.NewGroup(about...).Title(tr.T("ideas.form.page_about")),
		huh.NewGroup(where...).Title(tr.T("ideas.form.page_where")),
		huh.NewGroup(people...).Title(tr.T("ideas.form.page_people")),
		huh.NewGroup(newPerson...).Title(tr.T("ideas.form.page_new_person")).
			WithHideFunc(func() bool { return v.pick != pickNew }),
		huh.NewGroup(plan...).Title(tr.T("ideas.form.page_plan")),
	)
	return m.styleForm(f)
}

// newPersonFields are the form's page for an applicant registered with the
// idea: name, phone, how they consented, consent.
func (m *Model) newPersonFields() []huh.Field {
	tr, lang := m.c.Tr, m.c.Lang()
	v := &m.edit
	var methods []huh.Option[model.ConsentMethod]
	for _, c := range model.ConsentMethods() {
		methods = append(methods, huh.NewOption(c.Label(lang), c))
	}
	return []huh.Field{
		huh.NewInput().Title(tr.Field("full_name")).Value(&v.newName).CharLimit(200).Validate(checkText(tr, "full_name", true, false)),
		huh.NewInput().Title(tr.Field("phone")).Description(tr.T("ideas.form.phone_hint")).Value(&v.newPhone).CharLimit(40).
			Validate(func(s string) error {
				if strings.TrimSpace(s) == "" {
					return nil
				}
				if _, r := model.NormalizePhone(s); r != model.ReasonNone {
					return because(tr, "phone", r)
				}
				return nil
			}),
		huh.NewSelect[model.ConsentMethod]().Title(tr.Field("consent_method")).Options(methods...).Value(&v.newMethod).Inline(true),
		huh.NewConfirm().Title(tr.Field("consent")).Description(tr.T("ideas.form.consent_hint")).
			Affirmative(tr.T("key.yes")).Negative(tr.T("key.no")).Value(&v.newConsent).
			Validate(func(ok bool) error {
				if !ok {
					return because(tr, "consent", model.ReasonConsentNeeded)
				}
				return nil
			}),
	}
}

// planFields are the form's page of the plan: dates and budget.
func (m *Model) planFields() []huh.Field {
	tr := m.c.Tr
	v := &m.edit
	return []huh.Field{
		huh.NewInput().Title(tr.Field("start_date")).Description(tr.T("ideas.form.date_hint")).Value(&v.start).CharLimit(20).Validate(checkDate(tr, "start_date")),
		huh.NewInput().Title(tr.Field("end_date")).Description(tr.T("ideas.form.date_hint")).Value(&v.end).CharLimit(20).Validate(checkDate(tr, "end_date")),
		huh.NewInput().Title(tr.Field("budget_kzt")).Description(tr.T("ideas.form.budget_hint")).Value(&v.budget).CharLimit(30).
			Validate(func(s string) error {
				if strings.TrimSpace(s) == "" {
					return nil
				}
				if _, r := model.ParseTenge(s); r != model.ReasonNone {
					return because(tr, "budget_kzt", r)
				}
				return nil
			}),
	}
}

// checkText refuses an empty required text or one with control characters
// (newlines allowed in a multiline one).
func checkText(tr *i18n.Translator, field string, required, multiline bool) func(string) error {
	return func(s string) error {
		switch {
		case required && strings.TrimSpace(s) == "":
			return because(tr, field, model.ReasonRequired)
		case model.HasControl(s, multiline):
			return because(tr, field, model.ReasonControlChars)
		}
		return nil
	}
}

// checkDate refuses a day that does not read as one (empty is fine).
func checkDate(tr *i18n.Translator, field string) func(string) error {
	return func(s string) error {
		if strings.TrimSpace(s) == "" {
			return nil
		}
		if _, r := model.ParseDate(s); r != model.ReasonNone {
			return because(tr, field, r)
		}
		return nil
	}
}

// layoutForm fits the form under its heading and any error lines.
func (m *Model) layoutForm() {
	if m.form == nil {
		return
	}
	avail := m.h - len(m.formHead())
	// huh keeps room for the errors it shows under the page, but not for the
	// blank line above them.
	m.fieldErrs = m.form.Errors()
	if len(m.fieldErrs) > 0 {
		avail--
	}
	m.form = m.form.WithWidth(max(20, m.w)).WithHeight(max(3, avail))
}

// formHead is the lines above the form: what is being edited and why the
// last save failed.
func (m *Model) formHead() []string {
	tr, st := m.c.Tr, m.c.Styles
	head := tr.T("ideas.form.new")
	if m.formOrig != nil {
		head = tr.T("ideas.form.edit", oneLine(m.formOrig.Title))
	}
	lines := []string{st.Title.Render(ansi.Truncate(head, max(1, m.w), "…"))}
	if m.formErr != "" {
		wrapped := strings.Split(ansi.Wrap(m.formErr, max(10, m.w), ""), "\n")
		if len(wrapped) > 3 {
			wrapped = append(wrapped[:2], ansi.Truncate(wrapped[2], max(1, m.w-1), "")+"…")
		}
		for _, l := range wrapped {
			lines = append(lines, st.Error.Render(l))
		}
	}
	return lines
}

func (m *Model) formView() string {
	tr, st := m.c.Tr, m.c.Styles
	if m.mode == modeConfirmDiscard {
		return common.Fit(m.ask.View(m.w), m.w, m.h)
	}
	head := strings.Join(m.formHead(), "\n")
	if m.saving || m.form == nil {
		return common.Fit(head+"\n"+st.Muted.Render(tr.T("ideas.saving")), m.w, m.h)
	}
	return common.Fit(head+"\n"+m.form.View(), m.w, m.h)
}

func (m *Model) updateForm(msg tea.Msg) tea.Cmd {
	if m.form == nil || m.saving {
		return nil
	}
	var cmd tea.Cmd
	m.form, cmd = common.UpdateForm(m.form, msg)
	m.picker.snapshot(&m.edit)
	if m.form.State == huh.StateCompleted {
		m.saving = true
		return m.save()
	}
	if errs := m.form.Errors(); !reflect.DeepEqual(errs, m.fieldErrs) {
		m.layoutForm() // room for the field errors under the page
	}
	return cmd
}

// savedMsg is the answer to a save.
type savedMsg struct {
	idea      *model.Idea
	err       error
	person    *model.Person // the applicant registered or found by phone, if any
	reused    bool          // the phone belonged to someone already registered
	personNew bool          // person was registered by this save
	unchanged bool          // the form changed nothing: nothing was written
}

// build makes the idea the form describes, on top of base (a copy of the
// stored idea, or a new one).
func (v values) build(tr *i18n.Translator, base *model.Idea) (*model.Idea, error) {
	i := base
	i.Title = strings.TrimSpace(v.title)
	i.Summary = strings.TrimSpace(v.summary)
	i.Direction, i.Region = v.direction, v.region
	if i.Status != model.StatusArchived && v.status != "" {
		i.Status = v.status
	}
	i.Locality = strings.TrimSpace(v.locality)
	i.SDGs = append([]model.SDG(nil), v.sdgs...)
	groups, err := parseGroups(tr, v.groups, base.TargetGroups)
	if err != nil {
		return nil, err
	}
	i.TargetGroups = groups
	i.Organization = strings.TrimSpace(v.organization)
	i.Team = parseTeam(v.team, base.Team)
	var es model.FieldErrors
	i.StartDate, i.EndDate = "", ""
	if strings.TrimSpace(v.start) != "" {
		d, r := model.ParseDate(v.start)
		if r != model.ReasonNone {
			es = append(es, model.FieldError{Field: "start_date", Reason: r})
		}
		i.StartDate = d
	}
	if strings.TrimSpace(v.end) != "" {
		d, r := model.ParseDate(v.end)
		if r != model.ReasonNone {
			es = append(es, model.FieldError{Field: "end_date", Reason: r})
		}
		i.EndDate = d
	}
	i.BudgetKZT = 0
	if strings.TrimSpace(v.budget) != "" {
		t, r := model.ParseTenge(v.budget)
		if r != model.ReasonNone {
			es = append(es, model.FieldError{Field: "budget_kzt", Reason: r})
		}
		i.BudgetKZT = t
	}
	switch v.pick {
	case pickKeep, pickNew:
		// kept as it was; a new person is linked after they are registered
	case pickNone:
		i.ApplicantID, i.ApplicantName = "", ""
	default:
		i.ApplicantID, i.ApplicantName = v.pick, ""
	}
	if len(es) > 0 {
		return nil, es
	}
	return i, nil
}

// save stores the form's idea (and registers its new applicant first).
func (m *Model) save() tea.Cmd {
	if m.c.Nobody() { // who is working? asked first; esc goes back to the form
		return m.c.WhoFirst(m.save, func() tea.Cmd { m.saving = false; return m.reopenFormAt(pageAbout) })
	}
	v, tr, store, now := m.edit, m.c.Tr, m.c.Store, m.c.Now()
	base := model.New(model.KindIdea).(*model.Idea)
	base.Status = model.StatusDraft
	if m.formOrig != nil {
		cp := *m.formOrig
		base = &cp
	}
	isNew, orig := m.formOrig == nil, m.formOrig
	return common.Do(func() tea.Msg {
		idea, err := v.build(tr, base)
		if err != nil {
			return savedMsg{err: err}
		}
		var out savedMsg
		if v.pick == pickNew {
			p, reused, err := registerApplicant(store, v, now)
			if err != nil {
				return savedMsg{err: err}
			}
			out.person, out.reused, out.personNew = p, reused, !reused
			idea.ApplicantID, idea.ApplicantName = p.ID, ""
		}
		if err := idea.Validate(); err != nil {
			out.err = err
			return out
		}
		switch {
		case isNew:
			idea.CreatedAt = now.UTC()
			err = store.Create(idea)
		case sameIdea(idea, orig):
			// Nothing changed: no revision (it would travel in the next
			// bundle and fill the history with edits that are none).
			out.unchanged = true
		default:
			err = store.Update(idea)
		}
		if err != nil {
			out.err = err
			return out
		}
		out.idea = idea
		return out
	})
}

// registerApplicant finds the person by phone, or registers them with their
// consent. reused says the phone belonged to someone already.
func registerApplicant(store *storage.Store, v values, now time.Time) (*model.Person, bool, error) {
	if strings.TrimSpace(v.newPhone) != "" {
		p, err := store.PersonByPhone(v.newPhone)
		if err == nil {
			return p, true, nil
		}
		if !errors.Is(err, storage.ErrNotFound) {
			return nil, false, err
		}
	}
	if !v.newConsent {
		return nil, false, model.FieldErrors{{Field: "consent", Reason: model.ReasonConsentNeeded}}
	}
	p := model.New(model.KindPerson).(*model.Person)
	p.FullName = strings.Join(strings.Fields(v.newName), " ")
	if strings.TrimSpace(v.newPhone) != "" {
		phone, r := model.NormalizePhone(v.newPhone)
		if r != model.ReasonNone {
			return nil, false, model.FieldErrors{{Field: "phone", Reason: r}}
		}
		p.Phone = phone
	}
	p.Consent, p.ConsentMethod, p.ConsentAt = true, v.newMethod, model.DateOf(now)
	p.CreatedAt = now.UTC()
	if err := store.Create(p); err != nil {
		return nil, false, err
	}
	return p, false, nil
}

func (m *Model) takeSaved(msg savedMsg) tea.Cmd {
	tr := m.c.Tr
	m.saving = false
	var cmds []tea.Cmd
	if msg.person != nil {
		// Whatever happens to the idea, the person is now registered: the
		// form links them instead of registering them twice.
		m.edit.pick, m.edit.pickLabel = msg.person.ID, personText(msg.person)
		m.edit.newName, m.edit.newPhone, m.edit.newConsent = "", "", false
		if msg.personNew {
			cmds = append(cmds, dataChanged)
		}
	}
	notice := ""
	if msg.reused {
		notice = tr.T("ideas.applicant.reused", personText(msg.person))
	}
	if msg.err != nil {
		m.formErr = m.saveErrorText(msg.err)
		if notice != "" {
			m.formErr = notice + "\n" + m.formErr
		}
		page := pageAbout
		if fe, ok := model.AsFieldErrors(msg.err); ok && len(fe) > 0 {
			page = pageOfField(fe[0].Field)
		}
		cmds = append(cmds, m.reopenFormAt(page))
		return tea.Batch(cmds...)
	}
	m.form, m.formErr = nil, ""
	text := tr.T("ideas.saved")
	if msg.unchanged {
		text = tr.T("ideas.unchanged")
	}
	if notice != "" {
		text += " " + notice
	}
	cmds = append(cmds, m.openCard(msg.idea.ID), dataChanged, common.Status(text, false))
	return tea.Batch(cmds...)
}

// sameIdea tells whether a and b hold the same data and revision: their
// JSON, with the SDGs (a set, which the form may give in another order)
// sorted.
func sameIdea(a, b *model.Idea) bool {
	enc := func(i *model.Idea) []byte {
		cp := *i
		cp.SDGs = slices.Clone(i.SDGs)
		slices.Sort(cp.SDGs)
		data, err := json.Marshal(&cp)
		if err != nil {
			return nil
		}
		return data
	}
	x, y := enc(a), enc(b)
	return x != nil && bytes.Equal(x, y)
}

func personText(p *model.Person) string {
	s := oneLine(p.FullName)
	if p.Phone != "" {
		s += " · " + showPhone(p.Phone)
	}
	return s
}

// saveErrorText says why a save failed, naming the fields.
func (m *Model) saveErrorText(err error) string {
	tr := m.c.Tr
	if fe, ok := model.AsFieldErrors(err); ok {
		var lines []string
		for _, e := range fe {
			if e.Field == "end_date" && e.Reason == model.ReasonMismatch {
				lines = append(lines, tr.T("ideas.end_before_start"))
				continue
			}
			lines = append(lines, tr.Field(e.Field)+": "+tr.Reason(e.Reason))
		}
		return tr.T("ideas.not_saved") + " " + strings.Join(lines, "; ")
	}
	var ge groupError
	if errors.As(err, &ge) {
		return tr.T("ideas.not_saved") + " " + string(ge)
	}
	return tr.T("ideas.not_saved") + " " + m.c.ErrorText(err)
}
