package sync

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/storage"
	"frontoffice/ui/uitest"
)

// alikeConflicts leaves a with n conflicts whose two versions hold the
// same data (a and b made the same change to n people from the same
// revision) and one whose versions differ (Данияр Абенов's organisation).
func alikeConflicts(t *testing.T, a, b *storage.Store, n int) {
	t.Helper()
	var people []*model.Person
	for i := range n {
		p := person(fmt.Sprintf("Адам %02d", i))
		people = append(people, p)
	}
	differ := person("Данияр Абенов")
	people = append(people, differ)
	for _, p := range people {
		if err := a.Create(p); err != nil {
			t.Fatal(err)
		}
	}
	exchange(t, a, b)
	for s, org := range map[*storage.Store]string{a: "КарУ", b: "ЕНУ"} {
		for _, p := range people {
			q, err := storage.GetAs[*model.Person](s, model.KindPerson, p.ID)
			if err != nil {
				t.Fatal(err)
			}
			q.Region = "astana" // the same change in both offices
			if p == differ {
				q.Organization = org
			}
			if err := s.Update(q); err != nil {
				t.Fatal(err)
			}
		}
	}
	exchange(t, b, a)
	if got := a.ConflictCount(); got != n+1 {
		t.Fatalf("%d conflicts, want %d", got, n+1)
	}
}

