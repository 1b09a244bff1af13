package ideas

import (
	"regexp"
	"strings"
	"testing"

	"frontoffice/model"
	"frontoffice/storage"
	"frontoffice/ui/common"
	"frontoffice/ui/i18n"
)

// richIdea stores an idea with every field filled and one edit in its history.
func richIdea(t *testing.T, s *storage.Store) *model.Idea {
	t.Helper()
	p := addPerson(t, s, "Айгерім Сейтқали", "+77011234567")
	i := addIdea(t, s, "Таза әлем: саябақты тазалау және ағаш отырғызу", "taza_alem")
	i.ApplicantID, i.Locality, i.Organization = p.ID, "Теміртау", "Қарағанды политехникалық колледжі"
	i.Summary = "Саябақта қоқыс көп.\nЕкінші жол: балалар ойнайтын алаң лас."
	i.SDGs = []model.SDG{13, 15}
	i.TargetGroups = []model.Reach{{Group: "children", Planned: 120, Reached: 30}, {Group: "disabled", Planned: 15}}
	i.Team = []model.TeamMember{{Name: "Асқар"}, {Name: "Дана", Role: "координатор"}}
	i.StartDate, i.EndDate, i.BudgetKZT = "2026-03-01", "2026-05-31", 1250000
	s.SetActor("Мадина")
	if err := s.Update(i); err != nil {
		t.Fatal(err)
	}
	return i
}

// walk shows every mode of the screen once and hands each view to check.
func walk(h *harness, check func(what, view string)) {
	check("list", h.view())
	h.keys("/")
	h.typeText("таза")
	check("list searching", h.view())
	h.keys("esc", "enter")
	check("card", h.view())
	for i := 0; i < 40; i++ {
		h.keys("j")
	}
	check("card bottom", h.view())
	h.keys("a")
	check("archive question", h.view())
	h.keys("n", "esc", "f")
	check("filter", h.view())
	h.keys("esc", "n")
	check("form", h.view())
	h.keys("enter")
	check("form with an error", h.view())
	h.typeText("Жаңа")
	h.keys("enter", "enter", "down", "enter")
	check("form page 2", h.view())
	h.keys("enter", "enter", "enter", "enter")
	check("form page 3", h.view())
	h.typeText("айгерім")
	h.keys("enter")
	check("form applicant list", h.view())
	h.keys("down", "enter", "enter", "enter")
	check("form new applicant", h.view())
	h.keys("esc")
	check("discard question", h.view())
	h.keys("y")
}

func TestSmallScreenFits(t *testing.T) {
	s := openStore(t)
	richIdea(t, s)
	// 40×12 leaves 40×9 for a screen under the root's tabs, help and status lines.
	for _, lang := range model.Langs() {
		h := newHarness(t, s, lang, 40, 9)
		walk(h, func(what, view string) {
			fits(t, string(lang)+" "+what, view, 40, 9)
			if what == "form with an error" && lang == model.EN && !strings.Contains(view, "Title: must be filled in") {
				t.Errorf("the field error is not shown at 40×9:\n%s", view)
			}
		})
	}
	h := newHarness(t, s, model.EN, 100, 27)
	walk(h, func(what, view string) { fits(t, "100×27 "+what, view, 100, 27) })
}

var rawKey = regexp.MustCompile(`\b(ideas|history|field|reason|key|search|err)\.[a-z_.]+`)

func TestEveryLanguageRenders(t *testing.T) {
	s := openStore(t)
	richIdea(t, s)
	words := map[model.Lang][]string{
		model.KK: {"Атауы", "Өзгерістер тарихы", "Сұралған грант: 1 250 000 ₸", "Балалар: жоспар 120, қамтылды 30", "Жаңа идея", "Идеяларды сүзу"},
		model.RU: {"Название", "История изменений", "Запрошенный грант: 1 250 000 ₸", "Дети: план 120, охвачено 30", "Новая идея", "Фильтр идей"},
		model.EN: {"Title", "History of changes", "Grant requested: 1 250 000 ₸", "Children: planned 120, reached 30", "New idea", "Filter ideas"},
	}
	for _, lang := range model.Langs() {
		h := newHarness(t, s, lang, 120, 40)
		var all strings.Builder
		walk(h, func(what, view string) {
			if k := rawKey.FindString(view); k != "" {
				t.Errorf("%s %s: untranslated key %q:\n%s", lang, what, k, view)
			}
			all.WriteString(view + "\n")
		})
		for _, w := range words[lang] {
			if !strings.Contains(all.String(), w) {
				t.Errorf("%s: no %q on any screen", lang, w)
			}
		}
		for _, b := range h.m.ShortHelp() {
			if d := b.Help().Desc; rawKey.MatchString(d) || d == "" {
				t.Errorf("%s: help %q", lang, d)
			}
		}
	}
}

func TestLanguageSwitchRelabelsAndKeepsTheForm(t *testing.T) {
	s := openStore(t)
	richIdea(t, s)
	h := newHarness(t, s, model.EN, 100, 27)
	h.mustContain("Title", "Status")
	h.keys("n")
	h.typeText("Қайырымдылық жәрмеңкесі")
	h.c.Tr = i18n.New(model.RU)
	h.send(common.LangChangedMsg{})
	h.mustContain("Новая идея", "Название", "Қайырымдылық жәрмеңкесі")
	if h.m.edit.title != "Қайырымдылық жәрмеңкесі" || h.m.mode != modeEditing {
		t.Fatalf("the switch lost the form: mode %d, %+v", h.m.mode, h.m.edit)
	}
	h.keys("esc", "y")
	h.mustContain("Название", "Статус", "Найдено: 1")
	if !strings.Contains(h.m.ShortHelp()[2].Help().Desc, "новая идея") {
		t.Errorf("keys not relabelled: %+v", h.m.ShortHelp()[2].Help())
	}
}

func TestDataChangedSearchesAgainAndGlobalKeysStayFree(t *testing.T) {
	s := openStore(t)
	h := newHarness(t, s, model.EN, 100, 27)
	h.mustContain("Found: 0")
	if h.m.Capturing() {
		t.Fatal("the list captures keys with the search box blurred: q, h, i, p, s would not work")
	}
	addIdea(t, s, "Жаңа идея", "bilim")
	h.send(common.DataChangedMsg{})
	h.mustContain("Found: 1", "Жаңа идея")
	h.keys("enter")
	if h.m.Capturing() || !h.m.HandlesBack() {
		t.Error("the card must leave global keys free but take esc")
	}
	h.keys("backspace")
	if h.m.mode != modeList {
		t.Errorf("backspace on the card: mode %d", h.m.mode)
	}
	var _ common.BackHandler = h.m
}
