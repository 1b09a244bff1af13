package ideas

// The Ideas screen hosts the logframe and budget editor (editor,
// logframe.go, budget.go, sections.go) the way matcher.go hosts the
// catalogue matcher: it opens it on the card, gives it keys, messages, its
// size and language, draws it, and takes it back when it is done or saved.

import (
	"frontoffice/model/catalogue"
	"frontoffice/ui/common"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// openDraft opens the logframe (budget false) or budget editor on the card's idea.
func (m *Model) openDraft(budget bool) tea.Cmd {
	if m.card.idea == nil {
		return nil
	}
	m.draft = &editor{c: m.c, w: m.w, h: m.h, budget: budget, keys: newDraftKeys(m.c),
		orig: cloneIdea(m.card.idea), draft: cloneIdea(m.card.idea)}
	if id := m.card.idea.CatalogueID; id != "" {
		m.draft.entry = catalogue.Find(catalogue.Builtin(), id)
	}
	if m.draft.entry == nil { // examples from the most similar entry, if any
		m.draft.entry = catalogue.Similar(catalogue.Builtin(), m.card.idea.Direction, m.card.idea.SDGs)
	}
	m.mode = modeDraft
	return nil
}

func (m *Model) closeDraft() {
	m.draft = nil
	m.mode = modeCard
	if m.card.idea == nil {
		m.mode = modeList
	}
}

// draftKey gives a key to the editor; one that closes it shows the card.
func (m *Model) draftKey(msg tea.KeyMsg) tea.Cmd {
	if m.draft == nil {
		m.mode = modeCard
		return nil
	}
	cmd := m.draft.key(msg)
	if m.draft.done {
		m.closeDraft()
	}
	return cmd
}

// updateDraftForm passes a message to the editor's open item form.
func (m *Model) updateDraftForm(msg tea.Msg) tea.Cmd {
	if m.draft == nil {
		return nil
	}
	return m.draft.updateForm(msg)
}

// layoutDraft gives the editor the screen's size.
func (m *Model) layoutDraft() {
	if m.draft != nil {
		m.draft.w, m.draft.h = m.w, m.h
		m.draft.layout()
	}
}

// relabelDraft rebuilds the editor's words after a language switch.
func (m *Model) relabelDraft() tea.Cmd {
	if m.draft == nil {
		return nil
	}
	return m.draft.relabel()
}

// draftHelp lists the editor's keys that work now.
func (m *Model) draftHelp() []key.Binding {
	if m.draft == nil {
		return nil
	}
	return m.draft.help()
}

// draftView draws the editor.
func (m *Model) draftView() string {
	if m.draft == nil {
		return ""
	}
	return m.draft.view()
}

// takeDraftSaved is the answer to saving the editor's draft: a refused save
// stays in the editor, which says why; a stored one shows the card.
func (m *Model) takeDraftSaved(msg draftSavedMsg) tea.Cmd {
	ed := m.draft
	if ed == nil {
		return nil
	}
	ed.saving = false
	tr := m.c.Tr
	if msg.err != nil {
		ed.err = tr.T("ideas.not_saved") + " " + m.c.ErrorText(msg.err)
		return nil
	}
	text := tr.T("lf.saved")
	if ed.budget {
		text = tr.T("budget.saved")
	}
	m.draft = nil
	return tea.Batch(m.openCard(msg.idea.ID), dataChanged, common.Status(text, false))
}
