package ui

import (
	"strings"
	"testing"

	"frontoffice/model"
	"frontoffice/ui/common"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

// TestGoldenReportsSmall: the Reports screen at 40×12 in Russian, opened
// with к (r on the Russian layout).
func TestGoldenReportsSmall(t *testing.T) {
	goldenScreen(t, model.RU, 40, 12, "Главная", []tea.KeyMsg{runes("к")}, "Итого")
}

// TestReportsTab: r opens Reports from anywhere no text is typed, esc goes
// back Home, and the tab bar keeps the active tab whole at 40 columns.
func TestReportsTab(t *testing.T) {
	s := openStore(t)
	h := newHarness(t, s, model.KK, 40, 12)
	h.keys("r")
	if h.m.active != screenReports {
		t.Fatalf("r should open Reports, active=%d", h.m.active)
	}
	h.run(nil)
	v := ansi.Strip(h.m.View())
	first := strings.Split(v, "\n")[0]
	if !strings.Contains(first, "Есептер") || ansi.StringWidth(first) > 40 {
		t.Errorf("tab bar at 40 columns: %q", first)
	}
	h.keys("esc")
	if h.m.active != screenHome {
		t.Errorf("esc should go Home, active=%d", h.m.active)
	}
}

// TestTabBarDegrades: with more tabs than fit, the name goes, then a window
// of tabs around the active one with ‹ and › is shown; the active tab is
// always whole.
func TestTabBarDegrades(t *testing.T) {
	st := common.NewStyles(true)
	titles := []string{"Басты бет", "Қабылдау", "Идеялар", "Адамдар", "Кеңес", "Баптаулар", "Есептер", "Сағаттар", "Синхрондау"}
	for active := range titles {
		for _, w := range []int{40, 60, 80} {
			bar := tabBar(st, titles, active, w)
			if ansi.StringWidth(bar) > w || !strings.Contains(bar, titles[active]) {
				t.Errorf("active %d at %d: %q", active, w, bar)
			}
			if active > 0 && !strings.Contains(bar, titles[active-1]) && !strings.HasPrefix(bar, "‹ ") {
				t.Errorf("tabs hidden on the left should be marked: %q", bar)
			}
			if active < len(titles)-1 && !strings.Contains(bar, titles[active+1]) && !strings.HasSuffix(bar, " ›") {
				t.Errorf("tabs hidden on the right should be marked: %q", bar)
			}
		}
	}
	if bar := tabBar(st, titles[:3], 0, 80); bar != "frontoffice  [Басты бет] │ Қабылдау │ Идеялар" {
		t.Errorf("room for all: %q", bar)
	}
}
