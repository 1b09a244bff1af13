package ideas

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/model/application"
	"frontoffice/ui/appdoc"
	"frontoffice/ui/i18n"

	"github.com/charmbracelet/x/ansi"
)

func previewIdea() *model.Idea {
	return &model.Idea{
		Title: "Таза аула \x1b[2J\x1b]0;pwned\x07", Summary: "Ауладағы **қоқыс** мәселесі", Direction: "taza_alem", Region: "shymkent",
		StartDate: "2026-04-01", EndDate: "2026-09-30",
		Logframe: model.Logframe{
			Goal:       "Таза аула",
			Objectives: []model.Objective{{Text: "Сенбілік"}},
			Indicators: []model.Indicator{{Name: "аулалар", Target: 10, Objective: 1}},
		},
		Budget: []model.BudgetLine{{Item: "Қап", Category: "materials", Quantity: 900, UnitKZT: 1000, Source: "grant"}},
	}
}

func TestPreviewRendersTheApplicationMarkdown(t *testing.T) {
	var b bytes.Buffer
	doc := appdoc.Doc{Idea: previewIdea(), Template: (application.Office{}).TemplateFor("youth_small_grant"),
		Date: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC), Tr: i18n.New(model.RU), Office: "Офис"}
	if err := appdoc.Markdown(&b, doc); err != nil {
		t.Fatal(err)
	}
	for _, noColor := range []bool{false, true} {
		for _, w := range []int{40, 100} {
			lines := previewLines(b.String(), w, noColor)
			text := ansi.Strip(strings.Join(lines, "\n"))
			for i, l := range lines {
				if lw := ansi.StringWidth(l); lw > w {
					t.Errorf("w=%d: line %d is %d wide: %q", w, i, lw, ansi.Strip(l))
				}
			}
			// Markup is drawn, not shown: bold labels lose their stars, the
			// budget is a table with rules, the typed stars stay as typed.
			if strings.Contains(text, "**Программа") || !strings.Contains(text, "Программа:") {
				t.Errorf("w=%d: bold label not rendered:\n%s", w, text)
			}
			// A wide screen draws the budget as a table (numbers keep their
			// whole headings); a narrow one lists each row.
			if w >= wideTable && (!strings.Contains(text, "│ Сумма") || !strings.Contains(text, "│ 900 000 ₸")) {
				t.Errorf("w=%d: the budget table is not drawn:\n%s", w, text)
			}
			if w < wideTable && !strings.Contains(text, "Статья: Қап; Категория:") {
				t.Errorf("w=%d: the budget rows are not listed:\n%s", w, text)
			}
			if !strings.Contains(text, "**қоқыс**") {
				t.Errorf("w=%d: the summary's typed stars were read as markup:\n%s", w, text)
			}
			raw := strings.Join(lines, "\n")
			if strings.Contains(raw, "pwned") && strings.Contains(raw, "\x1b]0;") || strings.Contains(raw, "\x1b[2J") || strings.Contains(raw, "\x07") {
				t.Errorf("a typed escape sequence reached the terminal")
			}
			if noColor && strings.Contains(raw, "\x1b") {
				t.Errorf("w=%d: colours without colour: %q", w, lines[0])
			}
			if !noColor && !strings.Contains(raw, "\x1b[") {
				t.Errorf("w=%d: no styling at all", w)
			}
		}
	}
}
