// Package settings is the Settings screen: the office's name and region, its
// consultants, who is at the desk now, and the language. Later issues add
// their own settings here.
package settings

import (
	"path/filepath"
	"strconv"
	"strings"

	"frontoffice/model"
	"frontoffice/model/application"
	"frontoffice/storage"
	"frontoffice/ui/common"
	"frontoffice/ui/i18n"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/x/ansi"
)

// Setting keys in the store's own settings bucket.
const (
	KeyLang       = "lang"
	KeyConsultant = "consultant"
	KeyMCI        = storage.SettingMCI // tenge value of one MCI, for limits given in MCI
)

// KeyMap is the Settings screen's keys.
type KeyMap struct {
	Edit       key.Binding
	Programmes key.Binding
	Backup     key.Binding
	Audit      key.Binding
	Cancel     key.Binding
}

func newKeyMap(c *common.Common) KeyMap {
	tr := c.Tr
	return KeyMap{
		Edit:       common.Bind(tr.T("key.edit"), "e", "enter"),
		Programmes: common.Bind(tr.T("settings.key.programmes"), "g"),
		Backup:     common.Bind(tr.T("settings.key.backup"), "b"),
		Audit:      common.Bind(tr.T("audit.key"), "a"),
		Cancel:     common.Bind(tr.T("key.cancel"), "esc"),
	}
}

// SetLangMsg asks the root to switch the whole app to another language.
type SetLangMsg struct{ Lang model.Lang }

type loadedMsg struct {
	office     *model.Office
	consultant string
	mci        string
	credit     [2]string // tiers and cap as typed (credit.go)
	err        error
	tplErr     error // the office's templates could not be read
}

type savedMsg struct {
	office     *model.Office
	consultant string
	lang       model.Lang
	rules      *application.Office // the office's rules, reloaded after the MCI was saved
	err        error
}

type mode int

const (
	viewing mode = iota
	editing
	confirmDiscard
)

// values are what the form edits, kept apart so "changed?" is a comparison.
type values struct {
	name, consultants, consultant string
	region                        model.Region
	lang                          model.Lang
	mci                           string // as typed
	creditTiers, creditCap        string // as typed (credit.go)
}

// discardQ is asked on esc with the office's details changed.
var discardQ = common.NewQuestion("settings.discard", "settings.discard_q", "confirm.discard", "confirm.keep_editing")

// Model is the Settings screen.
type Model struct {
	c      *common.Common
	keys   KeyMap
	w, h   int
	mode   mode
	ask    *common.Asking // the discard question while confirmDiscard
	office *model.Office
	cur    values // as stored
	edit   values // bound to the form
	form   *huh.Form
	// who is the form's current consultant, suggested the consultants box's
	// names as suggested (suggestWho).
	who       *huh.Input
	suggested string
	err       error
	tplErr    error
	setup     bool // the first run's guided set-up: four questions, one a page
	// setupAsked: the set-up was asked for before the office was loaded
	// (a busy machine); it starts when the office arrives.
	setupAsked bool
	progs      *programmes // the grant programmes part, while open
	backup     *backupJob  // a backup made by hand, while it runs
	audit      *audit      // the change log (audit.go), while open
	top        int         // the first line shown, when the settings are taller than the screen
}

// New makes the Settings screen.
func New(c *common.Common) *Model { return &Model{c: c, keys: newKeyMap(c)} }

// Init loads the office record.
func (m *Model) Init() tea.Cmd { return m.load() }

func (m *Model) load() tea.Cmd {
	store := m.c.Store
	return common.Do(func() tea.Msg {
		o, err := store.Office()
		if err != nil {
			return loadedMsg{err: err}
		}
		who, err := store.Setting(KeyConsultant)
		if err != nil {
			return loadedMsg{err: err}
		}
		mci, err := store.Setting(KeyMCI)
		if err != nil {
			return loadedMsg{err: err}
		}
		tpl, err := store.Setting(KeyTemplates)
		if err != nil {
			return loadedMsg{err: err}
		}
		_, tplErr := application.DecodeOffice(tpl)
		tiers, limit := loadCreditTexts(store)
		return loadedMsg{office: o, consultant: who, mci: mci, credit: [2]string{tiers, limit}, tplErr: tplErr}
	})
}

