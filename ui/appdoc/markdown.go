package appdoc

import (
	"bufio"
	"io"
	"strconv"
	"strings"
)

// mdEscaper backslash-escapes what Markdown would read as markup, so a
// record's text prints as typed.
var mdEscaper = strings.NewReplacer(`\`, `\\`, "`", "\\`", `*`, `\*`, `_`, `\_`, `[`, `\[`, `]`, `\]`,
	`<`, `\<`, `>`, `\>`, `#`, `\#`, `|`, `\|`, `~`, `\~`)

// md escapes s and folds its lines into one, for a heading, item or cell.
func md(s string) string {
	return mdEscaper.Replace(strings.Join(strings.Fields(clean(s)), " "))
}

// Markdown writes the application as Markdown.
func Markdown(w io.Writer, d Doc) error {
	b := bufio.NewWriter(w)
	title, facts := d.cover()
	if d.Draft {
		b.WriteString("**" + md(d.Tr.T("app.draft_mark")) + "** — " + md(d.Tr.T("app.draft_note")) + "\n\n")
	}
	b.WriteString("# " + md(title) + "\n\n")
	writeMD(b, facts)
	for _, s := range d.sections() {
		b.WriteString("## " + md(s.title) + "\n\n")
		for _, bl := range s.blocks {
			writeMD(b, bl)
		}
	}
	for _, l := range d.signature() {
		b.WriteString(md(l[0]) + ": " + md(l[1]) + "  \n")
	}
	if d.Idea.ID != "" {
		b.WriteString("\n" + ideaMark(d.Idea.ID) + "\n")
	}
	return b.Flush()
}

func writeMD(b *bufio.Writer, bl block) {
	switch {
	case len(bl.kv) > 0:
		for _, kv := range bl.kv {
			b.WriteString("- **" + md(kv[0]) + ":** " + md(kv[1]) + "\n")
		}
	case len(bl.list) > 0:
		for n, it := range bl.list {
			mark := "- "
			if bl.ordered {
				mark = strconv.Itoa(n+1) + ". "
			}
			b.WriteString(mark + md(it) + "\n")
		}
	case len(bl.head) > 0:
		row := func(cells []string, bold bool) {
			b.WriteString("|")
			for _, c := range cells {
				c = md(c)
				if bold && c != "" {
					c = "**" + c + "**"
				}
				b.WriteString(" " + c + " |")
			}
			b.WriteString("\n")
		}
		row(bl.head, false)
		b.WriteString("|")
		for n := range bl.head {
			if n < len(bl.numeric) && bl.numeric[n] {
				b.WriteString("---:|")
			} else {
				b.WriteString("---|")
			}
		}
		b.WriteString("\n")
		for _, r := range bl.rows {
			row(r, false)
		}
		for _, r := range bl.foot {
			row(r, true)
		}
	default:
		for _, line := range strings.Split(clean(bl.para), "\n") {
			b.WriteString(mdEscaper.Replace(strings.TrimRight(line, " \t")) + "  \n")
		}
	}
	b.WriteString("\n")
}

// clean drops control characters (keeping line breaks and tabs) and
// invalid UTF-8, which neither Markdown nor XML can carry.
func clean(s string) string {
	s = strings.ToValidUTF8(strings.ReplaceAll(s, "\r\n", "\n"), "\uFFFD")
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\t':
			return r
		case r < 0x20 || (r >= 0x7f && r < 0xa0) || r == 0xFFFE || r == 0xFFFF:
			return -1
		}
		return r
	}, s)
}
