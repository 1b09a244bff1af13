package i18n

import "frontoffice/model"

// What the system says when a disk is full, in words a consultant can act on.
func init() {
	add(map[string]model.Label{
		"err.no_space": {
			KK: "Дискіде (немесе флешкада) орын жетпеді, ештеңе сақталмады. Орын босатып, қайталаңыз: бұрын сақталғанның бәрі орнында.",
			RU: "На диске (или флешке) не хватило места, ничего не сохранено. Освободите место и повторите: всё сохранённое раньше на месте.",
			EN: "The disk (or stick) is full, so nothing was saved. Free some space and try again: everything saved before is still there.",
		},
		"csv.why.no_space": {KK: "дискіде орын жоқ", RU: "на диске нет места", EN: "the disk is full"},
	})
}

// Backing up by hand from Settings.
func init() {
	add(map[string]model.Label{
		"settings.key.backup":       {KK: "қазір көшірме жасау", RU: "резервная копия сейчас", EN: "back up now"},
		"settings.backing_up":       {KK: "Сақтық көшірме жасалуда…", RU: "Делается резервная копия…", EN: "Making a backup…"},
		"settings.backup_esc":       {KK: "esc — тоқтату (ештеңе қалмайды)", RU: "esc — остановить (ничего не останется)", EN: "esc stops it (nothing is left behind)"},
		"settings.backup_done":      {KK: "Сақтық көшірме жасалды: %s", RU: "Резервная копия готова: %s", EN: "Backup made: %s"},
		"settings.backup_failed":    {KK: "Сақтық көшірме жасалмады: %s", RU: "Резервная копия не сделана: %s", EN: "The backup was not made: %s"},
		"settings.backup_cancelled": {KK: "Сақтық көшірме тоқтатылды, ештеңе жазылмады.", RU: "Резервное копирование остановлено, ничего не записано.", EN: "Backup stopped; nothing was written."},
	})
}

// Scrolling the help overlay on a small terminal.
func init() {
	add(map[string]model.Label{
		"help.more_below": {KK: "↓ әрі қарай бар (↓, бос орын)", RU: "↓ дальше ещё (↓, пробел)", EN: "↓ more below (↓, space)"},
		"help.more_above": {KK: "↑ жоғарыда (↑)", RU: "↑ выше (↑)", EN: "↑ more above (↑)"},
	})
}
