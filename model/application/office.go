package application

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"frontoffice/model"
)

// Spec is a template as an office keeps it: a copy of a shipped template,
// edited in Settings, stored as JSON in the store's settings. Sections are
// listed in print order; a section left out is not printed.
type Spec struct {
	Code            string        `json:"code"`
	BasedOn         string        `json:"based_on,omitempty"` // the template it was copied from
	Name            model.Label   `json:"name"`
	MaxKZT          model.Tenge   `json:"max_kzt,omitempty"`
	MaxMCI          int           `json:"max_mci,omitempty"`
	MinCofundingPct int           `json:"min_cofunding_pct,omitempty"`
	Sections        []SpecSection `json:"sections"`
	Rules           Rules         `json:"rules"`
}

// SpecSection is one section of a Spec.
type SpecSection struct {
	ID       SectionID `json:"id"`
	Required bool      `json:"required,omitempty"`
}

// Limits a Spec must keep, so a slip of the finger cannot make a programme
// that no idea could ever meet.
const (
	maxSpecKZT    = 10_000_000_000
	maxSpecMCI    = 1_000_000
	maxSpecPct    = 1000
	maxSpecTeam   = 100
	maxSpecAge    = 120
	maxSpecMonths = 120
	maxSpecName   = 200
)

var codePattern = regexp.MustCompile(`^[a-z0-9][a-z0-9_-]{0,39}$`)

// SpecOf is t as an office would keep it.
func SpecOf(t Template) Spec {
	s := Spec{Code: t.Code, Name: t.Name, MaxKZT: t.MaxKZT, MaxMCI: t.MaxMCI,
		MinCofundingPct: t.MinCofundingPct, Rules: t.Rules}
	for _, sec := range t.Sections {
		s.Sections = append(s.Sections, SpecSection{ID: sec.ID, Required: sec.Required})
	}
	return s
}

// TemplateOf turns s into a template; limits in MCI use the office's MCI,
// else the budget law's for the application's year.
func (o Office) TemplateOf(s Spec) Template { return s.template(o.MCI) }

// template turns the spec into a template, limits in MCI converted with mci
// (0: the budget law's for the application's year).
func (s Spec) template(mci model.Tenge) Template {
	t := Template{
		Programme: model.Programme{Code: s.Code, Name: s.Name, MaxKZT: s.MaxKZT, MaxMCI: s.MaxMCI,
			MinCofundingPct: s.MinCofundingPct},
		Rules: s.Rules,
	}
	if s.MaxMCI > 0 {
		t.MCI = mci
	}
	for _, sec := range s.Sections {
		t.Sections = append(t.Sections, Section{ID: sec.ID, Title: titles[sec.ID], Required: sec.Required})
	}
	return t
}

// Copy makes a new office template from t: a fresh code not in taken, the
// same name marked as a copy, the same sections and rules.
func Copy(t Template, taken func(code string) bool) Spec {
	s := SpecOf(t)
	s.BasedOn = t.Code
	for n := 1; ; n++ {
		code := "own_" + strconv.Itoa(n)
		if !taken(code) && !model.BuiltinProgramme(code) {
			s.Code = code
			break
		}
	}
	s.Name = model.Label{
		KK: strings.TrimSpace(t.Name.KK + " (көшірме)"),
		RU: strings.TrimSpace(t.Name.RU + " (копия)"),
		EN: strings.TrimSpace(t.Name.EN + " (copy)"),
	}
	return s
}

