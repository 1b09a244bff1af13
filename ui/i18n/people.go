package i18n

import "frontoffice/model"

// Sentences of the People screen (ui/people): the list, a person's card, the
// register/edit form and its questions. Field names are the field.* keys.
func init() {
	add(map[string]model.Label{
		"people.merged_from_hint": {
			KK: "Бұл жазбаға біріктірілгендер: %d · u — соңғы біріктіруді кері қайтару",
			RU: "Объединено с этой записью: %d · u — отменить последнее объединение",
			EN: "Records merged into this one: %d · u — undo the last merge",
		},
		"people.guardian_missing": {
			KK: "Қамқоршының аты мен телефоны жоқ (кестеден келген жазба): e басып толтырыңыз.",
			RU: "Нет имени и телефона опекуна (запись пришла из таблицы): нажмите e и заполните.",
			EN: "The guardian's name and phone are missing (the record came from a spreadsheet): press e to add them.",
		},
		"people.key_open":          {KK: "ашу", RU: "открыть", EN: "open"},
		"people.key_new":           {KK: "жаңа адам", RU: "новый человек", EN: "register a person"},
		"people.key_open_idea":     {KK: "идеяны ашу", RU: "открыть идею", EN: "open the idea"},
		"people.key_open_existing": {KK: "тіркелгенін ашу", RU: "открыть найденного", EN: "open the one registered"},
		"people.key_create_anyway": {KK: "бәрібір тіркеу", RU: "всё равно создать", EN: "create anyway"},
		"people.key_back_to_form":  {KK: "формаға оралу", RU: "вернуться к форме", EN: "back to the form"},

		"people.empty_hint": {
			KK: "Әзірге ешкім тіркелмеген. Адамды тіркеу үшін n басыңыз.",
			RU: "Пока никто не зарегистрирован. Нажмите n, чтобы зарегистрировать человека.",
			EN: "No one is registered yet. Press n to register a person.",
		},
		"people.col_updated": {KK: "Өзгертілді", RU: "Изменён", EN: "Updated"},

		"people.loading":    {KK: "Жүктелуде…", RU: "Загрузка…", EN: "Loading…"},
		"people.more_below": {KK: "↓ төменде тағы бар (↓, pgdn)", RU: "↓ ниже есть ещё (↓, pgdn)", EN: "↓ more below (↓, pgdn)"},
		"people.minor":      {KK: "кәмелетке толмаған", RU: "несовершеннолетний", EN: "under 18"},
		"people.guardian":   {KK: "Заңды өкіл", RU: "Законный представитель", EN: "Guardian"},
		"people.consent":    {KK: "Келісім", RU: "Согласие", EN: "Consent"},
		"people.yes":        {KK: "Иә", RU: "Да", EN: "Yes"},
		"people.no":         {KK: "Жоқ", RU: "Нет", EN: "No"},
		"people.updated":    {KK: "Соңғы өзгеріс", RU: "Последнее изменение", EN: "Last changed"},
		"people.ideas":      {KK: "Идеялары (%d)", RU: "Идеи (%d)", EN: "Ideas (%d)"},
		"people.history":    {KK: "Өзгерістер тарихы", RU: "История изменений", EN: "History"},
		"people.no_ideas":   {KK: "Әзірге идея жоқ.", RU: "Идей пока нет.", EN: "No ideas yet."},

		"people.new_title":  {KK: "Жаңа адамды тіркеу", RU: "Регистрация человека", EN: "Register a person"},
		"people.edit_title": {KK: "Өзгерту: %s", RU: "Изменение: %s", EN: "Editing: %s"},
		"people.no_region":  {KK: "(көрсетілмеген)", RU: "(не указан)", EN: "(not set)"},
		"people.no_org":     {KK: "ұйымсыз", RU: "без организации", EN: "no organisation"},
		"people.phone_hint": {
			KK: "Кез келген түрде: 8 701 123 45 67",
			RU: "В любом виде: 8 701 123 45 67",
			EN: "Any form: 8 701 123 45 67",
		},
		"people.iin_hint": {
			KK: "Міндетті емес, 12 сан",
			RU: "Необязательно, 12 цифр",
			EN: "Optional, 12 digits",
		},
		"people.org_hint": {
			KK: "Колледж, университет, мектеп; ctrl+e — ұсынысты алу",
			RU: "Колледж, вуз, школа; ctrl+e — взять подсказку",
			EN: "College, university, school; ctrl+e takes the suggestion",
		},
		"people.consent_hint": {
			KK: "Деректер тек келісіммен сақталады; ←/→ ауыстырады",
			RU: "Данные хранятся только с согласия; ←/→ переключают",
			EN: "Data is stored only with consent; ←/→ switch",
		},
		"people.date_hint": {
			KK: "13.02.2026 немесе 2026-02-13",
			RU: "13.02.2026 или 2026-02-13",
			EN: "13.02.2026 or 2026-02-13",
		},
		"people.guardian_page": {
			KK: "18 жасқа толмаған: заңды өкілдің келісімі мен байланысы керек",
			RU: "Младше 18 лет: нужны согласие и контакт законного представителя",
			EN: "Under 18: a guardian's consent and contact are needed",
		},
		"people.notes_hint": {
			KK: "Жаңа жол: alt+enter немесе ctrl+j",
			RU: "Новая строка: alt+enter или ctrl+j",
			EN: "New line: alt+enter or ctrl+j",
		},

		"people.discard_q": {
			KK: "Енгізілгенді сақтамай шығасыз ба?",
			RU: "Выйти, не сохранив введённое?",
			EN: "Leave without saving what you typed?",
		},
		"people.saving": {KK: "Сақталуда…", RU: "Сохранение…", EN: "Saving…"},
		"people.same_phone": {
			KK: "Бұл адам тіркелген: бұл телефон соған тиесілі. Екінші жазба жасалмайды.",
			RU: "Этот человек уже зарегистрирован с этим телефоном. Вторая запись не создаётся.",
			EN: "This person is already registered: the phone is theirs. A second record is not made.",
		},
		"people.same_iin": {
			KK: "Бұл адам тіркелген: бұл ЖСН соған тиесілі. Екінші жазба жасалмайды.",
			RU: "Этот человек уже зарегистрирован с этим ИИН. Вторая запись не создаётся.",
			EN: "This person is already registered: the IIN is theirs. A second record is not made.",
		},
		"people.same_keys": {
			KK: "enter/o — оның картасын ашу, esc — формаға оралу",
			RU: "enter/o — открыть карточку, esc — вернуться к форме",
			EN: "enter/o — open their card, esc — back to the form",
		},
		"people.similar_q": {
			KK: "%s (%s) тіркелген сияқты. Сол ма?",
			RU: "Похоже, %s (%s) уже есть в базе. Это тот же человек?",
			EN: "Looks like %s from %s is already registered. The same person?",
		},
		"people.registered": {KK: "Тіркелді: %s.", RU: "Регистрация сохранена: %s.", EN: "Registered: %s."},
		"people.saved":      {KK: "Сақталды: %s.", RU: "Сохранено: %s.", EN: "Saved: %s."},
		// A person's timeline, merging two records of one person, withdrawing consent.
		"people.key_merge":       {KK: "басқа жазбамен біріктіру", RU: "объединить с другой записью", EN: "merge with another record"},
		"people.key_undo_merge":  {KK: "біріктіруді болдырмау", RU: "отменить объединение", EN: "undo the merge"},
		"people.key_open_kept":   {KK: "сақталған жазбаны ашу", RU: "открыть оставленную запись", EN: "open the record kept"},
		"people.key_withdraw":    {KK: "келісімді кері қайтару", RU: "отозвать согласие", EN: "withdraw consent"},
		"people.key_pick":        {KK: "таңдау", RU: "выбрать", EN: "pick"},
		"people.key_swap_keep":   {KK: "қайсысын сақтау", RU: "какую оставить", EN: "which to keep"},
		"people.timeline":        {KK: "Тарихы: келулер, идеялар, кеңестер, сағаттар (%d)", RU: "Хронология: визиты, идеи, консультации, часы (%d)", EN: "Timeline: visits, ideas, consultations, hours (%d)"},
		"people.no_events":       {KK: "Әзірге ештеңе жоқ.", RU: "Пока ничего нет.", EN: "Nothing yet."},
		"people.ev_visit":        {KK: "Келу", RU: "Визит", EN: "Visit"},
		"people.ev_idea":         {KK: "Идея", RU: "Идея", EN: "Idea"},
		"people.ev_applicant":    {KK: "өтініш беруші", RU: "заявитель", EN: "applicant"},
		"people.ev_team":         {KK: "командада", RU: "в команде", EN: "team"},
		"people.ev_consultation": {KK: "Кеңес", RU: "Консультация", EN: "Consultation"},
		"people.ev_minutes":      {KK: "%d мин", RU: "%d мин", EN: "%d min"},
		"people.ev_hours":        {KK: "Ерікті сағаттар", RU: "Волонтёрские часы", EN: "Volunteer hours"},
		"people.ev_hours_n":      {KK: "%s сағ", RU: "%s ч", EN: "%s h"},
		"people.merged_banner": {
			KK: "Бұл жазба %s жазбасымен біріктірілген (%s). o — соны ашу, u — біріктіруді болдырмау.",
			RU: "Эта запись объединена с записью %s (%s). o — открыть её, u — отменить объединение.",
			EN: "This record was merged into %s (%s). o opens it, u undoes the merge.",
		},
		"people.merged_here": {
			KK: "%s осы жазбаға біріктірілді; u — болдырмау.",
			RU: "Объединено с этой записью: %s; u — отменить.",
			EN: "%s was merged into this record; u undoes it.",
		},
		"people.merge_pick": {
			KK: "%s кіммен біріктіріледі? Атын немесе телефонын теріп, enter басыңыз.",
			RU: "С кем объединить %s? Введите имя или телефон и нажмите enter.",
			EN: "Merge %s with whom? Type a name or phone, then enter.",
		},
		"people.merge_self": {
			KK: "Бұл сол адамның өзі: басқа жазбаны таңдаңыз.",
			RU: "Это та же запись: выберите другую.",
			EN: "That is this same record: pick another one.",
		},
		"people.merge_q":    {KK: "Бір адамның екі жазбасын біріктіру", RU: "Объединить две записи одного человека", EN: "Merge two records of one person"},
		"people.merge_keep": {KK: "Сақталады:", RU: "Остаётся:", EN: "Kept:"},
		"people.merge_drop": {KK: "Біріктіріледі:", RU: "Вливается:", EN: "Merged away:"},
		"people.merge_explain": {
			KK: "Екіншісінің барлық келулері, идеялары, кеңестері мен сағаттары сақталатын жазбаға көшеді; оның картасы қайда біріктірілгенін көрсетеді, біріктіруді сол жерден болдырмауға болады.",
			RU: "Все визиты, идеи, консультации и часы второй записи переходят к оставленной; её карточка покажет, с кем объединена, и там объединение можно отменить.",
			EN: "All visits, ideas, consultations and hours of the one merged away move to the one kept; its card will say where it went, and the merge can be undone there.",
		},
		"people.merge_undone": {
			KK: "Біріктіру болдырылмады: %s қайта бөлек жазба.",
			RU: "Объединение отменено: %s снова отдельная запись.",
			EN: "Merge undone: %s is a record of their own again.",
		},
		"people.undo_taken": {
			KK: "Біріктіруді болдырмау мүмкін емес: оның телефоны не ЖСН-і қазір басқа адамда.",
			RU: "Нельзя отменить объединение: её телефон или ИИН теперь у другого человека.",
			EN: "The merge cannot be undone: its phone or IIN now belongs to someone else.",
		},
		"people.withdraw_q": {
			KK: "%s келісімін кері қайтару керек пе?",
			RU: "Отозвать согласие %s?",
			EN: "Withdraw the consent of %s?",
		},
		"people.withdraw_explain": {
			KK: "Аты-жөні инициалдарға (%s) ауысады; телефоны, ЖСН-і, заңды өкілі мен ескертпелері өшіріледі, өзгерістер тарихынан да. Келулері, идеялары, кеңестері мен сағаттары есептерде атаусыз саналады. Мұны болдырмау мүмкін емес.",
			RU: "Имя станет инициалами (%s); телефон, ИИН, данные представителя и заметки стираются, в том числе из истории. Визиты, идеи, консультации и часы остаются и считаются в отчётах без имени. Это нельзя отменить.",
			EN: "The name becomes initials (%s); the phone, IIN, guardian's details and notes are erased, from the history too. Visits, ideas, consultations and hours stay and are counted in reports without a name. This cannot be undone.",
		},
		"people.joined_label": {
			KK: "Басқа кеңселерде де тіркелген:",
			RU: "Записи этого человека в других офисах:",
			EN: "Also registered as:",
		},
		"people.joined_hint": {
			KK: "Телефоны не ЖСН-і бірдей — бір адам ретінде саналады · k — бұлар әртүрлі адамдар",
			RU: "Тот же телефон или ИИН — считается одним человеком · k — это разные люди",
			EN: "The same phone or IIN: counted as one person · k — these are different people",
		},
		"people.maybe_label": {
			KK: "Бір адам болуы мүмкін (телефоны бір, ЖСН-дері әртүрлі):",
			RU: "Возможно, тот же человек (один телефон, разные ИИН):",
			EN: "Maybe the same person (one phone, two IINs):",
		},
		"people.at_office":      {KK: "тіркеген: %s", RU: "кто записал: %s", EN: "at %s"},
		"people.this_office":    {KK: "осы кеңсе", RU: "этот офис", EN: "this office"},
		"people.other_office":   {KK: "басқа кеңсе", RU: "другой офис", EN: "another office"},
		"people.key_keep_apart": {KK: "бұлар әртүрлі адамдар", RU: "это разные люди", EN: "different people"},
		"people.apart_q": {
			KK: "Бұл жазба %s емес, басқа адам ба?",
			RU: "Эта запись — другой человек, не %s?",
			EN: "Is this record someone other than %s?",
		},
		"people.apart_explain": {
			KK: "Олар бөлек саналады (сағаттары, несиесі, есептер) — келесі бумамен басқа кеңселерде де.",
			RU: "Их будут считать отдельно (часы, кредит, отчёты) — и в других офисах, когда туда придёт пакет.",
			EN: "They will be counted apart (hours, credit, reports), at the other offices too once the next bundle reaches them.",
		},
		"people.kept_apart": {
			KK: "«%s» енді бөлек адам ретінде саналады.",
			RU: "«%s» теперь считается отдельным человеком.",
			EN: "«%s» is now counted as someone else.",
		},
		"people.withdrawn": {
			KK: "Келісім кері қайтарылды: %s жеке деректері өшірілді.",
			RU: "Согласие отозвано: личные данные %s стёрты.",
			EN: "Consent withdrawn: the personal data of %s is erased.",
		},
	})
}
