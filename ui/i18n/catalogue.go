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
		"catalogue.why.covers":       {KK: "ақшасыз бастауға болады; сіздің %s — толық нұсқаның %d%%-ы (%s)", RU: "можно начать без денег; ваши %s — %d%% полного варианта (%s)", EN: "can start without money; your %s is %d%% of the full version (%s)"},
		"catalogue.why.fits_small":   {KK: "ең аз нұсқасы (%s) сіздің %s ішіне сыяды", RU: "самый скромный вариант (%s) укладывается в ваши %s", EN: "the smallest version (%s) fits your %s"},
		"catalogue.why.needs_grant":  {KK: "тағы %s керек: шағын грант немесе демеуші", RU: "нужно ещё %s: малый грант или спонсор", EN: "needs %s more: a small grant or a sponsor"},
		"catalogue.why.weeks_ok":     {KK: "қажет апта: %d, сізде бар: %d", RU: "займёт недель: %d, у вас есть %d", EN: "weeks needed: %d, you have %d"},
		"catalogue.why.weeks_long":   {KK: "қажет апта: %d, сізде тек %d", RU: "займёт недель: %d, а у вас только %d", EN: "weeks needed: %d, you have only %d"},
		"catalogue.why.region":       {KK: "сіздің өңірге арналған: %s", RU: "для вашего региона: %s", EN: "made for your region: %s"},
		"catalogue.why.other_region": {KK: "басқа өңірге арналған: %s", RU: "рассчитано на другой регион: %s", EN: "made for another region: %s"},
		// the matcher
		"catalogue.title":                 {KK: "Каталог: өз идеям жоқ", RU: "Каталог: своей идеи нет", EN: "Catalogue: no idea of my own"},
		"catalogue.key.open_matcher":      {KK: "каталогтан идея таңдау", RU: "подобрать идею из каталога", EN: "pick an idea from the catalogue"},
		"catalogue.key.open":              {KK: "толығырақ", RU: "подробнее", EN: "details"},
		"catalogue.key.draft":             {KK: "келушіге жоба идеясын жасау", RU: "создать черновик идеи для посетителя", EN: "make a draft idea for the visitor"},
		"catalogue.key.answers":           {KK: "жауаптарды өзгерту", RU: "изменить ответы", EN: "change the answers"},
		"catalogue.key.new_entry":         {KK: "кеңсенің жаңа идеясы", RU: "новая идея офиса", EN: "the office's own idea"},
		"catalogue.key.back":              {KK: "артқа", RU: "назад", EN: "back"},
		"catalogue.form.title":            {KK: "Келушіде не бар?", RU: "Что есть у посетителя?", EN: "What does the visitor have?"},
		"catalogue.form.money":            {KK: "Қолда бар ақша, ₸", RU: "Имеющиеся деньги, ₸", EN: "Money available, ₸"},
		"catalogue.form.money_hint":       {KK: "Тек уақыт болса, 0 немесе бос қалдырыңыз", RU: "Если есть только время — 0 или пусто", EN: "Only time? Leave 0 or empty"},
		"catalogue.form.interests":        {KK: "Қызығушылықтар", RU: "Интересы", EN: "Interests"},
		"catalogue.form.interests_hint":   {KK: "x немесе бос орын — таңдау; ешқайсысы — кез келген", RU: "x или пробел — выбрать; ничего — любые", EN: "x or space to choose; none means any"},
		"catalogue.form.team":             {KK: "Командада неше адам", RU: "Сколько человек в команде", EN: "People in the team"},
		"catalogue.form.team_hint":        {KK: "Белгісіз болса, бос қалдырыңыз", RU: "Если неизвестно — пусто", EN: "Leave empty if unknown"},
		"catalogue.form.weeks":            {KK: "Неше апта бар", RU: "Сколько недель есть", EN: "Weeks available"},
		"catalogue.form.weeks_hint":       {KK: "Белгісіз болса, бос қалдырыңыз", RU: "Если неизвестно — пусто", EN: "Leave empty if unknown"},
		"catalogue.form.any_region":       {KK: "(кез келген өңір)", RU: "(любой регион)", EN: "(any region)"},
		"catalogue.form.whole_number":     {KK: "бүтін сан жазыңыз (0–1000)", RU: "введите целое число (0–1000)", EN: "type a whole number (0–1000)"},
		"catalogue.list_title":            {KK: "Ұсыныстар (%d), ең лайықтысы басында", RU: "Предложения (%d), лучшие сначала", EN: "Suggestions (%d), best first"},
		"catalogue.asked":                 {KK: "Ақша: %s · қызығушылық: %s · команда: %s · апта: %s", RU: "Деньги: %s · интересы: %s · команда: %s · недель: %s", EN: "Money: %s · interests: %s · team: %s · weeks: %s"},
		"catalogue.any":                   {KK: "кез келген", RU: "любые", EN: "any"},
		"catalogue.facts":                 {KK: "%s · команда %d–%d · апта: %d · %s", RU: "%s · команда %d–%d · недель: %d · %s", EN: "%s · team %d–%d · weeks: %d · %s"},
		"catalogue.own_mark":              {KK: "(кеңсенікі)", RU: "(офиса)", EN: "(office's)"},
		"catalogue.goal":                  {KK: "Мақсаты", RU: "Цель", EN: "Goal"},
		"catalogue.indicators":            {KK: "Көрсеткіштер", RU: "Индикаторы", EN: "Indicators"},
		"catalogue.budget_lines":          {KK: "Ұсынылған бюджет: %s", RU: "Предлагаемый бюджет: %s", EN: "Suggested budget: %s"},
		"catalogue.entry_keys":            {KK: "u немесе enter — жоба идеясын жасау · esc — тізімге", RU: "u или enter — создать черновик идеи · esc — к списку", EN: "u or enter — make a draft idea · esc — back to the list"},
		"catalogue.draft_for":             {KK: "«%s» идеясы кімге?", RU: "Для кого идея «%s»?", EN: "Who is “%s” for?"},
		"catalogue.applicant.search":      {KK: "Өтініш беруші: аты немесе телефоны", RU: "Заявитель: имя или телефон", EN: "Applicant: name or phone"},
		"catalogue.applicant.search_hint": {KK: "Тіркелген адамды іздеу; бос қалдыруға болады", RU: "Поиск зарегистрированного человека; можно оставить пустым", EN: "Search for a registered person; may stay empty"},
		"catalogue.applicant.pick":        {KK: "Таңдаңыз", RU: "Выберите", EN: "Choose"},
		"catalogue.applicant.name":        {KK: "«%s» — тіркемей, тек аты", RU: "«%s» — только имя, без регистрации", EN: "“%s” — name only, not registered"},
		"catalogue.applicant.none":        {KK: "Әзірге өтініш берушісіз", RU: "Пока без заявителя", EN: "No applicant yet"},
		"catalogue.saving":                {KK: "Сақталуда…", RU: "Сохранение…", EN: "Saving…"},
		"catalogue.not_saved":             {KK: "Жоба идеясы сақталмады.", RU: "Черновик не сохранён.", EN: "The draft was not saved."},
		"catalogue.need_region":           {KK: "Өңір таңдалмаған: e пернесімен жауаптарды өзгертіп, өңірді таңдаңыз.", RU: "Не выбран регион: нажмите e, измените ответы и выберите регион.", EN: "No region chosen: press e, change the answers and pick a region."},
		"catalogue.draft_made":            {KK: "Каталогтан жоба идеясы жасалды: логикалық шеңбер мен бюджет толтырылды.", RU: "Черновик идеи из каталога создан: логическая рамка и бюджет заполнены.", EN: "Draft idea made from the catalogue: logframe and budget filled in."},
		"catalogue.discard_q":             {KK: "Енгізілген мәтінді тастау керек пе?", RU: "Отменить введённый текст?", EN: "Discard what you typed?"},

		// the office's own entry
		"catalogue.lang.kk":         {KK: "қазақша", RU: "на казахском", EN: "Kazakh"},
		"catalogue.lang.ru":         {KK: "орысша", RU: "на русском", EN: "Russian"},
		"catalogue.lang.en":         {KK: "ағылшынша", RU: "на английском", EN: "English"},
		"catalogue.own.title":       {KK: "Кеңсенің өз идеясы", RU: "Своя идея офиса", EN: "The office's own idea"},
		"catalogue.own.page_text":   {KK: "Атауы мен сипаттамасы", RU: "Название и описание", EN: "Title and description"},
		"catalogue.own.page_size":   {KK: "Бағыты, командасы, мерзімі, бюджеті", RU: "Направление, команда, срок, бюджет", EN: "Direction, team, duration, budget"},
		"catalogue.own.page_other":  {KK: "Басқа екі тілде", RU: "На двух других языках", EN: "In the other two languages"},
		"catalogue.own.copy":        {KK: "Басқа тілдерге бастама ретінде көшіру керек пе?", RU: "Скопировать в другие языки как заготовку?", EN: "Copy into the other languages as a starting point?"},
		"catalogue.own.copy_hint":   {KK: "Көшірме аударылмаған деп белгіленеді; оны аударыңыз", RU: "Копия будет помечена как непереведённая; переведите её", EN: "The copy is marked as untranslated; translate it"},
		"catalogue.own.mark":        {KK: "[аударылмаған]", RU: "[не переведено]", EN: "[not translated]"},
		"catalogue.own.other_hint":  {KK: "Каталог үш тілде: атауы мен сипаттамасын жазыңыз", RU: "Каталог трёхъязычный: напишите название и описание", EN: "The catalogue is in three languages: write the title and description"},
		"catalogue.own.copied_hint": {KK: "%s белгісі бар мәтін — көшірме: аударып, белгіні алып тастаңыз", RU: "Текст с пометкой %s — копия: переведите и уберите пометку", EN: "Text marked %s is a copy: translate it and remove the mark"},
		"catalogue.own.saved":       {KK: "Кеңсенің идеясы каталогқа қосылды.", RU: "Идея офиса добавлена в каталог.", EN: "The office's idea is in the catalogue."},
	})
}
