package cli

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/storage"
	"frontoffice/ui/i18n"
)

// creditsOffice has Madina with 4 verified hours and 0.5 pending, in one
// verified entry (and the pending one).
func creditsOffice(t *testing.T) (*storage.Store, *model.Person) {
	t.Helper()
	s := openStore(t, "credits.db")
	s.SetActor("N. Popova")
	p := model.New(model.KindPerson).(*model.Person)
	p.FullName, p.Phone, p.Consent, p.ConsentMethod, p.ConsentAt = "Мадина Салпенова", "+77715948942", true, "paper", "2026-02-01"
	create(t, s, p)
	done, err := s.LogHoursBatch(model.Hours{Date: "2026-02-10", Activity: "Concert"}, []storage.BulkHours{{PersonID: p.ID, Hours: 4}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.VerifyHours(done[0].ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.LogHoursBatch(model.Hours{Date: "2026-02-11", Activity: "Clean-up"}, []storage.BulkHours{{PersonID: p.ID, Hours: 0.5}}); err != nil {
		t.Fatal(err)
	}
	return s, p
}

var creditsNow = time.Date(2026, 2, 13, 10, 0, 0, 0, time.UTC)

// TestCreditsTextForPeople: the text output shows phones as the app does
// and hours with the language's decimal mark; csv and json keep the
// machine forms (+77715948942, 0.5).
func TestCreditsTextForPeople(t *testing.T) {
	s, _ := creditsOffice(t)
	for _, c := range []struct {
		lang      model.Lang
		half, not string
	}{{model.RU, "0,5", "0.5"}, {model.KK, "0,5", "0.5"}, {model.EN, "0.5", "0,5"}} {
		var out bytes.Buffer
		if err := Credits(s, i18n.New(c.lang), "text", creditsNow, &out); err != nil {
			t.Fatal(err)
		}
		text := out.String()
		if !strings.Contains(text, "+7 771 594 89 42") || strings.Contains(text, "+77715948942") {
			t.Errorf("%s: the phone as the app shows it:\n%s", c.lang, text)
		}
		if c.lang == model.EN && !strings.Contains(text, "1 person, ") {
			t.Errorf("en: one person, not people:\n%s", text)
		}
		if !strings.Contains(text, c.half) || strings.Contains(text, c.not) {
			t.Errorf("%s: half an hour as %q:\n%s", c.lang, c.half, text)
		}
	}
	for _, format := range []string{"csv", "json"} {
		var out bytes.Buffer
		if err := Credits(s, i18n.New(model.RU), format, creditsNow, &out); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(out.String(), "+77715948942") || !strings.Contains(out.String(), "0.5") {
			t.Errorf("%s keeps the machine forms:\n%s", format, out.String())
		}
	}
}

// TestCertificateWordsAgree: "за 4 часа" (not "часов"), and check --code
// says "1 entry" in English.
func TestCertificateWordsAgree(t *testing.T) {
	s, p := creditsOffice(t)
	var html, errs bytes.Buffer
	if err := Certificate(s, i18n.New(model.RU), CertificateOptions{}, p.ID, creditsNow, &html, &errs); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(html.String(), "за 4 часа общественно") {
		t.Errorf("ru certificate: the hours should agree with 4:\n%s", html.String())
	}
	m := regexp.MustCompile(`<b>([0-9A-Z]{5}-[0-9A-Z]{5})</b>`).FindStringSubmatch(html.String())
	if m == nil {
		t.Fatalf("no code in:\n%s", html.String())
	}
	var out bytes.Buffer
	if ok, err := CheckCode(s, i18n.New(model.EN), m[1], &out); !ok || err != nil {
		t.Fatalf("check: %v %v", ok, err)
	}
	if !strings.Contains(out.String(), "(1 entry, on 10.02.2026)") {
		t.Errorf("en check: %q", out.String())
	}
}

// TestCertificateNamesNoCommand: the letter tells its reader that any front
// office can confirm the code, not a command line (issue 20 item 11).
func TestCertificateNamesNoCommand(t *testing.T) {
	s, p := creditsOffice(t)
	for _, lang := range model.Langs() {
		var html, errs bytes.Buffer
		if err := Certificate(s, i18n.New(lang), CertificateOptions{}, p.ID, creditsNow, &html, &errs); err != nil {
			t.Fatal(err)
		}
		m := regexp.MustCompile(`<b>([0-9A-Z]{5}-[0-9A-Z]{5})</b>`).FindStringSubmatch(html.String())
		if m == nil {
			t.Fatalf("%s: no code", lang)
		}
		want := i18n.New(lang).T("cert.code_how", m[1])
		if strings.Contains(html.String(), "frontoffice check") || strings.Contains(html.String(), "--code") ||
			!strings.Contains(html.String(), want) {
			t.Errorf("%s: the letter names a command or lacks %q", lang, want)
		}
	}
}
