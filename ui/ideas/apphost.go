package ideas

// The Ideas screen hosts the application view (appView, application.go)
// the way matcher.go hosts the catalogue matcher: it opens it on the card,
// gives it keys, messages, its size and language, draws it, and shows the
// card again when the view is done.

import (
	"frontoffice/model/application"
	"frontoffice/ui/common"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// hostApp gives a new application view what it takes from the screen.
func (m *Model) hostApp(a *appView) *appView {
	a.c, a.w, a.h, a.keys = m.c, m.w, m.h, &m.keys
	a.office = func() string { return m.officeName }
	a.reload = func(id string) tea.Cmd {
		if m.card.idea != nil && m.card.idea.ID == id {
			return m.loadCard(id)
		}
		return nil
	}
	return a
}

// appKey gives a key to the view; one that closes it shows the card.
func (m *Model) appKey(msg tea.KeyMsg) tea.Cmd {
	cmd := m.app.appKey(msg)
	if m.app.done {
		m.app, m.mode = nil, modeCard
	}
	return cmd
}

// renderApp lays the open view out at the screen's size.
func (m *Model) renderApp() {
	if m.app != nil {
		m.app.w, m.app.h = m.w, m.h
		m.app.renderApp()
	}
}

func (m *Model) layoutApp() {
	if m.app != nil {
		m.app.layoutApp()
	}
}

func (m *Model) updateAppForm(msg tea.Msg) tea.Cmd {
	if m.app == nil {
		return nil
	}
	return m.app.updateAppForm(msg)
}

func (m *Model) relabelApp() tea.Cmd {
	if m.app == nil {
		return nil
	}
	return m.app.relabelApp()
}

func (m *Model) appHelp() []key.Binding { return m.app.appHelp() }

func (m *Model) appViewText() string { return m.app.appViewText() }

func (m *Model) takeAppSaved(msg appSavedMsg) tea.Cmd {
	if m.app == nil {
		return nil
	}
	return m.app.takeAppSaved(msg)
}

// Leave keeps the open application view's language on its idea as the app
// quits, as esc would have (q lost it). With nobody at the desk there is
// no one to ask who is working any more: then it is not kept.
func (m *Model) Leave() {
	a := m.app
	if a == nil || a.saving || a.lang == application.LangOf(a.idea) || a.c.Nobody() {
		return
	}
	idea := cloneIdea(a.idea)
	idea.PrintLang = a.lang
	updateIdea(a.c.Store, idea) // quitting: a refusal has no one to tell
}

// takeAppLang is the answer to keeping the printed language, saved as the
// view closed: the card shows the idea as stored, and the status says so.
func (m *Model) takeAppLang(msg appLangMsg) tea.Cmd {
	if m.app != nil && m.app.idea.ID == msg.id {
		return m.app.takeAppLang(msg)
	}
	tr := m.c.Tr
	if msg.err != nil {
		return common.Status(tr.T("ideas.not_saved")+" "+m.c.ErrorText(msg.err), true)
	}
	var reload tea.Cmd
	if m.card.idea != nil && m.card.idea.ID == msg.id {
		reload = m.loadCard(msg.id)
	}
	lang := application.LangOf(msg.idea)
	return tea.Batch(reload, dataChanged, common.Status(tr.T("appview.lang_saved", tr.T("appview.lang."+string(lang))), false))
}

func (m *Model) takeAppProgramme(msg appProgrammeMsg) tea.Cmd {
	if m.app == nil {
		return nil
	}
	return m.app.takeAppProgramme(msg)
}
