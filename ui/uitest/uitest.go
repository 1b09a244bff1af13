// Package uitest drives one screen in tests the way the root model and the
// Bubble Tea runtime would: it runs the commands Update returns, feeds their
// messages back, and lets a test record what the screen asks of the rest of
// the app. Each screen's harness wraps it with its own helpers.
package uitest

import (
	"path/filepath"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/storage"
	"frontoffice/ui/common"
	"frontoffice/ui/i18n"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// OpenStore opens a fresh store in t's temporary folder with the clock fixed
// at now; at cleanup it checks the store (no problems allowed) and closes it.
func OpenStore(t testing.TB, now time.Time) *storage.Store {
	t.Helper()
	return OpenStoreWith(t, storage.Options{Now: func() time.Time { return now }})
}

// OpenStoreWith is OpenStore with options (the app's trims: Trim).
func OpenStoreWith(t testing.TB, o storage.Options) *storage.Store {
	t.Helper()
	s, err := storage.OpenWith(filepath.Join(t.TempDir(), "fo.db"), o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if p := s.Check(); len(p) > 0 {
			t.Errorf("store check: %v", p)
		}
		s.Close()
	})
	return s
}

// Common is the shared state a screen gets, plain (no colours), in lang,
// with the clock fixed at now.
func Common(s *storage.Store, lang model.Lang, now time.Time) *common.Common {
	return CommonClock(s, lang, func() time.Time { return now })
}

// CommonClock is Common with a clock the test moves (the Desk's next day).
// The office's rules are read from s, as at start.
func CommonClock(s *storage.Store, lang model.Lang, now func() time.Time) *common.Common {
	c := &common.Common{
		Styles: common.NewStyles(true), Tr: i18n.New(lang), Store: s,
		StoreLabel: "fo.db", Now: now,
	}
	if s != nil {
		rules, _ := s.Rules() // templates that cannot be read are left out
		c.SetRules(rules)
	}
	return c
}

// Runner runs commands as Bubble Tea would and hands their messages to Send
// (the screen's Update, whose command the harness runs again), except those
// Catch takes (a status line, an OpenMsg: what the root would handle).
type Runner struct {
	T     testing.TB
	Send  func(tea.Msg)
	Catch func(tea.Msg) bool // nil: nothing is taken
}

// CmdWait bounds a command. It only ends a wait that would otherwise never
// end (a command that hangs): the harness goes on as soon as the command's
// message comes, so a generous bound costs nothing when all is well, and a
// machine busy with other work (two loaded cores, -race) fails no test.
const CmdWait = 60 * time.Second

// IsTimer reports whether cmd is a timer (a cursor blink, a spinner's frame,
// a clock's tick) that would only make the tests wait. It is recognised by
// its function's name, never by how long it takes, so every other command is
// waited for as long as it takes, however busy the machine.
func IsTimer(cmd tea.Cmd) bool {
	n := funcName(cmd)
	return strings.Contains(n, "bubbles/cursor.") || strings.Contains(n, "bubbles/spinner.") ||
		strings.Contains(n, "bubbletea.Tick") || strings.Contains(n, "bubbletea.Every") ||
		strings.Contains(n, "ui/common.Listen.") || strings.Contains(n, "ui/common.Later.")
}

func funcName(cmd tea.Cmd) string { return runtime.FuncForPC(reflect.ValueOf(cmd).Pointer()).Name() }

func start(cmd tea.Cmd) chan tea.Msg {
	ch := make(chan tea.Msg, 1)
	go func() { ch <- cmd() }()
	return ch
}

// Run runs cmd and everything its messages lead to.
func (r Runner) Run(cmd tea.Cmd) {
	if cmd == nil || IsTimer(cmd) {
		return
	}
	select {
	case msg := <-start(cmd):
		r.handle(msg)
	case <-time.After(CmdWait):
		r.T.Errorf("command %s did not finish in %v", funcName(cmd), CmdWait)
	}
}

