package reports

import (
	"github.com/xuri/excelize/v2"

	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/model/report"
	"frontoffice/storage"
	"frontoffice/ui/common"
	"frontoffice/ui/i18n"
	"frontoffice/ui/uitest"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

var fixedNow = time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)

// smallStore holds two people and two ideas in Karaganda, one person and one
// idea in Astana; a consultation and a superseding correction; verified,
// pending and rejected hours. Created days: Karaganda in February, Astana in
// January.
func smallStore(t *testing.T) *storage.Store {
	t.Helper()
	s := uitest.OpenStore(t, fixedNow)
	at := func(m time.Month, d int) time.Time { return time.Date(2026, m, d, 12, 0, 0, 0, time.UTC) }
	var people []*model.Person
	for i, r := range []model.Region{"karaganda", "karaganda", "astana"} {
		p := model.New(model.KindPerson).(*model.Person)
		p.FullName, p.Consent, p.Region = []string{"Айгерім", "Нұрлан", "Ольга"}[i], true, r
		p.Phone = "+7701111000" + string(rune('1'+i))
		p.CreatedAt = at(2, 5+i)
		if r == "astana" {
			p.CreatedAt = at(1, 20)
		}
		if err := s.Create(p); err != nil {
			t.Fatal(err)
		}
		people = append(people, p)
	}
	var ideas []*model.Idea
	for i, x := range []struct {
		dir    model.Direction
		region model.Region
		status model.IdeaStatus
		when   time.Time
	}{{"taza_alem", "karaganda", "draft", at(2, 10)}, {"sabaqtastyq", "karaganda", "funded", at(2, 11)}, {"bilim", "astana", "ready", at(1, 25)}} {
		idea := model.New(model.KindIdea).(*model.Idea)
		idea.Title, idea.Direction, idea.Region, idea.Status, idea.CreatedAt = "Идея "+string(rune('A'+i)), x.dir, x.region, x.status, x.when
		idea.SDGs = []model.SDG{15}
		idea.TargetGroups = []model.Reach{{Group: "children", Planned: 100, Reached: 30 * (i + 1)}}
		if err := s.Create(idea); err != nil {
			t.Fatal(err)
		}
		ideas = append(ideas, idea)
	}
	c := model.New(model.KindConsultation).(*model.Consultation)
	c.Date, c.Consultant, c.Services, c.PersonID, c.IdeaID = "2026-02-12", "Мадина", []model.Service{"methodology"}, people[0].ID, ideas[0].ID
	if err := s.LogConsultation(c); err != nil {
		t.Fatal(err)
	}
	fix := model.New(model.KindConsultation).(*model.Consultation)
	fix.Date, fix.Consultant, fix.Services, fix.PersonID, fix.IdeaID = "2026-02-12", "Мадина", []model.Service{"grant_writing"}, people[0].ID, ideas[0].ID
	if err := s.Supersede(c.ID, fix); err != nil {
		t.Fatal(err)
	}
	for _, h := range []struct {
		p      int
		date   model.Date
		hours  float64
		status model.HoursStatus
	}{{0, "2026-02-14", 12, "verified"}, {1, "2026-02-15", 8.5, "verified"}, {1, "2026-02-16", 3, "pending"}, {2, "2026-01-30", 6, "rejected"}} {
		x := model.New(model.KindHours).(*model.Hours)
		x.PersonID, x.Date, x.Hours, x.Status = people[h.p].ID, h.date, h.hours, h.status
		if h.status == "verified" {
			x.VerifiedBy = "Мадина"
		}
		if err := s.Create(x); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

type harness struct {
	t      *testing.T
	m      *Model
	status []common.StatusMsg
}

func newHarness(t *testing.T, s *storage.Store, lang model.Lang, w, h int) *harness {
	t.Helper()
	hs := &harness{t: t, m: New(uitest.Common(s, lang, fixedNow))}
	hs.m.SetSize(w, h)
	hs.run(hs.m.Init())
	return hs
}

func (h *harness) send(msg tea.Msg) {
	_, cmd := h.m.Update(msg)
	h.run(cmd)
}

func (h *harness) run(cmd tea.Cmd) {
	uitest.Runner{T: h.t, Send: h.send, Catch: func(msg tea.Msg) bool {
		if s, ok := msg.(common.StatusMsg); ok {
			h.status = append(h.status, s)
			return true
		}
		return false
	}}.Run(cmd)
}

func (h *harness) keys(ks ...string) {
	for _, k := range ks {
		h.send(uitest.Key(k))
	}
}

func (h *harness) view() string { return ansi.Strip(h.m.View()) }

// all scrolls from the top to the bottom and returns every line seen.
func (h *harness) all() string {
	h.keys("pgup", "pgup", "pgup", "pgup", "pgup", "pgup", "pgup", "pgup", "pgup", "pgup")
	var seen []string
	for range 200 {
		seen = append(seen, h.view())
		h.keys("down")
	}
	return strings.Join(seen, "\n")
}

// line finds the chart line that starts with label (after the indent).
func line(t *testing.T, text, label string) string {
	t.Helper()
	for _, l := range strings.Split(text, "\n") {
		if strings.HasPrefix(strings.TrimSpace(l), label) {
			return l
		}
	}
	t.Fatalf("no line %q in:\n%s", label, text)
	return ""
}

// figure is the number on label's line, spaces between thousands removed.
func figure(t *testing.T, text, label string) string {
	t.Helper()
	l := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(line(t, text, label)), label))
	l = strings.TrimRight(l, "█▏▎▍▌▋▊▉░ ")
	return l
}

