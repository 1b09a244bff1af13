package personform

import (
	"strings"
	"time"

	"frontoffice/model"
	"frontoffice/ui/i18n"

	"github.com/charmbracelet/huh"
)

// Checks are the checks a form field makes when it is left, in the UI's
// language, so a mistake shows on its field before the save.
type Checks struct {
	tr  *i18n.Translator
	now time.Time
}

// NewChecks makes the checks in tr's language with now as today.
func NewChecks(tr *i18n.Translator, now time.Time) Checks { return Checks{tr: tr, now: now} }

type fieldErr string

func (e fieldErr) Error() string { return string(e) }

// Bad is the message for field refused for r: "Phone: not a Kazakhstan phone number".
func (c Checks) Bad(field string, r model.Reason) error {
	return fieldErr(c.tr.Field(field) + ": " + c.tr.Reason(r))
}

// Text checks a one-line text; required is the reason an empty one is
// refused ("" when it may be empty).
func (c Checks) Text(field string, required model.Reason) func(string) error {
	return func(s string) error {
		switch {
		case required != "" && strings.TrimSpace(s) == "":
			return c.Bad(field, required)
		case model.HasControl(s, false):
			return c.Bad(field, model.ReasonControlChars)
		}
		return nil
	}
}

// Phone checks a phone typed in any usual form.
func (c Checks) Phone(field string, required model.Reason) func(string) error {
	return func(s string) error {
		if strings.TrimSpace(s) == "" {
			if required != "" {
				return c.Bad(field, required)
			}
			return nil
		}
		if _, r := model.NormalizePhone(s); r != model.ReasonNone {
			return c.Bad(field, model.ReasonBadPhone)
		}
		return nil
	}
}

// IIN checks an IIN: 12 digits, a real birth date, the check digit.
func (c Checks) IIN(s string) error {
	s = model.NormalizeIIN(s)
	if s == "" {
		return nil
	}
	if born, ok := model.IINBirthDate(s); !ok || !model.ValidIIN(s) || born.After(c.now) {
		return c.Bad("iin", model.ReasonBadIIN)
	}
	return nil
}

// Year checks a birth year.
func (c Checks) Year(s string) error {
	if _, r := ParseYear(s, c.now); r != model.ReasonNone {
		return c.Bad("birth_year", r)
	}
	return nil
}

// Date checks a day typed for field ("" is allowed: today).
func (c Checks) Date(field string) func(string) error {
	return func(s string) error {
		if strings.TrimSpace(s) == "" {
			return nil
		}
		if _, r := model.ParseDate(s); r != model.ReasonNone {
			return c.Bad(field, r)
		}
		return nil
	}
}

// Notes checks a multi-line text.
func (c Checks) Notes(field string) func(string) error {
	return func(s string) error {
		if model.HasControl(s, true) {
			return c.Bad(field, model.ReasonControlChars)
		}
		return nil
	}
}

// RegionOptions are the regions to pick from, "(not set)" first.
func RegionOptions(tr *i18n.Translator) []huh.Option[model.Region] {
	opts := []huh.Option[model.Region]{huh.NewOption(tr.T("people.no_region"), model.Region(""))}
	for _, r := range model.Regions() {
		opts = append(opts, huh.NewOption(r.Label(tr.Lang()), r))
	}
	return opts
}

// GuardianGroup is the page a minor's form adds: the guardian's name, phone
// and consent, all required (DOMAIN.md §7). It shows only while hidden says
// no, so an adult never passes through it.
func GuardianGroup(tr *i18n.Translator, c Checks, v *Values, hidden func() bool) *huh.Group {
	return huh.NewGroup(
		huh.NewInput().Title(tr.T("field.guardian_name")).Value(&v.GuardianName).CharLimit(200).
			Validate(c.Text("guardian_name", model.ReasonGuardian)),
		huh.NewInput().Title(tr.T("field.guardian_phone")).Value(&v.GuardianPhone).CharLimit(30).
			Validate(c.Phone("guardian_phone", model.ReasonGuardian)),
		huh.NewConfirm().Title(tr.T("field.guardian_consent")).
			Affirmative(tr.T("people.yes")).Negative(tr.T("people.no")).Value(&v.GuardianConsent),
	).Title(tr.T("people.guardian_page")).WithHideFunc(hidden)
}
