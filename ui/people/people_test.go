package people

import (
	"strings"
	"testing"

	"frontoffice/model"
	"frontoffice/storage"
	"frontoffice/ui/common"
	"frontoffice/ui/personform"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

// TestRegisterThenFind registers a person through the form with keys, then
// finds them by every usual form of their phone and by their name written
// another way.
func TestRegisterThenFind(t *testing.T) {
	s := openStore(t)
	h := newHarness(t, s, model.EN, 100, 27)
	if h.m.Capturing() {
		t.Fatal("the list should not capture keys before / is pressed")
	}
	h.keys("n")
	if !h.m.Capturing() || h.m.mode != editing {
		t.Fatalf("n should open the form and capture keys (mode %d)", h.m.mode)
	}
	h.mustSee("Register a person", "Full name")
	h.fill(form{name: "Айгерім  Сейтқали", phone: "8 701 123 45 67", year: "2001",
		org: "ALT University", consent: true, notes: "Wants to run a clean-up"})

	var p *model.Person
	s.List(model.KindPerson, func(r model.Record) error { p = r.(*model.Person); return nil })
	if p == nil || h.count() != 1 {
		t.Fatalf("nobody saved (%d people); screen:\n%s", h.count(), h.view())
	}
	if p.FullName != "Айгерім Сейтқали" || p.Phone != "+77011234567" || p.BirthYear != 2001 ||
		p.Organization != "ALT University" || !p.Consent || p.ConsentMethod != "paper" ||
		p.ConsentAt != "2026-11-22" || p.Notes != "Wants to run a clean-up" || p.CreatedAt.IsZero() {
		t.Fatalf("saved person is not what was typed: %+v", p)
	}
	if h.m.mode != viewing || h.m.Capturing() {
		t.Fatalf("after saving the card should show (mode %d)", h.m.mode)
	}
	h.mustSee("Айгерім Сейтқали", "+7 701 123 45 67", "ALT University", "Yes · Paper form · 22.11.2026", "No ideas yet")
	if len(h.status) == 0 || !strings.Contains(h.status[len(h.status)-1].Text, "Registered: Айгерім Сейтқали") {
		t.Errorf("status after saving: %+v", h.status)
	}

	h.keys("esc")
	if h.m.mode != listing {
		t.Fatalf("esc on the card should go back to the list (mode %d)", h.m.mode)
	}
	for _, q := range []string{"8 701 123 45 67", "+7 (701) 1234567", "7011234567", "87011234567",
		"aigerim seitkali", "АЙГЕРИМ", "Seitqali"} {
		v := h.search(q)
		if !strings.Contains(v, "Айгерім Сейтқали") || !strings.Contains(v, "+7 701 123 45 67") {
			t.Errorf("search %q does not find the person:\n%s", q, v)
		}
	}
	if v := h.search("8 702 123 45 67"); strings.Contains(v, "Айгерім") {
		t.Errorf("another phone finds the person:\n%s", v)
	}
	if !h.m.Capturing() {
		t.Fatal("the search box should capture keys")
	}
	// enter in the search box opens the card of the hit.
	h.search("айгерим")
	h.keys("enter")
	if h.m.mode != viewing || h.m.person == nil || h.m.person.ID != p.ID {
		t.Fatalf("enter should open the card (mode %d)", h.m.mode)
	}
}

func TestFindByIIN(t *testing.T) {
	s := openStore(t)
	p := addPerson(t, s, "Нұрлан Әбенов", "", "")
	p.IIN = "791028302728"
	if err := s.Update(p); err != nil {
		t.Fatal(err)
	}
	h := newHarness(t, s, model.EN, 100, 27)
	if v := h.search("791028302728"); !strings.Contains(v, "Нұрлан Әбенов") {
		t.Fatalf("IIN does not find the person:\n%s", v)
	}
	// The list never shows an IIN; the card does.
	if rows := strings.SplitN(h.view(), "\n", 2)[1]; strings.Contains(rows, "791028302728") {
		t.Errorf("the list shows an IIN:\n%s", h.view())
	}
	h.keys("enter")
	h.mustSee("IIN: 791028302728", "1979")
}

// TestBadPhoneKeepsTyped: a wrong phone is refused on its field, in the UI's
// language, and nothing typed is lost.
func TestBadPhoneKeepsTyped(t *testing.T) {
	s := openStore(t)
	h := newHarness(t, s, model.RU, 100, 27)
	h.keys("n")
	h.typeText("Дина Ахметова")
	h.keys("enter")
	h.typeText("8 123 45")
	h.keys("enter")
	h.mustSee("Телефон: не номер телефона Казахстана", "8 123 45", "Дина Ахметова")
	if h.m.edit.Name != "Дина Ахметова" || h.m.edit.Phone != "8 123 45" {
		t.Fatalf("typed values lost: %+v", h.m.edit)
	}
	for range "8 123 45" {
		h.keys("backspace")
	}
	h.typeText("+7 (777) 123-45-67")
	h.keys("enter") // on to the IIN
	if strings.Contains(h.view(), "не номер телефона") {
		t.Errorf("the message stays after the phone was corrected:\n%s", h.view())
	}
	h.keys("enter", "enter", "enter", "enter", "y", "enter", "enter", "enter")
	p, err := s.PersonByPhone("87771234567")
	if err != nil || p.FullName != "Дина Ахметова" {
		t.Fatalf("corrected phone not saved: %v, %v\n%s", p, err, h.view())
	}
}

// TestMissingConsent: without consent nothing is saved; the form comes back
// on the consent page with the reason and everything typed.
func TestMissingConsent(t *testing.T) {
	s := openStore(t)
	h := newHarness(t, s, model.EN, 100, 27)
	h.register(form{name: "Ерлан Жаксыбеков", phone: "87051112233", year: "1999", org: "KazNU", consent: false})
	if h.count() != 0 {
		t.Fatal("a person without consent was saved")
	}
	if h.m.mode != editing {
		t.Fatalf("the form should come back (mode %d)", h.m.mode)
	}
	h.mustSee("Consent to store personal data: is required: personal data is stored only with consent")
	want := personform.Values{Name: "Ерлан Жаксыбеков", Phone: "87051112233", BirthYear: "1999", Org: "KazNU",
		Method: "paper", ConsentAt: "22.11.2026"}
	if h.m.edit != want {
		t.Fatalf("typed values changed:\n got %+v\nwant %+v", h.m.edit, want)
	}
	// The form reopened on the consent page: answering yes there saves.
	h.keys("y", "enter", "enter", "enter")
	if h.count() != 1 {
		t.Fatalf("consent given, still not saved:\n%s", h.view())
	}
}

// TestDuplicatePhone: a phone already registered, typed in another form, is
// the same person: say so, offer to open them, never create a second record.
func TestDuplicatePhone(t *testing.T) {
	s := openStore(t)
	old := addPerson(t, s, "Асель Нурланова", "+77011234567", "Politech")
	h := newHarness(t, s, model.EN, 100, 27)
	h.register(form{name: "Asel N.", phone: "8 (701) 123-45-67", consent: true})
	if h.m.mode != sameFound {
		t.Fatalf("a duplicate phone should stop the save (mode %d):\n%s", h.m.mode, h.view())
	}
	h.mustSee("already registered", "Асель Нурланова", "+7 701 123 45 67", "enter/o")
	if h.count() != 1 {
		t.Fatal("a second record with the same phone was made")
	}
	h.keys("esc") // back to the form, nothing lost
	if h.m.mode != editing || h.m.edit.Name != "Asel N." || h.m.edit.Phone != "8 (701) 123-45-67" {
		t.Fatalf("esc should return to the form as typed (mode %d): %+v", h.m.mode, h.m.edit)
	}
	// Submitting again asks again; enter opens the one registered.
	for range 11 {
		h.keys("enter")
		if h.m.mode != editing {
			break
		}
	}
	if h.m.mode != sameFound {
		t.Fatalf("second submit: mode %d\n%s", h.m.mode, h.view())
	}
	h.keys("enter")
	if h.m.mode != viewing || h.m.person == nil || h.m.person.ID != old.ID {
		t.Fatalf("enter should open the existing person (mode %d)", h.m.mode)
	}
	if h.count() != 1 {
		t.Fatal("a second record with the same phone was made")
	}
}

func TestDuplicateIIN(t *testing.T) {
	s := openStore(t)
	old := addPerson(t, s, "Бауыржан Омаров", "", "")
	old.IIN = "061211600012" // born 11 December 2006: an adult by now
	if err := s.Update(old); err != nil {
		t.Fatal(err)
	}
	h := newHarness(t, s, model.RU, 100, 27)
	h.register(form{name: "Бауыржан", iin: "0612 1160 0012", consent: true})
	if h.m.mode != sameFound {
		t.Fatalf("a duplicate IIN should stop the save (mode %d):\n%s", h.m.mode, h.view())
	}
	h.mustSee("уже зарегистрирован", "ИИН")
	h.keys("щ") // o on the Russian layout
	if h.m.mode != viewing || h.m.person.ID != old.ID || h.count() != 1 {
		t.Fatalf("щ should open the existing person (mode %d, %d people)", h.m.mode, h.count())
	}
}

// TestSameNameSameOrg asks before registering someone whose name and
// organisation, folded, match a person already registered.
func TestSameNameSameOrg(t *testing.T) {
	s := openStore(t)
	old := addPerson(t, s, "Айгерім Сейтқали", "+77011234567", "ALT University")
	h := newHarness(t, s, model.EN, 100, 27)
	h.register(form{name: "Aigerim Seitkali", phone: "87021234567", org: "alt  university", consent: true})
	if h.m.mode != similarFound {
		t.Fatalf("the same name in the same organisation should ask (mode %d):\n%s", h.m.mode, h.view())
	}
	h.mustSee("Looks like Айгерім Сейтқали from ALT University is already registered", "create anyway")
	if h.count() != 1 {
		t.Fatal("saved before the answer")
	}
	h.keys("н", "enter") // «н» answers nothing; enter is no: back to the form
	if h.m.mode != editing || h.count() != 1 {
		t.Fatalf("enter should go back to the form (mode %d)", h.m.mode)
	}
	h.keys("esc", "y") // leave the form
	h.register(form{name: "Aigerim Seitkali", phone: "87021234567", org: "alt  university", consent: true})
	h.keys("y")
	if h.m.mode != viewing || h.m.person.ID != old.ID || h.count() != 1 {
		t.Fatalf("y should open the existing person (mode %d)", h.m.mode)
	}

	// Asked again, c creates the new person anyway.
	h.register(form{name: "Aigerim Seitkali", phone: "87021234567", org: "ALT University", consent: true})
	if h.m.mode != similarFound {
		t.Fatalf("mode %d", h.m.mode)
	}
	h.keys("c")
	if h.count() != 2 || h.m.mode != viewing || h.m.person.ID == old.ID {
		t.Fatalf("c should create the person (%d people, mode %d)", h.count(), h.m.mode)
	}

	// Another organisation, or another name, asks nothing.
	h.register(form{name: "Айгерим Сейткали", phone: "87471234567", org: "Astana IT University", consent: true})
	if h.m.mode != viewing || h.count() != 3 {
		t.Fatalf("another organisation should not ask (mode %d):\n%s", h.m.mode, h.view())
	}
	h.register(form{name: "Айгерім Сейтқалиева", phone: "87471234568", org: "ALT University", consent: true})
	if h.m.mode != viewing || h.count() != 4 {
		t.Fatalf("another name should not ask (mode %d):\n%s", h.m.mode, h.view())
	}
}

// TestMinorNeedsGuardian: a person under 18 gets the guardian page, and is
// saved only with the guardian's name, phone and consent.
func TestMinorNeedsGuardian(t *testing.T) {
	s := openStore(t)
	h := newHarness(t, s, model.EN, 100, 27)
	h.keys("n")
	h.typeText("Әли Серікұлы")
	h.keys("enter", "enter", "enter") // name, no phone, no IIN
	h.typeText("2012")
	h.keys("enter", "enter", "enter", "y", "enter", "enter") // year … date
	h.mustSee("Under 18: a guardian's consent and contact are needed", "Guardian's name")
	h.keys("enter") // empty name: refused on the field
	h.mustSee("Guardian's name: is required for a person under 18")
	h.typeText("Серік Әлиев")
	h.keys("enter")
	h.typeText("8 701 555 44 33")
	h.keys("enter", "n") // the guardian has not consented
	h.keys("enter")      // notes: submit
	if h.count() != 0 {
		t.Fatal("a minor without the guardian's consent was saved")
	}
	h.mustSee("Guardian's consent: is required for a person under 18")
	if h.m.edit.GuardianName != "Серік Әлиев" || h.m.edit.GuardianPhone != "8 701 555 44 33" {
		t.Fatalf("guardian values lost: %+v", h.m.edit)
	}
	// The form came back on the guardian page.
	h.keys("enter", "enter", "y", "enter")
	var p *model.Person
	s.List(model.KindPerson, func(r model.Record) error { p = r.(*model.Person); return nil })
	if p == nil || p.GuardianName != "Серік Әлиев" || p.GuardianPhone != "+77015554433" || !p.GuardianConsent {
		t.Fatalf("minor not saved with the guardian: %+v\n%s", p, h.view())
	}
	h.mustSee("under 18", "Guardian: Серік Әлиев, +7 701 555 44 33")

	// An adult never sees the guardian page.
	h.register(form{name: "Adult Person", year: "2000", consent: true, notes: "x"})
	if h.count() != 2 {
		t.Fatalf("adult not saved:\n%s", h.view())
	}
}

// TestEscAsksBeforeDiscarding: esc in a changed form asks; n goes back with
// nothing lost; y leaves without saving. An untouched form just closes.
func TestEscAsksBeforeDiscarding(t *testing.T) {
	s := openStore(t)
	h := newHarness(t, s, model.EN, 100, 27)
	h.keys("n", "esc")
	if h.m.mode != listing {
		t.Fatalf("esc on an untouched form should close it (mode %d)", h.m.mode)
	}
	h.keys("n")
	h.typeText("Мадина")
	h.keys("enter")
	h.typeText("8 701")
	h.keys("esc")
	h.mustSee("Leave without saving what you typed?")
	h.keys("n")
	if h.m.mode != editing || h.m.edit.Name != "Мадина" || h.m.edit.Phone != "8 701" {
		t.Fatalf("n should return to the form as typed (mode %d): %+v", h.m.mode, h.m.edit)
	}
	h.mustSee("8 701")
	h.keys("esc", "y")
	if h.m.mode != listing || h.m.Capturing() || h.count() != 0 {
		t.Fatalf("y should leave without saving (mode %d, %d people)", h.m.mode, h.count())
	}
}

// TestEditAndStale edits a person from the card, and refuses to overwrite a
// change made meanwhile, keeping the form as typed.
func TestEditAndStale(t *testing.T) {
	s := openStore(t)
	p := addPerson(t, s, "Тимур Ким", "+77011234567", "College")
	h := newHarness(t, s, model.EN, 100, 27)
	h.send(common.OpenMsg{Kind: model.KindPerson, ID: p.ID})
	h.mustSee("Тимур Ким", "College")
	h.keys("e")
	h.mustSee("Editing: Тимур Ким")
	h.keys("enter", "enter", "enter", "enter") // person page unchanged
	for range "College" {
		h.keys("backspace")
	}
	h.typeText("Polytech")
	h.keys("enter", "enter", "enter", "enter", "enter", "enter")
	got, _ := storage.GetAs[*model.Person](s, model.KindPerson, p.ID)
	if got.Organization != "Polytech" || got.Rev != 2 || h.m.mode != viewing {
		t.Fatalf("edit not saved: %+v (mode %d)\n%s", got, h.m.mode, h.view())
	}
	h.mustSee("Polytech", "History", "Organisation: College → Polytech", "created")
	if n := len(h.status); n == 0 || h.status[n-1].Text != "Saved: Тимур Ким." {
		t.Errorf("status after the edit: %+v", h.status)
	}

	// Someone else changes the record while the form is open.
	h.keys("e")
	h.typeText(" Jr")
	other := *got
	other.Notes = "changed at the other desk"
	if err := s.Update(&other); err != nil {
		t.Fatal(err)
	}
	for range 12 {
		if h.m.mode != editing {
			break
		}
		h.keys("enter")
	}
	if h.m.mode != editing || h.m.edit.Name != "Тимур Ким Jr" {
		t.Fatalf("a stale save should keep the form as typed (mode %d): %+v", h.m.mode, h.m.edit)
	}
	h.mustSee("Someone else changed this record")
	got, _ = storage.GetAs[*model.Person](s, model.KindPerson, p.ID)
	if got.FullName != "Тимур Ким" || got.Notes != "changed at the other desk" {
		t.Fatalf("the other desk's change was overwritten: %+v", got)
	}
}

// TestCardListsIdeas: the card lists the person's ideas; enter on one asks
// the app to open it.
func TestCardListsIdeas(t *testing.T) {
	s := openStore(t)
	p := addPerson(t, s, "Жанна Бекова", "+77011234567", "")
	var ids []string
	for _, x := range []struct {
		title  string
		status model.IdeaStatus
	}{{"Green yard", "draft"}, {"Book drive", "funded"}} {
		i := model.New(model.KindIdea).(*model.Idea)
		i.Title, i.Direction, i.Region, i.Status, i.ApplicantID = x.title, "bilim", "astana", x.status, p.ID
		if err := s.Create(i); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, i.ID)
	}
	h := newHarness(t, s, model.EN, 100, 27)
	h.send(common.OpenMsg{Kind: model.KindPerson, ID: p.ID})
	h.mustSee("Ideas (2)", "Green yard — Draft", "Book drive — Funded")
	if !h.m.HandlesBack() || h.m.Capturing() {
		t.Fatal("the card should take esc but leave the global keys on")
	}
	h.keys("down", "enter")
	if len(h.opened) == 0 {
		t.Fatal("enter on an idea asked nothing")
	}
	last := h.opened[len(h.opened)-1]
	if last.Kind != model.KindIdea || (last.ID != ids[0] && last.ID != ids[1]) || last.ID != h.m.ideas[1].ID {
		t.Fatalf("opened %+v, want the second idea listed", last)
	}
}

