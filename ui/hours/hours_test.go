package hours

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/storage"
	"frontoffice/ui/common"
	"frontoffice/ui/i18n"
	"frontoffice/ui/uitest"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

// fixedNow is the tests' clock: 13 February 2026, at the desk.
var fixedNow = time.Date(2026, 2, 13, 10, 0, 0, 0, time.UTC)

// harness drives the Hours screen as the root would: commands run, their
// messages come back; status lines and requests to open a person are kept.
type harness struct {
	t      *testing.T
	s      *storage.Store
	m      *Model
	status []common.StatusMsg
	opened []common.OpenMsg
	asked  int    // how often "who is working?" was asked
	who    string // the answer ("": esc, nothing saved)
}

func newHarness(t *testing.T, s *storage.Store, lang model.Lang, w, h int) *harness {
	t.Helper()
	hs := &harness{t: t, s: s, who: uitest.OnDuty, m: New(uitest.Common(s, lang, fixedNow))}
	hs.m.SetSize(w, h)
	hs.run(hs.m.Init())
	hs.run(hs.m.Shown())
	return hs
}

func (h *harness) send(msg tea.Msg) {
	_, cmd := h.m.Update(msg)
	h.run(cmd)
}

func (h *harness) run(cmd tea.Cmd) {
	uitest.Runner{T: h.t, Send: h.send, Catch: h.catch}.Run(cmd)
}

func (h *harness) catch(msg tea.Msg) bool {
	switch msg := msg.(type) {
	case common.AskWhoMsg: // nobody at the desk: the root asks who is working
		h.asked++
		if h.who != "" {
			h.run(uitest.AnswerWho(h.s, msg, h.who))
		}
		return true
	case common.StatusMsg:
		h.status = append(h.status, msg)
		return true
	case common.OpenMsg:
		h.opened = append(h.opened, msg)
		return true
	}
	return false
}

func (h *harness) keys(ks ...string) {
	for _, k := range ks {
		h.send(uitest.Key(k))
	}
}

func (h *harness) typeText(s string) {
	if s != "" {
		h.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)})
	}
}

func (h *harness) view() string { return ansi.Strip(h.m.View()) }

func (h *harness) lastStatus() common.StatusMsg {
	if len(h.status) == 0 {
		return common.StatusMsg{}
	}
	return h.status[len(h.status)-1]
}

func addPerson(t *testing.T, s *storage.Store, name, phone string) *model.Person {
	t.Helper()
	p := model.New(model.KindPerson).(*model.Person)
	p.FullName, p.Phone = name, phone
	p.Consent, p.ConsentMethod, p.ConsentAt = true, "paper", "2026-02-01"
	if err := s.Create(p); err != nil {
		t.Fatal(err)
	}
	return p
}

func hoursOf(t *testing.T, s *storage.Store, p *model.Person) []*model.Hours {
	t.Helper()
	hs, err := s.HoursOf(p.ID)
	if err != nil {
		t.Fatal(err)
	}
	return hs
}

