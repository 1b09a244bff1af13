package main

import (
	"bytes"
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/model/application"
	"frontoffice/storage"
)

// applicationStore makes a store with a youth-grant idea ready to send and
// an idea with problems.
func applicationStore(t *testing.T) (db string, ready, unready *model.Idea) {
	t.Helper()
	db = filepath.Join(t.TempDir(), "fo.db")
	s, err := storage.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	p := model.New(model.KindPerson).(*model.Person)
	p.FullName, p.Consent, p.BirthYear = "Айгерім Сейтқали", true, time.Now().Year()-25
	if err := s.Create(p); err != nil {
		t.Fatal(err)
	}
	start := time.Now().AddDate(0, 1, 0)
	ready = model.New(model.KindIdea).(*model.Idea)
	ready.Title, ready.Direction, ready.Region, ready.Status = "Таза аула", "taza_alem", "shymkent", "draft"
	ready.Summary, ready.Programme, ready.ApplicantID = "Ауладағы қоқыс", "youth_small_grant", p.ID
	ready.StartDate, ready.EndDate = model.DateOf(start), model.DateOf(start.AddDate(0, 5, 0))
	ready.Team = []model.TeamMember{{PersonID: p.ID, Name: p.FullName}, {Name: "Бауыржан"}, {Name: "Дана"}}
	ready.TargetGroups = []model.Reach{{Group: "youth", Planned: 50}}
	ready.Logframe = model.Logframe{Goal: "Таза аула", Objectives: []model.Objective{{Text: "Сенбілік"}},
		Activities: []model.Activity{{Text: "Сенбілік өткізу", Objective: 1, Start: "2026-04-04", End: "2026-04-04", Responsible: "Айгерім"}}, Results: []string{"10 аула"},
		Indicators: []model.Indicator{{Name: "аулалар", Target: 10, Objective: 1}}}
	ready.Budget = []model.BudgetLine{{Item: "Қап <b>", Category: "materials", Quantity: 900, UnitKZT: 1000, Source: "grant"}}
	if err := s.Create(ready); err != nil {
		t.Fatal(err)
	}
	unready = model.New(model.KindIdea).(*model.Idea)
	*unready = *ready
	unready.Envelope = model.New(model.KindIdea).(*model.Idea).Envelope
	unready.Programme = ""
	unready.Logframe.Objectives = append(unready.Logframe.Objectives, model.Objective{Text: "Жәшіктер"})
	unready.Budget = []model.BudgetLine{{Item: "Қап", Category: "materials", Quantity: 1240, UnitKZT: 1000, Source: "grant"}}
	if err := s.Create(unready); err != nil {
		t.Fatal(err)
	}
	return db, ready, unready
}

