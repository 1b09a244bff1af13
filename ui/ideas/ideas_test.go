package ideas

import (
	"slices"
	"strings"
	"testing"

	"frontoffice/model"
	"frontoffice/ui/common"
)

// fillNewIdea types a whole new idea into an open form, choosing the
// applicant by typing applicantQuery and taking the first line offered.
func fillNewIdea(h *harness, title, applicantQuery string) {
	h.t.Helper()
	h.typeText(title)
	h.keys("enter")
	h.typeText("Саябақтарды тазалау")
	h.keys("enter")
	h.keys("down", "down", "down", "down", "down", "enter") // Taza Álem
	h.keys("enter")                                         // region: the office's
	h.typeText("Теміртау")
	h.keys("enter")
	for i := 1; i < 13; i++ {
		h.keys("down")
	}
	h.keys("space", "enter") // SDG 13
	h.typeText("children 120; родители 40/5")
	h.keys("enter")
	h.typeText(applicantQuery)
	h.keys("enter", "enter") // to the list, take its first line
	h.typeText("ALT University")
	h.keys("enter")
	h.typeText("Асқар; Дана")
	h.keys("enter")
}

func fillPlan(h *harness, start, end, budget string) {
	h.t.Helper()
	h.typeText(start)
	h.keys("enter")
	h.typeText(end)
	h.keys("enter")
	h.typeText(budget)
	h.keys("enter")
}

func TestRegisterIdeaAndFindItByFoldedQuery(t *testing.T) {
	s := openStore(t)
	o, _ := s.Office()
	o.Name, o.Region = "ALT", "karaganda"
	if err := s.SaveOffice(o); err != nil {
		t.Fatal(err)
	}
	p := addPerson(t, s, "Айгерім Сейтқали", "+77011234567")
	addIdea(t, s, "Кітап жинау", "bilim")
	s.SetActor("Мадина")
	h := newHarness(t, s, model.EN, 100, 27)
	h.mustContain("Found: 1")

	h.keys("n")
	if !h.m.Capturing() || h.m.mode != modeEditing {
		t.Fatalf("n did not open the form:\n%s", h.view())
	}
	h.mustContain("New idea", "Title")
	fillNewIdea(h, "Таза әлем: саябақ", "aigerim")
	fillPlan(h, "01.03.2026", "2026-05-31", "250 000 ₸")

	if h.m.mode != modeCard {
		t.Fatalf("after saving: mode %d, want the card:\n%s", h.m.mode, h.view())
	}
	if got := h.lastStatus(); got != "Idea saved." {
		t.Errorf("status = %q", got)
	}
	var idea *model.Idea
	for _, i := range allIdeas(t, s) {
		if strings.HasPrefix(i.Title, "Таза") {
			idea = i
		}
	}
	if idea == nil {
		t.Fatal("the idea was not stored")
	}
	if idea.Direction != "taza_alem" || idea.Region != "karaganda" || idea.Locality != "Теміртау" ||
		idea.Status != model.StatusDraft || idea.ApplicantID != p.ID || idea.Organization != "ALT University" ||
		idea.StartDate != "2026-03-01" || idea.EndDate != "2026-05-31" || idea.BudgetKZT != 250000 ||
		len(idea.SDGs) != 1 || idea.SDGs[0] != 13 || idea.UpdatedBy != "Мадина" {
		t.Errorf("stored idea = %+v", idea)
	}
	if len(idea.TargetGroups) != 2 || idea.TargetGroups[0] != (model.Reach{Group: "children", Planned: 120}) ||
		idea.TargetGroups[1] != (model.Reach{Group: "parents", Planned: 40, Reached: 5}) {
		t.Errorf("target groups = %+v", idea.TargetGroups)
	}
	if len(idea.Team) != 2 || idea.Team[0].Name != "Асқар" || idea.Team[1].Name != "Дана" {
		t.Errorf("team = %+v", idea.Team)
	}
	h.mustContain("Таза әлем: саябақ", "Айгерім Сейтқали, +7 701 123 45 67", "250 000 ₸",
		"13 Climate Action", "Children: planned 120, reached 0", "Теміртау")

	// Back to the list: the new idea is found by a folded Latin query.
	h.keys("esc")
	if h.m.mode != modeList {
		t.Fatalf("esc on the card: mode %d", h.m.mode)
	}
	h.mustContain("Found: 2")
	h.keys("/")
	if !h.m.Capturing() {
		t.Error("the search box has focus but Capturing is false")
	}
	h.typeText("taza alem")
	h.mustContain("Found: 1", "Таза әлем: саябақ", "Айгерім Сейтқали")
	if strings.Contains(h.view(), "Кітап") {
		t.Errorf("the other idea is still listed:\n%s", h.view())
	}
	// enter in the box opens the idea under the cursor.
	h.keys("enter")
	if h.m.mode != modeCard || h.m.card.id != idea.ID {
		t.Fatalf("enter did not open the card: mode %d", h.m.mode)
	}
	// The applicant's card is asked for by id.
	h.keys("c")
	if len(h.opened) == 0 || h.opened[len(h.opened)-1] != (common.OpenMsg{Kind: model.KindPerson, ID: p.ID}) {
		t.Errorf("opened = %+v, want the applicant %s", h.opened, p.ID)
	}
}

