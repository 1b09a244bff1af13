package common

// LogConsultationMsg asks the root to open the Consult screen's form for a
// new consultation about this idea, person or desk visit (any may be empty,
// but not both the person and the idea).
type LogConsultationMsg struct {
	PersonID string
	IdeaID   string
	VisitID  string
}

// VisitConsultedMsg says a consultation given during this desk visit was
// saved: a visitor still waiting is with a consultant now (the Desk moves
// them, as its `s` does), with the consultant the consultation names.
type VisitConsultedMsg struct{ VisitID, Consultant string }

// ReturnMsg says a form opened from another screen is done with (a
// consultation saved): the root goes back to where it was started, if it
// was started elsewhere.
type ReturnMsg struct{}

// SetupMsg asks the root to open the first run's guided set-up (Settings):
// the office's name, its region, its consultants and who is at the desk.
type SetupMsg struct{}
