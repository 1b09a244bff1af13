package ui

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/storage"
	"frontoffice/ui/common"
	"frontoffice/ui/settings"
	"frontoffice/ui/uitest"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

var fixedNow = time.Date(2026, 11, 22, 10, 0, 0, 0, time.UTC)

func openStore(t *testing.T) *storage.Store {
	t.Helper()
	s, err := storage.OpenWith(filepath.Join(t.TempDir(), "fo.db"), storage.Options{Now: func() time.Time { return fixedNow }})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if p := s.Check(); len(p) > 0 {
			t.Errorf("store check: %v", p)
		}
		s.Close()
	})
	return s
}

// harness drives the root model the way the Bubble Tea runtime would: it runs
// the commands Update returns and feeds their messages back.
type harness struct {
	t    *testing.T
	m    *Model
	quit bool
}

func newHarness(t *testing.T, s *storage.Store, lang model.Lang, w, h int) *harness {
	return startHarness(&harness{t: t}, s, lang, w, h)
}

func startHarness(hs *harness, s *storage.Store, lang model.Lang, w, h int) *harness {
	c := NewCommon(s, lang, func() time.Time { return fixedNow })
	c.Styles = common.NewStyles(true)
	hs.m = New(c)
	hs.send(tea.WindowSizeMsg{Width: w, Height: h})
	hs.run(hs.m.Init())
	return hs
}

func (h *harness) send(msg tea.Msg) {
	_, cmd := h.m.Update(msg)
	h.run(cmd)
}

// run executes cmd and its descendants, however long they take; only timers
// (cursor blinks, spinners, ticks), known by name, are not run.
func (h *harness) run(cmd tea.Cmd) {
	uitest.Runner{T: h.t, Send: h.send, Catch: h.catch}.Run(cmd)
}

// catch notes the program's end, which the runtime would act on.
func (h *harness) catch(msg tea.Msg) bool {
	if _, ok := msg.(tea.QuitMsg); ok {
		h.quit = true
		return true
	}
	return false
}

func (h *harness) keys(ks ...string) {
	for _, k := range ks {
		h.send(keyMsg(k))
	}
}

func (h *harness) typeText(s string) {
	h.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)})
}

func keyMsg(k string) tea.KeyMsg {
	switch k {
	case "enter":
		return tea.KeyMsg{Type: tea.KeyEnter}
	case "esc":
		return tea.KeyMsg{Type: tea.KeyEsc}
	case "tab":
		return tea.KeyMsg{Type: tea.KeyTab}
	case "shift+tab":
		return tea.KeyMsg{Type: tea.KeyShiftTab}
	case "ctrl+c":
		return tea.KeyMsg{Type: tea.KeyCtrlC}
	case "f1":
		return tea.KeyMsg{Type: tea.KeyF1}
	case "down":
		return tea.KeyMsg{Type: tea.KeyDown}
	case "up":
		return tea.KeyMsg{Type: tea.KeyUp}
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)}
}

func (h *harness) view() string { return ansi.Strip(h.m.View()) }

func TestHomeShowsCounts(t *testing.T) {
	s := openStore(t)
	p := model.New(model.KindPerson).(*model.Person)
	p.FullName, p.Phone, p.Consent = "Айгерім Сейтқали", "+77011234567", true
	if err := s.Create(p); err != nil {
		t.Fatal(err)
	}
	for i, st := range []model.IdeaStatus{"draft", "draft", "funded"} {
		idea := model.New(model.KindIdea).(*model.Idea)
		idea.Title, idea.Direction, idea.Region, idea.Status = "Idea "+string(rune('A'+i)), "taza_alem", "karaganda", st
		if err := s.Create(idea); err != nil {
			t.Fatal(err)
		}
	}
	h := newHarness(t, s, model.EN, 100, 30)
	v := h.view()
	for _, want := range []string{"Home", "Settings", "People: 1", "Ideas: 3", "2 Draft", "1 Funded", "Visitors today: 0"} {
		if !strings.Contains(v, want) {
			t.Errorf("home view lacks %q:\n%s", want, v)
		}
	}
	// The status line names the store.
	if !strings.Contains(v, "fo.db") {
		t.Errorf("status line lacks the store path:\n%s", v)
	}
}

