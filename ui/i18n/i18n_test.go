package i18n

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"frontoffice/model"
	"frontoffice/model/catalogue"
)

// verbs extracts the fmt verbs of a sentence, in order.
var verbRE = regexp.MustCompile(`%[-+# 0-9.]*[vdsqfxXTtgeE%]`)

func verbs(s string) string { return strings.Join(verbRE.FindAllString(s, -1), " ") }

// TestCataloguesComplete fails when a key is missing, empty or extra in any
// language, or when a translation's %-verbs differ from the English ones.
func TestCataloguesComplete(t *testing.T) {
	for lang, c := range catalogs {
		for k, v := range en {
			got, ok := c[k]
			switch {
			case !ok:
				t.Errorf("%s: key %q is missing", lang, k)
			case strings.TrimSpace(got) == "":
				t.Errorf("%s: key %q is empty", lang, k)
			case verbs(got) != verbs(v):
				t.Errorf("%s: key %q has verbs %q, English has %q", lang, k, verbs(got), verbs(v))
			}
		}
		for k := range c {
			if _, ok := en[k]; !ok {
				t.Errorf("%s: key %q is not in the English catalogue", lang, k)
			}
		}
	}
}

// TestEveryReasonTranslated: each reason Validate can give has a sentence.
func TestEveryReasonTranslated(t *testing.T) {
	for _, r := range model.Reasons() {
		if !Has("reason." + string(r)) {
			t.Errorf("reason %q has no sentence", r)
		}
	}
}

// TestEveryKindTranslated: every record kind of model's registry has its
// words: the audit log's ("audit.kind.") and the counts' ("sync.kind.").
func TestEveryKindTranslated(t *testing.T) {
	for _, k := range model.Kinds() {
		for _, key := range []string{"audit.kind." + string(k), "sync.kind." + string(k)} {
			if !Has(key) {
				t.Errorf("kind %q has no %q", k, key)
			}
		}
	}
}

// TestEveryCatalogueReasonTranslated: every reason the catalogue matcher
// can give has its words.
func TestEveryCatalogueReasonTranslated(t *testing.T) {
	for _, key := range catalogue.ReasonKeys() {
		if !Has(key) {
			t.Errorf("catalogue reason %q has no words", key)
		}
	}
}

// TestEveryFieldTranslated: every field name Validate can report has a label.
func TestEveryFieldTranslated(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("..", "..", "model", "kinds.go"))
	if err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile(`(?:add|checkText|checkDate|checkRef|checkMultiline)\("([a-z_]+)"`)
	found := 0
	for _, m := range re.FindAllStringSubmatch(string(src), -1) {
		found++
		if !Has("field." + m[1]) {
			t.Errorf("field %q has no label", m[1])
		}
	}
	if found < 20 {
		t.Fatalf("found only %d field names in kinds.go; is the pattern stale?", found)
	}
}

// TestKeysUsedInCodeExist scans the ui packages and main.go for T("…") with a
// literal key and fails when the key is in no catalogue.
func TestKeysUsedInCodeExist(t *testing.T) {
	re := regexp.MustCompile(`\.T\("([a-z0-9_.]*[a-z0-9_])"`)
	files := []string{filepath.Join("..", "..", "main.go")}
	filepath.WalkDir("..", func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".go") && !strings.HasSuffix(p, "_test.go") {
			files = append(files, p)
		}
		return nil
	})
	used := 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range re.FindAllStringSubmatch(string(src), -1) {
			used++
			if !Has(m[1]) {
				t.Errorf("%s uses key %q, which no catalogue has", f, m[1])
			}
		}
	}
	if used < 30 {
		t.Fatalf("found only %d uses of T(…); is the pattern stale?", used)
	}
}

func TestTranslatorFallsBack(t *testing.T) {
	tr := New("xx")
	if tr.Lang() != model.EN {
		t.Fatalf("unknown language should give English, got %s", tr.Lang())
	}
	if got := New(model.RU).T("screen.home"); got != "Главная" {
		t.Fatalf("ru screen.home = %q", got)
	}
	if got := New(model.KK).T("no.such.key"); got != "no.such.key" {
		t.Fatalf("a missing key should come back as itself, got %q", got)
	}
	if got := New(model.EN).T("app.too_small", 40, 12, 30, 10); !strings.Contains(got, "40×12") {
		t.Fatalf("formatting: %q", got)
	}
}

func TestFromEnv(t *testing.T) {
	for _, tc := range []struct {
		all, lang string
		want      model.Lang
	}{
		{"", "ru_RU.UTF-8", model.RU},
		{"kk_KZ.UTF-8", "ru_RU.UTF-8", model.KK},
		{"", "C.UTF-8", model.EN},
		{"", "", model.EN},
	} {
		t.Setenv("LC_ALL", tc.all)
		t.Setenv("LC_MESSAGES", "")
		t.Setenv("LANG", tc.lang)
		if got := FromEnv(); got != tc.want {
			t.Errorf("LC_ALL=%q LANG=%q: got %s, want %s", tc.all, tc.lang, got, tc.want)
		}
	}
}
