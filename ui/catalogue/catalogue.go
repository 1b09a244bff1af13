// Package catalogue is the "no idea of my own" matcher (DOMAIN.md §1,
// funds_use): a short form about the visitor's money, interests, team, weeks
// and region; the catalogue's entries ranked with the reasons for each; an
// entry's page; and a draft idea made from it for the visitor, with the
// logframe and budget prefilled, saved and opened on the Ideas screen. The
// office can add entries of its own, in all three languages.
//
// It is opened from the Ideas screen (key c), which gives it keys and
// messages while it is open and drops it when Done reports true.
//
//	query     the matcher's form (huh)
//	list      ranked suggestions with reasons
//	entry     one entry's page
//	applicant who the draft is for (huh), then the draft is saved and opened
//	own       the form for the office's own entry (two pages of huh)
package catalogue

import (
	"frontoffice/model"
	"frontoffice/model/catalogue"
	"frontoffice/ui/common"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
)

type mode int

const (
	modeQuery mode = iota
	modeList
	modeEntry
	modeApplicant
	modeOwn
	modeOwnOther // the own entry's other two languages
	modeConfirmDiscard
)

// discardQ is asked on esc in a form with something typed.
var discardQ = common.NewQuestion("catalogue.discard", "catalogue.discard_q", "confirm.discard", "confirm.keep_editing")

// Model is the catalogue matcher.
type Model struct {
	c    *common.Common
	keys KeyMap
	w, h int
	mode mode
	done bool

	own       []*model.CatalogueEntry // the office's entries, as last loaded
	ownSeq    int
	officeReg model.Region

	form   *huh.Form
	q      queryValues
	query  catalogue.Query
	sugg   []catalogue.Suggestion
	cursor int
	top    int

	entry    *model.CatalogueEntry
	entryTop int
	pick     pickValues
	picker   *picker
	saving   bool
	err      string

	ownV       ownValues
	ownBind    func()         // copies the open own-entry form's texts into ownV
	ask        *common.Asking // the discard question while modeConfirmDiscard
	discardTo  mode           // where "keep editing" goes back to
	discardEnd mode           // where "discard" goes
}

// New opens the matcher on its form; region defaults to the office's.
func New(c *common.Common, officeRegion model.Region) *Model {
	m := &Model{c: c, keys: newKeyMap(c), officeReg: officeRegion}
	m.q = queryValues{region: officeRegion, team: "", weeks: ""}
	m.picker = newPicker(c)
	return m
}

// Init loads the office's own entries and shows the form.
func (m *Model) Init() tea.Cmd { return tea.Batch(m.loadOwn(), m.startQuery()) }

// Done is true once the person has left the matcher (esc on its form).
func (m *Model) Done() bool { return m.done }

type ownMsg struct {
	seq     int
	entries []*model.CatalogueEntry
	err     error
}

func (m *Model) loadOwn() tea.Cmd {
	m.ownSeq++
	seq, store := m.ownSeq, m.c.Store
	return common.Do(func() tea.Msg {
		var out []*model.CatalogueEntry
		err := store.List(model.KindCatalogue, func(r model.Record) error {
			if e, ok := r.(*model.CatalogueEntry); ok && !e.Deleted {
				out = append(out, e)
			}
			return nil
		})
		return ownMsg{seq: seq, entries: out, err: err}
	})
}

// Update handles the matcher's messages.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case ownMsg:
		if msg.seq == m.ownSeq {
			m.own = msg.entries
			if msg.err != nil {
				m.err = m.c.ErrorText(msg.err)
			}
			if m.mode == modeList {
				m.rank()
			}
		}
		return m, nil
	case createdMsg:
		return m, m.takeCreated(msg)
	case ownSavedMsg:
		return m, m.takeOwnSaved(msg)
	case common.DataChangedMsg:
		return m, m.loadOwn()
	case common.LangChangedMsg:
		m.keys = newKeyMap(m.c)
		m.picker.relabel()
		return m, m.rebuildForm()
	case tea.KeyMsg:
		return m, m.handleKey(msg)
	}
	return m, m.updateForm(msg)
}

func (m *Model) handleKey(msg tea.KeyMsg) tea.Cmd {
	k := m.keys
	switch m.mode {
	case modeQuery, modeApplicant, modeOwn, modeOwnOther:
		if m.saving {
			return nil
		}
		if key.Matches(msg, k.Cancel) {
			return m.cancelForm()
		}
		return m.updateForm(msg)
	case modeConfirmDiscard:
		switch m.ask.Answer(msg) {
		case common.Yes:
			m.form, m.mode, m.ask = nil, m.discardEnd, nil
		case common.No:
			m.mode, m.ask = m.discardTo, nil
		}
		return nil
	case modeList:
		return m.listKey(msg)
	case modeEntry:
		return m.entryKey(msg)
	}
	return nil
}

