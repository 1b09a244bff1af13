package settings

import (
	"strings"
	"testing"

	"frontoffice/model"
	"frontoffice/ui/common"
	"frontoffice/ui/i18n"
	"frontoffice/ui/uitest"

	tea "github.com/charmbracelet/bubbletea"
)

// TestChangeLogScreen: a opens the change log on Settings; it lists each
// record's newest change newest first with what happened and who; enter
// opens an idea on its own screen, a deleted record only says so; moving
// down reads the older pages until the start of the log; esc goes back.
func TestChangeLogScreen(t *testing.T) {
	defer func(n int) { auditPage = n }(auditPage)
	auditPage = 2
	s := uitest.OpenStore(t, now)
	s.SetActor("Ольга Петрова")
	p := model.New(model.KindPerson).(*model.Person)
	p.FullName, p.Phone, p.Region = "Дәурен Ахметов", "+77011234567", "karaganda"
	p.Consent, p.ConsentMethod, p.ConsentAt = true, "paper", "2026-02-01"
	if err := s.Create(p); err != nil {
		t.Fatal(err)
	}
	var ideas []*model.Idea
	for _, title := range []string{"Таза аула", "Кітап алмасу", "Саябақ", "Ағаш отырғызу"} {
		i := model.New(model.KindIdea).(*model.Idea)
		i.Title, i.Direction, i.Region, i.Status = title, "taza_alem", "karaganda", "draft"
		if err := s.Create(i); err != nil {
			t.Fatal(err)
		}
		ideas = append(ideas, i)
	}
	s.SetActor("Мадина")
	ideas[0].Title = "Таза аула 2"
	if err := s.Update(ideas[0]); err != nil {
		t.Fatal(err)
	}
	if err := s.Delete(model.KindIdea, ideas[1].ID); err != nil {
		t.Fatal(err)
	}

	h := newHarness(t, s, model.EN)
	var opened []common.OpenMsg
	catch := h.run.Catch
	h.run.Catch = func(msg tea.Msg) bool {
		if o, ok := msg.(common.OpenMsg); ok {
			opened = append(opened, o)
			return true
		}
		return catch(msg)
	}
	h.mustSee("Change log", "press a")
	h.keys("a")
	if !h.m.HandlesBack() {
		t.Fatal("esc would leave Settings instead of closing the change log")
	}
	h.mustSee("Recent changes", "deleted · idea «Кітап алмасу» · Мадина", "edited · idea «Таза аула 2» · Мадина", "Shown: 2")
	if v := h.view(); strings.Index(v, "Кітап алмасу") > strings.Index(v, "Таза аула 2") {
		t.Fatalf("not newest first:\n%s", v)
	}

	h.keys("enter")
	if len(opened) != 0 || len(h.status) == 0 || !strings.Contains(h.status[len(h.status)-1], "deleted") {
		t.Fatalf("a deleted record: opened %v, status %v", opened, h.status)
	}
	h.keys("j", "enter")
	if len(opened) != 1 || opened[0] != (common.OpenMsg{Kind: model.KindIdea, ID: ideas[0].ID}) {
		t.Fatalf("enter on the edited idea opened %v", opened)
	}

	// Moving down reads the older pages, two at a time, to the start.
	h.keys("j", "j", "j", "j", "j", "j")
	h.mustSee("created · person «Дәурен Ахметов» · Ольга Петрова", "Shown: 5", "the start of the log")
	h.keys("enter")
	if last := opened[len(opened)-1]; last != (common.OpenMsg{Kind: model.KindPerson, ID: p.ID}) {
		t.Fatalf("enter on the person opened %v", last)
	}

	// Russian, and at 40×12 every line fits.
	h.m.c.Tr = i18n.New(model.RU)
	h.send(common.LangChangedMsg{})
	h.m.SetSize(40, 9)
	h.mustSee("Последние изменения", "создано")
	for _, l := range strings.Split(h.view(), "\n") {
		if w := len([]rune(l)); w > 40 {
			t.Errorf("%d wide at 40: %q", w, l)
		}
	}

	h.keys("esc")
	h.m.SetSize(100, 30)
	if h.m.HandlesBack() {
		t.Fatal("esc did not close the change log")
	}
	h.mustSee("Журнал изменений")
}

// The erasure log shows above the changes: when, who, the person's id and
// counts, nothing personal; in every language.
func TestChangeLogShowsErasures(t *testing.T) {
	s := uitest.OpenStore(t, now)
	s.SetActor("Ольга Петрова")
	p := model.New(model.KindPerson).(*model.Person)
	p.FullName, p.Phone, p.Region = "Дәурен Ахметов", "+77011234567", "karaganda"
	p.Consent, p.ConsentMethod, p.ConsentAt = true, "paper", "2026-02-01"
	if err := s.Create(p); err != nil {
		t.Fatal(err)
	}
	e, err := s.Withdraw(p.ID)
	if err != nil {
		t.Fatal(err)
	}
	entry := e.Entry(now, s.Actor())
	entry.Files, entry.Backups = 1, 2
	if err := s.LogErasure(entry); err != nil {
		t.Fatal(err)
	}
	for lang, want := range map[model.Lang]string{
		model.EN: "Erasure log (consent withdrawn): 1",
		model.RU: "Журнал удалений (отозвавшие согласие): 1",
		model.KK: "Өшіру журналы (келісімін қайтарып алғандар): 1",
	} {
		h := newHarness(t, s, lang)
		h.keys("a")
		h.mustSee(want, p.ID, "Ольга Петрова")
		if lang == model.EN {
			h.mustSee("records 1, revisions 1, team entries 0, files 1, backups 2")
		}
		if v := h.view(); strings.Contains(v, "7011234567") || strings.Contains(v, "Ахметов") && strings.Count(v, "Ахметов") > 1 {
			t.Errorf("%s: personal data in the change log:\n%s", lang, v)
		}
	}
}
