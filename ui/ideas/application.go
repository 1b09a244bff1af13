package ideas

import (
	"bytes"
	"errors"
	"io"
	"path/filepath"
	"strings"

	"frontoffice/model"
	"frontoffice/model/application"
	"frontoffice/storage"
	"frontoffice/ui/appdoc"
	"frontoffice/ui/common"
	"frontoffice/ui/i18n"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/x/ansi"
)

// The application view (key g on the card): the idea's grant application
// against a programme — its readiness, the list of what to fix and where,
// and a preview of the text in the programme's section order. p picks the
// programme, e edits the texts only an application needs, x and m export
// HTML and Markdown into an applications folder next to the store.

// appSub is what the application view is doing.
type appSub int

const (
	appBrowse         appSub = iota
	appProgramme             // the programme select is open
	appEditing               // the texts form is open
	appConfirmDiscard        // "discard the changes you typed? y/n"
	appConfirmReplace        // "… exists already. Replace it? y/n"
)

// appTexts are the texts the form edits.
type appTexts struct {
	CoverLetter, Sustainability, Partners, MonitoringPlan string
}

func textsOf(i *model.Idea) appTexts {
	return appTexts{i.CoverLetter, i.Sustainability, i.Partners, i.MonitoringPlan}
}

func (t appTexts) apply(i *model.Idea) {
	i.CoverLetter, i.Sustainability, i.Partners, i.MonitoringPlan = t.CoverLetter, t.Sustainability, t.Partners, t.MonitoringPlan
}

// appView is the open application view.
type appView struct {
	idea    *model.Idea
	people  map[string]*model.Person // the applicant and registered team members
	code    string                   // the programme
	lang    model.Lang               // the printed application's language (l); its texts' by default
	sub     appSub
	ask     *common.Asking // the question while appConfirmDiscard or appConfirmReplace
	replace [2]string      // the format ("html", "md") and the file (as shown) the replace question is about
	form    *huh.Form
	pick    string    // bound to the programme select
	vals    *appTexts // bound to the texts form
	start   appTexts  // as the form opened
	err     string    // why the last save failed
	saving  bool
	pct     int
	head    []string // the fixed lines above the scrolled part
	lines   []string // the readiness list and the preview
	top     int
	exports int // export answers to wait for

	// The view is a component of its own, hosted by the Ideas screen
	// (apphost.go) as matcher.go hosts the catalogue matcher.
	c      *common.Common
	w, h   int
	keys   *KeyMap                 // the screen's (Back, Cancel, scrolling), relabelled with it
	office func() string           // the office's name, as the screen last read it
	reload func(id string) tea.Cmd // reloads the card when it shows idea id
	done   bool                    // closed (esc): the host shows the card
}

// styleForm finishes a form of the view as every form of the screen.
func (a *appView) styleForm(f *huh.Form) *huh.Form { return a.c.FinishForm(f.WithShowHelp(false)) }

type appKeys struct {
	Programme, Edit, HTML, Markdown, Lang key.Binding
	// Back closes the view onto the idea's card (the card's own esc goes
	// back to the list, and says so).
	Back key.Binding
	// Quit is the root's q, which the view takes while a language chosen
	// with l waits to be kept and nobody is named to keep it as (unkeptQuit).
	Quit key.Binding
}

func newAppKeys(c *common.Common) appKeys {
	tr := c.Tr
	return appKeys{
		Programme: common.Bind(tr.T("appview.key.programme"), "p"),
		Edit:      common.Bind(tr.T("appview.key.edit"), "e"),
		HTML:      common.Bind(tr.T("appview.key.html"), "x"),
		Markdown:  common.Bind(tr.T("appview.key.markdown"), "m"),
		Lang:      common.Bind(tr.T("appview.key.lang"), "l"),
		Back:      common.BindHelp("esc", tr.T("appview.key.back"), "esc", "backspace", "left"),
		Quit:      common.Bind(tr.T("key.quit"), "q"),
	}
}

// appOpenedMsg carries the people the readiness check needs.
type appOpenedMsg struct {
	id     string
	people map[string]*model.Person
}