// TestEventBulkEntry logs an event for three people by keys alone: the idea,
// the form as proposed, then name, enter, enter for each (one with other
// hours, one added by mistake and removed), and ctrl+s.
func TestEventBulkEntry(t *testing.T) {
	s := uitest.OpenStore(t, fixedNow)
	s.SetActor("Айгерим")
	aliya := addPerson(t, s, "Әлия Серікқызы", "+77011234567")
	baur := addPerson(t, s, "Бауыржан Омаров", "+77021234567")
	gul := addPerson(t, s, "Гүлнар Ахметова", "+77051234567")
	idea := model.New(model.KindIdea).(*model.Idea)
	idea.Title, idea.Direction, idea.Region, idea.Status = "Таза әлем сенбілігі", "taza_alem", "astana", "in_progress"
	if err := s.Create(idea); err != nil {
		t.Fatal(err)
	}
	h := newHarness(t, s, model.EN, 80, 20)
	if !strings.Contains(h.view(), "No hours yet") {
		t.Fatalf("empty list:\n%s", h.view())
	}
	h.keys("n")
	if h.m.mode != pickingIdea || !h.m.Capturing() {
		t.Fatalf("n should ask for the idea, mode %d", h.m.mode)
	}
	h.typeText("taza")
	h.keys("enter")
	if h.m.mode != eventForm || h.m.ev.ideaID != idea.ID {
		t.Fatalf("enter should take the idea and open the form: mode %d idea %q\n%s", h.m.mode, h.m.ev.ideaID, h.view())
	}
	h.keys("enter")          // the day, today as proposed
	h.typeText("Clean-up")   // the activity
	h.keys("enter", "enter") // usual hours: 4
	h.keys("enter")          // no description: done
	if h.m.mode != adding {
		t.Fatalf("the form should lead to adding people, mode %d\n%s", h.m.mode, h.view())
	}
	h.typeText("алия")
	h.keys("enter", "enter") // the match, the usual hours
	h.typeText("77021234567")
	h.keys("enter", "backspace")
	h.typeText("7.5")
	h.keys("enter")
	h.typeText("гулнар")
	h.keys("enter", "enter")
	h.typeText("Әлия") // twice: refused
	h.keys("enter")
	if st := h.lastStatus(); !st.Err || !strings.Contains(st.Text, "already") {
		t.Errorf("the same person twice: %+v", st)
	}
	h.keys("ctrl+u", "ctrl+z") // Gülnar was a mistake
	if len(h.m.ev.lines) != 2 || !strings.Contains(h.view(), "Added: 2 people, 11.5 h") {
		t.Fatalf("lines %+v\n%s", h.m.ev.lines, h.view())
	}
	h.keys("ctrl+s")
	if h.m.mode != listing {
		t.Fatalf("after saving: mode %d", h.m.mode)
	}
	a, b, g := hoursOf(t, s, aliya), hoursOf(t, s, baur), hoursOf(t, s, gul)
	if len(a) != 1 || len(b) != 1 || len(g) != 0 {
		t.Fatalf("saved: %d %d %d", len(a), len(b), len(g))
	}
	if a[0].Hours != 4 || b[0].Hours != 7.5 || a[0].IdeaID != idea.ID || a[0].Activity != "Clean-up" ||
		a[0].Date != "2026-02-13" || a[0].Status != "pending" {
		t.Errorf("entries: %+v / %+v", a[0], b[0])
	}
	if v := h.view(); !strings.Contains(v, "Bauyrzhan") && !strings.Contains(v, "Бауыржан") {
		t.Errorf("the list should show the new entries:\n%s", v)
	}

	// The whole event at once: A asks, n keeps them pending, A and y verify.
	h.keys("A")
	if h.m.mode != confirmVerify || !strings.Contains(h.view(), "Verify all 2 pending entries (11.5 h)") {
		t.Fatalf("A should ask first:\n%s", h.view())
	}
	h.keys("n")
	if a := hoursOf(t, s, aliya); a[0].Status != "pending" {
		t.Fatal("n verified the event")
	}
	h.keys("A", "y")
	for _, p := range []*model.Person{aliya, baur} {
		if x := hoursOf(t, s, p); x[0].Status != "verified" || x[0].VerifiedBy != "Айгерим" {
			t.Errorf("after verifying the event: %+v", x[0])
		}
	}
	if h.m.mode != listing || !strings.Contains(h.view(), "Verified 2 (11.5 h)") {
		t.Errorf("the list after verifying the event:\n%s", h.view())
	}
}

// TestVerifyRejectEdit: a names the consultant, x needs a reason, e on a
// verified entry sends it back to pending.
func TestVerifyRejectEdit(t *testing.T) {
	s := uitest.OpenStore(t, fixedNow)
	p := addPerson(t, s, "Мадина Салпенова", "+77020001122")
	q := addPerson(t, s, "Нұрбол Темірхан", "+77083334455")
	if _, err := s.LogHoursBatch(model.Hours{Date: "2026-02-10", Activity: "Concert"},
		[]storage.BulkHours{{PersonID: p.ID, Hours: 12}, {PersonID: q.ID, Hours: 3}}); err != nil {
		t.Fatal(err)
	}
	h := newHarness(t, s, model.EN, 80, 20)
	if n := len(h.m.entries); n != 2 {
		t.Fatalf("entries: %d", n)
	}
	first := h.m.entries[0]

	h.who = "" // nobody at the desk: who verifies is asked first; esc verifies nothing
	h.keys("a")
	if got, _ := storage.GetAs[*model.Hours](s, model.KindHours, first.Hours.ID); h.asked != 1 || got.Status == "verified" {
		t.Errorf("verify without a consultant: asked %d, %+v", h.asked, got)
	}
	s.SetActor("Айгерим")
	h.keys("a")
	got, _ := storage.GetAs[*model.Hours](s, model.KindHours, first.Hours.ID)
	if got.Status != "verified" || got.VerifiedBy != "Айгерим" {
		t.Fatalf("verified: %+v", got)
	}
	// The verified entry goes below the pending one.
	if h.m.entries[0].Hours.Status != "pending" || h.m.entries[1].Hours.ID != first.Hours.ID {
		t.Fatalf("pending first: %v %v", h.m.entries[0].Hours.Status, h.m.entries[1].Hours.Status)
	}

	h.keys("x", "enter") // no reason: refused
	if h.m.mode != rejecting {
		t.Fatalf("reject without a reason should stay open, mode %d", h.m.mode)
	}
	h.typeText("was not there")
	h.keys("enter")
	rej, _ := storage.GetAs[*model.Hours](s, model.KindHours, h.m.entries[len(h.m.entries)-1].Hours.ID)
	if rej.Status != "rejected" || rej.RejectReason != "was not there" {
		t.Fatalf("rejected: %+v", rej)
	}

	// Edit the verified one: 12 → 10 hours.
	h.m.cur = 0
	for i, e := range h.m.entries {
		if e.Hours.ID == first.Hours.ID {
			h.m.cur = i
		}
	}
	h.keys("e", "enter") // the day as it is
	h.keys("ctrl+u")
	h.typeText("10")
	h.keys("enter", "enter", "enter")
	got, _ = storage.GetAs[*model.Hours](s, model.KindHours, first.Hours.ID)
	if got.Hours != 10 || got.Status != "pending" || got.VerifiedBy != "" {
		t.Fatalf("edited verified entry: %+v", got)
	}
	if st := h.lastStatus(); !strings.Contains(st.Text, "pending again") {
		t.Errorf("status after the edit: %+v", st)
	}

	h.keys("enter")
	if len(h.opened) != 1 || h.opened[0].Kind != model.KindPerson {
		t.Errorf("enter opens the person: %+v", h.opened)
	}
}