// TestScreenCountsOnShow: nothing is counted until the screen is shown; then
// the charts show the hand-counted figures, and every line fits at 40×9.
func TestScreenCountsOnShow(t *testing.T) {
	h := newHarness(t, smallStore(t), model.EN, 40, 9)
	if !strings.Contains(h.view(), "No report yet") {
		t.Fatalf("before it is shown:\n%s", h.view())
	}
	h.run(h.m.Shown())
	text := h.all()
	for label, want := range map[string]string{"People": "3", "Ideas": "3", "Consultations": "1", "Verified hours": "20.5", "Hours pending": "3"} {
		if got := figure(t, text, label); got != want {
			t.Errorf("%s = %q, want %q", label, got, want)
		}
	}
	if got := figure(t, text, "Karaganda"); got != "2" {
		t.Errorf("Karaganda = %q", got)
	}
	if !strings.Contains(line(t, text, "Children"), "300 / 180") {
		t.Errorf("children planned / reached: %q", line(t, text, "Children"))
	}
	if !strings.Contains(text, "2026-02") || !strings.Contains(line(t, text, "2026-02"), "2 volunteers · 20.5 h") {
		t.Errorf("February: %q", line(t, text, "2026-02"))
	}
	if !strings.Contains(text, "Funnel") {
		t.Errorf("the funnel should be reachable by scrolling:\n%s", text)
	}
	for _, l := range strings.Split(h.m.View(), "\n") {
		if w := ansi.StringWidth(l); w > 40 {
			t.Errorf("line of %d cells: %q", w, ansi.Strip(l))
		}
	}
	if n := len(strings.Split(h.m.View(), "\n")); n > 9 {
		t.Errorf("view of %d lines in 9", n)
	}
}

// TestScreenFilterWithKeys: f opens the filter form; dates typed and a
// region picked with the keys narrow the figures; x clears the filter.
func TestScreenFilterWithKeys(t *testing.T) {
	h := newHarness(t, smallStore(t), model.EN, 60, 20)
	h.run(h.m.Shown())
	h.keys("f")
	if !h.m.Capturing() {
		t.Fatal("f should open the filter form")
	}
	h.keys("01.02.2026", "enter", "28.02.2026", "enter")
	// Region: All, then Abai, Akmola … Karaganda is the 9th region.
	for range 9 {
		h.keys("down")
	}
	h.keys("enter", "enter") // Karaganda; direction: All
	if h.m.Capturing() {
		t.Fatalf("the form should be done:\n%s", h.view())
	}
	want := report.Filter{From: "2026-02-01", To: "2026-02-28", Region: "karaganda"}
	if h.m.filter != want {
		t.Fatalf("filter = %+v, want %+v", h.m.filter, want)
	}
	text := h.all()
	if !strings.Contains(text, "01.02.2026 – 28.02.2026 · Karaganda · all directions") {
		t.Errorf("the filter line:\n%s", text)
	}
	for label, want := range map[string]string{"People": "2", "Ideas": "2", "Verified hours": "20.5"} {
		if got := figure(t, text, label); got != want {
			t.Errorf("filtered %s = %q, want %q", label, got, want)
		}
	}
	h.keys("x")
	if h.m.filter != (report.Filter{}) || figure(t, h.all(), "People") != "3" {
		t.Errorf("x should clear the filter: %+v", h.m.filter)
	}
	// esc closes the form without applying, keeping what was typed.
	h.keys("f", "ctrl+u", "2026-01-01", "esc")
	if h.m.Capturing() || h.m.filter != (report.Filter{}) {
		t.Errorf("esc should close the form unapplied: %+v", h.m.filter)
	}
	h.keys("f")
	if h.m.vals.From != "2026-01-01" {
		t.Errorf("reopened on %q, want what was typed", h.m.vals.From)
	}
	h.keys("esc")
}

