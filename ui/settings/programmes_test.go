package settings

import (
	"strings"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/model/application"
	"frontoffice/storage"
	"frontoffice/ui/common"
	"frontoffice/ui/uitest"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

var now = time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)

type harness struct {
	t      *testing.T
	m      *Model
	run    uitest.Runner
	status []string
}

func newHarness(t *testing.T, s *storage.Store, lang model.Lang) *harness {
	t.Helper()
	h := &harness{t: t, m: New(uitest.Common(s, lang, now))}
	h.run = uitest.Runner{T: t, Send: h.send, Catch: func(msg tea.Msg) bool {
		switch msg := msg.(type) {
		case common.StatusMsg:
			h.status = append(h.status, msg.Text)
			return true
		case common.DataChangedMsg:
			h.send(msg)
			return true
		}
		return false
	}}
	h.m.SetSize(100, 30)
	h.run.Run(h.m.Init())
	return h
}

func (h *harness) send(msg tea.Msg) {
	_, cmd := h.m.Update(msg)
	h.run.Run(cmd)
}

func (h *harness) keys(ks ...string) {
	for _, k := range ks {
		h.send(uitest.Key(k))
	}
}

func (h *harness) typeText(s string) {
	for _, r := range s {
		h.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
	}
}

// view is the screen as a person reads it: a sum's no-break spaces as spaces.
func (h *harness) view() string { return strings.ReplaceAll(ansi.Strip(h.m.View()), "\u00a0", " ") }

func (h *harness) mustSee(what ...string) {
	h.t.Helper()
	v := h.view()
	for _, w := range what {
		if !strings.Contains(v, w) {
			h.t.Fatalf("%q not on screen:\n%s", w, v)
		}
	}
}

func (h *harness) retype(s string) {
	h.send(tea.KeyMsg{Type: tea.KeyCtrlU})
	h.typeText(s)
	h.keys("enter")
}

func TestCopyEditAndDeleteAProgramme(t *testing.T) {
	s := uitest.OpenStore(t, now)
	h := newHarness(t, s, model.EN)
	h.mustSee("Grant programmes", "shipped: 4, the office's own: 0")

	h.keys("g")
	h.mustSee("Youth small grant", "Environmental small grant", "1 000 000 ₸")
	h.keys("down") // the youth small grant
	h.keys("e")
	h.mustSee("A shipped template cannot be changed")

	h.keys("c")
	if !h.m.Capturing() {
		t.Fatal("the copy's form should capture keys")
	}
	h.mustSee("Youth small grant (copy)")
	h.keys("enter") // the name as copied
	h.retype("500 000")
	h.mustSee("Largest amount") // still on the form: nothing checked wrong yet
	h.keys("enter")             // MCI: empty
	h.keys("enter")             // co-funding: empty
	h.retype("5")               // team of at least 5
	h.keys("enter", "enter")    // ages as copied (18–35)
	h.keys("enter", "enter")    // months as copied
	h.keys("enter")             // an indicator per objective: yes
	h.mustSee("Sections of", "[✓] Summary and problem", "[•] Partners")
	if !h.m.Capturing() {
		t.Fatal("the sections of a programme being edited should capture keys (q, tab are the editor's)")
	}
	// Partners to the top, required; risks left out.
	for range 9 {
		h.keys("down")
	}
	for range 9 {
		h.keys("K")
	}
	h.keys(" ", " ") // printed → left out → required
	for range 8 {
		h.keys("down")
	}
	h.keys(" ") // risks: printed → left out
	h.mustSee("› [ ] Risks and assumptions")
	h.keys("enter")
	if len(h.status) == 0 || h.status[len(h.status)-1] != "Programmes saved." {
		t.Fatalf("no saved status: %v\n%s", h.status, h.view())
	}

	v, err := s.Setting(KeyTemplates)
	if err != nil {
		t.Fatal(err)
	}
	specs, err := application.DecodeOffice(v)
	if err != nil || len(specs) != 1 {
		t.Fatalf("kept templates %v, %v", specs, err)
	}
	sp := specs[0]
	if sp.Code != "own_1" || sp.BasedOn != "youth_small_grant" || sp.MaxKZT != 500_000 || sp.Rules.MinTeam != 5 ||
		sp.Rules.MinAge != 18 || sp.Rules.MaxAge != 35 || !sp.Rules.IndicatorPerObjective {
		t.Fatalf("kept spec: %+v", sp)
	}
	if sp.Sections[0] != (application.SpecSection{ID: application.SecPartners, Required: true}) {
		t.Errorf("first section %+v, want partners, required", sp.Sections[0])
	}
	for _, sec := range sp.Sections {
		if sec.ID == application.SecRisks {
			t.Errorf("risks still in: %+v", sp.Sections)
		}
	}
	if p, ok := h.m.c.Rules().Settings().ProgrammeByCode("own_1"); !ok || p.Limit() != 500_000 {
		t.Errorf("the programme is not in effect: %+v %v", p, ok)
	}

	// A new start (another day) reads them back from the store.
	if LoadRules(s, application.Office{}).TemplateFor("own_1").Code != "own_1" {
		t.Fatal("LoadRules did not load the office's templates")
	}
	h2 := newHarness(t, s, model.RU)
	h2.mustSee("встроенных: 4", "своих: 1")
	h2.keys("g")
	h2.mustSee("Малый грант для молодёжи (копия)", "своя", "500 000 ₸")

	// Delete it: asked first, then gone from the store and the programmes.
	for range 4 {
		h2.keys("down")
	}
	h2.keys("x")
	h2.mustSee("Удалить «Малый грант для молодёжи (копия)»?", "Малый грант")
	h2.keys("н") // no answer: the question stays and says which keys answer
	if _, ok := h2.m.c.Rules().Settings().ProgrammeByCode("own_1"); !ok {
		t.Fatal("«н» deleted the programme")
	}
	h2.mustSee("Удалить «Малый грант", "«н» здесь не ответ")
	h2.keys("т") // no
	if _, ok := h2.m.c.Rules().Settings().ProgrammeByCode("own_1"); !ok {
		t.Fatal("«т» deleted the programme")
	}
	h2.keys("x", "д")
	if v, _ := s.Setting(KeyTemplates); v != "[]" {
		t.Errorf("kept after delete: %q", v)
	}
	if _, ok := h2.m.c.Rules().Settings().ProgrammeByCode("own_1"); ok {
		t.Error("a deleted programme is still in effect")
	}
	h2.keys("esc")
	h2.mustSee("Хранилище") // back on the settings themselves
}