// TestSinglePersonFromCard: a card's request logs one entry after the form.
func TestSinglePersonFromCard(t *testing.T) {
	s := uitest.OpenStore(t, fixedNow)
	p := addPerson(t, s, "Мадина Салпенова", "+77020001122")
	h := newHarness(t, s, model.RU, 80, 20)
	h.send(common.LogHoursMsg{PersonID: p.ID, Name: p.FullName})
	if h.m.mode != pickingIdea {
		t.Fatalf("mode %d", h.m.mode)
	}
	h.keys("ctrl+n")
	h.keys("enter") // the day
	h.keys("enter") // no activity and no idea: refused
	if h.m.mode != eventForm {
		t.Fatalf("the form should want an activity, mode %d", h.m.mode)
	}
	h.typeText("Волонтёрский час")
	h.keys("enter", "ctrl+u")
	h.typeText("2,5")
	h.keys("enter", "enter")
	hs := hoursOf(t, s, p)
	if len(hs) != 1 || hs[0].Hours != 2.5 || hs[0].Activity != "Волонтёрский час" {
		t.Fatalf("single entry: %+v", hs)
	}
}

// TestSmallScreen: every state fits 40×9 (the body of a 40×12 terminal).
func TestSmallScreen(t *testing.T) {
	s := uitest.OpenStore(t, fixedNow)
	p := addPerson(t, s, "Мадина Салпенова-Жақсыбекова", "+77020001122")
	if _, err := s.LogHoursBatch(model.Hours{Date: "2026-02-10", Activity: "A very long activity name that goes on"},
		[]storage.BulkHours{{PersonID: p.ID, Hours: 12}}); err != nil {
		t.Fatal(err)
	}
	for _, lang := range model.Langs() {
		tr := i18n.New(lang)
		h := newHarness(t, s, lang, 40, 9)
		// check: the view fits 40×9 and still shows what the step is about
		// (a long text may end in "…": its start is enough).
		check := func(what string, wants ...string) {
			t.Helper()
			v := h.view()
			lines := strings.Split(v, "\n")
			if len(lines) > 9 {
				t.Errorf("%s %s: %d lines", lang, what, len(lines))
			}
			for _, l := range lines {
				if w := ansi.StringWidth(l); w > 40 {
					t.Errorf("%s %s: %q is %d wide", lang, what, l, w)
				}
			}
			for _, w := range wants {
				if r := []rune(w); len(r) > 20 {
					w = string(r[:20])
				}
				if !strings.Contains(v, w) {
					t.Errorf("%s %s: no %q at 40×9:\n%s", lang, what, w, v)
				}
			}
		}
		check("list", "Мадина Салпенова", "+7 702 000 11 22")
		h.keys("x")
		check("reject", tr.T("field.reject_reason"))
		h.keys("esc", "n")
		check("idea", tr.T("hours.pick_idea"))
		h.keys("ctrl+n")
		check("form", tr.T("field.date"), "13.02.2026")
		h.keys("enter")
		h.typeText("x")
		h.keys("enter", "enter", "enter")
		check("adding", "13.02.2026 · x", "Мадина Салпенова")
		h.typeText("мадина")
		h.keys("enter")
		check("hours", "Мадина Салпенова-Жақсыбекова", ": 4")
		h.keys("enter", "esc")
		check("discard", tr.T("hours.discard_q.one", 1))
		h.keys("y")
	}
}