func TestEveryLanguageHome(t *testing.T) {
	s := openStore(t)
	for lang, want := range map[model.Lang]string{model.KK: "Басты бет", model.RU: "Главная", model.EN: "Home"} {
		h := newHarness(t, s, lang, 80, 24)
		if v := h.view(); !strings.Contains(v, want) {
			t.Errorf("%s: home lacks %q:\n%s", lang, want, v)
		}
	}
}

func TestQuitKeysInBothLayouts(t *testing.T) {
	s := openStore(t)
	for _, k := range []string{"q", "й", "ctrl+c"} {
		h := newHarness(t, s, model.RU, 80, 24)
		h.keys(k)
		if !h.quit {
			t.Errorf("%q did not quit", k)
		}
	}
}

func TestScreenSwitchAndHelp(t *testing.T) {
	s := openStore(t)
	h := newHarness(t, s, model.EN, 80, 24)
	h.keys("tab")
	if h.m.active != screenDesk || !h.m.screens[screenDesk].Capturing() {
		t.Fatalf("tab should go to the Desk, its field ready for typing, active=%d", h.m.active)
	}
	h.typeText("q") // typed into the field, not a quit
	if h.quit || !strings.Contains(h.view(), "/ q") {
		t.Fatalf("q in the Desk's field should be typed:\n%s", h.view())
	}
	h.keys("esc") // the field gives the keys to the queue
	if h.m.active != screenDesk || h.m.screens[screenDesk].Capturing() {
		t.Fatalf("esc in the Desk's field should go to its queue, active=%d", h.m.active)
	}
	h.keys("s", "tab") // the queue's own keys: serve, back to the field
	if h.m.active != screenDesk || !h.m.screens[screenDesk].Capturing() {
		t.Fatalf("s and tab on the queue belong to the Desk, active=%d", h.m.active)
	}
	h.keys("esc", "shift+tab")
	if h.m.active != screenHome {
		t.Fatalf("shift+tab from the queue should go back Home, active=%d", h.m.active)
	}
	h.keys("shift+tab")
	if h.m.active != len(h.m.screens)-1 {
		t.Fatalf("shift+tab from Home should go round to the last screen, active=%d", h.m.active)
	}
	h.keys("h", "t")
	if h.m.active != screenSync {
		t.Fatalf("t should open Sync, active=%d", h.m.active)
	}
	h.keys("h", "е") // t on the Russian layout
	if h.m.active != screenSync {
		t.Fatalf("е should open Sync, active=%d", h.m.active)
	}
	h.keys("h")
	h.keys("в") // d on the Russian layout
	if h.m.active != screenDesk || !h.m.screens[screenDesk].Capturing() {
		t.Fatalf("в should open the Desk with its field ready, active=%d", h.m.active)
	}
	h.keys("esc", "esc")
	if h.m.active != screenHome {
		t.Fatalf("esc twice should leave the Desk for Home, active=%d", h.m.active)
	}
	h.keys("s")
	h.keys("з") // p on the Russian layout
	if h.m.active != screenPeople {
		t.Fatalf("з should open People, active=%d", h.m.active)
	}
	h.keys("i")
	if h.m.active != screenIdeas {
		t.Fatalf("i should open Ideas, active=%d", h.m.active)
	}
	h.keys("esc")
	if h.m.active != screenHome {
		t.Fatalf("esc should go back Home, active=%d", h.m.active)
	}
	h.keys("ы") // s on the Russian layout
	if h.m.active != screenSettings {
		t.Fatalf("ы should open Settings")
	}
	h.keys("?")
	if v := h.view(); !strings.Contains(v, "Keys on the Settings screen") || !strings.Contains(v, "quit") {
		t.Fatalf("help overlay missing:\n%s", v)
	}
	h.keys("?")
	if h.m.showHelp {
		t.Fatal("? should close help")
	}
	h.keys("f1")
	if !h.m.showHelp {
		t.Fatal("F1 should open help")
	}
}

