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
		{model.KK, 1, "one"}, {model.KK, 4, "many"},
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

// TestNumbersFollowTheLanguage: a decimal comma in Kazakh and Russian,
// thousands grouped in every language, years as they are, plural forms by
// CLDR (issue 20 item 13).
func TestNumbersFollowTheLanguage(t *testing.T) {
	kk, ru, en := New(model.KK), New(model.RU), New(model.EN)
	for _, c := range []struct{ got, want string }{
		{kk.Int(3005), "3 005"}, {ru.Int(1234567), "1 234 567"}, {en.Int(3005), "3,005"}, {ru.Int(999), "999"},
		{ru.Num(3.5), "3,5"}, {kk.Num(21.25), "21,25"}, {en.Num(3.5), "3.5"}, {ru.Num(1234.5), "1 234,5"}, {ru.Num(4), "4"},
		{ru.Size(5 << 19), "2,5 МБ"}, {en.Size(5 << 19), "2.5 MB"}, {kk.Size(2048), "2 КБ"}, {ru.Size(30), "30 байт"},
		{kk.T("report.computing", 3005), "Есептелуде… 3 005%  (esc — тоқтату)"},
		{ru.T("credits.title", Plain(2026)), "Социальный студенческий кредит, 2026 год"},
		{ru.Count("lf.count.objectives", 1), "1 задача"}, {ru.Count("lf.count.objectives", 2), "2 задачи"},
		{ru.Count("lf.count.objectives", 5), "5 задач"}, {ru.Count("lf.count.objectives", 21), "21 задача"},
		{ru.Count("lf.count.objectives", 3005), "3 005 задач"},
		{en.Count("lf.count.objectives", 1), "1 objective"}, {en.Count("lf.count.objectives", 3005), "3,005 objectives"},
		{kk.Count("lf.count.objectives", 5), "5 міндет"},
	} {
		if c.got != c.want {
			t.Errorf("%q, want %q", c.got, c.want)
		}
	}
}