// TestFormsSayWhy: every field the event and edit forms refuse says why,
// next to the form, at the app's smallest body (40×9) and a usual one, in
// every language: enter must never just do nothing.
func TestFormsSayWhy(t *testing.T) {
	s := uitest.OpenStore(t, fixedNow)
	p := addPerson(t, s, "Мадина Салпенова", "+77020001122")
	if _, err := s.LogHoursBatch(model.Hours{Date: "2026-02-10", Activity: "Concert"},
		[]storage.BulkHours{{PersonID: p.ID, Hours: 3}}); err != nil {
		t.Fatal(err)
	}
	type step struct {
		field, typed string // the field (tabs from the first) and what is typed over it
		want         map[model.Lang]string
	}
	dateWhy := map[model.Lang]string{model.EN: "Date: is not a day of the calendar", model.RU: "Дата: такого дня нет в календаре", model.KK: "мұндай күн жоқ"}
	hoursWhy := map[model.Lang]string{model.EN: "between 0.5 and 24", model.RU: "от 0,5 до 24", model.KK: "0,5-тен 24-ке"}
	numberWhy := map[model.Lang]string{model.EN: ": ", model.RU: ": ", model.KK: ": "}
	for _, size := range [][2]int{{40, 9}, {80, 20}} {
		for _, lang := range model.Langs() {
			check := func(h *harness, what string, want string, mode mode) {
				t.Helper()
				v := h.view()
				flat := strings.Join(strings.Fields(v), " ") // a reason may wrap at 40 cells
				if h.m.mode != mode {
					t.Errorf("%v %s %s: the form went on (mode %d)", size, lang, what, h.m.mode)
				}
				if !strings.Contains(flat, want) {
					t.Errorf("%v %s %s: no reason %q shown:\n%s", size, lang, what, want, v)
				}
				if n := len(strings.Split(v, "\n")); n > size[1] {
					t.Errorf("%v %s %s: %d lines", size, lang, what, n)
				}
			}
			h := newHarness(t, s, lang, size[0], size[1])
			// The event form, no idea chosen.
			h.keys("n", "ctrl+n", "ctrl+u")
			h.typeText("31.02.2026")
			h.keys("enter")
			check(h, "31.02", dateWhy[lang], eventForm)
			h.keys("ctrl+u")
			h.typeText("12.02.2026")
			h.keys("enter", "enter") // no activity, no idea
			check(h, "activity", h.m.c.Tr.T("hours.need_activity"), eventForm)
			h.typeText("Уборка")
			h.keys("enter", "ctrl+u")
			h.typeText("abc")
			h.keys("enter")
			check(h, "abc", h.m.c.Tr.Reason(model.ReasonBadNumber), eventForm)
			check(h, "abc", numberWhy[lang], eventForm)
			h.keys("ctrl+u")
			h.typeText("25")
			h.keys("enter")
			check(h, "25", hoursWhy[lang], eventForm)
			h.keys("ctrl+u")
			h.typeText("4")
			h.keys("enter")
			if v := h.view(); strings.Contains(v, hoursWhy[lang]) {
				t.Errorf("%v %s: the reason stays after the fix:\n%s", size, lang, v)
			}
			h.keys("esc", "esc", "y") // what was typed is discarded only when asked (TestEventTypedNotLostOnEsc)
			if h.m.mode != listing {
				t.Fatalf("%v %s: esc esc y should close the event, mode %d", size, lang, h.m.mode)
			}
			// The edit form.
			h.keys("e", "tab", "ctrl+u")
			h.typeText("25")
			h.keys("enter")
			check(h, "edit 25", hoursWhy[lang], editing)
			h.keys("esc")
		}
	}
}

// TestHoursTypedReplaceUsual: the usual hours are offered, not typed in:
// typing 6 gives 6 (not 46), enter alone takes the usual 4, and the help
// says what enter does there.
func TestHoursTypedReplaceUsual(t *testing.T) {
	s := uitest.OpenStore(t, fixedNow)
	a := addPerson(t, s, "Әлия Серікқызы", "+77011234567")
	b := addPerson(t, s, "Бауыржан Омаров", "+77021234567")
	h := newHarness(t, s, model.RU, 80, 20)
	h.keys("n", "ctrl+n", "enter")
	h.typeText("Уборка")
	h.keys("enter", "enter", "enter") // usual 4, no description
	if h.m.mode != adding {
		t.Fatalf("mode %d\n%s", h.m.mode, h.view())
	}
	h.typeText("алия")
	h.keys("enter")
	if h.m.ev.chosen == nil {
		t.Fatalf("no one chosen\n%s", h.view())
	}
	help := ""
	for _, k := range h.m.ShortHelp() {
		help += k.Help().Key + " " + k.Help().Desc + " · "
	}
	if !strings.Contains(help, "enter добавить с этими часами") {
		t.Errorf("help while typing hours: %q", help)
	}
	if !strings.Contains(h.view(), "4") {
		t.Errorf("the usual hours should be offered:\n%s", h.view())
	}
	h.typeText("6")
	h.keys("enter")
	h.typeText("бауыржан")
	h.keys("enter", "enter")
	h.keys("ctrl+s")
	if st := h.lastStatus(); !strings.Contains(st.Text, "Сохранено: людей — 2, всего 10 ч") {
		t.Errorf("saved: %+v", st)
	}
	if x := hoursOf(t, s, a); len(x) != 1 || x[0].Hours != 6 {
		t.Errorf("typed 6 over the usual 4: %+v", x)
	}
	if x := hoursOf(t, s, b); len(x) != 1 || x[0].Hours != 4 {
		t.Errorf("enter alone should take the usual 4: %+v", x)
	}
}

