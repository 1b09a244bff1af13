package settings

import (
	"strings"

	"frontoffice/model"
	"frontoffice/storage"
	"frontoffice/ui/i18n"

	"github.com/charmbracelet/huh"
)

// The social student credit's tiers and yearly cap (model/credit.go) are the
// office's own settings, kept as typed text in the store's settings bucket:
//
//	credit_tiers  "20 = 20 000; 50 = 50 000"   hours = tenge, one pair per tier
//	credit_cap    "70"                         hours a year; 0 for no cap
//
// Unset (or unreadable) values mean the seed's defaults.
const (
	KeyCreditTiers = "credit_tiers"
	KeyCreditCap   = "credit_cap"
)

// LoadCreditRules reads the office's credit rules; the defaults for what is
// unset, and the defaults as a whole when the stored pair does not hold
// together.
func LoadCreditRules(s *storage.Store) model.CreditRules {
	r := model.DefaultCreditRules()
	if v, err := s.Setting(KeyCreditTiers); err == nil && v != "" {
		if ts, why := model.ParseCreditTiers(v); why == model.ReasonNone {
			r.Tiers = ts
		}
	}
	if v, err := s.Setting(KeyCreditCap); err == nil && v != "" {
		if c, why := model.ParseHoursAmount(v, false); why == model.ReasonNone {
			r.Cap = c
		}
	}
	if r.Validate() != nil {
		return model.DefaultCreditRules()
	}
	return r
}

// creditTexts are the rules as the form shows them.
func creditTexts(r model.CreditRules) (tiers, limit string) {
	return model.FormatCreditTiers(r.Tiers), model.FormatHours(r.Cap)
}

// parseCredit reads the form's two texts into rules, checking them together.
func parseCredit(tiers, limit string) (model.CreditRules, model.Reason) {
	ts, why := model.ParseCreditTiers(tiers)
	if why != model.ReasonNone {
		return model.CreditRules{}, why
	}
	c, why := model.ParseHoursAmount(limit, false)
	if why != model.ReasonNone {
		return model.CreditRules{}, why
	}
	r := model.CreditRules{Tiers: ts, Cap: c}
	if fe, ok := model.AsFieldErrors(r.Validate()); ok && len(fe) > 0 {
		return r, fe[0].Reason
	}
	return r, model.ReasonNone
}

// saveCredit stores the rules typed in the form (already validated by it).
func saveCredit(s *storage.Store, tiers, limit string) error {
	r, why := parseCredit(tiers, limit)
	if why != model.ReasonNone {
		return nil // the form refuses this; nothing to store
	}
	t, c := creditTexts(r)
	if err := s.SetSetting(KeyCreditTiers, t); err != nil {
		return err
	}
	return s.SetSetting(KeyCreditCap, c)
}

// loadCreditTexts is what the settings show for the credit.
func loadCreditTexts(s *storage.Store) (tiers, limit string) {
	return creditTexts(LoadCreditRules(s))
}

// creditFields are the form's inputs for the credit: the tiers, then the cap
// (checked against the tiers typed above it).
func creditFields(tr *i18n.Translator, tiers, limit *string) []huh.Field {
	return []huh.Field{
		huh.NewInput().Title(tr.T("field.credit_tiers")).Description(tr.T("settings.credit_tiers_hint")).
			Value(tiers).CharLimit(120).Validate(func(s string) error {
			if _, why := model.ParseCreditTiers(s); why != model.ReasonNone {
				return fieldErr(tr.Reason(why))
			}
			ts, _ := model.ParseCreditTiers(s)
			if err := (model.CreditRules{Tiers: ts}).Validate(); err != nil {
				return fieldErr(tr.T("settings.credit_tiers_order"))
			}
			return nil
		}),
		huh.NewInput().Title(tr.T("field.credit_cap")).Description(tr.T("settings.credit_cap_hint")).
			Value(limit).CharLimit(8).Validate(func(s string) error {
			c, why := model.ParseHoursAmount(s, false)
			if why != model.ReasonNone {
				return fieldErr(tr.Reason(why))
			}
			ts, why := model.ParseCreditTiers(*tiers)
			if why == model.ReasonNone && c > 0 && c < ts[len(ts)-1].Hours {
				return fieldErr(tr.T("settings.credit_cap_low", model.FormatHours(ts[len(ts)-1].Hours)))
			}
			return nil
		}),
	}
}

// creditRows are the settings' lines for the credit.
func creditRows(tr *i18n.Translator, tiers, limit string, row func(label, value string)) {
	row(tr.T("field.credit_tiers"), strings.TrimSpace(tiers))
	if limit == "0" {
		limit = tr.T("settings.credit_no_cap")
	}
	row(tr.T("field.credit_cap"), limit)
}
