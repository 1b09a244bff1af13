package i18n

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"frontoffice/model"

	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/number"
)

// Numbers follow the language through golang.org/x/text (CLDR): a decimal
// comma in Kazakh and Russian (3,5 ч), a point in English (3.5 h),
// thousands grouped (3 005 in Kazakh and Russian, 3,005 in English). T
// formats its %d, %f and %g arguments so; Int, Num and Size write one number.
// CLDR's no-break spaces become plain ones, as the rest of the app writes
// them (model.GroupDigits, tenge amounts).

// tags are the CLDR languages of the product's three.
var tags = map[model.Lang]language.Tag{model.KK: language.Kazakh, model.RU: language.Russian, model.EN: language.English}

// printers format numbers per language; a Printer only reads its own fields
// when it prints, so one per language serves every goroutine.
var printers = map[model.Lang]*message.Printer{}

func init() {
	for l, tag := range tags {
		printers[l] = message.NewPrinter(tag)
	}
}

func (t *Translator) printer() *message.Printer { return printers[t.Lang()] }

// plainSpaces turns CLDR's no-break and narrow no-break spaces into spaces.
var plainSpaces = strings.NewReplacer("\u00a0", " ", "\u202f", " ")

// Plain is a number printed as it is, never grouped: a year (2026, not
// 2 026), a code. Pass it where a sentence has %d.
type Plain int

// Format writes the digits alone, whatever the verb.
func (p Plain) Format(f fmt.State, _ rune) { f.Write([]byte(strconv.Itoa(int(p)))) }

// sprintf formats like fmt.Sprintf with the language's numbers. Sentences
// whose numbers need no grouping or decimal mark take the quick way.
func (t *Translator) sprintf(format string, args []any) string {
	local := false
	for _, a := range args {
		switch n := a.(type) {
		case int:
			local = local || n >= 1000 || n <= -1000
		case int64:
			local = local || n >= 1000 || n <= -1000
		case float64, float32:
			local = true
		case uint, uint64, uint32, int32:
			local = true
		}
	}
	if !local || t.Lang() == "" {
		return fmt.Sprintf(format, args...)
	}
	return plainSpaces.Replace(t.printer().Sprintf(format, args...))
}

// Int writes a whole number with the language's grouping: 3 005, 3,005.
func (t *Translator) Int(n int64) string {
	if n > -1000 && n < 1000 {
		return strconv.FormatInt(n, 10)
	}
	return plainSpaces.Replace(t.printer().Sprint(number.Decimal(n)))
}

// Figure writes a number whole, as typed, with the language's decimal
// mark and no grouping (2,5 in Kazakh and Russian, 2.5 in English): a value
// a form shows to be edited, or a measure printed as it was set, where
// Num's rounding would change it.
func (t *Translator) Figure(v float64) string { return Figure(t.Lang(), v) }

// Figure is Translator.Figure in lang.
func Figure(lang model.Lang, v float64) string {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	if lang == model.KK || lang == model.RU {
		return strings.Replace(s, ".", ",", 1)
	}
	return s
}

// Num writes a figure with at most two decimals, grouped, with the
// language's decimal mark: 3,5 and 1 234,25 in Kazakh and Russian.
func (t *Translator) Num(v float64) string {
	v = math.Round(v*100) / 100
	if v == math.Trunc(v) && math.Abs(v) < 1e15 {
		return t.Int(int64(v))
	}
	return plainSpaces.Replace(t.printer().Sprint(number.Decimal(v, number.MaxFractionDigits(2))))
}

// Size writes a file size: 2,5 МБ, 812 КБ, 30 B.
func (t *Translator) Size(n int64) string {
	switch {
	case n >= 1<<20:
		return t.T("size.mb", t.Num(math.Round(float64(n)/(1<<20)*10)/10))
	case n >= 1<<10:
		return t.T("size.kb", t.Num(math.Round(float64(n)/(1<<10)*10)/10))
	}
	return t.T("size.b", t.Int(n))
}