// TestDataChangedSearchesAgain: a person saved elsewhere shows up in the list.
func TestDataChangedSearchesAgain(t *testing.T) {
	s := openStore(t)
	h := newHarness(t, s, model.EN, 100, 27)
	h.mustSee("No one is registered yet")
	addPerson(t, s, "Сұлтан Әлі", "+77071234567", "School 5")
	h.send(common.DataChangedMsg{})
	h.mustSee("Сұлтан Әлі", "+7 707 123 45 67", "School 5", "Karaganda")
}

// TestSmallScreen: in the body of a 40×12 terminal (three lines go to the
// app's chrome) every view fits, in every language.
func TestSmallScreen(t *testing.T) {
	const w, ht = 40, 12 - 3
	s := openStore(t)
	addPerson(t, s, "Әлия Құдайбергенқызы-Тоқтарова", "+77011234567", "Қарағанды политехникалық колледжі")
	minor := addPerson(t, s, "Дана", "+77012223344", "")
	minor.BirthYear, minor.GuardianName, minor.GuardianPhone, minor.GuardianConsent = 2013, "Гүлнар Сейітова", "+77013334455", true
	minor.Notes = strings.Repeat("Ұзын ескертпе жолы, ол экранға сыймауы мүмкін. ", 5)
	if err := s.Update(minor); err != nil {
		t.Fatal(err)
	}
	for _, lang := range model.Langs() {
		h := newHarness(t, s, lang, w, ht)
		check := func(what string) {
			t.Helper()
			v := h.m.View()
			lines := strings.Split(v, "\n")
			if len(lines) > ht {
				t.Errorf("%s %s: %d lines, want ≤ %d:\n%s", lang, what, len(lines), ht, v)
			}
			for _, l := range lines {
				if n := ansi.StringWidth(l); n > w {
					t.Errorf("%s %s: line %q is %d wide", lang, what, l, n)
				}
			}
			if strings.Contains(v, "people.") || strings.Contains(v, "field.") {
				t.Errorf("%s %s: untranslated key on screen:\n%s", lang, what, v)
			}
		}
		check("list")
		h.keys("/")
		h.typeText("дана")
		check("search")
		h.keys("enter")
		check("card")
		for range 10 {
			h.keys("pgdown")
		}
		check("card scrolled")
		h.keys("e")
		check("edit form")
		h.typeText("x")
		h.keys("esc")
		check("discard question")
		h.keys("n", "enter")
		h.typeText("8 1")
		h.keys("enter")
		check("form with a field message")
		h.keys("esc", "y", "n")
		h.fill(form{name: "Әлия Құдайбергенқызы-Тоқтарова", org: "Қарағанды политехникалық колледжі", consent: true})
		check("same name question")
		if h.m.mode != similarFound {
			t.Errorf("%s: mode %d, want the same-name question", lang, h.m.mode)
		}
		h.keys("esc")
		check("form back")
		h.keys("esc", "y", "n")
		h.fill(form{name: "Тағы біреу", phone: "87011234567", consent: false})
		check("form after a failed save")
		h.keys("esc", "y", "n")
		h.fill(form{name: "Тағы біреу", phone: "87011234567", consent: true})
		check("same person")
		if h.m.mode != sameFound {
			t.Errorf("%s: mode %d, want the same-person notice", lang, h.m.mode)
		}
	}
}

