package model

// Settings are the office's settings the rules depend on, as a value: the
// MCI it set and its own programmes. Loaded from the store by
// storage.(*Store).Rules (with the office's templates), passed to what
// needs it (the screens keep it in ui/common.Common).
type Settings struct {
	// MCI is the tenge value of one MCI the office set; 0 (or less): the
	// budget law's for each application's year (MCIFor).
	MCI Tenge
	// Office are the office's own programmes (from its templates), after
	// the shipped ones.
	Office []Programme
}

// MCIIn is the MCI for an application of year: the office's, else the
// budget law's for that year.
func (s Settings) MCIIn(year int) Tenge {
	if s.MCI > 0 {
		return s.MCI
	}
	return MCIFor(year)
}

// withMCI is p with the office's MCI converting a limit given in MCI.
func (s Settings) withMCI(p Programme) Programme {
	if p.MaxMCI > 0 {
		p.MCI = max(s.MCI, 0)
	}
	return p
}

// Programmes lists the grant programmes in display order: the shipped ones,
// then the office's own, limits in MCI following the office's MCI.
func (s Settings) Programmes() []Programme {
	out := make([]Programme, 0, len(programmes)+len(s.Office))
	for _, ps := range [][]Programme{programmes, s.Office} {
		for _, p := range ps {
			out = append(out, s.withMCI(p))
		}
	}
	return out
}

// ProgrammeByCode finds a programme; false when the code is unknown or empty.
func (s Settings) ProgrammeByCode(code string) (Programme, bool) {
	for _, ps := range [][]Programme{programmes, s.Office} {
		for _, p := range ps {
			if p.Code == code {
				return s.withMCI(p), true
			}
		}
	}
	return Programme{}, false
}

// CheckIdea is Check against the idea's own programme (none when unknown).
func (s Settings) CheckIdea(i *Idea) []Warning {
	p, _ := s.ProgrammeByCode(i.Programme)
	return Check(i, p)
}