func (m *Model) setStored(o *model.Office, consultant, mci string) {
	m.office = o
	m.cur = values{
		name:        o.Name,
		region:      o.Region,
		consultants: strings.Join(o.Consultants, "\n"),
		consultant:  consultant,
		lang:        m.c.Lang(),
		mci:         showMCI(m.c.Tr, mci, m.c.Rules().MCI, m.c.Now().Year()),
	}
}

// showMCI writes the MCI as the screen shows it before and after saving
// alike, grouped as the language writes numbers ("4 325"; "4,325" in
// English): the stored or typed value, else the office's, else the
// year's by the budget law (model.MCIFor).
func showMCI(tr *i18n.Translator, s string, office model.Tenge, year int) string {
	if t, r := model.ParseTenge(s); r == model.ReasonNone && t > 0 {
		return tr.Int(int64(t))
	}
	if t := office; t > 0 {
		return tr.Int(int64(t))
	}
	return tr.Int(int64(model.MCIFor(year)))
}

// takeLoaded shows the settings read from the store and starts a set-up
// asked for before they were there.
func (m *Model) takeLoaded(msg loadedMsg) tea.Cmd {
	m.err, m.tplErr = msg.err, msg.tplErr
	if msg.err == nil {
		m.setStored(msg.office, msg.consultant, msg.mci)
		m.cur.creditTiers, m.cur.creditCap = msg.credit[0], msg.credit[1]
	}
	if m.setupAsked {
		m.setupAsked = false
		if msg.err == nil && m.mode == viewing {
			m.setup = true
			return m.startEdit(m.cur)
		}
	}
	return nil
}

// takeSaved keeps what was saved and tells the app (data changed, saved,
// the language, back to where a set-up started); a refused save goes back
// to the form with what was typed.
func (m *Model) takeSaved(msg savedMsg) tea.Cmd {
	if msg.rules != nil { // the MCI is kept even when a later step failed
		m.c.SetRules(*msg.rules)
	}
	if msg.err != nil {
		m.err = msg.err
		return m.startEdit(m.edit) // keep what was typed
	}
	m.err = nil
	setup := m.setup
	m.setup = false
	m.c.Store.SetActor(msg.consultant)
	m.setStored(msg.office, msg.consultant, m.edit.mci)
	m.cur.creditTiers, m.cur.creditCap = m.edit.creditTiers, m.edit.creditCap
	m.cur.lang = msg.lang
	cmds := []tea.Cmd{
		func() tea.Msg { return common.DataChangedMsg{} },
		func() tea.Msg { return common.StatusMsg{Text: m.c.Tr.T("settings.saved")} },
	}
	if msg.lang != m.c.Lang() {
		lang := msg.lang
		cmds = append(cmds, func() tea.Msg { return SetLangMsg{Lang: lang} })
	}
	if setup { // back to where the set-up was started
		cmds = append(cmds, func() tea.Msg { return common.ReturnMsg{} })
	}
	return tea.Batch(cmds...)
}

// Update handles the screen's messages.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case loadedMsg:
		return m, m.takeLoaded(msg)
	case savedMsg:
		return m, m.takeSaved(msg)
	case common.SetupMsg:
		if m.mode == viewing && m.office == nil && m.err == nil {
			m.setupAsked = true // not loaded yet: it starts when loaded
			return m, nil
		}
		if m.mode != viewing || m.office == nil || m.progs != nil || m.audit != nil || m.backup != nil {
			return m, nil
		}
		m.setup = true
		return m, m.startEdit(m.cur)
	case common.LangChangedMsg:
		m.keys = newKeyMap(m.c)
		m.cur.lang = m.c.Lang()
		if m.audit != nil {
			m.audit.update(msg)
		}
		return m, nil
	case common.DataChangedMsg:
		var cmds []tea.Cmd
		if m.audit != nil {
			_, c := m.audit.update(msg)
			cmds = append(cmds, c)
		}
		if m.mode == viewing {
			cmds = append(cmds, m.load())
		}
		return m, tea.Batch(cmds...)
	case auditMsg:
		if m.audit != nil {
			_, cmd := m.audit.update(msg)
			return m, cmd
		}
		return m, nil
	case backupProgressMsg, backupDoneMsg:
		return m, m.takeBackup(msg)
	case tea.KeyMsg:
		if m.backup != nil {
			if key.Matches(msg, m.keys.Cancel) {
				m.backup.cancel()
			}
			return m, nil
		}
		if m.progs != nil {
			done, cmd := m.progs.update(msg)
			if done {
				m.progs = nil
			}
			return m, cmd
		}
		if m.audit != nil {
			done, cmd := m.audit.update(msg)
			if done {
				m.audit = nil
			}
			return m, cmd
		}
		return m.handleKey(msg)
	}
	if m.progs != nil {
		_, cmd := m.progs.update(msg)
		return m, cmd
	}
	if m.mode == editing && m.form != nil {
		return m, m.updateForm(msg)
	}
	return m, nil
}

