package common

import (
	"errors"
	"strings"

	"frontoffice/model"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
)

// Who is working (issue 20 item 15): every save names the consultant at the
// desk (the envelope's updated_by). With nobody there, a screen about to save
// asks first, through WhoFirst, instead of writing «(unknown)»; the root shows
// the one question (Who) over the screen, keeps the answer as Settings' "who
// is at the desk now", and then the save asked for goes on. esc saves nothing.

// AskWhoMsg asks the root to ask who is working before a save.
type AskWhoMsg struct {
	Then func() tea.Cmd // the save, run once a name is kept
	Back func() tea.Cmd // esc: where the screen goes back to (nil: it stays)
}

// Nobody is true while no consultant is at the desk: a save now would be
// recorded under nobody's name. A read-only store asks nothing: its saves are
// refused with their own sentence.
func (c *Common) Nobody() bool {
	return strings.TrimSpace(c.Store.Actor()) == "" && !c.Store.ReadOnly()
}

// WhoFirst runs save now when someone is at the desk; with nobody there it
// asks who is working first (then saves), and esc runs back instead.
func (c *Common) WhoFirst(save, back func() tea.Cmd) tea.Cmd {
	if !c.Nobody() {
		return save()
	}
	return func() tea.Msg { return AskWhoMsg{Then: save, Back: back} }
}

// Who is the question: one field for a name, the office's consultants
// suggested. Build a new one for each question.
type Who struct {
	form       *huh.Form
	name       *string
	Then, Back func() tea.Cmd
}

// NewWho builds the question for msg, at the body's size.
func NewWho(c *Common, msg AskWhoMsg, consultants []string, w, h int) *Who {
	tr := c.Tr
	q := &Who{name: new(string), Then: msg.Then, Back: msg.Back}
	in := huh.NewInput().Title(tr.T("desk.who_title")).Description(tr.T("desk.who_hint")).
		Value(q.name).CharLimit(200).Validate(func(s string) error {
		if strings.TrimSpace(s) == "" || model.HasControl(s, false) {
			return errors.New(tr.T("desk.who_needed"))
		}
		return nil
	})
	if len(consultants) > 0 {
		in = in.Suggestions(consultants)
	}
	q.form = c.FinishForm(huh.NewForm(huh.NewGroup(in)).WithShowHelp(false))
	q.SetSize(w, h)
	return q
}

// Init focuses the field.
func (q *Who) Init() tea.Cmd { return q.form.Init() }

// SetSize fits the question to the body.
func (q *Who) SetSize(w, h int) { q.form = q.form.WithWidth(max(20, w)).WithHeight(max(3, h)) }

// Update passes msg to the field; done is true once a name is given.
func (q *Who) Update(msg tea.Msg) (done bool, cmd tea.Cmd) {
	q.form, cmd = UpdateForm(q.form, msg)
	return q.form.State == huh.StateCompleted, cmd
}

// Name is the name given, trimmed.
func (q *Who) Name() string { return strings.TrimSpace(*q.name) }

// View draws the question in w×h cells.
func (q *Who) View(w, h int) string { return Fit(q.form.View(), w, h) }
