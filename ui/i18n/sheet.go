package i18n

import "frontoffice/model"

// Words of the workbooks (ui/cli/sheet.go, docs/sheets.md): the sheets'
// names, the columns' labels in a header (import-sheet reads them in every
// language, sheet.col.*), what each column holds (the template's notes,
// sheet.note.*), and the sentences of export-sheet and import-sheet.
func init() {
	add(map[string]model.Label{
		// sheet names
		"sheet.name.people":        {KK: "Адамдар", RU: "Люди", EN: "People"},
		"sheet.name.ideas":         {KK: "Идеялар", RU: "Идеи", EN: "Ideas"},
		"sheet.name.hours":         {KK: "Сағаттар", RU: "Часы", EN: "Hours"},
		"sheet.name.consultations": {KK: "Кеңестер", RU: "Консультации", EN: "Consultations"},
		"sheet.name.notes":         {KK: "Түсіндірме", RU: "Пояснения", EN: "Notes"},
		"sheet.name.lists":         {KK: "Тізімдер", RU: "Списки", EN: "Lists"},
		"sheet.name.report":        {KK: "Есеп", RU: "Отчёт", EN: "Report"},
		"sheet.name.credits":       {KK: "Кредиттер", RU: "Кредиты", EN: "Credits"},

		// column labels (a header's cells)
		"sheet.col.id":              {KK: "ID", RU: "ID", EN: "ID"},
		"sheet.col.title":           {KK: "Атауы", RU: "Название", EN: "Title"},
		"sheet.col.summary":         {KK: "Қысқаша сипаттама", RU: "Краткое описание", EN: "Summary"},
		"sheet.col.direction":       {KK: "Бағыт", RU: "Направление", EN: "Direction"},
		"sheet.col.region":          {KK: "Өңір", RU: "Регион", EN: "Region"},
		"sheet.col.status":          {KK: "Күйі", RU: "Статус", EN: "Status"},
		"sheet.col.sdgs":            {KK: "ТДМ", RU: "ЦУР", EN: "SDGs"},
		"sheet.col.applicant_phone": {KK: "Өтініш берушінің телефоны", RU: "Телефон заявителя", EN: "Applicant's phone"},
		"sheet.col.applicant_name":  {KK: "Өтініш берушінің аты-жөні", RU: "ФИО заявителя", EN: "Applicant's name"},
		"sheet.col.organization":    {KK: "Ұйым", RU: "Организация", EN: "Organization"},
		"sheet.col.budget_kzt":      {KK: "Бюджет, ₸", RU: "Бюджет, ₸", EN: "Budget, ₸"},
		"sheet.col.created_at":      {KK: "Құрылған", RU: "Создано", EN: "Created"},
		"sheet.col.updated_at":      {KK: "Өзгертілген", RU: "Изменено", EN: "Updated"},
		"sheet.col.full_name":       {KK: "Аты-жөні", RU: "ФИО", EN: "Full name"},
		"sheet.col.phone":           {KK: "Телефон", RU: "Телефон", EN: "Phone"},
		"sheet.col.iin":             {KK: "ЖСН", RU: "ИИН", EN: "IIN"},
		"sheet.col.birth_year":      {KK: "Туған жылы", RU: "Год рождения", EN: "Birth year"},
		"sheet.col.consent":         {KK: "Келісім", RU: "Согласие", EN: "Consent"},
		"sheet.col.consent_at":      {KK: "Келісім күні", RU: "Дата согласия", EN: "Consent date"},
		"sheet.col.person_phone":    {KK: "Еріктінің телефоны", RU: "Телефон волонтёра", EN: "Volunteer's phone"},
		"sheet.col.date":            {KK: "Күні", RU: "Дата", EN: "Date"},
		"sheet.col.hours":           {KK: "Сағат", RU: "Часы", EN: "Hours"},
		"sheet.col.activity":        {KK: "Не істеді", RU: "Деятельность", EN: "Activity"},
		"sheet.col.idea_id":         {KK: "Идея ID", RU: "ID идеи", EN: "Idea ID"},
		"sheet.col.verified_by":     {KK: "Растаған", RU: "Кем подтверждено", EN: "Verified by"},
		"sheet.col.consultant":      {KK: "Кеңесші", RU: "Консультант", EN: "Consultant"},
		"sheet.col.services":        {KK: "Қызметтер", RU: "Услуги", EN: "Services"},
		"sheet.col.duration_min":    {KK: "Ұзақтығы, мин", RU: "Длительность, мин", EN: "Duration, min"},
		"sheet.col.notes":           {KK: "Ескертпелер", RU: "Заметки", EN: "Notes"},
		"sheet.col.next_steps":      {KK: "Келесі қадамдар", RU: "Следующие шаги", EN: "Next steps"},
		"sheet.col.follow_up":       {KK: "Қайта байланысу", RU: "Повторный контакт", EN: "Follow-up"},

		// what a column holds: the template's notes sheet
		"sheet.note.id":              {KK: "Бос қалдырыңыз: жаңа жазбаның ID-ін бағдарлама өзі береді.", RU: "Оставьте пустым: программа сама даст новой записи ID.", EN: "Leave empty: the program gives a new record its ID."},
		"sheet.note.title":           {KK: "Идеяның қысқа атауы. Міндетті.", RU: "Короткое название идеи. Обязательно.", EN: "The idea's short title. Required."},
		"sheet.note.summary":         {KK: "Идея не туралы, бірнеше сөйлеммен.", RU: "О чём идея, в нескольких предложениях.", EN: "What the idea is about, in a few sentences."},
		"sheet.note.direction":       {KK: "Тізімнен таңдаңыз (Тізімдер парағы).", RU: "Выберите из списка (лист «Списки»).", EN: "Choose from the list (the Lists sheet)."},
		"sheet.note.region":          {KK: "Тізімнен таңдаңыз (Тізімдер парағы).", RU: "Выберите из списка (лист «Списки»).", EN: "Choose from the list (the Lists sheet)."},
		"sheet.note.status":          {KK: "Тізімнен таңдаңыз; бос болса — жоба (идея) немесе күтуде (сағат).", RU: "Выберите из списка; пусто — черновик (идея) или ожидает (часы).", EN: "Choose from the list; empty means draft (an idea) or pending (hours)."},
		"sheet.note.sdgs":            {KK: "Тұрақты даму мақсаттарының нөмірлері 1–17, нүктелі үтірмен: 3;15.", RU: "Номера целей устойчивого развития 1–17 через точку с запятой: 3;15.", EN: "Sustainable Development Goal numbers 1–17, separated by semicolons: 3;15."},
		"sheet.note.applicant_phone": {KK: "Өтініш берушінің телефоны; ол Адамдар парағында немесе бағдарламада тіркелген болуы керек. Бос қалдыруға болады.", RU: "Телефон заявителя; он должен быть уже зарегистрирован (лист «Люди» или программа). Можно оставить пустым.", EN: "The applicant's phone; they must be registered already (the People sheet, or in the program). May be empty."},
		"sheet.note.applicant_name":  {KK: "Тіркелмеген өтініш берушінің аты-жөні.", RU: "ФИО заявителя, который не зарегистрирован.", EN: "The name of an applicant who is not registered."},
		"sheet.note.organization":    {KK: "Ұйым, мектеп немесе университет.", RU: "Организация, школа или вуз.", EN: "Organization, school or university."},
		"sheet.note.budget_kzt":      {KK: "Бүтін теңгемен сан: 250000.", RU: "Число в целых тенге: 250000.", EN: "A number in whole tenge: 250000."},
		"sheet.note.created_at":      {KK: "Бос қалдырыңыз: бағдарлама өзі қояды.", RU: "Оставьте пустым: программа поставит сама.", EN: "Leave empty: the program fills it in."},
		"sheet.note.updated_at":      {KK: "Бос қалдырыңыз: бағдарлама өзі қояды.", RU: "Оставьте пустым: программа поставит сама.", EN: "Leave empty: the program fills it in."},
		"sheet.note.full_name":       {KK: "Тегі, аты, әкесінің аты. Міндетті.", RU: "Фамилия, имя, отчество. Обязательно.", EN: "Surname, given name, patronymic. Required."},
		"sheet.note.phone":           {KK: "Ұялы телефон: +7 701 555 12 34, 87015551234 немесе 7015551234. Міндетті.", RU: "Мобильный телефон: +7 701 555 12 34, 87015551234 или 7015551234. Обязательно.", EN: "Mobile phone: +7 701 555 12 34, 87015551234 or 7015551234. Required."},
		"sheet.note.iin":             {KK: "12 цифрлы ЖСН; ұяшық мәтін ретінде пішімделген, алдыңғы нөлдер сақталады.", RU: "ИИН из 12 цифр; ячейка в текстовом формате, ведущие нули сохраняются.", EN: "The 12-digit IIN; the cell is formatted as text, so leading zeros stay."},
		"sheet.note.birth_year":      {KK: "Туған жылы, төрт цифр: 2004.", RU: "Год рождения, четыре цифры: 2004.", EN: "Year of birth, four digits: 2004."},
		"sheet.note.consent":         {KK: "Дербес деректерді сақтауға жазбаша келісім: иә. Келісімсіз жол қабылданбайды; 18-ге толмағандар үшін — ата-анасының келісімі.", RU: "Письменное согласие на хранение персональных данных: да. Строка без согласия не принимается; для несовершеннолетних — согласие родителя.", EN: "Written consent to store personal data: yes. A row without consent is refused; for a minor, the guardian's consent."},
		"sheet.note.consent_at":      {KK: "Келісім берілген күн: 02.03.2026.", RU: "Дата согласия: 02.03.2026.", EN: "The day consent was given: 02.03.2026."},
		"sheet.note.person_phone":    {KK: "Еріктінің телефоны; ол бағдарламада тіркелген болуы керек (алдымен адамдарды импорттаңыз).", RU: "Телефон волонтёра; он должен быть зарегистрирован в программе (сначала импортируйте людей).", EN: "The volunteer's phone; they must be registered in the program (import people first)."},
		"sheet.note.date":            {KK: "Жұмыс күні: 02.03.2026; болашақ күн емес.", RU: "День работы: 02.03.2026; не в будущем.", EN: "The day of the work: 02.03.2026; not in the future."},
		"sheet.note.hours":           {KK: "Сағат саны: 2 немесе 2,5; бір күнде барлығы 24-тен аспайды.", RU: "Количество часов: 2 или 2,5; за день всего не больше 24.", EN: "Number of hours: 2 or 2.5; at most 24 in a day altogether."},
		"sheet.note.activity":        {KK: "Не істеді.", RU: "Что делал(а).", EN: "What they did."},
		"sheet.note.idea_id":         {KK: "Жұмыс қай идеяға арналды (бағдарламадағы идеяның ID-і). Бос қалдыруға болады.", RU: "Для какой идеи работа (ID идеи в программе). Можно оставить пустым.", EN: "The idea the work was for (the idea's ID in the program). May be empty."},
		"sheet.note.verified_by":     {KK: "Сағаттарды растаған адам, растау болса.", RU: "Кто подтвердил часы, если подтверждены.", EN: "Who verified the hours, when they are verified."},
		"sheet.notes_title":          {KK: "Бағандар түсіндірмесі", RU: "Пояснения к столбцам", EN: "What the columns hold"},
		"sheet.notes_intro":          {KK: "Толтырылған файлды бағдарламаға мына командамен енгізіңіз: frontoffice import-sheet --kind %s ФАЙЛ.xlsx (алдымен --dry-run арқылы тексеріңіз).", RU: "Заполненный файл загрузите в программу командой: frontoffice import-sheet --kind %s ФАЙЛ.xlsx (сначала проверьте с --dry-run).", EN: "Bring the filled-in file into the program with: frontoffice import-sheet --kind %s FILE.xlsx (check it first with --dry-run)."},
		"sheet.notes_column":         {KK: "Баған", RU: "Столбец", EN: "Column"},
		"sheet.notes_name":           {KK: "Бағдарламадағы аты", RU: "Имя в программе", EN: "Name in the program"},
		"sheet.notes_what":           {KK: "Не жазу керек", RU: "Что писать", EN: "What to write"},
		"sheet.yes":                  {KK: "иә", RU: "да", EN: "yes"},
		"sheet.no":                   {KK: "жоқ", RU: "нет", EN: "no"},
		"sheet.pick_error":           {KK: "Тізімнен мән таңдаңыз.", RU: "Выберите значение из списка.", EN: "Choose a value from the list."},

		// export-sheet and import-sheet
		"sheet.need_out": {
			KK: "Қай файлға жазу керегін көрсетіңіз: --out ФАЙЛ.xlsx.",
			RU: "Укажите, в какой файл записать: --out ФАЙЛ.xlsx.",
			EN: "Say which file to write: --out FILE.xlsx.",
		},
		"sheet.need_xlsx": {
			KK: "%s: жұмыс кітабының аты .xlsx-пен аяқталуы керек (Excel басқасын ашпайды).",
			RU: "%s: имя книги должно оканчиваться на .xlsx (иначе Excel её не откроет).",
			EN: "%s: a workbook's name must end in .xlsx (Excel opens nothing else).",
		},
		"sheet.need_template_kind": {
			KK: "Үлгі қандай болатынын көрсетіңіз: --template --kind people, ideas немесе hours.",
			RU: "Укажите, для чего шаблон: --template --kind people, ideas или hours.",
			EN: "Say what the template is for: --template --kind people, ideas or hours.",
		},
		"sheet.kind_without_template": {
			KK: "--kind тек --template-пен бірге: export-sheet бүкіл кітапты жазады.",
			RU: "--kind только вместе с --template: export-sheet пишет всю книгу.",
			EN: "--kind goes with --template only: export-sheet writes the whole workbook.",
		},
		"sheet.exported": {
			KK: "%s жазылды: %d адам, %d идея, %d кеңес, %d сағат жазбасы.",
			RU: "Записано в %s: людей %d, идей %d, консультаций %d, записей часов %d.",
			EN: "Written to %s: %d people, %d ideas, %d consultations, %d hours entries.",
		},
		"sheet.template_written": {
			KK: "Үлгі жазылды: %s. Оны толтырып, frontoffice import-sheet --kind %s арқылы енгізіңіз.",
			RU: "Шаблон записан: %s. Заполните его и загрузите: frontoffice import-sheet --kind %s.",
			EN: "Template written: %s. Fill it in and bring it in with: frontoffice import-sheet --kind %s.",
		},
		"sheet.cannot_write": {
			KK: "%s жазу мүмкін болмады: %v",
			RU: "Не удалось записать %s: %v",
			EN: "Cannot write %s: %v",
		},
		"sheet.not_workbook": {
			KK: "%s: Excel жұмыс кітабы (.xlsx) ретінде ашылмады (файл бүлінген немесе басқа түрде): %v",
			RU: "%s: не открывается как книга Excel (.xlsx) (файл повреждён или другого типа): %v",
			EN: "%s: cannot be opened as an Excel workbook (.xlsx) (damaged, or another kind of file): %v",
		},
		"sheet.old_xls": {
			KK: "%s — ескі Excel 97–2003 кітабы (.xls); Excel-де «Басқаша сақтау» → «Excel жұмыс кітабы (*.xlsx)» таңдаңыз.",
			RU: "%s — старая книга Excel 97–2003 (.xls); в Excel выберите «Сохранить как» → «Книга Excel (*.xlsx)».",
			EN: "%s is an old Excel 97–2003 workbook (.xls); in Excel choose Save As → Excel Workbook (*.xlsx).",
		},
		"sheet.no_sheet": {
			KK: "%s: %s үшін парақ табылмады. Парақты «%s» деп атаңыз немесе кітапта бір ғана парақ қалдырыңыз. Кітаптағы парақтар: %s.",
			RU: "%s: не найден лист для %s. Назовите лист «%s» или оставьте в книге один лист. Листы в книге: %s.",
			EN: "%s: no sheet for %s. Name the sheet «%s» or leave one sheet in the workbook. Its sheets: %s.",
		},
		"sheet.in_sheet": {
			KK: "%s, «%s» парағы",
			RU: "%s, лист «%s»",
			EN: "%s, sheet «%s»",
		},
		"sheet.need_out_format": {
			KK: "--format xlsx файлға жазылады: --out ФАЙЛ.xlsx қосыңыз (экранға екілік файл шығарылмайды).",
			RU: "--format xlsx пишется в файл: добавьте --out ФАЙЛ.xlsx (двоичный файл на экран не выводится).",
			EN: "--format xlsx is written to a file: add --out FILE.xlsx (a binary file is not printed to the terminal).",
		},
		"sheet.out_needs_xlsx": {
			KK: "--out тек --format xlsx-пен бірге.",
			RU: "--out только вместе с --format xlsx.",
			EN: "--out goes with --format xlsx only.",
		},
		"sheet.written": {
			KK: "%s жазылды.",
			RU: "Записано: %s.",
			EN: "Written: %s.",
		},
	})
}
