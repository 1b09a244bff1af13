package i18n

import "frontoffice/model"

// Names of the idea fields added with the ideas screens (field.* keys are
// what validation messages and forms call a field).
func init() {
	add(map[string]model.Label{
		"field.locality":        {KK: "Елді мекен", RU: "Населённый пункт", EN: "Town or village"},
		"field.archived_from":   {KK: "Мұрағатқа дейінгі күйі", RU: "Статус до архива", EN: "Status before archiving"},
		"field.start_date":      {KK: "Басталу күні (жоспар)", RU: "Дата начала (план)", EN: "Planned start"},
		"field.end_date":        {KK: "Аяқталу күні (жоспар)", RU: "Дата окончания (план)", EN: "Planned end"},
		"field.logframe":        {KK: "Логикалық шеңбер", RU: "Логическая рамка", EN: "Logframe"},
		"field.budget":          {KK: "Бюджет", RU: "Бюджет", EN: "Budget"},
		"field.funds_available": {KK: "Қолда бар қаражат", RU: "Имеющиеся средства", EN: "Funds available"},
		"field.programme":       {KK: "Грант бағдарламасы", RU: "Грантовая программа", EN: "Grant programme"},
		"field.mci":             {KK: "АЕК мөлшері, ₸", RU: "Размер МРП, ₸", EN: "MCI value, ₸"},
		"settings.mci_hint": {
			KK: "Жыл сайын өзгереді; мемлекеттік гранттардың шегі АЕК-пен берілген",
			RU: "Меняется каждый год; пределы государственных грантов заданы в МРП",
			EN: "Changes every year; state grant limits are given in MCI",
		},
		"field.merged_from":       {KK: "Біріктірілгендер", RU: "Объединены с этой записью", EN: "Merged into this record"},
		"field.apart":             {KK: "Бөлек адамдар", RU: "Не тот же человек", EN: "Not the same person as"},
		"field.other_names":       {KK: "Атының басқа жазылуы", RU: "Другие написания имени", EN: "Other spellings of the name"},
		"field.merge_moved":       {KK: "Біріктіруде ауыстырылғандар", RU: "Перенесено при объединении", EN: "Moved by the merge"},
		"field.consent_withdrawn": {KK: "Келісім қайтарылған күн", RU: "Согласие отозвано", EN: "Consent withdrawn on"},
	})
}