func TestApplicationCommand(t *testing.T) {
	db, ready, unready := applicationStore(t)

	code, out, errs := runCLI(t, "application", "--db", db, "--lang", "en", "--check", ready.ID)
	if code != 0 || !strings.Contains(out, "ready (100 %)") || !strings.Contains(out, "Youth small grant") {
		t.Errorf("--check ready: %d %q %q", code, out, errs)
	}
	// Flags after the id; the small grant when the idea names no programme.
	code, out, _ = runCLI(t, "application", unready.ID, "--db", db, "--check", "--lang", "en")
	if code != 1 || !strings.Contains(out, "objective 2 has no indicator") || !strings.Contains(out, "Small grant") {
		t.Errorf("--check unready: %d %q", code, out)
	}
	code, out, _ = runCLI(t, "application", "--db", db, "--lang", "ru", "--check", unready.ID)
	if code != 1 || !strings.Contains(out, "у задачи 2 нет индикатора") {
		t.Errorf("--check in Russian: %d %q", code, out)
	}

	code, out, _ = runCLI(t, "application", "--db", db, "--lang", "kk", ready.ID)
	tpl := (application.Office{}).TemplateFor("youth_small_grant")
	if code != 0 || !strings.HasPrefix(out, "# Таза аула\n") || !strings.Contains(out, "## "+tpl.Sections[0].Title.KK) ||
		!strings.Contains(out, `Қап \<b\>`) || !strings.Contains(out, "Айгерім Сейтқали") {
		t.Errorf("markdown: %d %q", code, out)
	}

	file := filepath.Join(t.TempDir(), "app.html")
	code, out, errs = runCLI(t, "application", "--db", db, "--format", "html", ready.ID, "--out", file, "--lang", "ru")
	if code != 0 || out != "" || !strings.Contains(errs, file) {
		t.Fatalf("--out: %d %q %q", code, out, errs)
	}
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	dec := xml.NewDecoder(bytes.NewReader(src))
	dec.Strict = true
	for {
		if _, err := dec.Token(); err != nil {
			if err.Error() != "EOF" {
				t.Fatalf("HTML not well-formed: %v", err)
			}
			break
		}
	}
	// A finished application: every required section, none left unfilled.
	for _, s := range tpl.Sections {
		if s.Required && !bytes.Contains(src, []byte("<h2>"+s.Title.RU+"</h2>")) {
			t.Errorf("HTML lacks section %q", s.Title.RU)
		}
	}
	if bytes.Contains(src, []byte("(пока не заполнено)")) || bytes.Contains(src, []byte(`class="draft"`)) {
		t.Error("a finished application prints an unfilled section or the draft mark")
	}
	if !bytes.Contains(src, []byte(model.Tenge(900_000).String())) {
		t.Error("HTML lacks the budget total")
	}
	if left, _ := filepath.Glob(filepath.Join(filepath.Dir(file), ".*tmp")); len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

func TestApplicationErrors(t *testing.T) {
	db, ready, _ := applicationStore(t)
	code, _, errs := runCLI(t, "application", "--db", db, "--lang", "en", "01NOSUCHIDEA")
	if code != 1 || !strings.Contains(errs, `There is no idea "01NOSUCHIDEA"`) {
		t.Errorf("unknown idea: %d %q", code, errs)
	}
	for _, args := range [][]string{
		{"application", "--db", db, "--format", "pdf", ready.ID},
		{"application", "--db", db},
		{"application", "--db", db, ready.ID, "extra"},
	} {
		if code, _, _ := runCLI(t, args...); code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
	code, _, errs = runCLI(t, "application", "--db", db, "--out", filepath.Join(t.TempDir(), "no", "such", "dir.md"), ready.ID)
	if code != 1 || errs == "" {
		t.Errorf("unwritable --out: %d %q", code, errs)
	}
}

// An office's own template, kept in the store's settings, is what the
// command checks an idea against when the idea names it.
func TestApplicationCommandUsesTheOfficeTemplate(t *testing.T) {
	db, ready, _ := applicationStore(t)
	var youth application.Template
	for _, tpl := range (application.Office{}).Builtin() {
		if tpl.Code == "youth_small_grant" {
			youth = tpl
		}
	}
	spec := application.Copy(youth, func(string) bool { return false })
	spec.Name.EN = "Akimat youth grant"
	spec.MaxKZT, spec.Rules.MinTeam = 500_000, 4
	v, err := application.EncodeOffice([]application.Spec{spec})
	if err != nil {
		t.Fatal(err)
	}
	s, err := storage.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	ready.Programme = spec.Code
	if err := s.SetSetting("application_templates", v); err != nil {
		t.Fatal(err)
	}
	if err := s.Update(ready); err != nil {
		t.Fatal(err)
	}
	s.Close()

	code, out, errs := runCLI(t, "application", "--db", db, "--lang", "en", "--check", ready.ID)
	out = strings.ReplaceAll(out, "\u00a0", " ") // a sum's no-break spaces, read as spaces
	if code != 1 || !strings.Contains(out, "Akimat youth grant") || !strings.Contains(out, "over the 500 000 ₸ limit") ||
		!strings.Contains(out, "the programme asks for 4") {
		t.Errorf("--check against the office's template: %d %q %q", code, out, errs)
	}
}

// TestApplicationLanguage: the printed application is in the language its
// texts are in, whatever the interface's (an English interface printed
// English headings over Kazakh text); --lang chooses another (issue 20 item 8).
func TestApplicationLanguage(t *testing.T) {
	t.Setenv("LANG", "en_US.UTF-8")
	db, ready, _ := applicationStore(t)
	tpl := (application.Office{}).TemplateFor("youth_small_grant")
	code, out, errs := runCLI(t, "application", "--db", db, ready.ID)
	if code != 0 || !strings.Contains(out, "## "+tpl.Sections[0].Title.KK) || strings.Contains(out, "## "+tpl.Sections[0].Title.EN) {
		t.Errorf("Kazakh texts, English interface: %d %q %q", code, out, errs)
	}
	for lang, title := range map[string]string{"en": tpl.Sections[0].Title.EN, "ru": tpl.Sections[0].Title.RU} {
		code, out, _ = runCLI(t, "application", "--db", db, "--lang", lang, ready.ID)
		if code != 0 || !strings.Contains(out, "## "+title) {
			t.Errorf("--lang %s: %d %q", lang, code, out)
		}
	}
	// The language chosen on the application view (kept on the idea) is the default then.
	s, err := storage.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	i, _ := storage.GetAs[*model.Idea](s, model.KindIdea, ready.ID)
	i.PrintLang = model.RU
	if err := s.Update(i); err != nil {
		t.Fatal(err)
	}
	s.Close()
	code, out, _ = runCLI(t, "application", "--db", db, ready.ID)
	if code != 0 || !strings.Contains(out, "## "+tpl.Sections[0].Title.RU) {
		t.Errorf("chosen Russian: %d %q", code, out)
	}
}

// TestApplicationSave: --save writes the application into applications/
// beside the store under its title and date, prints the path, and replaces
// it only with --force (issue 20 item 10).
func TestApplicationSave(t *testing.T) {
	db, ready, unready := applicationStore(t)
	want := filepath.Join(filepath.Dir(db), "applications", "Taza-aula_"+time.Now().Format("2006-01-02")+".html")
	code, out, errs := runCLI(t, "application", "--db", db, "--save", ready.ID)
	if code != 0 || strings.TrimSpace(out) != want {
		t.Fatalf("--save: %d %q %q, want the path %s", code, out, errs, want)
	}
	src, err := os.ReadFile(want)
	if err != nil || !strings.Contains(string(src), "<html") || !strings.Contains(string(src), ready.ID) {
		t.Fatalf("saved file: %v", err)
	}
	// Again: refused without --force, the file kept; replaced with it.
	os.WriteFile(want, []byte("kept"), 0o600)
	code, _, errs = runCLI(t, "application", "--db", db, "--lang", "en", "--save", ready.ID)
	if b, _ := os.ReadFile(want); code != 1 || string(b) != "kept" || !strings.Contains(errs, "--force") {
		t.Errorf("--save over a file: %d %q, file %q", code, errs, b)
	}
	code, out, _ = runCLI(t, "application", "--db", db, "--save", "--force", ready.ID)
	if b, _ := os.ReadFile(want); code != 0 || !strings.Contains(string(b), "<html") {
		t.Errorf("--save --force: %d %q", code, out)
	}
	// Another idea of the same title on the same day has a file of its own; Markdown when asked.
	code, out, _ = runCLI(t, "application", "--db", db, "--save", "--format", "md", unready.ID)
	if code != 0 || !strings.HasSuffix(strings.TrimSpace(out), "Taza-aula_"+time.Now().Format("2006-01-02")+".md") {
		t.Errorf("--save --format md: %d %q", code, out)
	}
	code, out, _ = runCLI(t, "application", "--db", db, "--save", "--format", "html", unready.ID)
	if code != 0 || !strings.HasSuffix(strings.TrimSpace(out), "Taza-aula_"+time.Now().Format("2006-01-02")+"-2.html") {
		t.Errorf("--save of a second idea: %d %q", code, out)
	}
	for _, extra := range [][]string{{"--out", filepath.Join(t.TempDir(), "x.html")}, {"--check"}} {
		args := append([]string{"application", "--db", db, "--save", ready.ID}, extra...)
		if code, _, _ := runCLI(t, args...); code != 2 {
			t.Errorf("%v: exit %d, want 2", extra, code)
		}
	}
}
