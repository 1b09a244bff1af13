package consult

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/storage"
	"frontoffice/ui/uitest"

	"github.com/charmbracelet/x/ansi"
)

// The list draws only the lines in view, and the cursor's line is always
// one of them, however long the list.
func TestLongListDrawsTheCursorsWindow(t *testing.T) {
	now := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	m := New(uitest.Common(uitest.OpenStore(t, now), model.EN, now))
	m.SetSize(60, 10)
	m.loaded, m.nFU = true, 500
	for i := range 550 {
		c := &model.Consultation{Date: "2026-03-01", FollowUp: "2026-03-01", NextSteps: fmt.Sprintf("step %d", i)}
		m.rows = append(m.rows, row{e: storage.ConsultationEntry{Consultation: c, PersonName: fmt.Sprintf("Person %d", i)}, followUp: i < 500})
	}
	for _, cur := range []int{0, 9, 250, 499, 500, 549} {
		m.cur = cur
		v := ansi.Strip(m.View())
		if n := strings.Count(v, "\n") + 1; n > 10 {
			t.Fatalf("cursor %d: %d lines drawn in 10", cur, n)
		}
		if !strings.Contains(v, fmt.Sprintf("Person %d ", cur)) && !strings.Contains(v, fmt.Sprintf("Person %d\n", cur)) && !strings.HasSuffix(v, fmt.Sprintf("Person %d", cur)) {
			t.Errorf("cursor %d not in view:\n%s", cur, v)
		}
		if cur == 500 && !strings.Contains(v, "Recent") {
			t.Errorf("the recent title is not above the first recent row:\n%s", v)
		}
		// Lines out of view are marked (102 follow-ups showed as 8).
		if above := strings.Contains(v, "↑ more above"); above != (cur >= 9) {
			t.Errorf("cursor %d: mark above %v:\n%s", cur, above, v)
		}
		if below := strings.Contains(v, "↓ more below"); below != (cur < 549) {
			t.Errorf("cursor %d: mark below %v:\n%s", cur, below, v)
		}
	}
}