// TestSmallTerminal: at 40×12 nothing spills over, and below it a message asks
// for more room instead of a broken screen.
func TestSmallTerminal(t *testing.T) {
	s := openStore(t)
	for _, lang := range model.Langs() {
		h := newHarness(t, s, lang, 40, 12)
		for _, screen := range []string{"h", "s", "?", "d"} {
			h.keys(screen)
			lines := strings.Split(h.view(), "\n")
			if len(lines) != 12 {
				t.Errorf("%s %s: %d lines, want 12", lang, screen, len(lines))
			}
			for _, l := range lines {
				if w := ansi.StringWidth(l); w > 40 {
					t.Errorf("%s %s: line %q is %d wide", lang, screen, l, w)
				}
			}
			h.keys("esc")
		}
		h.send(tea.WindowSizeMsg{Width: 30, Height: 8})
		if v := h.view(); !strings.Contains(v, "40") {
			t.Errorf("%s: too-small message missing: %q", lang, v)
		}
	}
}

func TestSettingsEditSavesOfficeAndLanguage(t *testing.T) {
	s := openStore(t)
	h := newHarness(t, s, model.EN, 100, 30)
	h.keys("s", "e")
	if !h.m.screens[screenSettings].Capturing() {
		t.Fatal("the form should capture keys")
	}
	h.typeText("Қарағанды колледжі")
	h.keys("q") // typed into the field, not a quit
	if h.quit {
		t.Fatal("q in a text field must not quit")
	}
	h.send(tea.KeyMsg{Type: tea.KeyBackspace})
	h.keys("enter")         // office name → region
	h.keys("down", "enter") // first region after "(not set)"
	h.typeText("Мадина Салпенова")
	h.keys("enter") // consultants → current consultant
	h.typeText("Мадина Салпенова")
	h.keys("enter")    // → language, which starts at the current one (English)
	h.keys("up", "up") // Қазақша
	h.keys("enter")    // → the MCI value, the default already there
	h.send(tea.KeyMsg{Type: tea.KeyCtrlU})
	h.typeText("4 000")
	h.keys("enter")          // → the credit tiers, the defaults already there
	h.keys("enter", "enter") // the yearly cap; submit
	if mci := h.m.c.Rules().MCI; mci != 4000 {
		t.Errorf("MCI not applied: %d", mci)
	}
	if v, _ := s.Setting(settings.KeyMCI); v != "4000" {
		t.Errorf("MCI not kept: %q", v)
	}
	o, err := s.Office()
	if err != nil {
		t.Fatal(err)
	}
	if o.Name != "Қарағанды колледжі" || o.Region != model.Regions()[0] || len(o.Consultants) != 1 {
		t.Fatalf("office not saved as typed: %+v", o)
	}
	if l, _ := settings.LoadLang(s); l != model.KK {
		t.Fatalf("language not remembered: %q", l)
	}
	if h.m.Lang() != model.KK || !strings.Contains(h.view(), "Баптаулар") {
		t.Fatalf("the app did not switch to Kazakh:\n%s", h.view())
	}
	if s.Actor() != "Мадина Салпенова" {
		t.Fatalf("actor = %q", s.Actor())
	}
}

func TestSettingsEscAsksBeforeDiscarding(t *testing.T) {
	s := openStore(t)
	h := newHarness(t, s, model.EN, 100, 30)
	h.keys("s", "e")
	h.typeText("New name")
	h.keys("esc")
	if v := h.view(); !strings.Contains(v, "Discard the changes") {
		t.Fatalf("esc with typed text should ask:\n%s", v)
	}
	h.keys("n")
	if !strings.Contains(h.view(), "New name") {
		t.Fatalf("n should return to the form with the text kept:\n%s", h.view())
	}
	h.keys("esc", "y")
	if h.m.screens[screenSettings].Capturing() {
		t.Fatal("y should close the form")
	}
	if o, _ := s.Office(); o.Name != "" {
		t.Fatalf("discarded text was saved: %q", o.Name)
	}
}