// TestScreenCancel: esc while counting stops the count; its late answer is
// dropped and the screen says so.
func TestScreenCancel(t *testing.T) {
	h := newHarness(t, smallStore(t), model.RU, 40, 9)
	cmd := h.m.Shown() // asked, not yet run
	if !h.m.computing() || !h.m.HandlesBack() || !strings.Contains(h.view(), "Подсчёт…") {
		t.Fatalf("counting should show:\n%s", h.view())
	}
	h.keys("e")
	if len(h.status) != 1 || !h.status[0].Err {
		t.Errorf("export while counting should wait: %v", h.status)
	}
	h.status = nil
	h.keys("esc")
	if h.m.computing() || len(h.status) != 1 || h.status[0].Text != i18n.New(model.RU).T("report.cancelled") {
		t.Fatalf("esc should stop the count: %v", h.status)
	}
	h.run(cmd) // the late answer
	if h.m.rep != nil {
		t.Errorf("a stopped count's answer should be dropped")
	}
	h.keys("f5")
	if h.m.rep == nil || h.m.rep.People != 3 {
		t.Errorf("F5 should count again: %+v", h.m.rep)
	}
}

// TestScreenStaleAndExport: a change elsewhere marks the figures stale and
// showing the screen counts again; e writes the same numbers as CSV and
// JSON beside the store.
func TestScreenStaleAndExport(t *testing.T) {
	s := smallStore(t)
	h := newHarness(t, s, model.KK, 80, 24)
	h.keys("e")
	if len(h.status) != 1 || !h.status[0].Err {
		t.Errorf("export before a count: %v", h.status)
	}
	h.run(h.m.Shown())
	p := model.New(model.KindPerson).(*model.Person)
	p.FullName, p.Consent, p.CreatedAt = "Жаңа", true, fixedNow
	if err := s.Create(p); err != nil {
		t.Fatal(err)
	}
	h.send(common.DataChangedMsg{})
	if !strings.Contains(h.view(), "Жазбалар өзгерді") {
		t.Errorf("a change should be flagged:\n%s", h.view())
	}
	h.run(h.m.Shown())
	if h.m.stale() || h.m.rep.People != 4 {
		t.Errorf("showing again should count again: people %d", h.m.rep.People)
	}
	h.status = nil
	h.keys("e")
	if len(h.status) != 1 || h.status[0].Err {
		t.Fatalf("export: %v", h.status)
	}
	dir := filepath.Dir(s.Path())
	base := filepath.Join(dir, "report-"+fixedNow.Format("20060102-150405"))
	// The folder once, then the files: short enough for 40 columns.
	stem := filepath.Base(base)
	if want := "Есеп жазылды, " + dir + " қалтасында: " + stem + ".csv, .xlsx, .json"; h.status[0].Text != want {
		t.Errorf("export status %q, want %q", h.status[0].Text, want)
	}
	data, err := os.ReadFile(base + ".json")
	if err != nil {
		t.Fatal(err)
	}
	var j map[string]any
	if err := json.Unmarshal(data, &j); err != nil || j["people"] != 4.0 || j["verified_hours"] != 20.5 {
		t.Errorf("exported JSON: %v %v", err, j)
	}
	csvData, err := os.ReadFile(base + ".csv")
	if err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	if err := WriteCSV(&want, *h.m.rep, h.m.c.Tr); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(csvData, want.Bytes()) || !bytes.Contains(csvData, []byte("totals,people,Адамдар,4\r\n")) {
		t.Errorf("exported CSV:\n%s", csvData)
	}
	book, err := excelize.OpenFile(base + ".xlsx")
	if err != nil {
		t.Fatalf("the workbook: %v", err)
	}
	defer book.Close()
	if rows, err := book.GetRows(book.GetSheetName(0)); err != nil || len(rows) < 2 || rows[0][0] != "Бөлім" ||
		strings.Join(rows[1], ",") != "totals,people,Адамдар,4" {
		t.Errorf("the workbook's rows: %v %v", err, rows[:min(len(rows), 2)])
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".report-*")); len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