func TestProgrammeFormRefusesBadNumbersAndAsksBeforeDiscarding(t *testing.T) {
	s := uitest.OpenStore(t, now)
	h := newHarness(t, s, model.KK)
	h.keys("g")
	h.m.SetSize(40, 10)
	for i, l := range strings.Split(h.m.View(), "\n") {
		if w := ansi.StringWidth(l); w > 40 || i >= 10 {
			t.Fatalf("line %d is %d wide (or too many lines) at 40×10:\n%s", i, w, h.view())
		}
	}
	h.m.SetSize(100, 30)
	h.keys("c")
	h.keys("enter")
	h.retype("мың")
	h.mustSee("Ең көп сома, ₸", "әріпсіз сан болуы керек") // still there, with the reason
	h.m.SetSize(100, 27)                                   // the reason is on screen in a real terminal too, not cut off below
	h.mustSee("әріпсіз сан болуы керек")
	h.m.SetSize(100, 30)
	h.retype("1000")
	h.retype("10") // MCI as well as tenge: one limit only
	h.mustSee("біреуі ғана")
	h.keys("esc")
	h.mustSee("Енгізген өзгерістерді тастау керек пе?")
	h.keys("y")
	h.mustSee("Грант бағдарламалары")
	if v, _ := s.Setting(KeyTemplates); v != "" {
		t.Errorf("a discarded copy was kept: %q", v)
	}
}

// TestSmallProgrammeFormShowsWhatIsTyped: at 40×12 (a body of 40×9) each
// field of a programme's form shows its input line with what was typed,
// in every language (the form was given five lines, and the group's hint
// and the field's title took them).
func TestSmallProgrammeFormShowsWhatIsTyped(t *testing.T) {
	for _, lang := range model.Langs() {
		s := uitest.OpenStore(t, now)
		h := newHarness(t, s, lang)
		h.m.SetSize(40, 9)
		h.keys("g", "down", "c", "enter") // a copy; past its name
		h.typeText("777")
		for i := range 8 {
			v := h.view()
			if i == 0 && !strings.Contains(v, "777") {
				t.Fatalf("%s: the amount typed is not drawn:\n%s", lang, v)
			}
			if !strings.Contains(v, ">") {
				t.Fatalf("%s, field %d: no input line drawn:\n%s", lang, i+2, v)
			}
			h.keys("enter")
		}
		// A limit in both tenge and MCI is refused with a two-line error:
		// the MCI typed stays in view under it.
		h = newHarness(t, s, lang)
		h.m.SetSize(40, 9)
		h.keys("g", "down", "c", "enter")
		h.typeText("100")
		h.keys("enter")
		h.typeText("55")
		h.keys("enter")
		if v := h.view(); !strings.Contains(v, "55") || !strings.Contains(v, h.m.c.Tr.T("prog.one_limit")[:8]) {
			t.Errorf("%s: the MCI typed or its error is out of view:\n%s", lang, v)
		}
	}
}

