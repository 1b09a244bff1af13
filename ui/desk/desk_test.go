package desk

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/ui/common"
	"frontoffice/ui/searchlist"

	"github.com/charmbracelet/x/ansi"
)

// field types text into the form's field under the cursor and leaves it with
// enter: one field of the form.
func (h *harness) field(text string) {
	h.typeText(text)
	h.keys("enter")
}

// TestRegisterNewAdultInSixFields: a new adult visitor with a phone is
// registered and put in the queue by going through six fields, starting from
// what was typed in the Desk's field, and the field is ready for the next one.
func TestRegisterNewAdultInSixFields(t *testing.T) {
	h := newHarness(t, model.EN, 100, 27)
	if !h.m.Capturing() {
		t.Fatal("the field should take the keys when the Desk opens")
	}
	h.typeText("Айгерім Сейтқали")
	h.mustSee("Nobody found", "enter registers a new visitor")
	h.keys("enter") // nobody matches: the form opens with the name in its field
	if h.m.mode != registering {
		t.Fatalf("enter with no match should open the form (mode %d):\n%s", h.m.mode, h.view())
	}
	h.mustSee("Register a visitor", "Айгерім Сейтқали")
	h.field("")                // 1 full name, as typed in the Desk's field
	h.field("8 701 123 45 67") // 2 phone
	h.field("2001")            // 3 birth year
	h.field("ALT University")  // 4 organisation
	h.field("")                // 5 purpose: the default
	h.keys("down", "enter")    // 6 consent: on a paper form

	if n := h.count(model.KindPerson); n != 1 {
		t.Fatalf("%d people after six fields, want 1:\n%s", n, h.view())
	}
	var p *model.Person
	h.s.List(model.KindPerson, func(r model.Record) error { p = r.(*model.Person); return nil })
	if p.FullName != "Айгерім Сейтқали" || p.Phone != "+77011234567" || p.BirthYear != 2001 ||
		p.Organization != "ALT University" || !p.Consent || p.ConsentMethod != "paper" || p.ConsentAt != "2026-11-22" {
		t.Fatalf("saved person is not what was typed: %+v", p)
	}
	vs := h.visits()
	if len(vs) != 1 || vs[0].PersonID != p.ID || vs[0].State != model.VisitWaiting || vs[0].Purpose != model.PurposeVolunteer {
		t.Fatalf("the visit was not started with the registration: %+v", vs)
	}
	if h.m.mode != idle || !h.m.Capturing() || h.m.list.Text() != "" {
		t.Fatalf("after saving, the empty field should be ready for the next visitor (mode %d, %q)", h.m.mode, h.m.list.Text())
	}
	h.mustSee("○ Waiting: 1", "Айгерім Сейтқали", "Volunteer registration")
	if !strings.Contains(h.lastStatus(), "Registered Айгерім Сейтқали") {
		t.Errorf("status: %q", h.lastStatus())
	}
}

// TestReturningVisitorTwoKeystrokes: a visitor found by their phone, typed
// the domestic way, is put in the queue with enter, enter; the purpose is the
// last one used, and no second person is made.
func TestReturningVisitorTwoKeystrokes(t *testing.T) {
	now := start
	s := openStore(t, &now)
	p := addPerson(t, s, "Нұрлан Әбенов", "+77011234567", "KazNU")
	addPerson(t, s, "Нұрлан Серіков", "+77019998877", "KazNU")
	h := newHarnessOn(t, s, &now, model.RU, 100, 27)
	h.m.lastPurpose = model.Purpose("grant_writing")

	h.typeText("8 701 123 45 67")
	h.mustSee("Нұрлан Әбенов")
	h.keys("enter")
	h.mustSee("Нұрлан Әбенов", "Обучение написанию заявок на малые гранты")
	h.keys("enter")

	vs := h.visits()
	if len(vs) != 1 || vs[0].PersonID != p.ID || vs[0].Purpose != "grant_writing" {
		t.Fatalf("enter, enter did not start the visit: %+v", vs)
	}
	if n := h.count(model.KindPerson); n != 2 {
		t.Fatalf("%d people, want 2", n)
	}
	if h.m.mode != idle || h.m.list.Text() != "" || !h.m.Capturing() {
		t.Fatalf("the field should be empty and ready (mode %d)", h.m.mode)
	}
	h.mustSee("Ожидает: 1", "Нұрлан Әбенов")
}