// openApplication opens the application view of the idea on the card.
func (m *Model) openApplication() tea.Cmd {
	i := m.card.idea
	if i == nil {
		return nil
	}
	code := m.c.Rules().TemplateFor(i.Programme).Code
	people := map[string]*model.Person{}
	for id, p := range m.card.people { // as the card counted them, until the fresh answer
		people[id] = p
	}
	m.app = m.hostApp(&appView{idea: cloneIdea(i), code: code, people: people, lang: application.LangOf(i)})
	m.mode = modeApplication
	m.renderApp()
	store, idea := m.c.Store, cloneIdea(i)
	return common.Do(func() tea.Msg {
		return appOpenedMsg{id: idea.ID, people: ideaPeople(store, idea)}
	})
}

func (m *Model) takeAppOpened(msg appOpenedMsg) tea.Cmd {
	if m.app == nil || m.app.idea.ID != msg.id {
		return nil
	}
	m.app.people = msg.people
	m.renderApp()
	return nil
}

// appDoc is the application as printed.
func (a *appView) appDoc() appdoc.Doc {
	i := a.idea
	phone := ""
	if p := a.people[i.ApplicantID]; p != nil && i.ApplicantID != "" {
		phone = p.Phone
		if i.ApplicantName == "" {
			copied := *i
			copied.ApplicantName = p.FullName
			i = &copied
		}
	}
	problems, _ := a.c.Rules().Assess(a.idea, a.lookup, a.code, a.c.Now())
	return appdoc.Doc{Idea: i, Template: a.c.Rules().TemplateFor(a.code), Date: a.c.Now(), Tr: i18n.New(a.lang), Office: a.office(),
		Draft: len(problems) > 0, Phone: phone}
}

func (a *appView) lookup(id string) *model.Person { return a.people[id] }

// renderApp lays the view out; it runs when data, size, language or the
// programme change, never per frame.
func (a *appView) renderApp() {
	if a == nil {
		return
	}
	tr, st, w := a.c.Tr, a.c.Styles, max(10, a.w)
	tpl := a.c.Rules().TemplateFor(a.code)
	var problems []application.Problem
	problems, a.pct = a.c.Rules().Assess(a.idea, a.lookup, a.code, a.c.Now())
	wrapTo := func(out *[]string, s string, indent int) {
		for _, l := range strings.Split(ansi.Wrap(s, max(5, w-indent), ""), "\n") {
			*out = append(*out, strings.Repeat(" ", indent)+l)
		}
	}
	var head []string
	head = append(head, ansi.Truncate(st.Title.Render(tr.T("appview.title", oneLine(a.idea.Title))), w, "…"))
	head = append(head, ansi.Truncate(st.Label.Render(tr.Field("programme")+": ")+st.Value.Render(tpl.Label(tr.Lang())), w, "…"))
	head = append(head, ansi.Truncate(st.Label.Render(tr.T("appview.print_lang")+": ")+st.Value.Render(tr.T("appview.lang."+string(a.lang)))+
		st.Muted.Render(" (l)"), w, "…"))
	ready := tr.T("appview.readiness", a.pct)
	if len(problems) == 0 {
		head = append(head, ansi.Truncate(st.Value.Render(ready), w, "…"))
	} else {
		head = append(head, ansi.Truncate(st.Error.Render(ready), w, "…"))
	}
	a.head = head
	var out []string
	if len(problems) == 0 {
		wrapTo(&out, tr.T("appview.all_ready"), 0)
	} else {
		wrapTo(&out, st.Label.Render(tr.T("appview.to_fix")), 0)
		for _, p := range problems {
			wrapTo(&out, "• "+common.Sanitize(appdoc.ProblemText(tr, p))+" "+st.Muted.Render(tr.T("app.where", appdoc.WhereText(tr, p.Where))), 2)
		}
	}
	out = append(out, "")
	var b bytes.Buffer
	if err := appdoc.Markdown(&b, a.appDoc()); err == nil {
		out = append(out, previewLines(b.String(), w, a.c.NoColor)...)
	}
	a.lines = out
	a.scroll(a.appPage(), 0)
}

// appPage is how many scrolled lines fit.
func (a *appView) appPage() int {
	if a == nil {
		return 1
	}
	return max(1, a.h-len(a.head)-1)
}

func (a *appView) scroll(page, d int) {
	a.top = max(0, min(a.top+d, len(a.lines)-page))
}

