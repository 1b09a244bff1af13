package uitest

import (
	"testing"
	"time"

	"frontoffice/ui/common"

	"github.com/charmbracelet/bubbles/cursor"
	tea "github.com/charmbracelet/bubbletea"
)

// TestIsTimer: what only waits (a blink, a tick, a listener, work put off)
// is told by its name; a command that answers something is not, however
// long it takes.
func TestIsTimer(t *testing.T) {
	for name, c := range map[string]tea.Cmd{
		"blink":  cursor.Blink,
		"tick":   tea.Tick(time.Hour, func(time.Time) tea.Msg { return nil }),
		"every":  tea.Every(time.Hour, func(time.Time) tea.Msg { return nil }),
		"listen": common.Listen(func() tea.Msg { return nil }),
		"later":  common.Later(time.Hour, func() tea.Msg { return nil }),
	} {
		if !IsTimer(c) {
			t.Errorf("%s (%s) is not taken for a timer", name, funcName(c))
		}
	}
	for name, c := range map[string]tea.Cmd{
		"do":    common.Do(func() tea.Msg { return nil }),
		"plain": func() tea.Msg { return nil },
	} {
		if IsTimer(c) {
			t.Errorf("%s (%s) is taken for a timer", name, funcName(c))
		}
	}
}
