package ideas

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// TestRenderMarkdown: each construct ui/appdoc writes is drawn, not shown.
func TestRenderMarkdown(t *testing.T) {
	md := "**DRAFT** — not ready  \n\n# Clean \\*yard\\*\n\n- **Programme:** Small grant for the youth of the city\n" +
		"1. First\n2. Second\n\n## Budget\n\nline one  \nline two  \n\n<!-- frontoffice-idea: 42 -->\n"
	lines := renderMarkdown(md, 30)
	text := ansi.Strip(strings.Join(lines, "\n"))
	for _, want := range []string{
		"  DRAFT — not ready", " Clean *yard* ", "  • Programme: Small grant\n    for the youth of the\n    city",
		"  1. First", "  2. Second", "  ## Budget", "  line one\n  line two",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("lacks %q:\n%s", want, text)
		}
	}
	for _, unwanted := range []string{"**", "\\", "<!--", "42", "# Clean"} {
		if strings.Contains(text, unwanted) {
			t.Errorf("shows %q:\n%s", unwanted, text)
		}
	}
	if strings.Contains(text, "\n\n\n") {
		t.Errorf("two blank lines in a row:\n%s", text)
	}
	if raw := strings.Join(lines, "\n"); !strings.Contains(raw, "\x1b[1") {
		t.Errorf("bold is not drawn bold: %q", raw)
	}
}

// TestDrawTableFits: a table wider than the screen gives room from its
// widest columns, whose cells wrap; no line is wider than asked.
func TestDrawTableFits(t *testing.T) {
	head := "| № | Item | Amount |"
	rows := []string{"| 1 | A very long budget line that cannot fit in one narrow column | **900 000 ₸** |"}
	for _, w := range []int{40, 60, 120} {
		lines := drawTable(head, rows, w-4)
		text := ansi.Strip(strings.Join(lines, "\n"))
		for _, l := range lines {
			if lw := ansi.StringWidth(l); lw > w {
				t.Errorf("w=%d: %d wide: %q", w, lw, ansi.Strip(l))
			}
		}
		if !strings.Contains(text, "│ 900 000 ₸") || !strings.Contains(text, "┼") || strings.Contains(text, "**") {
			t.Errorf("w=%d: table not drawn:\n%s", w, text)
		}
		if w < 100 && len(lines) < 4 {
			t.Errorf("w=%d: the long cell did not wrap:\n%s", w, text)
		}
		if w >= 100 && !strings.Contains(text, "A very long budget line that cannot fit in one narrow column") {
			t.Errorf("w=%d: the long cell is cut:\n%s", w, text)
		}
	}
}

func BenchmarkPreviewLines(b *testing.B) {
	md := strings.Repeat("## Section\n\n- **Label:** some value here\n\n| a | b | c |\n|---|---|---:|\n| 1 | two | 3 |\n\n", 20)
	b.ReportAllocs()
	for b.Loop() {
		previewLines(md, 100, false)
	}
}
