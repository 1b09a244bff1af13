package e2e

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestOneStudentAtTwoDesks: desk A (Russian) and desk B (Kazakh) each
// registered the same student their own way (8 701 … and «Айгерім
// Сәрсенбаева» at A, +7 701 … and «Aigerim Sarsenbayeva» at B) and logged
// 12 verified hours for her; the desks swap bundles through Sync, trusting
// each other's office as a consultant would; then both show one person with
// 24 hours and 20 000 ₸ on her card, and `credits` says the same.
func TestOneStudentAtTwoDesks(t *testing.T) {
	dir := t.TempDir()
	// Three days ago, but in this year: her hours count toward this year's
	// credit (on the 1st to the 3rd of January, the 1st).
	now := time.Now()
	day := now.AddDate(0, 0, -3)
	if day.Year() != now.Year() {
		day = time.Date(now.Year(), 1, 1, 12, 0, 0, 0, now.Location())
	}
	dayText := day.Format("2006-01-02")
	desk := func(name, phone, fullName string) string {
		db := filepath.Join(dir, name, "fo.db")
		people := filepath.Join(dir, name+"-people.csv")
		hours := filepath.Join(dir, name+"-hours.csv")
		os.WriteFile(people, []byte("id,full_name,phone,iin,birth_year,organization,region,consent,consent_at,created_at,updated_at\n"+
			","+fullName+","+phone+",,2003,KSIU,karaganda,yes,,,\n"), 0o600)
		os.WriteFile(hours, []byte("id,person_phone,date,hours,activity,idea_id,status,verified_by\n"+
			","+phone+","+dayText+",12,Book drive,,verified,N. Popova\n"), 0o600)
		for _, c := range [][]string{{"people", people}, {"hours", hours}} {
			if out, err := exec.Command(binary, "import-csv", "--db", db, "--kind", c[0], c[1]).CombinedOutput(); err != nil {
				t.Fatalf("%s: import-csv %s: %v\n%s", name, c[0], err, out)
			}
		}
		return db
	}
	a := desk("a", "8 701 555 12 34", "Айгерім Сәрсенбаева")
	b := desk("b", "+7 701 555 12 34", "Aigerim Sarsenbayeva")

	// Each desk exports through Sync (the path proposed), in its language.
	export := func(db, lang, home, bundleFile, written string) string {
		tm := start(t, 100, 30, nil, "--db", db, "--lang", lang)
		tm.waitFor(home)
		tm.keys("t")
		tm.waitFor(bundleFile)
		tm.keys("Enter") // into the path, as proposed
		tm.keys("Enter") // export
		tm.waitFor(written)
		tm.keys("q")
		tm.waitFor("EXIT=0")
		tm.tmux("kill-server")
		files, _ := filepath.Glob(filepath.Join(filepath.Dir(db), "bundles", "*.fob"))
		if len(files) != 1 {
			t.Fatalf("bundles written at %s: %v", db, files)
		}
		return files[0]
	}
	fromA := export(a, "ru", "Главная", "Файл пакета", "Пакет записан")
	fromB := export(b, "kk", "Басты бет", "Пакет файлы", "Пакет жазылды")

	// Each imports the other's, trusting its office (y), and opens her card
	// found by phone in another form.
	swap := func(db, lang, home, syncTab, fileLabel, trustQ, total, found, credit, file string) {
		tm := start(t, 100, 30, nil, "--db", db, "--lang", lang)
		tm.waitFor(home)
		tm.keys("t")
		tm.waitFor(syncTab)
		tm.keys("Right")
		tm.waitFor(fileLabel)
		tm.keys("Enter")
		tm.literal(file)
		tm.keys("Enter")
		tm.waitFor(trustQ)
		tm.keys("y")
		tm.waitFor(total)
		tm.keys("p")
		tm.waitFor(strings.TrimSuffix(found, "N")) // the list, its count in
		tm.keys("/")
		tm.waitFor(map[string]string{"ru": "выйти из поиска", "kk": "іздеуден шығу"}[lang]) // the search box has the keys
		tm.literal("87015551234")
		s := tm.waitUntil("one person by the phone", func(s string) bool {
			return strings.Contains(s, strings.Replace(found, "N", "1", 1)) && strings.Contains(s, "▸")
		})
		if strings.Count(s, "+7 701 555 12 34") != 1 {
			t.Errorf("%s: the phone lists more than one person:\n%s", lang, s)
		}
		tm.keys("Enter")
		s = tm.waitFor(credit)
		for _, want := range []string{"Айгерім Сәрсенбаева", "«Aigerim Sarsenbayeva»"} {
			if !strings.Contains(s, want) {
				t.Errorf("%s: her card lacks %q:\n%s", lang, want, s)
			}
		}
		tm.keys("q")
		tm.waitFor("EXIT=0")
		tm.tmux("kill-server")
	}
	year := now.Year()
	swap(a, "ru", "Главная", "Экспорт", "Файл для импорта", "Первый пакет этого офиса", "всего: новых", "Найдено: N",
		fmt.Sprintf("Соц. кредит %d: учтено 24 ч → 20 000 ₸", year), fromB)
	swap(b, "kk", "Басты бет", "Экспорт", "Импортталатын файл", "Бұл кеңсенің алғашқы пакеті", "барлығы: жаңа", "Табылды: N",
		fmt.Sprintf("Әлеуметтік кредит %d: 24 сағ есепте → 20 000 ₸", year), fromA)

	for _, db := range []string{a, b} {
		out, err := exec.Command(binary, "credits", "--db", db, "--format", "json").Output()
		if err != nil {
			t.Fatalf("credits: %v", err)
		}
		var rows []struct {
			Phone   string  `json:"phone"`
			Counted float64 `json:"counted_hours"`
			Amount  float64 `json:"amount_kzt"`
		}
		if err := json.Unmarshal(out, &rows); err != nil {
			t.Fatalf("credits json: %v\n%s", err, out)
		}
		if len(rows) != 1 || rows[0].Counted != 24 || rows[0].Amount != 20000 {
			t.Errorf("%s: credits %+v, want one person with 24 h and 20 000 ₸", db, rows)
		}
	}
}