func (m *Model) handleKey(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	switch m.mode {
	case viewing:
		switch msg.String() {
		case "down", "j", "о":
			m.top++
		case "up", "k", "л":
			m.top--
		case "pgdown", " ":
			m.top += max(1, m.h-2)
		case "pgup":
			m.top -= max(1, m.h-2)
		case "home":
			m.top = 0
		}
		if key.Matches(msg, m.keys.Edit) && m.office != nil {
			return m, m.startEdit(m.cur)
		}
		if key.Matches(msg, m.keys.Programmes) {
			m.progs = newProgrammes(m.c, m.w, m.h)
		}
		if key.Matches(msg, m.keys.Backup) {
			return m, m.startBackup()
		}
		if key.Matches(msg, m.keys.Audit) {
			var cmd tea.Cmd
			m.audit, cmd = newAudit(m.c, m.w, m.h)
			return m, cmd
		}
	case confirmDiscard:
		switch m.ask.Answer(msg) {
		case common.Yes:
			m.mode, m.form, m.ask = viewing, nil, nil
		case common.No:
			m.mode, m.ask = editing, nil
		}
	case editing:
		if key.Matches(msg, m.keys.Cancel) {
			if m.edit != m.cur {
				m.mode, m.ask = confirmDiscard, m.c.Ask(discardQ)
			} else {
				m.mode, m.form = viewing, nil
			}
			return m, nil
		}
		return m, m.updateForm(msg)
	}
	return m, nil
}

func (m *Model) updateForm(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	m.form, cmd = common.UpdateForm(m.form, msg)
	m.suggestWho(m.who)
	if m.form.State == huh.StateCompleted {
		m.mode, m.form = viewing, nil
		return m.save()
	}
	return cmd
}

func (m *Model) save() tea.Cmd {
	if strings.TrimSpace(m.edit.consultant) == "" && m.c.Nobody() {
		// The office is recorded under a name: who is working? asked first,
		// and the answer is the consultant at the desk; esc reopens the form.
		return m.c.WhoFirst(func() tea.Cmd {
			m.edit.consultant = m.c.Store.Actor()
			return m.save()
		}, func() tea.Cmd { return m.startEdit(m.edit) })
	}
	v := m.edit
	o := *m.office
	o.Name = strings.TrimSpace(v.name)
	o.Region = v.region
	o.Consultants = splitLines(v.consultants)
	store, year, rules := m.c.Store, m.c.Now().Year(), m.c.Rules()
	return common.Do(func() tea.Msg {
		var applied *application.Office // the rules, when the MCI saved changes them
		if who := strings.TrimSpace(v.consultant); who != "" {
			store.SetActor(who) // the office is saved by who is at the desk now
		}
		if err := store.SaveOffice(&o); err != nil {
			return savedMsg{err: err}
		}
		if err := store.SetSetting(KeyConsultant, strings.TrimSpace(v.consultant)); err != nil {
			return savedMsg{err: err}
		}
		if err := store.SetSetting(KeyLang, string(v.lang)); err != nil {
			return savedMsg{err: err}
		}
		// The year's value by law, shown and kept, is not pinned as the office's.
		if t, r := model.ParseTenge(v.mci); r == model.ReasonNone && t > 0 && (rules.MCI > 0 || t != model.MCIFor(year)) {
			if err := store.SetSetting(KeyMCI, strconv.FormatInt(int64(t), 10)); err != nil {
				return savedMsg{err: err}
			}
			applied = LoadRules(store, rules)
		}
		if err := saveCredit(store, v.creditTiers, v.creditCap); err != nil {
			return savedMsg{err: err, rules: applied}
		}
		return savedMsg{office: &o, consultant: strings.TrimSpace(v.consultant), lang: v.lang, rules: applied}
	})
}

