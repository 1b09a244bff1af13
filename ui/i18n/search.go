package i18n

import "frontoffice/model"

// Sentences of the search command (ui/cli/search.go) and the search boxes.
func init() {
	add(map[string]model.Label{
		"search.none": {
			KK: "«%s» бойынша ештеңе табылмады.",
			RU: "По запросу «%s» ничего не найдено.",
			EN: "Nothing found for “%s”.",
		},
		"search.shown": {
			KK: "Көрсетілді: %d, барлығы табылды: %s.",
			RU: "Показано: %d, всего найдено: %s.",
			EN: "Shown: %d of %s found.",
		},
		"search.need_query": {
			KK: "Не іздеу керегін жазыңыз: frontoffice search СӨЗДЕР",
			RU: "Напишите, что искать: frontoffice search СЛОВА",
			EN: "Say what to look for: frontoffice search WORDS",
		},
		"search.bad_kind": {
			KK: "--kind %q түсініксіз: idea немесе person деп жазыңыз.",
			RU: "Непонятный --kind %q: укажите idea или person.",
			EN: "--kind %q is not known: use idea or person.",
		},
		"search.bad_limit": {
			KK: "--limit 1 мен 10000 аралығындағы сан болуы керек.",
			RU: "--limit должен быть числом от 1 до 10000.",
			EN: "--limit must be a number from 1 to 10000.",
		},
		"kind.idea": {
			KK: "идея",
			RU: "идея",
			EN: "idea",
		},
		"kind.person": {
			KK: "адам",
			RU: "человек",
			EN: "person",
		},
		"search.placeholder": {
			KK: "атауы, аты, телефон, ЖСН…",
			RU: "название, имя, телефон, ИИН…",
			EN: "title, name, phone, IIN…",
		},
		"search.count": {
			KK: "Табылды: %s",
			RU: "Найдено: %s",
			EN: "Found: %s",
		},
		"search.nothing": {
			KK: "Ештеңе табылмады. Басқа сөзбен көріңіз немесе сүзгіні алып тастаңыз.",
			RU: "Ничего не найдено. Попробуйте другое слово или снимите фильтр.",
			EN: "Nothing found. Try another word or clear the filter.",
		},
		"key.search":       {KK: "іздеу", RU: "поиск", EN: "search"},
		"key.leave_search": {KK: "іздеуден шығу", RU: "выйти из поиска", EN: "leave the search box"},
		"key.clear_search": {KK: "іздеуді тазарту", RU: "очистить поиск", EN: "clear the search"},
		"key.up":           {KK: "жоғары", RU: "вверх", EN: "up"},
		"key.down":         {KK: "төмен", RU: "вниз", EN: "down"},
		"key.page_up":      {KK: "алдыңғы бет", RU: "страница вверх", EN: "page up"},
		"key.page_down":    {KK: "келесі бет", RU: "страница вниз", EN: "page down"},
		"key.first":        {KK: "басына", RU: "в начало", EN: "first"},
		"key.last":         {KK: "соңына", RU: "в конец", EN: "last"},
		"search.preparing": {
			KK: "Іздеу дайындалуда…",
			RU: "Поиск готовится…",
			EN: "Preparing search…",
		},
	})
}
