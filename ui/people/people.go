// Package people is the People screen: search everyone registered, open a
// person's card, register and edit people.
//
// The screen has one mode at a time: the list (a searchlist over people), a
// person's card with their timeline, the register/edit form, and the
// questions the form can raise (discard what was typed? this phone is already
// someone's; someone with this name is already registered). Nothing typed is
// lost without asking. From a card a consultant merges two records of one
// person (and undoes it) or withdraws the person's consent (merge.go).
//
// Privacy: the list shows names, phones, organisations and regions, never an
// IIN; the full IIN is shown only on a person's card, which a consultant opens
// on purpose, because it is needed there to check it against a document.
package people

import (
	"strings"

	"frontoffice/model"
	"frontoffice/model/search"
	"frontoffice/storage"
	"frontoffice/ui/common"
	"frontoffice/ui/history"
	"frontoffice/ui/personform"
	"frontoffice/ui/searchlist"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
)

// KeyMap is the People screen's own keys (the list adds its search keys).
type KeyMap struct {
	Open      key.Binding
	New       key.Binding
	Edit      key.Binding
	Back      key.Binding
	Up        key.Binding
	Down      key.Binding
	PageUp    key.Binding
	PageDown  key.Binding
	OpenIdea  key.Binding
	Cancel    key.Binding
	OpenOther key.Binding
	CreateAny key.Binding
	BackForm  key.Binding

	// the card's record keeping: merge, undo a merge, withdraw consent
	Merge     key.Binding
	UndoMerge key.Binding
	OpenKept  key.Binding
	Withdraw  key.Binding
	Pick      key.Binding
	SwapKeep  key.Binding
	KeepApart key.Binding // a wrong join between offices' records: two people

	Certificate key.Binding // the card's letter of gratitude (credit.go)
}

func newKeyMap(c *common.Common) KeyMap {
	tr := c.Tr
	return KeyMap{
		Open:      common.Bind(tr.T("people.key_open"), "enter"),
		New:       common.Bind(tr.T("people.key_new"), "n"),
		Edit:      common.Bind(tr.T("key.edit"), "e"),
		Back:      common.Bind(tr.T("key.back"), "esc", "backspace"),
		Up:        common.BindHelp("↑", tr.T("key.up"), "up"),
		Down:      common.BindHelp("↓", tr.T("key.down"), "down"),
		PageUp:    common.BindHelp("pgup", tr.T("key.page_up"), "pgup"),
		PageDown:  common.BindHelp("pgdn", tr.T("key.page_down"), "pgdown"),
		OpenIdea:  common.Bind(tr.T("people.key_open_idea"), "enter"),
		Cancel:    common.Bind(tr.T("key.cancel"), "esc"),
		OpenOther: common.BindHelp("enter/o", tr.T("people.key_open_existing"), "o", "enter"),
		CreateAny: common.Bind(tr.T("people.key_create_anyway"), "c"),
		BackForm:  common.Bind(tr.T("people.key_back_to_form"), "esc"),

		Merge:     common.Bind(tr.T("people.key_merge"), "m"),
		UndoMerge: common.Bind(tr.T("people.key_undo_merge"), "u"),
		OpenKept:  common.Bind(tr.T("people.key_open_kept"), "o"),
		// Shift+W, on purpose not a plain letter: it erases personal data.
		Withdraw:  common.BindHelp("W", tr.T("people.key_withdraw"), "W"), // and Ц (Bind),
		Pick:      common.Bind(tr.T("people.key_pick"), "enter"),
		SwapKeep:  common.Bind(tr.T("people.key_swap_keep"), "tab"),
		KeepApart: common.Bind(tr.T("people.key_keep_apart"), "k"),

		Certificate: common.Bind(tr.T("people.key_certificate"), "c"),
	}
}

