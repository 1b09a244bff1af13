package appdoc

import (
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/model/application"
	"frontoffice/ui/i18n"
)

func sampleDoc(lang model.Lang, programme string) Doc {
	i := &model.Idea{
		Title: `Таза аула <script>alert("x")</script> & co`, Summary: "Мәселе: қоқыс.\n\nЕкінші абзац | * _",
		Direction: "taza_alem", Region: "shymkent", StartDate: "2026-04-01", EndDate: "2026-09-30",
		ApplicantName: "Айгерім Сейтқали", Organization: "ОҚУ",
		Team:         []model.TeamMember{{Name: "Айгерім", Role: "жетекші"}, {Name: "Бауыржан <b>"}},
		TargetGroups: []model.Reach{{Group: "youth", Planned: 100}},
		Logframe: model.Logframe{
			Goal:       "Таза аула",
			Objectives: []model.Objective{{Text: "Сенбілік"}},
			Activities: []model.Activity{{Text: "Сенбілік өткізу", Start: "2026-04-05", Objective: 1}},
			Results:    []string{"10 аула"},
			Indicators: []model.Indicator{{Name: "аулалар", Target: 10, Objective: 1}},
			Risks:      []string{"жаңбыр"},
		},
		Budget: []model.BudgetLine{
			{Item: "Қап", Category: "materials", Quantity: 1240, UnitKZT: 1000, Source: "grant"},
			{Item: "Көлік", Category: "transport", Quantity: 2, UnitKZT: 5_500, Source: "cofunding"},
		},
	}
	return Doc{Idea: i, Template: (application.Office{}).TemplateFor(programme), Office: "Шымкент жастар орталығы",
		Date: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC), Tr: i18n.New(lang),
		Texts: application.Texts{application.SecPartners: "Әкімдік"}, Draft: true}
}

// texts parses the HTML with a strict XML parser and returns the text of
// every element named tag, in order.
func texts(t *testing.T, src []byte, tag string) []string {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(src))
	dec.Strict = true
	var out []string
	var cur *strings.Builder
	depth := 0
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("not well-formed: %v", err)
		}
		switch e := tok.(type) {
		case xml.StartElement:
			if e.Name.Local == tag && cur == nil {
				cur = &strings.Builder{}
			}
			if cur != nil {
				depth++
			}
		case xml.EndElement:
			if cur != nil {
				if depth--; depth == 0 {
					out = append(out, cur.String())
					cur = nil
				}
			}
		case xml.CharData:
			if cur != nil {
				cur.Write(e)
			}
		}
	}
	return out
}

func TestHTMLWellFormedWithEverySection(t *testing.T) {
	for _, lang := range []model.Lang{model.KK, model.RU, model.EN} {
		for _, tpl := range (application.Office{}).Templates() {
			d := sampleDoc(lang, tpl.Code)
			var buf bytes.Buffer
			if err := HTML(&buf, d); err != nil {
				t.Fatal(err)
			}
			h2 := texts(t, buf.Bytes(), "h2")
			if len(h2) != len(tpl.Sections) {
				t.Fatalf("%s/%s: %d section titles, want %d", lang, tpl.Code, len(h2), len(tpl.Sections))
			}
			for n, s := range tpl.Sections {
				if h2[n] != s.Title.In(lang) {
					t.Errorf("%s/%s: section %d is %q, want %q", lang, tpl.Code, n, h2[n], s.Title.In(lang))
				}
			}
			if h1 := texts(t, buf.Bytes(), "h1"); len(h1) != 1 || h1[0] != d.Idea.Title {
				t.Errorf("title %q", h1)
			}
			foot := strings.Join(texts(t, buf.Bytes(), "tfoot"), "|")
			for _, want := range []string{model.Tenge(1_240_000).String(), model.Tenge(11_000).String(), model.Tenge(1_251_000).String()} {
				if !strings.Contains(foot, want) {
					t.Errorf("%s/%s: totals %q lack %s", lang, tpl.Code, foot, want)
				}
			}
			if bytes.Contains(buf.Bytes(), []byte("<script>")) || bytes.Contains(buf.Bytes(), []byte("<b>")) {
				t.Error("record text not escaped")
			}
			if !bytes.Contains(buf.Bytes(), []byte("Шымкент жастар орталығы")) || !bytes.Contains(buf.Bytes(), []byte("Әкімдік")) {
				t.Error("office name or application text missing")
			}
		}
	}
}

func TestMarkdown(t *testing.T) {
	d := sampleDoc(model.RU, "youth_small_grant")
	var buf bytes.Buffer
	if err := Markdown(&buf, d); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	last := -1
	for _, s := range d.Template.Sections {
		at := strings.Index(out, "\n## "+s.Title.RU+"\n")
		if at < 0 || at < last {
			t.Errorf("section %q missing or out of order", s.Title.RU)
		}
		last = at
	}
	for _, want := range []string{`\<script\>`, `\| \* \_`, "**1 251 000 ₸**" /* Markdown text: plain spaces */, "| Қап | Материалы |", "Программа:** Малый грант для молодёжи"} {
		if !strings.Contains(out, want) {
			t.Errorf("markdown lacks %q:\n%s", want, out)
		}
	}
}

