package i18n

import (
	"regexp"
	"sort"
	"strings"
	"testing"
)

// countWord is a number printed right before a word: "%d people", "%d чел.",
// "%d жазба". Such a word agrees with the number, so the sentence needs
// plural forms (key.one, key.few, key.many; Translator.Plural picks one by
// CLDR's rules).
var countWord = regexp.MustCompile(`%d\s+(\p{L}+)`)

// invariant are words after a number that never change with it: units
// written short, and words that are no counted noun.
var invariant = map[string]bool{
	"h": true, "ч": true, "сағ": true, "min": true, "мин": true, "s": true, "с": true,
	"KiB": true, "КиБ": true, "MiB": true, "МиБ": true,
	"more": true, "of": true, "из": true, "unchanged": true,
}

// genderMark is wording that guesses a gender the app does not know:
// «найден(а)», «на нём/ней»; "row(s)" is a plural not chosen.
var genderMark = regexp.MustCompile(`\p{L}\((а|ла|s)\)|(нём|ним|него|нему)/(ней|неё)`)

// countedAfter is a number formatted beforehand (%s, Translator.Int) and
// the word it counts: these sentences are written as "records: %s" instead.
var countedAfter = regexp.MustCompile(`%s (records|people|ideas|consultations|visits|rows|entries|files|problems|lines|записей|записи|запись|людей|человек|идей|строк|файлов|жазба|адам|идея|жол|файл)(?:\P{L}|$)`)

// notCounts are sentences whose %d names something instead of counting it:
// a line, an objective, an activity, a year.
var notCounts = map[string]string{
	"app.problem.activity_no_date":       "activity number",
	"app.problem.activity_no_owner":      "activity number",
	"app.problem.objective_no_indicator": "objective number",
	"app.problem.team_unnamed":           "team member number",
	"csv.reason.repeats_line":            "line number",
	"cert.credit":                        "a year (В 2026 году)",
	"credits.title":                      "a year (2026 год)",
	"csv.reason.empty_column_name":       "column number",
	"app.too_small":                      "a window size (40×12 етіп)",
}

// TestCountSentencesHavePluralForms (issue 20 item 13): every sentence that
// counts something with a word after the number has plural forms in every
// language, and nothing says "row(s)" or "найден(а)".
func TestCountSentencesHavePluralForms(t *testing.T) {
	families := map[string]int{}
	for k := range en {
		for _, f := range []string{".one", ".few", ".many"} {
			if strings.HasSuffix(k, f) {
				families[strings.TrimSuffix(k, f)]++
			}
		}
	}
	for base, n := range families {
		if n != 3 {
			t.Errorf("%s: %d of the plural forms one, few, many", base, n)
		}
	}
	var bad []string
	for k := range en {
		if families[k[:max(0, strings.LastIndexByte(k, '.'))]] == 3 {
			continue // a plural form
		}
		for lang, c := range catalogs {
			s := c[k]
			if genderMark.MatchString(s) {
				bad = append(bad, string(lang)+" "+k+": "+s)
			}
			if m := countedAfter.FindString(s); m != "" {
				bad = append(bad, string(lang)+" "+k+": "+m)
			}
			if _, ok := notCounts[k]; ok {
				continue
			}
			for _, m := range countWord.FindAllStringSubmatch(s, -1) {
				if !invariant[m[1]] {
					bad = append(bad, string(lang)+" "+k+": "+m[0])
				}
			}
		}
	}
	sort.Strings(bad)
	for _, b := range bad {
		t.Errorf("a count without plural forms: %s", b)
	}
}

// TestCountSentencesAgree: T picks a count sentence's form by its first
// number, with the language's grouping: «найдено 5 проблем», "1 problem".
func TestCountSentencesAgree(t *testing.T) {
	kk, ru, en := New("kk"), New("ru"), New("en")
	for _, c := range []struct{ got, want string }{
		{ru.T("check.problems", "fo.db", 1), "В хранилище fo.db найдена 1 проблема:"},
		{ru.T("check.problems", "fo.db", 3), "В хранилище fo.db найдены 3 проблемы:"},
		{ru.T("check.problems", "fo.db", 11), "В хранилище fo.db найдено 11 проблем:"},
		{en.T("check.problems", "fo.db", 1), "The store fo.db has 1 problem:"},
		{en.T("check.problems", "fo.db", 2), "The store fo.db has 2 problems:"},
		{ru.T("people.age", 21), "21 год"}, {ru.T("people.age", 23), "23 года"}, {ru.T("people.age", 17), "17 лет"},
		{ru.T("csv.saving", 3005), "Сохраняется 3 005 строк…"}, {en.T("csv.saving", 3005), "Saving 3,005 rows…"},
		{kk.T("csv.saving", 1), "1 жол сақталуда…"},
		{ru.Plural("prog.rule.months", 24, 3, 24), "срок 3–24 месяца"},
		{ru.T("app.months", 5), "5 месяцев"},
	} {
		if c.got != c.want {
			t.Errorf("%q, want %q", c.got, c.want)
		}
	}
}
