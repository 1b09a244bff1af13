package csvio

import (
	"math"
	"strconv"
	"strings"
	"time"
	"unicode"

	"frontoffice/model"
	"frontoffice/model/textfold"
)

// This file reads single cells: codes given as a code or a label, yes/no,
// lists of SDGs, hours, ids and timestamps.

// codes reads one code type from a cell: the code itself (any case), or its
// label in any of the three languages folded like search (model/textfold), so
// case, Kazakh letters, Latin alphabets and Russian spellings do not matter
// ("Taza Álem", "таза алем", "Жетысу"), and for the loose forms also the words
// around a name ("Қарағанды", "Карагандинская", "Karaganda region").
//
// The code is matched as written, not folded: "almaty" is the city's code, but
// «Алматы», which folds the same, names the city or the region and is refused.
type codes struct {
	all   []string          // every code, for the message that lists them
	raw   map[string]string // lower-case code → code
	exact map[string]string // folded full label → code; "" when two codes share it
	loose map[string]string // folded part of a label → code; "" when two codes share it
}

func newCodes[T interface {
	~string
	Label(model.Lang) string
}](all []T) *codes {
	c := &codes{raw: map[string]string{}, exact: map[string]string{}, loose: map[string]string{}}
	for _, code := range all {
		s := string(code)
		c.all = append(c.all, s)
		c.raw[strings.ToLower(s)] = s
		for _, lang := range model.Langs() {
			l := code.Label(lang)
			addOnce(c.exact, fold(l), s)
			// "Білім (образование)" is also "Білім" and "образование".
			if open := strings.IndexByte(l, '('); open > 0 {
				c.addLoose(l[:open], s)
				c.addLoose(strings.TrimSuffix(l[open+1:], ")"), s)
			}
			c.addLoose(l, s)
		}
	}
	return c
}

// addOnce maps key to code in m, or to "" (no match) when another code has it.
func addOnce(m map[string]string, key, code string) {
	if key == "" {
		return
	}
	if have, ok := m[key]; ok && have != code {
		m[key] = "" // «Алматы» is a city and a region: ambiguous, so no match
		return
	}
	m[key] = code
}

// regionWords are the words around a region's name that people drop or add, folded.
var regionWords = foldedSet("облысы", "қаласы", "область", "обл", "город", "г", "region", "oblast", "city")

// foldedSet is the set of the folded words.
func foldedSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[fold(w)] = true
	}
	return m
}

func (c *codes) addLoose(label, code string) { addOnce(c.loose, withoutRegionWords(fold(label)), code) }

// withoutRegionWords drops the words of regionWords from a folded text.
func withoutRegionWords(folded string) string {
	var kept []string
	for _, w := range strings.Fields(folded) {
		if !regionWords[w] {
			kept = append(kept, w)
		}
	}
	return strings.Join(kept, " ")
}

// parse returns the code s names.
func (c *codes) parse(s string) (string, bool) {
	if code, ok := c.raw[strings.ToLower(strings.TrimSpace(s))]; ok {
		return code, true
	}
	f := fold(s)
	if code, ok := c.exact[f]; ok {
		return code, code != ""
	}
	code := c.loose[withoutRegionWords(f)]
	return code, code != ""
}

var (
	directionCodes   = newCodes(model.Directions())
	regionCodes      = newCodes(model.Regions())
	ideaStatusCodes  = newCodes(model.IdeaStatuses())
	hoursStatusCodes = newCodes(model.HoursStatuses())
)

// fold is the search key of s (model/textfold, as search folds): lower case,
// Kazakh Cyrillic, the three Latin alphabets and Russian spellings meet, and
// everything but letters and digits becomes single spaces.
func fold(s string) string { return textfold.Fold(s) }

// yes and no are the ways a consent cell says yes or no, folded.
var (
	yesWords = foldedSet("yes", "y", "да", "д", "иә", "ия", "true", "1")
	noWords  = foldedSet("no", "n", "нет", "н", "жоқ", "false", "0")
)

