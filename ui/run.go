package ui

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"frontoffice/model"
	"frontoffice/model/application"
	"frontoffice/storage"
	"frontoffice/ui/common"
	"frontoffice/ui/i18n"
	"frontoffice/ui/settings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// Options say how to start the app.
type Options struct {
	Lang     model.Lang // "" means: remembered in the store, else $LANG, else English
	Input    io.Reader  // nil: the terminal
	Output   io.Writer  // nil: the terminal
	Now      func() time.Time
	Settings map[string]string // unused for now; later issues pass defaults here
}

// PickLang applies the language rule: an explicit choice wins, then the one
// remembered in the store, then $LANG, then English.
func PickLang(explicit model.Lang, store *storage.Store) model.Lang {
	if explicit != "" {
		return explicit
	}
	if store != nil {
		if l, ok := settings.LoadLang(store); ok {
			return l
		}
	}
	return i18n.FromEnv()
}

// NewCommon builds the shared state for a store.
func NewCommon(store *storage.Store, lang model.Lang, now func() time.Time) *common.Common {
	plain := os.Getenv("TERM") == "dumb"
	noColor := os.Getenv("NO_COLOR") != ""
	if now == nil {
		now = time.Now
	}
	if who, err := store.Setting(settings.KeyConsultant); err == nil {
		store.SetActor(who)
	}
	c := &common.Common{
		Styles:     common.NewStyles(plain || noColor),
		Tr:         i18n.New(lang),
		Store:      store,
		StoreLabel: common.Sanitize(homeTilde(store.Path())), // a folder's name may hold escapes
		Now:        now,
		Plain:      plain,
		NoColor:    plain || noColor,
	}
	c.SetRules(*settings.LoadRules(store, application.Office{})) // limits in MCI follow the office's setting
	return c
}

// homeTilde writes a path inside the home folder as ~/…, shorter on screen.
func homeTilde(p string) string {
	home, err := os.UserHomeDir()
	if err != nil || home == "" {
		return p
	}
	if rel, err := filepath.Rel(home, p); err == nil && !strings.HasPrefix(rel, "..") {
		return filepath.Join("~", rel)
	}
	return p
}

// warmUp is how long after start the other screens begin their work (the
// search index loads then, follow-ups are counted): the first screen has its
// counts drawn by then. A screen opened sooner starts at once.
const warmUp = 500 * time.Millisecond

// Run starts the interactive app on store and returns when the person quits.
// It returns the crash log's path when a panic stopped it.
func Run(store *storage.Store, o Options) (crashLog string, err error) {
	c := NewCommon(store, PickLang(o.Lang, store), o.Now)
	if c.Plain || os.Getenv("NO_COLOR") != "" {
		lipgloss.SetColorProfile(termenv.Ascii)
	}
	if lipgloss.ColorProfile() == termenv.Ascii && !c.NoColor {
		// The terminal takes no styles at all (TERM=screen, or CI set in the
		// environment): underline and colour would not show, so the active tab
		// and the cursor are marked by text, as with NO_COLOR.
		c.NoColor = true
		c.Styles = common.NewStyles(true)
	}
	c.WarmUp = warmUp
	m := New(c)
	opts := []tea.ProgramOption{}
	if !c.Plain {
		opts = append(opts, tea.WithAltScreen())
	}
	if o.Input != nil {
		opts = append(opts, tea.WithInput(o.Input))
	}
	if o.Output != nil {
		opts = append(opts, tea.WithOutput(o.Output))
	}
	p := tea.NewProgram(m, opts...)
	c.Quit = func() { go p.Send(tea.QuitMsg{}) }
	stop := quitOnHangup(p)
	_, err = p.Run()
	stop()
	if err == nil && m.damaged != nil {
		err = m.damaged
	}
	return m.CrashLog(), err
}
