package main

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/storage"
)

// runCLI runs the command line in-process and returns exit code, stdout, stderr.
func runCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, &out, &errb)
	return code, out.String(), errb.String()
}

// newEmptyStore makes a store with nothing in it (the commands that only
// read never make one) and returns its path.
func newEmptyStore(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "x", "fo.db")
	s, err := storage.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	return db
}

func TestExitCodes(t *testing.T) {
	db := newEmptyStore(t)
	for _, tc := range []struct {
		args []string
		code int
		in   string // expected in stdout+stderr
	}{
		{[]string{"version"}, 0, "frontoffice"},
		{[]string{"no-such-command", "--db", db}, 2, "no-such-command"},
		{[]string{"--bogus"}, 2, "bogus"},
		{[]string{"check", "--db", db, "extra"}, 2, "check"},
		{[]string{"--lang", "de", "check", "--db", db}, 2, "de"},
		{[]string{"backup", "--db", db}, 2, "--out"},
		{[]string{"demo", "--db", db, "--ideas", "-1"}, 2, ""},
		{[]string{"demo", "--db", db, "--ideas", "abc"}, 2, ""},
		{[]string{"check", "--db", db}, 0, "fine"},
		{[]string{"--help"}, 0, "frontoffice demo"},
	} {
		code, out, errs := runCLI(t, tc.args...)
		if code != tc.code || !strings.Contains(out+errs, tc.in) {
			t.Errorf("%v: exit %d (want %d), output %q (want %q)", tc.args, code, tc.code, out+errs, tc.in)
		}
	}
}

func TestMessagesFollowLang(t *testing.T) {
	db := newEmptyStore(t)
	for lang, want := range map[string]string{"kk": "қоймасы дұрыс", "ru": "в порядке", "en": "is fine"} {
		code, out, _ := runCLI(t, "check", "--db", db, "--lang", lang)
		if code != 0 || !strings.Contains(out, want) {
			t.Errorf("%s: exit %d, %q lacks %q", lang, code, out, want)
		}
	}
	t.Setenv("LANG", "ru_RU.UTF-8")
	t.Setenv("LC_ALL", "")
	if code, _, errs := runCLI(t, "frobnicate"); code != 2 || !strings.Contains(errs, "Нет команды") {
		t.Errorf("$LANG=ru: unknown command message %q", errs)
	}
}

func TestDemoCheckBackup(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "fo.db")
	code, out, errs := runCLI(t, "demo", "--db", db, "--ideas", "500", "--people", "300", "--seed", "7")
	if code != 0 {
		t.Fatalf("demo: %d %s %s", code, out, errs)
	}
	if !strings.Contains(out, "people 300") || !strings.Contains(out, "ideas 500") {
		t.Errorf("demo summary: %q", out)
	}
	// The same seed again would make the same ids: refused, nothing half-added.
	if code, _, errs = runCLI(t, "demo", "--db", db, "--ideas", "500", "--people", "300", "--seed", "7"); code != 1 || errs == "" {
		t.Errorf("repeating a seed: exit %d, %q", code, errs)
	}
	copyPath := filepath.Join(dir, "copies", "copy.db")
	if code, out, errs = runCLI(t, "backup", "--db", db, "--out", copyPath); code != 0 {
		t.Fatalf("backup: %d %s %s", code, out, errs)
	}
	if code, out, errs = runCLI(t, "check", "--db", copyPath); code != 0 || !strings.Contains(out, "fine") {
		t.Fatalf("check of the backup: %d %s %s", code, out, errs)
	}
	s, err := storage.Open(copyPath)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if s.Recovered {
		t.Error("a backup copy should open as cleanly closed")
	}
	for k, want := range map[model.Kind]int{model.KindPerson: 300, model.KindIdea: 500} {
		if n, _ := s.Count(k); n != want {
			t.Errorf("backup has %d %s, want %d", n, k, want)
		}
	}
}

func TestStoreInUse(t *testing.T) {
	db := filepath.Join(t.TempDir(), "fo.db")
	s, err := storage.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	began := time.Now()
	code, _, errs := runCLI(t, "check", "--db", db, "--lang", "en")
	// It gives up when its wait for the lock (storage.LockTimeout, 1 s) ends;
	// the bound is generous, for a busy machine: it only catches a hang.
	if took := time.Since(began); took > storage.LockTimeout+20*time.Second {
		t.Errorf("took %v to give up: it hangs", took)
	}
	if code != 1 || !strings.Contains(errs, "open in another frontoffice window") {
		t.Errorf("exit %d, message %q", code, errs)
	}
	// The first is unharmed: it still saves, and the store is sound.
	p := model.New(model.KindPerson).(*model.Person)
	p.FullName, p.Consent = "Дана", true
	if err := s.Create(p); err != nil {
		t.Fatalf("the first process cannot save after the second was refused: %v", err)
	}
	if problems := s.Check(); len(problems) > 0 {
		t.Errorf("check: %v", problems)
	}
}

