package application

import (
	"errors"
	"strings"
	"testing"
	"time"

	"frontoffice/model"
)

func builtinTemplate(t *testing.T, code string) Template {
	t.Helper()
	for _, tpl := range (Office{}).Builtin() {
		if tpl.Code == code {
			return tpl
		}
	}
	t.Fatalf("no shipped template %q", code)
	return Template{}
}

func TestCopyGetsAFreshCodeAndKeepsTheRules(t *testing.T) {
	youth := builtinTemplate(t, "youth_small_grant")
	taken := map[string]bool{"own_1": true}
	s := Copy(youth, func(c string) bool { return taken[c] })
	if s.Code != "own_2" || s.BasedOn != "youth_small_grant" {
		t.Fatalf("code %q based on %q, want own_2 from youth_small_grant", s.Code, s.BasedOn)
	}
	if !strings.Contains(s.Name.RU, "копия") || !strings.Contains(s.Name.KK, "көшірме") || !strings.Contains(s.Name.EN, "copy") {
		t.Errorf("copy's name does not say so: %+v", s.Name)
	}
	if err := s.Validate(); err != nil {
		t.Fatalf("a copy of a shipped template is invalid: %v", err)
	}
	got := (Office{}).TemplateOf(s)
	if got.Rules != youth.Rules || got.Limit() != youth.Limit() || len(got.Sections) != len(youth.Sections) {
		t.Errorf("copy differs: %+v vs %+v", got, youth)
	}
	for i := range got.Sections {
		if got.Sections[i].ID != youth.Sections[i].ID || got.Sections[i].Required != youth.Sections[i].Required {
			t.Errorf("section %d: %+v, want %+v", i, got.Sections[i], youth.Sections[i])
		}
	}
}

func TestSpecValidateSaysWhichField(t *testing.T) {
	good := Copy(builtinTemplate(t, "small_grant"), func(string) bool { return false })
	cases := []struct {
		name   string
		edit   func(*Spec)
		field  string
		reason model.Reason
	}{
		{"no code", func(s *Spec) { s.Code = "" }, "code", model.ReasonRequired},
		{"code with spaces", func(s *Spec) { s.Code = "my grant" }, "code", model.ReasonUnknownCode},
		{"shipped code", func(s *Spec) { s.Code = "youth_small_grant" }, "code", model.ReasonDuplicate},
		{"no name", func(s *Spec) { s.Name = model.Label{} }, "name", model.ReasonRequired},
		{"escape in name", func(s *Spec) { s.Name.RU = "a\x1b[31m" }, "name", model.ReasonControlChars},
		{"negative limit", func(s *Spec) { s.MaxKZT = -1 }, "max_kzt", model.ReasonNegative},
		{"both limits", func(s *Spec) { s.MaxKZT, s.MaxMCI = 1000, 10 }, "max_mci", model.ReasonMismatch},
		{"ages crossed", func(s *Spec) { s.Rules.MinAge, s.Rules.MaxAge = 30, 20 }, "max_age", model.ReasonMismatch},
		{"months crossed", func(s *Spec) { s.Rules.MinMonths, s.Rules.MaxMonths = 12, 6 }, "max_months", model.ReasonMismatch},
		{"huge team", func(s *Spec) { s.Rules.MinTeam = 1000 }, "min_team", model.ReasonTooLarge},
		{"no sections", func(s *Spec) { s.Sections = nil }, "sections", model.ReasonRequired},
		{"unknown section", func(s *Spec) { s.Sections[0].ID = "poem" }, "sections", model.ReasonUnknownCode},
		{"section twice", func(s *Spec) { s.Sections[1].ID = s.Sections[0].ID }, "sections", model.ReasonDuplicate},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := good
			s.Sections = append([]SpecSection(nil), good.Sections...)
			c.edit(&s)
			var es model.FieldErrors
			if err := s.Validate(); !errors.As(err, &es) || es.For(c.field) != c.reason {
				t.Fatalf("Validate = %v, want %s on %s", err, c.reason, c.field)
			}
		})
	}
}

