// Package i18n holds every sentence a person reads, in Kazakh, Russian and
// English, and the Translator that looks them up. The core catalogues are Go
// maps, one file per language (en.go, ru.go, kk.go); later areas keep their
// sentences in one file each with the three languages side by side (see add).
// A test fails when a key is missing or empty in any language.
package i18n

import (
	"os"
	"strings"

	"frontoffice/model"
)

// Translator gives sentences in one language. The zero value speaks English.
type Translator struct {
	lang    model.Lang
	catalog map[string]string
}

var catalogs = map[model.Lang]map[string]string{
	model.EN: en,
	model.RU: ru,
	model.KK: kk,
}

// add merges one area's sentences into the catalogues. Areas (a screen, a
// command) keep their sentences in one file, all three languages side by side:
//
//	func init() { add(map[string]model.Label{"ideas.title": {KK: "…", RU: "…", EN: "…"}}) }
//
// A key already present panics at start-up, so two areas cannot fight over one.
func add(area map[string]model.Label) {
	for k, l := range area {
		if _, dup := en[k]; dup {
			panic("i18n: key " + k + " defined twice")
		}
		en[k], ru[k], kk[k] = l.EN, l.RU, l.KK
	}
}

// New returns a translator for lang (English for anything unknown).
func New(lang model.Lang) *Translator {
	c, ok := catalogs[lang]
	if !ok {
		lang, c = model.EN, en
	}
	return &Translator{lang: lang, catalog: c}
}

// Lang is the translator's language.
func (t *Translator) Lang() model.Lang {
	if t == nil || t.lang == "" {
		return model.EN
	}
	return t.lang
}

// T returns the sentence for key, formatted with args like fmt.Sprintf. A
// count sentence (key.one, key.few, key.many: counts.go) takes the form its
// first number asks for. A key missing everywhere comes back as itself, so a
// mistake shows instead of vanishing.
func (t *Translator) T(key string, args ...any) string {
	s, ok := "", false
	if t != nil {
		s, ok = t.catalog[key]
	}
	if !ok && isCount(key) {
		return t.Plural(key, firstNumber(args), args...)
	}
	if !ok {
		if s, ok = en[key]; !ok {
			s = key
		}
	}
	if len(args) > 0 {
		return t.sprintf(s, args)
	}
	return s
}

// Has reports whether key exists in the English catalogue, as a sentence or
// as a count sentence's forms (key.one…).
func Has(key string) bool {
	_, ok := en[key]
	return ok || isCount(key)
}

// isCount reports whether key is a count sentence's (key.one…).
func isCount(key string) bool { _, ok := en[key+".one"]; return ok }

// Reason translates why a field was refused.
func (t *Translator) Reason(r model.Reason) string { return t.T("reason." + string(r)) }

// Field translates a record field's name, as shown next to it.
func (t *Translator) Field(name string) string { return t.T("field." + name) }

// FieldErrors writes each problem as "Field: why", one per line.
func (t *Translator) FieldErrors(es model.FieldErrors) string {
	lines := make([]string, len(es))
	for i, e := range es {
		lines[i] = t.Field(e.Field) + ": " + t.Reason(e.Reason)
	}
	return strings.Join(lines, "\n")
}

// FromEnv picks the language from the usual locale variables, English otherwise.
func FromEnv() model.Lang {
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if l, ok := model.ParseLang(os.Getenv(v)); ok {
			return l
		}
	}
	return model.EN
}

// Keys lists every key of the English catalogue (for tests and tools).
func Keys() []string {
	out := make([]string, 0, len(en))
	for k := range en {
		out = append(out, k)
	}
	return out
}

// HasIn reports whether key has its own sentence in lang's catalogue (T
// falls back to English when it has not).
func HasIn(lang model.Lang, key string) bool { _, ok := catalogs[lang][key]; return ok }