func TestValidationErrorKeepsTypedValues(t *testing.T) {
	s := openStore(t)
	h := newHarness(t, s, model.EN, 100, 27)
	h.keys("n")
	h.typeText("Асыл мұра экспедициясы")
	h.keys("enter", "enter")
	h.keys("enter") // no direction chosen
	h.mustContain("Direction: must be filled in")
	h.keys("down", "down", "down", "down", "down", "down", "down", "enter") // Asyl Mura
	h.keys("enter")                                                         // region: none chosen (no office region)
	h.mustContain("Region: must be filled in")
	h.keys("down", "enter") // Abai
	h.keys("enter", "enter")
	h.typeText("kids 5")
	h.keys("enter")
	h.mustContain("is not a target group")
	h.keys("ctrl+u")
	h.typeText("children 5")
	h.keys("enter")
	h.keys("enter", "enter", "enter", "enter") // applicant none, organisation, team
	h.typeText("2026-05-01")
	h.keys("enter")
	h.typeText("1.3.2026")
	h.keys("enter")
	h.typeText("сто тысяч")
	h.keys("enter")
	h.mustContain("Grant requested: must be a number, without letters")
	h.keys("ctrl+u")
	h.typeText("100 000")
	h.keys("enter")

	// Whole-record validation refuses an end before the start: nothing is
	// stored and the form comes back with everything typed.
	if n := len(allIdeas(t, s)); n != 0 {
		t.Fatalf("%d ideas stored, want none", n)
	}
	if h.m.mode != modeEditing {
		t.Fatalf("mode %d after a failed save, want the form:\n%s", h.m.mode, h.view())
	}
	// The form opens on the page with the dates, not the first page.
	h.mustContain("Not saved.", "The planned end is before the planned start.", "Planned end", "1.3.2026")
	if h.m.edit.title != "Асыл мұра экспедициясы" || h.m.edit.direction != "asyl_mura" || h.m.edit.region != "abai" ||
		h.m.edit.budget != "100 000" || h.m.edit.end != "1.3.2026" || h.m.edit.groups != "children 5" {
		t.Errorf("typed values lost: %+v", h.m.edit)
	}
	// Correct the end date and save: it is one field down.
	h.enterUntil(3, func() bool { return strings.Contains(h.view(), "┃ Planned end") })
	h.keys("ctrl+u")
	h.typeText("2026-06-01")
	h.enterUntil(5, func() bool { return h.m.mode == modeCard })
	ideas := allIdeas(t, s)
	if len(ideas) != 1 || ideas[0].EndDate != "2026-06-01" || ideas[0].BudgetKZT != 100000 {
		t.Fatalf("after correcting: %+v", ideas)
	}
}