// TestProgrammeMessageGoesWithAMove: "a shipped template cannot be
// changed", said of a shipped programme, goes once the cursor moves on (it
// stayed above the office's own copy; found by the s18-try helper).
func TestProgrammeMessageGoesWithAMove(t *testing.T) {
	s := uitest.OpenStore(t, now)
	h := newHarness(t, s, model.EN)
	h.keys("g", "down", "e")
	h.mustSee("A shipped template cannot be changed")
	h.keys("down")
	if strings.Contains(h.view(), "A shipped template cannot be changed") {
		t.Fatalf("the message stayed after a move:\n%s", h.view())
	}
}

// TestSmallProgrammesListWhole: at 40 columns the programmes are listed by
// name (the kind and limit were cut: "встроенная …"), whose each is and its
// limit open the account of the one under the cursor, rows out of view are
// marked, and the form shows the limit grouped as tenge are elsewhere.
func TestSmallProgrammesListWhole(t *testing.T) {
	s := uitest.OpenStore(t, now)
	spec := application.Copy((application.Office{}).Templates()[0], func(string) bool { return false })
	own, err := application.EncodeOffice([]application.Spec{spec})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SetSetting(KeyTemplates, own); err != nil {
		t.Fatal(err)
	}
	h := newHarness(t, s, model.RU)
	h.m.SetSize(40, 9)
	h.keys("g")
	ts := h.m.progs.templates()
	if len(ts) < 5 {
		t.Fatalf("%d programmes: the test needs more than fit", len(ts))
	}
	v := h.view()
	if rows := strings.Count(v, "\n  ") + strings.Count(v, "\n› "); rows < 3 {
		t.Fatalf("%d rows of %d programmes at 40×9:\n%s", rows, len(ts), v)
	}
	for _, want := range []string{"↓ ниже есть ещё (↓)", "встроенная · "} {
		if !strings.Contains(v, want) {
			t.Fatalf("%q not on screen:\n%s", want, v)
		}
	}
	// Each programme's name is whole on screen with the cursor on it (a
	// long one is cut in its row, and said whole under the list).
	flat := func() string { return strings.Join(strings.Fields(h.view()), "") }
	for i, tpl := range ts {
		if i > 0 {
			h.keys("down")
		}
		if name := strings.Join(strings.Fields(tpl.Label(model.RU)), ""); !strings.Contains(flat(), name) {
			t.Fatalf("%q is not whole on screen:\n%s", tpl.Label(model.RU), h.view())
		}
	}
	v = h.view()
	if !strings.Contains(v, "↑ выше есть ещё (↑)") || strings.Contains(v, "↓ ниже") {
		t.Fatalf("on the last programme:\n%s", v)
	}
	// The form: the limit as "12 500 000", not "12500000".
	for i, tpl := range ts {
		if tpl.MaxKZT > 0 {
			h = newHarness(t, s, model.RU)
			h.m.SetSize(100, 30)
			h.keys("g")
			for range i {
				h.keys("down")
			}
			h.keys("c", "enter")
			if want := model.GroupDigits(int64(tpl.MaxKZT)); !strings.Contains(h.view(), want) {
				t.Fatalf("the limit is not shown as %q:\n%s", want, h.view())
			}
			break
		}
	}
}

// TestSmallSectionsMarked: at 40×9 a programme's eleven sections show as
// many as fit, marked where more are above or below (no mark said there
// were more than the four shown).
func TestSmallSectionsMarked(t *testing.T) {
	s := uitest.OpenStore(t, now)
	h := newHarness(t, s, model.RU)
	h.m.SetSize(40, 9)
	h.keys("g", "down", "c")
	for i := 0; i < 12 && h.m.progs.mode != progSections; i++ {
		h.keys("enter")
	}
	if h.m.progs.mode != progSections {
		t.Fatalf("not on the sections:\n%s", h.view())
	}
	n := len(h.m.progs.rows)
	if !strings.Contains(h.view(), "↓ ниже есть ещё (↓)") {
		t.Fatalf("%d sections, no mark below:\n%s", n, h.view())
	}
	for range n {
		h.keys("down")
	}
	if v := h.view(); !strings.Contains(v, "↑ выше есть ещё (↑)") || strings.Contains(v, "↓ ниже") {
		t.Fatalf("on the last section:\n%s", v)
	}
}
