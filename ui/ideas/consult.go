package ideas

import "frontoffice/ui/common"

// ConsultSubject is the idea whose card is open (with its applicant), so the
// consult key logs a consultation about it.
func (m *Model) ConsultSubject() (common.LogConsultationMsg, bool) {
	if m.mode != modeCard || m.card.idea == nil {
		return common.LogConsultationMsg{}, false
	}
	i := m.card.idea
	return common.LogConsultationMsg{IdeaID: i.ID, PersonID: i.ApplicantID}, true
}
