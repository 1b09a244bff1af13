package settings

import (
	"path/filepath"
	"testing"

	"frontoffice/model"
	"frontoffice/storage"
	"frontoffice/ui/i18n"
)

func TestCreditSettings(t *testing.T) {
	s, err := storage.Open(filepath.Join(t.TempDir(), "fo.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	def := LoadCreditRules(s)
	if len(def.Tiers) != 2 || def.Tiers[1] != (model.CreditTier{Hours: 50, Amount: 50000}) || def.Cap != 70 {
		t.Fatalf("defaults: %+v", def)
	}
	if tiers, limit := loadCreditTexts(s); tiers != "20 = 20 000; 50 = 50 000" || limit != "70" {
		t.Errorf("texts: %q %q", tiers, limit)
	}
	if err := saveCredit(s, "30 = 30 000; 10:10000", "40"); err != nil {
		t.Fatal(err)
	}
	r := LoadCreditRules(s)
	if len(r.Tiers) != 2 || r.Tiers[0].Hours != 10 || r.Tiers[1].Amount != 30000 || r.Cap != 40 {
		t.Errorf("saved: %+v", r)
	}
	// Rules that do not hold together are refused by the form and ignored on load.
	if _, why := parseCredit("20 = 20 000; 50 = 50 000", "30"); why != model.ReasonMismatch {
		t.Errorf("cap below the top tier: %v", why)
	}
	s.SetSetting(KeyCreditCap, "10") // below the 30-hour tier, written by hand
	if r := LoadCreditRules(s); r.Cap != 70 || r.Tiers[0].Hours != 20 {
		t.Errorf("inconsistent settings should fall back to the defaults: %+v", r)
	}
	// The form's checks speak the person's language.
	tr := i18n.New(model.RU)
	var tiers, limit = "20 = 20 000", "10"
	fs := creditFields(tr, &tiers, &limit)
	if len(fs) != 2 {
		t.Fatalf("fields: %d", len(fs))
	}
}