func TestOfficeTemplatesJoinTheProgrammesAndTheirRulesApply(t *testing.T) {
	s := Copy(builtinTemplate(t, "youth_small_grant"), func(string) bool { return false })
	s.Name = model.Label{RU: "Грант акимата", EN: "Akimat grant", KK: "Әкімдік гранты"}
	s.MaxKZT = 500_000
	s.Rules.MinTeam = 5
	// Partners first and required; the risks section left out.
	var secs []SpecSection
	secs = append(secs, SpecSection{ID: SecPartners, Required: true})
	for _, sec := range s.Sections {
		if sec.ID != SecPartners && sec.ID != SecRisks {
			secs = append(secs, sec)
		}
	}
	s.Sections = secs
	v, err := EncodeOffice([]Spec{s})
	if err != nil {
		t.Fatal(err)
	}
	back, err := DecodeOffice(v)
	if err != nil || len(back) != 1 {
		t.Fatalf("DecodeOffice = %v, %v", back, err)
	}
	o := NewOffice(0, back)

	if p, ok := o.Settings().ProgrammeByCode(s.Code); !ok || p.Limit() != 500_000 {
		t.Fatalf("the budget editor does not know the office's programme: %+v %v", p, ok)
	}
	tpl := o.TemplateFor(s.Code)
	if tpl.Code != s.Code || tpl.Sections[0].ID != SecPartners {
		t.Fatalf("TemplateFor = %+v", tpl)
	}
	for _, sec := range tpl.Sections {
		if sec.ID == SecRisks {
			t.Errorf("the left-out section is still there")
		}
	}
	idea, people := readyIdea()
	problems := Check(idea, people, tpl, nil, time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC))
	want := map[string]bool{KeyOverLimit: false, KeyTeamSmall: false, KeyEmptySection: false}
	for _, p := range problems {
		if _, ok := want[p.Key]; ok {
			want[p.Key] = true
		}
	}
	for k, seen := range want {
		if !seen {
			t.Errorf("the edited rules did not give %s; problems: %+v", k, problems)
		}
	}

	o = Office{}
	if _, ok := o.Settings().ProgrammeByCode(s.Code); ok {
		t.Errorf("a deleted office programme is still known")
	}
	if o.TemplateFor(s.Code).Code != DefaultCode {
		t.Errorf("an idea naming a deleted template should fall back to %s", DefaultCode)
	}
}

func TestDecodeOfficeRefusesABadValue(t *testing.T) {
	if _, err := DecodeOffice("{not json"); err == nil {
		t.Error("broken JSON accepted")
	}
	if _, err := DecodeOffice(`[{"code":"youth_small_grant","name":{"en":"x"},"sections":[{"id":"summary"}]}]`); err == nil {
		t.Error("a spec taking a shipped code accepted")
	}
	if specs, err := DecodeOffice(""); err != nil || specs != nil {
		t.Errorf("empty value: %v %v", specs, err)
	}
}

func TestSetOfficeFollowsTheMCI(t *testing.T) {
	s := Copy(builtinTemplate(t, "ngo_state_grant"), func(string) bool { return false })
	s.MaxMCI = 100
	o := NewOffice(4000, []Spec{s})
	if p, _ := o.Settings().ProgrammeByCode(s.Code); p.Limit() != 400_000 {
		t.Errorf("limit %d with MCI 4000, want 400 000", p.Limit())
	}
	if tpl := o.TemplateFor("ngo_state_grant"); tpl.Limit() != 3000*4000 {
		t.Errorf("shipped template limit %d", tpl.Limit())
	}
	if o.TemplateFor(s.Code).Limit() != 400_000 {
		t.Errorf("template limit %d with MCI 4000", o.TemplateFor(s.Code).Limit())
	}
}
