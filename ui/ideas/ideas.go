// Package ideas is the Ideas screen: search and filter every idea, open its
// card, register and edit ideas, archive and restore them.
//
// The screen is in one mode at a time:
//
//	list            search box + result table (searchlist), filters and sort
//	filtering       a small form choosing direction, region, status and SDG
//	card            one idea's card, scrollable, with its history
//	confirmArchive  "archive this idea? y/n" (or restore)
//	editing         the register / edit form (huh)
//	confirmDiscard  "discard the changes you typed? y/n"
//	draft           the logframe or budget editor on the card (logframe.go, sections.go; hosted in draft.go)
//	application     the idea's grant application: readiness, preview, texts, export (application.go; hosted in apphost.go)
//
// Storage is only touched in commands (common.Do); every answer carries a
// sequence number so a late answer to an old question is dropped.
package ideas

import (
	"strings"

	"frontoffice/model"
	"frontoffice/ui/catalogue"
	"frontoffice/ui/common"
	"frontoffice/ui/searchlist"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
)

type mode int

const (
	modeList mode = iota
	modeFiltering
	modeCard
	modeConfirmArchive
	modeEditing
	modeConfirmDiscard
	modeDraft
	modeApplication
)

// The questions of the Ideas screen and its views (application.go,
// logframe.go).
var (
	archiveQ      = common.NewQuestion("ideas.archive", "ideas.archive_q", "confirm.archive", "confirm.leave_as_is")
	restoreQ      = common.NewQuestion("ideas.restore", "ideas.restore_q", "confirm.restore", "confirm.leave_as_is")
	discardQ      = common.NewQuestion("ideas.discard", "ideas.discard_q", "confirm.discard", "confirm.keep_editing")
	appDiscardQ   = common.NewQuestion("ideas.application.discard", "ideas.discard_q", "confirm.discard", "confirm.keep_editing")
	appReplaceQ   = common.NewQuestion("ideas.application.replace", "out.exists_ask", "confirm.replace", "confirm.keep_file")
	draftDiscardQ = common.NewQuestion("ideas.draft.discard", "lf.discard_q", "confirm.discard", "confirm.keep_editing")
	itemDiscardQ  = common.NewQuestion("ideas.draft.discard_item", "lf.discard_item_q", "confirm.discard", "confirm.keep_editing")
)

// Model is the Ideas screen.
type Model struct {
	c    *common.Common
	keys KeyMap
	w, h int
	mode mode
	ask  *common.Asking // the question while modeConfirmArchive or modeConfirmDiscard

	list         *searchlist.Model
	filterForm   *huh.Form
	filterValues filterValues

	card card
	// cardFromList is true when the card was opened from this screen's list
	// (esc goes back to it), false when another screen opened it (esc goes
	// back there, and its help does not say "to the list").
	cardFromList bool
	draft        *editor  // the open logframe or budget editor
	app          *appView // the open application view

	// the register / edit form
	form       *huh.Form
	formOrig   *model.Idea // nil when registering a new idea
	formFrom   mode        // where esc goes back to
	edit       values      // bound to the form
	start      values      // as the form opened, to tell whether anything changed
	formErr    string      // why the last save failed, shown above the form
	fieldErrs  []error     // the field errors huh shows under the page, as laid out
	picker     *applicantPicker
	saving     bool
	officeReg  model.Region
	ready      map[readyKey]int  // readiness of shown rows (readiness.go)
	readyAsked map[readyKey]bool // asked for, answer on its way
	officeName string            // shown on applications
	officeSeq  int

	matcher *catalogue.Model // the catalogue matcher while open (key c; see matcher.go)
}

// New makes the Ideas screen.
func New(c *common.Common) *Model {
	m := &Model{c: c, keys: newKeyMap(c), ready: map[readyKey]int{}, readyAsked: map[readyKey]bool{}}
	m.list = searchlist.New(c, model.KindIdea, m.columns())
	m.list.SetFilter(listFilter(filterValues{})) // archived ideas hidden; Init runs the search
	m.picker = newApplicantPicker(c)
	return m
}

// Init runs the first search and reads the office's region (the default
// region of a new idea).
func (m *Model) Init() tea.Cmd { return tea.Batch(m.list.Init(), m.loadOffice()) }

type officeMsg struct {
	seq    int
	region model.Region
	name   string
}

func (m *Model) loadOffice() tea.Cmd {
	m.officeSeq++
	seq := m.officeSeq
	return common.LoadOffice(m.c.Store, func(o model.Office) tea.Msg {
		return officeMsg{seq: seq, region: o.Region, name: o.Name}
	})
}

// Update handles the screen's messages.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if cmd, used := m.updateMatcher(msg); used || cmd != nil {
		if used {
			return m, cmd
		}
		_, more := m.update(msg)
		return m, tea.Batch(cmd, more)
	}
	return m.update(msg)
}

