package ideas

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"frontoffice/model"
	"frontoffice/model/application"
	"frontoffice/storage"
	"frontoffice/ui/common"
	"frontoffice/ui/uitest"
)

// overLimitIdea is a youth grant idea asking for more than the programme's limit.
func overLimitIdea(t *testing.T, s *storage.Store) *model.Idea {
	t.Helper()
	i := addIdea(t, s, "Жастар медиа мектебі", "qamqor")
	i.Programme = "youth_small_grant"
	i.Budget = []model.BudgetLine{{Item: "Камера", Category: "materials", Quantity: 2, UnitKZT: 620_000, Source: "grant"}}
	if err := i.Validate(); err != nil {
		t.Fatal(err)
	}
	if err := s.Update(i); err != nil {
		t.Fatal(err)
	}
	return i
}

func openApp(t *testing.T, h *harness) {
	t.Helper()
	h.keys("enter")
	if h.m.mode != modeCard {
		t.Fatalf("enter did not open the card:\n%s", h.view())
	}
	h.keys("g")
	if h.m.mode != modeApplication {
		t.Fatalf("g did not open the application:\n%s", h.view())
	}
}

func TestApplicationReadinessEditAndExport(t *testing.T) {
	s := openStore(t)
	idea := overLimitIdea(t, s)
	h := newHarness(t, s, model.EN, 100, 40)
	h.keys("enter")
	h.mustContain("Application readiness:", "Youth")
	h.keys("g")
	printIn(h, model.EN)
	h.mustContain("Grant application: Жастар медиа мектебі", "Readiness:", "Still to fix:", "is over the", "(fix in: Budget)",
		"team has 0 members, the programme asks for 3")
	// the preview follows the programme's sections
	for range 40 {
		h.keys("j")
	}
	h.mustContain("Monitoring and evaluation")

	// edit the cover letter; tab walks the pages and the last one saves
	h.keys("e")
	if !h.m.Capturing() {
		t.Fatal("the texts form does not capture typing")
	}
	h.mustContain("Cover letter")
	h.typeText("Құрметті комиссия")
	h.keys("tab", "tab", "tab", "enter")
	got, _ := storage.GetAs[*model.Idea](s, model.KindIdea, idea.ID)
	if got.CoverLetter != "Құрметті комиссия" {
		t.Fatalf("cover letter = %q, status %q\n%s", got.CoverLetter, h.lastStatus(), h.view())
	}
	if h.lastStatus() != "The application texts are saved." {
		t.Errorf("status = %q", h.lastStatus())
	}

	// export HTML, then Markdown
	h.keys("x")
	want := filepath.Join(filepath.Dir(s.Path()), "applications", "Zhastar-media-mektebi_2026-11-22.html")
	b, err := os.ReadFile(want)
	if err != nil {
		t.Fatalf("no export: %v (status %q)", err, h.lastStatus())
	}
	if !strings.Contains(string(b), "Құрметті комиссия") || !strings.Contains(string(b), "<html") {
		t.Errorf("the export lacks the cover letter:\n%s", b)
	}
	if st := h.lastStatus(); !strings.Contains(st, filepath.Join("applications", "Zhastar-media-mektebi_2026-11-22.html")) {
		t.Errorf("status does not say where: %q", st)
	}
	h.keys("m")
	if _, err := os.Stat(strings.TrimSuffix(want, ".html") + ".md"); err != nil {
		t.Errorf("no Markdown export: %v", err)
	}

	// A second export lands on the same file: the view asks; no (and
	// enter) keep the file byte for byte, yes writes it anew.
	old := []byte("an application the office edited by hand")
	if err := os.WriteFile(want, old, 0o600); err != nil {
		t.Fatal(err)
	}
	for _, no := range []string{"n", "enter", "esc"} {
		h.keys("x")
		h.mustContain("_2026-11-22.html exists", "Replace it?", "y — replace it", "— keep it as it is")
		if !h.m.Capturing() {
			t.Error("the replace question lets global keys through")
		}
		h.keys("н") // the y key on ЙЦУКЕН answers nothing
		h.mustContain("Replace it?")
		h.keys(no)
		if b, _ := os.ReadFile(want); string(b) != string(old) {
			t.Fatalf("%q replaced the application:\n%s", no, b)
		}
		if st := h.lastStatus(); !strings.Contains(st, "Nothing was written") {
			t.Errorf("after %q: status %q", no, st)
		}
		if h.m.mode != modeApplication || h.m.app.sub != appBrowse {
			t.Fatalf("after %q the application view is not shown:\n%s", no, h.view())
		}
	}
	h.keys("x", "y")
	if b, _ := os.ReadFile(want); !strings.Contains(string(b), "Құрметті комиссия") {
		t.Errorf("yes did not replace the application:\n%s", b)
	}
	if st := h.lastStatus(); !strings.Contains(st, "Application written to") {
		t.Errorf("after yes: status %q", st)
	}
	left, _ := filepath.Glob(filepath.Join(filepath.Dir(want), ".*.tmp"))
	if len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
	h.keys("esc")
	if h.m.mode != modeCard {
		t.Errorf("esc did not go back to the card")
	}
}

