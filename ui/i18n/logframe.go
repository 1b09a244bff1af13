package i18n

import "frontoffice/model"

// Sentences of the logframe and budget editors on an idea's card
// (ui/ideas/logframe.go, budget.go).
func init() {
	add(map[string]model.Label{
		// keys
		"lf.key.open":      {KK: "логикалық шеңбер", RU: "логическая рамка", EN: "logframe"},
		"budget.key.open":  {KK: "бюджет", RU: "бюджет", EN: "budget"},
		"lf.key.up":        {KK: "жоғары", RU: "вверх", EN: "up"},
		"lf.key.down":      {KK: "төмен", RU: "вниз", EN: "down"},
		"lf.key.add":       {KK: "қосу", RU: "добавить", EN: "add"},
		"lf.key.remove":    {KK: "өшіру", RU: "удалить", EN: "remove"},
		"lf.key.move_up":   {KK: "жоғары жылжыту", RU: "переместить выше", EN: "move up"},
		"lf.key.move_down": {KK: "төмен жылжыту", RU: "переместить ниже", EN: "move down"},
		"lf.key.save":      {KK: "сақтау", RU: "сохранить", EN: "save"},
		"lf.key.close":     {KK: "жабу", RU: "закрыть", EN: "close"},

		// the editors
		"lf.title":            {KK: "Логикалық шеңбер · %s", RU: "Логическая рамка · %s", EN: "Logframe · %s"},
		"budget.title":        {KK: "Бюджет · %s", RU: "Бюджет · %s", EN: "Budget · %s"},
		"lf.single_exists":    {KK: "Бұл жол біреу ғана және ол толтырылған: өзгерту үшін e басыңыз.", RU: "Такая строка одна, и она уже заполнена: чтобы изменить её, нажмите e.", EN: "There is only one of these, and it is filled in: press e to change it."},
		"lf.saved":            {KK: "Логикалық шеңбер сақталды.", RU: "Логическая рамка сохранена.", EN: "Logframe saved."},
		"budget.saved":        {KK: "Бюджет сақталды.", RU: "Бюджет сохранён.", EN: "Budget saved."},
		"lf.discard_q":        {KK: "Енгізген өзгерістерді тастау керек пе?", RU: "Отменить внесённые изменения?", EN: "Discard the changes you made?"},
		"lf.discard_item_q":   {KK: "Бұл жолға енгізгеніңізді тастау керек пе?", RU: "Отменить то, что введено в этой строке?", EN: "Discard what you typed for this item?"},
		"lf.example":          {KK: "Мысал: %s", RU: "Пример: %s", EN: "Example: %s"},
		"lf.obj_short":        {KK: "%d-міндет", RU: "задача %d", EN: "objective %d"},
		"lf.measures":         {KK: "бастапқы %s, мақсат %s, нақты %s %s", RU: "база %s, цель %s, факт %s %s", EN: "baseline %s, target %s, actual %s %s"},
		"lf.objective_none":   {KK: "(жалпы мақсатқа)", RU: "(к цели проекта)", EN: "(the goal as a whole)"},
		"lf.nobody":           {KK: "(әлі белгіленбеген)", RU: "(пока не назначен)", EN: "(not yet chosen)"},
		"lf.no_team":          {KK: "Команда әлі жоқ: оны идеяны өзгерту (e) арқылы қосыңыз.", RU: "Команды пока нет: добавьте её при изменении идеи (e).", EN: "No team yet: add it when editing the idea (e)."},
		"lf.end_before_start": {KK: "Аяқталу күні басталу күнінен ерте болмауы керек.", RU: "Дата окончания не может быть раньше даты начала.", EN: "The end date cannot be before the start date."},
		"lf.group_twice":      {KK: "«%s» тобы бұрыннан бар: сол жолды өзгертіңіз.", RU: "Группа «%s» уже есть: измените ту строку.", EN: "The group %s is already there: change that line instead."},

		// sections
		"lf.sec.goal":       {KK: "Мақсат", RU: "Цель", EN: "Goal"},
		"lf.sec.objectives": {KK: "Міндеттер (SMART)", RU: "Задачи (SMART)", EN: "Objectives (SMART)"},
		"lf.sec.activities": {KK: "Іс-шаралар", RU: "Мероприятия", EN: "Activities"},
		"lf.sec.results":    {KK: "Күтілетін нәтижелер", RU: "Ожидаемые результаты", EN: "Expected results"},
		"lf.sec.indicators": {KK: "Көрсеткіштер", RU: "Индикаторы", EN: "Indicators"},
		"lf.sec.risks":      {KK: "Тәуекелдер мен болжамдар", RU: "Риски и допущения", EN: "Risks and assumptions"},
		"lf.sec.groups":     {KK: "Мақсатты топтар", RU: "Целевые группы", EN: "Target groups"},
		"lf.sec.funding":    {KK: "Грант және қаражат", RU: "Грант и средства", EN: "Grant and funds"},
		"lf.sec.lines":      {KK: "Бюджет жолдары", RU: "Строки бюджета", EN: "Budget lines"},

		// fields
		"lf.field.objective":    {KK: "Міндет", RU: "Задача", EN: "Objective"},
		"lf.field.activity":     {KK: "Іс-шара", RU: "Мероприятие", EN: "Activity"},
		"lf.field.start":        {KK: "Басталуы", RU: "Начало", EN: "Start"},
		"lf.field.end":          {KK: "Аяқталуы", RU: "Окончание", EN: "End"},
		"lf.field.responsible":  {KK: "Жауапты", RU: "Ответственный", EN: "Responsible"},
		"lf.field.result":       {KK: "Күтілетін нәтиже", RU: "Ожидаемый результат", EN: "Expected result"},
		"lf.field.risk":         {KK: "Тәуекел немесе болжам", RU: "Риск или допущение", EN: "Risk or assumption"},
		"lf.field.indicator":    {KK: "Көрсеткіш", RU: "Индикатор", EN: "Indicator"},
		"lf.field.unit":         {KK: "Өлшем бірлігі", RU: "Единица измерения", EN: "Unit"},
		"lf.field.baseline":     {KK: "Бастапқы мән", RU: "Базовое значение", EN: "Baseline"},
		"lf.field.target":       {KK: "Мақсатты мән", RU: "Целевое значение", EN: "Target"},
		"lf.field.actual":       {KK: "Нақты мән", RU: "Фактическое значение", EN: "Actual"},
		"lf.field.verification": {KK: "Тексеру құралы", RU: "Источник проверки", EN: "Means of verification"},
		"lf.field.planned":      {KK: "Жоспар бойынша адам саны", RU: "Сколько человек по плану", EN: "Planned number"},
		"lf.field.reached":      {KK: "Қамтылғаны", RU: "Сколько охвачено", EN: "Reached so far"},

		// guidance
		"lf.smart": {
			KK: "SMART: S — нақты (не өзгереді, кім үшін?); M — өлшенетін (қанша?); A — қолжетімді (бар күшпен орындалады ма?); R — өзекті (мақсатқа жетелей ме?); T — мерзімі белгілі (қашанға дейін?).",
			RU: "SMART: S — конкретная (что изменится и для кого?); M — измеримая (сколько?); A — достижимая (хватит ли сил и средств?); R — значимая (ведёт ли к цели?); T — ограниченная во времени (к какому сроку?).",
			EN: "SMART: S — Specific (what changes, for whom?); M — Measurable (how much?); A — Achievable (can the team do it?); R — Relevant (does it lead to the goal?); T — Time-bound (by when?).",
		},
		"lf.smart_short": {
			KK: "S нақты · M өлшенетін · A қолжетімді · R өзекті · T мерзімі белгілі",
			RU: "S конкретная · M измеримая · A достижимая · R значимая · T ограниченная по сроку",
			EN: "Specific · Measurable · Achievable · Relevant · Time-bound",
		},
		"lf.hint.goal":         {KK: "Жоба шешетін мәселе және ұзақ мерзімді өзгеріс, бір сөйлеммен.", RU: "Какую проблему решает проект и какое долгое изменение даёт, одним предложением.", EN: "The problem the project tackles and the lasting change it aims at, in one sentence."},
		"lf.hint.objectives":   {KK: "Мақсатқа апаратын 2–4 нақты қадам.", RU: "2–4 конкретных шага к цели.", EN: "Two to four concrete steps towards the goal."},
		"lf.hint.activities":   {KK: "Не істейсіз, қашан және кім жауапты.", RU: "Что делаете, когда и кто отвечает.", EN: "What you will do, when, and who is responsible."},
		"lf.hint.results":      {KK: "Жоба соңында нақты не болады.", RU: "Что конкретно будет в конце проекта.", EN: "What will concretely exist at the end of the project."},
		"lf.hint.indicators":   {KK: "Нәтижені қалай өлшейсіз: бірлік, бастапқы және мақсатты мән, қайдан тексеріледі.", RU: "Как измерить результат: единица, база, цель и где это проверить.", EN: "How you measure a result: unit, baseline, target and where to check it."},
		"lf.hint.risks":        {KK: "Жобаға не кедергі келтіруі мүмкін және сіз неге сүйенесіз.", RU: "Что может помешать проекту и на что вы рассчитываете.", EN: "What could get in the way, and what you count on."},
		"lf.hint.groups":       {KK: "Кімге көмектесесіз: балалар, ата-аналар, қарттар…, жоспар мен нақты сан.", RU: "Кому помогаете: дети, родители, пожилые…, план и факт.", EN: "Whom you reach: children, parents, elderly…, planned and reached."},
		"lf.hint.unit":         {KK: "Мысалы: адам, дана, %, кг", RU: "Например: человек, штук, %, кг", EN: "For example: people, pieces, %, kg"},
		"lf.hint.baseline":     {KK: "Жобаға дейінгі мән; белгісіз болса 0", RU: "Значение до проекта; если неизвестно — 0", EN: "The value before the project; 0 if unknown"},
		"lf.hint.actual":       {KK: "Жоба барысында толтырылады", RU: "Заполняется по ходу проекта", EN: "Filled in as the project goes"},
		"lf.hint.verification": {KK: "Мысалы: тіркеу парағы, фото, сауалнама", RU: "Например: лист регистрации, фото, анкета", EN: "For example: sign-in sheet, photos, survey"},

		// examples
		"lf.ex.goal": {
			KK: "Теміртаудағы саябақтарды таза ұстауға жастарды тарту.",
			RU: "Вовлечь молодёжь Темиртау в поддержание чистоты парков.",
			EN: "Get the young people of Temirtau to keep their parks clean.",
		},
		"lf.ex.objective": {
			KK: "2026 жылдың мамыр айының соңына дейін 3 саябақта 60 ерікті қатысатын 3 сенбілік өткізу.",
			RU: "До конца мая 2026 года провести 3 субботника в 3 парках с участием 60 волонтёров.",
			EN: "By the end of May 2026, hold 3 clean-ups in 3 parks with 60 volunteers.",
		},
		"lf.ex.activity": {KK: "Орталық саябақтағы сенбілік, 2026-04-18, жауапты — Дана.", RU: "Субботник в центральном парке, 2026-04-18, отвечает Дана.", EN: "Clean-up in the central park, 2026-04-18, Dana in charge."},
		"lf.ex.result":   {KK: "3 саябақ тазартылды, 1,5 тонна қоқыс жиналды.", RU: "3 парка очищены, собрано 1,5 тонны мусора.", EN: "3 parks cleaned, 1.5 tonnes of litter collected."},
		"lf.ex.indicator": {
			KK: "Сенбілікке қатысқан еріктілер саны (адам, 0 → 60, тіркеу парағы)",
			RU: "Число волонтёров на субботниках (человек, 0 → 60, лист регистрации)",
			EN: "Volunteers at the clean-ups (people, 0 → 60, sign-in sheet)",
		},
		"lf.ex.risk":   {KK: "Жаңбыр: сенбілік келесі сенбіге ауыстырылады.", RU: "Дождь: субботник переносится на следующую субботу.", EN: "Rain: the clean-up moves to the next Saturday."},
		"lf.ex.groups": {KK: "Балалар — 120, ата-аналар — 40.", RU: "Дети — 120, родители — 40.", EN: "Children 120, parents 40."},
		"lf.ex.line":   {KK: "Қоқыс қаптары (100 дана × 250 ₸)", RU: "Мешки для мусора (100 шт × 250 ₸)", EN: "Rubbish bags (100 × 250 ₸)"},

		// budget
		"budget.field.item":      {KK: "Шығын бабы", RU: "Статья расходов", EN: "Item"},
		"budget.field.category":  {KK: "Санаты", RU: "Категория", EN: "Category"},
		"budget.field.quantity":  {KK: "Саны", RU: "Количество", EN: "Quantity"},
		"budget.field.unit_cost": {KK: "Бірлік бағасы, ₸", RU: "Цена за единицу, ₸", EN: "Unit cost, ₸"},
		"budget.field.source":    {KK: "Кім төлейді", RU: "Источник", EN: "Paid by"},
		"budget.qty_zero":        {KK: "Саны кемінде 1 болуы керек.", RU: "Количество должно быть не меньше 1.", EN: "Quantity must be at least 1."},
		"budget.line_too_large":  {KK: "Саны × бағасы тым үлкен: сандарды тексеріңіз.", RU: "Количество × цена слишком велики: проверьте числа.", EN: "Quantity × unit cost is far too large: check the numbers."},
		"budget.no_programme":    {KK: "Таңдалмаған: %s қолданылады", RU: "Не выбрана: действует %s", EN: "None chosen: %s applies"},
		"budget.up_to":           {KK: "%s дейін", RU: "до %s", EN: "up to %s"},
		"budget.cofunding_pct":   {KK: "қоса қаржыландыру гранттың кемінде %d%%", RU: "софинансирование не меньше %d%% гранта", EN: "co-funding at least %d%% of the grant"},
		"budget.hint.requested":  {KK: "Грант ретінде сұралатын сома, мысалы 500 000", RU: "Сколько просите у гранта, например 500 000", EN: "What you ask the grant for, e.g. 500 000"},
		"budget.hint.unit_cost":  {KK: "Бір данасының бағасы, теңгемен, мысалы 1 250", RU: "Цена одной единицы, в тенге, например 1 250", EN: "The price of one unit, in tenge, for example 1 250"},
		"budget.hint.funds":      {KK: "Өтініш берушінің өз қаражаты (қоса қаржыландыру)", RU: "Собственные средства заявителя (софинансирование)", EN: "The applicant's own money (co-funding)"},
		"budget.funding_row":     {KK: "сұралады %s · қолда бар %s", RU: "запрошено %s · имеется %s", EN: "requested %s · available %s"},
		"lf.more_above":          {KK: "↑ жоғарыда тағы бар (k)", RU: "↑ выше есть ещё (k)", EN: "↑ more above (k)"},
		"lf.more_below":          {KK: "↓ төменде тағы бар (j)", RU: "↓ ниже есть ещё (j)", EN: "↓ more below (j)"},
		"budget.totals":          {KK: "Грант %s · қоса қаржыландыру %s · барлығы %s", RU: "Грант %s · софинансирование %s · всего %s", EN: "Grant %s · co-funding %s · total %s"},
		"budget.empty":           {KK: "Бюджет жолдары әлі жоқ: a — қосу.", RU: "Строк бюджета пока нет: a — добавить.", EN: "No budget lines yet: a adds one."},
		"budget.by_category":     {KK: "Санаттар бойынша", RU: "По категориям", EN: "By category"},
		"budget.category_row":    {KK: "%s: %s (грант %s, қоса қаржыландыру %s)", RU: "%s: %s (грант %s, софинансирование %s)", EN: "%s: %s (grant %s, co-funding %s)"},

		// warnings
		"budget.warn.over_limit": {
			KK: "бюджет %s — бағдарлама шегінен (%s) асып тұр",
			RU: "бюджет %s превышает лимит программы %s",
			EN: "budget %s is over the %s limit",
		},
		"budget.warn.cofunding_short": {
			KK: "қоса қаржыландыру %s — бағдарлама талап ететін %s-ден аз (гранттың %d%%)",
			RU: "софинансирование %s меньше требуемых программой %s (%d%% гранта)",
			EN: "co-funding %s is below the %s the programme requires (%d%% of the grant)",
		},
		"budget.warn.cofunding_over_funds": {
			KK: "қоса қаржыландыру жолдары %s, ал қолда бар қаражат %s",
			RU: "строки софинансирования на %s, а имеющихся средств %s",
			EN: "co-funding lines need %s, but only %s is available",
		},
		"budget.warn.grant_mismatch": {
			KK: "грант жолдарының сомасы %s, ал сұралған грант %s",
			RU: "строки гранта дают %s, а запрошено %s",
			EN: "the grant lines add up to %s, but the requested grant is %s",
		},
	})
}