// parseYesNo reads yes/no, да/нет, иә/жоқ, true/false or 1/0.
func parseYesNo(s string) (value, ok bool) {
	switch s { // export's own words, read as their folds are (TestYesNoExportWords)
	case "yes":
		return true, true
	case "no":
		return false, true
	}
	f := fold(s)
	switch {
	case yesWords[f]:
		return true, true
	case noWords[f]:
		return false, true
	}
	return false, false
}

// parseSDGs reads goals separated by ";" (also "," or spaces): "3;15".
func parseSDGs(s string) ([]model.SDG, bool) {
	var out []model.SDG
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == ',' || unicode.IsSpace(r) }) {
		n, err := strconv.Atoi(part)
		if err != nil || !model.SDG(n).Valid() {
			return nil, false
		}
		out = append(out, model.SDG(n))
	}
	return out, true
}

// parseHours reads hours with a decimal point or comma: "9.5", "9,5".
func parseHours(s string) (float64, model.Reason) {
	h, err := strconv.ParseFloat(strings.Replace(s, ",", ".", 1), 64)
	if err != nil || math.IsNaN(h) || math.IsInf(h, 0) {
		return 0, model.ReasonBadNumber
	}
	if !model.ValidHours(h) {
		return 0, model.ReasonBadHours
	}
	return h, model.ReasonNone
}

// parseYear reads a birth year; Validate judges whether it is possible.
func parseYear(s string) (int, bool) {
	n, err := strconv.Atoi(s)
	return n, err == nil
}

// parseID reads a record id; upper case, as some spreadsheets write it, is accepted.
func parseID(s string) (string, bool) {
	id := strings.ToLower(s)
	return id, model.ValidID(id)
}

// parseTimestamp reads created_at: RFC 3339 ("2026-02-13T09:30:00Z") or a day
// ("2026-02-13", "13.02.2026", taken as midnight UTC). Fractions of a second
// are dropped: export writes whole seconds, so a record reads back the same.
func parseTimestamp(s string) (time.Time, bool) {
	if t, ok := parseUTCSecond(s); ok {
		return t, true // what export writes: the time.Parse below reads it the same (FuzzParseTimestampFast)
	}
	return parseTimestampAny(s)
}

// parseTimestampAny is parseTimestamp of any text.
func parseTimestampAny(s string) (time.Time, bool) {
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t.UTC().Truncate(time.Second), true
	}
	if d, why := model.ParseDate(s); why == model.ReasonNone {
		return d.Time(), true
	}
	return time.Time{}, false
}

// sameTimestamp reports whether a timestamp read from a file says the stored
// one: the file keeps whole seconds, and a day alone names the whole day.
func sameTimestamp(stored, read time.Time, cell string) bool {
	stored = stored.UTC()
	if len(cell) <= len("2006-01-02") {
		return model.DateOf(stored) == model.DateOf(read)
	}
	return stored.Truncate(time.Second).Equal(read)
}

// parseUTCSecond reads "2006-01-02T15:04:05Z", a real day and time, as
// time.Parse(time.RFC3339) does; ok is false for anything else.
func parseUTCSecond(s string) (time.Time, bool) {
	if len(s) != 20 || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':' || s[19] != 'Z' {
		return time.Time{}, false
	}
	var n [6]int
	for i, at := range [6]int{0, 5, 8, 11, 14, 17} {
		width := 2
		if i == 0 {
			width = 4
		}
		for _, c := range []byte(s[at : at+width]) {
			if c < '0' || c > '9' {
				return time.Time{}, false
			}
			n[i] = n[i]*10 + int(c-'0')
		}
	}
	year, month, day, hour, minute, sec := n[0], time.Month(n[1]), n[2], n[3], n[4], n[5]
	if month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || sec > 59 {
		return time.Time{}, false
	}
	t := time.Date(year, month, day, hour, minute, sec, 0, time.UTC)
	if t.Day() != day { // past the month's last day
		return time.Time{}, false
	}
	return t, true
}
