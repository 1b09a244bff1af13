package csvio

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file keeps spreadsheets from running what a cell says (CSV or formula
// injection, OWASP "CSV Injection"). A spreadsheet takes a cell that begins
// with = + - @ (and, after a tab or carriage return, what follows) as a
// formula: a name such as =HYPERLINK("http://…"&C2,"Open") or an organisation
// such as +cmd|' /C calc'!A0 would run when an office opens the file.
//
// Every text cell the program writes goes through Neutralize: a cell that a
// spreadsheet would evaluate gets a single quote ' in front, which Excel takes
// as "this is text" and does not show. Import undoes exactly that
// (Unneutralize), so export → import gives back the same text. Number columns
// (money, hours, minutes, a year) are written from numbers and left alone: a
// negative amount stays a number.
//
// A cell is split at ";" before it is looked at, because Excel in a Russian or
// Kazakh locale opens a CSV file with ";" as its separator: there "Ltd;=cmd"
// would become two cells, the second a formula. Each part is neutralised on
// its own ("Ltd;'=cmd"). Lists (sdgs, services) are codes and numbers, which
// never need it.
//
// The rule is reversible for every text: a part gets the quote when, after any
// quotes it already begins with, it would be evaluated; import takes one quote
// off a part only in that same case. So a text that really begins with
// "'=" is written "''=" and read back as "'=", and "'abc" stays "'abc".

// formulaStart reports whether a spreadsheet would evaluate a cell (or a part
// of one after ";") that begins as s: with = + - @, also after spaces, or with
// a tab, carriage return or line feed. The full-width forms (＝ ＋ － ＠) are
// included because some spreadsheet locales read them as the ASCII signs.
func formulaStart(s string) bool {
	if s == "" {
		return false
	}
	switch s[0] {
	case '\t', '\r', '\n':
		return true
	}
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	r, _ := utf8.DecodeRuneInString(s)
	switch r {
	case '=', '+', '-', '@', '＝', '＋', '－', '＠':
		return true
	}
	return false
}

// needsQuote reports whether part must get a leading quote: it would be
// evaluated once the quotes it already begins with are taken off.
func needsQuote(part string) bool { return formulaStart(strings.TrimLeft(part, "'")) }

// Neutralize returns the text cell s as it is written to a file: each part
// between ";" that a spreadsheet would evaluate gets a leading single quote.
// Unneutralize(Neutralize(s)) == s for every s.
func Neutralize(s string) string {
	if !strings.ContainsAny(s, "=+-@\t\r\n＝＋－＠") {
		return s // nothing a spreadsheet would evaluate: the usual case, no copy
	}
	parts := strings.Split(s, ";")
	for i, p := range parts {
		if needsQuote(p) {
			parts[i] = "'" + p
		}
	}
	return strings.Join(parts, ";")
}

// Unneutralize undoes Neutralize: each part between ";" that begins with a
// quote and would be evaluated without its quotes loses one quote.
func Unneutralize(s string) string {
	if !strings.Contains(s, "'") {
		return s
	}
	if !strings.Contains(s, ";") { // one part (an exported phone: '+7…): no copy
		if strings.HasPrefix(s, "'") && needsQuote(s) {
			return s[1:]
		}
		return s
	}
	return unneutralizeParts(s)
}

// unneutralizeParts is Unneutralize part by part.
func unneutralizeParts(s string) string {
	parts := strings.Split(s, ";")
	for i, p := range parts {
		if strings.HasPrefix(p, "'") && needsQuote(p) {
			parts[i] = p[1:]
		}
	}
	return strings.Join(parts, ";")
}