func TestPanicIsLoggedAndQuits(t *testing.T) {
	s := openStore(t)
	p := model.New(model.KindPerson).(*model.Person)
	p.FullName, p.Phone, p.IIN, p.Consent = "Жанар Сапарова", "+77015550101", "", true
	if err := s.Create(p); err != nil {
		t.Fatal(err)
	}
	t.Setenv("FRONTOFFICE_TEST_PANIC_KEY", "f12")
	h := newHarness(t, s, model.EN, 80, 24)
	h.send(common.OpenMsg{Kind: model.KindPerson, ID: p.ID}) // their card is on screen
	h.send(tea.KeyMsg{Type: tea.KeyF12})
	if !h.quit {
		t.Fatal("a panic should quit the program")
	}
	if h.m.CrashLog() == "" || !strings.HasSuffix(h.m.CrashLog(), "frontoffice-crash.log") {
		t.Fatalf("crash log = %q", h.m.CrashLog())
	}
	// The log is for a developer: what broke and where, never who was on screen.
	log, err := os.ReadFile(h.m.CrashLog())
	if err != nil {
		t.Fatal(err)
	}
	for _, personal := range []string{"Жанар", "Сапарова", "7015550101"} {
		if strings.Contains(string(log), personal) {
			t.Errorf("the crash log holds personal data (%q)", personal)
		}
	}
}

func TestPanicInViewIsLoggedAndQuits(t *testing.T) {
	s := openStore(t)
	t.Setenv("FRONTOFFICE_TEST_PANIC_KEY", "view:f12")
	h := newHarness(t, s, model.EN, 80, 24)
	asked := false
	h.m.c.Quit = func() { asked = true }
	h.send(tea.KeyMsg{Type: tea.KeyF12})
	if v := h.m.View(); !strings.Contains(v, "internal error") {
		t.Fatalf("View after a panic = %q", v)
	}
	if !asked || h.m.CrashLog() == "" {
		t.Fatalf("a panic in View should log (%q) and ask to quit (%v)", h.m.CrashLog(), asked)
	}
	h.keys("r")
	if !h.quit {
		t.Fatal("the next message after a View panic should quit")
	}
}

// TestHomeCountsTheQueue: Home shows who waits in the Desk's queue now and
// who is with a consultant, and follows a visitor put in the queue at the Desk.
func TestHomeCountsTheQueue(t *testing.T) {
	s := openStore(t)
	var ids []string
	for i, phone := range []string{"+77011234567", "+77021234567", "+77051234567"} {
		p := model.New(model.KindPerson).(*model.Person)
		p.FullName, p.Phone, p.Consent = "Visitor "+string(rune('A'+i)), phone, true
		if err := s.Create(p); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, p.ID)
	}
	for _, id := range ids[:2] {
		if _, err := s.StartVisit(id, "other", fixedNow); err != nil {
			t.Fatal(err)
		}
	}
	vs, _ := s.Visits(model.DateOf(fixedNow.Local()))
	if _, err := s.MoveVisit(vs[0].ID, model.VisitWithConsultant, "Мадина", fixedNow); err != nil {
		t.Fatal(err)
	}
	if err := s.SetSetting(settings.KeyConsultant, "Мадина"); err != nil { // someone is at the desk
		t.Fatal(err)
	}
	h := newHarness(t, s, model.EN, 100, 30)
	for _, want := range []string{"Visitors today: 2", "Waiting in the queue now: 1", "With a consultant: 1"} {
		if v := h.view(); !strings.Contains(v, want) {
			t.Errorf("home lacks %q:\n%s", want, v)
		}
	}
	// Put the third one in the queue at the Desk: found by phone, enter, enter.
	h.keys("d")
	h.typeText("8 705 123 45 67")
	h.keys("enter", "enter")
	h.keys("esc", "h")
	if v := h.view(); !strings.Contains(v, "Waiting in the queue now: 2") || !strings.Contains(v, "Visitors today: 3") {
		t.Errorf("home does not follow the Desk:\n%s", v)
	}
}