// TestNumber: thousands grouped, half hours with the language's decimal mark.
func TestNumber(t *testing.T) {
	for _, c := range []struct {
		v    float64
		lang model.Lang
		want string
	}{{0, model.EN, "0"}, {1832, model.EN, "1,832"}, {1832, model.RU, "1 832"}, {1234.25, model.RU, "1 234,25"}, {98000, model.RU, "98 000"}, {21.5, model.EN, "21.5"},
		{12345.5, model.KK, "12 345,5"}, {0.5, model.RU, "0,5"}} {
		if got := Number(c.v, c.lang); got != c.want {
			t.Errorf("Number(%v, %s) = %q, want %q", c.v, c.lang, got, c.want)
		}
	}
}

// TestDrawBar: bars scale to the largest figure, end in eighths, and show
// something for any figure above zero.
func TestDrawBar(t *testing.T) {
	if got := drawBar(10, 0, 10, 8, false); got != "████████" {
		t.Errorf("full bar %q", got)
	}
	if got := drawBar(1, 0, 100, 8, false); got != "▏" {
		t.Errorf("a tiny figure should still show: %q", got)
	}
	if got := drawBar(0, 0, 10, 8, false); got != "" {
		t.Errorf("zero: %q", got)
	}
	if got := drawBar(5, 10, 10, 8, false); got != "████░░░░" {
		t.Errorf("reached of planned: %q", got)
	}
	if got := drawBar(5, 10, 10, 8, true); got != "####----" {
		t.Errorf("plain: %q", got)
	}
}

// TestScreenLanguageSwitch: a language switch redraws the charts and the
// filter line in the new language without counting again.
func TestScreenLanguageSwitch(t *testing.T) {
	h := newHarness(t, smallStore(t), model.EN, 60, 20)
	h.run(h.m.Shown())
	seq := h.m.seq
	h.m.c.Tr = i18n.New(model.KK)
	h.send(common.LangChangedMsg{})
	v := h.view()
	if !strings.Contains(v, "барлық күндер") || !strings.Contains(v, "Адамдар") || h.m.seq != seq {
		t.Errorf("after the switch (seq %d → %d):\n%s", seq, h.m.seq, v)
	}
	if h.m.keys.Filter.Help().Desc != "сүзгі" {
		t.Errorf("keys in Kazakh: %q", h.m.keys.Filter.Help().Desc)
	}
}

