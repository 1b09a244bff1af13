package appdoc

import (
	"bufio"
	"io"
	"strings"
)

// htmlEscaper escapes a record's text for HTML and XML alike (no named
// entities beyond XML's own), so the file is also well-formed XHTML.
var htmlEscaper = strings.NewReplacer(`&`, "&amp;", `<`, "&lt;", `>`, "&gt;", `"`, "&quot;", `'`, "&#39;")

func h(s string) string { return htmlEscaper.Replace(clean(s)) }

// css prints on A4 with fonts that have Cyrillic and Kazakh letters; the
// sections flow one after another (a heading stays with what follows it),
// each page is numbered, and a draft's mark (a fixed element, which a
// browser repeats on every printed page) lies across each page.
const css = `@page { size: A4; margin: 18mm 16mm 20mm 16mm;
  @bottom-right { content: counter(page) " / " counter(pages); font-size: 9pt; color: #555; } }
body { font-family: "PT Serif", "Noto Serif", "DejaVu Serif", "Liberation Serif", "Times New Roman", serif;
  font-size: 11pt; line-height: 1.4; color: #111; max-width: 178mm; margin: 0 auto; }
h1 { font-size: 18pt; margin: 0 0 6mm 0; }
h2 { font-size: 14pt; border-bottom: 1px solid #888; padding-bottom: 1mm; }
h2, h3 { break-after: avoid; page-break-after: avoid; }
section { margin-top: 5mm; }
.draft { position: fixed; top: 45%; left: 0; right: 0; text-align: center; transform: rotate(-30deg);
  font-size: 72pt; font-weight: bold; letter-spacing: 6pt; color: rgba(190, 0, 0, 0.18); z-index: 10; pointer-events: none; }
.draft-note { border: 2px solid #b00; color: #b00; padding: 2mm 3mm; font-weight: bold; }
.sign { margin-top: 12mm; break-inside: avoid; page-break-inside: avoid; }
.sign p { margin: 6mm 0 0 0; }
table { border-collapse: collapse; width: 100%; margin: 3mm 0; font-size: 10pt; }
th, td { border: 1px solid #777; padding: 1mm 2mm; vertical-align: top; text-align: left; }
th { background: #eee; }
td.n { text-align: right; white-space: nowrap; }
tfoot td { font-weight: bold; }
tr { break-inside: avoid; page-break-inside: avoid; }
dl.cover { display: grid; grid-template-columns: max-content auto; gap: 1mm 4mm; }
dl.cover dt { font-weight: bold; }
dl.cover dd { margin: 0; }
@media screen { body { margin: 10mm auto; } }
`

// HTML writes the application as one self-contained HTML file (no links,
// no scripts), well-formed enough for an XML parser.
func HTML(w io.Writer, d Doc) error {
	b := bufio.NewWriter(w)
	title, facts := d.cover()
	b.WriteString("<!DOCTYPE html>\n")
	if d.Idea.ID != "" {
		b.WriteString(ideaMark(d.Idea.ID) + "\n")
	}
	b.WriteString("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"" + h(string(d.Tr.Lang())) + "\">\n<head>\n")
	b.WriteString("<meta charset=\"utf-8\"/>\n<title>" + h(title) + "</title>\n<style>\n" + css + "</style>\n</head>\n<body>\n")
	if d.Draft {
		b.WriteString("<div class=\"draft\">" + h(d.Tr.T("app.draft_mark")) + "</div>\n")
	}
	b.WriteString("<header>\n")
	if d.Draft {
		b.WriteString("<p class=\"draft-note\">" + h(d.Tr.T("app.draft_note")) + "</p>\n")
	}
	b.WriteString("<h1>" + h(title) + "</h1>\n")
	writeHTML(b, facts)
	b.WriteString("</header>\n")
	for _, s := range d.sections() {
		b.WriteString("<section id=\"" + h(string(s.id)) + "\">\n<h2>" + h(s.title) + "</h2>\n")
		for _, bl := range s.blocks {
			writeHTML(b, bl)
		}
		b.WriteString("</section>\n")
	}
	b.WriteString("<div class=\"sign\">\n")
	for _, l := range d.signature() {
		b.WriteString("<p>" + h(l[0]) + ": " + h(l[1]) + "</p>\n")
	}
	b.WriteString("</div>\n</body>\n</html>\n")
	return b.Flush()
}

func writeHTML(b *bufio.Writer, bl block) {
	switch {
	case len(bl.kv) > 0:
		b.WriteString("<dl class=\"cover\">\n")
		for _, kv := range bl.kv {
			b.WriteString("<dt>" + h(kv[0]) + "</dt><dd>" + h(kv[1]) + "</dd>\n")
		}
		b.WriteString("</dl>\n")
	case len(bl.list) > 0:
		tag := "ul"
		if bl.ordered {
			tag = "ol"
		}
		b.WriteString("<" + tag + ">\n")
		for _, it := range bl.list {
			b.WriteString("<li>" + h(it) + "</li>\n")
		}
		b.WriteString("</" + tag + ">\n")
	case len(bl.head) > 0:
		row := func(cells []string, tag string) {
			b.WriteString("<tr>")
			for n, c := range cells {
				cls := ""
				if tag == "td" && n < len(bl.numeric) && bl.numeric[n] {
					cls = " class=\"n\""
				}
				b.WriteString("<" + tag + cls + ">" + h(c) + "</" + tag + ">")
			}
			b.WriteString("</tr>\n")
		}
		b.WriteString("<table>\n<thead>\n")
		row(bl.head, "th")
		b.WriteString("</thead>\n")
		if len(bl.foot) > 0 {
			b.WriteString("<tfoot>\n")
			for _, r := range bl.foot {
				row(r, "td")
			}
			b.WriteString("</tfoot>\n")
		}
		b.WriteString("<tbody>\n")
		for _, r := range bl.rows {
			row(r, "td")
		}
		b.WriteString("</tbody>\n</table>\n")
	default:
		b.WriteString("<p>" + strings.ReplaceAll(h(bl.para), "\n", "<br/>") + "</p>\n")
	}
}