func TestEscAsksBeforeDiscarding(t *testing.T) {
	s := openStore(t)
	h := newHarness(t, s, model.RU, 100, 27)
	// Nothing typed: esc just closes.
	h.keys("n", "esc")
	if h.m.mode != modeList {
		t.Fatalf("esc on an untouched form: mode %d", h.m.mode)
	}
	h.keys("n")
	h.typeText("Жасыл ел")
	h.keys("esc")
	if h.m.mode != modeConfirmDiscard || !h.m.Capturing() {
		t.Fatalf("esc with typed text did not ask: mode %d", h.m.mode)
	}
	h.mustContain("Отменить введённые изменения?")
	h.keys("n")
	if h.m.mode != modeEditing || h.m.edit.title != "Жасыл ел" {
		t.Fatalf("n did not return to the form with the text: mode %d, title %q", h.m.mode, h.m.edit.title)
	}
	h.mustContain("Жасыл ел")
	h.typeText(" 2")
	if h.m.edit.title != "Жасыл ел 2" {
		t.Errorf("typing after n: title %q", h.m.edit.title)
	}
	h.keys("esc", "y")
	if h.m.mode != modeList || h.m.form != nil {
		t.Fatalf("y did not discard: mode %d", h.m.mode)
	}
	if n := len(allIdeas(t, s)); n != 0 {
		t.Errorf("%d ideas stored after discarding", n)
	}
}

func TestEditShowsWhoChangedWhatInHistory(t *testing.T) {
	s := openStore(t)
	s.SetActor("Мадина")
	idea := addIdea(t, s, "Кітап жинау", "bilim")
	s.SetActor("Айгерім")
	h := newHarness(t, s, model.EN, 100, 40)
	h.send(common.OpenMsg{Kind: model.KindIdea, ID: idea.ID})
	if h.m.mode != modeCard {
		t.Fatalf("OpenMsg did not open the card: mode %d", h.m.mode)
	}
	h.mustContain("Кітап жинау", "History of changes", "created", "Мадина")
	h.keys("e")
	if h.m.mode != modeEditing || h.m.edit.title != "Кітап жинау" || h.m.edit.budget != "100 000" {
		t.Fatalf("e did not open the form with the idea: %+v", h.m.edit)
	}
	h.keys("ctrl+u")
	h.typeText("Кітап жинау акциясы")
	// Through the rest of the form to the budget, then change it.
	h.enterUntil(20, func() bool { return strings.Contains(h.view(), "┃ Grant requested") })
	h.keys("ctrl+u")
	h.typeText("150000")
	h.enterUntil(3, func() bool { return h.m.mode == modeCard })

	got, err := s.Get(model.KindIdea, idea.ID)
	if err != nil {
		t.Fatal(err)
	}
	gi := got.(*model.Idea)
	if gi.Title != "Кітап жинау акциясы" || gi.BudgetKZT != 150000 || gi.Rev != 2 || gi.UpdatedBy != "Айгерім" {
		t.Fatalf("after the edit: %+v", gi)
	}
	if gi.Direction != "bilim" || gi.Region != "karaganda" || gi.Status != model.StatusDraft {
		t.Errorf("the edit changed fields nobody touched: %+v", gi)
	}
	h.mustContain("r2 ", "Айгерім", "Title: Кітап жинау → Кітап жинау акциясы", "Grant requested: 100 000 ₸ → 150 000 ₸")
	// Newest first.
	v := h.view()
	if strings.Index(v, "r2 ") > strings.Index(v, "r1 ") {
		t.Errorf("history is not newest first:\n%s", v)
	}
}

func TestArchiveThenRestore(t *testing.T) {
	s := openStore(t)
	idea := addIdea(t, s, "Ардагерге көмек", "qamqor")
	h := newHarness(t, s, model.EN, 100, 27)
	h.keys("enter") // the only idea is under the cursor
	if h.m.mode != modeCard {
		t.Fatalf("enter did not open the card:\n%s", h.view())
	}
	h.keys("a")
	h.mustContain("Archive this idea?")
	h.keys("n")
	if got, _ := s.Get(model.KindIdea, idea.ID); got.(*model.Idea).Status != model.StatusDraft {
		t.Fatal("n archived the idea")
	}
	h.keys("a", "y")
	got, _ := s.Get(model.KindIdea, idea.ID)
	if gi := got.(*model.Idea); gi.Status != model.StatusArchived || gi.ArchivedFrom != model.StatusDraft {
		t.Fatalf("after archiving: status %q from %q", gi.Status, gi.ArchivedFrom)
	}
	if h.lastStatus() != "The idea is archived (nothing was deleted)." {
		t.Errorf("status = %q", h.lastStatus())
	}
	h.mustContain("Status: Archived", "Status: Draft → Archived")
	// The list hides archived ideas unless they are asked for.
	h.keys("esc")
	h.mustContain("Found: 0", "archived hidden")
	h.m.filterValues = filterValues{status: model.StatusArchived}
	h.run(h.m.list.SetFilter(listFilter(h.m.filterValues)))
	h.mustContain("Ардагерге көмек", "Archived")
	h.keys("enter", "a")
	h.mustContain("Restore this idea from the archive?")
	h.keys("y")
	got, _ = s.Get(model.KindIdea, idea.ID)
	if gi := got.(*model.Idea); gi.Status != model.StatusDraft || gi.ArchivedFrom != "" || gi.Rev != 3 {
		t.Fatalf("after restoring: %+v", gi)
	}
	h.mustContain("Status: Draft")
}