// TestEnterBeforeTheMatches: enter pressed before the matches for the last
// keystroke came waits for them, and never picks a match of an older query.
func TestEnterBeforeTheMatches(t *testing.T) {
	t.Cleanup(searchlist.AnswerLater()) // a search slower than a keystroke
	now := start
	s := openStore(t, &now)
	addPerson(t, s, "Нұрлан Әбенов", "+77011234567", "")
	want := addPerson(t, s, "Дина Ахметова", "+77051112233", "")
	h := newHarnessOn(t, s, &now, model.EN, 100, 27)
	h.typeText("Нұрлан") // answered: Нұрлан is the match under the cursor
	h.keys("ctrl+u")
	_, searching := h.m.Update(keyMsg("8 705 111 22 33")) // typed; its answer not in yet
	h.keys("enter")
	if h.m.mode != idle {
		t.Fatalf("enter acted on an old answer (mode %d)", h.m.mode)
	}
	h.run(searching)
	if h.m.mode != choosing || h.m.who.id != want.ID {
		t.Fatalf("the late answer should pick %s, got mode %d, %+v", want.FullName, h.m.mode, h.m.who)
	}
	h.keys("enter")
	if vs := h.visits(); len(vs) != 1 || vs[0].PersonID != want.ID {
		t.Fatalf("visits: %+v", vs)
	}

	// Both keystrokes before the answer: the match, then the purpose proposed.
	_, searching = h.m.Update(keyMsg("8 701 123 45 67"))
	h.keys("enter", "enter")
	if len(h.visits()) != 1 {
		t.Fatal("a visit started on an old answer")
	}
	h.run(searching)
	if vs := h.visits(); len(vs) != 2 || vs[1].PersonID == want.ID || h.m.mode != idle {
		t.Fatalf("enter, enter before the answer: mode %d, visits %+v", h.m.mode, vs)
	}
}

// TestConsentRequired: no consent, no record; choosing how it was given saves.
func TestConsentRequired(t *testing.T) {
	h := newHarness(t, model.EN, 100, 27)
	h.keys("ctrl+n")
	h.field("Ерлан Жаксыбеков")
	h.field("87051112233")
	h.field("1999")
	h.field("KazNU")
	h.field("")
	h.keys("enter") // consent left "Not given"
	if n := h.count(model.KindPerson); n != 0 {
		t.Fatal("a visitor without consent was saved")
	}
	h.mustSee("Consent to store personal data: is required")
	if h.m.mode != registering || h.m.edit.Name != "Ерлан Жаксыбеков" || h.m.edit.Phone != "87051112233" {
		t.Fatalf("what was typed is lost: mode %d, %+v", h.m.mode, h.m.edit)
	}
	h.keys("down", "down", "enter") // verbal
	if n := h.count(model.KindPerson); n != 1 {
		t.Fatalf("%d people:\n%s", n, h.view())
	}
	var p *model.Person
	h.s.List(model.KindPerson, func(r model.Record) error { p = r.(*model.Person); return nil })
	if p.ConsentMethod != "verbal" || len(h.visits()) != 1 {
		t.Fatalf("saved %+v, visits %d", p, len(h.visits()))
	}
}

// iinFor makes a valid IIN for a birth date (yymmdd), century-and-sex digit
// and serial, finding its check digit.
func iinFor(t *testing.T, yymmdd string, century int, serial string) string {
	for c := range 10 {
		s := fmt.Sprintf("%s%d%s%d", yymmdd, century, serial, c)
		if model.ValidIIN(s) {
			return s
		}
	}
	t.Fatalf("no check digit for %s%d%s", yymmdd, century, serial)
	return ""
}

