package model

import (
	"strconv"
	"strings"
	"unicode"
)

// Tenge is an amount of money in whole tenge. Budgets never need tiyn.
type Tenge int64

// MaxTenge is the largest amount the product accepts: ten billion tenge is far
// beyond any social project, so anything larger is a typing mistake.
const MaxTenge Tenge = 10_000_000_000

// NoBreak is the space inside a sum (U+00A0, a no-break space): between
// groups of digits and before the tenge sign, so wrapping a line never
// splits a sum ("200 / 000 ₸"). It is one cell wide on a terminal, as a
// space; ParseTenge reads it back. Files for other programs (CSV, JSON,
// workbooks: DESIGN.md §5) write amounts as plain digits, never with it.
const NoBreak = "\u00a0"

// String shows the amount with thousands grouped, whole on any line:
// "50 000 ₸" with no-break spaces (NoBreak).
func (t Tenge) String() string { return groupDigits(int64(t), '\u00a0') + NoBreak + "₸" }

// GroupDigits writes n with a space between groups of three digits.
func GroupDigits(n int64) string { return groupDigits(n, ' ') }

func groupDigits(n int64, sep rune) string {
	neg := n < 0
	u := uint64(n)
	if neg {
		u = -u // also right for math.MinInt64, whose negation overflows int64
	}
	s := strconv.FormatUint(u, 10)
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteRune(sep)
		}
		b.WriteRune(c)
	}
	return b.String()
}

// ParseTenge reads an amount as a person types it: "50000", "50 000", "50 000 ₸",
// "50,000", "50000 тг". The reason says why it was refused.
func ParseTenge(s string) (Tenge, Reason) {
	s = strings.TrimSpace(s)
	for _, suffix := range []string{"₸", "тг.", "тг", "kzt", "тенге", "теңге", "tenge"} {
		if l := strings.ToLower(s); len(l) == len(s) && strings.HasSuffix(l, suffix) {
			s = strings.TrimSpace(s[:len(l)-len(suffix)])
		}
	}
	if s == "" {
		return 0, ReasonRequired
	}
	var digits strings.Builder
	for i, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits.WriteRune(r)
		case r == '-' && i == 0:
			return 0, ReasonNegative
		case unicode.IsSpace(r) || r == ',' || r == '\'' || r == '_':
			// group separators
		default:
			return 0, ReasonBadNumber
		}
	}
	if digits.Len() == 0 {
		return 0, ReasonBadNumber // only separators, such as ","
	}
	// A comma groups thousands ("50,000"), so exactly three digits follow it;
	// "1,5" or "50 000,50" has a decimal comma, and whole tenge have no fractions.
	for _, p := range strings.Split(s, ",")[1:] {
		if len(p)-len(strings.TrimLeft(p, "0123456789")) != 3 {
			return 0, ReasonBadNumber
		}
	}
	d := strings.TrimLeft(digits.String(), "0")
	if d == "" {
		return 0, ReasonNone
	}
	if len(d) > 11 {
		return 0, ReasonTooLarge
	}
	n, err := strconv.ParseInt(d, 10, 64)
	if err != nil {
		return 0, ReasonBadNumber
	}
	if Tenge(n) > MaxTenge {
		return 0, ReasonTooLarge
	}
	return Tenge(n), ReasonNone
}

// ReasonNone is the empty reason: the value is fine.
const ReasonNone Reason = ""
