package catalogue

import (
	"fmt"
	"strings"
	"testing"

	"frontoffice/model"
	"frontoffice/model/catalogue"
)

// ask fills the matcher's form: money, interests (by their place in the
// list of directions), team, weeks; the region stays as it is.
func (h *harness) ask(money string, interests []int, team, weeks string) {
	h.t.Helper()
	h.typeText(money)
	h.keys("tab")
	at := 0
	for _, i := range interests {
		for ; at < i; at++ {
			h.keys("down")
		}
		h.keys("x")
	}
	h.keys("tab")
	h.typeText(team)
	h.keys("tab")
	h.typeText(weeks)
	h.keys("tab")
	h.keys("enter") // the region
	if h.m.mode != modeList {
		h.t.Fatalf("after the form the matcher is in mode %d:\n%s", h.m.mode, h.view())
	}
}

// idle is any message that is not a key: huh looks at its bound values again.
type idle struct{}

func dirIndex(d model.Direction) int {
	for i, x := range model.Directions() {
		if x == d {
			return i
		}
	}
	return -1
}

func ideas(t *testing.T, h *harness) []*model.Idea {
	t.Helper()
	var out []*model.Idea
	if err := h.s.List(model.KindIdea, func(r model.Record) error {
		out = append(out, r.(*model.Idea))
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestVisitorWith30000PicksCleanUp(t *testing.T) {
	s := openStore(t)
	h := newHarness(t, s, model.EN, "almaty", 100, 40)
	h.ask("30 000", []int{dirIndex("taza_alem")}, "3", "4")
	if q := h.m.query; q.MoneyKZT != 30000 || q.TeamSize != 3 || q.Weeks != 4 || q.Region != "almaty" ||
		len(q.Interests) != 1 || q.Interests[0] != "taza_alem" {
		t.Fatalf("query %+v", q)
	}
	v := h.view()
	if !strings.Contains(v, "1. Green Challenge: park clean-up day") || !strings.Contains(v, "your interest: Taza Álem") ||
		!strings.Contains(v, "fits your 30 000 ₸") || !strings.Contains(v, "a team of 3 is enough") ||
		!strings.Contains(v, "weeks needed: 1, you have 4") {
		t.Fatalf("list:\n%s", v)
	}
	h.keys("enter") // the entry's page
	if v := h.view(); !strings.Contains(v, "Agree the place and date") || !strings.Contains(v, "Suggested budget: 18 000 ₸") {
		t.Fatalf("entry:\n%s", v)
	}
	h.keys("u")
	if h.m.mode != modeApplicant {
		t.Fatalf("mode %d after u", h.m.mode)
	}
	h.keys("tab", "enter") // no applicant yet
	if len(h.opened) != 1 || h.opened[0].Kind != model.KindIdea {
		t.Fatalf("opened %v; view:\n%s", h.opened, h.view())
	}
	if !h.m.Done() || h.changed == 0 {
		t.Errorf("done %v, data changed %d", h.m.Done(), h.changed)
	}
	got := ideas(t, h)
	if len(got) != 1 || got[0].ID != h.opened[0].ID {
		t.Fatalf("%d ideas stored", len(got))
	}
	i := got[0]
	entry := catalogue.Builtin()[0]
	if i.Status != model.StatusDraft || i.CatalogueID != entry.ID || i.Title != entry.Title.EN || i.Region != "almaty" ||
		i.Direction != "taza_alem" || i.FundsAvailable != 30000 {
		t.Errorf("idea %+v", i)
	}
	if i.Logframe.Goal == "" || len(i.Logframe.Objectives) == 0 || len(i.Logframe.Indicators) == 0 || len(i.Logframe.Activities) == 0 {
		t.Errorf("logframe not prefilled: %+v", i.Logframe)
	}
	// 30 000 ₸ covers everything, yet a grant application asks for
	// something: the dearest line (the gloves) is asked of the grant.
	if len(i.Budget) != 3 || i.BudgetKZT != 7500 || model.BudgetTotals(i.Budget).Grant != i.BudgetKZT {
		t.Errorf("budget %v total %v", i.Budget, i.BudgetKZT)
	}
	for _, b := range i.Budget[1:] {
		if b.Source != model.SourceCofunding {
			t.Errorf("30 000 ₸ covers %s, yet it is %s", b.Item, b.Source)
		}
	}
}

func TestDraftForRegisteredPersonInRussian(t *testing.T) {
	s := openStore(t)
	p := &model.Person{Envelope: model.Envelope{Kind: model.KindPerson}, FullName: "Айгерім Сейтқали",
		Organization: "Маңғыстау туризм колледжі", Consent: true, ConsentMethod: "paper", ConsentAt: "2026-11-01", BirthYear: 2004}
	if err := s.Create(p); err != nil {
		t.Fatal(err)
	}
	if err := s.RebuildSearch(); err != nil {
		t.Fatal(err)
	}
	h := newHarness(t, s, model.RU, "mangystau", 100, 40)
	h.ask("0", []int{dirIndex("bilim")}, "2", "3")
	if v := h.view(); !strings.Contains(v, "1. Акция «Дари книги с любовью»") || !strings.Contains(v, "деньги") && !strings.Contains(v, "без денег") {
		t.Fatalf("list:\n%s", v)
	}
	h.keys("u")
	// The title's own quotes nest as Russian nests them (it read
	// «Акция «Дари книги с любовью»»).
	if v := h.view(); !strings.Contains(v, "Для кого идея «Акция „Дари книги с любовью“»?") {
		t.Fatalf("the question's quotes:\n%s", v)
	}
	h.typeText("Айгерім")
	h.keys("tab")
	h.send(idle{}) // as a cursor blink would: huh refreshes the list
	if v := h.view(); !strings.Contains(v, "Айгерім Сейтқали") {
		t.Fatalf("the person is not offered (%q):\n%s", h.m.pick.query, v)
	}
	h.keys("enter")
	got := ideas(t, h)
	if len(got) != 1 {
		t.Fatalf("%d ideas; view:\n%s", len(got), h.view())
	}
	i := got[0]
	if i.ApplicantID != p.ID || i.Organization != p.Organization || i.Region != "mangystau" {
		t.Errorf("applicant %q org %q region %q", i.ApplicantID, i.Organization, i.Region)
	}
	if i.Title != "Акция «Дари книги с любовью»" || !strings.Contains(i.Logframe.Goal, "книгам") {
		t.Errorf("not in Russian: %q / %q", i.Title, i.Logframe.Goal)
	}
	for _, b := range i.Budget {
		if b.Source != model.SourceGrant {
			t.Errorf("time only, yet %s is %s", b.Item, b.Source)
		}
	}
}

func TestEscLeavesAndOwnEntry(t *testing.T) {
	s := openStore(t)
	h := newHarness(t, s, model.EN, "astana", 100, 40)
	h.keys("esc")
	if !h.m.Done() {
		t.Fatal("esc on the first form does not leave")
	}
	h = newHarness(t, s, model.EN, "astana", 100, 40)
	h.ask("", nil, "", "")
	n := len(h.m.sugg)
	h.keys("n")
	if h.m.mode != modeOwn {
		t.Fatalf("mode %d after n", h.m.mode)
	}
	h.typeText("Chess for pupils")
	h.keys("tab")
	h.typeText("College students teach chess in a village school.")
	h.keys("tab")
	h.keys("left", "enter") // yes: copy as a starting point
	// page two: direction, team, weeks, budget keep their defaults
	for i := 0; i < 5; i++ {
		h.keys("tab")
	}
	h.keys("enter")
	if h.m.mode != modeOwnOther {
		t.Fatalf("mode %d, want the other languages:\n%s", h.m.mode, h.view())
	}
	if v := h.view(); !strings.Contains(v, "[not translated] Chess for pupils") {
		t.Fatalf("the copy is not marked:\n%s", v)
	}
	// Replace the Kazakh title; keep the rest.
	h.keys("ctrl+u")
	h.typeText("Оқушыларға шахмат")
	for i := 0; i < 3; i++ {
		h.keys("tab")
	}
	h.keys("enter")
	if h.m.mode != modeList || len(h.m.sugg) != n+1 {
		t.Fatalf("mode %d, %d suggestions (was %d):\n%s", h.m.mode, len(h.m.sugg), n, h.view())
	}
	var own []*model.CatalogueEntry
	s.List(model.KindCatalogue, func(r model.Record) error {
		own = append(own, r.(*model.CatalogueEntry))
		return nil
	})
	if len(own) != 1 {
		t.Fatalf("%d own entries", len(own))
	}
	e := own[0]
	if e.Title.EN != "Chess for pupils" || e.Title.KK != "Оқушыларға шахмат" || e.Title.RU != "[not translated] Chess for pupils" ||
		!strings.HasPrefix(e.Description.KK, "[not translated] ") || e.TeamMax != 10 || e.BudgetMax != 50000 {
		t.Errorf("own entry %+v", e)
	}
}

// TestUnknownTeamAndWeeksNotZero: team and weeks left empty ("leave empty
// if unknown") were said back as "team: 0 · weeks: 0", a team of nobody;
// they read "—", and given ones as typed.
func TestUnknownTeamAndWeeksNotZero(t *testing.T) {
	s := openStore(t)
	for _, lang := range []model.Lang{model.KK, model.RU, model.EN} {
		h := newHarness(t, s, lang, "almaty", 100, 40)
		h.ask("50 000", nil, "", "")
		tr := h.m.c.Tr
		want := tr.T("catalogue.asked", model.Tenge(50000).String(), tr.T("catalogue.any"), "—", "—")
		want = strings.ReplaceAll(want, "\u00a0", " ") // the screen's spaces
		if v := strings.ReplaceAll(h.view(), "\u00a0", " "); !strings.Contains(v, want) {
			t.Errorf("%s: the query is not said back as %q:\n%s", lang, want, v)
		}
	}
	h := newHarness(t, s, model.EN, "almaty", 100, 40)
	h.ask("0", nil, "3", "4")
	if v := h.view(); !strings.Contains(v, "team: 3 · weeks: 4") {
		t.Errorf("a team of 3 for 4 weeks is not said back:\n%s", v)
	}
}

// TestSmallListShowsMore: at 40×9 the suggestion under the cursor is said
// in full and the others by their titles, marked where more are above or
// below (one suggestion of 34 showed, blank lines under it).
func TestSmallListShowsMore(t *testing.T) {
	s := openStore(t)
	h := newHarness(t, s, model.KK, "almaty", 40, 9)
	h.ask("0", nil, "", "")
	n := len(h.m.sugg)
	v := h.view()
	if !strings.Contains(v, " 2. ") || !strings.Contains(v, "↓ төменде тағы бар (↓)") {
		t.Fatalf("%d suggestions at 40×9:\n%s", n, v)
	}
	for range n / 2 {
		h.keys("down")
	}
	v = h.view()
	if !strings.Contains(v, "↑ жоғарыда") || !strings.Contains(v, "↓ төменде") || strings.Count(v, "\n") > 8 {
		t.Fatalf("in the middle:\n%s", v)
	}
	for range n {
		h.keys("down")
	}
	if v := h.view(); strings.Contains(v, "↓ төменде") || !strings.Contains(v, fmt.Sprintf("%2d. ", n)) {
		t.Fatalf("on the last:\n%s", v)
	}
}
