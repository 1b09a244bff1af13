package storage_test

import (
	"testing"

	"frontoffice/model/application"
	"frontoffice/storage"
)

// TestRulesReadBackAsAValue: the MCI and the office's templates kept in the
// settings come back as a value that answers on its own;
// templates that cannot be read are left out and said, the MCI kept.
func TestRulesReadBackAsAValue(t *testing.T) {
	s, _ := newStore(t)
	if o, err := s.Rules(); err != nil || o.MCI != 0 || len(o.Specs()) != 0 {
		t.Fatalf("a new store's rules: %+v %v", o, err)
	}
	spec := application.Copy(application.Office{}.TemplateFor("ngo_state_grant"), func(string) bool { return false })
	spec.MaxMCI = 100
	v, err := application.EncodeOffice([]application.Spec{spec})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SetSetting(storage.SettingTemplates, v); err != nil {
		t.Fatal(err)
	}
	if err := s.SetSetting(storage.SettingMCI, "4000"); err != nil {
		t.Fatal(err)
	}
	o, err := s.Rules()
	if err != nil || o.MCI != 4000 || len(o.Specs()) != 1 {
		t.Fatalf("rules: %+v %v", o, err)
	}
	if p, ok := o.Settings().ProgrammeByCode(spec.Code); !ok || p.Limit() != 400_000 {
		t.Fatalf("the office's programme: %+v %v", p, ok)
	}
	if err := s.SetSetting(storage.SettingTemplates, "{broken"); err != nil {
		t.Fatal(err)
	}
	if o, err := s.Rules(); err == nil || o.MCI != 4000 || len(o.Specs()) != 0 {
		t.Fatalf("broken templates: %+v %v", o, err)
	}
}
