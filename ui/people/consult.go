package people

import "frontoffice/ui/common"

// ConsultSubject is the person whose card is open, so the consult key logs a
// consultation with them. A merged-away card has nobody to consult.
func (m *Model) ConsultSubject() (common.LogConsultationMsg, bool) {
	if m.mode != viewing || m.person == nil || m.person.MergedInto != "" || m.person.Deleted {
		return common.LogConsultationMsg{}, false
	}
	return common.LogConsultationMsg{PersonID: m.person.ID}, true
}
