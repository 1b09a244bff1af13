package i18n

import "frontoffice/model"

// Sentences of the Desk screen (ui/desk): the search-or-create field, the
// purpose of a visit, the registration form and today's queue.
func init() {
	add(map[string]model.Label{
		"screen.desk": {KK: "Қабылдау", RU: "Приём", EN: "Desk"},

		// Home counts the Desk's queue.
		"home.waiting_now":     {KK: "Қазір кезекте күтуде", RU: "Сейчас ждут в очереди", EN: "Waiting in the queue now"},
		"home.with_consultant": {KK: "Кеңесшіде", RU: "У консультанта", EN: "With a consultant"},

		"desk.placeholder":       {KK: "аты, телефоны немесе ЖСН…", RU: "имя, телефон или ИИН…", EN: "name, phone or IIN…"},
		"desk.key_start":         {KK: "кезекке қою", RU: "поставить в очередь", EN: "put in the queue"},
		"desk.key_new":           {KK: "жаңа келуші", RU: "новый посетитель", EN: "new visitor"},
		"desk.key_focus":         {KK: "өріс ↔ кезек", RU: "поле ↔ очередь", EN: "field ↔ queue"},
		"desk.key_to_queue":      {KK: "кезекке өту", RU: "к очереди", EN: "to the queue"},
		"desk.key_type":          {KK: "келушіні іздеу", RU: "искать посетителя", EN: "find a visitor"},
		"desk.key_serve":         {KK: "қабылдау", RU: "принять", EN: "serve"},
		"desk.key_finish":        {KK: "аяқтау", RU: "завершить", EN: "done"},
		"desk.key_left":          {KK: "қызметсіз кетті", RU: "ушёл без обслуживания", EN: "left without service"},
		"desk.key_undo":          {KK: "қадамды қайтару / жазбаны алу", RU: "отменить шаг / убрать запись", EN: "undo a move / remove an entry"},
		"desk.key_open":          {KK: "картасын ашу", RU: "открыть карточку", EN: "open the card"},
		"desk.key_choose":        {KK: "таңдау", RU: "выбрать", EN: "choose"},
		"desk.key_more":          {KK: "өңір, келісім күні", RU: "регион, дата согласия", EN: "region, consent date"},
		"desk.key_start_theirs":  {KK: "оны кезекке қою", RU: "поставить его в очередь", EN: "put them in the queue"},
		"desk.key_create_anyway": {KK: "жаңа адам ретінде тіркеу", RU: "зарегистрировать как нового", EN: "register a new person"},
		"desk.key_open_card":     {KK: "оның картасын ашу", RU: "открыть его карточку", EN: "open their card"},
		"desk.queue_title":       {KK: "Бүгінгі кезек", RU: "Очередь сегодня", EN: "Today's queue"},
		"desk.queue_loading":     {KK: "Бүгінгі кезек жүктелуде…", RU: "Загрузка очереди…", EN: "Loading today's queue…"},
		"desk.min":               {KK: "%d мин", RU: "%d мин", EN: "%d min"},
		"desk.hours":             {KK: "%d сағ %02d", RU: "%d ч %02d", EN: "%d h %02d"},
		"desk.visit_title":       {KK: "Кезекке қою: %s", RU: "Поставить в очередь: %s", EN: "Put in the queue: %s"},
		"desk.moved":             {KK: "%s: %s.", RU: "%s: %s.", EN: "%s: %s."},
		"desk.consulted_moved":   {KK: "Кеңес сақталды. %s: %s.", RU: "Консультация сохранена. %s: %s.", EN: "Consultation saved. %s: %s."},
		"desk.undone":            {KK: "Қайтарылды: %s — %s.", RU: "Отменено: %s — %s.", EN: "Undone: %s — %s."},
		"desk.nothing_to_undo":   {KK: "Қайтаратын ештеңе жоқ.", RU: "Нечего отменять.", EN: "Nothing to undo."},
		"desk.form_title":        {KK: "Келушіні тіркеу", RU: "Регистрация посетителя", EN: "Register a visitor"},
		"desk.year_or_iin":       {KK: "Туған жылы немесе ЖСН", RU: "Год рождения или ИИН", EN: "Birth year or IIN"},
		"desk.year_or_iin_hint":  {KK: "4 сан немесе ЖСН-нің 12 саны", RU: "4 цифры или 12 цифр ИИН", EN: "4 digits, or the 12 digits of the IIN"},
		"desk.consent_none":      {KK: "Берілмеген", RU: "Не дано", EN: "Not given"},
		"desk.consent_yes":       {KK: "Берілді: %s", RU: "Дано: %s", EN: "Given: %s"},
		"desk.more_title":        {KK: "Өңір және келісім күні", RU: "Регион и дата согласия", EN: "Region and consent date"},
		"desk.started":           {KK: "%s кезекте: %s.", RU: "%s в очереди: %s.", EN: "%s is in the queue: %s."},
		"desk.registered":        {KK: "%s тіркелді, кезекте: %s.", RU: "Регистрация сохранена: %s, в очереди: %s.", EN: "Registered %s; in the queue: %s."},
		"desk.queue_empty": {
			KK: "Бүгін кезекте әзірге ешкім жоқ. Жоғарыда келушінің атын, телефонын немесе ЖСН-ін теріп, enter басыңыз.",
			RU: "Сегодня в очереди пока никого. Введите выше имя, телефон или ИИН посетителя и нажмите enter.",
			EN: "Nobody in the queue yet today. Type a visitor's name, phone or IIN above and press enter.",
		},
		"desk.field_hint": {
			KK: "Аты, телефоны немесе ЖСН · enter — кезекке қою · ctrl+n — жаңа келуші · ctrl+a — анонимді келу · tab — кезекке өту",
			RU: "Имя, телефон или ИИН · enter — в очередь · ctrl+n — новый посетитель · ctrl+a — анонимный визит · tab — к очереди",
			EN: "Name, phone or IIN · enter puts in the queue · ctrl+n registers someone new · ctrl+a records an anonymous visit · tab goes to the queue",
		},
		"desk.in_queue": {
			KK: "Бүгін кезекте тұр: %s, %s бастап.",
			RU: "Уже в очереди сегодня: %s, с %s.",
			EN: "Already in today's queue: %s since %s.",
		},
		"desk.cannot_serve": {
			KK: "%s күтіп тұрған жоқ: s тек күтудегі келушіге арналған.",
			RU: "%s не ожидает: s — только для ожидающих.",
			EN: "%s is not waiting: s serves a waiting visitor.",
		},
		"desk.cannot_finish": {
			KK: "%s кеңесшіде емес: алдымен s, сосын f.",
			RU: "%s не у консультанта: сначала s, потом f.",
			EN: "%s is not with a consultant: s first, then f.",
		},
		"desk.cannot_leave": {
			KK: "%s: келу аяқталған.",
			RU: "%s: визит уже завершён.",
			EN: "%s: the visit has ended already.",
		},
		"desk.consent_hint": {
			KK: "Міндетті: деректер тек келісіммен сақталады; ↑/↓ — қалай берілгенін таңдаңыз",
			RU: "Обязательно: данные хранятся только с согласия; ↑/↓ — выберите, как оно дано",
			EN: "Required: data is stored only with consent; ↑/↓ choose how it was given",
		},
		"desk.more_hint": {
			KK: "Өңір: %s · келісім күні %s · ctrl+o — өзгерту",
			RU: "Регион: %s · согласие от %s · ctrl+o — изменить",
			EN: "Region: %s · consent dated %s · ctrl+o changes them",
		},
		"desk.same_keys": {
			KK: "enter — оны кезекке қою (%s), o — картасын ашу, esc — формаға оралу",
			RU: "enter — поставить в очередь (%s), o — открыть карточку, esc — вернуться к форме",
			EN: "enter — put them in the queue (%s), o — open their card, esc — back to the form",
		},
	})
}