func (m *Model) update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case officeMsg:
		if msg.seq == m.officeSeq {
			m.officeReg, m.officeName = msg.region, msg.name
		}
		return m, nil
	case cardMsg:
		return m, m.takeCard(msg)
	case archivedMsg:
		return m, m.takeArchived(msg)
	case savedMsg:
		return m, m.takeSaved(msg)
	case draftSavedMsg:
		return m, m.takeDraftSaved(msg)
	case appOpenedMsg:
		return m, m.takeAppOpened(msg)
	case appProgrammeMsg:
		return m, m.takeAppProgramme(msg)
	case appLangMsg:
		return m, m.takeAppLang(msg)
	case appSavedMsg:
		return m, m.takeAppSaved(msg)
	case appExportedMsg:
		return m, m.takeAppExported(msg)
	case common.DataChangedMsg:
		cmds := []tea.Cmd{m.list.Search(), m.loadOffice(), m.fetchReadiness()}
		if m.card.id != "" && (m.mode == modeCard || m.mode == modeConfirmArchive) {
			cmds = append(cmds, m.loadCard(m.card.id))
		}
		return m, tea.Batch(cmds...)
	case common.LangChangedMsg:
		return m, m.relabel()
	case common.OpenMsg:
		if msg.Kind != model.KindIdea || msg.ID == "" {
			return m, nil
		}
		if m.mode == modeEditing || m.mode == modeConfirmDiscard || m.mode == modeDraft || m.mode == modeApplication {
			tr := m.c.Tr
			return m, common.Status(tr.T("ideas.finish_form_first"), true)
		}
		m.list.Blur()
		m.cardFromList = false
		return m, m.openCard(msg.ID)
	case tea.KeyMsg:
		// A key may bring a search's answer itself (searchlist answers
		// in the key's Update): its rows' readiness is asked for then.
		cmd := m.handleKey(msg)
		return m, tea.Batch(cmd, m.fetchReadiness())
	}
	// Anything else: search answers, huh's own messages, cursor blinks.
	var cmds []tea.Cmd
	if r, ok := msg.(readyMsg); ok {
		for k, v := range r.pct {
			m.ready[k] = v
		}
		return m, nil
	}
	if cmd, used := m.list.Update(msg); cmd != nil || used {
		cmds = append(cmds, cmd, m.fetchReadiness()) // a new answer: its rows' readiness
	}
	switch m.mode {
	case modeFiltering:
		// The form ends on huh's own message, and the filtered answer may
		// come in the same call (searchlist waits a moment for it): its
		// rows' readiness is asked for then, or the column showed "…"
		// until the next key.
		cmds = append(cmds, m.updateFilterForm(msg), m.fetchReadiness())
	case modeEditing:
		cmds = append(cmds, m.updateForm(msg))
	case modeDraft:
		cmds = append(cmds, m.updateDraftForm(msg))
	case modeApplication:
		cmds = append(cmds, m.updateAppForm(msg))
	}
	return m, tea.Batch(cmds...)
}

func (m *Model) handleKey(msg tea.KeyMsg) tea.Cmd {
	switch m.mode {
	case modeList:
		return m.listKey(msg)
	case modeFiltering:
		if key.Matches(msg, m.keys.Cancel) {
			m.mode, m.filterForm = modeList, nil
			return nil
		}
		return m.updateFilterForm(msg)
	case modeCard:
		return m.cardKey(msg)
	case modeConfirmArchive:
		switch m.ask.Answer(msg) {
		case common.Yes:
			m.mode, m.ask = modeCard, nil
			return m.archive()
		case common.No:
			m.mode, m.ask = modeCard, nil
		}
		return nil
	case modeEditing:
		if m.saving {
			return nil
		}
		if key.Matches(msg, m.keys.Cancel) {
			if m.changed() {
				m.mode, m.ask = modeConfirmDiscard, m.c.Ask(discardQ)
				return nil
			}
			m.closeForm()
			return nil
		}
		return m.updateForm(msg)
	case modeConfirmDiscard:
		switch m.ask.Answer(msg) {
		case common.Yes:
			m.ask = nil
			m.closeForm()
		case common.No:
			m.mode, m.ask = modeEditing, nil
		}
		return nil
	case modeDraft:
		return m.draftKey(msg)
	case modeApplication:
		return m.appKey(msg)
	}
	return nil
}

// status makes a command that shows text in the status line.

func dataChanged() tea.Msg { return common.DataChangedMsg{} }

// relabel rebuilds everything a person reads after a language switch. An open
// form is rebuilt with what was typed in it.
func (m *Model) relabel() tea.Cmd {
	m.keys = newKeyMap(m.c)
	m.list.Relabel(m.columns())
	m.picker.relabel()
	m.card.render(m.c, m.w)
	switch m.mode {
	case modeFiltering:
		return m.startFilter()
	case modeEditing, modeConfirmDiscard:
		m.form = m.newForm()
		m.layoutForm()
		return m.form.Init()
	case modeDraft:
		return m.relabelDraft()
	case modeApplication:
		return m.relabelApp()
	}
	return nil
}

