package ideas

import (
	"io"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"
)

// The application preview's own Markdown renderer: the little Markdown
// ui/appdoc writes (headings, paragraphs with hard breaks, bullet and
// numbered lists, bold, backslash escapes, pipe tables, an HTML comment
// naming the idea) drawn with lipgloss. It replaced glamour, which brought
// a syntax highlighter, a full CommonMark parser and an HTML sanitiser
// (about 2 MB of program) for this one preview.

// mdStyles are the preview's styles, in 256 colours whatever the terminal
// says (previewLines strips them for a screen without colour).
type mdStyles struct {
	text, bold, h1, h2, rule lipgloss.Style
}

var mdStyle = func() mdStyles {
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.ANSI256)
	text := r.NewStyle().Foreground(lipgloss.Color("252"))
	return mdStyles{
		text: text,
		bold: text.Bold(true),
		h1:   r.NewStyle().Bold(true).Foreground(lipgloss.Color("228")).Background(lipgloss.Color("63")).Padding(0, 1),
		h2:   r.NewStyle().Bold(true).Foreground(lipgloss.Color("39")),
		rule: r.NewStyle().Foreground(lipgloss.Color("240")),
	}
}()

// mdMargin is the left margin of every line.
const mdMargin = "  "

// renderMarkdown draws md in w columns (lines may still need cutting to w:
// a word longer than the line is left whole).
func renderMarkdown(md string, w int) []string {
	wrap := max(10, w-4)
	lines := strings.Split(md, "\n")
	var out []string
	blank := func() {
		if len(out) > 0 && out[len(out)-1] != "" {
			out = append(out, "")
		}
	}
	for i := 0; i < len(lines); i++ {
		l := strings.TrimRight(lines[i], " ")
		hard := strings.HasSuffix(lines[i], "  ")
		switch {
		case l == "":
			blank()
		case strings.HasPrefix(l, "<!--"):
			// the idea's mark, for programs reading the file
		case strings.HasPrefix(l, "# "):
			blank()
			out = append(out, mdMargin+mdStyle.h1.Render(plainInline(l[2:])), "")
		case strings.HasPrefix(l, "## "):
			blank()
			out = append(out, mdMargin+mdStyle.h2.Render("## "+plainInline(l[3:])), "")
		case isRow(l) && i+1 < len(lines) && isRule(lines[i+1]):
			j := i + 2
			for j < len(lines) && isRow(lines[j]) {
				j++
			}
			out = append(out, drawTable(lines[i], lines[i+2:j], wrap)...)
			i = j - 1
		case listMark(l) != "":
			mark := listMark(l)
			bullet := mark
			if mark == "- " {
				bullet = "• "
			}
			out = append(out, hang(bullet, inline(l[len(mark):]), wrap)...)
		default:
			// A paragraph: lines run on until a hard break (two spaces).
			para := l
			for !hard && i+1 < len(lines) && strings.TrimSpace(lines[i+1]) != "" && !startsBlock(lines[i+1]) {
				i++
				para += " " + strings.TrimRight(lines[i], " ")
				hard = strings.HasSuffix(lines[i], "  ")
			}
			out = append(out, hang("", inline(para), wrap)...)
		}
	}
	return out
}

// startsBlock says whether line l begins something other than running text.
func startsBlock(l string) bool {
	return strings.HasPrefix(l, "#") || isRow(l) || listMark(l) != "" || strings.HasPrefix(l, "<!--")
}

// listMark is l's list mark ("- ", "12. "), "" when l is no list item.
func listMark(l string) string {
	if strings.HasPrefix(l, "- ") {
		return "- "
	}
	n := 0
	for n < len(l) && n < 4 && l[n] >= '0' && l[n] <= '9' {
		n++
	}
	if n > 0 && strings.HasPrefix(l[n:], ". ") {
		return l[:n+2]
	}
	return ""
}

