package common

// LogHoursMsg asks the root to open the Hours screen's entry for volunteer
// hours of this person (from their card); PersonID empty starts an event
// for many people.
type LogHoursMsg struct {
	PersonID string
	Name     string
}