func (a *appView) appKey(msg tea.KeyMsg) tea.Cmd {
	k := a.keys
	switch a.sub {
	case appProgramme:
		if key.Matches(msg, k.Cancel) {
			a.sub, a.form = appBrowse, nil
			return nil
		}
		return a.updateAppForm(msg)
	case appEditing:
		if a.saving {
			return nil
		}
		if key.Matches(msg, k.Cancel) {
			if *a.vals != a.start {
				a.sub, a.ask = appConfirmDiscard, a.c.Ask(appDiscardQ)
				return nil
			}
			a.sub, a.form, a.err = appBrowse, nil, ""
			return nil
		}
		return a.updateAppForm(msg)
	case appConfirmDiscard:
		switch a.ask.Answer(msg) {
		case common.Yes:
			a.sub, a.form, a.err, a.ask = appBrowse, nil, "", nil
		case common.No:
			a.sub, a.ask = appEditing, nil
		}
		return nil
	case appConfirmReplace:
		return a.answerAppReplace(msg)
	}
	ak, page := newAppKeys(a.c), a.appPage()
	switch {
	case a.unkeptQuit(msg):
		// q with the language not kept and nobody at the desk: asked who is
		// working, as esc would, then kept, then the app quits (the root's
		// Leave has no one to keep it as). esc on the question stays here.
		return a.c.WhoFirst(func() tea.Cmd { return tea.Sequence(a.saveAppLang(a.lang), tea.Quit) }, nil)
	case key.Matches(msg, ak.Back):
		a.done = true
		if a.lang != application.LangOf(a.idea) { // l chose another: kept once, now
			return a.saveAppLang(a.lang)
		}
		return nil
	case key.Matches(msg, k.Up):
		a.scroll(page, -1)
	case key.Matches(msg, k.Down):
		a.scroll(page, 1)
	case key.Matches(msg, k.PageUp):
		a.scroll(page, -page)
	case key.Matches(msg, k.PageDown):
		a.scroll(page, page)
	case msg.Type == tea.KeyHome:
		a.top = 0
	case msg.Type == tea.KeyEnd:
		a.scroll(page, len(a.lines))
	case key.Matches(msg, ak.Programme):
		a.pick, a.sub = a.code, appProgramme
		a.form = a.programmeForm()
		a.layoutApp()
		return a.form.Init()
	case key.Matches(msg, ak.Edit):
		v := textsOf(a.idea)
		a.vals, a.start, a.sub, a.err = &v, v, appEditing, ""
		a.form = a.textsForm()
		a.layoutApp()
		return a.form.Init()
	case key.Matches(msg, ak.HTML):
		return a.exportApp("html", false)
	case key.Matches(msg, ak.Markdown):
		return a.exportApp("md", false)
	case key.Matches(msg, ak.Lang):
		if a.saving {
			return nil
		}
		// Only the preview changes: the language is kept on the idea when
		// the view is left (one revision, not one a press).
		a.lang = nextLang(a.lang)
		a.renderApp()
	}
	return nil
}

func (a *appView) programmeForm() *huh.Form {
	tr := a.c.Tr
	var opts []huh.Option[string]
	for _, t := range a.c.Rules().Templates() {
		opts = append(opts, huh.NewOption(t.Label(tr.Lang()), t.Code))
	}
	return a.styleForm(huh.NewForm(huh.NewGroup(
		huh.NewSelect[string]().Title(tr.Field("programme")).Options(opts...).Value(&a.pick))))
}

func (a *appView) textsForm() *huh.Form {
	tr, v := a.c.Tr, a.vals
	text := func(field string, val *string) *huh.Group {
		return huh.NewGroup(huh.NewText().Title(tr.Field(field)).Description(tr.T("appview.text_hint")).
			Value(val).CharLimit(20000).Lines(4))
	}
	return a.styleForm(huh.NewForm(
		text("cover_letter", &v.CoverLetter),
		text("sustainability", &v.Sustainability),
		text("partners", &v.Partners),
		text("monitoring_plan", &v.MonitoringPlan),
	))
}

