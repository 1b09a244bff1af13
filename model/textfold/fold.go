// Package textfold turns text in any of the alphabets Kazakhstan types in —
// Kazakh and Russian Cyrillic, the 2017 (apostrophes), 2018 (acute accents) and
// 2021 (Ä/Ö/Ü/Ū/Ğ/Ş/Ñ) Latin alphabets, Russian-keyboard spellings — into one
// search key, so that «Таза әлем», "Taza Álem", "Taza Älem" and "taza alem"
// all meet (DOMAIN.md §6).
//
// The key is lower-case ASCII letters and digits, words separated by one space.
// Steps, in order: Latin specials and 2017 apostrophe pairs; lower case;
// Cyrillic to basic Latin; accents dropped; then q→k, j→zh, kh→h, y→i and
// doubled letters collapsed («Дмитрий» and "Dmitry" meet).
package textfold

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// cyrillic maps lower-case Cyrillic letters (Russian and Kazakh) to Latin.
var cyrillic = map[rune]string{
	'а': "a", 'ә': "a", 'б': "b", 'в': "v", 'г': "g", 'ғ': "g", 'д': "d", 'е': "e", 'ё': "e",
	'ж': "zh", 'з': "z", 'и': "i", 'й': "i", 'к': "k", 'қ': "k", 'л': "l", 'м': "m", 'н': "n",
	'ң': "n", 'о': "o", 'ө': "o", 'п': "p", 'р': "r", 'с': "s", 'т': "t", 'у': "u", 'ұ': "u",
	'ү': "u", 'ф': "f", 'х': "h", 'һ': "h", 'ц': "ts", 'ч': "ch", 'ш': "sh", 'щ': "sh", 'ъ': "",
	'ы': "y", 'і': "i", 'ь': "", 'э': "e", 'ю': "iu", 'я': "ia",
	// Ukrainian/Belarusian letters that turn up in names.
	'ї': "i", 'є': "e", 'ў': "u", 'ґ': "g",
}

// cyrillicLo is where cyrillicFold starts: the Cyrillic block, U+0400–U+04FF.
const cyrillicLo = 0x400

// cyrillicFold is, for each rune of the Cyrillic block, its fold
// cyrillic[unicode.ToLower(r)]; ok false where the map has none (such a
// rune goes the long way). TestCyrillicTableIsTheMap.
var cyrillicFold = func() (t [0x100]struct {
	out string
	ok  bool
}) {
	for i := range t {
		t[i].out, t[i].ok = cyrillic[unicode.ToLower(rune(cyrillicLo+i))]
	}
	return t
}()

// latinSpecial are the 2018/2021 letters whose fold is not their base letter,
// and letters NFD does not decompose.
var latinSpecial = map[rune]string{
	'ý': "u", 'ı': "i", 'ş': "sh", 'ç': "ch", 'ŋ': "n", 'ǵ': "g", 'ń': "n",
	'ß': "ss", 'ø': "o", 'æ': "ae", 'œ': "oe", 'đ': "d", 'ł': "l",
}

// apostrophePair maps a letter followed by an apostrophe (2017 alphabet) to its fold.
var apostrophePair = map[rune]string{
	'a': "a", 'g': "g", 'n': "n", 'o': "o", 'u': "u", 'y': "u", 's': "sh", 'c': "ch", 'i': "i",
}

func isApostrophe(r rune) bool {
	return r == '\'' || r == '’' || r == 'ʼ' || r == '‘' || r == '`' || r == 'ʻ'
}

// latinTable caches the accent-free base of Latin letters with diacritics
// (Latin-1 Supplement to Latin Extended Additional), computed once with NFD.
var latinTable = func() map[rune]string {
	t := map[rune]string{}
	add := func(lo, hi rune) {
		for r := lo; r <= hi; r++ {
			lr := unicode.ToLower(r)
			if s, ok := latinSpecial[lr]; ok {
				t[r] = s
				continue
			}
			var b strings.Builder
			for _, d := range norm.NFD.String(string(lr)) {
				if d < utf8.RuneSelf && (d >= 'a' && d <= 'z' || d >= '0' && d <= '9') {
					b.WriteRune(d)
				}
			}
			if b.Len() > 0 {
				t[r] = b.String()
			}
		}
	}
	add(0x00C0, 0x024F)
	add(0x1E00, 0x1EFF)
	return t
}()

// Fold returns the search key of s. See the package comment.
func Fold(s string) string {
	return string(AppendFold(nil, s))
}

