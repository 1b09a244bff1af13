package model

import (
	"sync"
	"time"
)

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

// officeMCI is the MCI the office set in Settings; 0: the law's for the year.
var officeMCI Tenge

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

// officeProgrammes are the programmes the office made in Settings (copies of
// shipped templates, edited); they follow the shipped ones.
var officeProgrammes []Programme

// programmesGen counts changes to the programmes (MCI value, office
// programmes), so what was worked out from them can tell it is out of date.
var programmesGen uint64

// ProgrammesGeneration changes whenever a programme's limits or rules may
// have: readiness worked out before belongs to an older generation.
func ProgrammesGeneration() uint64 {
	programmesMu.RLock()
	defer programmesMu.RUnlock()
	return programmesGen
}

// programmesMu guards both tables: the MCI value and the office's programmes
// change when Settings are saved while screens read them.
var programmesMu sync.RWMutex

// Programmes lists the grant programmes in display order: the shipped ones,
// then the office's own.
func Programmes() []Programme {
	programmesMu.RLock()
	defer programmesMu.RUnlock()
	out := make([]Programme, 0, len(programmes)+len(officeProgrammes))
	out = append(out, programmes...)
	return append(out, officeProgrammes...)
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

// SetOfficeProgrammes replaces the office's own programmes (Settings →
// programmes). Limits in MCI follow the MCI the office set, else the year's.
func SetOfficeProgrammes(ps []Programme) {
	mci := OfficeMCI()
	programmesMu.Lock()
	defer programmesMu.Unlock()
	programmesGen++
	officeProgrammes = append([]Programme(nil), ps...)
	for i := range officeProgrammes {
		if officeProgrammes[i].MaxMCI > 0 {
			officeProgrammes[i].MCI = mci
		}
	}
}

// SetMCI sets the tenge value of one MCI, which converts limits given in MCI
// (state grants). It changes every year, so it is a setting; 0 or less
// clears it: each application's year then takes the budget law's (MCIFor).
func SetMCI(v Tenge) {
	v = max(v, 0)
	programmesMu.Lock()
	defer programmesMu.Unlock()
	programmesGen++
	officeMCI = v
	for _, ps := range [][]Programme{programmes, officeProgrammes} {
		for i := range ps {
			if ps[i].MaxMCI > 0 {
				ps[i].MCI = v
			}
		}
	}
}

// MCI is the tenge value of one MCI in use this year: the office's, else
// the budget law's for the current year.
func MCI() Tenge {
	if v := OfficeMCI(); v > 0 {
		return v
	}
	return MCIFor(time.Now().Year())
}

// OfficeMCI is the MCI the office set; 0 when it set none.
func OfficeMCI() Tenge {
	programmesMu.RLock()
	defer programmesMu.RUnlock()
	return officeMCI
}

// ProgrammeByCode finds a programme; false when the code is unknown or empty.
func ProgrammeByCode(code string) (Programme, bool) {
	programmesMu.RLock()
	defer programmesMu.RUnlock()
	for _, ps := range [][]Programme{programmes, officeProgrammes} {
		for _, p := range ps {
			if p.Code == code {
				return p, true
			}
		}
	}
	return Programme{}, false
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
