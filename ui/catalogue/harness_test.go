package catalogue

import (
	"strings"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/storage"
	"frontoffice/ui/common"
	"frontoffice/ui/uitest"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

// fixedNow is the tests' clock: 22 November 2026, at the desk.
var fixedNow = time.Date(2026, 11, 22, 10, 0, 0, 0, time.UTC)

func openStore(t *testing.T) *storage.Store { return uitest.OpenStore(t, fixedNow) }

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
	asked   int    // how often "who is working?" was asked
	who     string // the answer ("": esc, nothing saved)
}

func newHarness(t *testing.T, s *storage.Store, lang model.Lang, region model.Region, w, h int) *harness {
	t.Helper()
	c := uitest.Common(s, lang, fixedNow)
	hs := &harness{t: t, s: s, who: uitest.OnDuty, m: New(c, region)}
	hs.m.SetSize(w, h)
	hs.run(hs.m.Init())
	return hs
}

func (h *harness) send(msg tea.Msg) {
	_, cmd := h.m.Update(msg)
	h.run(cmd)
}

func (h *harness) run(cmd tea.Cmd) {
	uitest.Runner{T: h.t, Send: h.send, Catch: h.catch}.Run(cmd)
}

// catch takes what the root would handle, recording it.
func (h *harness) catch(msg tea.Msg) bool {
	switch msg := msg.(type) {
	case common.AskWhoMsg: // nobody at the desk: the root asks who is working
		h.asked++
		if h.who != "" {
			h.run(uitest.AnswerWho(h.s, msg, h.who))
		}
		return true
	case common.DataChangedMsg:
		h.changed++
		h.send(msg)
		return true
	case common.StatusMsg:
		h.status = append(h.status, msg)
		return true
	case common.OpenMsg:
		h.opened = append(h.opened, msg)
		return true
	}
	return false
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

func keyMsg(k string) tea.KeyMsg { return uitest.Key(k) }

// view is the screen as a person reads it: the non-breaking spaces that keep
// numbers whole look like spaces.
func (h *harness) view() string { return strings.ReplaceAll(ansi.Strip(h.m.View()), "\u00a0", " ") }