func TestFilterByDirectionNarrowsTheCount(t *testing.T) {
	s := openStore(t)
	addIdea(t, s, "Саябақ", "taza_alem")
	addIdea(t, s, "Өзен жағасы", "taza_alem")
	addIdea(t, s, "Кітапхана", "bilim")
	h := newHarness(t, s, model.EN, 100, 27)
	h.mustContain("Found: 3", "no filter")
	h.keys("f")
	if !h.m.Capturing() {
		t.Error("the filter form is open but Capturing is false")
	}
	h.keys("down", "down", "down", "down", "down") // Taza Álem
	h.enterUntil(5, func() bool { return h.m.mode == modeList })
	if h.m.list.Result().Total != 2 {
		t.Fatalf("total = %d, want 2", h.m.list.Result().Total)
	}
	h.mustContain("Found: 2", "Filter: Taza Álem", "Саябақ", "Өзен жағасы")
	if strings.Contains(h.view(), "Кітапхана") {
		t.Error("the filtered-out idea is listed")
	}
	h.keys("o")
	h.mustContain("Sort: newest first")
	h.keys("o")
	h.mustContain("Sort: by title")
	h.keys("x")
	h.mustContain("Found: 3", "no filter")
}

func TestApplicantRegisteredInlineNeedsConsentAndReusesPhone(t *testing.T) {
	s := openStore(t)
	o, _ := s.Office()
	o.Name, o.Region = "ALT", "astana"
	if err := s.SaveOffice(o); err != nil {
		t.Fatal(err)
	}
	known := addPerson(t, s, "Дана Омарова", "+77071112233")
	h := newHarness(t, s, model.EN, 100, 27)

	// A new person without consent is refused at the consent question.
	h.keys("n")
	h.typeText("Қарттарға концерт")
	h.keys("enter", "enter", "down", "down", "enter") // Qamqor
	h.keys("enter", "enter", "enter", "enter")        // region, locality, SDGs, groups
	h.typeText("Нұрлан Әбенов")
	h.keys("enter")
	if v, ok := h.m.form.GetFocusedField().GetValue().(string); !ok || v != pickNew {
		t.Fatalf("first line for an unknown name is %v, want a new person", h.m.form.GetFocusedField().GetValue())
	}
	h.keys("enter", "enter", "enter") // pick, organisation, team
	h.mustContain("New applicant")
	h.typeText("Нұрлан Әбенов")
	h.keys("enter")
	h.typeText("8 707 111 22 33") // Dana's phone, typed another way
	h.keys("enter", "enter", "enter")
	h.mustContain("Consent to store personal data: is required")
	h.keys("left", "enter") // yes
	h.keys("enter", "enter", "enter")
	if h.m.mode != modeCard {
		t.Fatalf("not saved:\n%s", h.view())
	}
	ideas := allIdeas(t, s)
	if len(ideas) != 1 || ideas[0].ApplicantID != known.ID {
		t.Fatalf("applicant = %+v, want the person who has the phone (%s)", ideas, known.ID)
	}
	n, _ := s.Count(model.KindPerson)
	if n != 1 {
		t.Errorf("%d people, want 1: a duplicate was made", n)
	}
	if !strings.Contains(h.lastStatus(), "That phone is already registered: Дана Омарова") {
		t.Errorf("status = %q", h.lastStatus())
	}

	// A really new person is registered with consent.
	h.keys("esc", "n")
	h.typeText("Жастар форумы")
	h.keys("enter", "enter", "down", "enter", "enter", "enter", "enter", "enter")
	h.typeText("Ержан")
	h.keys("enter", "enter", "enter", "enter")
	h.typeText("Ержан Сапаров")
	h.keys("enter")
	h.typeText("+7 (701) 555-66-77")
	h.keys("enter", "enter")
	h.keys("y", "enter")
	h.enterUntil(4, func() bool { return h.m.mode == modeCard })
	p, err := s.PersonByPhone("87015556677")
	if err != nil {
		t.Fatal(err)
	}
	if p.FullName != "Ержан Сапаров" || !p.Consent || p.ConsentAt != "2026-11-22" || p.ConsentMethod != "verbal" {
		t.Errorf("registered person = %+v", p)
	}
	h.mustContain("Ержан Сапаров, +7 701 555 66 77")
}

