package ui

import (
	"strings"

	"frontoffice/ui/common"

	"github.com/charmbracelet/lipgloss"
)

// tabBar draws the screens' names with the active one marked, in width
// columns. When they do not all fit (40 columns, long Russian names, more
// screens) it drops the program's name first, then shows a window of tabs
// around the active one with "…" where some are left out: the active
// screen's name is always seen.
func tabBar(st *common.Styles, titles []string, active, width int) string {
	render := func(i int) string {
		if i == active {
			return st.ActiveTab.Render(titles[i])
		}
		return st.Tab.Render(titles[i])
	}
	all := make([]string, len(titles))
	for i := range titles {
		all[i] = render(i)
	}
	const sep = " │ "
	head := st.Header.Render("frontoffice") + "  "
	if line := head + strings.Join(all, sep); lipgloss.Width(line) <= width {
		return line
	}
	if line := strings.Join(all, sep); lipgloss.Width(line) <= width {
		return line
	}
	lo, hi := active, active // the window shown: titles[lo..hi]
	fits := func(lo, hi int) bool {
		w := lipgloss.Width(strings.Join(all[lo:hi+1], sep))
		if lo > 0 {
			w += 2
		}
		if hi < len(all)-1 {
			w += 2
		}
		return w <= width
	}
	for grew := true; grew; {
		grew = false
		if hi+1 < len(all) && fits(lo, hi+1) {
			hi, grew = hi+1, true
		}
		if lo > 0 && fits(lo-1, hi) {
			lo, grew = lo-1, true
		}
	}
	line := strings.Join(all[lo:hi+1], sep)
	if lo > 0 {
		line = "… " + line
	}
	if hi < len(all)-1 {
		line += " …"
	}
	return line
}