// splitLines turns the consultants box into a list: one name a line, trimmed,
// empty lines and repeats dropped.
func splitLines(s string) []string {
	var out []string
	seen := map[string]bool{}
	for _, l := range strings.Split(s, "\n") {
		l = strings.TrimSpace(l)
		if l != "" && !seen[l] {
			seen[l] = true
			out = append(out, l)
		}
	}
	return out
}

// startEdit builds a new form for v (a fresh form for every edit).
func (m *Model) startEdit(v values) tea.Cmd {
	m.edit = v
	m.mode = editing
	m.form = m.newForm()
	return m.form.Init()
}

func (m *Model) newForm() *huh.Form {
	tr, lang := m.c.Tr, m.c.Lang()
	regionOpts := make([]huh.Option[model.Region], 0, len(model.Regions())+1)
	regionOpts = append(regionOpts, huh.NewOption(tr.T("settings.no_region"), model.Region("")))
	for _, r := range model.Regions() {
		regionOpts = append(regionOpts, huh.NewOption(r.Label(lang), r))
	}
	langOpts := []huh.Option[model.Lang]{
		huh.NewOption("Қазақша", model.KK),
		huh.NewOption("Русский", model.RU),
		huh.NewOption("English", model.EN),
	}
	required := func(s string) error {
		if strings.TrimSpace(s) == "" {
			return fieldErr(tr.Reason(model.ReasonRequired))
		}
		if model.HasControl(s, false) {
			return fieldErr(tr.Reason(model.ReasonControlChars))
		}
		return nil
	}
	names := func(s string) error {
		if model.HasControl(s, true) {
			return fieldErr(tr.Reason(model.ReasonControlChars))
		}
		return nil
	}
	fields := []huh.Field{
		huh.NewInput().Title(tr.T("field.office_name")).Value(&m.edit.name).CharLimit(200).Validate(required),
		common.Windowed(tr, huh.NewSelect[model.Region](), tr.T("field.region"), regionOpts, &m.edit.region, 5),
		fromFirstLine(huh.NewText().Title(tr.T("field.consultants")).Description(m.consultantsHint()).
			Value(&m.edit.consultants).Lines(consultantLines).Validate(names)),
		m.suggestWho(huh.NewInput().Title(tr.T("field.current_consultant")).Value(&m.edit.consultant).CharLimit(200)),
		huh.NewSelect[model.Lang]().Title(tr.T("field.language")).Options(langOpts...).Value(&m.edit.lang),
		huh.NewInput().Title(tr.T("field.mci")).Description(tr.T("settings.mci_hint")).Value(&m.edit.mci).CharLimit(12).
			Validate(func(s string) error {
				t, r := model.ParseTenge(s)
				switch {
				case r != model.ReasonNone:
					return fieldErr(tr.Reason(r))
				case t <= 0:
					return fieldErr(tr.Reason(model.ReasonRequired))
				case t > 1_000_000:
					return fieldErr(tr.Reason(model.ReasonTooLarge))
				}
				return nil
			}),
	}
	var f *huh.Form
	if m.setup {
		// The first run: the four things a desk needs, one a page, each
		// saying how far along it is.
		var groups []*huh.Group
		for i, fl := range fields[:4] {
			g := huh.NewGroup(fl).Title(tr.T("setup.step", i+1, 4))
			if i == 0 {
				g = g.Description(tr.T("setup.intro"))
			}
			groups = append(groups, g)
		}
		f = huh.NewForm(groups...).WithShowHelp(false).WithWidth(max(20, m.w)).WithHeight(max(5, m.h-2))
	} else {
		fields = append(fields, creditFields(tr, &m.edit.creditTiers, &m.edit.creditCap)...)
		f = huh.NewForm(huh.NewGroup(fields...)).WithShowHelp(false).WithWidth(max(20, m.w)).WithHeight(max(5, m.h-2))
	}
	return m.c.FinishForm(f)
}

// consultantLines is how many lines the consultants box shows.
const consultantLines = 3

// consultantsHint is the consultants box's description; with more names
// than the box shows it says how many and that ↓ brings the rest: a fourth
// name sat below the box with nothing to say so.
func (m *Model) consultantsHint() string {
	hint := m.c.Tr.T("settings.consultants_hint")
	if n := len(splitLines(m.edit.consultants)); n > consultantLines {
		hint += " " + m.c.Tr.T("settings.consultants_more", n)
	}
	return hint
}