func TestDefaultDBPath(t *testing.T) {
	t.Setenv("FRONTOFFICE_DB", "")
	g := &globals{}
	p, err := g.dbPath()
	if err != nil {
		t.Fatal(err)
	}
	if want, _ := defaultDBPath(); p != want {
		t.Errorf("no --db and no $FRONTOFFICE_DB: %q, want the per-user default %q", p, want)
	}
	t.Setenv("FRONTOFFICE_DB", "/tmp/env.db")
	if p, _ := g.dbPath(); p != "/tmp/env.db" {
		t.Errorf("$FRONTOFFICE_DB ignored: %q", p)
	}
	g.db = "/tmp/flag.db"
	if p, _ := g.dbPath(); p != "/tmp/flag.db" {
		t.Errorf("--db ignored: %q", p)
	}
}

// TestDefaultDBPathOnEachSystem: README's table of default stores, each
// system's rule checked whatever system runs the test.
func TestDefaultDBPathOnEachSystem(t *testing.T) {
	home := func() (string, error) { return "/home/aru", nil }
	noHome := func() (string, error) { return "", errors.New("no home") }
	env := func(kv ...string) func(string) string {
		return func(k string) string {
			for i := 0; i+1 < len(kv); i += 2 {
				if kv[i] == k {
					return kv[i+1]
				}
			}
			return ""
		}
	}
	for _, c := range []struct {
		goos string
		env  func(string) string
		home func() (string, error)
		want string // "" when it must fail
	}{
		{"linux", env("XDG_DATA_HOME", "/data/home"), home, filepath.Join("/data/home", "frontoffice", "frontoffice.db")},
		{"linux", env(), home, filepath.Join("/home/aru", ".local", "share", "frontoffice", "frontoffice.db")},
		{"linux", env(), noHome, ""},
		{"windows", env("LocalAppData", `C:\Users\aru\AppData\Local`), noHome, filepath.Join(`C:\Users\aru\AppData\Local`, "frontoffice", "frontoffice.db")},
		{"windows", env(), home, filepath.Join("/home/aru", "AppData", "Local", "frontoffice", "frontoffice.db")},
		{"darwin", env("XDG_DATA_HOME", "/data/home"), home, filepath.Join("/home/aru", "Library", "Application Support", "frontoffice", "frontoffice.db")},
		{"darwin", env(), noHome, ""},
	} {
		got, err := defaultDBPathOn(c.goos, c.env, c.home)
		if c.want == "" {
			if err == nil {
				t.Errorf("%s with no home folder: %q, want an error", c.goos, got)
			}
			continue
		}
		if err != nil || got != c.want {
			t.Errorf("%s: %q, %v; want %q", c.goos, got, err, c.want)
		}
	}
}

// TestCPUProfile: with FRONTOFFICE_CPUPROFILE set, a run writes its CPU
// profile there and ends as it would have.
func TestCPUProfile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "cpu.prof")
	t.Setenv("FRONTOFFICE_CPUPROFILE", path)
	code := profiled(func() int {
		for end := time.Now().Add(30 * time.Millisecond); time.Now().Before(end); {
		}
		return 3
	})
	if code != 3 {
		t.Errorf("exit code %d, want 3", code)
	}
	if fi, err := os.Stat(path); err != nil || fi.Size() == 0 {
		t.Fatalf("no profile written: %v", err)
	}
}

// TestUncleanStoreSaysItChecks: a store left open by a stopped program is
// checked in full when next opened, and the command says so first, in the
// user's language, instead of seeming to hang.
func TestUncleanStoreSaysItChecks(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "fo.db")
	s, err := storage.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path) // as the file was when the program died
	s.Close()
	if err != nil {
		t.Fatal(err)
	}
	left := filepath.Join(dir, "left.db")
	if err := os.WriteFile(left, data, 0o600); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := runCLI(t, "check", "--db", left, "--lang", "ru")
	if code != 0 || !strings.Contains(errOut, "проверяется целиком") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
	code, _, errOut = runCLI(t, "check", "--db", left, "--lang", "ru")
	if code != 0 || strings.Contains(errOut, "проверяется") {
		t.Errorf("closed cleanly since: exit %d, stderr %q", code, errOut)
	}
}
