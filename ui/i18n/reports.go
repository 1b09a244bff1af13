package i18n

import "frontoffice/model"

// Sentences of the Reports screen (ui/reports) and the report command
// (ui/cli/report.go): figure names, chart titles, filters, export.
func init() {
	add(map[string]model.Label{
		"screen.reports": {KK: "Есептер", RU: "Отчёты", EN: "Reports"},

		"report.title":          {KK: "Есеп", RU: "Отчёт", EN: "Report"},
		"report.all_dates":      {KK: "барлық күндер", RU: "все даты", EN: "all dates"},
		"report.dates":          {KK: "%s – %s", RU: "%s – %s", EN: "%s – %s"},
		"report.since":          {KK: "%s бастап", RU: "с %s", EN: "from %s"},
		"report.until":          {KK: "%s дейін", RU: "по %s", EN: "until %s"},
		"report.all_regions":    {KK: "барлық өңірлер", RU: "все регионы", EN: "all regions"},
		"report.all_directions": {KK: "барлық бағыттар", RU: "все направления", EN: "all directions"},
		"report.direction_note": {KK: "Бағыт сүзгісі адамдарға қолданылмайды: адамның бағыты жоқ.", RU: "Фильтр по направлению не сужает людей: у человека нет направления.", EN: "The direction filter does not narrow people: a person has no direction."},

		"report.people":         {KK: "Адамдар", RU: "Люди", EN: "People"},
		"report.ideas":          {KK: "Идеялар", RU: "Идеи", EN: "Ideas"},
		"report.consultations":  {KK: "Кеңестер", RU: "Консультации", EN: "Consultations"},
		"report.volunteers":     {KK: "Еріктілер (расталған сағаттары бар)", RU: "Волонтёры (с подтверждёнными часами)", EN: "Volunteers (with verified hours)"},
		"report.verified_hours": {KK: "Расталған сағаттар", RU: "Подтверждённые часы", EN: "Verified hours"},
		"report.pending_hours":  {KK: "Тексерілетін сағаттар", RU: "Часы на проверке", EN: "Hours pending"},

		"report.totals":                   {KK: "Жалпы", RU: "Итого", EN: "Totals"},
		"report.ideas_by_direction":       {KK: "Идеялар бағыт бойынша", RU: "Идеи по направлениям", EN: "Ideas by direction"},
		"report.ideas_by_region":          {KK: "Идеялар өңір бойынша", RU: "Идеи по регионам", EN: "Ideas by region"},
		"report.ideas_by_status":          {KK: "Идеялар мәртебе бойынша", RU: "Идеи по статусам", EN: "Ideas by status"},
		"report.ideas_by_sdg":             {KK: "Идеялар ТДМ бойынша", RU: "Идеи по ЦУР", EN: "Ideas by SDG"},
		"report.reach":                    {KK: "Қамтылғандар мақсатты топ бойынша (жоспар / нақты)", RU: "Охват по целевым группам (план / факт)", EN: "People reached by target group (planned / reached)"},
		"report.consultations_by_service": {KK: "Кеңестер қызмет бойынша", RU: "Консультации по услугам", EN: "Consultations by service"},
		"report.hours_by_month":           {KK: "Еріктілер мен расталған сағаттар ай бойынша", RU: "Волонтёры и подтверждённые часы по месяцам", EN: "Volunteers and verified hours by month"},
		"report.funnel":                   {KK: "Идеялар жолы (кемінде осы кезеңге жеткендер): жоба → дайын → тапсырылды → қаржыландырылды", RU: "Воронка (идеи, дошедшие хотя бы до этапа): черновик → готова → подана → профинансирована", EN: "Funnel (ideas that got at least this far): draft → ready → submitted → funded"},
		"report.none":                     {KK: "әлі жоқ", RU: "пока нет", EN: "none yet"},
		"report.other_zero":               {KK: "қалғандары: 0", RU: "остальные: 0", EN: "the rest: 0"},
		"report.month_line":               {KK: "%s ерікті · %s сағ", RU: "%s волонт. · %s ч", EN: "%s volunteers · %s h"},
		"report.planned":                  {KK: "жоспар", RU: "план", EN: "planned"},
		"report.reached":                  {KK: "нақты", RU: "факт", EN: "reached"},

		// The report command.
		"report.bad_format":    {KK: "--format %q белгісіз: text, csv не json.", RU: "Неизвестный --format %q: text, csv или json.", EN: "Unknown --format %q: use text, csv or json."},
		"report.bad_date":      {KK: "%s %q: күн 2026-02-13 не 13.02.2026 түрінде жазылады.", RU: "%s %q: дата пишется как 2026-02-13 или 13.02.2026.", EN: "%s %q: write a date as 2026-02-13 or 13.02.2026."},
		"report.bad_range":     {KK: "--from %s --to %s кейін тұр.", RU: "--from %s позже, чем --to %s.", EN: "--from %s is after --to %s."},
		"report.bad_region":    {KK: "--region %q: мұндай өңір жоқ (мысалы, karaganda, astana).", RU: "--region %q: такого региона нет (например, karaganda, astana).", EN: "--region %q: no such region (e.g. karaganda, astana)."},
		"report.bad_direction": {KK: "--direction %q: мұндай бағыт жоқ (мысалы, bilim, taza_alem).", RU: "--direction %q: такого направления нет (например, bilim, taza_alem).", EN: "--direction %q: no such direction (e.g. bilim, taza_alem)."},

		// The Reports screen.
		"report.computing":      {KK: "Есептелуде… %d%%  (esc — тоқтату)", RU: "Подсчёт… %d%%  (esc — остановить)", EN: "Computing… %d%%  (esc stops)"},
		"report.cancelled":      {KK: "Есептеу тоқтатылды.", RU: "Подсчёт остановлен.", EN: "Computing stopped."},
		"report.not_yet":        {KK: "Есеп әлі есептелмеген: F5 басыңыз.", RU: "Отчёт ещё не посчитан: нажмите F5.", EN: "No report yet: press F5."},
		"report.stale":          {KK: "Жазбалар өзгерді: жаңарту үшін F5.", RU: "Записи изменились: F5 — пересчитать.", EN: "Records changed: F5 recounts."},
		"report.more_below":     {KK: "↓ әрі қарай", RU: "↓ ниже ещё", EN: "↓ more below"},
		"report.exported":       {KK: "Есеп жазылды: %s", RU: "Отчёт записан: %s", EN: "Report written: %s"},
		"report.exported_in":    {KK: "Есеп жазылды, %s қалтасында: %s", RU: "Отчёт записан в папку %s: %s", EN: "Report written in %s: %s"},
		"report.export_failed":  {KK: "Есепті жазу мүмкін болмады: %s", RU: "Не удалось записать отчёт: %s", EN: "Could not write the report: %s"},
		"report.nothing_export": {KK: "Алдымен есепті есептеңіз (F5).", RU: "Сначала посчитайте отчёт (F5).", EN: "Compute the report first (F5)."},
		"report.wait_export":    {KK: "Есептеу аяқталғанша күтіңіз, содан кейін жазыңыз.", RU: "Дождитесь конца подсчёта, затем запишите.", EN: "Wait for the count to finish, then export."},
		"report.key_filter":     {KK: "сүзгі", RU: "фильтр", EN: "filter"},
		"report.key_clear":      {KK: "сүзгіні алу", RU: "сбросить фильтр", EN: "clear filter"},
		"report.key_recount":    {KK: "қайта есептеу", RU: "пересчитать", EN: "recount"},
		"report.key_export":     {KK: "CSV, JSON, XLSX-ке жазу", RU: "записать CSV, JSON, XLSX", EN: "export CSV, JSON, XLSX"},
		"report.key_cancel":     {KK: "тоқтату", RU: "остановить", EN: "stop"},
		"report.filter_title":   {KK: "Есеп сүзгісі", RU: "Фильтр отчёта", EN: "Report filter"},
		"report.from":           {KK: "Басы (қоса)", RU: "С (включительно)", EN: "From (inclusive)"},
		"report.to":             {KK: "Соңы (қоса)", RU: "По (включительно)", EN: "To (inclusive)"},
		"report.date_hint":      {KK: "13.02.2026 не 2026-02-13; бос — шектеусіз", RU: "13.02.2026 или 2026-02-13; пусто — без границы", EN: "13.02.2026 or 2026-02-13; empty: no limit"},
		"report.region":         {KK: "Өңір", RU: "Регион", EN: "Region"},
		"report.direction":      {KK: "Бағыт", RU: "Направление", EN: "Direction"},
		"report.any":            {KK: "Барлығы", RU: "Все", EN: "All"},
		"report.filter_keys":    {KK: "enter — келесі/қолдану · esc — жабу", RU: "enter — далее/применить · esc — закрыть", EN: "enter next/apply · esc close"},
		"report.from_after_to":  {KK: "басы соңынан кейін тұр", RU: "начало позже конца", EN: "the start is after the end"},

		// Offices: the --office filter and the per-office breakdown.
		"report.office":           {KK: "Кеңсе", RU: "Офис", EN: "Office"},
		"report.all_offices":      {KK: "Барлық кеңселер", RU: "Все офисы", EN: "All offices"},
		"report.this_office":      {KK: "осы кеңсе", RU: "этот офис", EN: "this office"},
		"report.unnamed_office":   {KK: "атаусыз кеңсе …%s", RU: "офис без названия …%s", EN: "unnamed office …%s"},
		"report.no_office":        {KK: "кеңсесі көрсетілмеген жазбалар", RU: "записи без офиса", EN: "records naming no office"},
		"report.office_hint":      {KK: "жазбаны соңғы өзгерткен кеңсе", RU: "офис, последним изменивший запись", EN: "the office that last changed a record"},
		"report.by_office":        {KK: "Кеңселер бойынша: %s", RU: "По офисам: %s", EN: "By office: %s"},
		"report.bad_office":       {KK: "--office %q: мұнда мұндай атаулы не id-і бар кеңсе жоқ. Белгілі кеңселер:", RU: "--office %q: здесь нет офиса с таким названием или id. Известные офисы:", EN: "--office %q: no office here has that name or id. Known offices:"},
		"report.ambiguous_office": {KK: "--office %q: бұл атау бірнеше кеңседе бар, id-ін жазыңыз. Белгілі кеңселер:", RU: "--office %q: такое название у нескольких офисов, укажите id. Известные офисы:", EN: "--office %q: more than one office has that name; give its id. Known offices:"},
	})
}
