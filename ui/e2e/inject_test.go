package e2e

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// evil is text that would turn the screen red, rename the terminal window and
// clear the screen if it reached the terminal as it is.
const evil = "\x1b[31mRED\x1b]2;PWNED\x07\x1b[2J"

// TestNoTerminalInjection: escape sequences that reach the app's text — in
// the store's folder name, in records of a store written by another tool, in
// text pasted into the search box — do not change the screen: no colour
// appears, the window title stays, the screen is not cleared, and the text
// is shown with the escapes neutralised.
func TestNoTerminalInjection(t *testing.T) {
	t.Run("folder", func(t *testing.T) {
		t.Parallel()
		dir := filepath.Join(t.TempDir(), "office"+evil)
		if err := os.MkdirAll(dir, 0o700); err != nil {
			t.Skipf("this file system refuses such a folder name: %v", err)
		}
		db := filepath.Join(dir, "fo.db")
		copyFile(t, demoStore(t), db)
		tm := start(t, 100, 24, nil, "--db", db, "--lang", "en")
		tm.waitFor("Visitors today")
		tm.mustBeClean("Home")
		tm.keys("s")
		tm.waitFor("Office name")
		tm.mustBeClean("Settings")
		tm.keys("q")
		tm.waitFor("EXIT=0")
	})
	t.Run("records", func(t *testing.T) {
		t.Parallel()
		db := demoStore(t)
		n := taintIdeas(t, db)
		if n == 0 {
			t.Fatal("no idea to taint")
		}
		tm := start(t, 120, 40, nil, "--db", db, "--lang", "en")
		tm.waitFor("Visitors today")
		tm.mustBeClean("Home")
		for _, s := range []stop{
			{"v", "Consult", "Follow-ups ("},
			{"i", "Ideas", "Found: 47"}, // the rows are in: enter opens one
			{"Enter", "Ideas", "Status:"},
			{"g", "Ideas", "Grant application"},
		} {
			tm.keys(s.key)
			tm.waitFor(s.marker)
			tm.mustBeClean(s.tab)
		}
		if s := tm.screen(); !strings.Contains(s, "RED") {
			t.Errorf("the tainted title is not shown at all:\n%s", s)
		}
		tm.keys("q")
		tm.waitFor("EXIT=0")
	})
	t.Run("paste", func(t *testing.T) {
		t.Parallel()
		db := demoStore(t)
		tm := start(t, 100, 24, nil, "--db", db, "--lang", "en")
		tm.waitFor("Visitors today")
		tm.keys("i")
		tm.waitFor("archived")
		tm.keys("/")
		tm.waitFor("leave the search box")
		tm.tmux("set-buffer", "-b", "evil", "таза"+evil)
		tm.tmux("paste-buffer", "-p", "-b", "evil", "-t", tm.name)
		if s := tm.waitFor("таза"); !strings.Contains(s, "RED") {
			t.Errorf("the pasted text is not in the search box:\n%s", s)
		}
		tm.mustBeClean("Ideas")
		tm.keys("C-c")
		tm.waitFor("EXIT=0")
	})
}

// mustBeClean fails when the screen shows what the escapes would have done:
// red text, a renamed window, a lost tab bar (the screen cleared or scrolled).
func (tm *term) mustBeClean(tab string) {
	tm.t.Helper()
	raw := tm.tmux("capture-pane", "-p", "-e", "-t", tm.name)
	for _, m := range sgr.FindAllStringSubmatch(raw, -1) {
		for _, p := range strings.Split(m[1], ";") {
			if p == "31" {
				tm.t.Errorf("%s: red text on the screen (%q):\n%s", tab, m[0], raw)
				return
			}
		}
	}
	if title := tm.tmux("display-message", "-p", "-t", tm.name, "#{pane_title}"); strings.Contains(title, "PWNED") {
		tm.t.Errorf("%s: the window title was changed to %q", tab, strings.TrimSpace(title))
	}
	if first := strings.SplitN(tm.screen(), "\n", 2)[0]; !strings.Contains(first, tab) {
		tm.t.Errorf("%s: the tab bar is gone:\n%s", tab, tm.screen())
	}
}

// taintIdeas writes evil into the title of every idea of the store at db,
// directly in the bbolt file, as another tool (or a damaged copy) might; the
// app's own writes refuse such text. It returns how many it changed.
func taintIdeas(t *testing.T, db string) int {
	t.Helper()
	bdb, err := bolt.Open(db, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer bdb.Close()
	n := 0
	err = bdb.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte("records")).Bucket([]byte("idea"))
		if b == nil {
			return fmt.Errorf("no idea bucket")
		}
		type kv struct{ k, v []byte }
		var all []kv
		if err := b.ForEach(func(k, v []byte) error {
			var rec map[string]any
			if err := json.Unmarshal(v, &rec); err != nil {
				return err
			}
			rec["title"] = evil + fmt.Sprint(rec["title"])
			rec["summary"] = evil + fmt.Sprint(rec["summary"])
			data, err := json.Marshal(rec)
			if err != nil {
				return err
			}
			all = append(all, kv{append([]byte(nil), k...), data})
			return nil
		}); err != nil {
			return err
		}
		for _, x := range all {
			if err := b.Put(x.k, x.v); err != nil {
				return err
			}
			n++
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	data, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, data, 0o600); err != nil {
		t.Fatal(err)
	}
}