func TestProblemsTranslated(t *testing.T) {
	for _, lang := range []model.Lang{model.KK, model.RU, model.EN} {
		tr := i18n.New(lang)
		for _, k := range application.Keys() {
			if !i18n.Has(k) {
				t.Errorf("%s: no sentence", k)
			}
		}
		p := application.Problem{Key: application.KeyOverLimit, Args: []any{model.Tenge(1_240_000), model.Tenge(1_000_000)}}
		if got := ProblemText(tr, p); !strings.Contains(got, model.Tenge(1_240_000).String()) || strings.Contains(got, "%!") {
			t.Errorf("%s: %q", lang, got)
		}
		p = application.Problem{Key: application.KeyEmptySection, Args: []any{application.SecPartners}}
		if got := ProblemText(tr, p); !strings.Contains(got, application.SecPartners.Title(lang)) {
			t.Errorf("%s: %q", lang, got)
		}
	}
	if got := ProblemText(i18n.New(model.EN), application.Problem{Key: application.KeyCofundingShort,
		Args: []any{model.Tenge(500), model.Tenge(900), 100}}); got != "co-funding is "+model.Tenge(500).String()+"; the programme asks for 100 % of the grant, "+model.Tenge(900).String() {
		t.Errorf("%q", got)
	}
}

// TestDraftAndFinished: sections flow (no page break before each); a draft
// carries its mark (a fixed element the browser repeats on every page) and
// its unfilled sections; a finished application leaves them out; both have
// the applicant's contacts, the project dates, page numbers and the lines
// to sign and date, in the application's language (issue 20 item 9).
func TestDraftAndFinished(t *testing.T) {
	for _, lang := range model.Langs() {
		tr := i18n.New(lang)
		d := sampleDoc(lang, "small_grant")
		d.Phone = "+77011234567"
		var draft, final, draftMD, finalMD bytes.Buffer
		if err := HTML(&draft, d); err != nil {
			t.Fatal(err)
		}
		Markdown(&draftMD, d)
		d.Draft = false
		HTML(&final, d)
		Markdown(&finalMD, d)
		mark := tr.T("app.draft_mark")
		// "**DRAFT** — Draft: …" said it twice (the kk preview: «ЖОБА НҰСҚАСЫ — Жоба нұсқасы: …»).
		if note := tr.T("app.draft_note"); strings.HasPrefix(strings.ToLower(note), strings.ToLower(mark)) {
			t.Errorf("%s: the draft note %q says the mark %q again", lang, note, mark)
		}
		if got := texts(t, draft.Bytes(), "div"); len(got) < 1 || got[0] != mark {
			t.Errorf("%s: draft mark %q, want %q", lang, got, mark)
		}
		if !strings.Contains(css, ".draft { position: fixed") || strings.Contains(css, "break-before: page") ||
			!strings.Contains(css, "counter(page)") {
			t.Errorf("css: no repeated mark, a page break per section or no page numbers:\n%s", css)
		}
		if strings.Contains(final.String(), `class="draft"`) || strings.Contains(finalMD.String(), mark) ||
			!strings.Contains(draftMD.String(), "**"+mark+"**") {
			t.Errorf("%s: the mark is on the finished application or missing from the draft's Markdown", lang)
		}
		sust := application.SecSustainability.Title(lang)
		if !strings.Contains(draft.String(), "<h2>"+sust+"</h2>") || strings.Contains(final.String(), "<h2>"+sust+"</h2>") ||
			strings.Contains(finalMD.String(), tr.T("app.not_written")) {
			t.Errorf("%s: an unfilled section is not left out of the finished application only", lang)
		}
		for _, out := range []string{final.String(), finalMD.String(), draft.String()} {
			for _, want := range []string{"+7 701 123 45 67", tr.T("app.contacts"), "01.04.2026 – 30.09.2026",
				tr.T("app.sign.applicant"), tr.T("app.sign.date")} {
				if !strings.Contains(out, want) {
					t.Errorf("%s: lacks %q", lang, want)
				}
			}
		}
	}
}

// TestIndicatorFiguresInTheLanguage: an indicator's baseline and target are
// printed as they were set, with the application language's decimal mark.
func TestIndicatorFiguresInTheLanguage(t *testing.T) {
	for lang, want := range map[model.Lang]string{model.RU: "| 2,5 | 12,75 |", model.KK: "| 2,5 | 12,75 |", model.EN: "| 2.5 | 12.75 |"} {
		d := sampleDoc(lang, "youth_small_grant")
		d.Idea.Logframe.Indicators[0].Baseline, d.Idea.Logframe.Indicators[0].Target = 2.5, 12.75
		var buf bytes.Buffer
		if err := Markdown(&buf, d); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(buf.String(), want) {
			t.Errorf("%s: the indicators' table lacks %q:\n%s", lang, want, buf.String())
		}
	}
}