// updateAppForm passes a message to the open form.
func (a *appView) updateAppForm(msg tea.Msg) tea.Cmd {
	if a == nil || a.form == nil || a.saving {
		return nil
	}
	var cmd tea.Cmd
	a.form, cmd = common.UpdateForm(a.form, msg)
	if a.form.State != huh.StateCompleted {
		return cmd
	}
	switch a.sub {
	case appProgramme:
		a.code, a.sub, a.form, a.top = a.pick, appBrowse, nil, 0
		a.renderApp()
		if a.c.Rules().TemplateFor(a.idea.Programme).Code == a.code {
			return nil // the idea's own already
		}
		return a.saveProgramme(a.code)
	case appEditing:
		if *a.vals == a.start {
			a.sub, a.form = appBrowse, nil
			return nil
		}
		return a.saveApp()
	}
	return nil
}

func (a *appView) layoutApp() {
	if a == nil || a.form == nil {
		return
	}
	avail := a.h - len(a.head) - 1
	if a.err != "" {
		avail--
	}
	a.form = a.form.WithWidth(max(20, a.w)).WithHeight(max(3, avail))
}

// appSavedMsg is the answer to saving the texts; latest is the stored idea
// when the save was refused because someone else saved first.
type appSavedMsg struct {
	idea   *model.Idea
	latest *model.Idea
	err    error
}

func (a *appView) saveApp() tea.Cmd {
	if a.c.Nobody() { // who is working? asked first; esc goes back to the texts
		a.saving = true // the completed form takes nothing meanwhile
		return a.c.WhoFirst(a.saveApp, func() tea.Cmd {
			a.saving, a.form = false, a.textsForm()
			a.layoutApp()
			return a.form.Init()
		})
	}
	a.saving = true
	idea, store := cloneIdea(a.idea), a.c.Store
	a.vals.apply(idea)
	return common.Do(func() tea.Msg {
		if err := idea.Validate(); err != nil {
			return appSavedMsg{err: err}
		}
		saved, latest, err := updateIdea(store, idea)
		return appSavedMsg{idea: saved, latest: latest, err: err}
	})
}

// updateIdea stores idea; when someone saved it first (ErrStale) it also
// returns what is stored now, so the next try goes on top of that.
func updateIdea(store *storage.Store, idea *model.Idea) (saved, latest *model.Idea, err error) {
	if err := store.Update(idea); err != nil {
		if errors.Is(err, storage.ErrStale) {
			latest, _ = storage.GetAs[*model.Idea](store, model.KindIdea, idea.ID)
		}
		return nil, latest, err
	}
	return idea, nil, nil
}

// takeAppSaved closes the form after a save; a refused save keeps the form
// and everything typed in it, with the reason above it.
func (a *appView) takeAppSaved(msg appSavedMsg) tea.Cmd {
	if a == nil {
		return nil
	}
	a.saving = false
	tr := a.c.Tr
	if msg.err != nil {
		a.err = tr.T("ideas.not_saved") + " " + a.c.ErrorText(msg.err)
		if msg.latest != nil {
			// the next save goes on top of what is stored now
			a.idea = msg.latest
			a.renderApp()
		}
		a.form = a.textsForm()
		a.layoutApp()
		return a.form.Init()
	}
	a.idea, a.sub, a.form, a.err = msg.idea, appBrowse, nil, ""
	a.renderApp()
	reload := a.reload(msg.idea.ID)
	return tea.Batch(reload, dataChanged, common.Status(tr.T("appview.saved"), false))
}

// appProgrammeMsg is the answer to keeping the programme picked on the idea.
type appProgrammeMsg struct {
	idea   *model.Idea
	latest *model.Idea
	err    error
}

// saveProgramme keeps the programme picked in the application view on the
// idea, so its card, the readiness column and the application command use
// it too.
func (a *appView) saveProgramme(code string) tea.Cmd {
	if a.c.Nobody() { // who is working? asked first
		return a.c.WhoFirst(func() tea.Cmd { return a.saveProgramme(code) }, nil)
	}
	a.saving = true
	idea, store := cloneIdea(a.idea), a.c.Store
	idea.Programme = code
	return common.Do(func() tea.Msg {
		saved, latest, err := updateIdea(store, idea)
		return appProgrammeMsg{idea: saved, latest: latest, err: err}
	})
}

// appLangMsg is the answer to keeping the printed language on the idea.
type appLangMsg struct {
	id     string // the idea's
	idea   *model.Idea
	latest *model.Idea
	err    error
}