// SetSize sets the body area.
func (m *Model) SetSize(w, h int) {
	if m.matcher != nil {
		m.matcher.SetSize(w, h)
	}
	m.w, m.h = w, h
	m.list.SetSize(w, max(1, h-1))
	m.card.setSize(m.c, w, h)
	if m.filterForm != nil {
		m.filterForm = m.filterForm.WithWidth(max(20, w)).WithHeight(max(3, h-1))
	}
	m.layoutForm()
	m.layoutDraft()
	m.renderApp()
	m.layoutApp()
}

// Capturing is true while typing goes somewhere: the search box, a form, or
// a yes/no question. Global letter keys are off then.
func (m *Model) Capturing() bool {
	if m.matcher != nil {
		return m.matcher.Capturing()
	}
	switch m.mode {
	case modeList:
		return m.list.Focused()
	case modeCard:
		return false
	case modeApplication:
		return m.app != nil && m.app.sub != appBrowse
	}
	return true
}

// HelpFree tells the root that ? opens help in the logframe and budget
// editors while no form or question is open: they capture the letters for
// their own keys, and none of them is ?.
func (m *Model) HelpFree() bool {
	ed := m.draft
	return m.matcher == nil && m.mode == modeDraft && ed != nil && ed.form == nil && ed.ask == nil && !ed.saving
}

// HandlesBack is true on the card: esc goes back to the list, not Home
// (see common.BackHandler).
func (m *Model) HandlesBack() bool {
	return m.mode == modeCard || m.mode == modeApplication || m.matcher != nil
}

// Title is the tab name.
func (m *Model) Title() string { return m.c.Tr.T("screen.ideas") }

// HelpTitle names the help of the view shown: the application of an idea
// has its own keys, not the Ideas list's ("" for the screen's own title).
func (m *Model) HelpTitle() string {
	if m.matcher == nil && m.mode == modeApplication {
		return m.c.Tr.T("help.title_application")
	}
	return ""
}

// ShortHelp lists the keys that work now.
func (m *Model) ShortHelp() []key.Binding {
	if m.matcher != nil {
		return m.matcher.ShortHelp()
	}
	k := m.keys
	switch m.mode {
	case modeList:
		lk := m.list.Keys()
		if m.list.Focused() {
			return []key.Binding{lk.Leave, k.Open, lk.Clear}
		}
		return []key.Binding{lk.Search, k.Open, k.New, k.Catalogue, k.Filter, k.Sort, k.ClearFilter}
	case modeCard:
		arch := k.Archive
		if m.card.idea != nil && m.card.idea.Status == model.StatusArchived {
			arch = k.Restore
		}
		back := k.Back
		if !m.cardFromList {
			back = k.BackOut
		}
		keys := []key.Binding{back, k.Edit, arch}
		if m.card.idea != nil && m.card.idea.ApplicantID != "" {
			keys = append(keys, k.Applicant)
		}
		keys = append(keys, k.Logframe, k.Budget, k.Application)
		return append(keys, k.Down)
	case modeFiltering:
		return append([]key.Binding{k.Cancel}, common.FormMoves(m.filterForm, m.c.Tr, true)...)
	case modeEditing:
		return append([]key.Binding{k.Cancel}, common.FormMoves(m.form, m.c.Tr, true)...)
	case modeConfirmArchive, modeConfirmDiscard:
		return m.ask.Keys()
	case modeDraft:
		return m.draftHelp()
	case modeApplication:
		if m.app != nil {
			return m.appHelp()
		}
	}
	return nil
}

// FullHelp lists the keys for the help overlay.
func (m *Model) FullHelp() [][]key.Binding {
	if m.matcher != nil {
		return m.matcher.FullHelp()
	}
	groups := [][]key.Binding{m.ShortHelp()}
	switch m.mode {
	case modeList:
		lk := m.list.Keys()
		groups = append(groups, []key.Binding{lk.Up, lk.Down, lk.PageUp, lk.PageDown, lk.Top, lk.Bottom})
	case modeCard:
		groups = append(groups, []key.Binding{m.keys.Up, m.keys.PageUp, m.keys.PageDown})
	}
	return groups
}

// View draws the current mode.
func (m *Model) View() string {
	if m.w <= 0 || m.h <= 0 {
		return ""
	}
	if m.matcher != nil {
		return m.matcher.View()
	}
	switch m.mode {
	case modeFiltering:
		return m.filterView()
	case modeCard, modeConfirmArchive:
		return m.cardView()
	case modeEditing, modeConfirmDiscard:
		return m.formView()
	case modeDraft:
		return m.draftView()
	case modeApplication:
		if m.app != nil {
			return m.appViewText()
		}
	}
	return m.listView()
}

// oneLine keeps text on one line (record texts may hold line breaks).
func oneLine(s string) string {
	return strings.Join(strings.Fields(common.Sanitize(s)), " ")
}