// TestHoursShownInTheLanguage: a decimal comma in Russian and Kazakh (as the
// hint and the reports write it), a point in English; the hours column is
// right-aligned so the names line up; the message about a missing
// consultant names the Settings field by its own label.
func TestHoursShownInTheLanguage(t *testing.T) {
	s := uitest.OpenStore(t, fixedNow)
	p := addPerson(t, s, "Мадина Салпенова", "+77020001122")
	q := addPerson(t, s, "Нұрбол Темірхан", "+77083334455")
	if _, err := s.LogHoursBatch(model.Hours{Date: "2026-02-10", Activity: "Concert"},
		[]storage.BulkHours{{PersonID: p.ID, Hours: 1.5}, {PersonID: q.ID, Hours: 4}}); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		lang       model.Lang
		want, not  string
		consultant string
	}{
		{model.RU, "1,5 ч", "1.5", "Консультант за стойкой сейчас"},
		{model.KK, "1,5 сағ", "1.5", "Қазір қабылдаудағы кеңесші"},
		{model.EN, "1.5 h", "1,5", "Consultant at the desk now"},
	} {
		for _, w := range []int{40, 80} {
			h := newHarness(t, s, c.lang, w, 9)
			v := h.view()
			if !strings.Contains(v, c.want) || strings.Contains(v, c.not) {
				t.Errorf("%s %d: want %q, not %q:\n%s", c.lang, w, c.want, c.not, v)
			}
			// The names start in the same column on every row (of the
			// list: the credit standing's line under it names one too).
			col := -1
			for _, l := range strings.Split(v, "\n") {
				if !strings.Contains(l, "10.02.") {
					continue
				}
				for _, name := range []string{"Мадина", "Нұрбол"} {
					if i := strings.Index(l, name); i >= 0 {
						at := ansi.StringWidth(l[:i])
						if col >= 0 && at != col {
							t.Errorf("%s %d: names in columns %d and %d:\n%s", c.lang, w, col, at, v)
						}
						col = at
					}
				}
			}
			if col < 0 {
				t.Errorf("%s %d: no names shown:\n%s", c.lang, w, v)
			}
			h.who = "" // nobody at the desk: who verifies is asked (issue 20 item 15)
			h.keys("a")
			if h.asked != 1 {
				t.Errorf("%s: verifying with nobody at the desk asked %d times", c.lang, h.asked)
			}
		}
	}
}

// TestEventCountsAgree: "1 entry", "2 entries"; "1 запись", "2 записи",
// "5 записей".
func TestEventCountsAgree(t *testing.T) {
	s := uitest.OpenStore(t, fixedNow)
	s.SetActor("Айгерим")
	var ids []storage.BulkHours
	for i := range 5 {
		p := addPerson(t, s, fmt.Sprintf("Person %d", i), fmt.Sprintf("+7701123456%d", i))
		ids = append(ids, storage.BulkHours{PersonID: p.ID, Hours: 2})
	}
	if _, err := s.LogHoursBatch(model.Hours{Date: "2026-02-10", Activity: "One"}, ids[:1]); err != nil {
		t.Fatal(err)
	}
	if _, err := s.LogHoursBatch(model.Hours{Date: "2026-02-11", Activity: "Five"}, ids); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		lang      model.Lang
		one, five string
		doneOne   string
	}{
		{model.RU, "Подтвердить 1 запись", "Подтвердить все 5 записей", "Подтверждена 1 запись, 2 ч."},
		{model.EN, "Verify the 1 pending entry", "Verify all 5 pending entries", "Verified 1 entry, 2 h."},
	} {
		h := newHarness(t, s, c.lang, 80, 20)
		for i, e := range h.m.entries {
			if e.Hours.Activity == "Five" {
				h.m.cur = i
			}
		}
		h.keys("A")
		if !strings.Contains(h.view(), c.five) {
			t.Errorf("%s five:\n%s", c.lang, h.view())
		}
		h.keys("n")
		for i, e := range h.m.entries {
			if e.Hours.Activity == "One" {
				h.m.cur = i
			}
		}
		h.keys("A") // offered in the help for more than one; the question still agrees
		if !strings.Contains(h.view(), c.one) {
			t.Errorf("%s one:\n%s", c.lang, h.view())
		}
		if c.lang == model.EN {
			h.keys("y")
			if st := h.lastStatus(); st.Text != c.doneOne {
				t.Errorf("%s: %q, want %q", c.lang, st.Text, c.doneOne)
			}
		}
	}
	if got := i18nRU().Plural("hours.verified_event", 3, 3, "6"); got != "Подтверждены 3 записи, 6 ч." {
		t.Errorf("ru 3: %q", got)
	}
}

func i18nRU() *i18n.Translator { return i18n.New(model.RU) }

// TestOnePersonAgrees: one person added is "1 person" in English, in the
// question before discarding and in the saved message.
func TestOnePersonAgrees(t *testing.T) {
	s := uitest.OpenStore(t, fixedNow)
	addPerson(t, s, "Мадина Салпенова", "+77020001122")
	h := newHarness(t, s, model.EN, 80, 20)
	h.keys("n", "ctrl+n", "enter")
	h.typeText("Clean-up")
	h.keys("enter", "enter", "enter")
	h.typeText("мадина")
	h.keys("enter", "enter", "esc")
	if !strings.Contains(h.view(), "1 person added is not saved") {
		t.Errorf("discard question:\n%s", h.view())
	}
	h.keys("n", "ctrl+s")
	if st := h.lastStatus(); st.Text != "Saved: 1 person, 4 h in all (pending)." {
		t.Errorf("saved: %q", st.Text)
	}
}

// The event's usual hours are a placeholder: typing 6 gives 6, not 46;
// enter alone takes the usual 4.
func TestEventUsualHoursTypedReplace(t *testing.T) {
	s := uitest.OpenStore(t, fixedNow)
	s.SetActor("Айгерим")
	h := newHarness(t, s, model.RU, 80, 20)
	h.keys("n", "ctrl+n") // no idea
	h.keys("enter")       // today
	h.typeText("Сенбілік")
	h.keys("enter")
	h.typeText("6")
	h.keys("enter", "enter")
	if h.m.mode != adding || h.m.ev.usual != 6 {
		t.Fatalf("usual hours %v (mode %d), want 6\n%s", h.m.ev.usual, h.m.mode, h.view())
	}
}

