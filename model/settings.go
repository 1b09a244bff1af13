package model

import "sync/atomic"

// Settings are the office's settings the rules depend on, as a value: the
// MCI it set and its own programmes. Loaded from the store by
// storage.(*Store).Rules (with the office's templates), passed to what
// needs it; Use puts one in effect for the code that still reads InEffect.
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

// settingsInEffect is a Settings put in effect, with its generation.
type settingsInEffect struct {
	Settings
	gen uint64
}

var inEffectNow atomic.Pointer[settingsInEffect]

func inEffect() *settingsInEffect {
	if s := inEffectNow.Load(); s != nil {
		return s
	}
	return &settingsInEffect{}
}

// Use puts s in effect: what the screens read through InEffect (and
// Programmes, ProgrammeByCode, MCI) from now on. Each Use is a new
// generation (ProgrammesGeneration).
func Use(s Settings) {
	s.MCI = max(s.MCI, 0)
	s.Office = append([]Programme(nil), s.Office...)
	for {
		old := inEffectNow.Load()
		n := &settingsInEffect{Settings: s, gen: 1}
		if old != nil {
			n.gen = old.gen + 1
		}
		if inEffectNow.CompareAndSwap(old, n) {
			return
		}
	}
}

// InEffect is the Settings last put in effect (Use); none: the shipped
// programmes and the budget law's MCI.
func InEffect() Settings {
	s := inEffect().Settings
	s.Office = append([]Programme(nil), s.Office...)
	return s
}