// AppendFold appends the search key of s to dst (no allocation when dst has room).
func AppendFold(dst []byte, s string) []byte {
	start := len(dst)
	// Pass 1: letters to basic Latin, everything else to word breaks.
	var prev rune = -1 // the previous input letter, lower-cased, for apostrophe pairs
	space := true      // the output ends with a word break (or is empty)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if isApostrophe(r) {
			if repl, ok := apostrophePair[prev]; ok && len(dst) > start {
				// Replace the letter just written (always one ASCII byte here).
				dst = append(dst[:len(dst)-1], repl...)
			}
			prev = -1
			continue // an apostrophe never breaks a word
		}
		var out string
		switch {
		case r < utf8.RuneSelf:
			c := byte(r)
			switch {
			case c >= 'A' && c <= 'Z':
				c += 'a' - 'A'
				fallthrough
			case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
				dst = append(dst, c)
				space = false
				prev = rune(c)
				continue
			}
		case r >= cyrillicLo && r < cyrillicLo+rune(len(cyrillicFold)) && cyrillicFold[r-cyrillicLo].ok:
			// Most of what is folded is Cyrillic: its fold by table, as the
			// default case would find it, without ToLower and a map lookup.
			if out := cyrillicFold[r-cyrillicLo].out; out != "" {
				dst = append(dst, out...)
				space = false
			}
			prev = -1 // no Cyrillic letter pairs with an apostrophe; ъ, ь: no sound, no break
			continue
		case r == 'İ':
			out = "i"
		default:
			lr := unicode.ToLower(r)
			if t, ok := cyrillic[lr]; ok {
				out = t
				if t == "" { // ъ, ь: no sound, no break
					prev = -1
					continue
				}
			} else if t, ok := latinTable[r]; ok {
				out = t
			} else if unicode.IsLetter(r) || unicode.IsDigit(r) {
				out = foldOther(lr)
			} else if unicode.Is(unicode.Mn, r) {
				continue // a combining accent on the letter before
			}
		}
		if out == "" {
			if !space {
				dst = append(dst, ' ')
				space = true
			}
			prev = -1
			continue
		}
		dst = append(dst, out...)
		space = false
		prev = unicode.ToLower(r)
		if prev >= utf8.RuneSelf {
			prev = -1 // only Latin letters pair with apostrophes
		}
	}
	if space && len(dst) > start {
		dst = dst[:len(dst)-1]
	}
	// Pass 2 (in place, output never longer than input): q→k, j→zh, kh→h,
	// y→i, doubled letters collapsed.
	dst = refold(dst, start)
	return applyAliases(dst, start)
}

// aliases join exonyms and old names to the Kazakh name, word by word, after
// folding (DOMAIN.md §6: Kazakhstan/Qazaqstan, Karaganda/Qaragandy).
var aliases = map[string]string{
	"kazahstan":     "kazakstan", // Kazakhstan, Казахстан
	"karaganda":     "karagandi", // Караганда
	"chimkent":      "shimkent",  // Чимкент
	"uralsk":        "oral",      // Уральск
	"aktiubinsk":    "aktobe",    // Актюбинск
	"semipalatinsk": "semei",     // Семипалатинск
}

func applyAliases(dst []byte, start int) []byte {
	hit := false
	forWords(dst[start:], func(w []byte) {
		if _, ok := aliases[string(w)]; ok { // no allocation for the lookup
			hit = true
		}
	})
	if !hit {
		return dst
	}
	var b []byte
	forWords(dst[start:], func(w []byte) {
		if len(b) > 0 {
			b = append(b, ' ')
		}
		if a, ok := aliases[string(w)]; ok {
			b = append(b, a...)
		} else {
			b = append(b, w...)
		}
	})
	return append(dst[:start], b...)
}

func forWords(s []byte, fn func([]byte)) {
	for len(s) > 0 {
		i := 0
		for i < len(s) && s[i] != ' ' {
			i++
		}
		fn(s[:i])
		if i == len(s) {
			return
		}
		s = s[i+1:]
	}
}

// foldOther decomposes any other letter or digit and keeps its ASCII part.
func foldOther(r rune) string {
	var b strings.Builder
	for _, d := range norm.NFKD.String(string(r)) {
		switch {
		case d >= 'a' && d <= 'z', d >= '0' && d <= '9':
			b.WriteRune(d)
		case d >= 'A' && d <= 'Z':
			b.WriteRune(d + 'a' - 'A')
		}
	}
	return b.String()
}

// refold applies step 5 to dst[start:]: q→k, y→i, j→zh, then doubled letters
// collapsed and kh→h, repeated until nothing changes (so Fold(Fold(s)) == Fold(s)).
func refold(dst []byte, start int) []byte {
	src := dst[start:]
	js := 0
	for _, c := range src {
		if c == 'j' {
			js++
		}
	}
	out := src
	if js > 0 {
		out = make([]byte, 0, len(src)+js)
	} else {
		out = src[:0]
	}
	for _, c := range src { // in place when there is no j: never longer
		switch c {
		case 'q':
			c = 'k'
		case 'y':
			c = 'i'
		case 'j':
			out = append(out, 'z')
			c = 'h'
		}
		out = append(out, c)
	}
	for {
		n := len(out)
		out = squeeze(out)
		if len(out) == n {
			break
		}
	}
	return append(dst[:start], out...)
}

// squeeze collapses doubled letters and turns kh into h, in place.
func squeeze(b []byte) []byte {
	out := b[:0]
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c == 'k' && i+1 < len(b) && b[i+1] == 'h' {
			continue
		}
		if len(out) > 0 && c == out[len(out)-1] && c != ' ' && (c < '0' || c > '9') {
			continue
		}
		out = append(out, c)
	}
	return out
}

// Words splits a folded key into its words.
func Words(folded string) []string { return strings.Fields(folded) }
