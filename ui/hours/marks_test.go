package hours

import (
	"fmt"
	"strings"
	"testing"

	"frontoffice/model"
	"frontoffice/storage"
	"frontoffice/ui/uitest"

	"github.com/charmbracelet/x/ansi"
)

// TestLongListMarked: a list longer than the screen marks the rows hidden
// above and below, and the cursor's row is always drawn.
func TestLongListMarked(t *testing.T) {
	m := New(uitest.Common(uitest.OpenStore(t, fixedNow), model.RU, fixedNow))
	m.SetSize(40, 9)
	m.loaded = true
	for i := range 30 {
		h := &model.Hours{Date: "2026-02-10", Hours: 2, Activity: "Субботник", Status: "pending"}
		m.entries = append(m.entries, storage.HoursEntry{Hours: h, PersonName: fmt.Sprintf("Адам %02d", i)})
	}
	m.count()
	for _, cur := range []int{0, 1, 15, 28, 29} {
		m.cur = cur
		m.scroll()
		v := ansi.Strip(m.View())
		if n := strings.Count(v, "\n") + 1; n > 9 {
			t.Fatalf("cursor %d: %d lines:\n%s", cur, n, v)
		}
		if !strings.Contains(v, "▸ ") || !strings.Contains(v, fmt.Sprintf("Адам %02d", cur)) {
			t.Errorf("cursor %d not drawn:\n%s", cur, v)
		}
		if above := strings.Contains(v, "↑ выше есть ещё"); above != (cur >= 15) {
			t.Errorf("cursor %d: mark above %v:\n%s", cur, above, v)
		}
		if below := strings.Contains(v, "↓ ниже есть ещё"); below != (cur < 29) {
			t.Errorf("cursor %d: mark below %v:\n%s", cur, below, v)
		}
	}
}
