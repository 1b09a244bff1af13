package i18n

import "frontoffice/model"

// Sentences of grant applications: the readiness problems
// (model/application), the printed application (ui/appdoc) and the
// application command (ui/cli/application.go).
func init() {
	add(map[string]model.Label{
		"ideas.col.ready": {KK: "Дайын", RU: "Готово", EN: "Ready"},
		// readiness problems
		"app.problem.over_limit":             {KK: "бюджет %s — бағдарламаның %s шегінен асады", RU: "бюджет %s превышает лимит программы %s", EN: "budget %s is over the %s limit"},
		"app.problem.cofunding_short":        {KK: "қоса қаржыландыру %s, ал грант сомасының %[3]d %%-ы — %[2]s керек", RU: "софинансирование %s, а нужно %[3]d %% гранта — %[2]s", EN: "co-funding is %s; the programme asks for %[3]d %% of the grant, %[2]s"},
		"app.problem.cofunding_over":         {KK: "қоса қаржыландыру %s, ал қолдағы қаражат %s ғана", RU: "софинансирование %s, а собственных средств только %s", EN: "co-funding is %s, but only %s is available"},
		"app.problem.grant_mismatch":         {KK: "грант жолдарының сомасы %s, ал сұралатын сома %s", RU: "строки гранта дают %s, а запрошено %s", EN: "the grant lines add up to %s, but %s is requested"},
		"app.problem.objective_no_indicator": {KK: "%d-міндеттің көрсеткіші жоқ", RU: "у задачи %d нет индикатора", EN: "objective %d has no indicator"},
		"app.problem.team_small":             {KK: "командада %d адам, бағдарлама %d адам сұрайды", RU: "в команде %d чел., программа требует %d", EN: "team has %d members, the programme asks for %d"},
		"app.problem.age_out_of_range":       {KK: "%s %d жаста, бағдарлама %d–%d жас сұрайды", RU: "%s — %d лет, программа требует %d–%d лет", EN: "%s is %d, the programme asks for ages %d–%d"},
		"app.problem.no_dates":               {KK: "жобаның басталу және аяқталу күндері жоқ", RU: "нет дат начала и окончания проекта", EN: "the project has no start and end dates"},
		"app.problem.too_long":               {KK: "жоба %d ай, бағдарлама ең көбі %d ай сұрайды", RU: "проект длится %d мес., программа допускает не больше %d", EN: "the project takes %d months, the programme allows at most %d"},
		"app.problem.too_short":              {KK: "жоба %d ай, бағдарлама кемінде %d ай сұрайды", RU: "проект длится %d мес., программа требует не меньше %d", EN: "the project takes %d months, the programme asks for at least %d"},
		"app.problem.empty_summary":          {KK: "жоба сипаттамасы (мәселе) бос", RU: "описание проекта (проблема) не заполнено", EN: "the summary (the problem) is empty"},
		"app.problem.empty_goal":             {KK: "мақсат жазылмаған", RU: "цель не указана", EN: "the goal is empty"},
		"app.problem.no_objectives":          {KK: "міндеттер жоқ", RU: "нет задач", EN: "there are no objectives"},
		"app.problem.no_activities":          {KK: "іс-шаралар жоқ", RU: "нет мероприятий", EN: "there are no activities"},
		"app.problem.no_results":             {KK: "күтілетін нәтижелер жоқ", RU: "нет ожидаемых результатов", EN: "there are no expected results"},
		"app.problem.no_indicators":          {KK: "көрсеткіштер жоқ", RU: "нет индикаторов", EN: "there are no indicators"},
		"app.problem.no_budget":              {KK: "бюджетте жол жоқ", RU: "в бюджете нет строк", EN: "the budget has no lines"},
		"app.problem.no_team":                {KK: "команда жоқ", RU: "нет команды", EN: "there is no team"},
		"app.problem.no_target_groups":       {KK: "мақсатты топтар жоқ", RU: "нет целевых групп", EN: "there are no target groups"},
		"app.problem.no_risks":               {KK: "тәуекелдер жоқ", RU: "нет рисков", EN: "there are no risks"},
		"app.problem.empty_section":          {KK: "«%s» бөлімі бос", RU: "раздел «%s» не заполнен", EN: "the section “%s” is empty"},
		"app.where":                          {KK: "(түзету: %s)", RU: "(исправить: %s)", EN: "(fix in: %s)"},

		// the printed application
		"app.programme":        {KK: "Бағдарлама", RU: "Программа", EN: "Programme"},
		"app.office":           {KK: "Кеңсе", RU: "Офис", EN: "Office"},
		"app.date":             {KK: "Күні", RU: "Дата", EN: "Date"},
		"app.applicant":        {KK: "Өтініш беруші", RU: "Заявитель", EN: "Applicant"},
		"app.organization":     {KK: "Ұйым", RU: "Организация", EN: "Organisation"},
		"app.region":           {KK: "Өңір", RU: "Регион", EN: "Region"},
		"app.direction":        {KK: "Бағыт", RU: "Направление", EN: "Direction"},
		"app.period":           {KK: "Мерзімі", RU: "Сроки", EN: "Period"},
		"app.months":           {KK: "%d ай", RU: "%d мес.", EN: "%d months"},
		"app.requested":        {KK: "Сұралатын сома", RU: "Запрашиваемая сумма", EN: "Amount requested"},
		"app.not_written":      {KK: "(әлі жазылмаған)", RU: "(пока не заполнено)", EN: "(not written yet)"},
		"app.objectives":       {KK: "Міндеттер", RU: "Задачи", EN: "Objectives"},
		"app.indicators":       {KK: "Көрсеткіштер", RU: "Индикаторы", EN: "Indicators"},
		"app.col.no":           {KK: "№", RU: "№", EN: "No."},
		"app.col.activity":     {KK: "Іс-шара", RU: "Мероприятие", EN: "Activity"},
		"app.col.start":        {KK: "Басы", RU: "Начало", EN: "Start"},
		"app.col.end":          {KK: "Соңы", RU: "Окончание", EN: "End"},
		"app.col.responsible":  {KK: "Жауапты", RU: "Ответственный", EN: "Responsible"},
		"app.col.objective":    {KK: "Міндет", RU: "Задача", EN: "Objective"},
		"app.col.group":        {KK: "Топ", RU: "Группа", EN: "Group"},
		"app.col.planned":      {KK: "Жоспар", RU: "План", EN: "Planned"},
		"app.col.indicator":    {KK: "Көрсеткіш", RU: "Индикатор", EN: "Indicator"},
		"app.col.unit":         {KK: "Өлшем", RU: "Ед.", EN: "Unit"},
		"app.col.baseline":     {KK: "Бастапқы", RU: "База", EN: "Baseline"},
		"app.col.target":       {KK: "Мақсат", RU: "Цель", EN: "Target"},
		"app.col.verification": {KK: "Тексеру құралы", RU: "Источник проверки", EN: "Means of verification"},
		"app.col.item":         {KK: "Шығын", RU: "Статья", EN: "Item"},
		"app.col.category":     {KK: "Санат", RU: "Категория", EN: "Category"},
		"app.col.quantity":     {KK: "Саны", RU: "Кол-во", EN: "Qty"},
		"app.col.unit_cost":    {KK: "Бағасы", RU: "Цена", EN: "Unit cost"},
		"app.col.total":        {KK: "Барлығы", RU: "Сумма", EN: "Total"},
		"app.col.source":       {KK: "Көзі", RU: "Источник", EN: "Source"},
		"app.col.name":         {KK: "Аты-жөні", RU: "ФИО", EN: "Name"},
		"app.col.role":         {KK: "Рөлі", RU: "Роль", EN: "Role"},
		"app.total.grant":      {KK: "Грант", RU: "Грант", EN: "Grant"},
		"app.total.cofunding":  {KK: "Қоса қаржыландыру", RU: "Софинансирование", EN: "Co-funding"},
		"app.total.all":        {KK: "Барлығы", RU: "Итого", EN: "Total"},
		"app.goal_obj":         {KK: "Жалпы мақсат", RU: "Цель проекта", EN: "The goal"},

		// the idea's application texts
		"field.cover_letter":    {KK: "Ілеспе хат", RU: "Сопроводительное письмо", EN: "Cover letter"},
		"field.sustainability":  {KK: "Жобаның тұрақтылығы", RU: "Устойчивость проекта", EN: "Sustainability"},
		"field.partners":        {KK: "Серіктестер", RU: "Партнёры", EN: "Partners"},
		"field.monitoring_plan": {KK: "Мониторинг жоспары", RU: "План мониторинга", EN: "Monitoring plan"},

		// the application view on the idea card (ui/ideas/application.go)
		"appview.key.open":        {KK: "грант өтінімі", RU: "заявка на грант", EN: "grant application"},
		"appview.key.programme":   {KK: "бағдарлама", RU: "программа", EN: "programme"},
		"appview.key.edit":        {KK: "мәтіндер", RU: "тексты", EN: "texts"},
		"appview.key.html":        {KK: "HTML экспорт", RU: "экспорт HTML", EN: "export HTML"},
		"appview.key.markdown":    {KK: "Markdown экспорт", RU: "экспорт Markdown", EN: "export Markdown"},
		"appview.title":           {KK: "Грант өтінімі: %s", RU: "Заявка на грант: %s", EN: "Grant application: %s"},
		"appview.readiness":       {KK: "Дайындық: %d %%", RU: "Готовность: %d %%", EN: "Readiness: %d %%"},
		"appview.card_line":       {KK: "Өтінімнің дайындығы", RU: "Готовность заявки", EN: "Application readiness"},
		"appview.all_ready":       {KK: "Өтінім дайын: түзететін ештеңе жоқ.", RU: "Заявка готова: исправлять нечего.", EN: "The application is ready: nothing to fix."},
		"appview.to_fix":          {KK: "Түзету керек:", RU: "Нужно исправить:", EN: "Still to fix:"},
		"appview.text_hint":       {KK: "Жаңа жол: alt+enter. Келесі: enter.", RU: "Новая строка: alt+enter. Дальше: enter.", EN: "New line: alt+enter. Next: enter."},
		"appview.programme_saved": {KK: "Идеяның бағдарламасы: %s.", RU: "Программа идеи: %s.", EN: "The idea's programme is now %s."},
		"appview.saved":           {KK: "Өтінім мәтіндері сақталды.", RU: "Тексты заявки сохранены.", EN: "The application texts are saved."},
		"appview.exported":        {KK: "Өтінім жазылды: %s", RU: "Заявка записана: %s", EN: "Application written to %s"},

		// the application command
		"app.ready":        {KK: "Өтінім дайын (%d %%): %s.", RU: "Заявка готова (%d %%): %s.", EN: "The application is ready (%d %%): %s."},
		"app.not_ready":    {KK: "Өтінім %d %% дайын, %s бойынша түзету керек:", RU: "Заявка готова на %d %%, для программы «%s» исправьте:", EN: "The application is %d %% ready for %s; still to fix:"},
		"app.unknown_idea": {KK: "%q идеясы табылмады.", RU: "Идея %q не найдена.", EN: "There is no idea %q."},
		"app.bad_format":   {KK: "Белгісіз пішім %q: md немесе html.", RU: "Неизвестный формат %q: md или html.", EN: "Unknown format %q: use md or html."},
		"app.written":      {KK: "Өтінім жазылды: %s", RU: "Заявка записана: %s", EN: "Application written to %s"},
	})
}
