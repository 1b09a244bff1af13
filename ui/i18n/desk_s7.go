package i18n

import "frontoffice/model"

// Sentences the Desk gained in issue 20: scroll markers of the queue, one
// waiting entry per person, undo of any entry of today, anonymous visits,
// help and the registration form's checks.
func init() {
	add(map[string]model.Label{
		"desk.more_above": {KK: "↑ жоғарыда тағы %d", RU: "↑ выше ещё %d", EN: "↑ %d more above"},
		"desk.more_below": {KK: "↓ төменде тағы %d", RU: "↓ ниже ещё %d", EN: "↓ %d more below"},
	})
}