// Validate checks the spec. Field names: code, name, max_kzt, max_mci,
// min_cofunding_pct, min_team, min_age, max_age, min_months, max_months,
// sections.
func (s Spec) Validate() error {
	var es model.FieldErrors
	bad := func(field string, r model.Reason) { es = append(es, model.FieldError{Field: field, Reason: r}) }
	switch {
	case s.Code == "":
		bad("code", model.ReasonRequired)
	case !codePattern.MatchString(s.Code):
		bad("code", model.ReasonUnknownCode)
	case model.BuiltinProgramme(s.Code):
		bad("code", model.ReasonDuplicate)
	}
	name := s.Name.KK + s.Name.RU + s.Name.EN
	switch {
	case strings.TrimSpace(name) == "":
		bad("name", model.ReasonRequired)
	case model.HasControl(name, false):
		bad("name", model.ReasonControlChars)
	case len([]rune(s.Name.KK)) > maxSpecName || len([]rune(s.Name.RU)) > maxSpecName || len([]rune(s.Name.EN)) > maxSpecName:
		bad("name", model.ReasonTooLong)
	}
	inRange := func(field string, v, most int64) {
		switch {
		case v < 0:
			bad(field, model.ReasonNegative)
		case v > most:
			bad(field, model.ReasonTooLarge)
		}
	}
	inRange("max_kzt", int64(s.MaxKZT), maxSpecKZT)
	inRange("max_mci", int64(s.MaxMCI), maxSpecMCI)
	if s.MaxKZT > 0 && s.MaxMCI > 0 {
		bad("max_mci", model.ReasonMismatch) // one limit, in tenge or in MCI
	}
	inRange("min_cofunding_pct", int64(s.MinCofundingPct), maxSpecPct)
	r := s.Rules
	inRange("min_team", int64(r.MinTeam), maxSpecTeam)
	inRange("min_age", int64(r.MinAge), maxSpecAge)
	inRange("max_age", int64(r.MaxAge), maxSpecAge)
	if r.MaxAge > 0 && r.MinAge > r.MaxAge {
		bad("max_age", model.ReasonMismatch)
	}
	inRange("min_months", int64(r.MinMonths), maxSpecMonths)
	inRange("max_months", int64(r.MaxMonths), maxSpecMonths)
	if r.MaxMonths > 0 && r.MinMonths > r.MaxMonths {
		bad("max_months", model.ReasonMismatch)
	}
	seen := map[SectionID]bool{}
	for _, sec := range s.Sections {
		switch {
		case !sec.ID.Known():
			bad("sections", model.ReasonUnknownCode)
		case seen[sec.ID]:
			bad("sections", model.ReasonDuplicate)
		}
		seen[sec.ID] = true
	}
	if len(s.Sections) == 0 {
		bad("sections", model.ReasonRequired)
	}
	return es.Err()
}

// Office is the office's rules as a value: the MCI it set and its own
// templates (storage.(*Store).Rules loads it), passed to what needs it (the
// screens keep it in ui/common.Common; commands read it from the store).
type Office struct {
	// MCI is the tenge value of one MCI the office set; 0: the budget
	// law's for each application's year.
	MCI   model.Tenge
	specs []Spec
}

// NewOffice is the office with MCI and its own templates specs; invalid
// specs, and a code repeated, are left out.
func NewOffice(mci model.Tenge, specs []Spec) Office {
	o := Office{MCI: max(mci, 0)}
	seen := map[string]bool{}
	for _, s := range specs {
		if s.Validate() != nil || seen[s.Code] {
			continue
		}
		seen[s.Code] = true
		s.Sections = append([]SpecSection(nil), s.Sections...)
		o.specs = append(o.specs, s)
	}
	return o
}

// Specs lists the office's own templates as kept.
func (o Office) Specs() []Spec {
	out := make([]Spec, len(o.specs))
	for i, s := range o.specs {
		s.Sections = append([]SpecSection(nil), s.Sections...)
		out[i] = s
	}
	return out
}

// Settings are the model's settings of the office: its MCI and its
// templates' programmes (so the budget editor knows their limits).
func (o Office) Settings() model.Settings {
	st := model.Settings{MCI: o.MCI}
	for _, s := range o.specs {
		st.Office = append(st.Office, s.template(o.MCI).Programme)
	}
	return st
}

func (o Office) ownTemplates() []Template {
	var out []Template
	for _, s := range o.specs {
		out = append(out, s.template(o.MCI))
	}
	return out
}

// EncodeOffice is the settings value that keeps specs.
func EncodeOffice(specs []Spec) (string, error) {
	if specs == nil {
		specs = []Spec{}
	}
	b, err := json.Marshal(specs)
	return string(b), err
}

// DecodeOffice reads a settings value written by EncodeOffice; "" is none.
func DecodeOffice(v string) ([]Spec, error) {
	if strings.TrimSpace(v) == "" {
		return nil, nil
	}
	var specs []Spec
	if err := json.Unmarshal([]byte(v), &specs); err != nil {
		return nil, fmt.Errorf("office templates: %w", err)
	}
	for _, s := range specs {
		if err := s.Validate(); err != nil {
			return nil, fmt.Errorf("office template %q: %w", s.Code, err)
		}
	}
	return specs, nil
}