// TestEveryLanguageRenders: each screen state reads in each language, with no
// key shown in place of a sentence.
func TestEveryLanguageRenders(t *testing.T) {
	s := openStore(t)
	p := addPerson(t, s, "Ержан Сапаров", "+77011234567", "KBTU")
	want := map[model.Lang][]string{
		model.KK: {"Аты-жөні", "Келісім", "Иә", "Идеялары (0)"},
		model.RU: {"ФИО", "Согласие", "Да", "Идеи (0)"},
		model.EN: {"Full name", "Consent", "Yes", "Ideas (0)"},
	}
	for _, lang := range model.Langs() {
		h := newHarness(t, s, lang, 100, 27)
		list := h.view()
		h.send(common.OpenMsg{Kind: model.KindPerson, ID: p.ID})
		card := h.view()
		h.keys("e")
		edit := h.view()
		all := list + card + edit
		for _, w := range want[lang] {
			if !strings.Contains(all, w) {
				t.Errorf("%s: %q missing", lang, w)
			}
		}
		for _, bad := range []string{"people.", "field.", "key.", "reason."} {
			if strings.Contains(all, bad) {
				t.Errorf("%s: untranslated key %q on screen:\n%s", lang, bad, all)
			}
		}
	}
}

// TestRelabel: a language switch relabels the list.
func TestRelabel(t *testing.T) {
	s := openStore(t)
	addPerson(t, s, "Ержан Сапаров", "+77011234567", "KBTU")
	h := newHarness(t, s, model.EN, 100, 27)
	h.mustSee("Full name")
	h.m.c.Tr = newTr(model.RU)
	h.send(common.LangChangedMsg{})
	h.mustSee("ФИО", "Телефон", "Организация")
}

