package ui

import (
	"errors"
	"os"
	"time"

	"frontoffice/storage"
	"frontoffice/ui/common"
	"frontoffice/ui/damaged"
	"frontoffice/ui/i18n"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// damagedMsg tells the root that the store met damage (any read, the daily
// backup's check, the quick check at start): the app stops, and
// RunRestoring shows the restore screen with the store closed.
type damagedMsg struct{ err error }

// watchDamage waits, off the loop, for the store to meet damage.
func watchDamage(store *storage.Store) tea.Cmd {
	return common.Listen(func() tea.Msg {
		if err := store.WaitDamaged(); err != nil {
			return damagedMsg{err}
		}
		return nil // the store closed
	})
}

// quickCheck looks every page of the store over in the background, after
// delay (on a start with today's backup made already: that backup checks its
// copy); damage found reaches watchDamage.
func quickCheck(store *storage.Store, delay time.Duration) tea.Cmd {
	return common.Later(delay, func() tea.Msg {
		store.QuickCheck()
		return nil
	})
}

// RunRestoring runs the app on store; when the store turns out damaged, it
// closes it, shows the restore screen and, once a backup is in place, opens
// the store again with open and goes on. The stores it opens it closes; the
// first is the caller's.
func RunRestoring(store *storage.Store, o Options, open func() (*storage.Store, error)) (crashLog string, err error) {
	for first := true; ; first = false {
		crashLog, err = Run(store, o)
		if crashLog != "" || !errors.Is(err, storage.ErrDamaged) {
			if !first {
				store.Close()
			}
			return crashLog, err
		}
		path := store.Path()
		store.Close()
		if store, err = OfferRestore(path, err, o, open); err != nil {
			return "", err
		}
	}
}

// OfferRestore shows the restore screen for the damaged store at path (the
// damage it met is damage) and opens the store with open once a backup is in
// its place. Leaving without restoring gives damage back.
func OfferRestore(path string, damage error, o Options, open func() (*storage.Store, error)) (*storage.Store, error) {
	for {
		restored, err := runDamaged(path, o)
		if err != nil {
			return nil, err
		}
		if !restored {
			return nil, damage
		}
		s, err := open()
		if !errors.Is(err, storage.ErrDamaged) {
			return s, err
		}
		damage = err // the backup was good when checked; damaged since: offer again
	}
}

// runDamaged runs the restore screen as its own program.
func runDamaged(path string, o Options) (restored bool, err error) {
	plain := os.Getenv("TERM") == "dumb"
	noColor := plain || os.Getenv("NO_COLOR") != ""
	if noColor {
		lipgloss.SetColorProfile(termenv.Ascii)
	}
	tr := i18n.New(PickLang(o.Lang, nil))
	m := damaged.New(path, tr, common.NewStyles(noColor || lipgloss.ColorProfile() == termenv.Ascii), o.Now)
	opts := []tea.ProgramOption{}
	if !plain {
		opts = append(opts, tea.WithAltScreen())
	}
	if o.Input != nil {
		opts = append(opts, tea.WithInput(o.Input))
	}
	if o.Output != nil {
		opts = append(opts, tea.WithOutput(o.Output))
	}
	if _, err := tea.NewProgram(m, opts...).Run(); err != nil {
		return false, err
	}
	return m.Restored(), nil
}