// TestMinorNeedsGuardian: a visitor under 18, by birth year or by IIN, is
// registered only with the guardian's name, phone and consent.
func TestMinorNeedsGuardian(t *testing.T) {
	minorIIN := iinFor(t, "120515", 5, "0001")
	for _, c := range []struct{ name, yearOrIIN string }{
		{"by birth year", "2012"},
		{"by IIN", minorIIN},
	} {
		t.Run(c.name, func(t *testing.T) {
			h := newHarness(t, model.EN, 100, 27)
			h.keys("ctrl+n")
			h.field("Дана Серікова")
			h.field("8 701 222 33 44")
			h.field(c.yearOrIIN)
			h.field("№5 мектеп")
			h.field("")
			h.keys("down", "enter")
			h.mustSee("Under 18", "Guardian's name")
			h.keys("enter") // no guardian's name: the field keeps the cursor
			h.mustSee("Guardian's name: is required for a person under 18")
			h.field("Гүлнар Серікова")
			h.field("8 701 555 44 33")
			h.keys("n") // the guardian has not consented
			if n := h.count(model.KindPerson); n != 0 {
				t.Fatal("a minor without the guardian's consent was saved")
			}
			if h.m.mode != registering || h.m.edit.GuardianName != "Гүлнар Серікова" {
				t.Fatalf("the form should come back with what was typed (mode %d):\n%s", h.m.mode, h.view())
			}
			h.mustSee("Guardian's consent: is required for a person under 18")
			h.keys("enter", "enter", "y")
			if n := h.count(model.KindPerson); n != 1 {
				t.Fatalf("%d people:\n%s", n, h.view())
			}
			var p *model.Person
			h.s.List(model.KindPerson, func(r model.Record) error { p = r.(*model.Person); return nil })
			if p.GuardianName != "Гүлнар Серікова" || p.GuardianPhone != "+77015554433" || !p.GuardianConsent {
				t.Fatalf("guardian not saved: %+v", p)
			}
			if c.yearOrIIN == minorIIN && (p.IIN != minorIIN || p.BirthYear != 2012) {
				t.Fatalf("the IIN typed in the year field: %+v", p)
			}
			if len(h.visits()) != 1 {
				t.Fatal("no visit")
			}
		})
	}
}

// TestDuplicatePhoneOrIINNeverTwice: a phone or an IIN already registered, in
// any typed form, is that person: their visit can start, a second record is
// never made.
func TestDuplicatePhoneOrIINNeverTwice(t *testing.T) {
	now := start
	s := openStore(t, &now)
	p := addPerson(t, s, "Айгерім Сейтқали", "+77011234567", "ALT University")
	q := addPerson(t, s, "Нұрлан Әбенов", "", "")
	q.IIN = "791028302728"
	if err := s.Update(q); err != nil {
		t.Fatal(err)
	}
	h := newHarnessOn(t, s, &now, model.EN, 100, 27)

	// The phone written another way, another name: the same person.
	h.keys("ctrl+n")
	h.field("Aigerim S.")
	h.field("+7 (701) 123-45-67")
	h.field("2001")
	h.field("")
	h.keys("down", "enter") // purpose: the one after the default
	h.keys("down", "enter")
	if h.m.mode != sameFound {
		t.Fatalf("the same phone should be found (mode %d):\n%s", h.m.mode, h.view())
	}
	h.mustSee("already registered", "Айгерім Сейтқали", "enter — put them in the queue (Other)")
	h.keys("enter")
	vs := h.visits()
	if len(vs) != 1 || vs[0].PersonID != p.ID || vs[0].Purpose != model.PurposeOther {
		t.Fatalf("their visit should start: %+v", vs)
	}

	// The IIN with spaces, in the year-or-IIN field.
	h.keys("ctrl+n")
	h.field("Nurlan Abenov")
	h.field("")
	h.field("7910 2830 2728")
	h.field("")
	h.field("")
	h.keys("down", "enter")
	if h.m.mode != sameFound || h.m.other.ID != q.ID {
		t.Fatalf("the same IIN should be found (mode %d):\n%s", h.m.mode, h.view())
	}
	h.mustSee("the IIN is theirs")
	h.keys("esc") // back to the form, everything kept
	if h.m.mode != registering || h.m.edit.yearOrIIN != "7910 2830 2728" {
		t.Fatalf("esc should go back to the form (mode %d, %+v)", h.m.mode, h.m.edit)
	}
	h.keys("esc", "y") // leave it
	if h.m.mode != idle {
		t.Fatalf("mode %d", h.m.mode)
	}
	if n := h.count(model.KindPerson); n != 2 {
		t.Fatalf("%d people, want 2: a duplicate was saved", n)
	}
}

