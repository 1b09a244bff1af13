package i18n

import "frontoffice/model"

// Sentences of the Catalogue screen (ui/catalogue): the matcher's form, the
// ranked suggestions with their reasons (keys from model/catalogue), an
// entry's page, and the form for the office's own entries.
func init() {
	add(map[string]model.Label{
		"field.regions":    {KK: "Өңірлер", RU: "Регионы", EN: "Regions"},
		"field.team_min":   {KK: "Ең аз команда", RU: "Минимальная команда", EN: "Smallest team"},
		"field.budget_min": {KK: "Ең аз бюджет", RU: "Минимальный бюджет", EN: "Smallest budget"},
		"field.steps":      {KK: "Қадамдар", RU: "Шаги", EN: "Steps"},

		// reasons (model/catalogue.Why*)
		"catalogue.why.interest":     {KK: "сіздің қызығушылығыңыз: %s", RU: "ваш интерес: %s", EN: "your interest: %s"},
		"catalogue.why.no_money":     {KK: "ақша қажет емес", RU: "деньги не нужны", EN: "needs no money"},
		"catalogue.why.time_only":    {KK: "ақшасыз да бастауға болады", RU: "можно начать без денег", EN: "can start without money"},
		"catalogue.why.fits_money":   {KK: "%s дейін тұрады — сіздің %s жетеді", RU: "стоит до %s — ваших %s хватит", EN: "costs up to %s — fits your %s"},
		"catalogue.why.fits_small":   {KK: "ең аз нұсқасы (%s) сіздің %s ішіне сыяды", RU: "самый скромный вариант (%s) укладывается в ваши %s", EN: "the smallest version (%s) fits your %s"},
		"catalogue.why.needs_grant":  {KK: "тағы %s керек: шағын грант немесе демеуші", RU: "нужно ещё %s: малый грант или спонсор", EN: "needs %s more: a small grant or a sponsor"},
		"catalogue.why.team_ok":      {KK: "%d адамдық команда жеткілікті", RU: "команды из %d человек достаточно", EN: "a team of %d is enough"},
		"catalogue.why.team_big":     {KK: "%d адамға дейін жетеді: міндеттерді бөліңіз", RU: "хватит и %d человек: распределите задачи", EN: "up to %d people are needed: share the tasks"},
		"catalogue.why.team_small":   {KK: "кемінде %d адам керек, сізде %d", RU: "нужно не меньше %d человек, у вас %d", EN: "needs at least %d people, you have %d"},
		"catalogue.why.weeks_ok":     {KK: "%d апта алады, сізде %d апта бар", RU: "займёт недель: %d, у вас есть %d", EN: "takes %d weeks, you have %d"},
		"catalogue.why.weeks_long":   {KK: "%d апта алады, сізде тек %d", RU: "займёт недель: %d, а у вас только %d", EN: "takes %d weeks, you have only %d"},
		"catalogue.why.region":       {KK: "сіздің өңірге арналған: %s", RU: "для вашего региона: %s", EN: "made for your region: %s"},
		"catalogue.why.other_region": {KK: "басқа өңірге арналған: %s", RU: "рассчитано на другой регион: %s", EN: "made for another region: %s"},
	})
}
