package ideas

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// previewLines renders the application's Markdown for the terminal, w
// columns wide: headings, bold labels, lists and the logframe and budget
// tables drawn as tables (markdown.go). Without colours (TERM=dumb,
// NO_COLOR) the same drawing is kept with its colour codes taken out. The
// Markdown comes from ui/appdoc, which escapes what people typed and drops
// control characters, so a record's text can neither draw markup nor reach
// the terminal as an escape sequence.
//
// It runs when the data, the size, the language or the programme change,
// never per frame.
func previewLines(md string, w int, plain bool) []string {
	lines := renderMarkdown(fitTables(md, w), w)
	for i, l := range lines {
		if plain {
			lines[i] = strings.TrimRight(ansi.Truncate(ansi.Strip(l), w, ""), " ")
		} else {
			lines[i] = ansi.Truncate(l, w, "")
		}
	}
	return lines
}

// wideTable is the width from which tables are drawn as tables; below it
// each row becomes a list item ("column: value; …"), which stays readable
// at 40 columns where seven columns would not.
const wideTable = 80

// fitTables prepares the Markdown's tables for the terminal: numbers are
// not right-aligned, and on a narrow screen tables become lists.
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