// TestSameNameSameOrgAsks: the same folded name in the same organisation is
// a question: y puts the one registered in the queue, c registers a new one.
func TestSameNameSameOrgAsks(t *testing.T) {
	now := start
	s := openStore(t, &now)
	p := addPerson(t, s, "Айгерім Сейтқали", "", "ALT University")
	h := newHarnessOn(t, s, &now, model.EN, 100, 27)
	register := func() {
		h.keys("ctrl+n")
		h.field("Aigerim Seitqali")
		h.field("8 777 000 11 22")
		h.field("2001")
		h.field("alt university")
		h.field("")
		h.keys("down", "enter")
	}
	register()
	if h.m.mode != similarFound {
		t.Fatalf("the same name in the same organisation should ask (mode %d):\n%s", h.m.mode, h.view())
	}
	h.mustSee("Looks like Айгерім Сейтқали from ALT University")
	h.keys("y")
	if vs := h.visits(); len(vs) != 1 || vs[0].PersonID != p.ID {
		t.Fatalf("y should put the one registered in the queue: %+v", vs)
	}
	register()
	h.keys("c")
	if n := h.count(model.KindPerson); n != 2 {
		t.Fatalf("c should register a new person: %d people", n)
	}
	if vs := h.visits(); len(vs) != 2 || vs[1].PersonID == p.ID {
		t.Fatalf("visits: %+v", vs)
	}
}

// TestQueueMovesAndUndo: serve, finish, left without service, each undone,
// with single keys in both keyboard layouts; the consultant is the one at the
// desk now, and the time waited stops when the visitor is served.
func TestQueueMovesAndUndo(t *testing.T) {
	now := start
	s := openStore(t, &now)
	s.SetActor("Мадина Салпенова")
	a := addPerson(t, s, "Айгерім Сейтқали", "+77011234567", "")
	b := addPerson(t, s, "Нұрлан Әбенов", "+77021234567", "")
	va, err := s.StartVisit(a.ID, "grant_writing", now)
	if err != nil {
		t.Fatal(err)
	}
	now = now.Add(3 * time.Minute)
	if _, err := s.StartVisit(b.ID, "other", now); err != nil {
		t.Fatal(err)
	}
	now = now.Add(9 * time.Minute)
	h := newHarnessOn(t, s, &now, model.EN, 100, 27)
	h.mustSee("○ Waiting: 2", "12 min", "9 min")
	state := func(id string) *model.Visit {
		t.Helper()
		for _, v := range h.visits() {
			if v.PersonID == id {
				return v
			}
		}
		t.Fatalf("no visit of %s", id)
		return nil
	}

	h.keys("tab")
	if h.m.Capturing() || !h.m.onQueue {
		t.Fatal("tab should give the keys to the queue")
	}
	h.keys("f") // not with a consultant yet: nothing moves
	if v := state(a.ID); v.State != model.VisitWaiting || !h.status[len(h.status)-1].Err {
		t.Fatalf("f on a waiting visitor: %+v %+v", v, h.status)
	}
	h.keys("s") // the first to come is served first
	v := state(a.ID)
	if v.State != model.VisitWithConsultant || v.Consultant != "Мадина Салпенова" || !v.ServedAt.Equal(now) {
		t.Fatalf("s: %+v", v)
	}
	now = now.Add(20 * time.Minute)
	h.send(tickMsg{})
	h.mustSee("◐ With a consultant: 1", "Мадина Салпенова", "12 min", "29 min")

	// The cursor stays on the first row: the next one waiting.
	h.keys("д") // l on the Russian layout: Нұрлан left
	if v := state(b.ID); v.State != model.VisitLeft {
		t.Fatalf("д: %+v", v)
	}
	h.keys("а") // f on the Russian layout: Айгерім, now on the first row, is done
	if v := state(a.ID); v.State != model.VisitDone || v.DoneAt.IsZero() {
		t.Fatalf("а: %+v", v)
	}
	h.mustSee("● Done: 1", "× Left without service: 1")

	h.keys("u") // finish undone: back with the consultant
	if v := state(a.ID); v.State != model.VisitWithConsultant || !v.DoneAt.IsZero() || v.Consultant != "Мадина Салпенова" {
		t.Fatalf("u after f: %+v", v)
	}
	h.keys("г") // u on the Russian layout: Нұрлан is waiting again
	if v := state(b.ID); v.State != model.VisitWaiting {
		t.Fatalf("г after l: %+v", v)
	}
	h.keys("u") // serve undone: Айгерім waits again, nobody served her
	if v := state(a.ID); v.State != model.VisitWaiting || v.Consultant != "" || !v.ServedAt.IsZero() {
		t.Fatalf("u after s: %+v", v)
	}
	// Nothing of this desk's is left to take back: u now asks to remove
	// the entry under the cursor, and no keeps it.
	h.keys("u")
	h.mustSee("Remove the entry of Айгерім Сейтқали")
	h.keys("n")
	if v := state(a.ID); v.ID != va.ID || v.State != model.VisitWaiting {
		t.Fatalf("%+v", v)
	}

	// enter opens the visitor's card.
	h.keys("enter")
	if len(h.opened) != 1 || h.opened[0] != (common.OpenMsg{Kind: model.KindPerson, ID: h.m.selectedVisit().PersonID}) {
		t.Fatalf("opened: %+v", h.opened)
	}
}