// The questions of the People screen.
var (
	discardQ  = common.NewQuestion("people.discard", "people.discard_q", "confirm.discard", "confirm.back_to_form")
	similarQ  = common.NewQuestion("people.similar", "people.similar_q", "confirm.open_them", "confirm.back_to_form")
	mergeQ    = common.NewQuestion("people.merge", "people.merge_q", "confirm.merge", "confirm.cancel")
	withdrawQ = common.NewQuestion("people.withdraw", "people.withdraw_q", "confirm.withdraw", "confirm.cancel")
	apartQ    = common.NewQuestion("people.apart", "people.apart_q", "confirm.keep_apart", "confirm.cancel")
	certQ     = common.NewQuestion("people.certificate.replace", "out.exists_ask", "confirm.replace", "confirm.keep_file")
)

type mode int

const (
	listing         mode = iota
	viewing              // a person's card
	editing              // the register/edit form
	confirmDiscard       // esc in a changed form: discard?
	saving               // checking for duplicates and saving
	sameFound            // the phone or IIN belongs to someone registered
	similarFound         // someone with the same name and organisation exists
	picking              // the card's person is merged with whom? (a search)
	confirmMerge         // merge these two, keeping which?
	confirmWithdraw      // withdraw consent: erase personal data?
	confirmApart         // the last joined record is someone else?
	confirmReplace       // today's certificate exists already: replace it?
	working              // a merge, its undo or a withdrawal is being saved
)

// Model is the People screen.
type Model struct {
	// withdrawing: the work under way (mode working) is a withdrawal,
	// which takes a while in a big store and says so.
	withdrawing bool

	c    *common.Common
	keys KeyMap
	w, h int
	mode mode
	ask  *common.Asking // the question while confirmDiscard, similarFound, confirmMerge, confirmWithdraw, confirmApart or confirmReplace

	certPath string // the certificate file the replace question is about

	list *searchlist.Model

	// the card
	cardSeq  int
	person   *model.Person // the card's person (nil while it loads)
	ideas    []*model.Idea
	rows     []history.Row // the person's revisions, newest first
	cardErr  error
	ideaCur  int
	cardTop  int
	events   []model.Record         // the person's timeline, newest first
	credit   model.CreditRules      // the office's credit rules, for the standing (credit.go)
	kept     *model.Person          // for a merged-away card: the person it went into
	conflict bool                   // the card's person is in conflict (Sync → Conflicts)
	joined   []storage.JoinedRecord // other offices' records of the card's person
	maybe    []storage.JoinedRecord // records that may be the same person
	hours    []*model.Hours         // the card's person's entries, as the credit counts them

	// merging and withdrawing (merge.go)
	pick      *searchlist.Model
	mergeWith search.Hit // the other person picked
	keepThis  bool       // the card's person is kept, the other merged away
	lastMerge merged     // the merge made here last, undoable from the kept card

	// the form
	form    *huh.Form
	orgIn   *huh.Input        // the organisation field, for suggestions that arrive late
	base    *model.Person     // the person being edited; nil when registering
	orig    personform.Values // as the form opened, to tell whether anything changed
	edit    personform.Values // bound to the form
	errs    model.FieldErrors
	err     error         // a save that failed for another reason (stale, store)
	from    mode          // where esc from the form returns: the list or the card
	other   *model.Person // the duplicate found
	otherBy string        // "phone", "iin" or "" (same name and organisation)

	orgs       []string // organisations already used, suggested in the form
	orgsLoaded bool
	region     model.Region // the office's region, the default for new people
}

// New makes the People screen.
func New(c *common.Common) *Model {
	m := &Model{c: c, keys: newKeyMap(c)}
	m.list = searchlist.New(c, model.KindPerson, m.columns())
	m.pick = searchlist.New(c, model.KindPerson, m.columns())
	return m
}

type officeMsg struct{ region model.Region }

func (m *Model) loadOffice() tea.Cmd {
	return common.LoadOffice(m.c.Store, func(o model.Office) tea.Msg { return officeMsg{region: o.Region} })
}

// Init runs the first search and reads the office's region.
func (m *Model) Init() tea.Cmd { return tea.Batch(m.list.Init(), m.loadOffice()) }

