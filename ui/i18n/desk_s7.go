package i18n

import "frontoffice/model"

// Sentences the Desk gained in issue 20: scroll markers of the queue, one
// waiting entry per person, undo of any entry of today, anonymous visits,
// help and the registration form's checks.
func init() {
	add(map[string]model.Label{
		"desk.more_above": {KK: "↑ жоғарыда тағы %d", RU: "↑ выше ещё %d", EN: "↑ %d more above"},
		"desk.more_below": {KK: "↓ төменде тағы %d", RU: "↓ ниже ещё %d", EN: "↓ %d more below"},
		"desk.already_waiting": {
			KK: "%s бүгін кезекте күтіп тұр (%s бастап): екінші рет қойылмады. Курсор — соның үстінде.",
			RU: "%s уже ждёт в очереди сегодня (с %s): второй раз не поставлен(а). Курсор — на нём/ней.",
			EN: "%s is already waiting in today's queue (since %s): not added twice. The cursor is on them.",
		},
		"desk.already_with": {
			KK: "%s бүгін кезекте: %s. Екінші рет қойылмады. Курсор — соның үстінде.",
			RU: "%s уже в очереди сегодня: %s. Второй раз не поставлен(а). Курсор — на нём/ней.",
			EN: "%s is already in today's queue: %s. Not added twice. The cursor is on them.",
		},
		"desk.remove_entry_q": {
			KK: "%s жазбасын (%s) бүгінгі кезектен алып тастау керек пе? Қате қойылған жазба келу болып саналмайды.",
			RU: "Убрать запись %s (%s) из сегодняшней очереди? Ошибочная запись не считается визитом.",
			EN: "Remove the entry of %s (%s) from today's queue? An entry made by mistake is not counted as a visit.",
		},
		"desk.remove_entry_yes": {KK: "алып тастау", RU: "убрать", EN: "remove"},
		"desk.entry_removed":    {KK: "%s жазбасы кезектен алынды.", RU: "Запись %s убрана из очереди.", EN: "The entry of %s is removed from the queue."},
	})
}
