package common

import (
	"strings"
	"testing"

	"frontoffice/model"
	"frontoffice/ui/i18n"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
)

// TestAnswerOf holds the one mapping of every question in the app: y, д, и
// say yes; n, т, ж, enter and esc say no; «н» (the y key on ЙЦУКЕН, and the
// first letter of «нет») says nothing, nor does any other key.
func TestAnswerOf(t *testing.T) {
	want := map[string]Answer{
		"y": Yes, "Y": Yes, "д": Yes, "Д": Yes, "и": Yes, "И": Yes,
		"n": No, "N": No, "т": No, "Т": No, "ж": No, "Ж": No,
		"н": NoAnswer, "Н": NoAnswer, "l": NoAnswer, "e": NoAnswer, "yes": NoAnswer, " ": NoAnswer,
	}
	for k, a := range want {
		if got := AnswerOf(runeKey(k)); got != a {
			t.Errorf("%q: %v, want %v", k, got, a)
		}
	}
	for _, typ := range []tea.KeyType{tea.KeyEnter, tea.KeyEsc} {
		if got := AnswerOf(tea.KeyMsg{Type: typ}); got != No {
			t.Errorf("%v: %v, want no", typ, got)
		}
	}
	for _, typ := range []tea.KeyType{tea.KeyTab, tea.KeySpace, tea.KeyCtrlC, tea.KeyUp} {
		if got := AnswerOf(tea.KeyMsg{Type: typ}); got != NoAnswer {
			t.Errorf("%v: %v, want no answer", typ, got)
		}
	}
}

// TestAskingShowsItsKeysAndTheHint: the key line is in the user's language,
// «н» leaves the question asked and says which keys answer, and the hint
// goes with the next key.
func TestAskingShowsItsKeysAndTheHint(t *testing.T) {
	q := Question{ID: "test.q", Text: "people.withdraw_q", YesDoes: "confirm.withdraw", NoDoes: "confirm.cancel"}
	for lang, want := range map[model.Lang]string{
		model.EN: "y — withdraw · n/enter/esc — cancel",
		model.RU: "y/д — отозвать · n/т/enter/esc — отмена",
		model.KK: "y/и/д — кері қайтару · n/т/ж/enter/esc — болдырмау",
	} {
		c := &Common{Tr: i18n.New(lang), Styles: NewStyles(true)}
		a := c.Ask(q, "Aida")
		if got := a.KeyLine(); got != want {
			t.Errorf("%s: key line %q, want %q", lang, got, want)
		}
		if a.Answer(runeKey("н")) != NoAnswer || a.Hint() == "" || !strings.Contains(a.View(200), a.Hint()) {
			t.Errorf("%s: «н» should leave the question and show the hint:\n%s", lang, a.View(200))
		}
		if !strings.Contains(a.View(200), "Aida") {
			t.Errorf("%s: the question lost its argument:\n%s", lang, a.View(200))
		}
		if a.Answer(runeKey("x")) != NoAnswer || a.Hint() != "" {
			t.Errorf("%s: the hint should go with the next key", lang)
		}
	}
}

// TestFormYesNoFields: a yes/no field in a form takes the same letters as
// the questions: y/д/и set yes, n/т/ж set no, «н» changes nothing.
func TestFormYesNoFields(t *testing.T) {
	for k, want := range map[string]int{"y": 1, "д": 1, "и": 1, "Д": 1, "n": 0, "т": 0, "ж": 0, "N": 0, "н": -1, "l": -1, "h": -1} {
		for _, start := range []bool{false, true} {
			v := start
			f := huh.NewForm(huh.NewGroup(huh.NewConfirm().Value(&v), huh.NewInput())).WithKeyMap(FormKeyMap())
			f.Init()
			f.Update(runeKey(k))
			switch {
			case want == 1 && !v, want == 0 && v, want == -1 && v != start:
				t.Errorf("%q from %v: %v", k, start, v)
			}
		}
	}
}
