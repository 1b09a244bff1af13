package ui

import (
	"bytes"
	"io"
	"slices"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/ui/common"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest"
)

// goldenScreen runs the app in teatest at w×h, waits for want, presses keys,
// waits for after, and compares the final screen (colours stripped) with
// testdata/<test>.golden. Regenerate with: go test ./ui/ -run Golden -update
func goldenScreen(t *testing.T, lang model.Lang, w, h int, want string, keys []tea.KeyMsg, after string, alsoWant ...string) {
	t.Helper()
	s := openStore(t)
	p := model.New(model.KindPerson).(*model.Person)
	p.FullName, p.Phone, p.Consent = "Нұрсұлтан Әбенов", "+77021234567", true
	if err := s.Create(p); err != nil {
		t.Fatal(err)
	}
	o, _ := s.Office()
	o.Name, o.Region, o.Consultants = "ALT University", "almaty", []string{"Мадина Салпенова"}
	if err := s.SaveOffice(o); err != nil {
		t.Fatal(err)
	}
	// Today's backup is made before the app starts, so Home shows the same
	// "last backup" whether the app's own backup finishes before the
	// screen is captured or after.
	if _, err := s.AutoBackup(fixedNow); err != nil {
		t.Fatal(err)
	}
	c := NewCommon(s, lang, func() time.Time { return fixedNow })
	c.Styles = common.NewStyles(true)
	c.StoreLabel = "~/.local/share/frontoffice/frontoffice.db"
	tm := teatest.NewTestModel(t, New(c), teatest.WithInitialTermSize(w, h))
	var out bytes.Buffer // everything the app has drawn so far
	wait := func(s ...string) {
		t.Helper()
		waitOutput(t, tm.Output(), &out, s...)
	}
	wait(append([]string{want}, alsoWant...)...)
	for _, k := range keys {
		tm.Send(k)
	}
	if after != "" {
		wait(after)
	}
	if err := tm.Quit(); err != nil {
		t.Fatal(err)
	}
	fm := tm.FinalModel(t, teatest.WithFinalTimeout(goldenWait))
	golden.RequireEqual(t, []byte(ansi.Strip(fm.View())))
}

// goldenWait bounds each wait of a golden test. It only ends a wait that
// would otherwise never end: a step goes on as soon as its text is drawn, so
// a machine busy with other work (two loaded cores, -race) fails no test.
const goldenWait = 60 * time.Second

// waitOutput reads the app's output into out until what it draws from now
// on holds each of wants (drawn in any order, in one frame or several), up
// to goldenWait; a failure says what it waited for and what had been drawn.
func waitOutput(t *testing.T, r io.Reader, out *bytes.Buffer, wants ...string) {
	t.Helper()
	from := out.Len()
	for deadline := time.Now().Add(goldenWait); ; time.Sleep(20 * time.Millisecond) {
		if _, err := io.Copy(out, r); err != nil {
			t.Fatalf("reading the app's output while waiting for %q: %v", wants, err)
		}
		missing := slices.DeleteFunc(slices.Clone(wants), func(w string) bool { return bytes.Contains(out.Bytes()[from:], []byte(w)) })
		if len(missing) == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("the app never drew %q in %v; what it drew (colours stripped):\n%s", missing, goldenWait, ansi.Strip(out.String()))
		}
	}
}

func runes(s string) tea.KeyMsg { return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)} }

func TestGoldenHomeEnglish(t *testing.T) {
	// The day's backup is shown once it is made, the follow-ups once counted
	// (after the other numbers): wait for both, whatever the load.
	goldenScreen(t, model.EN, 80, 24, "22.11.2026", nil, "", "Follow-ups due: 0")
}

func TestGoldenHomeKazakhSmall(t *testing.T) {
	goldenScreen(t, model.KK, 40, 12, "22.11.2026", nil, "", "Хабарласу уақыты: 0")
}

func TestGoldenSettingsRussian(t *testing.T) {
	goldenScreen(t, model.RU, 100, 30, "Главная", []tea.KeyMsg{runes("ы")}, "Название офиса")
}

func TestGoldenHelpEnglish(t *testing.T) {
	goldenScreen(t, model.EN, 80, 24, "Home", []tea.KeyMsg{runes("?")}, "Keys on the Home screen")
}