func TestApplicationProgrammeAndDiscard(t *testing.T) {
	s := openStore(t)
	overLimitIdea(t, s)
	h := newHarness(t, s, model.EN, 100, 30)
	openApp(t, h)
	// the small grant has no team rule
	h.keys("p")
	h.keys("down", "down", "up")
	h.keys("enter")
	if h.m.app.code == "youth_small_grant" {
		t.Fatalf("the programme did not change:\n%s", h.view())
	}
	if strings.Contains(h.view(), "the programme asks for 3") {
		t.Errorf("the team rule of the youth grant is still listed:\n%s", h.view())
	}
	// The pick is kept on the idea: the card, the readiness column and the
	// application command use it too.
	stored, err := storage.GetAs[*model.Idea](s, model.KindIdea, h.m.app.idea.ID)
	if err != nil || stored.Programme != h.m.app.code {
		t.Fatalf("the programme picked is not stored: %q vs %q (%v)", stored.Programme, h.m.app.code, err)
	}
	// esc asks before discarding what was typed
	h.keys("e")
	h.typeText("draft")
	h.keys("esc")
	h.mustContain("Discard the changes you typed?")
	h.keys("n")
	h.mustContain("draft")
	h.keys("esc", "y")
	if h.m.app.sub != appBrowse {
		t.Fatalf("y did not discard:\n%s", h.view())
	}
}

// A save refused because the idea changed meanwhile keeps what was typed.
func TestApplicationStaleSaveKeepsText(t *testing.T) {
	s := openStore(t)
	idea := overLimitIdea(t, s)
	h := newHarness(t, s, model.RU, 100, 30)
	openApp(t, h)
	h.keys("e")
	h.typeText("Письмо")
	other, _ := storage.GetAs[*model.Idea](s, model.KindIdea, idea.ID)
	other.Summary = "изменено"
	if err := s.Update(other); err != nil {
		t.Fatal(err)
	}
	h.keys("tab", "tab", "tab", "enter")
	if h.m.app == nil || h.m.app.sub != appEditing || h.m.app.vals.CoverLetter != "Письмо" {
		t.Fatalf("the refused save lost the form:\n%s", h.view())
	}
	h.mustContain("Не сохранено.")
	// saving again goes on top of the stored idea
	h.keys("tab", "tab", "tab", "enter")
	got, _ := storage.GetAs[*model.Idea](s, model.KindIdea, idea.ID)
	if got.CoverLetter != "Письмо" || got.Summary != "изменено" {
		t.Fatalf("second save: letter %q summary %q\n%s", got.CoverLetter, got.Summary, h.view())
	}
}

