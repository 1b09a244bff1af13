package desk

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/ui/common"
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

// TestNoSecondWaitingEntry: enter on someone already waiting today says so,
// puts the cursor on them in the queue and makes no second entry.
func TestNoSecondWaitingEntry(t *testing.T) {
	h := newHarness(t, model.RU, 100, 27)
	busyDay(t, h, 5, 2)
	h.typeText("Visitor 03")
	h.keys("enter")
	if n := len(h.visits()); n != 7 {
		t.Fatalf("visits %d, want 7", n)
	}
	if !strings.Contains(h.lastStatus(), "уже ждёт в очереди") || !h.m.onQueue || h.m.mode != idle {
		t.Fatalf("status %q, on queue %v, mode %d", h.lastStatus(), h.m.onQueue, h.m.mode)
	}
	if v := h.m.selectedVisit(); v == nil || h.m.name(v) != "Visitor 03" {
		t.Fatalf("the cursor is not on them: %+v", v)
	}
	// With a consultant: the same.
	h.keys("s", "tab")
	h.typeText("Visitor 03")
	h.keys("enter", "enter")
	if n := len(h.visits()); n != 7 || !strings.Contains(h.lastStatus(), "уже в очереди") {
		t.Fatalf("visits %d, status %q", n, h.lastStatus())
	}
	// Done: they may come again.
	h.keys("f", "tab")
	h.typeText("Visitor 03")
	h.keys("enter", "enter")
	if n := len(h.visits()); n != 8 {
		t.Fatalf("a new visit after the first was done: %d", n)
	}
}

// TestUndoAnyEntryOfToday: after a restart (nothing of this desk's to take
// back) u steps back the visitor under the cursor, whoever moved them; a
// waiting entry is removed after a question; right after an entry, u takes it
// back wherever the cursor is.
func TestUndoAnyEntryOfToday(t *testing.T) {
	h := newHarness(t, model.EN, 100, 27)
	busyDay(t, h, 2, 1) // Visitor 00, 01 waiting; 02 done
	on := func(name string) *model.Visit {
		t.Helper()
		for i, v := range h.m.q.rows {
			if h.m.name(v) == name {
				h.m.q.cur = i
				return v
			}
		}
		t.Fatalf("no %s in the queue", name)
		return nil
	}
	state := func(id string) model.VisitState {
		t.Helper()
		for _, v := range h.visits() {
			if v.ID == id {
				return v.State
			}
		}
		return "removed"
	}
	h.keys("tab")
	done := on("Visitor 02")
	h.keys("u")
	if st := state(done.ID); st != model.VisitWithConsultant {
		t.Fatalf("u on a done visit: %s", st)
	}
	h.keys("down", "up") // the cursor moves: u is for the one under it
	on("Visitor 02")
	h.keys("u")
	if st := state(done.ID); st != model.VisitWaiting {
		t.Fatalf("u on a served visit: %s", st)
	}
	w := on("Visitor 00")
	h.keys("u")
	h.mustSee("Remove the entry of Visitor 00", "y — remove")
	h.keys("esc")
	if st := state(w.ID); st != model.VisitWaiting {
		t.Fatalf("esc removed the entry: %s", st)
	}
	h.keys("down", "up")
	on("Visitor 00")
	h.keys("u", "y")
	if st := state(w.ID); st != "removed" || !strings.Contains(h.lastStatus(), "removed from the queue") {
		t.Fatalf("after y: %s, %q", st, h.lastStatus())
	}
	h.mustNotSee("Visitor 00")
	if n, _ := h.s.Count(model.KindVisit); n != 2 {
		t.Fatalf("visits counted: %d", n)
	}

	// An entry made by mistake, taken back at once.
	addPerson(t, h.s, "Мақсат Ержанов", "+77051112233", "")
	h.send(common.DataChangedMsg{})
	h.keys("tab")
	h.typeText("Мақсат")
	h.keys("enter", "enter", "tab", "u")
	h.mustSee("Remove the entry of Мақсат Ержанов")
	h.keys("y")
	if n := len(h.visits()); n != 2 {
		t.Fatalf("the entry made by mistake stays: %d visits", n)
	}
	// Left without being served goes back to waiting; left after being
	// served, back to the consultant.
	on("Visitor 01")
	h.keys("l")
	h.keys("down", "up")
	v := on("Visitor 01")
	h.keys("u")
	if st := state(v.ID); st != model.VisitWaiting {
		t.Fatalf("u on one who left unserved: %s", st)
	}
	h.keys("s")
	on("Visitor 01")
	h.keys("l", "down", "up")
	on("Visitor 01")
	h.keys("u")
	if st := state(v.ID); st != model.VisitWithConsultant {
		t.Fatalf("u on one who left after being served: %s", st)
	}
}

// TestConsultedVisitorIsServed: a consultation saved for a visit in the
// queue (`v` there) moves a waiting visitor to a consultant and says so;
// `u` takes it back as it does `s`; someone already done stays done.
func TestConsultedVisitorIsServed(t *testing.T) {
	h := newHarness(t, model.EN, 100, 27)
	busyDay(t, h, 2, 1) // Visitor 00, 01 waiting; 02 done
	byName := h.queued()
	state := func(id string) model.VisitState { t.Helper(); return h.visit(id).State }
	waiting, done := byName["Visitor 01"], byName["Visitor 02"]
	h.send(common.VisitConsultedMsg{VisitID: waiting.ID})
	if st := state(waiting.ID); st != model.VisitWithConsultant {
		t.Fatalf("consulted while waiting: %s, want with a consultant", st)
	}
	if got := h.lastStatus(); !strings.Contains(got, "Consultation saved") || !strings.Contains(got, "Visitor 01") {
		t.Errorf("status %q does not say the consultation was saved and who is with a consultant", got)
	}
	h.keys("tab", "u")
	if st := state(waiting.ID); st != model.VisitWaiting {
		t.Errorf("u right after: %s, want waiting again", st)
	}
	before := len(h.status)
	h.send(common.VisitConsultedMsg{VisitID: done.ID})
	if st := state(done.ID); st != model.VisitDone || len(h.status) != before {
		t.Errorf("a done visitor consulted again: %s, status %q", st, h.lastStatus())
	}
}

// TestConsultedVisitorWithTheirConsultant: a consultation saved for a
// waiting visitor puts them with the consultant it names (who gave it), not
// with whoever is at the desk; `s` still serves as the one at the desk.
func TestConsultedVisitorWithTheirConsultant(t *testing.T) {
	h := newHarness(t, model.EN, 100, 27)
	busyDay(t, h, 2, 0) // Visitor 00, 01 waiting
	byName := h.queued()
	consultant := func(id string) string { t.Helper(); return h.visit(id).Consultant }
	v := byName["Visitor 01"]
	h.send(common.VisitConsultedMsg{VisitID: v.ID, Consultant: "Ольга Петрова"})
	if got := consultant(v.ID); got != "Ольга Петрова" {
		t.Fatalf("consulted by Ольга Петрова, with %q in the queue", got)
	}
	if !strings.Contains(h.view(), "Ольга Петрова") {
		t.Errorf("the queue does not show who the visitor is with:\n%s", h.view())
	}
	h.send(common.VisitConsultedMsg{VisitID: byName["Visitor 00"].ID}) // no name: the one at the desk
	if got, desk := consultant(byName["Visitor 00"].ID), h.s.Actor(); got != desk {
		t.Errorf("consulted with no consultant named: with %q, want the one at the desk, %q", got, desk)
	}
}