// TestAlikeConflictsSettledTogether: at 40×12 in Russian the list says how
// many conflicts hold the same data in both versions; enter on one asks to
// keep the current version instead of settling it unasked; a settles them
// all after a question; the list stays on screen with what is left.
func TestAlikeConflictsSettledTogether(t *testing.T) {
	a := uitest.OpenStore(t, fixedNow)
	b := uitest.OpenStore(t, fixedNow.Add(time.Hour))
	alikeConflicts(t, a, b, 12)
	h := newHarnessIn(t, a, model.RU, 40, 12)
	h.keys("left")
	h.mustSee("Конфликты (13)", "В 12 конфликтах обе версии", "решить все такие")
	top := h.selected()

	// Paging: pgdown moves by the rows shown, end to the last, home back.
	h.keys("pgdown")
	if got := h.selected(); got == top || got == "" {
		t.Fatalf("pgdown left the cursor on %q", got)
	}
	h.keys("end")
	if got := h.selected(); !strings.Contains(got, "Данияр") { // made last: the last id
		t.Fatalf("end: %q", got)
	}
	h.keys("home")
	if got := h.selected(); got != top {
		t.Fatalf("home: %q, want %q", got, top)
	}

	// enter on an alike conflict asks; n changes nothing.
	h.keys("home")
	if !strings.Contains(top, "Адам") {
		t.Fatalf("first row %q is not an alike conflict", top)
	}
	h.keys("enter")
	h.mustSee("одно и то же")
	h.keys("n")
	if got := a.ConflictCount(); got != 13 {
		t.Fatalf("%d conflicts after n", got)
	}

	h.keys("a")
	h.mustSee("Решить 12 конфликтов")
	h.keys("y")
	h.mustSee("Решено 12 конфликтов", "Конфликты (1)", "Данияр Абенов")
	h.mustNotSee("обе версии одинаковы")
	if got := a.ConflictCount(); got != 1 {
		t.Fatalf("%d conflicts after a, y", got)
	}
	// The settlements are revisions made here: who is working was asked
	// first (nobody was set), and they carry the name.
	if h.asked != 1 {
		t.Errorf("who is working asked %d times", h.asked)
	}
	if err := a.List(model.KindPerson, func(r model.Record) error {
		if p := r.(*model.Person); p.FullName != "Данияр Абенов" && p.UpdatedBy != uitest.OnDuty {
			t.Errorf("%s settled by %q", p.FullName, p.UpdatedBy)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	// a again: nothing alike is left, and it says what to do instead.
	h.keys("a")
	h.mustSee("Нет конфликтов с одинаковыми версиями", "Данияр Абенов")
	for _, l := range strings.Split(h.view(), "\n") {
		if w := len([]rune(l)); w > 40 {
			t.Fatalf("a line %d wide: %q", w, l)
		}
	}
}

// TestConflictListStaysAfterSettling: at 40×12 the outcome of settling one
// conflict shows under the list, which keeps its rows (it went blank: the
// outcome took the screen whole).
func TestConflictListStaysAfterSettling(t *testing.T) {
	a := uitest.OpenStore(t, fixedNow)
	b := uitest.OpenStore(t, fixedNow.Add(time.Hour))
	alikeConflicts(t, a, b, 6)
	for _, lang := range []model.Lang{model.KK, model.RU, model.EN} {
		h := newHarnessIn(t, a, lang, 40, 12)
		h.keys("left", "c", "y")
		if h.selected() == "" {
			t.Fatalf("%s: no row after settling one:\n%s", lang, h.view())
		}
		if got := strings.Count(h.view(), "\n") + 1; got > 12 {
			t.Fatalf("%s: %d lines", lang, got)
		}
	}
	if got := a.ConflictCount(); got != 4 {
		t.Fatalf("%d conflicts left, want 4", got)
	}
}

// TestHoursConflictNamedByPerson: an hours entry or a visit in conflict is
// named by whose it is and its day, not by the end of its id.
func TestHoursConflictNamedByPerson(t *testing.T) {
	m := New(uitest.Common(uitest.OpenStore(t, fixedNow), model.RU, fixedNow))
	m.people = map[string]string{"p1": "Ольга Петрова"}
	hr := model.New(model.KindHours).(*model.Hours)
	hr.PersonID, hr.Date = "p1", "2026-07-02"
	if got := m.name(hr); got != "Ольга Петрова · 2026-07-02" {
		t.Fatalf("hours named %q", got)
	}
	v := model.New(model.KindVisit).(*model.Visit)
	v.PersonID, v.Date = "p1", "2026-07-03"
	if got := m.name(v); got != "Ольга Петрова · 2026-07-03" {
		t.Fatalf("visit named %q", got)
	}
	v.PersonID, v.ID = "unknown", "019a0000-0000-7000-8000-00000000abcd"
	if got := m.name(v); got != v.ID[len(v.ID)-8:] {
		t.Fatalf("a visit of no one known named %q", got)
	}
}

// selected is the row the cursor is on ("" when none is drawn).
func (h *harness) selected() string {
	for _, l := range strings.Split(h.view(), "\n") {
		if strings.HasPrefix(l, "> ") {
			return l
		}
	}
	return ""
}

// TestExportNothingNewWritesNoFile: a second export with nothing changed
// says so and writes no file (an empty one was offered first by the other
// office's picker); the field keeps the folder last written to, with
// today's name; at 40 columns the path written is not split at a hyphen.
func TestExportNothingNewWritesNoFile(t *testing.T) {
	a := uitest.OpenStore(t, fixedNow)
	if err := a.Create(person("Айгерім Сейтқали")); err != nil {
		t.Fatal(err)
	}
	usb := filepath.Join(t.TempDir(), "usb")
	h := newHarnessIn(t, a, model.RU, 40, 12)
	h.keys("enter", "ctrl+u")
	h.typeText(filepath.Join(usb, "out-2026-02-13.fob"))
	h.keys("enter")
	h.mustSee("Пакет записан")
	found := false
	for _, l := range strings.Split(h.view(), "\n") {
		found = found || strings.Contains(l, "out-2026-02-13.fob")
	}
	if !found {
		t.Fatalf("the file's name is split:\n%s", h.view())
	}
	if got := h.m.path.Value(); filepath.Dir(got) != usb || !strings.HasSuffix(got, "-2026-02-13.fob") {
		t.Fatalf("the field offers %q after an export to %s", got, usb)
	}
	h.keys("enter", "enter")
	h.mustSee("файл не записан", "нажмите f")
	files, _ := filepath.Glob(filepath.Join(usb, "*"))
	if len(files) != 1 {
		t.Fatalf("files after exporting nothing new: %v", files)
	}
	// f: everything, which is written; the box is in view under the
	// outcome, so f is seen to change it.
	h.mustSee("[ ] Всё")
	h.keys("f")
	h.mustSee("[x] Всё", "файл не записан")
	h.keys("enter", "enter")
	h.mustSee("Пакет записан")
	if files, _ := filepath.Glob(filepath.Join(usb, "*")); len(files) != 2 {
		t.Fatalf("files after f: %v", files)
	}
}

// TestSmallQuestionsAndCountsWhole: on a 40×12 terminal (a body of 9
// lines) in Kazakh the question on a conflict with nothing to choose shows
// whole, its way out included (the record's name gives way); an outcome's
// count keeps its thousands together ("қайшылық 3" / "166" read as three).
func TestSmallQuestionsAndCountsWhole(t *testing.T) {
	a := uitest.OpenStore(t, fixedNow)
	b := uitest.OpenStore(t, fixedNow.Add(time.Hour))
	alikeConflicts(t, a, b, 2)
	h := newHarnessIn(t, a, model.KK, 40, 9)
	h.keys("left", "enter")
	h.mustSee("қазіргісін қалдыру", "кейін шешу")
	if n := len(strings.Split(h.view(), "\n")); n > 9 {
		t.Fatalf("%d lines:\n%s", n, h.view())
	}
	h.keys("n")

	h.m.result = []string{"барлығы: жаңа 1, жаңартылды 0, өзгеріссіз 0, тарихқа 6 007, қайшылық 3 166"}
	found := false
	for _, l := range strings.Split(h.view(), "\n") {
		found = found || strings.Contains(l, "3\u00a0166") || strings.Contains(l, "3 166")
	}
	if !found {
		t.Fatalf("3 166 is split:\n%s", h.view())
	}
}

// TestSmallFieldValuesWhole: at 40×12 the field under the cursor shows
// both its values whole, on more lines (the other one was cut: "Алматы
// мемлекеттік политех…").
func TestSmallFieldValuesWhole(t *testing.T) {
	long := []string{"Алматы мемлекеттік политехникалық колледжі", "Қарағанды техникалық университеті жанындағы колледж"}
	a := personInConflict(t, func(i int, q *model.Person) { q.Organization = long[i] })
	h := newHarnessIn(t, a, model.RU, 40, 12)
	h.keys("left", "enter")
	flat := strings.Join(strings.Fields(h.view()), " ")
	for _, org := range long {
		if !strings.Contains(flat, org) {
			t.Fatalf("%q is not whole:\n%s", org, h.view())
		}
	}
	if n := len(strings.Split(h.view(), "\n")); n > 12 {
		t.Fatalf("%d lines", n)
	}
}

// TestSmallTrustKeepsItsAdvice: at 40×12 in Kazakh, the first bundle of an
// office shows the question, its keys and the advice to compare the
// fingerprint (said short), not the question alone.
func TestSmallTrustKeepsItsAdvice(t *testing.T) {
	a := uitest.OpenStore(t, fixedNow)
	if err := a.Create(person("Айгерім Сейтқали")); err != nil {
		t.Fatal(err)
	}
	path := exchange(t, a, nil)
	h := newHarnessIn(t, uitest.OpenStore(t, fixedNow), model.KK, 40, 9)
	h.keys("right")
	h.m.inPath.SetValue(path)
	h.keys("enter", "enter")
	h.mustSee("Ізді алдымен телефонмен салыстырыңыз.", a.Fingerprint(), "импорттамау")
	if n := len(strings.Split(h.view(), "\n")); n > 9 {
		t.Fatalf("%d lines:\n%s", n, h.view())
	}
	h2 := newHarnessIn(t, uitest.OpenStore(t, fixedNow), model.KK, 100, 30)
	h2.keys("right")
	h2.m.inPath.SetValue(path)
	h2.keys("enter", "enter")
	h2.mustSee("жүзбе-жүз салыстырыңыз") // room: the advice whole
}

// TestSmallConflictListMarked: at 40×12 a long list of conflicts marks the
// rows hidden above and below, with how many (three rows of 3 166 showed
// with no sign of more).
func TestSmallConflictListMarked(t *testing.T) {
	a := uitest.OpenStore(t, fixedNow)
	b := uitest.OpenStore(t, fixedNow.Add(time.Hour))
	alikeConflicts(t, a, b, 12)
	h := newHarnessIn(t, a, model.EN, 40, 12)
	h.keys("left")
	h.mustSee("more below")
	h.mustNotSee("more above")
	h.keys("end")
	h.mustSee("more above")
	h.mustNotSee("more below")
	if got := strings.Count(h.view(), "\n") + 1; got > 12 {
		t.Fatalf("%d lines:\n%s", got, h.view())
	}
}

// TestSmallFieldsMarked: at 40×12 a conflict of three differing fields
// showed the one under the cursor alone, with nothing to say there were
// more: the fields out of view are marked with how many.
func TestSmallFieldsMarked(t *testing.T) {
	a := personInConflict(t, func(i int, q *model.Person) {
		q.Organization = "Алматы мемлекеттік политехникалық колледжі" + string(rune('А'+i))
		q.Notes = "Келесі жолы бюджетті қайта есептеп әкеледі" + string(rune('А'+i))
		q.BirthYear = 2001 + i
	})
	h := newHarnessIn(t, a, model.EN, 40, 12)
	h.keys("left", "enter")
	h.mustSee("more below")
	h.keys("down", "down")
	h.mustSee("more above")
	if n := len(strings.Split(h.view(), "\n")); n > 12 {
		t.Fatalf("%d lines:\n%s", n, h.view())
	}
}

// TestFieldPhoneAsOnTheCard: a phone in the field-by-field view is written
// in groups, as the person's card writes it ("+77757374350" raw before).
func TestFieldPhoneAsOnTheCard(t *testing.T) {
	a := personInConflict(t, func(i int, q *model.Person) { q.Phone = []string{"+77757374350", "+77011234567"}[i] })
	h := newHarnessIn(t, a, model.EN, 100, 30)
	h.keys("left", "enter")
	flat := strings.ReplaceAll(h.view(), "\u00a0", " ")
	if !strings.Contains(flat, "+7 775 737 43 50") || !strings.Contains(flat, "+7 701 123 45 67") {
		t.Fatalf("the phones are not in groups:\n%s", h.view())
	}
}

// personInConflict is a store holding a person in conflict: it and another
// office (an hour ahead) both edited the person, each by edit (i 0 here, 1
// there), and it took the other's bundle.
func personInConflict(t *testing.T, edit func(i int, q *model.Person)) *storage.Store {
	t.Helper()
	a := uitest.OpenStore(t, fixedNow)
	b := uitest.OpenStore(t, fixedNow.Add(time.Hour))
	p := person("Айгерім Нұрланқызы")
	if err := a.Create(p); err != nil {
		t.Fatal(err)
	}
	exchange(t, a, b)
	for i, s := range []*storage.Store{a, b} {
		q, _ := storage.GetAs[*model.Person](s, model.KindPerson, p.ID)
		edit(i, q)
		if err := s.Update(q); err != nil {
			t.Fatal(err)
		}
	}
	exchange(t, b, a)
	return a
}
