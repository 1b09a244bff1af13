package i18n

import (
	"testing"

	"frontoffice/model"
)

// TestFigure: a figure is written whole, never rounded nor grouped, with the
// language's decimal mark.
func TestFigure(t *testing.T) {
	for _, c := range []struct {
		lang model.Lang
		v    float64
		want string
	}{
		{model.KK, 2.5, "2,5"}, {model.RU, 0.125, "0,125"}, {model.EN, 2.5, "2.5"},
		{model.RU, 1500, "1500"}, {model.KK, 0, "0"}, {model.EN, 1234567.5, "1234567.5"},
	} {
		if got := New(c.lang).Figure(c.v); got != c.want {
			t.Errorf("%s Figure(%v) = %q, want %q", c.lang, c.v, got, c.want)
		}
	}
}