// TestConsultKey: v (м on the Russian layout) shows the Consult screen; on a
// person's card it opens the form for a consultation with that person.
func TestConsultKey(t *testing.T) {
	s := openStore(t)
	p := model.New(model.KindPerson).(*model.Person)
	p.FullName, p.Phone, p.Consent = "Айгерім Сейтқали", "+77011234567", true
	if err := s.Create(p); err != nil {
		t.Fatal(err)
	}
	h := newHarness(t, s, model.EN, 100, 30)
	h.keys("v")
	if h.m.active != screenConsult || h.m.screens[screenConsult].Capturing() {
		t.Fatalf("v should show the Consult screen, active=%d", h.m.active)
	}
	if v := h.view(); !strings.Contains(v, "Follow-ups (0)") {
		t.Errorf("Consult screen:\n%s", v)
	}
	h.keys("h", "м")
	if h.m.active != screenConsult {
		t.Fatalf("м should show the Consult screen, active=%d", h.m.active)
	}
	h.send(common.OpenMsg{Kind: model.KindPerson, ID: p.ID})
	if h.m.active != screenPeople {
		t.Fatalf("the person's card is not shown, active=%d", h.m.active)
	}
	h.keys("v")
	if h.m.active != screenConsult || !h.m.screens[screenConsult].Capturing() {
		t.Fatalf("v on a card should open the consultation form, active=%d", h.m.active)
	}
	if v := h.view(); !strings.Contains(v, "New consultation: Айгерім Сейтқали") {
		t.Errorf("form:\n%s", v)
	}
	h.keys("esc") // nothing typed: closes without asking
	if h.m.screens[screenConsult].Capturing() {
		t.Error("esc on an untouched form should close it")
	}
}

// TestWarmUpStartsScreensLater: with a warm-up, only the first screen starts
// at once; a screen opened earlier starts when shown, the rest at warm-up.
func TestWarmUpStartsScreensLater(t *testing.T) {
	s := openStore(t)
	c := NewCommon(s, model.EN, func() time.Time { return fixedNow })
	c.Styles = common.NewStyles(true)
	c.WarmUp = time.Hour
	m := New(c)
	m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	m.Init()
	if !m.started[screenHome] || m.started[screenIdeas] || m.started[screenPeople] {
		t.Fatalf("started at once: %v", m.started)
	}
	m.Update(keyMsg("i"))
	if !m.started[screenIdeas] || m.started[screenPeople] {
		t.Fatalf("after i: %v", m.started)
	}
	m.Update(warmUpMsg{})
	for i, ok := range m.started {
		if !ok {
			t.Fatalf("screen %d not started after warm-up", i)
		}
	}
}

// At 40×12 the help does not fit: it says there is more, and ↓/space show
// the rest down to the way to close it.
func TestHelpScrollsOnASmallTerminal(t *testing.T) {
	s := openStore(t)
	h := newHarness(t, s, model.KK, 40, 12)
	h.keys("w", "?")
	v := h.view()
	if !strings.Contains(v, "↓ әрі қарай бар") {
		t.Fatalf("no sign of more help:\n%s", v)
	}
	if strings.Contains(v, "Анықтаманы жабу") {
		t.Fatalf("the whole help fits? then this test is wrong:\n%s", v)
	}
	for range 40 {
		h.keys("down")
	}
	v = h.view()
	if !strings.Contains(v, "Анықтаманы жабу") || !strings.Contains(v, "↑ жоғарыда") {
		t.Fatalf("the end of the help is not reachable:\n%s", v)
	}
	h.keys("esc")
	if h.m.showHelp {
		t.Fatal("esc did not close the help")
	}
}

