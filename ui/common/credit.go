package common

import (
	"time"

	"frontoffice/model"
	"frontoffice/ui/i18n"
)

// CreditStanding is a person's social student credit this year from hs
// (their hours, as the credit counts them): the standing, then the next
// tier and what pending hours would bring, when there are. The People card
// and the Hours screen say it the same way.
func CreditStanding(tr *i18n.Translator, rules model.CreditRules, hs []*model.Hours, now time.Time) (standing string, more []string) {
	hs = model.Countable(hs, model.DateOf(now)) // entries held for review wait
	if len(rules.Tiers) == 0 {
		rules = model.DefaultCreditRules()
	}
	year := now.Year()
	s := rules.Standing(hs, year)
	if s.Verified == 0 {
		standing = tr.T("people.credit_none", i18n.Plain(year))
	} else {
		standing = tr.T("people.credit_now", i18n.Plain(year), tr.Num(s.Counted), s.Tier.Amount.String())
	}
	if s.Next.Hours > 0 {
		more = append(more, tr.T("people.credit_next", tr.Num(s.Next.Hours), tr.Num(s.ToNext)))
	}
	if s.Pending > 0 {
		more = append(more, tr.T("people.credit_pending", tr.Num(s.Pending), tr.Num(s.Counted+s.PendingCounted), s.TierIfVerified.Amount.String()))
	}
	return standing, more
}