// suggestWho makes in the names of the consultants box the suggestions of
// in, the current consultant, when they changed, and keeps it as m.who. On
// the event loop: huh's SuggestionsFunc reads its binding in a command, off
// it, while the next key typed in the box writes it (a data race).
func (m *Model) suggestWho(in *huh.Input) *huh.Input {
	if in == nil {
		return nil
	}
	if in != m.who || m.edit.consultants != m.suggested {
		m.who, m.suggested = in, m.edit.consultants
		in.Suggestions(splitLines(m.edit.consultants))
	}
	return in
}

// fromFirstLine puts the cursor of t at the start of its text. huh's text
// leaves it where setting the value does, after the last character, so a
// box of more names than lines opened on its last ones: at 40×12 the
// consultants' box showed "Нұрлан…, Ольга…, Aigerim…", the first name out
// of view above with nothing to say so. The textarea moves its cursor only
// while focused: focused, sent ctrl+home, blurred again.
func fromFirstLine(t *huh.Text) *huh.Text {
	t.Focus()
	t.Update(tea.KeyMsg{Type: tea.KeyCtrlHome})
	t.Blur()
	return t
}

type fieldErr string

func (e fieldErr) Error() string { return string(e) }

// SetSize sets the body area.
func (m *Model) SetSize(w, h int) {
	m.w, m.h = w, h
	if m.form != nil {
		m.form = m.form.WithWidth(max(20, w)).WithHeight(max(5, h-2))
	}
	if m.progs != nil {
		m.progs.setSize(w, h)
	}
	if m.audit != nil {
		m.audit.setSize(w, h)
	}
}

// Capturing is true while a form or a question is open.
func (m *Model) Capturing() bool {
	if m.backup != nil {
		return true // only esc, which stops it
	}
	if m.progs != nil {
		return m.progs.capturing()
	}
	return m.mode != viewing
}

// HandlesBack is true while the programmes part or the change log is open:
// esc goes back to the settings, not Home.
func (m *Model) HandlesBack() bool { return m.progs != nil || m.audit != nil }

// Title is the tab name.
func (m *Model) Title() string { return m.c.Tr.T("screen.settings") }

// ShortHelp lists the keys that work now.
func (m *Model) ShortHelp() []key.Binding {
	if m.backup != nil {
		return []key.Binding{m.keys.Cancel}
	}
	if m.progs != nil {
		return m.progs.shortHelp()
	}
	if m.audit != nil {
		return m.audit.shortHelp()
	}
	switch m.mode {
	case editing:
		return append([]key.Binding{m.keys.Cancel}, common.FormMoves(m.form, m.c.Tr, true)...)
	case confirmDiscard:
		return m.ask.Keys()
	}
	return []key.Binding{m.keys.Edit, m.keys.Programmes, m.keys.Backup, m.keys.Audit}
}

// FullHelp lists the keys for the help overlay.
func (m *Model) FullHelp() [][]key.Binding { return [][]key.Binding{m.ShortHelp()} }