// Count is n with its counted word in the form n asks for: key.one,
// key.few or key.many, each with one %s for the number (Int's grouping):
// «1 задача», «2 задачи», «5 задач»; "1 objective", "3 005 objectives".
func (t *Translator) Count(key string, n int) string {
	return t.Plural(key, float64(n), t.Int(int64(n)))
}

func init() {
	add(map[string]model.Label{
		// The logframe's counts on the idea card (Count).
		"lf.count.objectives.one":  {KK: "%s міндет", RU: "%s задача", EN: "%s objective"},
		"lf.count.objectives.few":  {KK: "%s міндет", RU: "%s задачи", EN: "%s objectives"},
		"lf.count.objectives.many": {KK: "%s міндет", RU: "%s задач", EN: "%s objectives"},
		"lf.count.activities.one":  {KK: "%s іс-шара", RU: "%s мероприятие", EN: "%s activity"},
		"lf.count.activities.few":  {KK: "%s іс-шара", RU: "%s мероприятия", EN: "%s activities"},
		"lf.count.activities.many": {KK: "%s іс-шара", RU: "%s мероприятий", EN: "%s activities"},
		"lf.count.results.one":     {KK: "%s нәтиже", RU: "%s результат", EN: "%s result"},
		"lf.count.results.few":     {KK: "%s нәтиже", RU: "%s результата", EN: "%s results"},
		"lf.count.results.many":    {KK: "%s нәтиже", RU: "%s результатов", EN: "%s results"},
		"lf.count.indicators.one":  {KK: "%s көрсеткіш", RU: "%s индикатор", EN: "%s indicator"},
		"lf.count.indicators.few":  {KK: "%s көрсеткіш", RU: "%s индикатора", EN: "%s indicators"},
		"lf.count.indicators.many": {KK: "%s көрсеткіш", RU: "%s индикаторов", EN: "%s indicators"},
		"lf.count.risks.one":       {KK: "%s тәуекел", RU: "%s риск", EN: "%s risk"},
		"lf.count.risks.few":       {KK: "%s тәуекел", RU: "%s риска", EN: "%s risks"},
		"lf.count.risks.many":      {KK: "%s тәуекел", RU: "%s рисков", EN: "%s risks"},
		"size.mb":                  {KK: "%s МБ", RU: "%s МБ", EN: "%s MB"},
		"size.kb":                  {KK: "%s КБ", RU: "%s КБ", EN: "%s KB"},
		"size.b":                   {KK: "%s байт", RU: "%s байт", EN: "%s B"},
	})
}

// PluralForm is the form a counted word takes after n in lang, by CLDR's
// cardinal rules (golang.org/x/text/feature/plural): "one", "few" or
// "many", the suffixes of the keys Plural picks from. Russian: 1, 21, 101
// час (one); 2–4, 22–24 часа (few); 0, 5–20, 25 часов (many); a fraction
// (CLDR's other) takes the few form: 2,5 часа. English: 1 hour (one), else
// hours (many). Kazakh: CLDR's one for 1, else many; its sentences have the
// same word in both.
func PluralForm(lang model.Lang, n float64) string {
	tag, ok := tags[lang]
	if !ok {
		tag = language.English
	}
	n = math.Abs(n)
	s := strconv.FormatFloat(n, 'f', -1, 64)
	i, f := s, ""
	if k := strings.IndexByte(s, '.'); k >= 0 {
		i, f = s[:k], s[k+1:]
	}
	whole, err := strconv.Atoi(i)
	if err != nil { // beyond int: only the last digits matter to any rule
		whole, _ = strconv.Atoi(i[len(i)-6:])
	}
	frac, _ := strconv.Atoi("0" + f)
	form := plural.Cardinal.MatchPlural(tag, whole, len(f), len(f), frac, frac)
	switch form {
	case plural.One:
		return "one"
	case plural.Few:
		return "few"
	case plural.Other:
		if lang == model.RU && f != "" {
			return "few" // a fraction: 2,5 часа, the few form's word
		}
	}
	return "many"
}
