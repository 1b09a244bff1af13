package common

import (
	"fmt"
	"sort"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/x/ansi"
)

// Every yes/no question in the app is answered with the same keys, whatever
// the question and whatever layout the consultant has on (README "Keys"):
//
//	yes  y Y · д Д (да) · и И (иә)
//	no   n N · т Т (the n key on ЙЦУКЕН) · ж Ж (жоқ) · enter · esc
//	—    н Н answers nothing: it is the y key on the Russian and Kazakh
//	     ЙЦУКЕН layouts, and the first letter of «нет». The question stays
//	     and says which keys answer it.
//
// No key means yes in one question and no in another, enter is always the
// answer that changes nothing (every question is put so that yes acts and
// no leaves things as they are), and yes always needs a deliberate letter.
// The yes/no fields inside forms (consent, a guardian's consent…) take the
// same letters: FormKeyMap.
var (
	yesKeys = []string{"y", "Y", "д", "Д", "и", "И"}
	noKeys  = []string{"n", "N", "т", "Т", "ж", "Ж"}
	// neither are the keys that look like an answer but are none (see above).
	neither = []string{"н", "Н"}
)

// Answer is what a key says to a yes/no question.
type Answer int

// The answers: NoAnswer is a key that answers nothing (the question stays).
const (
	NoAnswer Answer = iota
	Yes
	No
)

// AnswerOf is the answer msg gives to any question in the app.
func AnswerOf(msg tea.KeyMsg) Answer {
	switch msg.Type {
	case tea.KeyEnter, tea.KeyEsc:
		return No
	case tea.KeyRunes:
	default:
		return NoAnswer
	}
	s := string(msg.Runes)
	for _, k := range yesKeys {
		if s == k {
			return Yes
		}
	}
	for _, k := range noKeys {
		if s == k {
			return No
		}
	}
	return NoAnswer
}

func isNeither(msg tea.KeyMsg) bool {
	if msg.Type != tea.KeyRunes {
		return false
	}
	for _, k := range neither {
		if string(msg.Runes) == k {
			return true
		}
	}
	return false
}

// Question is one yes/no question of the app. Each is declared once, at
// package level, with NewQuestion: the list of them is what the test of
// every confirmation walks (ui TestEveryQuestionAnswersAlike), so a question
// not made here has no test and one made here cannot be left out of it.
type Question struct {
	ID string // unique, e.g. "people.withdraw"
	// i18n keys: the question (may take arguments), what yes does, what no does.
	Text, YesDoes, NoDoes string
}

var questions = map[string]Question{}

// NewQuestion declares a question. Yes must be the answer that acts (discard,
// delete, merge, take the other version…) and no the one that leaves things
// as they are: enter and esc answer no.
func NewQuestion(id, text, yesDoes, noDoes string) Question {
	if _, dup := questions[id]; dup {
		panic("common.NewQuestion: two questions named " + id)
	}
	q := Question{ID: id, Text: text, YesDoes: yesDoes, NoDoes: noDoes}
	questions[id] = q
	return q
}

