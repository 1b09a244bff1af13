package appdoc

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/model/application"
	"frontoffice/ui/i18n"
)

var day = time.Date(2026, 12, 6, 15, 0, 0, 0, time.UTC)

// TestApplicationFileName: named from the title (in Latin letters) and the
// day, safe on Windows, bounded (issue 20 item 10).
func TestApplicationFileName(t *testing.T) {
	for title, want := range map[string]string{
		"Таза аула": "Taza-aula_2026-12-06.html",
		"Green Challenge: Түркістанда мың түп ағаш": "Green-Challenge-Turkistanda-myng-tup-aghash_2026-12-06.html",
		"Чистый двор «Щедрость» №5":                 "Chistyi-dvor-Shchedrost-5_2026-12-06.html",
		`a<b>c:d"e/f\g|h?i*j`: "a-b-c-d-e-f-g-h-i-j_2026-12-06.html",
		"Saýlyq Álem ...":     "Saylyq-Alem_2026-12-06.html",
		"  ":                  "application_2026-12-06.html",
		"健康":                  "application_2026-12-06.html",
		"CON":                 "CON-_2026-12-06.html",
		"Қ Ұ Ш":               "Q-U-Sh_2026-12-06.html",
	} {
		if got := ApplicationFileName(title, day, "html"); got != want {
			t.Errorf("%q: %q, want %q", title, got, want)
		}
	}
	long := ApplicationFileName(strings.Repeat("Жастар медиа мектебі ", 20), day, "md")
	if len(long) > maxNameLen+len("_2026-12-06.md") || !strings.HasSuffix(long, "_2026-12-06.md") || strings.Contains(long, "-_") {
		t.Errorf("long title: %q (%d bytes)", long, len(long))
	}
	for _, name := range []string{long, ApplicationFileName("a. b ", day, "md")} {
		base := strings.TrimSuffix(name, filepath.Ext(name))
		if strings.ContainsAny(name, `<>:"/\|?* `) || strings.HasSuffix(base, ".") {
			t.Errorf("%q is not safe on Windows", name)
		}
		for _, r := range name {
			if r >= 0x80 || r < 0x20 {
				t.Errorf("%q has a non-ASCII or control character", name)
			}
		}
	}
}

// TestApplicationPathKeepsIdeasApart: a second idea of the same title on
// the same day gets a name of its own; the idea's own file (or one edited by
// hand, which names none) keeps its name; a withdrawal finds the files by
// the idea named inside.
func TestApplicationPathKeepsIdeasApart(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "applications")
	os.MkdirAll(dir, 0o700)
	write := func(id string) string {
		i := &model.Idea{Envelope: model.Envelope{ID: id}, Title: "Таза аула"}
		p := ApplicationPath(dir, id, i.Title, day, "html")
		f, err := os.Create(p)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if err := HTML(f, Doc{Idea: i, Template: (application.Office{}).TemplateFor(""), Tr: i18n.New(model.KK), Date: day}); err != nil {
			t.Fatal(err)
		}
		return p
	}
	a := write("idea-a")
	b := write("idea-b")
	if filepath.Base(a) != "Taza-aula_2026-12-06.html" || filepath.Base(b) != "Taza-aula_2026-12-06-2.html" {
		t.Errorf("names %s, %s", filepath.Base(a), filepath.Base(b))
	}
	if FileIdea(a) != "idea-a" || FileIdea(b) != "idea-b" {
		t.Errorf("ideas named inside: %q, %q", FileIdea(a), FileIdea(b))
	}
	if p := ApplicationPath(dir, "idea-b", "Таза аула", day, "html"); p != b {
		t.Errorf("idea b's own file: %s", p)
	}
	os.WriteFile(a, []byte("edited by hand"), 0o600)
	if p := ApplicationPath(dir, "idea-c", "Таза аула", day, "html"); p != a {
		t.Errorf("a file naming no idea is offered for replacing (asked first), got %s", p)
	}
	got, err := PersonFiles(filepath.Join(filepath.Dir(dir), "fo.db"), nil, []string{"idea-b"})
	if err != nil || len(got) != 1 || got[0] != b {
		t.Errorf("withdrawal finds %v, %v; want %s", got, err, b)
	}
}