// View draws the settings or the form.
func (m *Model) View() string {
	tr, st := m.c.Tr, m.c.Styles
	if m.backup != nil {
		return m.backupView()
	}
	if m.progs != nil {
		return m.progs.view()
	}
	if m.audit != nil {
		return m.audit.view()
	}
	var b strings.Builder
	if m.err != nil {
		b.WriteString(st.Error.Render(m.c.ErrorText(m.err)) + "\n")
	}
	switch m.mode {
	case editing:
		b.WriteString(m.form.View())
		return common.Fit(b.String(), m.w, m.h)
	case confirmDiscard:
		b.WriteString(m.ask.View(m.w))
		return common.Fit(b.String(), m.w, m.h)
	}
	if m.office == nil {
		b.WriteString(st.Muted.Render(tr.T("home.loading")))
		return common.Fit(b.String(), m.w, m.h)
	}
	// A row too wide for the screen says its value whole on the lines
	// under its label (a store's path, the consultants at 40 columns).
	row := func(label, value string) {
		value = common.Sanitize(value)
		if value == "" {
			b.WriteString(st.Label.Render(label+": ") + st.Muted.Render("—") + "\n")
			return
		}
		if ansi.StringWidth(label+": "+value) <= m.w {
			b.WriteString(st.Label.Render(label+": ") + st.Value.Render(value) + "\n")
			return
		}
		// A label wider than the screen (the credit tiers' in Kazakh) goes
		// whole too, on as many lines as it needs.
		for _, l := range strings.Split(ansi.Wrap(label+":", max(1, m.w), ""), "\n") {
			b.WriteString(st.Label.Render(l) + "\n")
		}
		wrapped := ansi.Wrap(value, max(1, m.w-2), "")
		if !strings.Contains(value, " ") { // a path: cut at the width, not after a hyphen
			wrapped = ansi.Hardwrap(value, max(1, m.w-2), true)
		}
		for _, l := range strings.Split(wrapped, "\n") {
			b.WriteString("  " + st.Value.Render(l) + "\n")
		}
	}
	row(tr.T("field.office_name"), m.cur.name)
	region := ""
	if m.cur.region != "" {
		region = m.cur.region.Label(m.c.Lang())
	}
	row(tr.T("field.region"), region)
	row(tr.T("field.consultants"), strings.ReplaceAll(m.cur.consultants, "\n", ", "))
	row(tr.T("field.current_consultant"), m.cur.consultant)
	row(tr.T("field.language"), langName(m.c.Lang()))
	row(tr.T("field.mci"), m.cur.mci)
	creditRows(tr, m.cur.creditTiers, m.cur.creditCap, row)
	row(tr.T("settings.programmes"), tr.T("settings.programmes_sum", len(m.c.Rules().Builtin()), len(m.c.Rules().Specs())))
	if m.tplErr != nil {
		b.WriteString(st.Error.Render(tr.T("settings.templates_error", m.c.ErrorText(m.tplErr))) + "\n")
	}
	row(tr.T("settings.store"), m.c.StoreLabel)
	row(tr.T("settings.backups"), filepath.Join(filepath.Dir(m.c.StoreLabel), "backups"))
	row(tr.T("audit.row"), tr.T("audit.press_a"))
	b.WriteString("\n" + st.Muted.Render(ansi.Wrap(tr.T("settings.edit_hint"), max(1, m.w), "")))
	return m.window(b.String())
}

// window shows the lines of the settings from m.top, a last line saying
// there is more below and, once scrolled, a first line saying there is
// more above, when they do not all fit.
func (m *Model) window(s string) string {
	lines := strings.Split(s, "\n")
	if len(lines) <= m.h || m.h < 3 {
		m.top = 0
		return common.Fit(s, m.w, m.h)
	}
	room := m.h - 1
	m.top = max(0, min(m.top, len(lines)-room))
	mute := m.c.Styles.Muted.Render
	var shown []string
	switch {
	case m.top == 0:
		shown = append(lines[:room:room], mute(m.c.Tr.T("settings.more_below")))
	case m.top+room >= len(lines):
		shown = append(lines[m.top:m.top+room:m.top+room], mute(m.c.Tr.T("settings.more_above")))
	default:
		shown = append([]string{mute(m.c.Tr.T("settings.more_above"))}, lines[m.top:m.top+room-1]...)
		shown = append(shown, mute(m.c.Tr.T("settings.more_below")))
	}
	return common.Fit(strings.Join(shown, "\n"), m.w, m.h)
}

func langName(l model.Lang) string {
	switch l {
	case model.KK:
		return "Қазақша"
	case model.RU:
		return "Русский"
	}
	return "English"
}

// LoadRules reads the office's settings that rules depend on, as the store
// keeps them (storage.(*Store).Rules): the MCI value and the office's own
// grant templates (whose limits in MCI follow it), for common.SetRules.
// Templates that cannot be read keep those of prev (none at start);
// Settings says so.
func LoadRules(s *storage.Store, prev application.Office) *application.Office {
	o, err := s.Rules()
	if err != nil {
		o = application.NewOffice(o.MCI, prev.Specs())
	}
	return &o
}

// LoadLang reads the remembered language, if any.
func LoadLang(s *storage.Store) (model.Lang, bool) {
	v, err := s.Setting(KeyLang)
	if err != nil || v == "" {
		return "", false
	}
	l, ok := model.ParseLang(v)
	return l, ok
}
