package ideas

import (
	"fmt"

	"frontoffice/model"
	"frontoffice/storage"
	"frontoffice/ui/common"

	tea "github.com/charmbracelet/bubbletea"
)

// The table's readiness column: the search index knows no readiness, so the
// screen works it out for the rows it shows, off the loop, and keeps the
// answers by idea and revision time.

// readyKey is an idea as of its last change, checked against the
// programmes as they were (Settings can change their rules).
type readyKey struct {
	id      string
	updated int64
	gen     uint64
}

// readyMsg carries readiness percentages for some rows.
type readyMsg struct{ pct map[readyKey]int }

// readyCell is a row's readiness, "…" while it is being worked out.
func (m *Model) readyCell(id string, updated int64) string {
	if pct, ok := m.ready[readyKey{id, updated, m.c.RulesGen()}]; ok {
		return fmt.Sprintf("%d %%", pct)
	}
	return "…"
}

// fetchReadiness asks for the readiness of the first rows not known yet.
func (m *Model) fetchReadiness() tea.Cmd {
	var want []readyKey
	gen := m.c.RulesGen()
	for _, h := range m.list.Result().Hits { // the rows loaded: a page or a few
		k := readyKey{h.ID, h.Updated, gen}
		if _, ok := m.ready[k]; !ok && !m.readyAsked[k] {
			want = append(want, k)
		}
	}
	if len(want) == 0 {
		return nil
	}
	for _, k := range want {
		m.readyAsked[k] = true
	}
	store, now, rules := m.c.Store, m.c.Now(), m.c.Rules()
	return common.Do(func() tea.Msg {
		out := map[readyKey]int{}
		for _, k := range want {
			i, err := storage.GetAs[*model.Idea](store, model.KindIdea, k.id)
			if err != nil {
				continue
			}
			people := ideaPeople(store, i)
			_, out[k] = rules.Assess(i, func(id string) *model.Person { return people[id] }, "", now)
		}
		return readyMsg{pct: out}
	})
}
