package desk

import (
	"strings"
	"testing"

	"frontoffice/model"
)

// TestAnonymousVisitThenClaimed: a visitor who gives no consent is served and
// counted with ctrl+a (purpose, service, outcome, age band; no person made);
// later, enter on their row in the queue registers them and the visit
// becomes theirs.
func TestAnonymousVisitThenClaimed(t *testing.T) {
	h := newHarness(t, model.RU, 100, 27)
	h.s.SetActor("Мадина")
	h.keys("ctrl+a")
	if h.m.mode != anonymous {
		t.Fatalf("ctrl+a: mode %d", h.m.mode)
	}
	h.mustSee("Анонимный визит", "Возраст", "Итог")
	h.keys("enter", "enter", "enter", "down", "enter") // purpose, service, outcome as proposed; 25–35
	if n := h.count(model.KindPerson); n != 0 {
		t.Fatalf("an anonymous visit made %d people", n)
	}
	vs := h.visits()
	if len(vs) != 1 || !vs[0].Anonymous || vs[0].PersonID != "" || vs[0].AgeBand != "25_35" || vs[0].Outcome != "consulted" ||
		vs[0].State != model.VisitDone || vs[0].Consultant != "Мадина" {
		t.Fatalf("anonymous visit: %+v", vs)
	}
	h.mustSee("Аноним, 25–35", "● Обслужен: 1")
	if !strings.Contains(h.lastStatus(), "Анонимный визит записан") {
		t.Fatalf("status %q", h.lastStatus())
	}

	// The visitor consents after all: enter on their row registers them.
	h.keys("tab", "enter")
	if h.m.mode != registering || h.m.claim != vs[0].ID {
		t.Fatalf("enter on an anonymous visit: mode %d claim %q", h.m.mode, h.m.claim)
	}
	h.field("Айгерім Сейтқали")
	h.field("8 701 123 45 67")
	h.field("2001")
	h.field("")
	h.field("")
	h.keys("down", "enter")
	if n := h.count(model.KindPerson); n != 1 {
		t.Fatalf("%d people after the claim:\n%s", n, h.view())
	}
	vs = h.visits()
	if len(vs) != 1 || vs[0].Anonymous || vs[0].PersonID == "" || vs[0].AgeBand != "25_35" {
		t.Fatalf("the claimed visit: %+v", vs)
	}
	h.mustSee("Айгерім Сейтқали")
	h.mustNotSee("Аноним,")
	if !strings.Contains(h.lastStatus(), "анонимный визит теперь") {
		t.Fatalf("status %q", h.lastStatus())
	}
}

// At 40×12 the anonymous visit's options would wrap over two lines, and
// huh's select of a fixed height then lost its cursor among them: each
// option keeps to one line, the purpose's cursor stays in view as ↓ moves
// it, and the purpose under it is the one saved.
func TestAnonymousCursorInViewWhenNarrow(t *testing.T) {
	h := newHarness(t, model.EN, 40, 12)
	h.s.SetActor("Мадина")
	h.keys("ctrl+a")
	under := ""
	for i := range 4 {
		under = ""
		purpose, _, _ := strings.Cut(h.view(), "Service") // the purpose's field, above the next one
		for _, l := range strings.Split(purpose, "\n") {
			if _, after, ok := strings.Cut(l, "> "); ok && under == "" {
				under = strings.TrimSuffix(strings.TrimSpace(after), "…")
			}
		}
		if under == "" {
			t.Fatalf("after %d × ↓ the purpose's cursor is out of view:\n%s", i, h.view())
		}
		if i < 3 {
			h.keys("down")
		}
	}
	h.keys("enter", "enter", "enter", "enter")
	vs := h.visits()
	if len(vs) != 1 || !strings.HasPrefix(vs[0].Purpose.Label(model.EN), under) {
		t.Fatalf("the cursor was on %q, saved %+v", under, vs)
	}
}

// TestAnonymousAgeBandsAllInView: the age band proposed is 18–24, the
// second of four; in a three-line select "under 18" was hidden above it
// with nothing to say so. With room on the screen all four show.
func TestAnonymousAgeBandsAllInView(t *testing.T) {
	for _, lang := range []model.Lang{model.KK, model.RU, model.EN} {
		h := newHarness(t, lang, 100, 27)
		h.keys("ctrl+a")
		for _, b := range model.AgeBands() {
			h.mustSee(b.Label(lang))
		}
	}
}

// TestAnonymousPurposesBeforeTheProposedOne: at 40×12 huh draws the
// purpose's select from the proposed one (volunteer registration, the
// seventh of eight) down, so the six before it were out of view with
// nothing to say so. The title counts where the cursor is, in every
// language, and ↑ reaches the first purpose, which is then the one saved.
func TestAnonymousPurposesBeforeTheProposedOne(t *testing.T) {
	want := map[model.Lang][2]string{
		model.KK: {"Келу мақсаты (7/8)", "Келу мақсаты (1/8)"},
		model.RU: {"Цель визита (7 из 8)", "Цель визита (1 из 8)"},
		model.EN: {"Purpose of the visit (7 of 8)", "Purpose of the visit (1 of 8)"},
	}
	for _, lang := range []model.Lang{model.KK, model.RU, model.EN} {
		h := newHarness(t, lang, 40, 12)
		h.keys("ctrl+a")
		h.mustSee(want[lang][0], model.PurposeVolunteer.Label(lang))
		h.keys("up", "up", "up", "up", "up", "up")
		first := model.Purposes()[0]
		h.mustSee(want[lang][1], "> "+string([]rune(first.Label(lang))[:10]))
		h.keys("enter", "enter", "enter", "enter")
		if vs := h.visits(); len(vs) != 1 || vs[0].Purpose != first {
			t.Fatalf("%s: saved %+v, want the purpose %s", lang, vs, first)
		}
	}
}

// TestAnonymousFollowsAWiderWindow: an anonymous visit's form opened at 40
// columns cut its options with "…"; made wider while it is open, it shows
// them whole, the choice kept (it kept the width it opened at).
func TestAnonymousFollowsAWiderWindow(t *testing.T) {
	h := newHarness(t, model.KK, 40, 12)
	h.keys("ctrl+a", "up")
	long := model.Purposes()[5].Label(model.KK) // 50 letters
	if strings.Contains(h.view(), long) {
		t.Fatalf("at 40 columns %q fits whole?\n%s", long, h.view())
	}
	chosen := h.m.anon.purpose
	h.m.SetSize(100, 30)
	if v := h.view(); !strings.Contains(v, long) || h.m.anon.purpose != chosen {
		t.Fatalf("made wider: want %q whole and %s still chosen (%s):\n%s", long, chosen, h.m.anon.purpose, v)
	}
}

// TestRegistrationPurposesOneLineEach: at 40×12 in Kazakh the
// registration's purposes each keep to one line; a scrolled list began with
// «пайдалану», the tail of «Қаражатты әлеуметтік тиімді пайдалану».
func TestRegistrationPurposesOneLineEach(t *testing.T) {
	h := newHarness(t, model.KK, 40, 12)
	h.keys("ctrl+n")
	h.field("Айгерім Сейтқали")
	h.field("")
	h.field("2001")
	h.field("")
	for range len(model.Purposes()) {
		for _, l := range strings.Split(h.view(), "\n") {
			if strings.TrimSpace(strings.Trim(l, "┃ >")) == "пайдалану" {
				t.Fatalf("a purpose's tail on a line of its own:\n%s", h.view())
			}
		}
		h.keys("down")
	}
}