// The help line's "verify the whole event" key follows the store: the count
// behind it is kept per entry under the cursor, and a reload forgets it.
func TestVerifyEventKeyFollowsReloads(t *testing.T) {
	s := uitest.OpenStore(t, fixedNow)
	s.SetActor("Айгерим")
	var bulk []storage.BulkHours
	for i := range 3 {
		p := addPerson(t, s, fmt.Sprintf("Person %d", i), fmt.Sprintf("+7701123456%d", i))
		bulk = append(bulk, storage.BulkHours{PersonID: p.ID, Hours: 2})
	}
	if _, err := s.LogHoursBatch(model.Hours{Date: "2026-02-11", Activity: "Three"}, bulk); err != nil {
		t.Fatal(err)
	}
	h := newHarness(t, s, model.EN, 80, 20)
	offered := func() bool {
		for _, b := range h.m.ShortHelp() {
			if b.Help().Desc == h.m.keys.VerifyEvent.Help().Desc {
				return true
			}
		}
		return false
	}
	under := h.m.entries[h.m.cur].Hours.ID
	if !offered() {
		t.Fatalf("three pending entries of one event: the key should be offered\n%s", h.view())
	}
	verifyOther := func() {
		t.Helper()
		for _, e := range h.m.entries {
			if e.Hours.ID != under && e.Hours.Status == "pending" {
				if _, err := s.VerifyHours(e.Hours.ID); err != nil {
					t.Fatal(err)
				}
				h.send(common.DataChangedMsg{})
				if got := h.m.entries[h.m.cur].Hours.ID; got != under {
					t.Fatalf("cursor moved to %s", got)
				}
				return
			}
		}
		t.Fatal("no other pending entry")
	}
	verifyOther()
	if !offered() {
		t.Errorf("two pending left: the key should be offered")
	}
	verifyOther()
	if offered() {
		t.Errorf("one pending left: the key should not be offered\n%s", h.view())
	}
}

// TestHeldForReviewShown: entries another office sent that pass 24 hours on
// one day are marked "!" and say why they do not count, in every language.
func TestHeldForReviewShown(t *testing.T) {
	s := uitest.OpenStore(t, fixedNow)
	p := addPerson(t, s, "Мадина Салпенова", "+77020001122")
	var planted []model.Record
	for range 2 {
		h := model.New(model.KindHours).(*model.Hours)
		h.ID, h.Rev, h.HLC, h.Origin, h.UpdatedAt = model.NewID(), 1, 1, s.OfficeID(), fixedNow
		h.PersonID, h.Date, h.Hours, h.Activity, h.Status, h.VerifiedBy = p.ID, "2026-02-10", 16, "Concert", "verified", "N. Popova"
		planted = append(planted, h)
	}
	if err := s.InsertBatch(planted); err != nil { // as if from another office: past the checks
		t.Fatal(err)
	}
	for _, lang := range model.Langs() {
		tr := i18n.New(lang)
		h := newHarness(t, s, lang, 100, 24)
		v := h.view()
		if strings.Count(v, "! 10.02.2026") != 2 {
			t.Errorf("%s: the two entries are not marked for review:\n%s", lang, v)
		}
		want := tr.T("hours.needs_review", tr.T("hours.review.day_over_24"))
		if !strings.Contains(v, want) {
			t.Errorf("%s: no %q:\n%s", lang, want, v)
		}
	}
}

// An event's form says how to go on (tab/enter to the next field, shift+tab
// back), and its full help lists no key of the volunteers' entry that comes
// after it (ctrl+s, ctrl+z do nothing in the form).
func TestEventFormHelpSaysHowToGoOn(t *testing.T) {
	s := uitest.OpenStore(t, fixedNow)
	h := newHarness(t, s, model.EN, 40, 12)
	h.keys("n", "ctrl+n")
	if h.m.mode != eventForm {
		t.Fatalf("mode %d, want the event form\n%s", h.m.mode, h.view())
	}
	uitest.FormHelp(t, h.m.ShortHelp(), h.m.FullHelp(), "ctrl+s", "ctrl+z")
}

// TestEnterBeforeTypingSaysSo: in an event, enter with no name or phone
// typed took nobody and said nothing, while the list of everyone showed
// its cursor on someone; it says what to type. A name matching nobody
// sends the person to the Desk by the name its tab has in the language.
func TestEnterBeforeTypingSaysSo(t *testing.T) {
	s := uitest.OpenStore(t, fixedNow)
	s.SetActor("Айгерим")
	addPerson(t, s, "Әлия Серікқызы", "+77011234567")
	for _, lang := range []model.Lang{model.KK, model.RU, model.EN} {
		h := newHarness(t, s, lang, 80, 20)
		h.keys("n", "ctrl+n") // no idea
		h.keys("enter")
		h.typeText("Clean-up")
		h.keys("enter", "enter", "enter")
		if h.m.mode != adding {
			t.Fatalf("%s: not adding people, mode %d\n%s", lang, h.m.mode, h.view())
		}
		h.status = nil
		h.keys("enter")
		tr := h.m.c.Tr
		if len(h.status) == 0 || h.status[len(h.status)-1].Text != tr.T("hours.type_first") {
			t.Errorf("%s: enter with nothing typed: status %v", lang, h.status)
		}
		if len(h.m.ev.lines) != 0 || h.m.ev.chosen != nil {
			t.Errorf("%s: enter with nothing typed took someone", lang)
		}
		h.typeText("Зарина Несуществующая")
		h.keys("enter")
		if last := h.status[len(h.status)-1].Text; !strings.Contains(last, tr.T("screen.desk")) {
			t.Errorf("%s: %q does not name the Desk as its tab does (%q)", lang, last, tr.T("screen.desk"))
		}
	}
}

