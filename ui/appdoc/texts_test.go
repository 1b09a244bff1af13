package appdoc

import (
	"bytes"
	"strings"
	"testing"

	"frontoffice/model"
	"frontoffice/model/application"
)

// The idea's own application texts are printed when the Doc names none,
// the cover letter first.
func TestIdeaTexts(t *testing.T) {
	for _, lang := range model.Langs() {
		d := sampleDoc(lang, "youth_small_grant")
		d.Texts = nil
		d.Idea.CoverLetter = "Құрметті комиссия"
		d.Idea.Sustainability, d.Idea.Partners, d.Idea.MonitoringPlan = "Қалады", "Әкімдік", "Ай сайын"
		var b bytes.Buffer
		if err := Markdown(&b, d); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		for _, want := range []string{"Құрметті комиссия", "Қалады", "Әкімдік", "Ай сайын", d.Tr.T("field.cover_letter")} {
			if !strings.Contains(out, want) {
				t.Errorf("%s: no %q in\n%s", lang, want, out)
			}
		}
		if strings.Index(out, "Құрметті комиссия") > strings.Index(out, application.SecSummary.Title(lang)) {
			t.Errorf("%s: the cover letter is not first", lang)
		}
		if strings.Contains(out, d.Tr.T("app.not_written")) {
			t.Errorf("%s: a written section is still “not written”", lang)
		}
	}
}