// TestNewFromSearch: what was searched for and not found starts the form in
// the field it looks like, so the desk does not type it twice.
func TestNewFromSearch(t *testing.T) {
	s := openStore(t)
	h := newHarness(t, s, model.EN, 100, 27)
	for _, tc := range []struct {
		typed string
		want  personform.Values
	}{
		{"8 701 999 88 77", personform.Values{Phone: "8 701 999 88 77"}},
		{"8 705", personform.Values{Phone: "8 705"}}, // the start of a number goes to the phone too
		{"7910 2830 2728", personform.Values{IIN: "791028302728"}},
		{"Нұржан Бекұлы", personform.Values{Name: "Нұржан Бекұлы"}},
	} {
		v := h.search(tc.typed)
		if !strings.Contains(v, "Nothing found") {
			t.Fatalf("%q: %s", tc.typed, v)
		}
		h.keys("esc", "n")
		got := h.m.edit
		if got.Name != tc.want.Name || got.Phone != tc.want.Phone || got.IIN != tc.want.IIN || got.ConsentAt != "22.11.2026" {
			t.Errorf("%q: form opened with %+v", tc.typed, got)
		}
		h.keys("esc", "y")
		if h.m.mode != listing {
			t.Fatalf("mode %d", h.m.mode)
		}
	}
}

