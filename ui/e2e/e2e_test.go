// Package e2e drives the real frontoffice binary in tmux, the way a person uses
// it: start, look at the screen, press keys, quit, and check what is left behind.
package e2e

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var binary string

// waitLimit bounds every wait for the screen. It only ends a wait that would
// otherwise never end: a step goes on as soon as its effect shows, so a
// generous bound costs nothing when all is well, and a machine busy with
// other work (two loaded cores, -race) does not fail a test.
const waitLimit = 90 * time.Second

func TestMain(m *testing.M) {
	if _, err := exec.LookPath("tmux"); err != nil {
		if os.Getenv("FRONTOFFICE_E2E_REQUIRED") != "" {
			fmt.Fprintln(os.Stderr, "tmux is required for the end-to-end tests (apt-get install -y tmux)")
			os.Exit(1)
		}
		fmt.Fprintln(os.Stderr, "e2e: tmux not found, skipping end-to-end tests")
		os.Exit(0)
	}
	dir, err := os.MkdirTemp("", "fo-e2e-bin")
	if err != nil {
		panic(err)
	}
	binary = filepath.Join(dir, "frontoffice")
	build := exec.Command("go", "build", "-o", binary, "frontoffice")
	build.Stdout, build.Stderr = os.Stdout, os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "e2e: build failed:", err)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// term is one tmux session running the app.
type term struct {
	t    *testing.T
	name string
	sock string
}

// start runs args in a new tmux session of w×h with env added; after the program
// exits the pane prints EXIT=<code> and stays open for inspection.
func start(t *testing.T, w, h int, env []string, args ...string) *term {
	t.Helper()
	tm := &term{t: t, name: fmt.Sprintf("fo%d", time.Now().UnixNano()), sock: filepath.Join(t.TempDir(), "tmux.sock")}
	quoted := make([]string, len(args))
	for i, a := range args {
		quoted[i] = "'" + strings.ReplaceAll(a, "'", `'\''`) + "'"
	}
	shell := fmt.Sprintf("%s %s %s; echo EXIT=$?; sleep 600", strings.Join(env, " "), binary, strings.Join(quoted, " "))
	tm.tmux("new-session", "-d", "-s", tm.name, "-x", fmt.Sprint(w), "-y", fmt.Sprint(h),
		"env", "-u", "CI", "TERM=xterm-256color", "LANG=C.UTF-8", "sh", "-c", shell)
	t.Cleanup(func() { tm.tmux("kill-server") })
	return tm
}

func (tm *term) tmux(args ...string) string {
	cmd := exec.Command("tmux", append([]string{"-S", tm.sock}, args...)...)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	_ = cmd.Run()
	return out.String()
}

// screen is the pane's text as a person reads it: the non-breaking spaces
// that keep numbers whole ("30 000 ₸") read as spaces.
func (tm *term) screen() string {
	return strings.ReplaceAll(tm.tmux("capture-pane", "-p", "-t", tm.name), "\u00a0", " ")
}

func (tm *term) keys(ks ...string) { tm.tmux(append([]string{"send-keys", "-t", tm.name}, ks...)...) }

// literal types text as typed characters.
func (tm *term) literal(s string) { tm.tmux("send-keys", "-t", tm.name, "-l", s) }

// waitFor waits until the screen contains want (up to waitLimit) and returns
// it, once drawn whole: tmux may be captured while the app's frame is still
// being written (CI once saw Home without its status line), so the screen is
// captured again until two captures agree, a few times at most (a progress
// count never stops changing), and the last that shows want is returned.
func (tm *term) waitFor(want string) string {
	tm.t.Helper()
	deadline := time.Now().Add(waitLimit)
	var s string
	for time.Now().Before(deadline) {
		s = tm.screen()
		if strings.Contains(s, want) {
			return tm.settled(s, want)
		}
		time.Sleep(50 * time.Millisecond)
	}
	tm.t.Fatalf("the screen never showed %q in %v; last screen:\n%s", want, waitLimit, s)
	return s
}

// settled captures the screen again until two captures agree (at most five
// more), and returns the last one that still shows want.
func (tm *term) settled(s, want string) string {
	for range 5 {
		time.Sleep(20 * time.Millisecond)
		next := tm.screen()
		if next == s || !strings.Contains(next, want) {
			return s
		}
		s = next
	}
	return s
}

