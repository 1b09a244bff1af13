package settings

import (
	"path/filepath"
	"testing"

	"frontoffice/model"
	"frontoffice/storage"
)

// TestMCIShownAlike: the MCI reads the same before and after saving and
// after reopening ("5 000", not "5000" then "5 000"); with none set it is
// this year's by the budget law (issue 20 items 13, 14).
func TestMCIShownAlike(t *testing.T) {
	s, err := storage.Open(filepath.Join(t.TempDir(), "fo.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	h := newHarness(t, s, model.RU)
	h.mustSee("Размер МРП, ₸: " + model.GroupDigits(int64(model.MCIFor(now.Year())))) // the harness's day
	o, _ := s.Office()
	for _, typed := range []string{"5000", "5 000", "5 000", "5000 тг"} {
		h.m.edit.mci = typed
		h.m.setStored(o, "", typed)
		if h.m.cur.mci != "5 000" {
			t.Errorf("%q shows as %q", typed, h.m.cur.mci)
		}
	}
	s.SetSetting(KeyMCI, "5000") // as saving stores it
	h = newHarness(t, s, model.KK)
	h.mustSee("5 000")
}