// TestOrganisationSuggested: organisations already used are offered while
// typing, and ctrl+e takes the suggestion.
func TestOrganisationSuggested(t *testing.T) {
	s := openStore(t)
	addPerson(t, s, "Бірінші", "+77011234567", "Қарағанды политехникалық колледжі")
	h := newHarness(t, s, model.EN, 100, 27)
	h.keys("n")
	h.typeText("Екінші")
	h.keys("enter", "enter", "enter", "enter") // on to the organisation
	h.typeText("қараған")
	h.send(tea.KeyMsg{Type: tea.KeyCtrlE})
	if got := h.m.edit.Org; !strings.EqualFold(got, "Қарағанды политехникалық колледжі") {
		t.Fatalf("ctrl+e did not take the suggestion: %q", got)
	}
	// Saved with the spelling already in use, whatever the case typed.
	h.keys("enter", "enter", "y", "enter", "enter", "enter")
	if h.m.mode != viewing || h.m.person == nil || h.m.person.Organization != "Қарағанды политехникалық колледжі" {
		t.Fatalf("saved organisation: mode %d, %+v", h.m.mode, h.m.person)
	}
}

// TestSmallCardStartsAtTheTop: at 40×12 a card with ideas opens on the
// person's name, not scrolled down to the ideas.
func TestSmallCardStartsAtTheTop(t *testing.T) {
	s := openStore(t)
	p := addPerson(t, s, "Жанна Бекова", "+77011234567", "Университет имени очень длинного названия")
	i := model.New(model.KindIdea).(*model.Idea)
	i.Title, i.Direction, i.Region, i.Status, i.ApplicantID = "Green yard", "bilim", "astana", "draft", p.ID
	if err := s.Create(i); err != nil {
		t.Fatal(err)
	}
	h := newHarness(t, s, model.EN, 40, 9)
	h.send(common.OpenMsg{Kind: model.KindPerson, ID: p.ID})
	h.mustSee("Жанна Бекова")
}

