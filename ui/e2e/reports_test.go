package e2e

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestReportsScreenMatchesCommand: on a demo store, the Reports screen at
// 40×12 (opened with к, r on the Russian layout) shows the people and ideas
// the report command counts; a filter typed in the form narrows them; e
// writes the same numbers beside the store.
func TestReportsScreenMatchesCommand(t *testing.T) {
	db := filepath.Join(t.TempDir(), "fo.db")
	if out, err := exec.Command(binary, "demo", "--db", db, "--ideas", "300", "--people", "200").CombinedOutput(); err != nil {
		t.Fatalf("demo: %v\n%s", err, out)
	}
	out, err := exec.Command(binary, "report", "--db", db, "--format", "json", "--region", "karaganda").Output()
	if err != nil {
		t.Fatal(err)
	}
	var want map[string]any
	if err := json.Unmarshal(out, &want); err != nil {
		t.Fatal(err)
	}

	tm := start(t, 40, 12, nil, "--db", db, "--lang", "ru")
	tm.waitFor("Главная")
	tm.keys("к")
	s := tm.waitFor("Итого")
	if !strings.Contains(s, "Люди") || !strings.Contains(s, "200") {
		t.Fatalf("the totals:\n%s", s)
	}
	tm.keys("f")
	tm.waitFor("Фильтр отчёта")
	tm.keys("Enter", "Enter") // no dates
	tm.waitFor("Регион")
	for range 9 { // Karaganda is the 9th region
		tm.keys("Down")
	}
	tm.keys("Enter", "Enter") // all directions
	tm.waitFor("все даты · Карагандинская")
	s = tm.waitFor("Итого")
	tm.keys("e")
	tm.waitFor("Отчёт записан")
	files, _ := filepath.Glob(filepath.Join(filepath.Dir(db), "report-*.json"))
	if len(files) != 1 {
		t.Fatalf("exported files: %v\n%s", files, tm.screen())
	}
	data, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	if err := json.Unmarshal(data, &got); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"people", "ideas", "consultations", "verified_hours"} {
		if got[k] != want[k] {
			t.Errorf("%s: screen export %v, command %v\n%s", k, got[k], want[k], s)
		}
	}
	tm.keys("q")
	tm.waitFor("EXIT=0")
}
