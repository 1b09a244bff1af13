package common

import (
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// Width is the cells s takes on screen. Text whose every character takes one
// cell on its own (printable ASCII, the Latin, Cyrillic and Kazakh letters of
// the records, dashes, quotes, "№", "₸", box lines) is counted without the grapheme and width tables; anything
// else (escapes, joining marks, wide characters, emoji) goes to
// ansi.StringWidth. TestNarrowWidthAgreesWithAnsi holds the ranges.
func Width(s string) int {
	if n, ok := styledWidth(s); ok {
		return n
	}
	return ansi.StringWidth(s)
}

// styledWidth is narrowWidth of text that may also hold CSI escapes (the
// styles' colours, "\x1b[1;31m"), which take no cell.
func styledWidth(s string) (n int, ok bool) {
	for i := 0; i < len(s); {
		if s[i] == 0x1b {
			end, ok := csiEnd(s, i)
			if !ok {
				return 0, false
			}
			i = end
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !narrowRune(r) {
			return 0, false
		}
		n++
		i += size
	}
	return n, true
}

// csiEnd is the end of the CSI sequence at s[i] (ESC [ parameters,
// intermediates, a final byte), or false when it is not one.
func csiEnd(s string, i int) (int, bool) {
	if i+1 >= len(s) || s[i+1] != '[' {
		return 0, false
	}
	j := i + 2
	for j < len(s) && s[j] >= 0x30 && s[j] <= 0x3f {
		j++
	}
	for j < len(s) && s[j] >= 0x20 && s[j] <= 0x2f {
		j++
	}
	if j < len(s) && s[j] >= 0x40 && s[j] <= 0x7e {
		return j + 1, true
	}
	return 0, false
}

// Truncate cuts s to at most w cells, ending a cut with "…", as
// ansi.Truncate(s, w, "…") does.
func Truncate(s string, w int) string {
	if n, ok := styledWidth(s); ok && n <= w {
		return s
	}
	n, narrow := narrowWidth(s)
	switch {
	case !narrow:
		return ansi.Truncate(s, w, "…")
	case n <= w:
		return s
	case w <= 0:
		return ""
	}
	return cutNarrow(s, w-1) + "…"
}

// narrowWidth counts the characters of s when each takes one cell
// (narrowRune); narrow is false, and n 0, when one does not.
func narrowWidth(s string) (n int, narrow bool) {
	for _, r := range s {
		if !narrowRune(r) {
			return 0, false
		}
		n++
	}
	return n, true
}

func narrowRune(r rune) bool {
	switch {
	case r >= 0x20 && r < 0x7f:
		return true
	case r >= 0xa1 && r <= 0x2ff:
		return r != 0xad // the soft hyphen takes no cell
	case r >= 0x400 && r <= 0x52f:
		return r < 0x483 || r > 0x489 // Cyrillic marks join the letter before
	case r >= 0x2010 && r <= 0x2027, r >= 0x2030 && r <= 0x205e:
		return true // dashes, quotes, "…", "‰"
	case r >= 0x20a0 && r <= 0x20c0, r >= 0x2100 && r <= 0x214f:
		return true // currency signs ("₸") and letterlike symbols ("№")
	case r >= 0x2500 && r <= 0x259f:
		return true // box drawing and blocks: the tab bar's "│", progress bars
	}
	return false
}

// cutNarrow is the first n characters of s, every one a cell (narrowWidth).
func cutNarrow(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}