// TestSmallCardSaysThereIsMore: a card longer than the screen says so on
// its last line, in each language; the idea under the cursor is never the
// line the hint takes; at the card's end the hint goes and the last line
// shows.
func TestSmallCardSaysThereIsMore(t *testing.T) {
	s := openStore(t)
	p := addPerson(t, s, "Жанна Бекова", "+77011234567", "Университет имени очень длинного названия")
	for _, title := range []string{"Green yard", "Book drive", "Clean river", "Warm coats", "Old town walks"} {
		i := model.New(model.KindIdea).(*model.Idea)
		i.Title, i.Direction, i.Region, i.Status, i.ApplicantID = title, "bilim", "astana", "draft", p.ID
		if err := s.Create(i); err != nil {
			t.Fatal(err)
		}
	}
	hint := map[model.Lang]string{model.KK: "↓ төменде тағы бар", model.RU: "↓ ниже есть ещё", model.EN: "↓ more below"}
	for _, lang := range []model.Lang{model.KK, model.RU, model.EN} {
		h := newHarness(t, s, lang, 40, 9)
		h.send(common.OpenMsg{Kind: model.KindPerson, ID: p.ID})
		h.mustSee("Жанна Бекова", hint[lang])
		for range 5 { // through the ideas: the one marked stays in sight
			h.keys("down")
			if !strings.Contains(h.view(), "▸ ") {
				t.Fatalf("%s: the idea under the cursor is out of sight:\n%s", lang, h.view())
			}
		}
		for range 10 {
			h.keys("pgdown")
		}
		lines, _ := h.m.cardLines()
		last := ansi.Strip(lines[len(lines)-1])
		if v := h.view(); strings.Contains(v, hint[lang]) || !strings.Contains(v, strings.TrimSpace(last)) {
			t.Fatalf("%s: at the card's end the hint should go and %q show:\n%s", lang, last, v)
		}
	}
	h := newHarness(t, s, model.EN, 100, 40) // it all fits: no hint
	h.send(common.OpenMsg{Kind: model.KindPerson, ID: p.ID})
	if strings.Contains(h.view(), hint[model.EN]) {
		t.Fatalf("a card that fits says there is more:\n%s", h.view())
	}
}

// TestMinorFromSpreadsheet: a minor imported with consent (their guardian's)
// but no guardian's name or phone is stored, and the card asks for them.
func TestMinorFromSpreadsheet(t *testing.T) {
	s := openStore(t)
	p := model.New(model.KindPerson).(*model.Person)
	p.FullName, p.Phone, p.BirthYear, p.Consent, p.GuardianConsent = "Айым Серікқызы", "+77015550011", 2012, true, true
	if err := s.Create(p); err != nil {
		t.Fatalf("a minor with the guardian's consent: %v", err)
	}
	h := newHarness(t, s, model.EN, 100, 27)
	h.send(common.OpenMsg{Kind: model.KindPerson, ID: p.ID})
	h.mustSee("Айым Серікқызы", "guardian's name and phone are missing")
}

