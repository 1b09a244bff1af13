package ideas

import (
	"strings"

	"github.com/charmbracelet/glamour"
	"github.com/charmbracelet/glamour/styles"
	"github.com/charmbracelet/x/ansi"
)

// previewLines renders the application's Markdown for the terminal, w
// columns wide: headings, bold labels, lists and the logframe and budget
// tables drawn as tables. Without colours (TERM=dumb, NO_COLOR) the same
// drawing is kept with its colour codes taken out. The Markdown comes from ui/appdoc, which escapes
// what people typed and drops control characters, so a record's text can
// neither draw markup nor reach the terminal as an escape sequence.
//
// Rendering takes a few milliseconds, so it runs when the data, the size,
// the language or the programme change, never per frame.
func previewLines(md string, w int, plain bool) []string {
	r, err := glamour.NewTermRenderer(glamour.WithStandardStyle(styles.DarkStyle), glamour.WithWordWrap(max(10, w-4)))
	var out string
	if err == nil {
		out, err = r.Render(fitTables(md, w))
	}
	if err != nil { // not expected; the text is still worth showing
		out = md
	}
	lines := strings.Split(strings.Trim(out, "\n"), "\n")
	for i, l := range lines {
		if plain {
			lines[i] = strings.TrimRight(ansi.Truncate(ansi.Strip(l), w, ""), " ")
		} else {
			lines[i] = trimPadding(ansi.Truncate(l, w, ""))
		}
	}
	return lines
}

// trimPadding drops the spaces glamour pads each line with to the full
// width (each wrapped in its own colour codes), which would otherwise be
// most of what the screen sends for the preview.
func trimPadding(l string) string {
	plain := ansi.Strip(l)
	keep := len(strings.TrimRight(plain, " "))
	if keep == len(plain) {
		return l
	}
	cut := ansi.Cut(l, 0, ansi.StringWidth(plain[:keep]))
	if strings.Contains(cut, "\x1b") {
		cut += "\x1b[0m"
	}
	return cut
}

// wideTable is the width from which tables are drawn as tables; below it
// each row becomes a list item ("column: value; …"), which stays readable
// at 40 columns where seven columns would not.
const wideTable = 80

// fitTables prepares the Markdown's tables for the terminal: numbers are
// not right-aligned (glamour cuts right-aligned Cyrillic headings short),
// and on a narrow screen tables become lists.
func fitTables(md string, w int) string {
	lines := strings.Split(md, "\n")
	var out []string
	for i := 0; i < len(lines); i++ {
		if !isRow(lines[i]) || i+1 >= len(lines) || !isRule(lines[i+1]) {
			out = append(out, lines[i])
			continue
		}
		head := cells(lines[i])
		j := i + 2
		var rows [][]string
		for ; j < len(lines) && isRow(lines[j]); j++ {
			rows = append(rows, cells(lines[j]))
		}
		if w >= wideTable {
			out = append(out, lines[i], plainRule(len(head)))
			for _, r := range rows {
				out = append(out, "| "+strings.Join(r, " | ")+" |")
			}
		} else {
			for _, r := range rows {
				var parts []string
				for k, c := range r {
					if c == "" {
						continue
					}
					if k < len(head) && head[k] != "" {
						c = head[k] + ": " + c
					}
					parts = append(parts, c)
				}
				out = append(out, "- "+strings.Join(parts, "; "))
			}
		}
		i = j - 1
	}
	return strings.Join(out, "\n")
}

func isRow(l string) bool { return strings.HasPrefix(strings.TrimSpace(l), "|") }

func isRule(l string) bool {
	t := strings.TrimSpace(l)
	return strings.HasPrefix(t, "|") && strings.Trim(t, "|-: ") == ""
}

// cells splits a table row on the pipes Markdown escaping left unescaped.
func cells(l string) []string {
	l = strings.TrimSpace(l)
	l = strings.TrimSuffix(strings.TrimPrefix(l, "|"), "|")
	var out []string
	var cur strings.Builder
	for i := 0; i < len(l); i++ {
		switch {
		case l[i] == '\\' && i+1 < len(l):
			cur.WriteByte(l[i])
			cur.WriteByte(l[i+1])
			i++
		case l[i] == '|':
			out = append(out, strings.TrimSpace(cur.String()))
			cur.Reset()
		default:
			cur.WriteByte(l[i])
		}
	}
	return append(out, strings.TrimSpace(cur.String()))
}

func plainRule(n int) string { return "|" + strings.Repeat(" --- |", n) }
