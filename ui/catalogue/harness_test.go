package catalogue

import (
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/storage"
	"frontoffice/ui/common"
	"frontoffice/ui/i18n"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

// fixedNow is the tests' clock: 22 November 2026, at the desk.
var fixedNow = time.Date(2026, 11, 22, 10, 0, 0, 0, time.UTC)

func openStore(t *testing.T) *storage.Store {
	t.Helper()
	s, err := storage.OpenWith(filepath.Join(t.TempDir(), "fo.db"), storage.Options{Now: func() time.Time { return fixedNow }})
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

// harness drives the catalogue matcher the way the root and the Bubble Tea
// runtime would: it runs the commands Update returns and feeds their messages
// back; DataChangedMsg comes back as the root broadcasts it, and what the matcher
// asks of the rest of the app (status lines, ideas to open) is recorded.
type harness struct {
	t       *testing.T
	s       *storage.Store
	m       *Model
	status  []common.StatusMsg
	opened  []common.OpenMsg
	changed int
}

func newHarness(t *testing.T, s *storage.Store, lang model.Lang, region model.Region, w, h int) *harness {
	t.Helper()
	c := &common.Common{
		Styles: common.NewStyles(true), Tr: i18n.New(lang), Store: s,
		StoreLabel: "fo.db", Now: func() time.Time { return fixedNow },
	}
	hs := &harness{t: t, s: s, m: New(c, region)}
	hs.m.SetSize(w, h)
	hs.run(hs.m.Init())
	return hs
}

func (h *harness) send(msg tea.Msg) {
	_, cmd := h.m.Update(msg)
	h.run(cmd)
}

// cmdWait bounds a command; none of the screen's should come near it.
const cmdWait = 5 * time.Second

// isTimer reports whether cmd is a cursor blink: a timer that would only
// make the tests wait. It is recognised by its function's name, so every
// other command can be waited for as long as it takes, without guessing.
func isTimer(cmd tea.Cmd) bool {
	return strings.Contains(funcName(cmd), "bubbles/cursor.")
}

func funcName(cmd tea.Cmd) string {
	return runtime.FuncForPC(reflect.ValueOf(cmd).Pointer()).Name()
}

func start(cmd tea.Cmd) chan tea.Msg {
	ch := make(chan tea.Msg, 1)
	go func() { ch <- cmd() }()
	return ch
}

func (h *harness) run(cmd tea.Cmd) {
	if cmd == nil || isTimer(cmd) {
		return
	}
	select {
	case msg := <-start(cmd):
		h.handle(msg)
	case <-time.After(cmdWait):
		h.t.Errorf("command %s did not finish", funcName(cmd))
	}
}

func (h *harness) handle(msg tea.Msg) {
	switch msg := msg.(type) {
	case nil:
	case tea.BatchMsg:
		// Batched commands run at once, as in Bubble Tea; their messages are
		// handled in the batch's order.
		chans := make([]chan tea.Msg, len(msg))
		for i, c := range msg {
			if c != nil && !isTimer(c) {
				chans[i] = start(c)
			}
		}
		for i, ch := range chans {
			if ch == nil {
				continue
			}
			select {
			case m := <-ch:
				h.handle(m)
			case <-time.After(cmdWait):
				h.t.Errorf("command %s did not finish", funcName(msg[i]))
			}
		}
	case common.DataChangedMsg:
		h.changed++
		h.send(msg)
	case common.StatusMsg:
		h.status = append(h.status, msg)
	case common.OpenMsg:
		h.opened = append(h.opened, msg)
	default:
		// tea.Sequence's message is an unexported slice of commands.
		if v := reflect.ValueOf(msg); v.Kind() == reflect.Slice && v.Type().Elem() == reflect.TypeOf(tea.Cmd(nil)) {
			for i := 0; i < v.Len(); i++ {
				h.run(v.Index(i).Interface().(tea.Cmd))
			}
			return
		}
		h.send(msg)
	}
}

func (h *harness) keys(ks ...string) {
	for _, k := range ks {
		h.send(keyMsg(k))
	}
}

// typeText types s as one burst of runes ("" types nothing).
func (h *harness) typeText(s string) {
	if s != "" {
		h.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)})
	}
}

func keyMsg(k string) tea.KeyMsg {
	switch k {
	case "enter":
		return tea.KeyMsg{Type: tea.KeyEnter}
	case "esc":
		return tea.KeyMsg{Type: tea.KeyEsc}
	case "tab":
		return tea.KeyMsg{Type: tea.KeyTab}
	case "shift+tab":
		return tea.KeyMsg{Type: tea.KeyShiftTab}
	case "down":
		return tea.KeyMsg{Type: tea.KeyDown}
	case "up":
		return tea.KeyMsg{Type: tea.KeyUp}
	case "backspace":
		return tea.KeyMsg{Type: tea.KeyBackspace}
	case "ctrl+u":
		return tea.KeyMsg{Type: tea.KeyCtrlU}
	case "pgdown":
		return tea.KeyMsg{Type: tea.KeyPgDown}
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)}
}

func (h *harness) view() string { return ansi.Strip(h.m.View()) }