// waitUntil waits until ok accepts the screen (up to waitLimit): for an effect
// that one text alone does not prove, such as search results that belong to
// what was just typed.
func (tm *term) waitUntil(what string, ok func(screen string) bool) string {
	tm.t.Helper()
	deadline := time.Now().Add(waitLimit)
	var s string
	for time.Now().Before(deadline) {
		if s = tm.screen(); ok(s) {
			return s
		}
		time.Sleep(50 * time.Millisecond)
	}
	tm.t.Fatalf("the screen never showed %s in %v; last screen:\n%s", what, waitLimit, s)
	return s
}

func (tm *term) altScreen() bool {
	return strings.TrimSpace(tm.tmux("display-message", "-p", "-t", tm.name, "#{alternate_on}")) == "1"
}

func TestHomeInEachLanguageThenQuit(t *testing.T) {
	db := filepath.Join(t.TempDir(), "store", "fo.db")
	for _, c := range []struct{ lang, home, settings string }{
		{"kk", "Басты бет", "Баптаулар"},
		{"ru", "Главная", "Настройки"},
		{"en", "Home", "Settings"},
	} {
		tm := start(t, 100, 30, nil, "--db", db, "--lang", c.lang)
		// The tabs, and the store's name on the status line, which may come
		// a frame after the first (CI once captured the screen between).
		tm.waitUntil(c.lang+" Home with its tabs and the store's name", func(s string) bool {
			return strings.Contains(s, c.home) && strings.Contains(s, c.settings) && strings.Contains(s, "fo.db")
		})
		tm.keys("q")
		tm.waitFor("EXIT=0")
		if tm.altScreen() {
			t.Errorf("%s: terminal left in the alternate screen", c.lang)
		}
	}
	out, err := exec.Command(binary, "check", "--db", db).CombinedOutput()
	if err != nil {
		t.Fatalf("store does not reopen cleanly: %v\n%s", err, out)
	}
}

// A consultant who closes the terminal window instead of pressing q (the
// app gets SIGHUP) leaves the store closed properly: the next start does not
// say it was not and check all of it.
func TestClosingTheWindowClosesTheStore(t *testing.T) {
	db := filepath.Join(t.TempDir(), "fo.db") // the app makes it
	tm := start(t, 100, 30, nil, "--db", db, "--lang", "en")
	tm.waitFor("Home")
	tm.tmux("kill-session", "-t", tm.name) // the window closes: SIGHUP
	// The store is free once the app has let it go; until then check is
	// refused (in use) after its wait for the lock.
	deadline := time.Now().Add(waitLimit)
	for {
		out, err := exec.Command(binary, "check", "--db", db, "--lang", "en").CombinedOutput()
		if err == nil {
			if strings.Contains(string(out), "not closed properly") {
				t.Errorf("closing the window left the store not closed properly:\n%s", out)
			}
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("the store was still in use %v after the window closed: %v\n%s", waitLimit, err, out)
		}
	}
}

func TestSecondProcessIsRefusedQuickly(t *testing.T) {
	db := filepath.Join(t.TempDir(), "fo.db")
	tm := start(t, 80, 24, nil, "--db", db, "--lang", "en")
	tm.waitFor("Home")
	// What the program takes to start and open a free store here, now: the
	// second process is judged against it, not against the wall clock, so a
	// busy machine slows both alike.
	free := filepath.Join(t.TempDir(), "free.db") // made first: check never makes a store
	if out, err := exec.Command(binary, "demo", "--db", free, "--ideas", "0", "--people", "0").CombinedOutput(); err != nil {
		t.Fatalf("making a free store: %v\n%s", err, out)
	}
	startAlone := func() time.Duration {
		began := time.Now()
		if out, err := exec.Command(binary, "check", "--db", free).CombinedOutput(); err != nil {
			t.Fatalf("check of a free store: %v\n%s", err, out)
		}
		return time.Since(began)
	}
	// A start alone is timed just before and just after the second
	// process, and the slower one counts: when the machine gets busier
	// while the test runs, the second process is not judged against a
	// start timed while it was quieter.
	before := startAlone()
	began := time.Now()
	cmd := exec.Command(binary, "--db", db, "--lang", "ru")
	out, err := cmd.CombinedOutput()
	took := time.Since(began)
	alone := max(before, startAlone())
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 {
		t.Fatalf("second process: err=%v, want exit 1\n%s", err, out)
	}
	// It waits about a second for the lock (storage.LockTimeout), then gives up.
	t.Logf("second process gave up after %v (a start alone: %v before, %v at most)", took, before, alone)
	if took > 2*alone+2*time.Second {
		t.Errorf("second process took %v, a start alone %v at most: it waits too long before giving up", took, alone)
	}
	if !strings.Contains(string(out), "открыто в другом окне") {
		t.Errorf("message does not say the store is in use: %s", out)
	}
	// The first one is unharmed.
	tm.keys("s")
	tm.waitFor("Office name")
	tm.keys("C-c")
	tm.waitFor("EXIT=0")
}

