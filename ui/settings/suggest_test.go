package settings

import (
	"bytes"
	"io"
	"strings"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/ui/uitest"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/teatest"
)

// TestConsultantsTypedQuicklySuggested: the current consultant is
// suggested the names of the consultants box. huh's SuggestionsFunc read
// the box's text in a command, off the event loop, while the next key
// typed into the box wrote it: a data race (go test -race fails on it
// here, keys sent as fast as a paste). The suggestions are now made on the
// event loop, and still offered: "Бе" and ctrl+e complete to the name.
func TestConsultantsTypedQuicklySuggested(t *testing.T) {
	s := uitest.OpenStore(t, now)
	o, err := s.Office()
	if err != nil {
		t.Fatal(err)
	}
	o.Name = "Қарағанды"
	if err := s.SaveOffice(o); err != nil {
		t.Fatal(err)
	}
	m := New(uitest.Common(s, model.EN, now))
	m.SetSize(100, 30)
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(100, 30))
	var out bytes.Buffer
	waitFor := func(want string) {
		t.Helper()
		teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
			out.Write(b)
			return strings.Contains(out.String(), want)
		}, teatest.WithDuration(20*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
		out.Reset()
	}
	typeText := func(text string) { // as fast as a paste, a key a letter
		for _, r := range text {
			tm.Send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
		}
	}
	waitFor(m.c.Tr.T("field.consultants"))
	tm.Send(uitest.Key("e"))
	waitFor(m.c.Tr.T("settings.consultants_hint"))
	tm.Send(uitest.Key("tab"))
	tm.Send(uitest.Key("tab")) // the office's name, its region, the consultants
	typeText("Дана Омарова")
	tm.Send(tea.KeyMsg{Type: tea.KeyCtrlJ})
	typeText("Бек Ержанов")
	tm.Send(tea.KeyMsg{Type: tea.KeyCtrlJ})
	typeText("Ольга Ким")
	tm.Send(uitest.Key("tab"))
	waitFor("┃ " + m.c.Tr.T("field.current_consultant")) // huh moves on in a command of its own
	typeText("Бе")
	tm.Send(tea.KeyMsg{Type: tea.KeyCtrlE})
	waitFor("Бек Ержанов")
	if err := tm.Quit(); err != nil {
		t.Fatal(err)
	}
	fm := tm.FinalModel(t, teatest.WithFinalTimeout(60*time.Second)).(*Model)
	if fm.edit.consultant != "Бек Ержанов" {
		t.Errorf("the current consultant is %q, want the name suggested, %q", fm.edit.consultant, "Бек Ержанов")
	}
	io.Copy(io.Discard, tm.Output())
}
