package desk

import (
	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/x/ansi"
)

// Options on one line each, at the width the Desk has now.
//
// huh's select of a fixed height counts options, not lines: among options
// wrapped over two lines (at 40 columns) its cursor went out of view, and a
// scrolled list began with the tail of a wrapped one («пайдалану»). So each
// option is cut to one line. A form keeps the options it was made with:
// refit cuts them again when the window changes (made wider, the
// anonymous visit's kept the "…" of the width it opened at). A select's new
// options keep its value, and its cursor on it.

// selectIndent is what a select draws before an option: the focus bar and
// the cursor ("┃ > ").
const selectIndent = 4

// fitted is a select whose options are cut to the width.
type fitted interface{ fit(w int) }

// fittedSelect is a select and the whole labels of its options.
type fittedSelect[T comparable] struct {
	sel    *huh.Select[T]
	labels []string
	values []T
}

func (f fittedSelect[T]) options(w int) []huh.Option[T] {
	out := make([]huh.Option[T], len(f.values))
	for i, v := range f.values {
		out[i] = huh.NewOption(ansi.Truncate(f.labels[i], max(10, w-selectIndent), "…"), v)
	}
	return out
}

func (f fittedSelect[T]) fit(w int) { f.sel.Options(f.options(w)...) }

// cut is the options of values, labelled by label and cut to the Desk's
// width, for sel, which refit cuts again. A new form starts with
// m.fitted = nil.
func cut[T comparable](m *Model, sel *huh.Select[T], values []T, label func(T) string) []huh.Option[T] {
	f := fittedSelect[T]{sel: sel, values: values}
	for _, v := range values {
		f.labels = append(f.labels, label(v))
	}
	m.fitted, m.fittedW = append(m.fitted, f), m.w
	return f.options(m.w)
}

// refit cuts the open form's options to the width the Desk has now.
func (m *Model) refit() {
	if m.form == nil || m.fittedW == m.w {
		return
	}
	for _, f := range m.fitted {
		f.fit(m.w)
	}
	m.fittedW = m.w
	// huh's group draws its fields as it updates: one update that no field
	// acts on draws them with their new options.
	if f, _ := m.form.Update(refitMsg{}); f != nil {
		m.form = f.(*huh.Form)
	}
}

// refitMsg makes the form draw its fields again (refit).
type refitMsg struct{}
