package desk

import (
	"strings"

	"frontoffice/ui/common"
)

// layout splits the body between the field (with its matches while typing)
// and the queue below it; the queue keeps at least three lines.
func (m *Model) layout() (list, hint, gap, queue int) {
	list = 1
	if !m.onQueue && m.mode == idle && m.list.Text() != "" {
		matches := 5
		if m.h < 20 {
			matches = 3
		}
		list = max(1, min(3+matches, m.h-3))
	} else if !m.onQueue && m.h >= 14 {
		hint = 1
	}
	if m.h >= 16 {
		gap = 1
	}
	queue = max(0, m.h-list-hint-gap)
	return list, hint, gap, queue
}

// queueRows is how many visitors the queue shows at once.
func (m *Model) queueRows() int {
	_, _, _, q := m.layout()
	return max(1, q-1)
}

// sizeList fits the field and its matches to the layout.
func (m *Model) sizeList() {
	list, _, _, _ := m.layout()
	m.list.SetSize(m.w, list)
}

// idleView draws the field, its matches or a hint, and the queue.
func (m *Model) idleView() string {
	st := m.c.Styles
	list, hint, gap, queue := m.layout()
	var lines []string
	lines = append(lines, strings.Split(m.list.View(), "\n")...)
	for len(lines) < list {
		lines = append(lines, "")
	}
	if hint > 0 {
		lines = append(lines, st.Muted.Render(common.Fit(m.c.Tr.T("desk.field_hint"), m.w, 1)))
	}
	for range gap {
		lines = append(lines, "")
	}
	if queue > 0 {
		lines = append(lines, m.queueLines(queue)...)
	}
	return common.Fit(strings.Join(lines, "\n"), m.w, m.h)
}
