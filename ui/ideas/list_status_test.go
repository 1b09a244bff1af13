package ideas

import (
	"testing"

	"frontoffice/model"
)

// TestStatusWholeAt100Columns: at 100 columns the Ideas table shows each
// status whole in kk and ru too («Кеңес беруде», «Профинансирована»); it
// cut them at 10 cells while the title kept 39.
func TestStatusWholeAt100Columns(t *testing.T) {
	s := openStore(t)
	for _, st := range []model.IdeaStatus{model.IdeaStatus("consulting"), model.IdeaStatus("funded")} {
		i := addIdea(t, s, "Таза саябақ "+string(st), "taza_alem")
		i.Status = st
		if err := s.Update(i); err != nil {
			t.Fatal(err)
		}
	}
	for _, lang := range []model.Lang{model.KK, model.RU} {
		h := newHarness(t, s, lang, 100, 30)
		for _, st := range []model.IdeaStatus{model.IdeaStatus("consulting"), model.IdeaStatus("funded")} {
			h.mustContain(st.Label(lang))
		}
	}
}
