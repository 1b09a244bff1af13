package e2e

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
)

// stop is one screen of the walk: the key that leads there from the stop
// before, the tab that must be marked active, and a text only that screen
// shows once it is ready for the next key (a list: once its rows are in).
type stop struct {
	key, tab, marker string
}

// walk opens every screen of the app (each tab, an idea's card and its grant
// application, a person's card, Settings' programmes and recent changes, the
// help overlay) and comes back, with English labels.
var walk = []stop{
	{"", "Home", "Visitors today"},
	{"i", "Ideas", "Found: 47"}, // the rows are in (3 of the 50 are archived): enter opens one
	{"Enter", "Ideas", "Status:"},
	{"g", "Ideas", "Grant application"},
	{"Escape", "Ideas", "Status:"},
	{"Escape", "Ideas", "Found: 47"},
	{"p", "People", "Found: 50"},
	{"Enter", "People", "Phone:"},
	{"Escape", "People", "Found: 50"},
	{"v", "Consult", "Follow-ups ("},
	{"w", "Hours", "Pending"},
	{"r", "Reports", "Totals"},
	{"t", "Sync", "Bundle file"},
	{"s", "Settings", "Office name"},
	{"g", "Settings", "Grant programmes ("},
	{"Escape", "Settings", "Office name"},
	{"a", "Settings", "Recent changes"},
	{"Escape", "Settings", "Office name"},
	{"?", "Settings", "Keys on the"},
	{"Escape", "Settings", "Office name"},
	{"d", "Desk", "Today's queue"},
	{"Escape", "Desk", "s serve"},
	{"h", "Home", "Visitors today"},
}

type size struct{ w, h int }

var sizes = []size{{40, 12}, {80, 24}, {200, 60}}

var (
	demoOnce sync.Once
	demoDB   string
	demoErr  error
)

// demoStore returns a copy of a small demo store (50 ideas, 50 people) made
// once for the package, so each walk has its own store to lock.
func demoStore(t *testing.T) string {
	t.Helper()
	demoOnce.Do(func() {
		demoDB = filepath.Join(filepath.Dir(binary), "demo.db") // removed with the binary
		out, err := exec.Command(binary, "demo", "--db", demoDB, "--ideas", "50", "--people", "50", "--lang", "en").CombinedOutput()
		if err != nil {
			demoErr = fmt.Errorf("demo: %v\n%s", err, out)
		}
	})
	if demoErr != nil {
		t.Fatal(demoErr)
	}
	data, err := os.ReadFile(demoDB)
	if err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "fo.db")
	if err := os.WriteFile(db, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return db
}

// TestEveryScreenAtEverySize walks every screen at 40×12, 80×24 and 200×60,
// then once more resizing between them at every step, in colour, with
// NO_COLOR=1 and with TERM=dumb. At each stop the screen must fit the
// terminal, show the tab bar with the right tab marked, show the screen's own
// marker and nothing of a panic.
func TestEveryScreenAtEverySize(t *testing.T) {
	type run struct {
		name  string
		env   []string
		sizes []size // one size, or several to resize between at each stop
		plain bool
	}
	runs := []run{
		{"40x12", nil, sizes[:1], false},
		{"80x24", nil, sizes[1:2], false},
		{"200x60", nil, sizes[2:], false},
		{"resizing", nil, sizes, false},
		{"no_color_resizing", []string{"NO_COLOR=1"}, sizes, true},
		{"dumb_resizing", []string{"TERM=dumb"}, sizes, true},
		// A terminal that takes no styles (CI set, TERM=screen) still marks the tab.
		{"no_styles_80x24", []string{"CI=true"}, sizes[1:2], true},
		{"screen_40x12", []string{"TERM=screen"}, sizes[:1], true},
	}
	for _, r := range runs {
		t.Run(r.name, func(t *testing.T) {
			t.Parallel()
			db := demoStore(t)
			tm := start(t, r.sizes[0].w, r.sizes[0].h, r.env, "--db", db, "--lang", "en")
			for i, s := range walk {
				sz := r.sizes[i%len(r.sizes)]
				resizing := len(r.sizes) > 1
				if resizing && i > 0 {
					// The screen before is drawn again at the new size first.
					tm.tmux("resize-window", "-t", tm.name, "-x", fmt.Sprint(sz.w), "-y", fmt.Sprint(sz.h))
					tm.waitScreen(fmt.Sprintf("stop %d (%s) resized to %dx%d", i-1, walk[i-1].tab, sz.w, sz.h), !resizing,
						func(raw string) error { return checkScreen(raw, walk[i-1], sz, r.plain) })
				}
				if s.key != "" {
					tm.keys(s.key)
				}
				tm.waitScreen(fmt.Sprintf("stop %d (%s after %q) at %dx%d", i, s.tab, s.key, sz.w, sz.h), !resizing,
					func(raw string) error { return checkScreen(raw, s, sz, r.plain) })
			}
			tm.keys("q")
			tm.waitFor("EXIT=0")
		})
	}
}