func TestSmallTerminalAndResize(t *testing.T) {
	db := filepath.Join(t.TempDir(), "fo.db")
	tm := start(t, 40, 12, nil, "--db", db, "--lang", "ru")
	tm.waitFor("Главная")
	tm.keys("ы") // Settings on the Russian layout
	tm.waitFor("Название офиса")
	tm.tmux("resize-window", "-t", tm.name, "-x", "30", "-y", "10")
	tm.waitFor("40×12")
	tm.tmux("resize-window", "-t", tm.name, "-x", "120", "-y", "40")
	tm.waitFor("Название офиса")
	tm.keys("й")
	tm.waitFor("EXIT=0")
}

func TestPanicRestoresTerminal(t *testing.T) {
	for _, where := range []string{"f12", "view:f12"} {
		t.Run(where, func(t *testing.T) { panicRestoresTerminal(t, where) })
	}
}

func panicRestoresTerminal(t *testing.T, where string) {
	db := filepath.Join(t.TempDir(), "fo.db")
	tm := start(t, 80, 24, []string{"FRONTOFFICE_TEST_PANIC_KEY=" + where}, "--db", db, "--lang", "en")
	tm.waitFor("Home")
	tm.keys("F12")
	s := tm.waitFor("EXIT=1")
	if !strings.Contains(s, "internal error") {
		t.Errorf("no short message after the panic:\n%s", s)
	}
	if strings.Contains(s, "goroutine ") {
		t.Errorf("a stack trace reached the screen:\n%s", s)
	}
	if tm.altScreen() {
		t.Error("terminal left in the alternate screen after a panic")
	}
	log, err := os.ReadFile(filepath.Join(filepath.Dir(db), "frontoffice-crash.log"))
	if err != nil || !strings.Contains(string(log), "test panic") {
		t.Errorf("crash log missing or empty: %v", err)
	}
	if out, err := exec.Command(binary, "check", "--db", db).CombinedOutput(); err != nil {
		t.Errorf("store not fine after the panic: %v\n%s", err, out)
	}
}

func TestDemoThenHomeCounts(t *testing.T) {
	db := filepath.Join(t.TempDir(), "fo.db")
	out, err := exec.Command(binary, "demo", "--db", db, "--ideas", "300", "--people", "200", "--lang", "en").CombinedOutput()
	if err != nil {
		t.Fatalf("demo: %v\n%s", err, out)
	}
	tm := start(t, 100, 30, nil, "--db", db, "--lang", "en")
	s := tm.waitFor("People: 200")
	if !strings.Contains(s, "Ideas: 300") {
		t.Errorf("home counts wrong:\n%s", s)
	}
	tm.keys("q")
	tm.waitFor("EXIT=0")
}

func TestNoColorAndDumbTerminal(t *testing.T) {
	db := filepath.Join(t.TempDir(), "fo.db")
	for _, env := range [][]string{{"NO_COLOR=1"}, {"TERM=dumb"}} {
		tm := start(t, 80, 24, env, "--db", db, "--lang", "kk")
		tm.waitFor("Басты бет")
		tm.keys("q")
		tm.waitFor("EXIT=0")
	}
}