func TestApplicationFitsAndSpeaksEveryLanguage(t *testing.T) {
	for _, lang := range model.Langs() {
		s := openStore(t)
		overLimitIdea(t, s)
		h := newHarness(t, s, lang, 40, 12)
		openApp(t, h)
		fits(t, string(lang)+" view", h.view(), 40, 12)
		want := map[model.Lang]string{model.KK: "Дайындық", model.RU: "Готовность", model.EN: "Readiness"}[lang]
		h.mustContain(want)
		h.keys("e")
		fits(t, string(lang)+" form", h.view(), 40, 12)
		h.keys("esc")
		h.keys("p")
		fits(t, string(lang)+" programme", h.view(), 40, 12)
	}
}

// p picks the programme on the application view, not People at the root.
func TestApplicationOwnsP(t *testing.T) {
	s := openStore(t)
	overLimitIdea(t, s)
	h := newHarness(t, s, model.EN, 100, 30)
	if h.m.OwnsKey(keyMsg("p")) {
		t.Error("the list owns p")
	}
	openApp(t, h)
	if !h.m.OwnsKey(keyMsg("p")) {
		t.Error("the application view does not own p")
	}
	h.keys("p")
	if h.m.OwnsKey(keyMsg("p")) || !h.m.Capturing() {
		t.Error("the programme select does not capture typing")
	}
}

// TestApplicationNamesTheOffice: the preview carries the office's name.
func TestApplicationNamesTheOffice(t *testing.T) {
	s := openStore(t)
	o, _ := s.Office()
	o.Name = "Қарағанды фронт-офисі"
	if err := s.SaveOffice(o); err != nil {
		t.Fatal(err)
	}
	overLimitIdea(t, s)
	h := newHarness(t, s, model.EN, 100, 40)
	h.keys("enter", "g")
	printIn(h, model.EN)
	h.mustContain("Office: Қарағанды фронт-офисі")
}

// TestListShowsReadiness: the ideas table has a readiness column, worked out
// for the rows shown.
func TestListShowsReadiness(t *testing.T) {
	s := openStore(t)
	idea := overLimitIdea(t, s)
	h := newHarness(t, s, model.EN, 100, 27)
	h.mustContain("Ready")
	_, want := (application.Office{}).Assess(idea, nil, "", fixedNow)
	h.mustContain(fmt.Sprintf("%d %%", want))
}

// TestCardAndApplicationShowOneReadiness: the card, the list and the
// application view count the same checks (a registered team member too old
// for the youth grant used to count on the application only: 81 % vs 82 %).
func TestCardAndApplicationShowOneReadiness(t *testing.T) {
	s := openStore(t)
	idea := overLimitIdea(t, s)
	old := addPerson(t, s, "Ерлан Сәрсенов", "+77011234599")
	old.BirthYear = 1970
	if err := s.Update(old); err != nil {
		t.Fatal(err)
	}
	idea.Team = []model.TeamMember{{PersonID: old.ID, Name: old.FullName}}
	if err := s.Update(idea); err != nil {
		t.Fatal(err)
	}
	_, want := (application.Office{}).Assess(idea, func(id string) *model.Person {
		if id == old.ID {
			return old
		}
		return nil
	}, "", fixedNow)
	h := newHarness(t, s, model.EN, 100, 40)
	h.mustContain(fmt.Sprintf("%d %%", want))
	h.keys("enter")
	h.mustContain(fmt.Sprintf("Application readiness: %d %%", want))
	h.keys("g")
	h.mustContain(fmt.Sprintf("Readiness: %d %%", want), "Ерлан Сәрсенов is")
}