// TestSmallRejectReasonInView: at 40×12 a long reason for rejecting hours
// scrolls within its line, so its end and the cursor stay in view; the input
// was as wide as the whole line and what passed the edge was cut off.
func TestSmallRejectReasonInView(t *testing.T) {
	s := uitest.OpenStore(t, fixedNow)
	p := addPerson(t, s, "Мадина Салпенова", "+77020001122")
	if _, err := s.LogHoursBatch(model.Hours{Date: "2026-02-10", Activity: "Сенбілік"},
		[]storage.BulkHours{{PersonID: p.ID, Hours: 2}}); err != nil {
		t.Fatal(err)
	}
	for _, lang := range model.Langs() {
		h := newHarness(t, s, lang, 40, 9)
		h.keys("x")
		h.typeText("Қате күн мен сағат саны дұрыс емес")
		var line string
		for _, l := range strings.Split(h.view(), "\n") {
			if strings.Contains(l, "> ") {
				line = l
			}
		}
		if !strings.Contains(line, "дұрыс емес") || strings.HasSuffix(strings.TrimSpace(line), "…") {
			t.Errorf("%s: the reason's end is out of view: %q", lang, line)
		}
		h.keys("esc")
	}
}

// TestEventTypedNotLostOnEsc: esc from an event's form goes back to the
// idea picker, keeping what was typed; esc there threw the activity, hours
// and description away without asking (found by the s17-try helper). It now
// asks; "keep editing" goes back with everything as typed, and only "yes"
// discards. Nothing typed, esc leaves at once as before.
func TestEventTypedNotLostOnEsc(t *testing.T) {
	s := uitest.OpenStore(t, fixedNow)
	for _, lang := range model.Langs() {
		h := newHarness(t, s, lang, 40, 12)
		h.keys("n", "esc") // nothing typed: out at once
		if h.m.mode != listing {
			t.Fatalf("%s: esc with nothing typed should leave, mode %d", lang, h.m.mode)
		}
		h.keys("n", "ctrl+n", "enter") // no idea; the day proposed
		h.typeText("Сенбілік")
		h.keys("esc", "esc")
		if h.m.mode != confirmDiscard || !strings.Contains(h.view(), h.m.c.Tr.T("hours.event_discard_q")[:12]) {
			t.Fatalf("%s: esc esc with an activity typed should ask, mode %d:\n%s", lang, h.m.mode, h.view())
		}
		h.keys("n") // keep editing
		if h.m.mode != pickingIdea {
			t.Fatalf("%s: keep editing should go back to the idea picker, mode %d", lang, h.m.mode)
		}
		h.keys("ctrl+n")
		if h.m.ev.vals.activity != "Сенбілік" || !strings.Contains(h.view(), "Сенбілік") {
			t.Fatalf("%s: the activity typed is gone: %q\n%s", lang, h.m.ev.vals.activity, h.view())
		}
		h.keys("esc", "esc", "y")
		if h.m.mode != listing || h.m.ev.vals.activity != "" {
			t.Fatalf("%s: yes should discard and leave: mode %d, activity %q", lang, h.m.mode, h.m.ev.vals.activity)
		}
	}
	// On the people step with nobody added yet, esc asks too (it dropped
	// the activity and description unasked); no goes back to the step.
	h := newHarness(t, s, model.KK, 40, 12)
	h.keys("n", "ctrl+n", "enter")
	h.typeText("Ағаш отырғызу")
	h.keys("enter", "enter", "enter")
	if h.m.mode != adding {
		t.Fatalf("not on the people step, mode %d:\n%s", h.m.mode, h.view())
	}
	h.keys("esc")
	if h.m.mode != confirmDiscard {
		t.Fatalf("the people step: esc with an activity typed should ask, mode %d:\n%s", h.m.mode, h.view())
	}
	h.keys("n")
	if h.m.mode != adding || h.m.ev.vals.activity != "Ағаш отырғызу" {
		t.Fatalf("no should go back to the people step as typed: mode %d, %q", h.m.mode, h.m.ev.vals.activity)
	}
	// From a person's card the form is the last step: esc there asks too.
	p := addPerson(t, s, "Мадина Салпенова", "+77020001122")
	h = newHarness(t, s, model.RU, 40, 12)
	h.send(common.LogHoursMsg{PersonID: p.ID, Name: p.FullName})
	h.keys("ctrl+n", "enter")
	h.typeText("Субботник")
	h.keys("esc")
	if h.m.mode != confirmDiscard {
		t.Fatalf("a card's entry: esc with an activity typed should ask, mode %d", h.m.mode)
	}
	h.keys("n")
	if h.m.mode != eventForm || h.m.form == nil || !strings.Contains(h.view(), "Субботник") {
		t.Fatalf("a card's entry: keep editing should go back to the form as typed, mode %d:\n%s", h.m.mode, h.view())
	}
}