// saveAppLang keeps the language chosen with l on the idea, so the next
// time, the x export and the application command print in it too. The
// view calls it as it closes: its answer may come to a card.
func (a *appView) saveAppLang(lang model.Lang) tea.Cmd {
	if a.c.Nobody() { // who is working? asked first
		return a.c.WhoFirst(func() tea.Cmd { return a.saveAppLang(lang) }, nil)
	}
	a.saving = true
	idea, store := cloneIdea(a.idea), a.c.Store
	idea.PrintLang = lang
	return common.Do(func() tea.Msg {
		saved, latest, err := updateIdea(store, idea)
		return appLangMsg{id: idea.ID, idea: saved, latest: latest, err: err}
	})
}

func (a *appView) takeAppLang(msg appLangMsg) tea.Cmd {
	tr := a.c.Tr
	return a.takeAppChoice(msg.idea, msg.latest, msg.err,
		func(a *appView) { a.lang = application.LangOf(a.idea) },
		func(a *appView) string { return tr.T("appview.lang_saved", tr.T("appview.lang."+string(a.lang))) })
}

func (a *appView) takeAppProgramme(msg appProgrammeMsg) tea.Cmd {
	tr := a.c.Tr
	return a.takeAppChoice(msg.idea, msg.latest, msg.err,
		func(a *appView) { a.code = a.c.Rules().TemplateFor(a.idea.Programme).Code },
		func(a *appView) string {
			return tr.T("appview.programme_saved", a.c.Rules().TemplateFor(a.code).Label(tr.Lang()))
		})
}

// takeAppChoice is the answer to a choice stored from the application view
// (its language, its programme). A refused save shows the idea as stored
// (latest, when it came) with reset putting the choice back, and says why;
// a stored one reloads the card and says saved.
func (a *appView) takeAppChoice(idea, latest *model.Idea, err error, reset func(*appView), saved func(*appView) string) tea.Cmd {
	if a == nil {
		return nil
	}
	a.saving = false
	if err != nil {
		if latest != nil {
			a.idea = latest
		}
		reset(a)
		a.renderApp()
		return common.Status(a.c.Tr.T("ideas.not_saved")+" "+a.c.ErrorText(err), true)
	}
	a.idea = idea
	a.renderApp()
	reload := a.reload(idea.ID)
	return tea.Batch(reload, dataChanged, common.Status(saved(a), false))
}

// appExportedMsg is the answer to an export; exists is set (and nothing
// was written) when the file is there already and replacing it was not
// asked for.
type appExportedMsg struct {
	shown  string // the file as shown
	format string
	exists bool
	err    error
}

// exportApp writes the application into the applications folder next to the
// store, through a temporary file renamed over the old one. An existing
// file is replaced only when replace is true (the view asks first).
func (a *appView) exportApp(format string, replace bool) tea.Cmd {
	doc := a.appDoc()
	store, label := a.c.Store, a.c.StoreLabel
	id, title, day := a.idea.ID, a.idea.Title, a.c.Now()
	return common.Do(func() tea.Msg {
		if office, err := store.Office(); err == nil {
			doc.Office = office.Name
		}
		dir, err := common.ExportDir(store.Path(), "applications")
		if err != nil {
			return appExportedMsg{err: err}
		}
		render := appdoc.Markdown
		if format == "html" {
			render = appdoc.HTML
		}
		path := appdoc.ApplicationPath(dir, id, title, day, format)
		name := filepath.Base(path)
		shown := path
		if label != "" {
			shown = filepath.Join(filepath.Dir(label), "applications", name)
		}
		if err := storage.CheckOutputFile(path, replace); err != nil {
			if oe, ok := storage.AsOutputError(err); ok && oe.Reason == storage.OutputExists {
				return appExportedMsg{shown: shown, format: format, exists: true}
			}
			return appExportedMsg{err: err}
		}
		if err := common.WriteFileAtomic(path, func(w io.Writer) error { return render(w, doc) }); err != nil {
			return appExportedMsg{err: err}
		}
		return appExportedMsg{shown: shown}
	})
}