// hang wraps styled text s to width wrap after the margin and mark, the
// lines after the first indented under the text.
func hang(mark, s string, wrap int) []string {
	indent := strings.Repeat(" ", ansi.StringWidth(mark))
	lines := strings.Split(ansi.Wrap(s, max(4, wrap-len(indent)), ""), "\n")
	for i, l := range lines {
		if i == 0 {
			lines[i] = mdMargin + mdStyle.text.Render(mark) + l
		} else {
			lines[i] = mdMargin + indent + l
		}
	}
	return lines
}

// span is a run of text in one style.
type span struct {
	text string
	bold bool
}

// spans reads one line's text: backslash escapes taken literally, **bold**.
func spans(s string) []span {
	var out []span
	var run strings.Builder
	bold := false
	flush := func() {
		if run.Len() > 0 {
			out = append(out, span{run.String(), bold})
			run.Reset()
		}
	}
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '\\' && i+1 < len(s):
			i++
			run.WriteByte(s[i])
		case strings.HasPrefix(s[i:], "**"):
			flush()
			bold = !bold
			i++
		default:
			run.WriteByte(s[i])
		}
	}
	flush()
	return out
}

// inline draws one line's text in its styles.
func inline(s string) string {
	var b strings.Builder
	for _, sp := range spans(s) {
		if sp.bold {
			b.WriteString(mdStyle.bold.Render(sp.text))
		} else {
			b.WriteString(mdStyle.text.Render(sp.text))
		}
	}
	return b.String()
}

// plainInline is s's text without its markup.
func plainInline(s string) string {
	var b strings.Builder
	for _, sp := range spans(s) {
		b.WriteString(sp.text)
	}
	return b.String()
}

// drawTable draws a pipe table (its heading row, then rows) with a rule
// under the heading, in at most limit+2 columns: the widest columns give up
// room first and their cells wrap.
func drawTable(head string, rows []string, limit int) []string {
	grid := [][]string{cells(head)}
	for _, r := range rows {
		grid = append(grid, cells(r))
	}
	n := 0
	for _, r := range grid {
		n = max(n, len(r))
	}
	widths := make([]int, n)
	for _, r := range grid {
		for k, c := range r {
			widths[k] = max(widths[k], ansi.StringWidth(plainInline(c)))
		}
	}
	total := func() int {
		t := n - 1
		for _, w := range widths {
			t += w + 2
		}
		return t
	}
	for total() > limit+2 {
		k := 0
		for j, w := range widths {
			if w > widths[k] {
				k = j
			}
		}
		if widths[k] <= 3 {
			break
		}
		widths[k]--
	}
	bar := mdStyle.rule.Render("│")
	var out []string
	for i, r := range grid {
		out = append(out, tableRow(r, widths, bar)...)
		if i == 0 {
			parts := make([]string, n)
			for k, w := range widths {
				parts[k] = strings.Repeat("─", w+2)
			}
			out = append(out, mdMargin+mdStyle.rule.Render(strings.Join(parts, "┼")))
		}
	}
	return out
}

// tableRow draws one row of cells in columns widths wide, as many lines as
// its longest wrapped cell takes.
func tableRow(r []string, widths []int, bar string) []string {
	wrapped := make([][]string, len(widths))
	height := 1
	for k := range widths {
		c := ""
		if k < len(r) {
			c = inline(r[k])
		}
		wrapped[k] = strings.Split(ansi.Wrap(c, widths[k], ""), "\n")
		height = max(height, len(wrapped[k]))
	}
	lines := make([]string, height)
	for h := range lines {
		parts := make([]string, len(widths))
		for k, w := range widths {
			c := ""
			if h < len(wrapped[k]) {
				c = wrapped[k][h]
			}
			parts[k] = " " + c + strings.Repeat(" ", max(0, w-ansi.StringWidth(c))) + " "
		}
		lines[h] = strings.TrimRight(mdMargin+strings.Join(parts, bar), " ")
	}
	return lines
}