// TestOwnsKeys: with the queue in focus the Desk keeps s and tab from the
// root's screen keys; in the field it captures everything.
func TestOwnsKeys(t *testing.T) {
	h := newHarness(t, model.EN, 100, 27)
	if h.m.OwnsKey(keyMsg("s")) {
		t.Fatal("the field captures keys; it owns none of the queue's")
	}
	h.keys("esc")
	for _, k := range []string{"s", "ы", "tab", "f", "u"} {
		if !h.m.OwnsKey(keyMsg(k)) {
			t.Errorf("the queue should own %q", k)
		}
	}
	for _, k := range []string{"q", "h", "i", "p", "shift+tab", "esc"} {
		if h.m.OwnsKey(keyMsg(k)) {
			t.Errorf("the queue should leave %q to the root", k)
		}
	}
}

// TestSmallScreen: at 40×12 (a body of 40×9) every state of the Desk fits and
// keeps what matters in view.
func TestSmallScreen(t *testing.T) {
	now := start
	s := openStore(t, &now)
	for i := range 12 {
		p := addPerson(t, s, fmt.Sprintf("Келуші %d Сейтқалиқызы", i), fmt.Sprintf("+7701000%04d", i), "Қарағанды политехникалық колледжі")
		if _, err := s.StartVisit(p.ID, "project_formalisation", now); err != nil {
			t.Fatal(err)
		}
	}
	addPerson(t, s, "Бос Келуші Сейтқалиқызы", "+77019990000", "") // not in the queue
	for _, lang := range model.Langs() {
		h := newHarnessOn(t, s, &now, lang, 40, 9)
		fits := func(what string) {
			t.Helper()
			v := h.view()
			lines := strings.Split(v, "\n")
			if len(lines) > 9 {
				t.Errorf("%s %s: %d lines:\n%s", lang, what, len(lines), v)
			}
			for _, l := range lines {
				if w := ansi.StringWidth(l); w > 40 {
					t.Errorf("%s %s: line %q is %d wide", lang, what, l, w)
				}
			}
		}
		fits("idle")
		if !strings.Contains(h.view(), "○12") {
			t.Errorf("%s: the counts do not show:\n%s", lang, h.view())
		}
		h.typeText("Бос")
		fits("typing")
		h.keys("enter")
		fits("choosing")
		if h.m.mode != choosing {
			t.Fatalf("%s: mode %d", lang, h.m.mode)
		}
		h.keys("esc", "ctrl+n")
		fits("form")
		h.typeText(" Ұзын")
		h.keys("esc")
		fits("discard?")
		h.keys("y", "esc")
		if h.m.mode != idle || !h.m.onQueue {
			t.Fatalf("%s: mode %d", lang, h.m.mode)
		}
		for range 11 {
			h.keys("down")
		}
		fits("queue")
		if v := h.view(); !strings.Contains(v, "▸") || !strings.Contains(v, "11") {
			t.Errorf("%s: the cursor is out of view at the end of the queue:\n%s", lang, v)
		}
	}
}

// TestEveryLanguageRenders: the Desk speaks each language, with no key
// names or verbs showing.
func TestEveryLanguageRenders(t *testing.T) {
	for lang, want := range map[model.Lang][]string{
		model.KK: {"Бүгінгі кезек", "Күтуде: 0", "Аты, телефоны немесе ЖСН"},
		model.RU: {"Очередь сегодня", "Ожидает: 0", "Имя, телефон или ИИН"},
		model.EN: {"Today's queue", "Waiting: 0", "Name, phone or IIN"},
	} {
		h := newHarness(t, lang, 100, 27)
		h.mustSee(want...)
		for _, step := range [][]string{nil, {"ctrl+n"}} {
			h.keys(step...)
			v := h.view()
			if strings.Contains(v, "desk.") || strings.Contains(v, "%!") {
				t.Errorf("%s: untranslated text:\n%s", lang, v)
			}
		}
		if h.m.Title() == "" || strings.HasPrefix(h.m.Title(), "screen.") {
			t.Errorf("%s: title %q", lang, h.m.Title())
		}
	}
}
