package common

import (
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// TestNarrowWidthAgreesWithAnsi: every character narrowWidth counts as one
// cell is one cell to ansi.StringWidth, alone and after a letter.
func TestNarrowWidthAgreesWithAnsi(t *testing.T) {
	for r := rune(0); r < 0x3000; r++ {
		if !narrowRune(r) {
			continue
		}
		for _, s := range []string{string(r), "a" + string(r), "ж" + string(r) + string(r)} {
			n, ok := narrowWidth(s)
			if !ok || n != ansi.StringWidth(s) {
				t.Fatalf("%U in %q: narrowWidth %d (%v), ansi %d", r, s, n, ok, ansi.StringWidth(s))
			}
		}
	}
}

// TestWidthAndTruncateAsAnsi: Width and Truncate give what ansi gives, for
// text they count themselves and text they hand over.
func TestWidthAndTruncateAsAnsi(t *testing.T) {
	for _, s := range []string{"", "Таза әлем: саябақ · 12.03.2026", "Ұлттық қор — Үміт…", "abc", "Ｗide 世界", "e\u0301te",
		"👩‍👩‍👧 family", "soft\u00adhyphen", "\x1b[31mred\x1b[0m", "> 2026-12-01 · Мадина · 30 мин", "\x1b[1;38;5;196mТаза — №1 ₸\x1b[0m", "\x1b[31", "\x1b]8;;x\x07link\x1b]8;;\x07"} {
		if got, want := Width(s), ansi.StringWidth(s); got != want {
			t.Fatalf("Width(%q) = %d, want %d", s, got, want)
		}
		for w := 0; w < 34; w++ {
			if got, want := Truncate(s, w), ansi.Truncate(s, w, "…"); got != want {
				t.Fatalf("Truncate(%q, %d) = %q, want %q", s, w, got, want)
			}
		}
	}
}

// FuzzWidth: on any text, Width and Truncate are ansi's.
func FuzzWidth(f *testing.F) {
	for _, s := range []string{"Таза әлем", "a\u0301", "世界", "\x1b[1mx", "\x1b[1;38;5;196mТаза — №1\x1b[0m", "\x1b[", "\x1b[31", "\x1b]8;;x\x07link\x1b]8;;\x07"} {
		f.Add(s, 3)
	}
	f.Fuzz(func(t *testing.T, s string, w int) {
		w = w % 64
		if got, want := Width(s), ansi.StringWidth(s); got != want {
			t.Fatalf("Width(%q) = %d, want %d", s, got, want)
		}
		if got, want := Truncate(s, w), ansi.Truncate(s, w, "…"); got != want {
			t.Fatalf("Truncate(%q, %d) = %q, want %q", s, w, got, want)
		}
	})
}