// TestApplicationLanguageKey: the application view prints in the language of
// the idea's texts, not the interface's, and l chooses another (issue 20 item 8).
func TestApplicationLanguageKey(t *testing.T) {
	s := openStore(t)
	i := addIdea(t, s, "Чистый двор", "taza_alem")
	i.Summary = "Субботник во дворе: мешки и перчатки для жителей дома"
	if err := s.Update(i); err != nil {
		t.Fatal(err)
	}
	h := newHarness(t, s, model.EN, 100, 40)
	openApp(t, h)
	h.mustContain("Application language: Russian (l)", "Краткое описание и проблема")
	h.keys("l")
	h.mustContain("Application language: English (l)", "Summary and problem")
	h.keys("д") // the same key in the Russian layout
	h.mustContain("Application language: Kazakh (l)", "Жоба туралы қысқаша және мәселе")
	// Looking is not an edit: nothing is written while the view is open…
	if got, _ := storage.GetAs[*model.Idea](s, model.KindIdea, i.ID); got.PrintLang != "" || got.Rev != i.Rev {
		t.Fatalf("while looking: print language %q, rev %d (was %d)", got.PrintLang, got.Rev, i.Rev)
	}
	// …and the choice is kept on the idea once, as the view is left: it
	// opens so again, and prints so.
	h.keys("esc")
	h.mustContain("Application language: — → Kazakh")
	if got, _ := storage.GetAs[*model.Idea](s, model.KindIdea, i.ID); got.PrintLang != model.KK || got.Rev != i.Rev+1 {
		t.Fatalf("print language stored: %q, rev %d (was %d)", got.PrintLang, got.Rev, i.Rev)
	}
	h.keys("g")
	h.mustContain("Application language: Kazakh (l)")
	// Round to the same language and out: nothing is written.
	h.keys("l", "l", "l", "esc")
	if got, _ := storage.GetAs[*model.Idea](s, model.KindIdea, i.ID); got.Rev != i.Rev+1 {
		t.Fatalf("l three times then esc: rev %d, want %d", got.Rev, i.Rev+1)
	}
}

// printIn sets the open application's printed language (as l does).
func printIn(h *harness, lang model.Lang) {
	h.t.Helper()
	for range 3 {
		if h.m.app.lang == lang {
			return
		}
		h.keys("l")
	}
	h.t.Fatalf("l never chose %s", lang)
}

// TestReadinessAfterTyping: rows found by a typed letter (answered in the
// key's own Update) get their readiness too, not "…".
func TestReadinessAfterTyping(t *testing.T) {
	s := openStore(t)
	h := newHarness(t, s, model.EN, 100, 27)
	idea := overLimitIdea(t, s) // in the index, not yet in any answer
	h.keys("/")
	h.typeText(strings.Fields(idea.Title)[0])
	_, want := (application.Office{}).Assess(idea, nil, "", fixedNow)
	h.mustContain(fmt.Sprintf("%d %%", want))
}

// esc on the application goes back to the idea's card, and its help says so
// (not "back to the list", the card's own esc); backspace does the same.
func TestApplicationBackSaysWhereTo(t *testing.T) {
	s := openStore(t)
	addIdea(t, s, "Чистый двор", "taza_alem")
	for lang, want := range map[model.Lang]string{model.KK: "идея картасына", model.RU: "к карточке идеи", model.EN: "back to the idea's card"} {
		h := newHarness(t, s, lang, 40, 12)
		openApp(t, h)
		var descs []string
		for _, b := range h.m.ShortHelp() {
			if b.Help().Key == "esc" {
				descs = append(descs, b.Help().Desc)
			}
		}
		if len(descs) != 1 || descs[0] != want {
			t.Errorf("%s: esc on the application is described as %q, want %q", lang, descs, want)
		}
		h.keys("esc")
		if h.m.mode != modeCard {
			t.Fatalf("%s: esc did not go back to the card:\n%s", lang, h.view())
		}
		h.keys("g", "backspace")
		if h.m.mode != modeCard {
			t.Fatalf("%s: backspace did not go back to the card:\n%s", lang, h.view())
		}
	}
}

