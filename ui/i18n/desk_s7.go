package i18n

import "frontoffice/model"

// Sentences the Desk gained in issue 20: scroll markers of the queue, one
// waiting entry per person, undo of any entry of today, anonymous visits,
// help and the registration form's checks.
func init() {
	add(map[string]model.Label{
		"help.title_application": {KK: "Өтінім экранының пернелері", RU: "Клавиши экрана заявки", EN: "Keys on the application screen"},
		"desk.key_to_field":      {KK: "іздеу өрісіне", RU: "к полю поиска", EN: "to the search field"},
		"desk.more_above":        {KK: "↑ жоғарыда тағы %d", RU: "↑ выше ещё %d", EN: "↑ %d more above"},
		"desk.more_below":        {KK: "↓ төменде тағы %d", RU: "↓ ниже ещё %d", EN: "↓ %d more below"},
		"desk.already_waiting": {
			KK: "%s бүгін кезекте күтіп тұр (%s бастап): екінші рет қойылмады. Курсор — соның үстінде.",
			RU: "%s уже ждёт в очереди сегодня (с %s): вторая запись в очередь не добавлена. Курсор — на этой записи.",
			EN: "%s is already waiting in today's queue (since %s): not added twice. The cursor is on them.",
		},
		"desk.already_with": {
			KK: "%s бүгін кезекте: %s. Екінші рет қойылмады. Курсор — соның үстінде.",
			RU: "%s уже в очереди сегодня: %s. Вторая запись в очередь не добавлена. Курсор — на этой записи.",
			EN: "%s is already in today's queue: %s. Not added twice. The cursor is on them.",
		},
		"desk.remove_entry_q": {
			KK: "%s жазбасын (%s) бүгінгі кезектен алып тастау керек пе? Қате қойылған жазба келу болып саналмайды.",
			RU: "Убрать запись %s (%s) из сегодняшней очереди? Ошибочная запись не считается визитом.",
			EN: "Remove the entry of %s (%s) from today's queue? An entry made by mistake is not counted as a visit.",
		},
		"desk.remove_entry_yes": {KK: "алып тастау", RU: "убрать", EN: "remove"},
		"desk.entry_removed":    {KK: "%s жазбасы кезектен алынды.", RU: "Запись %s убрана из очереди.", EN: "The entry of %s is removed from the queue."},

		"field.age_band": {KK: "Жас тобы", RU: "Возраст", EN: "Age band"},
		"field.service":  {KK: "Қызмет", RU: "Услуга", EN: "Service"},
		"field.outcome":  {KK: "Нәтижесі", RU: "Итог", EN: "Outcome"},

		"desk.key_anon":        {KK: "анонимді келу", RU: "анонимный визит", EN: "anonymous visit"},
		"desk.anon_title":      {KK: "Анонимді келу: жеке деректер сақталмайды", RU: "Анонимный визит: без персональных данных", EN: "Anonymous visit: no personal data kept"},
		"desk.anon_hint":       {KK: "Келісім бермеген келуші де қызмет алады және есепке кіреді.", RU: "Посетитель без согласия тоже обслуживается и учитывается в отчётах.", EN: "A visitor who gives no consent is served and counted all the same."},
		"desk.anon_no_service": {KK: "— қызмет көрсетілмеді —", RU: "— без услуги —", EN: "— no service —"},
		"desk.anon_saved":      {KK: "Анонимді келу жазылды (%s, %s).", RU: "Анонимный визит записан (%s, %s).", EN: "Anonymous visit recorded (%s, %s)."},
		"desk.anon_name":       {KK: "Аноним, %s", RU: "Аноним, %s", EN: "Anonymous, %s"},
		"desk.anon_name_plain": {KK: "Аноним", RU: "Аноним", EN: "Anonymous"},
		"form.choice_of":       {KK: "%s (%d/%d)", RU: "%s (%d из %d)", EN: "%s (%d of %d)"},
		"desk.claimed":         {KK: "%s тіркелді; анонимді келуі енді соныкі.", RU: "Регистрация сохранена: %s; анонимный визит теперь записан на этого человека.", EN: "Registered %s; the anonymous visit is now theirs."},

		"desk.nothing_found": {
			KK: "Ешкім табылмады. enter — жаңа келуші ретінде тіркеу (терілгені өз өрісіне түседі).",
			RU: "Никого не найдено. enter — зарегистрировать нового посетителя (введённое попадёт в своё поле).",
			EN: "Nobody found. enter registers a new visitor (what you typed goes into its field).",
		},
		"desk.need_year_or_iin": {
			KK: "Туған жылын немесе ЖСН-ін жазыңыз: кәмелетке толмағандар ережесі жасқа қарайды.",
			RU: "Укажите год рождения или ИИН: правила для несовершеннолетних зависят от возраста.",
			EN: "Give a birth year or an IIN: the rules for minors depend on the age.",
		},
		"desk.iin_check_digit": {
			KK: "Бұл ЖСН сияқты, бірақ бақылау саны дұрыс емес: цифрларды тексеріңіз.",
			RU: "Это похоже на ИИН, но контрольная цифра неверна: проверьте цифры.",
			EN: "This is an IIN with a wrong check digit: check the digits.",
		},

		// The idea card lists its consultations.
		"ideas.consultations":     {KK: "Кеңестер (%d)", RU: "Консультации (%d)", EN: "Consultations (%d)"},
		"ideas.no_consultations":  {KK: "Әзірге кеңес болмады; v — кеңесті жазу.", RU: "Консультаций пока нет; v — записать консультацию.", EN: "No consultations yet; v logs one."},
		"ideas.consult_corrected": {KK: "түзетілді", RU: "исправлена", EN: "corrected"},
		"ideas.consult_next":      {KK: "Келесі қадамдар: %s", RU: "Дальше: %s", EN: "Next steps: %s"},

		// Sync → Import: the file picker.
		"sync.pick_bundles":      {KK: "Пакеттер қалтасы", RU: "Папка пакетов", EN: "Bundles folder"},
		"sync.pick_downloads":    {KK: "Жүктеулер", RU: "Загрузки", EN: "Downloads"},
		"sync.pick_to_downloads": {KK: "Жүктеулер қалтасы", RU: "папка «Загрузки»", EN: "the Downloads folder"},
		"sync.pick_to_bundles":   {KK: "пакеттер қалтасы", RU: "папка пакетов", EN: "the bundles folder"},
		"sync.pick_last":         {KK: "Соңғысы: %s", RU: "Последний: %s", EN: "Last: %s"},
		"sync.pick_loading":      {KK: "Қалта оқылуда…", RU: "Чтение папки…", EN: "Reading the folder…"},
		"sync.pick_none": {
			KK: "Мұнда .fob файлдары жоқ. tab — басқа қалта, немесе файлдың жолын теріңіз.",
			RU: "Здесь нет файлов .fob. tab — другая папка, или введите путь к файлу.",
			EN: "No .fob files here. tab shows the other folder, or type the file's path.",
		},
		"sync.pick_keys": {
			KK: "enter — импорттау · tab — %s · жолды теру де болады · esc — артқа",
			RU: "enter — импортировать · tab — %s · можно ввести путь · esc — назад",
			EN: "enter imports · tab: %s · or type a path · esc back",
		},
		"sync.key_pick":      {KK: "таңдалған файлды импорттау", RU: "импортировать выбранный файл", EN: "import the file chosen"},
		"sync.key_folder":    {KK: "пакеттер ↔ жүктеулер", RU: "пакеты ↔ загрузки", EN: "bundles ↔ Downloads"},
		"sync.key_type":      {KK: "жолды теру", RU: "ввести путь", EN: "type a path"},
		"sync.key_type_keys": {KK: "әріп/ctrl+u", RU: "буква/ctrl+u", EN: "letter/ctrl+u"},

		// The first run's guided set-up.
		"home.setup_hint": {
			KK: "Алғашқы баптау: enter — кеңсе атауы, өңірі, кеңесшілері және қазір кім қабылдауда (4 сұрақ).",
			RU: "Первый запуск: enter — название офиса, регион, консультанты и кто сейчас на приёме (4 вопроса).",
			EN: "First run: enter sets up the office: its name, region, consultants and who is at the desk (4 questions).",
		},
		"home.start_hint": {
			KK: "Қойма әлі бос. d — бірінші келушіні тіркеу; үлгі деректер: frontoffice demo",
			RU: "Хранилище пока пусто. d — зарегистрировать первого посетителя; пример данных: frontoffice demo",
			EN: "Nothing stored yet. d registers the first visitor; sample data: frontoffice demo",
		},
		"home.key_setup": {KK: "алғашқы баптау", RU: "первая настройка", EN: "set up the office"},
		"setup.step":     {KK: "Баптау, %d/%d", RU: "Настройка, %d из %d", EN: "Set-up, %d of %d"},
		"setup.intro": {
			KK: "Кейін барлығын Баптауларда (s) өзгертуге болады.",
			RU: "Всё это можно изменить потом в Настройках (s).",
			EN: "All of it can be changed later in Settings (s).",
		},

		// Nobody at the desk: who is working?
		"desk.who_title":  {KK: "Қазір кім қабылдауда?", RU: "Кто сейчас на приёме?", EN: "Who is working at the desk?"},
		"desk.who_hint":   {KK: "Сақталатын әр өзгеріс осы атпен жазылады (Баптаулардан өзгертуге болады).", RU: "Каждое сохранение записывается на это имя (можно изменить в Настройках).", EN: "Every save is recorded under this name (Settings can change it)."},
		"desk.who_needed": {KK: "Атыңызды жазыңыз.", RU: "Введите имя.", EN: "Type a name."},
		"desk.who_set":    {KK: "Қабылдауда: %s.", RU: "На приёме: %s.", EN: "At the desk: %s."},

		// Reports count anonymous visits.
		"report.visits":                {KK: "Келулер", RU: "Визиты", EN: "Visits"},
		"report.anonymous_visits":      {KK: "Оның ішінде анонимді", RU: "Из них анонимных", EN: "Of them anonymous"},
		"report.anonymous_by_age_band": {KK: "Анонимді келулер жас тобы бойынша", RU: "Анонимные визиты по возрасту", EN: "Anonymous visits by age band"},
		"report.anonymous_by_service":  {KK: "Анонимді келулер қызмет бойынша", RU: "Анонимные визиты по услугам", EN: "Anonymous visits by service"},
		"report.anonymous_by_outcome":  {KK: "Анонимді келулер нәтиже бойынша", RU: "Анонимные визиты по итогу", EN: "Anonymous visits by outcome"},
	})
}