// TestReachPlannedThenReached: the reach chart's figures come in the order
// its title names them (planned / reached), in the text output as on the
// screen, and agree with the CSV and JSON.
func TestReachPlannedThenReached(t *testing.T) {
	s := smallStore(t)
	r, err := s.Report(t.Context(), report.Filter{}, storage.ReportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range model.Langs() {
		tr := i18n.New(lang)
		var text, csvOut, jsonOut bytes.Buffer
		if err := WriteText(&text, r, tr); err != nil {
			t.Fatal(err)
		}
		child := model.TargetGroup("children").Label(lang)
		if l := line(t, text.String(), child); !strings.Contains(l, "300 / 180") {
			t.Errorf("%s text: %q, want planned 300 / reached 180 under %q", lang, l, tr.T("report.reach"))
		}
		if err := WriteCSV(&csvOut, r, tr); err != nil {
			t.Fatal(err)
		}
		for _, w := range []string{"reach_planned,children," + child + ",300\r\n", "reach_reached,children," + child + ",180\r\n"} {
			if !strings.Contains(csvOut.String(), w) {
				t.Errorf("%s csv lacks %q", lang, w)
			}
		}
		if err := WriteJSON(&jsonOut, r); err != nil {
			t.Fatal(err)
		}
		var j struct {
			Reach map[string]struct{ Planned, Reached int } `json:"reach_by_target_group"`
		}
		if err := json.Unmarshal(jsonOut.Bytes(), &j); err != nil || j.Reach["children"].Planned != 300 || j.Reach["children"].Reached != 180 {
			t.Errorf("json reach: %v %+v", err, j.Reach)
		}
	}
}

// TestFilterFormSaysWhy: a date the filter cannot take (31.02.2026, abc)
// keeps the form open with the reason shown, at 40×9 and 80×20, in every
// language; the form then goes on once the date is right.
func TestFilterFormSaysWhy(t *testing.T) {
	s := smallStore(t)
	for _, size := range [][2]int{{40, 9}, {80, 20}} {
		for _, lang := range model.Langs() {
			h := newHarness(t, s, lang, size[0], size[1])
			h.run(h.m.Shown())
			tr := i18n.New(lang)
			// 31.02.2026 is written as a date, but there is no such day
			// (finding 15 of s18-try: it was called "not a date").
			whyOf := map[string]string{"31.02.2026": tr.Reason(model.ReasonNoSuchDay), "abc": tr.Reason(model.ReasonBadDate)}
			why := whyOf["31.02.2026"]
			for _, typed := range []string{"31.02.2026", "abc"} {
				why := whyOf[typed]
				h.keys("f", "ctrl+u", typed, "enter")
				v := h.view()
				flat := strings.Join(strings.Fields(v), "") // the reason may wrap
				if !h.m.Capturing() || !strings.Contains(flat, strings.Join(strings.Fields(tr.T("report.from")+": "+why), "")) {
					t.Errorf("%v %s %q: the reason should show:\n%s", size, lang, typed, v)
				}
				if n := len(strings.Split(v, "\n")); n > size[1] {
					t.Errorf("%v %s: %d lines", size, lang, n)
				}
				h.keys("esc")
			}
			// The To field too.
			h.keys("f", "ctrl+u", "enter", "ctrl+u", "31.02.2026", "enter")
			if flat := strings.Join(strings.Fields(h.view()), ""); !strings.Contains(flat, strings.Join(strings.Fields(tr.T("report.to")+": "+why), "")) {
				t.Errorf("%v %s to: the reason should show:\n%s", size, lang, h.view())
			}
			h.keys("ctrl+u", "enter")
			if strings.Contains(h.view(), why) {
				t.Errorf("%v %s: the reason stays after the fix:\n%s", size, lang, h.view())
			}
			h.keys("esc")
		}
	}
}

// TestFilterStartsAtTheTop: a new filter's report is shown from its start,
// not where the last one was scrolled to; x is on the help line only while
// there is a filter to clear.
func TestFilterStartsAtTheTop(t *testing.T) {
	h := newHarness(t, smallStore(t), model.RU, 40, 9)
	h.run(h.m.Shown())
	hasClear := func() bool {
		for _, k := range h.m.ShortHelp() {
			if k.Help().Key == "x" {
				return true
			}
		}
		return false
	}
	if hasClear() {
		t.Errorf("x with no filter on the help line")
	}
	for range 10 {
		h.keys("pgdown")
	}
	if h.m.top == 0 {
		t.Fatal("the report should scroll")
	}
	h.keys("f", "ctrl+u", "01.02.2026", "enter", "enter", "enter", "enter")
	if h.m.Capturing() {
		t.Fatalf("the form should be done:\n%s", h.view())
	}
	if h.m.top != 0 || !strings.Contains(h.view(), i18n.New(model.RU).T("report.totals")) {
		t.Errorf("a new filter should show its report from the top (top %d):\n%s", h.m.top, h.view())
	}
	if !hasClear() {
		t.Errorf("x should be on the help line while a filter is set")
	}
	for range 10 {
		h.keys("pgdown")
	}
	h.keys("x")
	if h.m.top != 0 || hasClear() {
		t.Errorf("x: top %d, help still offers x: %v", h.m.top, hasClear())
	}
}

// TestFullHelpOnlyKeysThatWork: the help overlay lists x (clear the filter)
// only when there is a filter, and esc (stop) only while a count runs; it
// listed both always, so "esc stop" stood where esc went Home.
func TestFullHelpOnlyKeysThatWork(t *testing.T) {
	for _, lang := range model.Langs() {
		h := newHarness(t, smallStore(t), lang, 40, 9)
		h.run(h.m.Shown())
		has := func(b key.Binding) bool {
			for _, g := range h.m.FullHelp() {
				for _, k := range g {
					if k.Help() == b.Help() {
						return true
					}
				}
			}
			return false
		}
		if has(h.m.keys.Clear) || has(h.m.keys.Cancel) {
			t.Errorf("%s: with no filter and no count, the help lists x or esc: %v", lang, h.m.FullHelp())
		}
		h.m.filter = report.Filter{Region: "karaganda"}
		if !has(h.m.keys.Clear) {
			t.Errorf("%s: with a filter, the help should list x", lang)
		}
	}
}

// TestFilterTakesAPastedDate: a date pasted with a space before it is
// taken whole (the field stopped at 10 characters and cut its last digit).
func TestFilterTakesAPastedDate(t *testing.T) {
	s := smallStore(t)
	h := newHarness(t, s, model.RU, 100, 30)
	h.run(h.m.Shown())
	h.keys("f", "ctrl+u", " 30.11.2026", "enter")
	if v := h.view(); strings.Contains(v, i18n.New(model.RU).Reason(model.ReasonBadDate)) || !strings.Contains(v, "30.11.2026") {
		t.Fatalf("a pasted date with a space:\n%s", v)
	}
}