// TestCardShowsJoinedAndKeepsApart: two offices' records of one student (one
// phone) open as one card, the earliest, listing the other with its office;
// k, then y, parts them: each has their own card again.
func TestCardShowsJoinedAndKeepsApart(t *testing.T) {
	s := openStore(t)
	first := addPerson(t, s, "Айгерім Сәрсенбаева", "+77015551234", "")
	later := addPerson(t, s, "Aigerim Sarsenbayeva", "+77015551234", "")
	h := newHarness(t, s, model.EN, 100, 30)
	h.send(common.OpenMsg{Kind: model.KindPerson, ID: later.ID})
	h.mustSee("Айгерім Сәрсенбаева", "Also registered as:", "«Aigerim Sarsenbayeva» · +7 701 555 12 34 · at this office",
		"k — these are different people")
	if h.m.person.ID != first.ID {
		t.Fatalf("the card shows %s, want the earliest %s", h.m.person.ID, first.ID)
	}
	h.keys("k")
	h.mustSee("Is this record someone other than Айгерім Сәрсенбаева?", "«Aigerim Sarsenbayeva»")
	h.keys("n")
	h.mustSee("Also registered as:")
	h.keys("k", "y")
	if len(h.status) == 0 || !strings.Contains(h.status[len(h.status)-1].Text, "«Aigerim Sarsenbayeva» is now counted as someone else") {
		t.Fatalf("status %+v", h.status)
	}
	if strings.Contains(h.view(), "Also registered as:") {
		t.Fatalf("still joined after keeping apart:\n%s", h.view())
	}
	h.send(common.OpenMsg{Kind: model.KindPerson, ID: later.ID})
	h.mustSee("Aigerim Sarsenbayeva")
	if h.m.person.ID != later.ID {
		t.Fatalf("the later record opens as %s, want itself", h.m.person.ID)
	}
}

// TestConsentFieldKeys: the consent and the guardian's consent, yes/no
// fields of the form, take the letters every question takes (ui/common
// FormKeyMap): y, д, и set yes; n, т, ж set no; «н» (the y key on ЙЦУКЕН)
// leaves the field as it is, still on it.
func TestConsentFieldKeys(t *testing.T) {
	for _, c := range []struct {
		own   string   // the person's consent
		keys  []string // the guardian's consent
		saved bool
	}{
		{"y", []string{"y"}, true}, {"д", []string{"д"}, true}, {"и", []string{"и"}, true}, {"Д", []string{"Y"}, true},
		{"y", []string{"n"}, false}, {"y", []string{"т"}, false}, {"y", []string{"ж"}, false},
		{"y", []string{"н", "д"}, true}, {"y", []string{"н", "т"}, false}, {"y", []string{"н", "enter"}, false},
		{"т", []string{"y"}, false},
	} {
		s := openStore(t)
		h := newHarness(t, s, model.EN, 100, 27)
		h.keys("n")
		h.typeText("Әли Серікұлы")
		h.keys("enter", "enter", "enter") // name, no phone, no IIN
		h.typeText("2012")
		h.keys("enter", "enter", "enter", c.own, "enter", "enter") // year, organisation, region, consent, method, date
		h.typeText("Серік Әлиев")
		h.keys("enter")
		h.typeText("8 701 555 44 33")
		h.keys("enter")
		h.keys(c.keys...)
		h.keys("enter") // notes: submit
		if got := h.count() == 1; got != c.saved {
			t.Errorf("consent %q, guardian's %q: saved %v, want %v:\n%s", c.own, c.keys, got, c.saved, h.view())
		}
	}
}

// TestListHelpFollowsTheSearch: the help lists esc (leave the search) and
// ctrl+u (clear it) only while typing in the search, and home/end, / and n
// only when not: esc on the list goes Home, yet the help said "leave search".
func TestListHelpFollowsTheSearch(t *testing.T) {
	for _, lang := range model.Langs() {
		h := newHarness(t, openStore(t), lang, 40, 9)
		lk := h.m.list.Keys()
		listed := func() map[string]bool {
			out := map[string]bool{}
			for _, g := range h.m.FullHelp() {
				for _, b := range g {
					out[b.Help().Desc] = true
				}
			}
			return out
		}
		if h.m.list.Focused() {
			h.keys("esc")
		}
		got := listed()
		if got[lk.Leave.Help().Desc] || got[lk.Clear.Help().Desc] {
			t.Errorf("%s: not searching, the help lists esc/ctrl+u: %v", lang, got)
		}
		if !got[lk.Search.Help().Desc] || !got[lk.Top.Help().Desc] {
			t.Errorf("%s: not searching, the help should list / and home: %v", lang, got)
		}
		h.keys("/")
		if !h.m.list.Focused() {
			t.Fatalf("%s: / should start the search", lang)
		}
		got = listed()
		if !got[lk.Leave.Help().Desc] || !got[lk.Clear.Help().Desc] {
			t.Errorf("%s: searching, the help should list esc and ctrl+u: %v", lang, got)
		}
		if got[lk.Top.Help().Desc] || got[h.m.keys.New.Help().Desc] {
			t.Errorf("%s: searching, home and n type, yet the help lists them: %v", lang, got)
		}
	}
}

