package model

import (
	"strings"
	"time"
)

// NormalizePhone turns a Kazakhstan number typed in any usual form — "8 701 123 45 67",
// "+7 (701) 123-45-67", "7011234567", "77011234567" — into "+77011234567".
// It refuses numbers that are not Kazakh mobile or landline numbers (DOMAIN.md §7).
func NormalizePhone(s string) (string, Reason) {
	if isNormalPhone(s) {
		return s, ReasonNone // already "+7" and ten digits (an export's cell): nothing to make
	}
	return normalizePhone(s)
}

// normalizePhone is NormalizePhone of any text.
func normalizePhone(s string) (string, Reason) {
	if strings.TrimSpace(s) == "" {
		return "", ReasonRequired
	}
	d, ok := phoneDigits(s)
	if !ok {
		return "", ReasonBadPhone
	}
	intl := strings.HasPrefix(strings.TrimSpace(s), "+")
	switch {
	case len(d) == 11 && (d[0] == '7' || (d[0] == '8' && !intl)): // "+8 701 …" is not a number
		d = d[1:]
	case len(d) == 10 && !intl:
	default:
		return "", ReasonBadPhone
	}
	if !knownOperatorCode(d[:3]) {
		return "", ReasonBadPhone
	}
	return "+7" + d, ReasonNone
}

// isNormalPhone reports whether s is NormalizePhone's own answer for s:
// "+7", then ten digits that start with a known code (TestNormalPhoneFastPath).
func isNormalPhone(s string) bool {
	if len(s) != 12 || s[0] != '+' || s[1] != '7' {
		return false
	}
	for i := 2; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return knownOperatorCode(s[2:5])
}

// PhoneDigitsKey returns the ten national digits of anything that looks like a
// phone number ("8 701 123 45 67" → "7011234567"), for search; "" otherwise.
func PhoneDigitsKey(s string) string {
	p, r := NormalizePhone(s)
	if r != ReasonNone {
		return ""
	}
	return p[2:]
}

// phoneDigits keeps the digits of s, allowing only the separators people type.
func phoneDigits(s string) (string, bool) {
	var b strings.Builder
	b.Grow(len(s)) // one allocation: an import normalises every row's phone
	for i, r := range strings.TrimSpace(s) {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case r == '+' && i == 0:
		case r == ' ' || r == '-' || r == '(' || r == ')' || r == '.' || r == '\u00a0':
		default:
			return "", false
		}
	}
	return b.String(), true
}

// knownOperatorCode reports whether the three digits after +7 belong to a Kazakh
// mobile operator (700–702, 705–708, 747, 760–764, 771, 775–778, 785) or an
// area code (710–729).
func knownOperatorCode(c string) bool {
	if len(c) != 3 || c[0] != '7' {
		return false
	}
	n := int(c[1]-'0')*10 + int(c[2]-'0')
	switch {
	case n <= 2, n >= 5 && n <= 8, n >= 10 && n <= 29, n == 47, n >= 60 && n <= 64,
		n == 71, n >= 75 && n <= 78, n == 85:
		return true
	}
	return false
}

// ValidIIN reports whether s is a 12-digit individual identification number whose
// birth date is real and whose check digit is right (DOMAIN.md §7).
func ValidIIN(s string) bool {
	_, ok := IINBirthDate(s)
	return ok && iinCheckDigitOK(s)
}

var iinWeights2 = [11]int{3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2}

func iinCheckDigitOK(s string) bool {
	if len(s) != 12 {
		return false
	}
	var d [12]int
	for i := 0; i < 12; i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
		d[i] = int(s[i] - '0')
	}
	c := 0
	for i := 0; i < 11; i++ {
		c += d[i] * (i + 1)
	}
	c %= 11
	if c == 10 {
		c = 0
		for i := 0; i < 11; i++ {
			c += d[i] * iinWeights2[i]
		}
		c %= 11
		if c == 10 {
			return false
		}
	}
	return c == d[11]
}

// IINBirthDate reads the birth date from an IIN's first seven digits (YYMMDD and
// the century digit). It reports false when they do not make a real date.
func IINBirthDate(s string) (time.Time, bool) {
	if len(s) != 12 {
		return time.Time{}, false
	}
	for i := 0; i < 12; i++ {
		if s[i] < '0' || s[i] > '9' {
			return time.Time{}, false
		}
	}
	num := func(i int) int { return int(s[i]-'0')*10 + int(s[i+1]-'0') }
	yy, mm, dd := num(0), num(2), num(4)
	var century int
	switch s[6] {
	case '1', '2':
		century = 1800
	case '3', '4':
		century = 1900
	case '5', '6':
		century = 2000
	default:
		return time.Time{}, false
	}
	t := time.Date(century+yy, time.Month(mm), dd, 0, 0, 0, 0, time.UTC)
	if t.Month() != time.Month(mm) || t.Day() != dd || mm == 0 || dd == 0 {
		return time.Time{}, false
	}
	return t, true
}

// NormalizeIIN removes spaces people type inside an IIN.
func NormalizeIIN(s string) string {
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '-' || r == '\u00a0' {
			return -1
		}
		return r
	}, strings.TrimSpace(s))
}

// FormatPhone writes a stored phone (+77011234567) the way people read it:
// +7 701 123 45 67. Anything else comes back as it is.
func FormatPhone(p string) string {
	if len(p) != 12 || p[:2] != "+7" {
		return p
	}
	for _, r := range p[2:] {
		if r < '0' || r > '9' {
			return p
		}
	}
	d := p[2:]
	return "+7 " + d[:3] + " " + d[3:6] + " " + d[6:8] + " " + d[8:]
}