// TestRegisterIdeaThenFindAfterRestart registers an idea through the form the
// way a consultant would, quits, starts the app again and finds the idea by
// typing its title in another alphabet; the command-line search finds it too.
func TestRegisterIdeaThenFindAfterRestart(t *testing.T) {
	db := filepath.Join(t.TempDir(), "fo.db")
	tm := start(t, 100, 30, nil, "--db", db, "--lang", "en")
	tm.waitFor("Home")
	tm.keys("i")
	tm.waitFor("Found: 0")
	tm.keys("n")
	tm.waitFor("About the idea")
	tm.waitFocus("Title")
	tm.literal("Таза әлем: саябақ")
	tm.nextTo("The problem it solves")
	tm.literal("Паркте қоқыс көп")
	tm.nextTo("Direction")
	tm.keys("Down", "Down", "Down", "Down", "Down") // Taza Álem
	tm.nextTo("Region")
	tm.keys("Down") // the first region
	tm.nextTo("Town or village")
	tm.literal("Семей")
	tm.nextTo("SDGs")
	tm.nextTo("Target groups") // no SDG
	tm.literal("youth 30")
	tm.nextTo("Applicant")
	tm.nextTo("Who")
	tm.nextTo("Organisation") // no applicant
	tm.literal("Semey college")
	tm.nextTo("Team")
	tm.nextTo("Planned start") // no team
	tm.nextTo("Planned end")
	tm.nextTo("Grant requested") // no dates
	tm.literal("150 000")
	tm.next()
	tm.answerWho("Who is working at the desk?", "Aigerim") // nobody at the desk yet
	s := tm.waitUntil("the saved idea's card", func(s string) bool {
		return strings.Contains(s, "Idea saved") && !strings.Contains(s, "Loading…")
	})
	if !strings.Contains(s, "150 000 ₸") || !strings.Contains(s, "Youth: planned 30") {
		t.Fatalf("the card does not show what was typed:\n%s", s)
	}
	tm.keys("q")
	tm.waitFor("EXIT=0")
	tm.tmux("kill-server")

	tm = start(t, 100, 30, nil, "--db", db, "--lang", "kk")
	tm.waitFor("Басты бет")
	tm.keys("i")
	tm.waitFor("Табылды: 1")
	tm.keys("/")
	tm.waitFor("іздеуден шығу") // the search box has the keys: help says how to leave it
	tm.literal("taza alem")
	s = tm.waitFor("Таза әлем: саябақ")
	if !strings.Contains(s, "Табылды: 1") {
		t.Fatalf("search after restart:\n%s", s)
	}
	tm.literal("zzq")
	tm.waitFor("Табылды: 0")
	tm.keys("C-u") // clear: the idea is back
	tm.waitFor("Табылды: 1")
	tm.keys("Enter") // opens the idea under the cursor, from the search box too
	tm.waitFor("150 000 ₸")
	tm.keys("q")
	tm.waitFor("EXIT=0")

	out, err := exec.Command(binary, "search", "--db", db, "--json", "Taza Älem").CombinedOutput()
	if err != nil || !strings.Contains(string(out), `"title": "Таза әлем: саябақ"`) {
		t.Fatalf("search command: %v\n%s", err, out)
	}
}

// nextTo presses enter and waits until the form's focus mark (┃) is on the
// field titled title, so the keys typed next cannot reach the field left.
func (tm *term) nextTo(title string) {
	tm.t.Helper()
	tm.keys("Enter")
	tm.waitFocus(title)
}

// waitFocus waits until the field titled title has the form's focus mark.
func (tm *term) waitFocus(title string) {
	tm.t.Helper()
	deadline := time.Now().Add(waitLimit)
	var s string
	for time.Now().Before(deadline) {
		s = tm.screen()
		for _, line := range strings.Split(s, "\n") {
			if strings.Contains(line, "┃") && strings.Contains(line, title) {
				return
			}
		}
		time.Sleep(30 * time.Millisecond)
	}
	tm.t.Fatalf("the field %q never took the focus in %v; last screen:\n%s", title, waitLimit, s)
}

// next presses enter on a form's last field (or a prompt); the caller then
// waits for what that leads to.
func (tm *term) next() { tm.keys("Enter") }

// daysBetween is the days from from to to, in layout: one day, or two when
// midnight passed between them (a test running then accepts either).
func daysBetween(from, to time.Time, layout string) []string {
	days := []string{from.Format(layout)}
	if d := to.Format(layout); d != days[0] {
		days = append(days, d)
	}
	return days
}

// containsAny reports whether s holds any of subs.
func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}