// The daily backup reloads Home (its date) only when it wrote a file: on a start
// where today's backup is there already, Home is not loaded twice (the store
// gets its quick check instead, which answers nothing when it is sound).
func TestBackupReloadsOnlyWhenWritten(t *testing.T) {
	s := openStore(t)
	h := newHarness(t, s, model.EN, 100, 30)
	if _, cmd := h.m.Update(backupMsg{}); cmd != nil {
		if msg := cmd(); msg != nil {
			t.Errorf("no backup written: want only the quick check, got %T", msg)
		}
	}
	_, cmd := h.m.Update(backupMsg{file: filepath.Join(t.TempDir(), "b.db")})
	if cmd == nil {
		t.Fatal("a backup written: want Home reloaded")
	}
	h.run(cmd)
	h.m.Update(backupMsg{err: errors.New("disk full")})
	if !strings.Contains(h.view(), "automatic backup failed") {
		t.Errorf("a failed backup should say so:\n%s", h.view())
	}
}

// At 40 columns the help's long lines go on to the next line instead of
// being cut: every description and the way to close the help are read whole.
func TestHelpWrapsOnANarrowTerminal(t *testing.T) {
	s := openStore(t)
	h := newHarness(t, s, model.KK, 40, 12)
	h.keys("d", "tab", "?")
	var seen strings.Builder
	for range 60 {
		seen.WriteString(h.view() + "\n")
		h.keys("down")
	}
	flat := strings.Join(strings.Fields(seen.String()), " ")
	for _, want := range []string{
		h.m.c.Tr.T("help.close"),
		h.m.c.Tr.T("help.layouts"),
		h.m.c.Tr.T("desk.key_undo"),
	} {
		if !strings.Contains(flat, want) {
			t.Errorf("the help never shows %q whole:\n%s", want, seen.String())
		}
	}
	for _, l := range strings.Split(seen.String(), "\n") {
		if strings.HasSuffix(l, "…") {
			t.Errorf("a cut line: %q", l)
		}
	}
}

// TestLongStatusWrapped: at 40 columns a message longer than the status
// line goes on to a second and third line (covering the bottom of the
// screen) instead of being cut, and the next key gives the lines back.
func TestLongStatusWrapped(t *testing.T) {
	s := openStore(t)
	h := newHarness(t, s, model.EN, 40, 12)
	long := "Report written in /home/aigerim/frontoffice: report-20261207-153358.csv, .xlsx, .json"
	h.send(common.StatusMsg{Text: long})
	lines := strings.Split(h.view(), "\n")
	if len(lines) != 12 {
		t.Fatalf("%d lines, want 12:\n%s", len(lines), h.view())
	}
	got := ""
	for _, l := range lines[9:] {
		got += strings.TrimRight(l, " ")
	}
	if !strings.Contains(strings.ReplaceAll(got, " ", ""), strings.ReplaceAll(long, " ", "")) {
		t.Errorf("the status's last three lines do not hold the whole message:\n%s", strings.Join(lines[9:], "\n"))
	}
	if strings.HasSuffix(strings.TrimRight(lines[9], " "), "-") || strings.HasSuffix(strings.TrimRight(lines[10], " "), "-") {
		t.Errorf("a line broken after a hyphen, inside a file name:\n%s", strings.Join(lines[9:], "\n"))
	}
	if !strings.Contains(lines[8], "help") {
		t.Errorf("the help line is not above the message:\n%s", h.view())
	}
	h.keys("h") // any screen key
	lines = strings.Split(h.view(), "\n")
	if len(lines) != 12 || strings.Contains(h.view(), "report-2026") {
		t.Errorf("the message stayed after a key:\n%s", h.view())
	}
	// Longer than three lines: the third is cut, the screen keeps its height.
	h.send(common.StatusMsg{Text: strings.Repeat("very long message ", 20), Err: true})
	if lines = strings.Split(h.view(), "\n"); len(lines) != 12 || !strings.HasSuffix(strings.TrimRight(lines[11], " "), "…") {
		t.Errorf("an over-long message:\n%s", h.view())
	}
}
