package model

import "time"

// Programme is a grant programme an idea can aim at, with the rules the
// budget editor checks. The limits are unverified (DOMAIN.md §8), so issue 6
// turns this table into editable templates and the MCI value into a setting.
type Programme struct {
	Code string
	Name Label
	// MaxKZT is the most the programme grants, in tenge; 0 when the limit is
	// in MCI (MaxMCI) or there is none.
	MaxKZT Tenge
	// MaxMCI is the limit in monthly calculation indices (MCI), for state
	// grants; MCI is the tenge value of one index used to convert it, set
	// by the office (Settings); 0 takes the budget law's value for the year
	// (MCIFor).
	MaxMCI int
	MCI    Tenge
	// MinCofundingPct is the least co-funding the programme asks for, in
	// percent of the grant: 100 means co-funding at least equal to the grant.
	MinCofundingPct int
}

// mciByYear is the monthly calculation index in tenge set by each year's
// republican budget law (DOMAIN.md §8), oldest first: a new year is one line.
var mciByYear = []struct {
	Year int
	MCI  Tenge
}{
	{2025, 3932},
	{2026, 4325}, // the budget law for 2026–2028
}

// MCIFor is the budget law's MCI for year: that year's value, else the
// latest one known before it (a year the table has not reached yet), else
// the oldest.
func MCIFor(year int) Tenge {
	v := mciByYear[0].MCI
	for _, y := range mciByYear {
		if y.Year <= year {
			v = y.MCI
		}
	}
	return v
}

// DefaultMCI is this year's MCI by the budget law, when the office has set
// none (issue 6 made it a setting; issue 20 a dated table).
var DefaultMCI = MCIFor(time.Now().Year())

var programmes = []Programme{
	{Code: "small_grant", Name: Label{"Шағын грант", "Малый грант", "Small grant"}},
	{Code: "youth_small_grant", Name: Label{"Жастарға арналған шағын грант", "Малый грант для молодёжи", "Youth small grant"},
		MaxKZT: 1_000_000},
	{Code: "ngo_state_grant", Name: Label{"ҮЕҰ-ға мемлекеттік грант (қысқа мерзімді)", "Государственный грант для НПО (краткосрочный)", "State grant for NGOs (short-term)"},
		MaxMCI: 3000},
	// GEF SGP style: up to USD 25 000 (about 12 500 000 ₸) with co-funding
	// at least equal to the grant.
	{Code: "eco_small_grant", Name: Label{"Экологиялық шағын грант", "Малый экологический грант", "Environmental small grant"},
		MaxKZT: 12_500_000, MinCofundingPct: 100},
}

// BuiltinProgramme reports whether code is one of the shipped programmes.
func BuiltinProgramme(code string) bool {
	for _, p := range programmes { // the shipped codes never change
		if p.Code == code {
			return true
		}
	}
	return false
}

// Label is the programme's name in lang.
func (p Programme) Label(lang Lang) string { return p.Name.In(lang) }

// Limit is the most the programme grants in tenge this year (LimitIn).
func (p Programme) Limit() Tenge { return p.LimitIn(time.Now().Year()) }

// LimitIn is the most the programme grants in tenge for an application of
// year: MCI converted with p.MCI (the office's), else the budget law's
// value for that year; 0 means no limit.
func (p Programme) LimitIn(year int) Tenge {
	if p.MaxMCI > 0 {
		mci := p.MCI
		if mci <= 0 {
			mci = MCIFor(year)
		}
		return Tenge(p.MaxMCI) * mci
	}
	return p.MaxKZT
}

// Year is the year an idea's application is for: its planned start, else
// the year it was made, else this one.
func (i *Idea) Year() int {
	switch {
	case i.StartDate.Valid():
		return i.StartDate.Time().Year()
	case !i.CreatedAt.IsZero():
		return i.CreatedAt.Year()
	}
	return time.Now().Year()
}