// TestSmallSummaryAllFigures: at 40 columns the summary's status names
// left "На проверке 1 (2 ч) · Подтверждено…", the verified and rejected
// figures cut off; where the names do not fit, the rows' marks stand for
// them. At 100 columns the names stay.
func TestSmallSummaryAllFigures(t *testing.T) {
	s := uitest.OpenStore(t, fixedNow)
	p := addPerson(t, s, "Мадина Салпенова", "+77020001122")
	q := addPerson(t, s, "Нұрбол Темірхан", "+77083334455")
	r := addPerson(t, s, "Ольга Ким", "+77013334455")
	hs, err := s.LogHoursBatch(model.Hours{Date: "2026-02-10", Activity: "Concert"},
		[]storage.BulkHours{{PersonID: p.ID, Hours: 2}, {PersonID: q.ID, Hours: 3}, {PersonID: r.ID, Hours: 4}})
	if err != nil {
		t.Fatal(err)
	}
	s.SetActor("Айгерим")
	if _, err := s.VerifyHours(hs[1].ID); err != nil {
		t.Fatal(err)
	}
	if err := s.RejectHours(hs[2].ID, "не было"); err != nil {
		t.Fatal(err)
	}
	for _, lang := range model.Langs() {
		for _, c := range []struct {
			w, h  int
			wants []string
		}{
			{40, 12, []string{"? 1", "✓ 1", "✗ 1"}},
			{100, 30, []string{model.HoursStatus("verified").Label(lang) + " 1", model.HoursStatus("rejected").Label(lang) + " 1"}},
		} {
			v := newHarness(t, s, lang, c.w, c.h).view()
			var summary string // the line that counts the verified
			for _, l := range strings.Split(v, "\n") {
				if strings.Contains(l, " · ") && strings.Contains(l, "(") {
					summary = l
					break
				}
			}
			for _, want := range c.wants {
				if !strings.Contains(summary, want) {
					t.Errorf("%s at %d columns: the summary %q lacks %q:\n%s", lang, c.w, summary, want, v)
				}
			}
		}
	}
}

// TestSmallIdeaPickerHintWhole: at 40 columns the idea picker's hint keeps
// the keys that fit whole (enter, ctrl+n) and leaves out the one that does
// not (esc, in the help line too), instead of ending in a cut "e…".
func TestSmallIdeaPickerHintWhole(t *testing.T) {
	s := uitest.OpenStore(t, fixedNow)
	for _, lang := range model.Langs() {
		h := newHarness(t, s, lang, 40, 12)
		h.keys("n")
		if h.m.mode != pickingIdea {
			t.Fatalf("%s: mode %d, want the idea picker", lang, h.m.mode)
		}
		var hint string
		for _, l := range strings.Split(h.view(), "\n") {
			if strings.Contains(l, "ctrl+n") {
				hint = l
			}
		}
		noIdea := h.m.c.Tr.T("hours.key_no_idea")
		if hint == "" || strings.Contains(hint, "…") || !strings.Contains(hint, noIdea) {
			t.Errorf("%s: the hint %q: want ctrl+n's %q whole and nothing cut\n%s", lang, hint, noIdea, h.view())
		}
	}
}

// TestListShowsTheCreditStanding: under the list, the social student credit
// standing of the person whose entry is under the cursor (DESIGN §2: Hours
// shows it; only the person's card did), following the cursor.
func TestListShowsTheCreditStanding(t *testing.T) {
	s := uitest.OpenStore(t, fixedNow)
	s.SetActor("Мадина")
	p := addPerson(t, s, "Мадина Салпенова", "+77020001122")
	q := addPerson(t, s, "Нұрбол Темірхан", "+77083334455")
	if _, err := s.LogHoursBatch(model.Hours{Date: "2026-02-10", Activity: "Concert"},
		[]storage.BulkHours{{PersonID: p.ID, Hours: 12}, {PersonID: q.ID, Hours: 4}}); err != nil {
		t.Fatal(err)
	}
	es, err := s.HoursList()
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range es {
		if e.Hours.PersonID == p.ID {
			if _, err := s.VerifyHours(e.Hours.ID); err != nil {
				t.Fatal(err)
			}
		}
	}
	h := newHarness(t, s, model.EN, 80, 12)
	standing := func() string {
		for _, l := range strings.Split(h.view(), "\n") {
			if strings.Contains(l, "Social credit 2026") {
				return l
			}
		}
		return ""
	}
	first := standing()
	h.keys("down")
	second := standing()
	if first == "" || second == "" || first == second {
		t.Fatalf("the standing does not follow the cursor: %q, then %q:\n%s", first, second, h.view())
	}
	for _, l := range []string{first, second} {
		switch {
		case strings.HasPrefix(l, "Мадина Салпенова") && strings.Contains(l, "12 h counted"):
		case strings.HasPrefix(l, "Нұрбол Темірхан") && strings.Contains(l, "no verified hours"):
		default:
			t.Errorf("standing %q", l)
		}
	}
}
