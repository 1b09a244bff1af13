package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/storage"
)

// withdrawStore is a store with Айгерім (phone, IIN; applicant of an idea and
// in its team, named in a consultation's notes), Бауыржан (in the same team,
// with his own certificate), and the files made for them beside the store.
func withdrawStore(t *testing.T) (db string, aigerim, bauyrzhan *model.Person, idea *model.Idea) {
	t.Helper()
	db = filepath.Join(t.TempDir(), "fo.db")
	s, err := storage.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	mk := func(name, phone string) *model.Person {
		p := model.New(model.KindPerson).(*model.Person)
		p.FullName, p.Phone, p.Consent, p.BirthYear = name, phone, true, time.Now().Year()-25
		if err := s.Create(p); err != nil {
			t.Fatal(err)
		}
		return p
	}
	aigerim = mk("Айгерім Сейтқали", "+77011110001")
	aigerim.IIN = "900101300010"
	for d := '0'; d <= '9'; d++ { // a valid IIN
		if iin := "90010130001" + string(d); model.ValidIIN(iin) {
			aigerim.IIN = iin
		}
	}
	aigerim.BirthYear = 1990
	if err := s.Update(aigerim); err != nil {
		t.Fatal(err)
	}
	bauyrzhan = mk("Бауыржан Омаров", "+77011110002")
	idea = model.New(model.KindIdea).(*model.Idea)
	idea.Title, idea.Direction, idea.Region, idea.Status = "Таза аула", "taza_alem", "shymkent", "draft"
	idea.Summary, idea.ApplicantID = "Жетекші: 8 701 111 00 01", aigerim.ID
	idea.Team = []model.TeamMember{{PersonID: aigerim.ID, Name: aigerim.FullName}, {PersonID: bauyrzhan.ID, Name: bauyrzhan.FullName}}
	if err := s.Create(idea); err != nil {
		t.Fatal(err)
	}
	other := model.New(model.KindIdea).(*model.Idea)
	other.Title, other.Direction, other.Region, other.Status = "Кітап", "taza_alem", "shymkent", "draft"
	other.ApplicantID = bauyrzhan.ID
	if err := s.Create(other); err != nil {
		t.Fatal(err)
	}
	c := model.New(model.KindConsultation).(*model.Consultation)
	c.Date, c.DurationMin, c.Consultant, c.Services = model.DateOf(time.Now()), 30, "Нина", []model.Service{"project_design"}
	c.PersonID, c.Notes = bauyrzhan.ID, "Айгерімнің ЖСН "+aigerim.IIN+", тел. 87011110001"
	if err := s.Create(c); err != nil {
		t.Fatal(err)
	}
	files := []string{
		"certificates/Айгерім_Сейтқали-2026-03-01.html",
		"certificates/Бауыржан_Омаров-2026-03-01.html",
		"applications/" + idea.ID + "-ABC12.md",
		"applications/" + other.ID + "-ABC12.md",
	}
	for _, f := range files {
		path := filepath.Join(filepath.Dir(db), f)
		if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte("<p>"+f+"</p>"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return db, aigerim, bauyrzhan, idea
}

func TestWithdrawCommand(t *testing.T) {
	db, aigerim, bauyrzhan, idea := withdrawStore(t)
	dir := filepath.Dir(db)

	// By phone, in pieces and in another form than stored.
	out, _ := mustRun(t, 0, "withdraw", "--db", db, "--lang", "en", "8", "(701)", "111-00-01")
	for _, w := range []string{"Consent of person " + aigerim.ID + " withdrawn", "Other records changed: 2", "team members to initials: 1",
		"Files beside the store deleted (certificates, applications): 2",
		filepath.Join("certificates", "Айгерім_Сейтқали-2026-03-01.html"),
		filepath.Join("applications", idea.ID+"-ABC12.md")} {
		if !strings.Contains(out, w) {
			t.Errorf("withdraw output lacks %q:\n%s", w, out)
		}
	}
	var left []string
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && filepath.Dir(p) != dir {
			left = append(left, filepath.Base(p))
		}
		return nil
	})
	slices.Sort(left)
	if len(left) != 2 || !strings.HasPrefix(left[1], "Бауыржан_Омаров-") || strings.Contains(left[0], idea.ID) {
		t.Errorf("files left beside the store: %v (Бауыржан's certificate and his idea's application should stay)", left)
	}

	// The application prints initials where it printed the full name; the
	// phone is gone from the summary.
	out, _ = mustRun(t, 0, "application", "--db", db, "--lang", "kk", idea.ID)
	if strings.Contains(out, "Сейтқали") || strings.Contains(out, "111 00 01") || !strings.Contains(out, "А. С.") {
		t.Errorf("application after the withdrawal:\n%s", out)
	}
	if !strings.Contains(out, "Бауыржан Омаров") {
		t.Errorf("another team member's name should stay:\n%s", out)
	}
	// Nothing in any record's current JSON.
	s, err := storage.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range model.Kinds() {
		s.List(k, func(r model.Record) error {
			b, _ := json.Marshal(r)
			raw := string(b)
			if strings.Contains(raw, "7011110001") || strings.Contains(raw, aigerim.IIN) || strings.Contains(raw, "Сейтқали") {
				t.Errorf("%s %s still holds her data: %s", k, r.Env().ID, raw)
			}
			return nil
		})
	}
	s.Close()

	// By id, in Russian; a second time for the same person is fine too.
	out, _ = mustRun(t, 0, "withdraw", "--db", db, "--lang", "ru", bauyrzhan.ID)
	if !strings.Contains(out, "Согласие человека "+bauyrzhan.ID+" отозвано") || !strings.Contains(out, "Удалено файлов рядом с хранилищем (благодарственные письма, заявки): 2") {
		t.Errorf("withdraw by id:\n%s", out)
	}
	mustRun(t, 0, "withdraw", "--db", db, aigerim.ID)

	// Unknown: exit 1 with a sentence; her phone no longer finds her.
	_, errs := mustRun(t, 1, "withdraw", "--db", db, "--lang", "kk", "87011110001")
	if !strings.Contains(errs, "деген адам қоймада жоқ") {
		t.Errorf("unknown person: %q", errs)
	}
	mustRun(t, 2, "withdraw", "--db", db)
}
