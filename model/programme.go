package model

import "sync"

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
	// grants; MCI is the tenge value of one index used to convert it.
	MaxMCI int
	MCI    Tenge
	// MinCofundingPct is the least co-funding the programme asks for, in
	// percent of the grant: 100 means co-funding at least equal to the grant.
	MinCofundingPct int
}

// DefaultMCI is the monthly calculation index for 2025 in tenge. Issue 6
// makes it a setting, as it changes every year.
const DefaultMCI Tenge = 3932

var programmes = []Programme{
	{Code: "small_grant", Name: Label{"Шағын грант", "Малый грант", "Small grant"}},
	{Code: "youth_small_grant", Name: Label{"Жастарға арналған шағын грант", "Малый грант для молодёжи", "Youth small grant"},
		MaxKZT: 1_000_000},
	{Code: "ngo_state_grant", Name: Label{"ҮЕҰ-ға мемлекеттік грант (қысқа мерзімді)", "Государственный грант для НПО (краткосрочный)", "State grant for NGOs (short-term)"},
		MaxMCI: 3000, MCI: DefaultMCI},
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
// programmes). Limits in MCI follow the MCI value in use.
func SetOfficeProgrammes(ps []Programme) {
	mci := MCI()
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
// restores DefaultMCI.
func SetMCI(v Tenge) {
	if v <= 0 {
		v = DefaultMCI
	}
	programmesMu.Lock()
	defer programmesMu.Unlock()
	programmesGen++
	for _, ps := range [][]Programme{programmes, officeProgrammes} {
		for i := range ps {
			if ps[i].MaxMCI > 0 {
				ps[i].MCI = v
			}
		}
	}
}

// MCI is the tenge value of one MCI in use.
func MCI() Tenge {
	programmesMu.RLock()
	defer programmesMu.RUnlock()
	for _, p := range programmes {
		if p.MaxMCI > 0 && p.MCI > 0 {
			return p.MCI
		}
	}
	return DefaultMCI
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

// Limit is the most the programme grants in tenge (MCI converted with p.MCI,
// or DefaultMCI when unset); 0 means no limit.
func (p Programme) Limit() Tenge {
	if p.MaxMCI > 0 {
		mci := p.MCI
		if mci <= 0 {
			mci = DefaultMCI
		}
		return Tenge(p.MaxMCI) * mci
	}
	return p.MaxKZT
}
