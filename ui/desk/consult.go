package desk

import "frontoffice/ui/common"

// ConsultSubject is the visit under the queue's cursor, so the consult key
// logs a consultation given during that visit.
func (m *Model) ConsultSubject() (common.LogConsultationMsg, bool) {
	v := m.selectedVisit()
	if !m.onQueue || v == nil {
		return common.LogConsultationMsg{}, false
	}
	return common.LogConsultationMsg{PersonID: v.PersonID, VisitID: v.ID}, true
}