// Questions lists every question declared so far (all of the app's once
// the screens' packages are loaded), by ID.
func Questions() []Question {
	out := make([]Question, 0, len(questions))
	for _, q := range questions {
		out = append(out, q)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// Asking is a question on screen: the screen keeps it while it asks, hands
// it every key, and drops it once answered.
type Asking struct {
	c     *Common
	q     Question
	args  []any
	n     *float64 // the count the text's plural form follows (AskN)
	extra []key.Binding
	note  string // a line between the question and its keys
	hint  bool   // a key that is no answer (н) was pressed: say which are
}

// Ask starts asking q; args fill the question's text.
func (c *Common) Ask(q Question, args ...any) *Asking {
	return &Asking{c: c, q: q, args: args}
}

// AskN starts asking q, whose text has plural forms chosen by n.
func (c *Common) AskN(q Question, n float64, args ...any) *Asking {
	return &Asking{c: c, q: q, args: args, n: &n}
}

// With adds keys the screen handles itself before asking for the answer
// (e.g. "c — register a new person"), shown in the key line between yes and no.
func (a *Asking) With(extra ...key.Binding) *Asking {
	a.extra = append(a.extra, extra...)
	return a
}

// Noting adds a line of explanation under the question (translated).
func (a *Asking) Noting(note string) *Asking {
	a.note = note
	return a
}

// Question is the question asked.
func (a *Asking) Question() Question { return a.q }

// Answer reads msg as the answer to the question. A key that answers
// nothing leaves the question as it is; «н» makes it say which keys answer.
func (a *Asking) Answer(msg tea.KeyMsg) Answer {
	ans := AnswerOf(msg)
	a.hint = ans == NoAnswer && isNeither(msg)
	return ans
}

// Text is the question in the current language.
func (a *Asking) Text() string {
	if a.n != nil {
		return a.c.Tr.Plural(a.q.Text, *a.n, a.args...)
	}
	return a.c.Tr.T(a.q.Text, a.args...)
}

// Keys are the bindings to show in the help line: yes, the extras, no.
func (a *Asking) Keys() []key.Binding {
	tr := a.c.Tr
	yes := key.NewBinding(key.WithKeys(yesKeys...), key.WithHelp(tr.T("confirm.yes_keys"), tr.T(a.q.YesDoes)))
	no := key.NewBinding(key.WithKeys(append(append([]string(nil), noKeys...), "enter", "esc")...),
		key.WithHelp(tr.T("confirm.no_keys"), tr.T(a.q.NoDoes)))
	return append(append([]key.Binding{yes}, a.extra...), no)
}

// KeyLine is the line under the question saying what each key does, in
// the current language: "y/д — удалить · n/т/enter/esc — оставить".
func (a *Asking) KeyLine() string {
	parts := make([]string, 0, 3)
	for _, b := range a.Keys() {
		h := b.Help()
		parts = append(parts, h.Key+" — "+h.Desc)
	}
	return strings.Join(parts, " · ")
}

// Hint is the line shown after a key that answers nothing, "" otherwise.
func (a *Asking) Hint() string {
	if !a.hint {
		return ""
	}
	return a.c.Tr.T("confirm.not_an_answer")
}

// View is the question, its note, its key line and the hint, wrapped to
// width w.
func (a *Asking) View(w int) string {
	out := a.TitleView(w) + "\n"
	if a.note != "" && a.Hint() == "" { // the hint, while shown, takes the note's room (a small screen)
		out += ansi.Wrap(a.note, max(10, w), "") + "\n"
	}
	return out + a.KeysView(w)
}

// TitleView is the question alone, styled and wrapped to width w, for
// screens that put more between it and its keys (View does the rest).
func (a *Asking) TitleView(w int) string {
	return a.c.Styles.Title.Render(ansi.Wrap(Sanitize(a.Text()), max(10, w), ""))
}

// KeysView is the key line and the hint, if any, wrapped to width w.
func (a *Asking) KeysView(w int) string {
	out := ansi.Wrap(a.KeyLine(), max(10, w), "")
	if h := a.Hint(); h != "" { // above the keys it names, so a cut screen keeps both
		out = a.c.Styles.Error.Render(ansi.Wrap(h, max(10, w), "")) + "\n" + out
	}
	return out
}

// String names the question in test failures.
func (a *Asking) String() string { return fmt.Sprintf("question %s", a.q.ID) }

// FormKeyMap is the key map every form starts from: huh's own, with its
// yes/no fields (consent, a guardian's consent…) answered with the letters
// every question takes: y/д/и set yes, n/т/ж set no and move on, «н» does
// nothing, ←/→ flip the answer, enter moves on keeping it.
func FormKeyMap() *huh.KeyMap {
	km := huh.NewDefaultKeyMap()
	km.Confirm.Accept = key.NewBinding(key.WithKeys(yesKeys...), key.WithHelp("y", "yes"))
	km.Confirm.Reject = key.NewBinding(key.WithKeys(noKeys...), key.WithHelp("n", "no"))
	// Not h and l: «л» and «д» sit on them in ЙЦУКЕН, and «д» is yes.
	km.Confirm.Toggle = key.NewBinding(key.WithKeys("left", "right"), key.WithHelp("←/→", "toggle"))
	// A list's tick (x) and moves (j, k) answer to the letters on the same
	// keys in ЙЦУКЕН too, as every letter hotkey does.
	withTwins(&km.MultiSelect.Toggle)
	withTwins(&km.MultiSelect.Up)
	withTwins(&km.MultiSelect.Down)
	withTwins(&km.Select.Up)
	withTwins(&km.Select.Down)
	return km
}

// withTwins adds to b the ЙЦУКЕН twins of its letter keys.
func withTwins(b *key.Binding) {
	keys := b.Keys()
	for _, k := range keys {
		if t := Twin(k); t != "" && len(k) == 1 {
			keys = append(keys, t)
		}
	}
	b.SetKeys(keys...)
}
