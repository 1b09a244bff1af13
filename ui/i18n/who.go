package i18n

import "frontoffice/model"

// Who is working, asked by every screen's save while nobody is at the desk
// (issue 20 item 15); the question itself is desk.who_*.
func init() {
	add(map[string]model.Label{
		"who.not_saved": {KK: "Сақталмады: алдымен кім қабылдап отырғанын жазыңыз.", RU: "Не сохранено: сначала укажите, кто на приёме.", EN: "Not saved: say who is working first."},
		"who.key_keep":  {KK: "сақтау", RU: "сохранить", EN: "save"},
	})
}
