package desk

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"frontoffice/model"
)

// busyDay puts waiting people in today's queue (the first arrived first) and
// done ones after them, as a busy desk has by noon.
func busyDay(t *testing.T, h *harness, waiting, done int) {
	t.Helper()
	h.s.SetActor("Мадина")
	for i := range waiting + done {
		p := addPerson(t, h.s, fmt.Sprintf("Visitor %02d", i), fmt.Sprintf("+7701000%04d", i), "")
		v, err := h.s.StartVisit(p.ID, "other", h.now.Add(time.Duration(i)*time.Minute))
		if err != nil {
			t.Fatal(err)
		}
		if i >= waiting {
			for _, to := range []model.VisitState{model.VisitWithConsultant, model.VisitDone} {
				if _, err := h.s.MoveVisit(v.ID, to, "Мадина", *h.now); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	*h.now = h.now.Add(time.Hour)
	h.run(h.m.loadQueue())
}

// TestQueueKeepsTheWaitingInView: with 13 waiting and 17 done, walking down
// the whole queue keeps the first waiting in view, says how many are out of
// sight, and keeps the cursor in view through a resize to 40×12 and back.
func TestQueueKeepsTheWaitingInView(t *testing.T) {
	h := newHarness(t, model.EN, 80, 21)
	busyDay(t, h, 13, 17)
	h.keys("tab")
	h.mustSee("Visitor 00", "↓ ")
	cursorOn := func(name string) {
		t.Helper()
		for _, l := range strings.Split(h.view(), "\n") {
			if strings.HasPrefix(l, "▸") {
				if !strings.Contains(l, name) {
					t.Fatalf("the cursor is on %q, want %s:\n%s", l, name, h.view())
				}
				return
			}
		}
		t.Fatalf("the cursor is out of view (want %s):\n%s", name, h.view())
	}
	for range 22 {
		h.keys("down")
	}
	cursorOn("Visitor 22")
	h.mustSee("Visitor 00", "↑ ", "more above", "more below")
	for range 10 {
		h.keys("down")
	}
	cursorOn("Visitor 29")
	h.mustSee("Visitor 00", "Visitor 09")
	h.mustNotSee("more below")

	h.m.SetSize(40, 9)
	cursorOn("Visitor 29")
	h.m.SetSize(80, 21)
	cursorOn("Visitor 29")
	h.mustSee("Visitor 00")
	for range 30 {
		h.keys("up")
	}
	cursorOn("Visitor 00")
	h.mustSee("more below")
	h.mustNotSee("more above")
	h.m.SetSize(40, 9)
	cursorOn("Visitor 00")
	h.m.SetSize(80, 21)
	cursorOn("Visitor 00")
}

// TestQueueWindowFits: every cursor position at every height gives exactly
// the lines there is room for, with the cursor among them.
func TestQueueWindowFits(t *testing.T) {
	for _, waiting := range []int{0, 3, 13, 30} {
		q := queue{}
		for i := range 30 {
			st := model.VisitDone
			if i < waiting {
				st = model.VisitWaiting
			}
			q.rows = append(q.rows, &model.Visit{State: st})
		}
		for n := 1; n <= 32; n++ {
			for cur := range 30 {
				q.cur = cur
				ls := q.window(n)
				if len(ls) > n || (n <= 30 && len(ls) != n) {
					t.Fatalf("waiting %d, n %d, cur %d: %d lines", waiting, n, cur, len(ls))
				}
				seen := false
				for _, l := range ls {
					seen = seen || l.row == cur
				}
				if !seen {
					t.Fatalf("waiting %d, n %d, cur %d: cursor out of view %+v", waiting, n, cur, ls)
				}
				if cur >= waiting && waiting > 0 && n >= 4 && ls[0].row != 0 {
					t.Fatalf("waiting %d, n %d, cur %d: the first waiting is not in view %+v", waiting, n, cur, ls)
				}
			}
		}
	}
}