// waitScreen polls the screen (with its escape sequences) until check
// accepts it, up to waitLimit. With join, lines the terminal wrapped are joined, so
// a line the app drew wider than the terminal shows as one long line. After a
// resize tmux itself rewraps what was drawn at the old size, so a resizing
// walk looks at the rows as shown.
func (tm *term) waitScreen(what string, join bool, check func(raw string) error) {
	tm.t.Helper()
	deadline := time.Now().Add(waitLimit)
	args := []string{"capture-pane", "-p", "-e", "-t", tm.name}
	if join {
		args = append(args, "-J")
	}
	var raw string
	var err error
	for time.Now().Before(deadline) {
		raw = tm.tmux(args...)
		if err = check(raw); err == nil {
			return
		}
		time.Sleep(40 * time.Millisecond)
	}
	tm.t.Fatalf("%s: still %v after %v; last screen:\n%s", what, err, waitLimit, ansi.Strip(raw))
}

// sgr matches one Select Graphic Rendition sequence and captures its parameters.
var sgr = regexp.MustCompile(`\x1b\[([0-9;:]*)m`)

// checkScreen says what is wrong with one captured screen, nil when nothing.
func checkScreen(raw string, s stop, sz size, plain bool) error {
	text := ansi.Strip(raw)
	lines := strings.Split(strings.TrimRight(text, "\n"), "\n")
	for i, l := range lines {
		if w := ansi.StringWidth(l); w > sz.w {
			return fmt.Errorf("line %d is %d wide, the terminal %d: %q", i+1, w, sz.w, l)
		}
	}
	if len(lines) > sz.h {
		return fmt.Errorf("%d lines in a terminal of %d", len(lines), sz.h)
	}
	low := strings.ToLower(text)
	if strings.Contains(low, "panic") || strings.Contains(low, "goroutine") || strings.Contains(text, "EXIT=") {
		return fmt.Errorf("the app stopped or panicked")
	}
	if !strings.Contains(text, s.marker) {
		return fmt.Errorf("no %q on the screen", s.marker)
	}
	bar := strings.Split(raw, "\n")[0]
	if plain {
		if !strings.Contains(ansi.Strip(bar), "["+s.tab+"]") {
			return fmt.Errorf("the tab bar does not mark %q: %q", s.tab, ansi.Strip(bar))
		}
		if c := colourIn(raw); c != "" {
			return fmt.Errorf("colour %q on a screen without colours", c)
		}
		return nil
	}
	if !underlined(bar, s.tab) {
		return fmt.Errorf("the tab bar does not mark %q: %q", s.tab, bar)
	}
	return nil
}

// underlined reports whether title is drawn underlined in line (the active
// tab's mark in colour).
func underlined(line, title string) bool {
	at := strings.Index(line, title)
	for at >= 0 {
		on := false
		for _, m := range sgr.FindAllStringSubmatch(line[:at], -1) {
			for _, p := range strings.Split(m[1], ";") {
				switch p {
				case "4":
					on = true
				case "", "0", "24":
					on = false
				}
			}
		}
		if on {
			return true
		}
		next := strings.Index(line[at+1:], title)
		if next < 0 {
			break
		}
		at += 1 + next
	}
	return false
}

// colourIn returns the first SGR sequence in s that sets a colour, "" when none.
func colourIn(s string) string {
	for _, m := range sgr.FindAllStringSubmatch(s, -1) {
		for _, p := range strings.Split(m[1], ";") {
			var n int
			if _, err := fmt.Sscan(p, &n); err != nil {
				continue
			}
			if (n >= 30 && n <= 38) || (n >= 40 && n <= 48) || (n >= 90 && n <= 107) {
				return m[0]
			}
		}
	}
	return ""
}