func (m *Model) takeAppExported(msg appExportedMsg) tea.Cmd {
	if msg.exists {
		if a := m.app; a != nil && a.sub == appBrowse {
			a.sub, a.replace = appConfirmReplace, [2]string{msg.format, msg.shown}
			a.ask = m.c.Ask(appReplaceQ, common.Sanitize(msg.shown))
		}
		return nil
	}
	if msg.err != nil {
		return common.Status(m.c.ErrorText(msg.err), true)
	}
	return common.Status(m.c.Tr.T("appview.exported", msg.shown), false)
}

// answerAppReplace takes the answer to "replace the existing file?": yes
// exports over it, no leaves it byte for byte as it was.
func (a *appView) answerAppReplace(msg tea.KeyMsg) tea.Cmd {
	switch a.ask.Answer(msg) {
	case common.Yes:
		format := a.replace[0]
		a.sub, a.ask, a.replace = appBrowse, nil, [2]string{}
		return a.exportApp(format, true)
	case common.No:
		shown := a.replace[1]
		a.sub, a.ask, a.replace = appBrowse, nil, [2]string{}
		return common.Status(a.c.Tr.T("out.kept", common.Sanitize(shown)), false)
	}
	return nil
}

// appHelp lists the view's keys that work now.
func (a *appView) appHelp() []key.Binding {
	k := a.keys
	switch a.sub {
	case appProgramme, appEditing:
		return append([]key.Binding{k.Cancel}, common.FormMoves(a.form, a.c.Tr, true)...)
	case appConfirmDiscard, appConfirmReplace:
		return a.ask.Keys()
	}
	ak := newAppKeys(a.c)
	return []key.Binding{ak.Back, ak.Programme, ak.Edit, ak.HTML, ak.Markdown, ak.Lang, k.Down}
}

func (a *appView) appViewText() string {
	tr, st := a.c.Tr, a.c.Styles
	var b strings.Builder
	b.WriteString(strings.Join(a.head, "\n") + "\n")
	switch a.sub {
	case appProgramme, appEditing:
		if a.err != "" {
			b.WriteString(ansi.Truncate(st.Error.Render(a.err), a.w, "…") + "\n")
		}
		if a.form != nil {
			b.WriteString(a.form.View())
		}
		return common.Fit(b.String(), a.w, a.h)
	case appConfirmDiscard, appConfirmReplace:
		b.WriteString(a.ask.View(a.w))
		return common.Fit(b.String(), a.w, a.h)
	}
	page := a.appPage()
	end := min(len(a.lines), a.top+page)
	b.WriteString(strings.Join(a.lines[a.top:end], "\n"))
	if end < len(a.lines) {
		b.WriteString("\n" + st.Muted.Render(tr.T("ideas.more_below")))
	}
	return common.Fit(b.String(), a.w, a.h)
}

// relabelApp rebuilds the view's words after a language switch, keeping
// what was typed in an open form.
func (a *appView) relabelApp() tea.Cmd {
	if a == nil {
		return nil
	}
	a.renderApp()
	switch a.sub {
	case appProgramme:
		a.form = a.programmeForm()
	case appEditing, appConfirmDiscard:
		a.form = a.textsForm()
	default:
		return nil
	}
	a.layoutApp()
	return a.form.Init()
}

// OwnsKey tells the root that p picks the programme on the application
// view (elsewhere p opens People), and that q is the view's while it has a
// language to keep and nobody to keep it as (unkeptQuit).
func (m *Model) OwnsKey(msg tea.KeyMsg) bool {
	return m.matcher == nil && m.mode == modeApplication && m.app != nil && m.app.sub == appBrowse &&
		(key.Matches(msg, newAppKeys(m.c).Programme) || m.app.unkeptQuit(msg))
}

// unkeptQuit tells whether msg is q while l chose a language not kept yet
// and nobody is named at the desk: the root's quit would drop it.
func (a *appView) unkeptQuit(msg tea.KeyMsg) bool {
	return !a.saving && a.lang != application.LangOf(a.idea) && a.c.Nobody() && key.Matches(msg, newAppKeys(a.c).Quit)
}

// nextLang is the printed language after l: kk, ru, en and round again.
func nextLang(l model.Lang) model.Lang {
	ls := model.Langs()
	for n, x := range ls {
		if x == l {
			return ls[(n+1)%len(ls)]
		}
	}
	return ls[0]
}
