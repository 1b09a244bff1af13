package searchlist

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/model/search"
	"frontoffice/storage"
	"frontoffice/ui/common"
	"frontoffice/ui/i18n"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

func newList(t *testing.T, titles ...string) (*Model, *storage.Store) {
	t.Helper()
	s, err := storage.OpenWith(filepath.Join(t.TempDir(), "fo.db"), storage.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	for _, title := range titles {
		i := model.New(model.KindIdea).(*model.Idea)
		i.Title, i.Direction, i.Region, i.Status = title, "taza_alem", "almaty", "draft"
		if err := s.Create(i); err != nil {
			t.Fatal(err)
		}
	}
	c := &common.Common{Styles: common.NewStyles(true), Tr: i18n.New(model.EN), Store: s, Now: time.Now}
	m := New(c, model.KindIdea, []Column{{Title: "Title", Cell: func(h search.Hit) string { return h.Title }}})
	m.SetSize(60, 10)
	return m, s
}

// deliver runs cmd and hands its message to the list.
func deliver(t testing.TB, m *Model, cmd tea.Cmd) {
	t.Helper()
	if cmd == nil {
		return
	}
	msg := cmd()
	if b, ok := msg.(tea.BatchMsg); ok {
		for _, c := range b {
			deliver(t, m, c)
		}
		return
	}
	m.Update(msg)
}

func typeText(t *testing.T, m *Model, s string) tea.Cmd {
	var last tea.Cmd
	for _, r := range s {
		cmd, _ := m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
		last = cmd
	}
	return last
}

func TestTypingFindsFolded(t *testing.T) {
	m, _ := newList(t, "Таза әлем: саябақ", "Саулық апталығы", "Кітап жинау")
	deliver(t, m, m.Init())
	if m.Result().Total != 3 {
		t.Fatalf("empty query: %d", m.Result().Total)
	}
	deliver(t, m, m.Focus())
	deliver(t, m, typeText(t, m, "taza alem"))
	if h, ok := m.Selected(); !ok || h.Title != "Таза әлем: саябақ" || m.Result().Total != 1 {
		t.Fatalf("taza alem: %+v", m.Result())
	}
	if v := ansi.Strip(m.View()); !strings.Contains(v, "Found: 1") || !strings.Contains(v, "Таза әлем") {
		t.Fatalf("view:\n%s", v)
	}
}

// TestOlderAnswerNeverShown: the answer to an earlier keystroke that arrives
// after the answer to a later one is dropped, and the earlier search was
// cancelled.
func TestOlderAnswerNeverShown(t *testing.T) {
	asyncOnly(t)
	m, _ := newList(t, "Таза әлем", "Саулық")
	deliver(t, m, m.Init())
	m.Focus()
	first := typeText(t, m, "с")  // matches both
	second := typeText(t, m, "а") // "са": still both… then narrow:
	third := typeText(t, m, "улық")
	_ = second
	deliver(t, m, third)
	if m.Result().Total != 1 {
		t.Fatalf("after the last keystroke: %d", m.Result().Total)
	}
	deliver(t, m, first) // late answer for "с"
	if m.Result().Total != 1 || m.Waiting() {
		t.Fatalf("a stale answer was shown: %d", m.Result().Total)
	}
}

func TestCancelledSearchReportsCancel(t *testing.T) {
	asyncOnly(t)
	m, _ := newList(t, "a")
	deliver(t, m, m.Init())
	cmd := m.Search()
	m.Search() // cancels the one before
	msg := cmd()
	var err error
	switch msg := msg.(type) {
	case sessionMsg:
		err = msg.Err
	case ResultMsg:
		err = msg.Err
	}
	if err != nil && err != context.Canceled {
		t.Fatalf("cancelled search: %v", err)
	}
}

func TestScrollAsksForMore(t *testing.T) {
	var titles []string
	for i := range 450 {
		titles = append(titles, fmt.Sprintf("idea %03d", i))
	}
	m, _ := newList(t, titles...)
	deliver(t, m, m.Init())
	if len(m.Result().Hits) != pageStep || m.Result().Total != 450 {
		t.Fatalf("first page: %d of %d", len(m.Result().Hits), m.Result().Total)
	}
	for range pageStep {
		cmd, _ := m.Update(tea.KeyMsg{Type: tea.KeyDown})
		deliver(t, m, cmd)
	}
	if len(m.Result().Hits) <= pageStep {
		t.Fatalf("scrolling to the end did not load more: %d", len(m.Result().Hits))
	}
	v := ansi.Strip(m.View())
	if n := strings.Count(v, "\n") + 1; n > 10 {
		t.Fatalf("view has %d lines, area is 10", n)
	}
}

// TestWidenCutColumns (issue 20 item 16): at 130 columns a status or a region
// longer than its column takes room from a title that has plenty, and the
// title keeps at least its comfortable width.
func TestWidenCutColumns(t *testing.T) {
	m := &Model{w: 130, h: 20}
	m.columns = []Column{
		{Title: "Title", Cell: func(h search.Hit) string { return h.Title }},
		{Title: "Region", Width: 11, Cell: func(h search.Hit) string { return "Северо-Казахстанская область" }},
		{Title: "Status", Width: 10, Cell: func(h search.Hit) string { return "Консультирование" }},
	}
	m.res.Hits = []search.Hit{{Title: "Short"}}
	_, widths := m.layout()
	if widths[1] < len([]rune("Северо-Казахстанская область")) || widths[2] < len([]rune("Консультирование")) || widths[0] < roomyFlex {
		t.Fatalf("widths %v", widths)
	}
	if sum := widths[0] + widths[1] + widths[2] + 2 + 2; sum != 130 {
		t.Fatalf("widths %v fill %d, not 130", widths, sum)
	}
	m.w = 50 // no spare room: the columns keep their widths
	if _, widths = m.layout(); widths[1] != 11 || widths[2] != 10 {
		t.Fatalf("at 50: %v", widths)
	}
	// Little spare room: a column marked First (the status) has it before
	// the region before it.
	m.w, m.columns[2].First = 70, true
	if _, widths = m.layout(); widths[2] != len([]rune("Консультирование")) || widths[0] != roomyFlex || widths[1] >= 28 {
		t.Fatalf("at 70, the status first: %v", widths)
	}
}

// asyncOnly makes every search answer through a command, as a search slower
// than syncWait does, for the rest of the test.
func asyncOnly(t *testing.T) {
	old := syncWait
	syncWait = 0
	t.Cleanup(func() { syncWait = old })
}

// TestTypedLetterAndResultsInOneFrame: once the index is loaded, the key's
// Update itself brings the answer: the View drawn right after it shows the
// letter and its results, no command run in between.
func TestTypedLetterAndResultsInOneFrame(t *testing.T) {
	m, s := newList(t, "Таза әлем: саябақ", "Саулық апталығы", "Кітап жинау")
	deliver(t, m, m.Init())
	if !s.SearchReady() || m.Result().Total != 3 {
		t.Fatalf("first search: ready %v, %d found", s.SearchReady(), m.Result().Total)
	}
	m.Focus()
	for i, r := range "kitap" {
		cmd, used := m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
		if !used {
			t.Fatalf("key %q not used", r)
		}
		_ = cmd // the cursor's blink, nothing the results wait for
		if m.Waiting() {
			t.Fatalf("after %q the answer is still on its way", "kitap"[:i+1])
		}
		v := ansi.Strip(m.View())
		if !strings.Contains(v, "/ "+"kitap"[:i+1]) {
			t.Fatalf("the letter is not drawn:\n%s", v)
		}
		if i >= 2 && (!strings.Contains(v, "Found: 1") || !strings.Contains(v, "Кітап жинау")) {
			t.Fatalf("after %q the same View lacks the result:\n%s", "kitap"[:i+1], v)
		}
	}
}

// TestSlowAnswerStillComesAndNeverStale: a search that outlasts syncWait
// arrives by command; an older one arriving after a newer answer is dropped.
func TestSlowAnswerStillComesAndNeverStale(t *testing.T) {
	m, _ := newList(t, "Таза әлем", "Саулық")
	deliver(t, m, m.Init())
	m.Focus()
	asyncOnly(t)
	first := typeText(t, m, "с")
	if first == nil || !m.Waiting() {
		t.Fatal("a search left to a command gave none")
	}
	syncWait = 30 * time.Second // the next ones answer in place
	deliver(t, m, typeText(t, m, "аулық"))
	if m.Result().Total != 1 || m.Waiting() {
		t.Fatalf("after the last keystroke: %d, waiting %v", m.Result().Total, m.Waiting())
	}
	deliver(t, m, first)
	if m.Result().Total != 1 {
		t.Fatalf("a stale answer was shown: %d", m.Result().Total)
	}
}

// TestPadAgreesWithAnsi: pad gives the same cells as measuring and cutting
// with ansi (the characters it counts itself are common's, held by
// common.TestNarrowWidthAgreesWithAnsi).
func TestPadAgreesWithAnsi(t *testing.T) {
	for _, s := range []string{"", "Таза әлем: саябақ", "Ұлттық қор — Үміт", "abc", "Ｗide 世界", "e\u0301te", "👩‍👩‍👧 family", "soft\u00adhyphen", "\x1b[31mred\x1b[0m"} {
		for w := 1; w < 22; w++ {
			want := ansi.StringWidth(s)
			var ref string
			switch {
			case want > w:
				ref = ansi.Truncate(s, w, "…")
			default:
				ref = s + strings.Repeat(" ", w-want)
			}
			if got := pad(s, w); got != ref || ansi.StringWidth(got) > w {
				t.Fatalf("pad(%q, %d) = %q, want %q", s, w, got, ref)
			}
		}
	}
}

// TestViewFitsItsArea: whatever the size, the list draws at most its height
// in lines, none wider than its width.
func TestViewFitsItsArea(t *testing.T) {
	m, _ := newList(t, "Таза әлем: саябақ және ұзын атау, тағы да ұзын", "Саулық", "Кітап")
	deliver(t, m, m.Init())
	for _, size := range [][2]int{{60, 10}, {12, 4}, {5, 2}, {3, 1}, {100, 3}} {
		m.SetSize(size[0], size[1])
		v := m.View()
		lines := strings.Split(v, "\n")
		if len(lines) > size[1] {
			t.Fatalf("%v: %d lines:\n%s", size, len(lines), v)
		}
		for _, l := range lines {
			if ansi.StringWidth(l) > size[0] {
				t.Fatalf("%v: line %q is %d cells", size, l, ansi.StringWidth(l))
			}
		}
	}
}