// Update handles the screen's messages.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case officeMsg:
		m.region = msg.region
		return m, nil
	case orgsMsg:
		if msg.err == nil {
			m.orgs, m.orgsLoaded = msg.orgs, true
			if m.orgIn != nil {
				m.orgIn.Suggestions(m.orgs)
			}
		}
		return m, nil
	case cardMsg:
		return m, m.takeCard(msg)
	case savedMsg:
		return m, m.takeSaved(msg)
	case dupMsg:
		return m, m.takeDup(msg)
	case doneMsg:
		return m, m.takeDone(msg)
	case certExistsMsg:
		return m, m.takeCertExists(msg)
	case common.DataChangedMsg:
		m.orgsLoaded = false // reread when a form next opens
		cmds := []tea.Cmd{m.list.Search(), m.loadOffice()}
		if m.mode == viewing && m.person != nil {
			cmds = append(cmds, m.loadCard(m.person.ID, false))
		}
		return m, tea.Batch(cmds...)
	case common.LangChangedMsg:
		m.keys = newKeyMap(m.c)
		m.list.Relabel(m.columns())
		m.pick.Relabel(m.columns())
		return m, nil
	case common.OpenMsg:
		if msg.Kind != model.KindPerson || m.inForm() {
			return m, nil // a form in progress is never dropped
		}
		return m, m.openCard(msg.ID)
	case tea.KeyMsg:
		return m, m.handleKey(msg)
	}
	// The list's answers and cursor blinks, the form's own messages.
	cmd, used := m.list.Update(msg)
	if used {
		return m, cmd
	}
	if cmd, used := m.pick.Update(msg); used {
		return m, tea.Batch(cmd, m.skipSelf())
	}
	if m.mode == editing && m.form != nil {
		return m, tea.Batch(cmd, m.updateForm(msg))
	}
	return m, cmd
}

func (m *Model) inForm() bool {
	switch m.mode {
	case editing, confirmDiscard, saving, sameFound, similarFound,
		picking, confirmMerge, confirmWithdraw, confirmApart, confirmReplace, working:
		return true
	}
	return false
}

func (m *Model) handleKey(msg tea.KeyMsg) tea.Cmd {
	k := m.keys
	switch m.mode {
	case listing:
		return m.listKey(msg)
	case viewing:
		return m.cardKey(msg)
	case picking, confirmMerge, confirmWithdraw, confirmApart:
		return m.mergeKey(msg)
	case confirmReplace:
		return m.answerCertReplace(msg)
	case editing:
		if key.Matches(msg, k.Cancel) {
			if m.edit != m.orig {
				m.mode, m.ask = confirmDiscard, m.c.Ask(discardQ)
			} else {
				m.closeForm()
			}
			return nil
		}
		return m.updateForm(msg)
	case confirmDiscard:
		switch m.ask.Answer(msg) {
		case common.Yes:
			m.ask = nil
			m.closeForm()
		case common.No:
			m.mode, m.ask = editing, nil
		}
	case sameFound:
		switch {
		case key.Matches(msg, k.OpenOther):
			id := m.other.ID
			m.dropForm()
			return m.openCard(id)
		case key.Matches(msg, k.BackForm):
			return m.reopen(groupOf(m.otherBy))
		}
	case similarFound:
		if key.Matches(msg, k.CreateAny) {
			m.ask = nil
			return m.submit(true)
		}
		switch m.ask.Answer(msg) {
		case common.Yes:
			m.ask = nil
			id := m.other.ID
			m.dropForm()
			return m.openCard(id)
		case common.No:
			m.ask = nil
			return m.reopen(0)
		}
	}
	return nil
}

func (m *Model) listKey(msg tea.KeyMsg) tea.Cmd {
	focused := m.list.Focused()
	if focused && (msg.Type == tea.KeyTab || msg.Type == tea.KeyShiftTab) {
		m.list.Blur()
		return nil
	}
	if cmd, used := m.list.Update(msg); used {
		return cmd
	}
	switch {
	case msg.Type == tea.KeyEnter:
		if h, ok := m.list.Selected(); ok {
			m.list.Blur()
			return m.openCard(h.ID)
		}
	case !focused && key.Matches(msg, m.keys.New):
		return m.startNew(m.list.Text())
	}
	return nil
}

