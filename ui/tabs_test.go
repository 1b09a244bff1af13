package ui

import (
	"strings"
	"testing"

	"frontoffice/model"
	"frontoffice/ui/common"
	"frontoffice/ui/i18n"

	"github.com/charmbracelet/lipgloss"
)

// TestTabBarFits40: at 40 columns, in every language and with more screens
// than today's, the bar fits and always shows the active screen's name.
func TestTabBarFits40(t *testing.T) {
	st := common.NewStyles(true)
	for _, lang := range []string{"kk", "ru", "en"} {
		tr := i18n.New(model.Lang(lang))
		titles := []string{}
		for _, k := range []string{"screen.home", "screen.desk", "screen.ideas", "screen.people", "screen.consult", "screen.settings", "screen.sync"} {
			titles = append(titles, tr.T(k))
		}
		titles = append(titles, "Волонтёрские часы", "Отчёты") // screens other work adds
		for active := range titles {
			for _, w := range []int{40, 60, 200} {
				bar := tabBar(st, titles, active, w)
				if lipgloss.Width(bar) > w {
					t.Errorf("%s, %d columns, active %d: %d wide: %q", lang, w, active, lipgloss.Width(bar), bar)
				}
				if !strings.Contains(bar, titles[active]) {
					t.Errorf("%s, %d columns: the active %q is not shown: %q", lang, w, titles[active], bar)
				}
			}
		}
	}
}