func (r Runner) handle(msg tea.Msg) {
	switch msg := msg.(type) {
	case nil:
		return
	case tea.BatchMsg:
		// Batched commands run at once, as in Bubble Tea; their messages are
		// handled in the batch's order.
		chans := make([]chan tea.Msg, len(msg))
		for i, c := range msg {
			if c != nil && !IsTimer(c) {
				chans[i] = start(c)
			}
		}
		for i, ch := range chans {
			if ch == nil {
				continue
			}
			select {
			case m := <-ch:
				r.handle(m)
			case <-time.After(CmdWait):
				r.T.Errorf("command %s (of a batch) did not finish in %v", funcName(msg[i]), CmdWait)
			}
		}
		return
	}
	if r.Catch != nil && r.Catch(msg) {
		return
	}
	// tea.Sequence's message is an unexported slice of commands.
	if v := reflect.ValueOf(msg); v.Kind() == reflect.Slice && v.Type().Elem() == reflect.TypeOf(tea.Cmd(nil)) {
		for i := 0; i < v.Len(); i++ {
			r.Run(v.Index(i).Interface().(tea.Cmd))
		}
		return
	}
	r.Send(msg)
}

// Key is the key message for a key's name ("enter", "ctrl+u", "shift+tab"…);
// anything else is typed as runes.
func Key(k string) tea.KeyMsg {
	if t, ok := named[k]; ok {
		return tea.KeyMsg{Type: t}
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)}
}

var named = map[string]tea.KeyType{
	"enter": tea.KeyEnter, "esc": tea.KeyEsc, "tab": tea.KeyTab, "shift+tab": tea.KeyShiftTab,
	"down": tea.KeyDown, "up": tea.KeyUp, "left": tea.KeyLeft, "right": tea.KeyRight,
	"backspace": tea.KeyBackspace, "pgdown": tea.KeyPgDown, "pgup": tea.KeyPgUp,
	"home": tea.KeyHome, "end": tea.KeyEnd, "space": tea.KeySpace, "f1": tea.KeyF1,
	"ctrl+c": tea.KeyCtrlC, "ctrl+u": tea.KeyCtrlU, "ctrl+n": tea.KeyCtrlN, "ctrl+o": tea.KeyCtrlO,
	"ctrl+e": tea.KeyCtrlE, "ctrl+j": tea.KeyCtrlJ, " ": tea.KeySpace,
}

// OnDuty is the consultant the screen harnesses answer "who is working?"
// with (AnswerWho).
const OnDuty = "Дежурный"

// AnswerWho answers "who is working?" (common.AskWhoMsg) as a consultant at
// the root would: the name is kept as the one at the desk, and the save
// asked for goes on; it returns the save's command for the harness to run.
func AnswerWho(s *storage.Store, msg common.AskWhoMsg, who string) tea.Cmd {
	s.SetActor(who)
	return msg.Then()
}

// FormHelp checks what a screen's help says while one of its forms is
// open on its first field: the short help says how to go on (next field,
// cancel) and not shift+tab, which does nothing there (common.FormMoves),
// and the full help lists none of the keys in absent (the keys of the list
// or entry behind the form, which do nothing there).
func FormHelp(t testing.TB, short []key.Binding, full [][]key.Binding, absent ...string) {
	t.Helper()
	text := func(ks []key.Binding) string {
		var out []string
		for _, k := range ks {
			out = append(out, k.Help().Key+" "+k.Help().Desc)
		}
		return strings.Join(out, " · ")
	}
	s := text(short)
	for _, want := range []string{"tab/enter next field", "esc cancel"} {
		if !strings.Contains(s, want) {
			t.Errorf("the form's help lacks %q: %s", want, s)
		}
	}
	if strings.Contains(s, "shift+tab") {
		t.Errorf("the form's help on its first field offers shift+tab: %s", s)
	}
	all := text(slices.Concat(full...))
	for _, k := range absent {
		if strings.Contains(all, k) {
			t.Errorf("the form's full help lists %q, a key of the screen behind it: %s", k, all)
		}
	}
}