// SetSize gives the screen its area.
func (m *Model) SetSize(w, h int) {
	m.w, m.h = w, h
	m.list.SetSize(w, h)
	m.pick.SetSize(w, max(1, h-2))
	m.sizeForm()
	m.scrollCard()
}

// Capturing is true while typing goes somewhere: the search box or the form
// and its questions. Global keys are off then.
func (m *Model) Capturing() bool {
	switch m.mode {
	case listing:
		return m.list.Focused()
	case viewing:
		return false
	}
	return true
}

// HandlesBack is true on the card: esc goes back to the list, not Home (see
// common.BackHandler); the other global keys keep working there.
func (m *Model) HandlesBack() bool { return m.mode == viewing }

// Title is the tab name.
func (m *Model) Title() string { return m.c.Tr.T("screen.people") }

// ShortHelp lists the keys that work now.
func (m *Model) ShortHelp() []key.Binding {
	k, lk := m.keys, m.list.Keys()
	switch m.mode {
	case listing:
		if m.list.Focused() {
			return []key.Binding{k.Open, lk.Leave, lk.Clear, lk.Down}
		}
		return []key.Binding{lk.Search, k.Open, k.New}
	case viewing:
		m.enableCardKeys()
		if m.person != nil && m.person.MergedInto != "" {
			return []key.Binding{k.OpenKept, k.UndoMerge, k.Back}
		}
		return []key.Binding{k.Edit, k.Back, k.OpenIdea, k.Certificate, k.Merge, k.UndoMerge, k.KeepApart, k.Withdraw, k.New}
	case picking:
		return []key.Binding{k.Pick, k.Cancel}
	case confirmMerge, confirmWithdraw, confirmApart, confirmReplace:
		return m.ask.Keys()
	case editing:
		return append([]key.Binding{k.Cancel}, common.FormMoves(m.form, m.c.Tr, true)...)
	case confirmDiscard, similarFound:
		return m.ask.Keys()
	case sameFound:
		return []key.Binding{k.OpenOther, k.BackForm}
	}
	return nil
}

// FullHelp lists the keys for the help overlay.
func (m *Model) FullHelp() [][]key.Binding {
	k, lk := m.keys, m.list.Keys()
	switch m.mode {
	case listing:
		// Typing in the search, esc and ctrl+u work on it and home/end move
		// in the text; else / starts it, n adds a person, home/end move in
		// the list, and esc is the app's "back".
		if m.list.Focused() {
			return [][]key.Binding{
				{k.Open, lk.Leave, lk.Clear},
				{lk.Up, lk.Down, lk.PageUp, lk.PageDown},
			}
		}
		return [][]key.Binding{
			{lk.Search, k.Open, k.New},
			{lk.Up, lk.Down, lk.PageUp, lk.PageDown, lk.Top, lk.Bottom},
		}
	case viewing:
		m.enableCardKeys()
		return [][]key.Binding{
			{k.Edit, k.Back, k.New},
			{k.Up, k.Down, k.OpenIdea, k.PageUp, k.PageDown},
			{k.Merge, k.UndoMerge, k.OpenKept, k.KeepApart, k.Withdraw, k.Certificate},
		}
	}
	return [][]key.Binding{m.ShortHelp()}
}

// View draws the current mode.
func (m *Model) View() string {
	if m.w <= 0 || m.h <= 0 {
		return ""
	}
	switch m.mode {
	case viewing:
		return m.cardView()
	case editing, confirmDiscard, saving, sameFound, similarFound:
		return m.formView()
	case picking, confirmMerge, confirmWithdraw, confirmApart, confirmReplace, working:
		return m.mergeView()
	}
	out := m.list.View()
	if r := m.list.Result(); !m.list.Waiting() && r.Total == 0 && strings.TrimSpace(m.list.Text()) == "" {
		out += "\n" + m.c.Styles.Muted.Render(m.c.Tr.T("people.empty_hint"))
	}
	return common.Fit(out, m.w, m.h)
}
