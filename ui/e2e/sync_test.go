package e2e

import (
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestSyncTwoOfficesInTmux carries one office's data to another the way
// consultants do: Sync → Export in the first office's app (which shows its
// key fingerprint), Sync → Import of that file in the second's (in Russian:
// the first bundle of that office asks to trust it, showing the fingerprint
// to compare, and y trusts it), again on a small terminal (in Kazakh, where
// the office is known, nothing is asked, and it changes nothing and says
// so), and `check` finds both stores whole and holding the same number of
// records.
func TestSyncTwoOfficesInTmux(t *testing.T) {
	a := filepath.Join(t.TempDir(), "a.db")
	if out, err := exec.Command(binary, "demo", "--db", a, "--ideas", "60", "--people", "40", "--lang", "en").CombinedOutput(); err != nil {
		t.Fatalf("demo: %v\n%s", err, out)
	}
	tm := start(t, 100, 30, nil, "--db", a, "--lang", "en")
	tm.waitFor("People: 40")
	tm.keys("t")
	s := tm.waitFor("Bundle file")
	fp := regexp.MustCompile(`key fingerprint: ([0-9a-f]{4}( [0-9a-f]{4}){3})`).FindStringSubmatch(s)
	if fp == nil {
		t.Fatalf("the Sync screen shows no fingerprint:\n%s", s)
	}
	tm.keys("Enter") // into the path, as proposed
	tm.keys("Enter") // export
	tm.waitFor("Bundle written")
	tm.keys("q")
	tm.waitFor("EXIT=0")
	tm.tmux("kill-server")
	files, _ := filepath.Glob(filepath.Join(filepath.Dir(a), "bundles", "*.fob"))
	if len(files) != 1 {
		t.Fatalf("bundles written: %v", files)
	}

	b := filepath.Join(t.TempDir(), "b.db")
	tm = start(t, 100, 30, nil, "--db", b, "--lang", "ru")
	tm.waitFor("Главная")
	tm.keys("t")
	tm.waitFor("Экспорт")
	tm.keys("Right")
	tm.waitFor("Файл для импорта")
	tm.keys("Enter")
	tm.literal(files[0])
	tm.keys("Enter")
	// The consultant compares the fingerprint with the first office's, then trusts it.
	if s = tm.waitFor("Первый пакет этого офиса"); !strings.Contains(s, "Отпечаток ключа: "+fp[1]) {
		t.Fatalf("the question shows another fingerprint than %s:\n%s", fp[1], s)
	}
	tm.keys("y")
	s = tm.waitFor("всего: новых")
	if !strings.Contains(s, "люди: новых 40") || !strings.Contains(s, "идеи: новых 60") {
		t.Errorf("the import's summary:\n%s", s)
	}
	tm.keys("q")
	tm.waitFor("EXIT=0")
	tm.tmux("kill-server")

	tm = start(t, 40, 12, nil, "--db", b, "--lang", "kk")
	tm.waitFor("Басты бет")
	tm.keys("t")
	tm.waitFor("Импорт")
	tm.keys("Right", "Enter")
	tm.literal(files[0])
	tm.keys("Enter")
	tm.waitFor("ештеңе өзгертілмеді")
	tm.keys("q")
	tm.waitFor("EXIT=0")

	records := regexp.MustCompile(`records: (\d[\d, ]*)`)
	count := func(db string) string {
		out, err := exec.Command(binary, "check", "--db", db, "--lang", "en").CombinedOutput()
		if err != nil {
			t.Fatalf("check %s: %v\n%s", db, err, out)
		}
		m := records.FindStringSubmatch(string(out))
		if m == nil {
			t.Fatalf("check %s says:\n%s", db, out)
		}
		return m[1]
	}
	if ca, cb := count(a), count(b); ca != cb {
		t.Errorf("records: %s in the first office, %s in the second", ca, cb)
	}
}
