package sync

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"frontoffice/model"
	"frontoffice/storage"
	"frontoffice/storage/bundle/bundletest"
	"frontoffice/ui/uitest"

	"github.com/charmbracelet/x/ansi"
)

// namedOffice is a store whose office is called name, with one person.
func namedOffice(t *testing.T, name string) *storage.Store {
	t.Helper()
	s := uitest.OpenStore(t, fixedNow)
	o, _ := s.Office()
	o.Name = name
	if err := s.SaveOffice(o); err != nil {
		t.Fatal(err)
	}
	if err := s.Create(person("Айгерім Сейтқали")); err != nil {
		t.Fatal(err)
	}
	return s
}

// TestTrustPromptAsksFirst: the first bundle of an office shows its name
// and key fingerprint and asks, in each language; n (or esc) imports
// nothing and trusts nobody; y trusts the office and merges; its next
// bundle is merged without a question.
func TestTrustPromptAsksFirst(t *testing.T) {
	a := namedOffice(t, "Қарағанды жастар орталығы")
	path := filepath.Join(t.TempDir(), "a.fob")
	exportTo(t, a, path)
	for _, tc := range []struct {
		lang        model.Lang
		title, fp   string
		no, trusted string
	}{
		{model.KK, "Бұл кеңсенің алғашқы пакеті", "Кілттің саусақ ізі: ", "Импортталмады; қойма өзгертілмеді", "сенім білдірілді"},
		{model.RU, "Первый пакет этого офиса", "Отпечаток ключа: ", "Не импортировано; хранилище не изменено", "теперь доверяют"},
		{model.EN, "The first bundle from this office", "Key fingerprint: ", "Not imported; the store was not changed", "is trusted now"},
	} {
		b := uitest.OpenStore(t, fixedNow)
		h := newHarnessIn(t, b, tc.lang, 80, 24)
		h.keys("right", "enter")
		h.typeText(path)
		h.keys("enter")
		h.mustSee(tc.title, "Қарағанды жастар орталығы", tc.fp+a.Fingerprint())
		if !h.m.Capturing() {
			t.Fatal("the question should keep the keys")
		}
		for _, no := range []string{"n", "esc"} {
			if no == "esc" { // ask again
				h.keys("enter", "enter")
				h.mustSee(tc.title)
			}
			h.keys(no)
			h.mustSee(tc.no)
			if n, _ := b.Count(model.KindPerson); n != 0 {
				t.Fatalf("%s: %d people after %q", tc.lang, n, no)
			}
			if known, _ := b.KnownOffices(); len(known) != 0 {
				t.Fatalf("%s: trusted after %q: %+v", tc.lang, no, known)
			}
		}
		h.keys("enter", "enter", "y")
		h.mustSee(tc.trusted)
		if n, _ := b.Count(model.KindPerson); n != 1 {
			t.Fatalf("%s: %d people after y", tc.lang, n)
		}
		known, _ := b.KnownOffices()
		if len(known) != 1 || known[0].ID != a.OfficeID() || known[0].Fingerprint() != a.Fingerprint() {
			t.Fatalf("%s: known %+v", tc.lang, known)
		}
		// Known now: the same file again merges with no question.
		h.keys("enter", "enter")
		h.mustNotSee(tc.title)
		if h.m.trusting != nil {
			t.Fatal("asked again about a trusted office")
		}
	}
}

// TestTrustPromptFitsSmall: at 40×10 the question keeps the office's
// fingerprint and the y/n on screen, every line within 40 cells.
func TestTrustPromptFitsSmall(t *testing.T) {
	a := namedOffice(t, "Астана")
	path := filepath.Join(t.TempDir(), "a.fob")
	exportTo(t, a, path)
	b := uitest.OpenStore(t, fixedNow)
	h := newHarness(t, b, 40, 10)
	h.keys("right")
	h.m.inPath.SetValue(path) // imported before: the picker's first row
	h.keys("enter", "enter")
	v := ansi.Strip(h.m.View())
	if !strings.Contains(v, a.Fingerprint()) || !strings.Contains(v, "y — trust and merge") {
		t.Fatalf("at 40×10:\n%s", v)
	}
	for _, l := range strings.Split(v, "\n") {
		if w := ansi.StringWidth(l); w > 40 {
			t.Fatalf("a line %d wide: %q", w, l)
		}
	}
}

// TestUnsignedPromptAndForgedRefused: an unsigned bundle asks whether to
// take it and says its verified hours wait for a consultant here; a bundle
// edited after signing is refused with why and what to do, no question.
func TestUnsignedPromptAndForgedRefused(t *testing.T) {
	a := namedOffice(t, "Астана")
	path := filepath.Join(t.TempDir(), "a.fob")
	exportTo(t, a, path)
	unsigned := bundletest.Edit(t, path, func(ls []string) {
		ls[0] = strings.Replace(ls[0], `"format_version":2`, `"format_version":1`, 1)
		ls[len(ls)-1] = regexp.MustCompile(`,"signature":"[^"]*"`).ReplaceAllString(ls[len(ls)-1], "")
	})
	forged := bundletest.Edit(t, path, func(ls []string) {
		ls[1] = strings.Replace(ls[1], "Айгерім", "Айгүл", 1)
	})
	b := uitest.OpenStore(t, fixedNow)
	h := newHarness(t, b, 100, 24)
	h.keys("right", "enter")
	h.typeText(forged)
	h.keys("enter")
	h.mustSee("edited.fob", "the signature does not", "Do not use it", "not changed")
	if h.m.trusting != nil {
		t.Fatal("a forged bundle asked to be trusted")
	}
	h.keys("enter", "ctrl+u")
	h.typeText(unsigned)
	h.keys("enter")
	h.mustSee("An unsigned bundle: «Астана»", "nobody can tell who made it", "Merge it anyway?")
	h.keys("y")
	h.mustSee("people: added 1", "stay pending until a consultant here verifies them")
	if known, _ := b.KnownOffices(); len(known) != 0 {
		t.Fatalf("an unsigned bundle made its office trusted: %+v", known)
	}
}
