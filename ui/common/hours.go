package common

// LogHoursMsg asks the root to open the Hours screen's entry for volunteer
// hours of this person (from their card); PersonID empty starts an event
// for many people.
type LogHoursMsg struct {
	PersonID string
	Name     string
}

// HoursSubject is a screen that knows whose hours would be logged right now
// (the person whose card is open). The root asks it when the hours key is
// pressed there, as it asks a ConsultSubject for the consult key.
type HoursSubject interface {
	HoursSubject() (LogHoursMsg, bool)
}