func TestStaleEditKeepsTheFormAndSaysWhy(t *testing.T) {
	s := openStore(t)
	idea := addIdea(t, s, "Кітап жинау", "bilim")
	h := newHarness(t, s, model.EN, 100, 27)
	h.send(common.OpenMsg{Kind: model.KindIdea, ID: idea.ID})
	h.keys("e")
	h.keys("ctrl+u")
	h.typeText("Менің нұсқам")
	// Someone else saves the idea meanwhile.
	other := *idea
	other.Title = "Басқа нұсқа"
	if err := s.Update(&other); err != nil {
		t.Fatal(err)
	}
	h.enterUntil(20, func() bool { return strings.Contains(h.view(), "Not saved.") })
	if h.m.mode != modeEditing || h.m.edit.title != "Менің нұсқам" {
		t.Fatalf("after a stale save: mode %d, title %q", h.m.mode, h.m.edit.title)
	}
	h.mustContain("Someone else changed this record")
	got, _ := s.Get(model.KindIdea, idea.ID)
	if got.(*model.Idea).Title != "Басқа нұсқа" {
		t.Errorf("the other edit was overwritten: %q", got.(*model.Idea).Title)
	}
}

// TestFilteredListShowsReadiness: the rows a filter brings (archived ideas,
// hidden until asked for) show their readiness as soon as the list is
// back, not "…" until the next key (the form ends on huh's own message,
// and the answer came in the same call; found by the s18-try helper).
func TestFilteredListShowsReadiness(t *testing.T) {
	s := openStore(t)
	addIdea(t, s, "Кітапхана", "bilim")
	gone := addIdea(t, s, "Саябақ", "taza_alem")
	gone.ArchivedFrom, gone.Status = gone.Status, model.StatusArchived
	if err := s.Update(gone); err != nil {
		t.Fatal(err)
	}
	h := newHarness(t, s, model.EN, 100, 27)
	h.mustContain("Found: 1", "archived hidden")
	h.keys("f", "tab", "tab", "end", "tab") // status: Archived
	h.enterUntil(5, func() bool { return h.m.mode == modeList })
	h.mustContain("Found: 1", "Саябақ")
	for _, l := range strings.Split(h.view(), "\n") {
		if strings.Contains(l, "Саябақ") && !strings.Contains(l, "%") {
			t.Errorf("the archived row's readiness is not shown: %q", l)
		}
	}
}

