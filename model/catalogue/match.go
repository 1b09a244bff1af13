package catalogue

import (
	"slices"
	"sort"

	"frontoffice/model"
)

// Query is what a visitor with no idea of their own tells the office.
type Query struct {
	MoneyKZT  model.Tenge       // their own money; 0: time only
	Interests []model.Direction // directions they care about; none: any
	TeamSize  int               // people ready to work; 0: not said
	Weeks     int               // weeks they have; 0: not said
	Region    model.Region      // where they will do it
}

// Reason is one translatable reason for (or against) a suggestion: Key is an
// i18n key, Args its arguments (ints, model.Tenge, model.Direction,
// model.Region: the screen turns codes into labels).
type Reason struct {
	Key  string
	Args []any
	Good bool // for the suggestion; false: a caveat
}

// Suggestion is one ranked entry with its score and reasons.
type Suggestion struct {
	Entry   *model.CatalogueEntry
	Score   int
	Reasons []Reason
}

// Reason keys (translated in ui/i18n/catalogue.go).
const (
	WhyInterest     = "catalogue.why.interest"
	WhyNoMoney      = "catalogue.why.no_money"
	WhyTimeOnly     = "catalogue.why.time_only"
	WhyFitsMoney    = "catalogue.why.fits_money"
	WhyFitsSmall    = "catalogue.why.fits_small"
	WhyCovers       = "catalogue.why.covers"
	WhyNeedsGrant   = "catalogue.why.needs_grant"
	WhyTeamOK       = "catalogue.why.team_ok"
	WhyTeamBig      = "catalogue.why.team_big"
	WhyTeamSmall    = "catalogue.why.team_small"
	WhyWeeksOK      = "catalogue.why.weeks_ok"
	WhyWeeksLong    = "catalogue.why.weeks_long"
	WhyRegion       = "catalogue.why.region"
	WhyOtherRegions = "catalogue.why.other_region"
)

// ReasonKeys lists every reason key, for the translation test.
func ReasonKeys() []string {
	return []string{WhyInterest, WhyNoMoney, WhyTimeOnly, WhyFitsMoney, WhyFitsSmall, WhyCovers, WhyNeedsGrant,
		WhyTeamOK, WhyTeamBig, WhyTeamSmall, WhyWeeksOK, WhyWeeksLong, WhyRegion, WhyOtherRegions}
}

// Score weights. An interest counts most; then what the money allows; then
// the team and the weeks. A missing piece costs in proportion to the gap, so
// an entry slightly out of reach ranks above one far out of reach.
const (
	scoreInterest   = 40
	scoreMoneyAll   = 30 // the whole range fits the money
	scoreMoneySmall = 20 // the smallest version fits; up to scoreMoneyAll as the money covers more of the rest
	scoreTeam       = 15
	scoreTeamBig    = 10
	scoreWeeks      = 15
	scoreRegion     = 10
	penaltyRegion   = 40
	maxPenalty      = 30
)

// Match ranks entries for q, best first. Every entry comes back (the screen
// shows the best ones first); the order is fully determined by q and es:
// score, then the smaller minimum budget, then the order of es.
func Match(es []*model.CatalogueEntry, q Query) []Suggestion {
	out := make([]Suggestion, 0, len(es))
	for _, e := range es {
		out = append(out, score(e, q))
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Score != b.Score {
			return a.Score > b.Score
		}
		return a.Entry.BudgetMin < b.Entry.BudgetMin
	})
	return out
}

func score(e *model.CatalogueEntry, q Query) Suggestion {
	s := Suggestion{Entry: e}
	good := func(pts int, key string, args ...any) {
		s.Score += pts
		s.Reasons = append(s.Reasons, Reason{Key: key, Args: args, Good: true})
	}
	bad := func(pts int, key string, args ...any) {
		s.Score -= min(pts, maxPenalty)
		s.Reasons = append(s.Reasons, Reason{Key: key, Args: args})
	}
	if slices.Contains(q.Interests, e.Direction) {
		good(scoreInterest, WhyInterest, e.Direction)
	}
	money := max(q.MoneyKZT, 0)
	switch {
	case e.BudgetMax == 0:
		good(scoreMoneyAll, WhyNoMoney)
	case e.BudgetMax <= money:
		good(scoreMoneyAll, WhyFitsMoney, e.BudgetMax, money)
	case e.BudgetMin == 0 && money == 0:
		good(scoreMoneySmall, WhyTimeOnly)
	case e.BudgetMin <= money:
		// The more of the full version the money covers, the higher: the
		// order follows the money typed (it stayed the same for 0, 5 000
		// and 50 000 ₸ when every smallest version was free).
		pts := scoreMoneySmall + int(int64(scoreMoneyAll-scoreMoneySmall)*int64(money)/int64(e.BudgetMax))
		if e.BudgetMin == 0 {
			good(pts, WhyCovers, money, int(int64(money)*100/int64(e.BudgetMax)), e.BudgetMax)
		} else {
			good(pts, WhyFitsSmall, e.BudgetMin, money)
		}
	default:
		gap := e.BudgetMin - money
		bad(10+int(gap/2000), WhyNeedsGrant, gap)
	}
	if q.TeamSize > 0 {
		switch {
		case q.TeamSize < e.TeamMin:
			bad(10*(e.TeamMin-q.TeamSize), WhyTeamSmall, e.TeamMin, q.TeamSize)
		case e.TeamMax > 0 && q.TeamSize > e.TeamMax:
			good(scoreTeamBig, WhyTeamBig, e.TeamMax)
		default:
			good(scoreTeam, WhyTeamOK, q.TeamSize)
		}
	}
	if q.Weeks > 0 && e.DurationWeeks > 0 {
		if e.DurationWeeks <= q.Weeks {
			good(scoreWeeks, WhyWeeksOK, e.DurationWeeks, q.Weeks)
		} else {
			bad(5*(e.DurationWeeks-q.Weeks), WhyWeeksLong, e.DurationWeeks, q.Weeks)
		}
	}
	if len(e.Regions) > 0 && q.Region != "" {
		if slices.Contains(e.Regions, q.Region) {
			good(scoreRegion, WhyRegion, q.Region)
		} else {
			s.Score -= penaltyRegion
			s.Reasons = append(s.Reasons, Reason{Key: WhyOtherRegions, Args: []any{e.Regions[0]}})
		}
	}
	return s
}
