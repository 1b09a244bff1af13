package i18n

import "frontoffice/model"

// Sentences of volunteer hours and the social student credit: the Hours
// screen (ui/hours), the credit settings, the People card's standing, the
// credits and certificate commands and the certificate itself.
func init() {
	add(map[string]model.Label{
		// settings
		"field.credit_tiers":          {KK: "Әлеуметтік студенттік кредит: сағат = теңге", RU: "Социальный студенческий кредит: часы = тенге", EN: "Social student credit: hours = tenge"},
		"field.credit_cap":            {KK: "Жылына ескерілетін ең көп сағат", RU: "Максимум часов в год", EN: "Most hours counted a year"},
		"field.reject_reason":         {KK: "Қабылданбау себебі", RU: "Причина отклонения", EN: "Reason for rejecting"},
		"settings.credit_tiers_hint":  {KK: "мысалы: 20 = 20 000; 50 = 50 000", RU: "например: 20 = 20 000; 50 = 50 000", EN: "e.g. 20 = 20 000; 50 = 50 000"},
		"settings.credit_tiers_order": {KK: "сағат та, сома да өсуі керек", RU: "и часы, и суммы должны расти", EN: "hours and amounts must both rise"},
		"settings.credit_cap_hint":    {KK: "0 — шектеусіз", RU: "0 — без ограничения", EN: "0 for no cap"},
		"settings.credit_cap_low":     {KK: "кемінде %s болуы керек (ең жоғарғы деңгей)", RU: "не меньше %s (верхний уровень)", EN: "at least %s (the top tier)"},
		"settings.credit_no_cap":      {KK: "шектеусіз", RU: "без ограничения", EN: "no cap"},

		// credits command
		"credits.bad_format":   {KK: "--format %q белгісіз: text, csv немесе json.", RU: "Неизвестный --format %q: text, csv или json.", EN: "Unknown --format %q: use text, csv or json."},
		"credits.none":         {KK: "Сағаттар әлі жазылмаған.", RU: "Часов пока не записано.", EN: "No hours logged yet."},
		"credits.title":        {KK: "Әлеуметтік студенттік кредит, %d жыл", RU: "Социальный студенческий кредит, %d год", EN: "Social student credit, %d"},
		"credits.col_name":     {KK: "Аты-жөні", RU: "ФИО", EN: "Name"},
		"credits.col_phone":    {KK: "Телефон", RU: "Телефон", EN: "Phone"},
		"credits.col_verified": {KK: "Расталды", RU: "Подтв.", EN: "Verified"},
		"credits.col_pending":  {KK: "Тексерілуде", RU: "На пров.", EN: "Pending"},
		"credits.col_counted":  {KK: "Биыл есепте", RU: "Учтено", EN: "Counted"},
		"credits.col_tier":     {KK: "Деңгей, сағ", RU: "Уровень, ч", EN: "Tier, h"},
		"credits.col_amount":   {KK: "Сома, ₸", RU: "Сумма, ₸", EN: "Amount, ₸"},
		"credits.total":        {KK: "Барлығы %d адам, жалпы %s.", RU: "Всего людей: %d, на сумму %s.", EN: "%d people, %s in all."},

		// certificates
		"cert.unknown_person":  {KK: "%q деген адам қоймада жоқ (id немесе телефон беріңіз).", RU: "Человека %q нет в хранилище (укажите id или телефон).", EN: "There is nobody %q in the store (give an id or a phone)."},
		"cert.no_hours":        {KK: "%s әлі расталған сағаттары жоқ: алғыс хат жасалмайды.", RU: "У %s пока нет подтверждённых часов: письмо не сделать.", EN: "%s has no verified hours yet: there is nothing to certify."},
		"cert.written":         {KK: "Алғыс хат жазылды: %s (тексеру коды %s).", RU: "Письмо записано: %s (код проверки %s).", EN: "Certificate written to %s (verification code %s)."},
		"cert.bad_code":        {KK: "%q тексеру коды емес: онда 10 әріп пен сан бар, мысалы K7M2Q-9TX4A.", RU: "%q — не код проверки: в коде 10 букв и цифр, например K7M2Q-9TX4A.", EN: "%q is not a verification code: a code has 10 letters and digits, like K7M2Q-9TX4A."},
		"cert.code_unknown":    {KK: "%s коды осы қойманың жазбаларына сәйкес келмейді: ол басқа жерде жасалған, қате терілген немесе сағаттар кейін өзгертілген.", RU: "Код %s не подходит к записям этого хранилища: он сделан в другом месте, набран с ошибкой или часы с тех пор изменились.", EN: "Code %s does not match this store's records: it was made elsewhere, mistyped, or the hours changed since."},
		"cert.code_ok":         {KK: "%s коды дұрыс: %s, расталған %s сағат (%d жазба, соңғысы %s).", RU: "Код %s верный: %s, подтверждено часов: %s (записей: %d, последняя %s).", EN: "Code %s is genuine: %s, %s verified hours (%d entries, the last on %s)."},
		"cert.title":           {KK: "Алғыс хат", RU: "Благодарственное письмо", EN: "Letter of gratitude"},
		"cert.awarded_to":      {KK: "Ерікті", RU: "Выражаем благодарность волонтёру", EN: "Awarded to the volunteer"},
		"cert.for_hours":       {KK: "қоғамға пайдалы %s сағат еріктілік жұмысы үшін алғыс білдіреміз.", RU: "за %s часов общественно полезной волонтёрской работы.", EN: "for %s hours of socially useful volunteer work."},
		"cert.col_date":        {KK: "Күні", RU: "Дата", EN: "Date"},
		"cert.col_activity":    {KK: "Іс-шара", RU: "Деятельность", EN: "Activity"},
		"cert.col_hours":       {KK: "Сағат", RU: "Часы", EN: "Hours"},
		"cert.col_verified_by": {KK: "Растаған", RU: "Подтвердил(а)", EN: "Verified by"},
		"cert.total":           {KK: "Барлығы", RU: "Итого", EN: "Total"},
		"cert.credit":          {KK: "%d жылы әлеуметтік студенттік кредитке %s сағат есептелді: %s сағат деңгейі, %s.", RU: "В %d году в социальный студенческий кредит учтено часов: %s — уровень %s ч, %s.", EN: "Social student credit %d: %s hours counted, the %s-hour tier, %s."},
		"cert.date":            {KK: "Күні", RU: "Дата", EN: "Date"},
		"cert.consultant":      {KK: "Кеңесші", RU: "Консультант", EN: "Consultant"},
		"cert.code":            {KK: "Тексеру коды", RU: "Код проверки", EN: "Verification code"},
		"cert.code_how":        {KK: "Фронт-кеңседе тексеру: frontoffice check --code %s", RU: "Проверка во фронт-офисе: frontoffice check --code %s", EN: "To check it at the front office: frontoffice check --code %s"},
	})
}