// cancelForm is esc in a form: the matcher's form closes the matcher; the
// applicant's goes back to the entry; the own entry's asks before dropping
// what was typed.
func (m *Model) cancelForm() tea.Cmd {
	switch m.mode {
	case modeQuery:
		if len(m.sugg) > 0 {
			m.form, m.mode = nil, modeList
			return nil
		}
		m.form, m.done = nil, true
	case modeApplicant:
		m.form, m.mode, m.err = nil, modeEntry, ""
	case modeOwn, modeOwnOther:
		if m.ownV.typed() {
			m.discardTo, m.discardEnd, m.mode = m.mode, modeList, modeConfirmDiscard
			m.ask = m.c.Ask(discardQ)
			return nil
		}
		m.form, m.mode = nil, modeList
	}
	return nil
}

func (m *Model) updateForm(msg tea.Msg) tea.Cmd {
	if m.form == nil || m.saving {
		return nil
	}
	switch m.mode {
	case modeQuery, modeApplicant, modeOwn, modeOwnOther:
	default:
		return nil
	}
	var cmd tea.Cmd
	m.form, cmd = common.UpdateForm(m.form, msg)
	if m.mode == modeApplicant {
		m.picker.snapshot(&m.pick)
	}
	if (m.mode == modeOwn || m.mode == modeOwnOther) && m.ownBind != nil {
		m.ownBind()
	}
	if m.form.State != huh.StateCompleted {
		return cmd
	}
	switch m.mode {
	case modeQuery:
		m.form = nil
		m.query = m.q.query()
		m.cursor, m.top = 0, 0
		m.rank()
		m.mode = modeList
		return nil
	case modeApplicant:
		m.saving = true
		return m.createDraft()
	case modeOwn:
		return m.startOwnOther()
	case modeOwnOther:
		m.saving = true
		return m.saveOwn()
	}
	return cmd
}

// rebuildForm remakes an open form after a language switch, keeping what was typed.
func (m *Model) rebuildForm() tea.Cmd {
	switch m.mode {
	case modeQuery:
		return m.startQuery()
	case modeApplicant:
		return m.openForm(m.newApplicantForm())
	case modeOwn:
		return m.openForm(m.newOwnForm())
	case modeOwnOther:
		return m.openForm(m.newOwnOtherForm())
	}
	return nil
}

// rank matches the catalogue against the visitor's answers.
func (m *Model) rank() {
	m.sugg = catalogue.Match(catalogue.All(m.own), m.query)
	m.cursor = min(m.cursor, max(0, len(m.sugg)-1))
}

func (m *Model) openForm(f *huh.Form) tea.Cmd {
	f = f.WithShowHelp(false)
	m.form = m.c.FinishForm(f)
	m.layoutForm()
	return m.form.Init()
}

func (m *Model) layoutForm() {
	if m.form != nil {
		m.form = m.form.WithWidth(max(20, m.w)).WithHeight(max(3, m.h-2))
	}
}

// SetSize sets the area the matcher draws in.
func (m *Model) SetSize(w, h int) {
	m.w, m.h = w, h
	m.layoutForm()
}

// Capturing is true while a form or a question has the keys.
func (m *Model) Capturing() bool { return m.mode != modeList && m.mode != modeEntry }

// HandlesBack is true where esc goes back a step inside the matcher.
func (m *Model) HandlesBack() bool { return true }

// Title is the matcher's name.
func (m *Model) Title() string { return m.c.Tr.T("catalogue.title") }

// ShortHelp lists the keys that work now.
func (m *Model) ShortHelp() []key.Binding {
	k := m.keys
	switch m.mode {
	case modeList:
		return []key.Binding{k.Back, k.Open, k.Draft, k.Answers, k.NewEntry}
	case modeEntry:
		return []key.Binding{k.Back, k.Draft, k.Down}
	case modeConfirmDiscard:
		return m.ask.Keys()
	}
	return append([]key.Binding{k.Cancel}, common.FormMoves(m.form, m.c.Tr, true)...)
}

// FullHelp lists the keys for the help overlay.
func (m *Model) FullHelp() [][]key.Binding {
	return [][]key.Binding{m.ShortHelp(), {m.keys.Up, m.keys.Down}}
}
