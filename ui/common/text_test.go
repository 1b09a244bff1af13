package common

import (
	"errors"
	"strings"
	"testing"

	"frontoffice/model"
	"frontoffice/ui/i18n"

	"github.com/charmbracelet/x/ansi"
)

// TestErrorTextNeutralisesEscapes: an error naming a file whose name holds
// escape sequences is shown without them.
func TestErrorTextNeutralisesEscapes(t *testing.T) {
	err := errors.New("open /tmp/a\x1b[31mRED\x1b]2;PWNED\x07/fo.db: permission denied")
	got := ErrorText(i18n.New(model.EN), err)
	if strings.ContainsAny(got, "\x1b\x07") || !strings.Contains(got, "RED") {
		t.Fatalf("%q", got)
	}
}

// TestKeepNumbersWhole (issue 20 item 16): wrapped, a reason never splits
// a sum of money.
func TestKeepNumbersWhole(t *testing.T) {
	s := KeepNumbersWhole("fits the 200 000 ₸ you have; 12 weeks, team of 3 people")
	if strings.Contains(s, "200 000") || !strings.Contains(s, "200\u00a0000\u00a0₸") || !strings.Contains(s, "12 weeks") {
		t.Fatalf("%q", s)
	}
	for w := 10; w < 60; w++ {
		for _, l := range strings.Split(ansi.Wrap(s, w, ""), "\n") {
			if strings.HasSuffix(strings.TrimSpace(l), "200") || strings.HasPrefix(strings.TrimSpace(l), "000") {
				t.Fatalf("width %d splits the number: %q", w, l)
			}
		}
	}
}

// TestNumberKeepsItsUnit: at 100×30 the export's outcome ended a line with
// "… 0,1" and began the next with "с.".
func TestNumberKeepsItsUnit(t *testing.T) {
	s := KeepNumbersWhole("Пакет записан: /tmp/a.fob — 30 записей, 5,7 КБ, 0,1 с.")
	for _, want := range []string{"5,7\u00a0КБ", "0,1\u00a0с.", "30 записей"} {
		if !strings.Contains(s, want) {
			t.Fatalf("%q lacks %q", s, want)
		}
	}
}

func TestFitParts(t *testing.T) {
	for _, c := range []struct {
		s     string
		width int
		want  string
	}{
		{"enter — выбрать · ctrl+n — без идеи · esc — отмена", 40, "enter — выбрать · ctrl+n — без идеи"},
		{"enter — выбрать · ctrl+n — без идеи · esc — отмена", 60, "enter — выбрать · ctrl+n — без идеи · esc — отмена"},
		{"enter — выбрать · ctrl+n — без идеи", 20, "enter — выбрать"},
		{"enter — выбрать · ctrl+n", 10, "enter — в…"},
	} {
		if got := FitParts(c.s, c.width); got != c.want {
			t.Errorf("FitParts(%q, %d) = %q, want %q", c.s, c.width, got, c.want)
		}
	}
}

func TestWrapSpaces(t *testing.T) {
	for _, c := range []struct {
		s    string
		w    int
		want string
	}{
		{"Пакет записан: /tmp/bundles/demo-office-2026-12-07.fob — 6 016 записей", 40,
			"Пакет записан:\n/tmp/bundles/demo-office-2026-12-07.fob\n— 6 016 записей"},
		{"short text", 40, "short text"},
		{"a /very/long/path/that-does-not-fit.fob b", 10, "a\n/very/\nlong/path/\nthat-does-\nnot-\nfit.fob b"},
		{"bundles/demo-front-office-fb89-2026-12-07-2.fob импортталды:", 40, "bundles/\ndemo-front-office-fb89-2026-12-07-2.fob\nимпортталды:"},
		{"abcdefghijklmnop", 5, "abcde\nfghij\nklmno\np"},
		{"one\ntwo three", 5, "one\ntwo\nthree"},
	} {
		if got := WrapSpaces(c.s, c.w); got != c.want {
			t.Errorf("WrapSpaces(%q, %d) = %q, want %q", c.s, c.w, got, c.want)
		}
	}
}

func TestMarkedWindow(t *testing.T) {
	centred := func(cur, n int) func(int) (int, int) {
		return func(rows int) (int, int) {
			top := max(0, min(cur-rows/2, n-rows))
			return top, min(n, top+rows)
		}
	}
	for _, c := range []struct{ room, n, cur, first, last int }{
		{5, 3, 0, 0, 3},   // all fit: no marks
		{5, 10, 0, 0, 4},  // a mark below only
		{5, 10, 9, 6, 10}, // a mark above only
		{5, 10, 5, 4, 7},  // both: three rows
		{1, 10, 5, 5, 6},  // no room for marks
	} {
		if f, l := MarkedWindow(c.room, c.n, centred(c.cur, c.n)); f != c.first || l != c.last {
			t.Errorf("room %d, %d rows, cursor %d: [%d, %d), want [%d, %d)", c.room, c.n, c.cur, f, l, c.first, c.last)
		}
	}
}