// TestEditSavedUnchangedWritesNothing: the form saved as it opened (its
// SDGs stored in another order than the form gives them) writes no
// revision, and says nothing changed. A programme and a print language
// in the history read as their names, not their codes.
func TestEditSavedUnchangedWritesNothing(t *testing.T) {
	s := openStore(t)
	idea := addIdea(t, s, "Кітап жинау", "bilim")
	idea.SDGs = []model.SDG{13, 4}
	idea.Programme, idea.PrintLang = "youth_small_grant", model.RU
	if err := s.Update(idea); err != nil {
		t.Fatal(err)
	}
	h := newHarness(t, s, model.EN, 100, 40)
	h.send(common.OpenMsg{Kind: model.KindIdea, ID: idea.ID})
	h.mustContain("Grant programme: — → Youth small grant", "Application language: — → Russian")
	h.keys("e")
	if h.m.mode != modeEditing {
		t.Fatalf("e did not open the form: mode %d", h.m.mode)
	}
	h.enterUntil(30, func() bool { return h.m.mode == modeCard })
	got, err := s.Get(model.KindIdea, idea.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Env().Rev != idea.Rev {
		t.Fatalf("saved unchanged: rev %d, want %d", got.Env().Rev, idea.Rev)
	}
	if st := h.lastStatus(); st != "Nothing changed: the idea is as it was." {
		t.Fatalf("status %q", st)
	}
	// A change is still saved.
	h.keys("e", "ctrl+u")
	h.typeText("Кітап жинау 2")
	h.enterUntil(30, func() bool { return h.m.mode == modeCard })
	if got, _ := s.Get(model.KindIdea, idea.ID); got.Env().Rev != idea.Rev+1 || got.(*model.Idea).Title != "Кітап жинау 2" {
		t.Fatalf("after a change: %+v", got)
	}
}

// TestBackToAFilteredListSaysTheFilterHidesIt: an idea the filter leaves
// out (made from the catalogue while the list was filtered, say) is not
// in the list esc goes back to: the status says the filter hides it and
// how to clear it. An idea the filter shows, or no filter, says nothing.
func TestBackToAFilteredListSaysTheFilterHidesIt(t *testing.T) {
	s := openStore(t)
	shown := addIdea(t, s, "Таза аула", "taza_alem")
	hidden := addIdea(t, s, "Кітап жинау", "bilim")
	h := newHarness(t, s, model.RU, 100, 30)
	h.m.filterValues = filterValues{direction: "taza_alem"}
	h.run(h.m.list.SetFilter(listFilter(h.m.filterValues)))
	for _, c := range []struct {
		idea *model.Idea
		says string
	}{{hidden, "Фильтр скрывает «Кітап жинау» из списка: x — снять фильтр."}, {shown, ""}} {
		h.status = nil
		h.send(common.OpenMsg{Kind: model.KindIdea, ID: c.idea.ID})
		h.mustContain(c.idea.Title)
		h.keys("esc")
		if got := h.lastStatus(); got != c.says {
			t.Errorf("esc from %s: status %q, want %q", c.idea.Title, got, c.says)
		}
	}
	// x clears it: the idea is listed.
	h.keys("x")
	h.mustContain("Кітап жинау")

	archived := *hidden
	archived.Status = model.StatusArchived
	for _, c := range []struct {
		v    filterValues
		i    *model.Idea
		want bool
	}{
		{filterValues{}, &archived, false},                       // the list never shows those unasked: not the filter's doing
		{filterValues{direction: "taza_alem"}, &archived, false}, // x would not show it either
		{filterValues{direction: "taza_alem"}, hidden, true},
		{filterValues{status: model.StatusArchived}, &archived, false},
		{filterValues{sdg: 4}, hidden, !slices.Contains(hidden.SDGs, 4)},
	} {
		if got := c.v.hides(c.i); got != c.want {
			t.Errorf("%+v hides %s (%s): %v", c.v, c.i.Title, c.i.Status, got)
		}
	}
}

// TestSortNamedByWhatItDoes: with nothing typed the list is newest first,
// and says so ("best match" meant nothing without a search); a search
// sorts by match.
func TestSortNamedByWhatItDoes(t *testing.T) {
	s := openStore(t)
	addIdea(t, s, "Кітап жинау", "bilim")
	h := newHarness(t, s, model.EN, 100, 27)
	h.mustContain("Sort: newest")
	h.keys("/")
	h.typeText("кітап")
	h.mustContain("Sort: best match")
}

// TestSmallCardReadinessKeepsItsKey: at 40 columns in Kazakh the card's
// readiness line keeps "(g)" with the programme's name, not alone on a line.
func TestSmallCardReadinessKeepsItsKey(t *testing.T) {
	s := openStore(t)
	idea := addIdea(t, s, "Кітап жинау", "bilim")
	for _, w := range []int{40, 41, 44, 46, 50} {
		h := newHarness(t, s, model.KK, w, 40)
		h.send(common.OpenMsg{Kind: model.KindIdea, ID: idea.ID})
		h.mustContain("(g)")
		for _, l := range strings.Split(h.view(), "\n") {
			if strings.TrimSpace(l) == "(g)" || strings.TrimSpace(l) == "%" {
				t.Fatalf("at %d columns a line is %q:\n%s", w, l, h.view())
			}
		}
	}
}
