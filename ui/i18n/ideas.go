package i18n

import "frontoffice/model"

// Sentences of the Ideas screen (ui/ideas) and of the history rows on cards
// (ui/history), with the field names they need that no other area has.
func init() {
	add(map[string]model.Label{
		// field names that appear in an idea's history
		"field.catalogue_id": {KK: "Каталогтағы идея", RU: "Идея из каталога", EN: "Catalogue idea"},
		"field.created_at":   {KK: "Құрылған уақыты", RU: "Когда создано", EN: "Created"},

		// the list
		"ideas.col.applicant":  {KK: "Өтініш беруші", RU: "Заявитель", EN: "Applicant"},
		"ideas.col.updated":    {KK: "Өзгертілді", RU: "Изменено", EN: "Updated"},
		"ideas.sort_is":        {KK: "Сұрыптау: %s", RU: "Порядок: %s", EN: "Sort: %s"},
		"ideas.sort.relevance": {KK: "сәйкестігі", RU: "по совпадению", EN: "best match"},
		"ideas.sort.updated":   {KK: "жаңалары басында", RU: "сначала новые", EN: "newest first"},
		"ideas.sort.title":     {KK: "атауы бойынша", RU: "по названию", EN: "by title"},
		"ideas.sort.newest":    {KK: "жаңалары басында", RU: "сначала новые", EN: "newest"}, // nothing typed to match: newest first, said short
		"ideas.filter_is":      {KK: "Сүзгі: %s", RU: "Фильтр: %s", EN: "Filter: %s"},
		"ideas.no_filter":      {KK: "сүзгісіз, мұрағаттағылар жасырылған (f)", RU: "без фильтра, архивные скрыты (f)", EN: "no filter, archived hidden (f)"},
		"ideas.sdg_short":      {KK: "ТДМ %d", RU: "ЦУР %d", EN: "SDG %d"},
		"ideas.filter_title":   {KK: "Идеяларды сүзу", RU: "Фильтр идей", EN: "Filter ideas"},
		"ideas.filter.any":     {KK: "(кез келген)", RU: "(любое)", EN: "(any)"},

		// keys
		"ideas.key.open":         {KK: "ашу", RU: "открыть", EN: "open"},
		"ideas.key.new":          {KK: "жаңа идея", RU: "новая идея", EN: "new idea"},
		"ideas.key.filter":       {KK: "сүзгі", RU: "фильтр", EN: "filter"},
		"ideas.key.clear_filter": {KK: "сүзгіні алу", RU: "снять фильтр", EN: "clear filter"},
		"ideas.filter_hides":     {KK: "Сүзгі «%s» идеясын тізімнен жасырады: x — сүзгіні алу.", RU: "Фильтр скрывает «%s» из списка: x — снять фильтр.", EN: "The filter hides «%s» from the list: x clears it."},
		"ideas.key.sort":         {KK: "сұрыптау", RU: "порядок", EN: "sort"},
		"ideas.key.archive":      {KK: "мұрағатқа", RU: "в архив", EN: "archive"},
		"ideas.key.restore":      {KK: "мұрағаттан қайтару", RU: "вернуть из архива", EN: "restore"},
		"ideas.key.applicant":    {KK: "өтініш берушінің картасы", RU: "карточка заявителя", EN: "applicant's card"},
		"ideas.key.back":         {KK: "тізімге", RU: "к списку", EN: "back to the list"},

		// the card
		"ideas.loading":    {KK: "Жүктелуде…", RU: "Загрузка…", EN: "Loading…"},
		"ideas.back_hint":  {KK: "Тізімге оралу: esc.", RU: "Вернуться к списку: esc.", EN: "Back to the list: esc."},
		"ideas.more_below": {KK: "↓ төменде тағы бар (j)", RU: "↓ ниже есть ещё (j)", EN: "↓ more below (j)"},
		"ideas.reach":      {KK: "%s: жоспар %s, қамтылды %s", RU: "%s: план %s, охвачено %s", EN: "%s: planned %s, reached %s"},
		"ideas.dates":      {KK: "Мерзімі (жоспар)", RU: "Сроки (план)", EN: "Planned dates"},
		"ideas.created":    {KK: "Құрылды", RU: "Создана", EN: "Created"},
		"ideas.updated":    {KK: "Өзгертілді", RU: "Изменена", EN: "Updated"},
		"ideas.history":    {KK: "Өзгерістер тарихы", RU: "История изменений", EN: "History of changes"},
		"ideas.archive_q":  {KK: "Бұл идеяны мұрағатқа жіберу керек пе?", RU: "Отправить эту идею в архив?", EN: "Archive this idea?"},
		"ideas.restore_q":  {KK: "Бұл идеяны мұрағаттан қайтару керек пе?", RU: "Вернуть эту идею из архива?", EN: "Restore this idea from the archive?"},
		"ideas.archived":   {KK: "Идея мұрағатқа жіберілді (ештеңе жойылмады).", RU: "Идея отправлена в архив (ничего не удалено).", EN: "The idea is archived (nothing was deleted)."},
		"ideas.restored":   {KK: "Идея мұрағаттан қайтарылды.", RU: "Идея возвращена из архива.", EN: "The idea is restored."},
		"ideas.saved":      {KK: "Идея сақталды.", RU: "Идея сохранена.", EN: "Idea saved."},
		"ideas.unchanged":  {KK: "Ештеңе өзгермеді: идея сол күйінде.", RU: "Ничего не изменилось: идея осталась прежней.", EN: "Nothing changed: the idea is as it was."},
		"ideas.saving":     {KK: "Сақталуда…", RU: "Сохранение…", EN: "Saving…"},
		"ideas.not_saved":  {KK: "Сақталмады.", RU: "Не сохранено.", EN: "Not saved."},
		"ideas.discard_q":  {KK: "Енгізген өзгерістерді тастау керек пе?", RU: "Отменить введённые изменения?", EN: "Discard the changes you typed?"},
		"ideas.finish_form_first": {
			KK: "Алдымен ашық форманы сақтаңыз немесе болдырмаңыз (esc).",
			RU: "Сначала сохраните или отмените открытую форму (esc).",
			EN: "Save or cancel the open form first (esc).",
		},
		"ideas.end_before_start": {
			KK: "Аяқталу күні басталу күнінен бұрын тұр.",
			RU: "Дата окончания раньше даты начала.",
			EN: "The planned end is before the planned start.",
		},

		// the register / edit form
		"ideas.form.new":             {KK: "Жаңа идея", RU: "Новая идея", EN: "New idea"},
		"ideas.form.edit":            {KK: "Өзгерту: %s", RU: "Изменение: %s", EN: "Editing: %s"},
		"ideas.form.page_about":      {KK: "Идея туралы", RU: "Об идее", EN: "About the idea"},
		"ideas.form.page_where":      {KK: "Қайда және кім үшін", RU: "Где и для кого", EN: "Where and for whom"},
		"ideas.form.page_people":     {KK: "Адамдар", RU: "Люди", EN: "People"},
		"ideas.form.page_new_person": {KK: "Жаңа өтініш беруші", RU: "Новый заявитель", EN: "New applicant"},
		"ideas.form.page_plan":       {KK: "Жоспар және бюджет", RU: "План и бюджет", EN: "Plan and budget"},
		"ideas.form.choose":          {KK: "(таңдаңыз)", RU: "(выберите)", EN: "(choose)"},
		"ideas.form.summary":         {KK: "Қандай мәселені шешеді", RU: "Какую проблему решает", EN: "The problem it solves"},
		"ideas.form.summary_hint": {
			KK: "Жаңа жол: alt+enter немесе ctrl+j.",
			RU: "Новая строка: alt+enter или ctrl+j.",
			EN: "New line: alt+enter or ctrl+j.",
		},
		"ideas.form.sdgs_hint": {
			KK: "Бос орын немесе x — белгілеу, enter — дайын.",
			RU: "Пробел или x — отметить, enter — готово.",
			EN: "Space or x marks a goal, enter when done.",
		},
		"ideas.form.groups_hint": {
			KK: "Мысалы: балалар 120; ата-аналар 40. Топтар: %s.",
			RU: "Например: дети 120; родители 40. Группы: %s.",
			EN: "For example: children 120; parents 40. Groups: %s.",
		},
		"ideas.form.applicant_hint": {
			KK: "Аты немесе телефоны; төмендегі тізімнен таңдаңыз.",
			RU: "Имя или телефон; выберите в списке ниже.",
			EN: "Type a name or phone, then pick from the list below.",
		},
		"ideas.form.applicant_pick": {KK: "Кім", RU: "Кто", EN: "Who"},
		"ideas.form.team_hint": {
			KK: "Әр жолға бір адам (жаңа жол: alt+enter) немесе ; арқылы.",
			RU: "По одному на строку (новая строка: alt+enter) или через ;.",
			EN: "One name per line (new line: alt+enter), or separated by ;.",
		},
		"ideas.form.phone_hint": {
			KK: "Мысалы: 8 701 123 45 67. Бұл телефон тіркелген болса, сол адам алынады.",
			RU: "Например: 8 701 123 45 67. Если телефон уже есть, будет взят этот человек.",
			EN: "For example 8 701 123 45 67. If the phone is already registered, that person is used.",
		},
		"ideas.form.consent_hint": {
			KK: "Адам өз деректерін сақтауға келісті ме? Келісімсіз сақталмайды.",
			RU: "Человек согласен на хранение своих данных? Без согласия не сохраняем.",
			EN: "Did the person agree to their data being stored? Without consent nothing is stored.",
		},
		"ideas.form.date_hint":   {KK: "2026-02-13 немесе 13.02.2026", RU: "2026-02-13 или 13.02.2026", EN: "2026-02-13 or 13.02.2026"},
		"ideas.form.budget_hint": {KK: "Гранттан сұралатын сома, теңгемен, мысалы 250 000", RU: "Сколько просите у гранта, в тенге, например 250 000", EN: "What you ask the grant for, in tenge, for example 250 000"},

		"ideas.applicant.keep":      {KK: "Қалдыру: %s", RU: "Оставить: %s", EN: "Keep: %s"},
		"ideas.applicant.new":       {KK: "+ Жаңа адамды тіркеу", RU: "+ Зарегистрировать нового человека", EN: "+ Register a new person"},
		"ideas.applicant.new_named": {KK: "+ Жаңа адам: «%s»", RU: "+ Новый человек: «%s»", EN: "+ New person: “%s”"},
		"ideas.applicant.none":      {KK: "(өтініш берушісіз)", RU: "(без заявителя)", EN: "(no applicant)"},
		"ideas.applicant.reused": {
			KK: "Бұл телефон бұрыннан тіркелген: %s алынды, қайталанған жазба жасалмады.",
			RU: "Этот телефон уже зарегистрирован: взят %s, дубликат не создан.",
			EN: "That phone is already registered: %s was used instead of a duplicate.",
		},

		"ideas.groups.unknown": {
			KK: "«%s» — мақсатты топ емес. Топтар: %s.",
			RU: "«%s» — не целевая группа. Группы: %s.",
			EN: "“%s” is not a target group. Groups: %s.",
		},
		"ideas.groups.no_name": {
			KK: "«%s»: топтың атауын жазыңыз, мысалы «балалар 120».",
			RU: "«%s»: напишите название группы, например «дети 120».",
			EN: "“%s”: write the group's name, for example “children 120”.",
		},
		"ideas.groups.no_number": {
			KK: "«%s» кейін санын жазыңыз, мысалы «балалар 120».",
			RU: "После «%s» напишите число, например «дети 120».",
			EN: "Write how many after “%s”, for example “children 120”.",
		},
		"ideas.groups.bad_number": {
			KK: "«%s»: «%s» сан емес.",
			RU: "«%s»: «%s» — не число.",
			EN: "“%s”: “%s” is not a number.",
		},
		"ideas.groups.negative": {
			KK: "«%s»: сан теріс болмауы керек.",
			RU: "«%s»: число не может быть отрицательным.",
			EN: "“%s”: the number cannot be negative.",
		},
		"ideas.groups.too_large": {
			KK: "«%s»: сан тым үлкен.",
			RU: "«%s»: слишком большое число.",
			EN: "“%s”: the number is too large.",
		},
		"ideas.groups.twice": {
			KK: "«%s» екі рет жазылған.",
			RU: "«%s» указана дважды.",
			EN: "“%s” is listed twice.",
		},

		// history rows on any card (ui/history)
		"history.created":    {KK: "жасалды", RU: "создано", EN: "created"},
		"history.deleted":    {KK: "жойылды", RU: "удалено", EN: "deleted"},
		"history.no_changes": {KK: "өрістер өзгермеген", RU: "поля не менялись", EN: "no field changed"},
		"history.withdrawn": {
			KK: "келісім кері қайтарылды: жеке деректер өшірілді, бұрынғы нұсқаларда да",
			RU: "согласие отозвано: личные данные стёрты, и в прежних версиях тоже",
			EN: "consent withdrawn: personal data erased, in earlier revisions too",
		},
		"history.unknown_author": {KK: "(кім екені белгісіз)", RU: "(автор неизвестен)", EN: "(unknown)"},
	})
}
