package common

import (
	"slices"
	"strings"

	"frontoffice/model"
	"frontoffice/storage"
	"frontoffice/ui/i18n"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/x/ansi"
)

// FinishForm is the last step of every screen's huh form set-up: no colours
// on a plain terminal, and the key map every form shares (FormKeyMap) with
// huh's quit off (esc and ctrl+c are handled above the form, by the screen
// and the root) and off, too, the keys named in off (NoSelectFilter…).
// The form's own help line is turned off before, with WithShowHelp(false):
// the root draws one.
func (c *Common) FinishForm(f *huh.Form, off ...func(*huh.KeyMap)) *huh.Form {
	if c.Plain {
		f = f.WithTheme(huh.ThemeBase())
	}
	km := FormKeyMap()
	km.Quit = key.NewBinding(key.WithDisabled())
	for _, o := range off {
		o(km)
	}
	return f.WithKeyMap(km)
}

// NoSelectFilter turns off a select's "/" filter in FinishForm.
func NoSelectFilter(km *huh.KeyMap) { km.Select.Filter = key.NewBinding(key.WithDisabled()) }

// NoMultiSelectFilter turns off a multi-select's "/" filter in FinishForm.
func NoMultiSelectFilter(km *huh.KeyMap) { km.MultiSelect.Filter = key.NewBinding(key.WithDisabled()) }

// NoEditor turns off a text field's outside editor (ctrl+e) in FinishForm.
func NoEditor(km *huh.KeyMap) { km.Text.Editor = key.NewBinding(key.WithDisabled()) }

// Status is a command that shows text in the status line (an error when
// isErr).
func Status(text string, isErr bool) tea.Cmd {
	return func() tea.Msg { return StatusMsg{Text: text, Err: isErr} }
}

// LoadOffice reads the office record in the background and gives it to msg,
// which makes the screen's own message of it; an office that cannot be read
// is given as the zero Office (the screen keeps its defaults).
func LoadOffice(store *storage.Store, msg func(o model.Office) tea.Msg) tea.Cmd {
	return Do(func() tea.Msg {
		o, err := store.Office()
		if err != nil {
			return msg(model.Office{})
		}
		return msg(*o)
	})
}

// Problems gathers the sentences a form shows above itself (the screens
// draw them there, where huh's own footer would be cut off): the last
// save's error, the fields it refused, then huh's own for the field being
// left; each sentence once, in the order added.
type Problems struct {
	list []string
	seen map[string]bool
}

// Add adds sentence s unless it is empty or there already.
func (p *Problems) Add(s string) {
	if s == "" || p.seen[s] {
		return
	}
	if p.seen == nil {
		p.seen = map[string]bool{}
	}
	p.seen[s] = true
	p.list = append(p.list, s)
}

// AddFields adds "Field: why" for each of errs.
func (p *Problems) AddFields(tr *i18n.Translator, errs model.FieldErrors) {
	for _, e := range errs {
		p.Add(tr.Field(e.Field) + ": " + tr.Reason(e.Reason))
	}
}

// AddForm adds huh's own errors of form f (nil: none).
func (p *Problems) AddForm(f *huh.Form) {
	if f == nil {
		return
	}
	for _, e := range f.Errors() {
		p.Add(e.Error())
	}
}

// List is the sentences, in order.
func (p *Problems) List() []string { return p.list }

// Wrapped is the sentences wrapped to width (at least 10), cut at limit
// lines (at least 1).
func (p *Problems) Wrapped(width, limit int) []string {
	var out []string
	for _, s := range p.list {
		for _, l := range strings.Split(ansi.Wrap(s, max(10, width), ""), "\n") {
			if len(out) < max(1, limit) {
				out = append(out, l)
			}
		}
	}
	return out
}

// Windowed gives sel its title, its options and the value v, in h lines
// (0: as many as it has options). huh draws a select of a fixed height
// from the option under its cursor down, so the options before it are out
// of view with nothing to say they are there: at 40×12 only "Volunteer
// registration" and "Other" of the Desk's eight purposes showed, and
// Settings' region showed from Karaganda on, the nine before it unseen.
// When the options do not all fit, the title counts where the cursor is,
// "Purpose of the visit (7 of 8)", as ↑ and ↓ move it.
func Windowed[T comparable](tr *i18n.Translator, sel *huh.Select[T], title string, opts []huh.Option[T], v *T, h int) huh.Field {
	sel = sel.Title(title).Options(opts...).Value(v)
	if h <= 0 {
		return sel
	}
	sel = sel.Height(h)
	n := len(opts)
	if n <= h-1 {
		return sel
	}
	c := countedSelect[T]{Select: sel, title: func() string {
		i := slices.IndexFunc(opts, func(o huh.Option[T]) bool { return o.Value == *v })
		return tr.T("form.choice_of", title, i+1, n)
	}}
	c.Select.Title(c.title())
	return c
}

// countedSelect is a select whose title is made anew after each of its
// updates, on the event loop: huh's TitleFunc would read the value in a
// command, off it, while the next key writes it.
type countedSelect[T comparable] struct {
	*huh.Select[T]
	title func() string
}

// Update updates the select, then its title.
func (c countedSelect[T]) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	_, cmd := c.Select.Update(msg)
	c.Select.Title(c.title())
	return c, cmd
}

// FormMoves is the help for moving through form as its focused field takes
// the keys now: tab/enter to the next field and shift+tab back where they
// work; on the last field, where huh takes tab for nothing, enter to finish
// the form; on the first, no shift+tab. Without prev, no shift+tab at all.
func FormMoves(form *huh.Form, tr *i18n.Translator, prev bool) []key.Binding {
	next := BindHelp("tab/enter", tr.T("key.next_field"), "tab")
	back := BindHelp("shift+tab", tr.T("key.prev_field"), "shift+tab")
	if form == nil {
		if prev {
			return []key.Binding{next, back}
		}
		return []key.Binding{next}
	}
	f := form.GetFocusedField()
	if f == nil {
		return nil
	}
	tabs, backs := false, false
	for _, b := range f.KeyBinds() {
		if !b.Enabled() {
			continue
		}
		tabs = tabs || slices.Contains(b.Keys(), "tab")
		backs = backs || slices.Contains(b.Keys(), "shift+tab")
	}
	var out []key.Binding
	if tabs {
		out = append(out, next)
	} else {
		out = append(out, BindHelp("enter", tr.T("key.finish_form"), "enter"))
	}
	if prev && backs {
		out = append(out, back)
	}
	return out
}

// DateChars is how long a date field lets its text grow: a date (10) with
// room for the spaces a pasted one brings (at 10, " 30.11.2026" lost its
// last digit, and the message blamed the form of the date).
const DateChars = 20