// TestSmallFormRegionCounted: editing someone from Karaganda at 40×12, the
// region list starts at Karaganda; its title counts where the cursor is,
// as Settings' does, so the nine regions and "no region" above are known
// to be there, and ↑ reaches them.
func TestSmallFormRegionCounted(t *testing.T) {
	s := openStore(t)
	p := addPerson(t, s, "Жанна Бекова", "+77011234567", "Колледж")
	want := map[model.Lang][2]string{
		model.KK: {"Өңір (10/21)", "Өңір (1/21)"},
		model.RU: {"Регион (10 из 21)", "Регион (1 из 21)"},
		model.EN: {"Region (10 of 21)", "Region (1 of 21)"},
	}
	for _, lang := range model.Langs() {
		h := newHarness(t, s, lang, 40, 9)
		h.send(common.OpenMsg{Kind: model.KindPerson, ID: p.ID})
		h.keys("e", "tab", "tab", "tab", "tab", "tab") // name, phone, IIN, year, organisation
		h.mustSee(want[lang][0], model.Region("karaganda").Label(lang))
		for range 9 {
			h.keys("up")
		}
		h.mustSee(want[lang][1], "> "+h.m.c.Tr.T("people.no_region"))
		h.keys("esc")
	}
}

// TestTimelineKeepsMinutesWhole: at no width does the timeline leave a
// consultation's minutes or an entry's hours on one line and the unit on the
// next ("· 40" / "мин · …" at 40 columns).
func TestTimelineKeepsMinutesWhole(t *testing.T) {
	s := openStore(t)
	p := addPerson(t, s, "Жанна Бекова", "+77011234567", "Колледж")
	c := model.New(model.KindConsultation).(*model.Consultation)
	c.Date, c.Consultant, c.PersonID, c.DurationMin = "2026-02-12", "Aigerim Seitkali", p.ID, 40
	c.Services = []model.Service{"methodology", "grant_writing"}
	if err := s.LogConsultation(c); err != nil {
		t.Fatal(err)
	}
	for _, lang := range model.Langs() {
		tr := newTr(lang)
		units := []string{strings.TrimPrefix(tr.T("people.ev_minutes", 0), "0 ")}
		h := newHarness(t, s, lang, 40, 60)
		h.send(common.OpenMsg{Kind: model.KindPerson, ID: p.ID})
		for w := 24; w <= 70; w++ {
			h.m.SetSize(w, 60)
			for _, l := range strings.Split(h.view(), "\n") {
				for _, u := range units {
					if strings.HasPrefix(strings.TrimSpace(l), u+" ") {
						t.Errorf("%s at %d columns: a line starts with the unit %q:\n%s", lang, w, u, h.view())
					}
				}
			}
		}
	}
}

// TestTimelineWrapsIndented: at 40 columns the timeline's heading was cut
// and an entry's later lines went to the left edge, so the entries ran
// together. The heading wraps whole, and every line of an entry is
// indented, its later lines under its first.
func TestTimelineWrapsIndented(t *testing.T) {
	s := openStore(t)
	p := addPerson(t, s, "Жанна Бекова", "+77011234567", "Колледж")
	for _, day := range []model.Date{"2026-02-12", "2026-02-14"} {
		c := model.New(model.KindConsultation).(*model.Consultation)
		c.Date, c.Consultant, c.PersonID, c.DurationMin = day, "Aigerim Seitkali", p.ID, 40
		c.Services = []model.Service{"methodology", "grant_writing", "project_formalisation"}
		if err := s.LogConsultation(c); err != nil {
			t.Fatal(err)
		}
	}
	for _, lang := range model.Langs() {
		tr := newTr(lang)
		heading := tr.T("people.timeline", 2)
		h := newHarness(t, s, lang, 40, 80)
		h.send(common.OpenMsg{Kind: model.KindPerson, ID: p.ID})
		for _, w := range []int{30, 40, 50} {
			h.m.SetSize(w, 80)
			lines := strings.Split(h.view(), "\n")
			sq := func(s string) string { return strings.Join(strings.Fields(s), "") }
			at := -1
			for i, l := range lines {
				if strings.HasPrefix(strings.TrimSpace(l), strings.Fields(heading)[0]) {
					at = i
				}
			}
			end := -1 // the heading's last line
			for i := at; at >= 0 && i < len(lines) && end < 0; i++ {
				if strings.Contains(sq(strings.Join(lines[at:i+1], " ")), sq(heading)) {
					end = i
				}
			}
			if end < 0 {
				t.Fatalf("%s at %d columns: the timeline's heading is not whole:\n%s", lang, w, h.view())
			}
			body := lines[end+1:]
			entries := 0
			for _, l := range body {
				if strings.TrimSpace(l) == "" {
					break // the history follows
				}
				switch {
				case strings.HasPrefix(l, "    "):
				case strings.HasPrefix(l, "  "):
					entries++
				default:
					t.Errorf("%s at %d columns: a timeline line at the left edge: %q\n%s", lang, w, l, h.view())
				}
			}
			if entries != 2 {
				t.Errorf("%s at %d columns: %d entries start a line, want 2:\n%s", lang, w, entries, h.view())
			}
		}
	}
}
