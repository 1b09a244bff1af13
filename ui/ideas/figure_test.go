package ideas

import (
	"strings"
	"testing"

	"frontoffice/model"
	"frontoffice/ui/i18n"
)

// TestMeasuresInTheLanguage: an indicator's figures show with the
// language's decimal mark in the form (and are read back to the very same
// number, so opening and saving it changes nothing) and in a catalogue
// entry's example.
func TestMeasuresInTheLanguage(t *testing.T) {
	for _, v := range []float64{2.5, 0.125, 1234.56, 1e6 + 0.5, 0, 40} {
		for _, lang := range []model.Lang{model.KK, model.RU, model.EN} {
			shown := i18n.Figure(lang, v)
			if lang != model.EN && v != float64(int64(v)) && !strings.Contains(shown, ",") {
				t.Errorf("%s: %v shows as %q, without a decimal comma", lang, v, shown)
			}
			if back, r := parseMeasure(shown); r != model.ReasonNone || back != v {
				t.Errorf("%s: %v shows as %q and reads back as %v (%v)", lang, v, shown, back, r)
			}
		}
	}
	e := &model.CatalogueEntry{}
	e.Logframe.Indicators = []model.CatalogueIndicator{{Name: model.Label{KK: "үлес", RU: "доля", EN: "share"}, Baseline: 2.5, Target: 12.75}}
	if got := entryExample(e, "indicator", i18n.New(model.RU)); !strings.Contains(got, "2,5 → 12,75") {
		t.Errorf("the catalogue's example in Russian: %q", got)
	}
}
