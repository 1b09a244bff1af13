package i18n

import (
	"testing"

	"frontoffice/model"
)

// TestPluralForm: Russian agrees with the last digits (1 час, 2 часа, 5
// часов, 11 часов, 21 час, 2,5 часа), English with one, Kazakh not at all.
func TestPluralForm(t *testing.T) {
	for _, c := range []struct {
		lang model.Lang
		n    float64
		want string
	}{
		{model.RU, 1, "one"}, {model.RU, 21, "one"}, {model.RU, 101, "one"},
		{model.RU, 2, "few"}, {model.RU, 4, "few"}, {model.RU, 22, "few"}, {model.RU, 2.5, "few"},
		{model.RU, 0, "many"}, {model.RU, 5, "many"}, {model.RU, 11, "many"}, {model.RU, 12, "many"},
		{model.RU, 14, "many"}, {model.RU, 111, "many"}, {model.RU, 25, "many"},
		{model.EN, 1, "one"}, {model.EN, 0, "many"}, {model.EN, 2, "many"}, {model.EN, 1.5, "many"},
		{model.KK, 1, "many"}, {model.KK, 4, "many"},
	} {
		if got := PluralForm(c.lang, c.n); got != c.want {
			t.Errorf("PluralForm(%s, %v) = %s, want %s", c.lang, c.n, got, c.want)
		}
	}
	ru, en := New(model.RU), New(model.EN)
	if got := ru.Plural("cert.for_hours", 4, "4"); got != "за 4 часа общественно полезной волонтёрской работы." {
		t.Errorf("ru 4: %q", got)
	}
	if got := ru.Plural("cert.for_hours", 5, "5"); got != "за 5 часов общественно полезной волонтёрской работы." {
		t.Errorf("ru 5: %q", got)
	}
	if got := en.Plural("hours.verified_event", 1, 1, "4"); got != "Verified 1 entry, 4 h." {
		t.Errorf("en 1: %q", got)
	}
}
