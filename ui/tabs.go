package ui

import (
	"strings"

	"frontoffice/ui/common"

	"github.com/charmbracelet/x/ansi"
)

// tabBar draws the header: the app's name and every screen's tab, the active
// one marked. When that does not fit in width, the name goes first; then only
// the tabs around the active one are shown, with ‹ and › saying more lie to
// either side, so the active tab is always whole at 40 columns whatever the
// number of screens.
func tabBar(st *common.Styles, titles []string, active, width int) string {
	const sep, name = " │ ", "frontoffice"
	render := func(from, to int) string {
		var tabs []string
		for i := from; i <= to; i++ {
			if i == active {
				tabs = append(tabs, st.ActiveTab.Render(titles[i]))
			} else {
				tabs = append(tabs, st.Tab.Render(titles[i]))
			}
		}
		out := strings.Join(tabs, sep)
		if from > 0 {
			out = st.Tab.Render("‹ ") + out
		}
		if to < len(titles)-1 {
			out += st.Tab.Render(" ›")
		}
		return out
	}
	all := render(0, len(titles)-1)
	if full := st.Header.Render(name) + "  " + all; ansi.StringWidth(full) <= width {
		return full
	}
	if ansi.StringWidth(all) <= width {
		return all
	}
	// Widen a window around the active tab, a tab to the right then one to
	// the left, while it fits.
	from, to := active, active
	for grown := true; grown; {
		grown = false
		if to+1 < len(titles) && ansi.StringWidth(render(from, to+1)) <= width {
			to++
			grown = true
		}
		if from > 0 && ansi.StringWidth(render(from-1, to)) <= width {
			from--
			grown = true
		}
	}
	return common.Fit(render(from, to), width, 1)
}