// TestCardPhoneWhole: at 40 columns the card's applicant row wrapped in
// the middle of the phone ("+7 761" / "187 99 35"); its groups are now
// joined by no-break spaces, so it moves to the next line whole.
func TestCardPhoneWhole(t *testing.T) {
	s := openStore(t)
	i := addIdea(t, s, "Мұрағаттан туыстарды іздеуге көмек", "umit")
	p := addPerson(t, s, "Сергей Алексеев", "+77611879935")
	i.ApplicantID = p.ID
	if err := s.Update(i); err != nil {
		t.Fatal(err)
	}
	for _, lang := range []model.Lang{model.KK, model.RU, model.EN} {
		h := newHarness(t, s, lang, 40, 12)
		h.keys("enter")
		h.mustContain("Сергей Алексеев", "+7 761 187 99 35")
	}
}

// TestCardSDGNumberWithItsName: at 40 columns in kk the card's SDG row
// ended "…; 10" with the goal's name on the next line; a goal's number
// stays with its name's first word.
func TestCardSDGNumberWithItsName(t *testing.T) {
	s := openStore(t)
	i := addIdea(t, s, "Мұрағаттан туыстарды іздеуге көмек", "umit")
	i.SDGs = []model.SDG{1, 10}
	if err := s.Update(i); err != nil {
		t.Fatal(err)
	}
	for _, lang := range []model.Lang{model.KK, model.RU, model.EN} {
		h := newHarness(t, s, lang, 40, 60)
		h.keys("enter")
		first := strings.Fields(model.SDG(10).Label(lang))[0]
		for w := 24; w <= 70; w++ {
			h.m.SetSize(w, 60)
			lines := strings.Split(h.view(), "\n")
			for j := 0; j+1 < len(lines); j++ {
				if strings.HasSuffix(strings.TrimRight(lines[j], " "), "10") && strings.HasPrefix(strings.TrimSpace(lines[j+1]), first) {
					t.Errorf("%s at %d columns: goal 10 split from its name:\n%s\n%s", lang, w, lines[j], lines[j+1])
				}
			}
		}
	}
}

// TestCardDatesDayFirst: the idea card writes its moments day first, as the
// person card and every other screen do (it wrote 2026-12-07 23:47 where
// the person card wrote 07.12.2026 23:45).
func TestCardDatesDayFirst(t *testing.T) {
	s := openStore(t)
	i := addIdea(t, s, "Таза аула", "umit")
	i.StartDate, i.EndDate = "2026-03-01", "2026-05-31"
	if err := s.Update(i); err != nil {
		t.Fatal(err)
	}
	c := model.New(model.KindConsultation).(*model.Consultation)
	c.Date, c.Consultant, c.Services, c.IdeaID = "2026-02-01", "Мадина", []model.Service{"methodology"}, i.ID
	if err := s.LogConsultation(c); err != nil {
		t.Fatal(err)
	}
	h := newHarness(t, s, model.RU, 100, 60)
	h.keys("enter")
	v := h.view()
	for _, want := range []string{common.Stamp(i.UpdatedAt.Local()), "01.03.2026 – 31.05.2026", "01.02.2026 · Мадина"} {
		if !strings.Contains(v, want) {
			t.Fatalf("want %s:\n%s", want, v)
		}
	}
	if regexp.MustCompile(`\d{4}-\d\d-\d\d`).MatchString(v) {
		t.Fatalf("a year-first date:\n%s", v)
	}
}

// TestIdeaCardSaysInConflict: an idea in conflict says so on its card and where
// to settle it; another idea does not.
func TestIdeaCardSaysInConflict(t *testing.T) {
	s := openStore(t)
	i := addIdea(t, s, "Таза аула", "umit")
	j := addIdea(t, s, "Кітап алмасу", "umit")
	uitest.InConflict(t, s, model.KindIdea, i.ID)
	for _, c := range []struct {
		id   string
		want bool
	}{{i.ID, true}, {j.ID, false}} {
		h := newHarness(t, s, model.RU, 100, 30)
		h.send(common.OpenMsg{Kind: model.KindIdea, ID: c.id})
		if got := strings.Contains(strings.Join(strings.Fields(h.view()), " "), "Синхронизация → Конфликты"); got != c.want {
			t.Fatalf("in conflict %v, the card says so %v:\n%s", c.want, got, h.view())
		}
	}
}
