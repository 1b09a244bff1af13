package common

import (
	"strings"
	"testing"

	"frontoffice/model"
	"frontoffice/ui/i18n"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/huh"
)

// TestFormMovesFollowTheField: the form's help offers only what its
// focused field takes: on the first field no shift+tab, in the middle tab
// and shift+tab, on the last (where huh takes tab for nothing) enter to
// finish, in every language; without prev, never shift+tab.
func TestFormMovesFollowTheField(t *testing.T) {
	text := func(ks []key.Binding) string {
		var out []string
		for _, k := range ks {
			out = append(out, k.Help().Key+" "+k.Help().Desc)
		}
		return strings.Join(out, " · ")
	}
	for _, lang := range []model.Lang{model.KK, model.RU, model.EN} {
		tr := i18n.New(lang)
		var a, b string
		var c bool
		c0 := &Common{Tr: tr, Styles: NewStyles(true)}
		form := c0.FinishForm(huh.NewForm(huh.NewGroup(
			huh.NewInput().Title("a").Value(&a),
			huh.NewText().Title("b").Value(&b),
			huh.NewConfirm().Title("c").Value(&c),
		)).WithShowHelp(false))
		form.Init()
		next := "tab/enter " + tr.T("key.next_field")
		back := "shift+tab " + tr.T("key.prev_field")
		done := "enter " + tr.T("key.finish_form")
		steps := []struct {
			where      string
			want, lack []string
		}{
			{"first", []string{next}, []string{back, done}},
			{"middle", []string{next, back}, []string{done}},
			{"last", []string{done, back}, []string{next}},
		}
		for i, st := range steps {
			if i > 0 {
				form.NextField()
			}
			got := text(FormMoves(form, tr, true))
			for _, w := range st.want {
				if !strings.Contains(got, w) {
					t.Errorf("%s, %s field: no %q in %q", lang, st.where, w, got)
				}
			}
			for _, l := range st.lack {
				if strings.Contains(got, l) {
					t.Errorf("%s, %s field: %q in %q", lang, st.where, l, got)
				}
			}
			if got := text(FormMoves(form, tr, false)); strings.Contains(got, "shift+tab") {
				t.Errorf("%s, %s field, without prev: %q", lang, st.where, got)
			}
		}
	}
}
