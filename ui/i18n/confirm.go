package i18n

import "frontoffice/model"

// Sentences of the yes/no questions (ui/common/confirm.go): the keys that
// answer every question, the line shown after «н» (which answers none), and
// what yes and no do in each question.
func init() {
	add(map[string]model.Label{
		// The same keys answer in every language; each shows its own first.
		"confirm.yes_keys": {KK: "y/и/д", RU: "y/д", EN: "y"},
		"confirm.no_keys":  {KK: "n/т/ж/enter/esc", RU: "n/т/enter/esc", EN: "n/enter/esc"},
		"confirm.not_an_answer": {
			KK: "«н» мұнда жауап емес: орыс және қазақ пернетақтасында ол y пернесінде тұр әрі «нет» сөзінің бас әрпі. Иә — y, и немесе д; жоқ — n, т, ж, enter немесе esc.",
			RU: "«н» здесь не ответ: на русской и казахской раскладке это клавиша y и первая буква «нет». Да — y, д или и; нет — n, т, ж, enter или esc.",
			EN: "«н» is no answer here: on the Russian and Kazakh layouts it is the y key and also the first letter of «нет» (no). Yes: y, д or и; no: n, т, ж, enter or esc.",
		},

		// What the answers do, shared by the questions that ask the same.
		"confirm.discard":        {KK: "сақтамай шығу", RU: "выйти без сохранения", EN: "discard"},
		"confirm.keep_editing":   {KK: "толтыруды жалғастыру", RU: "продолжить ввод", EN: "keep editing"},
		"confirm.back_to_form":   {KK: "формаға оралу", RU: "вернуться к форме", EN: "back to the form"},
		"confirm.back_to_choice": {KK: "таңдауға оралу", RU: "вернуться к выбору", EN: "back to the choice"},
		"confirm.cancel":         {KK: "болдырмау", RU: "отмена", EN: "cancel"},

		"confirm.verify_all":     {KK: "бәрін растау", RU: "подтвердить все", EN: "verify them all"},
		"confirm.not_now":        {KK: "қазір емес", RU: "не сейчас", EN: "not now"},
		"confirm.delete":         {KK: "жою", RU: "удалить", EN: "delete"},
		"confirm.keep":           {KK: "қалдыру", RU: "оставить", EN: "keep"},
		"confirm.archive":        {KK: "мұрағатқа жіберу", RU: "в архив", EN: "archive"},
		"confirm.restore":        {KK: "мұрағаттан қайтару", RU: "вернуть из архива", EN: "restore"},
		"confirm.leave_as_is":    {KK: "өзгертпеу", RU: "оставить как есть", EN: "leave it as it is"},
		"confirm.merge":          {KK: "біріктіру", RU: "объединить", EN: "merge"},
		"confirm.withdraw":       {KK: "кері қайтару", RU: "отозвать", EN: "withdraw"},
		"confirm.restore_backup": {KK: "иә, қалпына келтіру", RU: "да, восстановить", EN: "yes, restore"},
		"confirm.keep_apart":     {KK: "иә, бөлек адамдар", RU: "да, разные люди", EN: "yes, two people"},
		"confirm.keep_current":   {KK: "қазіргісін қалдыру", RU: "оставить текущую", EN: "keep the current one"},
		"confirm.settle_alike":   {KK: "бәрін шешу", RU: "решить все", EN: "settle them all"},
		"confirm.take_other":     {KK: "басқасын алу", RU: "взять другую", EN: "take the other one"},
		"confirm.decide_later":   {KK: "кейін шешу", RU: "решить позже", EN: "decide later"},
		"confirm.queue_them":     {KK: "сол адам: кезекке қою", RU: "это тот же человек: поставить в очередь", EN: "it is them: put them in the queue"},
		"confirm.open_them":      {KK: "сол адам: картасын ашу", RU: "это тот же человек: открыть карточку", EN: "it is them: open their card"},
	})
}
