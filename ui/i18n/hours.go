package i18n

import (
	"frontoffice/model"
)

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

		// certificates
		"cert.unknown_person":  {KK: "%q деген адам қоймада жоқ (id немесе телефон беріңіз).", RU: "Человека %q нет в хранилище (укажите id или телефон).", EN: "There is nobody %q in the store (give an id or a phone)."},
		"cert.no_hours":        {KK: "%s әлі расталған сағаттары жоқ: алғыс хат жасалмайды.", RU: "У %s пока нет подтверждённых часов: письмо не сделать.", EN: "%s has no verified hours yet: there is nothing to certify."},
		"cert.written":         {KK: "Алғыс хат жазылды: %s (тексеру коды %s).", RU: "Письмо записано: %s (код проверки %s).", EN: "Certificate written to %s (verification code %s)."},
		"cert.bad_code":        {KK: "%q тексеру коды емес: онда 10 әріп пен сан бар, мысалы K7M2Q-9TX4A.", RU: "%q — не код проверки: в коде 10 букв и цифр, например K7M2Q-9TX4A.", EN: "%q is not a verification code: a code has 10 letters and digits, like K7M2Q-9TX4A."},
		"cert.code_unknown":    {KK: "%s коды осы қойманың жазбаларына сәйкес келмейді: ол басқа жерде жасалған, қате терілген немесе сағаттар кейін өзгертілген.", RU: "Код %s не подходит к записям этого хранилища: он сделан в другом месте, набран с ошибкой или часы с тех пор изменились.", EN: "Code %s does not match this store's records: it was made elsewhere, mistyped, or the hours changed since."},
		"cert.title":           {KK: "Алғыс хат", RU: "Благодарственное письмо", EN: "Letter of gratitude"},
		"cert.awarded_to":      {KK: "Ерікті", RU: "Выражаем благодарность волонтёру", EN: "Awarded to the volunteer"},
		"cert.col_date":        {KK: "Күні", RU: "Дата", EN: "Date"},
		"cert.col_activity":    {KK: "Іс-шара", RU: "Деятельность", EN: "Activity"},
		"cert.col_hours":       {KK: "Сағат", RU: "Часы", EN: "Hours"},
		"cert.col_verified_by": {KK: "Растаған", RU: "Кем подтверждено", EN: "Verified by"},
		"cert.total":           {KK: "Барлығы", RU: "Итого", EN: "Total"},
		"cert.credit":          {KK: "%d жылы әлеуметтік студенттік кредитке %s сағат есептелді: %s сағат деңгейі, %s.", RU: "В %d году в социальный студенческий кредит учтено часов: %s — уровень %s ч, %s.", EN: "Social student credit %d: %s hours counted, the %s-hour tier, %s."},
		"cert.date":            {KK: "Күні", RU: "Дата", EN: "Date"},
		"cert.consultant":      {KK: "Кеңесші", RU: "Консультант", EN: "Consultant"},
		"cert.code":            {KK: "Тексеру коды", RU: "Код проверки", EN: "Verification code"},
		// the Hours screen
		"screen.hours":             {KK: "Сағат", RU: "Часы", EN: "Hours"},
		"hours.key_hours":          {KK: "Сағаттар (карточкадан: жазу)", RU: "Часы (с карточки: записать)", EN: "Hours (from a card: log some)"},
		"hours.key_verify":         {KK: "растау", RU: "подтвердить", EN: "verify"},
		"hours.key_verify_event":   {KK: "іс-шараны түгел растау", RU: "подтвердить всё мероприятие", EN: "verify the whole event"},
		"hours.key_reject":         {KK: "қабылдамау", RU: "отклонить", EN: "reject"},
		"hours.key_new":            {KK: "сағат жазу", RU: "записать часы", EN: "log hours"},
		"hours.key_open":           {KK: "адамды ашу", RU: "открыть человека", EN: "open the person"},
		"hours.key_add":            {KK: "осы сағатпен қосу", RU: "добавить с этими часами", EN: "add with these hours"},
		"hours.key_confirm":        {KK: "таңдау", RU: "выбрать", EN: "choose"},
		"hours.key_save":           {KK: "бәрін сақтау", RU: "сохранить всех", EN: "save everyone"},
		"hours.key_no_idea":        {KK: "идеясыз", RU: "без идеи", EN: "no idea"},
		"hours.key_undo":           {KK: "соңғысын алып тастау", RU: "убрать последнего", EN: "remove the last one"},
		"hours.person_placeholder": {KK: "аты не телефоны, enter", RU: "имя или телефон, enter", EN: "name or phone, then enter"},
		"hours.idea_placeholder":   {KK: "идея атауын теріңіз", RU: "начните вводить название идеи", EN: "type the idea's title"},
		"hours.busy":               {KK: "Алдымен ашық жазбаны аяқтаңыз не тастаңыз.", RU: "Сначала завершите или закройте открытую запись.", EN: "Finish or discard the open entry first."},
		"hours.no_consultant":      {KK: "Кім растайтыны белгісіз: Баптауларда (s) «%s» өрісін толтырыңыз.", RU: "Неизвестно, кто подтверждает: заполните в Настройках (s) поле «%s».", EN: "Nobody would be named as verifying: fill in \"%s\" in Settings (s)."},
		"hours.verified_one":       {KK: "Расталды: %s, %s сағ.", RU: "Подтверждено: %s, %s ч.", EN: "Verified: %s, %s h."},
		"hours.rejected_one":       {KK: "Қабылданбады: %s.", RU: "Отклонено: %s.", EN: "Rejected: %s."},
		"hours.hours_hint":         {KK: "жарты сағатпен: 4 немесе 2,5", RU: "с шагом полчаса: 4 или 2,5", EN: "in half hours: 4 or 2.5"},
		"hours.back_to_pending":    {KK: "Сақталды; өзгертілген жазба қайта тексеруге жіберілді.", RU: "Сохранено; изменённая запись снова ждёт проверки.", EN: "Saved; the changed entry is pending again."},
		"hours.saved":              {KK: "Сақталды.", RU: "Сохранено.", EN: "Saved."},
		"hours.edit_title":         {KK: "Сағатты өзгерту", RU: "Изменение часов", EN: "Editing hours"},
		"hours.none":               {KK: "Сағат әлі жазылмаған. n — іс-шара үшін сағат жазу.", RU: "Часов пока нет. n — записать часы за мероприятие.", EN: "No hours yet. Press n to log hours for an event."},
		"hours.h":                  {KK: "%s сағ", RU: "%s ч", EN: "%s h"},
		"hours.verified_by":        {KK: "Растаған: %s, %s", RU: "Кем подтверждено: %s, %s", EN: "Verified by %s, %s"},
		"hours.rejected_because":   {KK: "Қабылданбау себебі: %s", RU: "Причина отклонения: %s", EN: "Rejected: %s"},
		"hours.single_title":       {KK: "%s: сағат жазу %s", RU: "%s: записать часы %s", EN: "%s: log hours %s"},
		"hours.event_title_new":    {KK: "Іс-шара %s", RU: "Мероприятие %s", EN: "Event %s"},
		"hours.event_title":        {KK: "%s · %s", RU: "%s · %s", EN: "%s · %s"},
		"hours.usual":              {KK: "Әдетте әр адамға сағат", RU: "Обычно часов на человека", EN: "Usual hours per person"},
		"hours.need_activity":      {KK: "іс-шараны жазыңыз не идеяны таңдаңыз", RU: "укажите деятельность или выберите идею", EN: "name the activity or pick an idea"},
		"hours.nobody_added":       {KK: "Әлі ешкім қосылмаған.", RU: "Пока никто не добавлен.", EN: "Nobody added yet."},
		"hours.removed":            {KK: "Алынып тасталды: %s.", RU: "Убрано из списка: %s.", EN: "Removed %s."},
		"hours.no_match":           {KK: "Ешкім табылмады: адамды алдымен «Қабылдау» бетінде (d) тіркеңіз.", RU: "Никто не найден: сначала зарегистрируйте человека на экране «Приём» (d).", EN: "Nobody matches: register the person at the Desk (d) first."},
		"hours.type_first":         {KK: "Алдымен еріктінің атын не телефонын теріңіз, enter сәйкесін алады.", RU: "Сначала введите имя или телефон волонтёра: enter возьмёт найденного.", EN: "Type the volunteer's name or phone first: enter takes the match."},
		"hours.already_added":      {KK: "%s осы іс-шараға қосылған.", RU: "%s уже в этом мероприятии.", EN: "%s is in this event already."},
		"hours.needs_review": {
			KK: "! Тексеру керек: %s; түзетілгенше есепке алынбайды",
			RU: "! Проверить: %s; не в кредит, пока не исправят",
			EN: "! Needs review: %s; not counted until corrected",
		},
		"hours.review.future_date": {KK: "бұл күн әлі келген жоқ", RU: "этот день ещё не наступил", EN: "the day has not come yet"},
		"hours.review.too_early":   {KK: "күні 2000 жылдан бұрын", RU: "дата раньше 2000 года", EN: "the day is before 2000"},
		"hours.review.day_over_24": {KK: "бір күнде 24 сағаттан көп", RU: "за день больше 24 часов", EN: "over 24 hours on one day"},
		"hours.pick_idea":          {KK: "Қай идея бойынша?", RU: "По какой идее?", EN: "Which idea was it for?"},
		"hours.pick_idea_hint":     {KK: "enter — таңдау · ctrl+n — идеясыз · esc — бас тарту", RU: "enter — выбрать · ctrl+n — без идеи · esc — отмена", EN: "enter picks · ctrl+n: no idea · esc cancels"},
		"hours.added.one":          {KK: "Қосылды: %d адам, %s сағ · ctrl+s — сақтау", RU: "Добавлен: %d человек, %s ч · ctrl+s — сохранить", EN: "Added: %d person, %s h · ctrl+s saves"},
		"hours.added.few":          {KK: "Қосылды: %d адам, %s сағ · ctrl+s — сақтау", RU: "Добавлено: %d человека, %s ч · ctrl+s — сохранить", EN: "Added: %d people, %s h · ctrl+s saves"},
		"hours.added.many":         {KK: "Қосылды: %d адам, %s сағ · ctrl+s — сақтау", RU: "Добавлено: %d человек, %s ч · ctrl+s — сохранить", EN: "Added: %d people, %s h · ctrl+s saves"},
		"hours.hours_for":          {KK: "%s, сағат:", RU: "%s, часов:", EN: "Hours for %s:"},

		// the People card
		"people.key_log_hours":   {KK: "сағат жазу", RU: "записать часы", EN: "log hours"},
		"people.key_certificate": {KK: "алғыс хат", RU: "благодарственное письмо", EN: "certificate"},
		"people.credit_none":     {KK: "Әлеуметтік кредит %d: расталған сағат жоқ", RU: "Соц. кредит %d: подтверждённых часов нет", EN: "Social credit %d: no verified hours"},
		"people.credit_now":      {KK: "Әлеуметтік кредит %d: %s сағ есепте → %s", RU: "Соц. кредит %d: учтено %s ч → %s", EN: "Social credit %d: %s h counted → %s"},
		"people.credit_next":     {KK: "келесі деңгейге (%s сағ) тағы %s сағ", RU: "до следующего уровня (%s ч) ещё %s ч", EN: "next tier (%s h): %s h more"},
		"people.credit_pending":  {KK: "тексерілуде %s сағ; расталса: %s сағ → %s", RU: "на проверке %s ч; после подтверждения: %s ч → %s", EN: "%s h pending; once verified: %s h → %s"},
		"people.cert_written":    {KK: "Алғыс хат жазылды: %s (коды %s)", RU: "Письмо записано: %s (код %s)", EN: "Certificate written: %s (code %s)"},
		"people.cert_no_hours":   {KK: "Расталған сағат жоқ: алғыс хат жасалмайды.", RU: "Подтверждённых часов нет: письмо не сделать.", EN: "No verified hours: nothing to certify."},
		"cert.code_how":          {KK: "Бұл хаттың түпнұсқалығын кез келген еріктілер фронт-кеңсесі %s коды бойынша растай алады.", RU: "Подлинность письма по коду %s может подтвердить любой фронт-офис волонтёров.", EN: "Any volunteer front office can confirm this letter by its code %s."},
	})

	// Sentences with a counted word, in the forms Plural picks: .one, .few
	// and .many (Kazakh has one form after a number: the three are the same).
	add(map[string]model.Label{
		"cert.for_hours.one":  {KK: "қоғамға пайдалы %s сағат еріктілік жұмысы үшін алғыс білдіреміз.", RU: "за %s час общественно полезной волонтёрской работы.", EN: "for %s hour of socially useful volunteer work."},
		"cert.for_hours.few":  {KK: "қоғамға пайдалы %s сағат еріктілік жұмысы үшін алғыс білдіреміз.", RU: "за %s часа общественно полезной волонтёрской работы.", EN: "for %s hours of socially useful volunteer work."},
		"cert.for_hours.many": {KK: "қоғамға пайдалы %s сағат еріктілік жұмысы үшін алғыс білдіреміз.", RU: "за %s часов общественно полезной волонтёрской работы.", EN: "for %s hours of socially useful volunteer work."},

		"cert.code_ok.one":  {KK: "%s коды дұрыс: %s, расталған %s сағат (%d жазба, соңғысы %s).", RU: "Код %s верный: %s, подтверждено часов: %s (записей: %d, последняя %s).", EN: "Code %s is genuine: %s, %s h verified (%d entry, on %s)."},
		"cert.code_ok.few":  {KK: "%s коды дұрыс: %s, расталған %s сағат (%d жазба, соңғысы %s).", RU: "Код %s верный: %s, подтверждено часов: %s (записей: %d, последняя %s).", EN: "Code %s is genuine: %s, %s h verified (%d entries, the last on %s)."},
		"cert.code_ok.many": {KK: "%s коды дұрыс: %s, расталған %s сағат (%d жазба, соңғысы %s).", RU: "Код %s верный: %s, подтверждено часов: %s (записей: %d, последняя %s).", EN: "Code %s is genuine: %s, %s h verified (%d entries, the last on %s)."},

		"hours.verify_event_q.one":  {KK: "Осы іс-шараның тексерілуде тұрған %d жазбасын (%s сағ) растау керек пе: %s?", RU: "Подтвердить %d запись на проверке (%s ч) этого мероприятия: %s?", EN: "Verify the %d pending entry (%s h) of this event: %s?"},
		"hours.verify_event_q.few":  {KK: "Осы іс-шараның тексерілуде тұрған %d жазбасын (%s сағ) растау керек пе: %s?", RU: "Подтвердить все %d записи на проверке (%s ч) этого мероприятия: %s?", EN: "Verify all %d pending entries (%s h) of this event: %s?"},
		"hours.verify_event_q.many": {KK: "Осы іс-шараның тексерілуде тұрған %d жазбасын (%s сағ) растау керек пе: %s?", RU: "Подтвердить все %d записей на проверке (%s ч) этого мероприятия: %s?", EN: "Verify all %d pending entries (%s h) of this event: %s?"},

		"credits.total.one":  {KK: "Барлығы %d адам, жалпы %s.", RU: "Всего людей: %d, на сумму %s.", EN: "%d person, %s in all."},
		"credits.total.few":  {KK: "Барлығы %d адам, жалпы %s.", RU: "Всего людей: %d, на сумму %s.", EN: "%d people, %s in all."},
		"credits.total.many": {KK: "Барлығы %d адам, жалпы %s.", RU: "Всего людей: %d, на сумму %s.", EN: "%d people, %s in all."},

		"hours.event_discard_q": {KK: "Іс-шара туралы енгізілгені сақталмайды. Шығу керек пе?", RU: "Введённое о мероприятии не сохранено. Выйти?", EN: "What you typed about the event is not saved. Discard it?"},

		"hours.discard_q.one":  {KK: "Қосылған %d адам сақталмайды. Шығу керек пе?", RU: "Добавленные (%d) не сохранены. Выйти?", EN: "%d person added is not saved. Discard?"},
		"hours.discard_q.few":  {KK: "Қосылған %d адам сақталмайды. Шығу керек пе?", RU: "Добавленные (%d) не сохранены. Выйти?", EN: "%d people added are not saved. Discard them?"},
		"hours.discard_q.many": {KK: "Қосылған %d адам сақталмайды. Шығу керек пе?", RU: "Добавленные (%d) не сохранены. Выйти?", EN: "%d people added are not saved. Discard them?"},

		"hours.logged.one":  {KK: "Сақталды: %d адам, барлығы %s сағ (тексерілуде).", RU: "Сохранено: людей — %d, всего %s ч (на проверке).", EN: "Saved: %d person, %s h in all (pending)."},
		"hours.logged.few":  {KK: "Сақталды: %d адам, барлығы %s сағ (тексерілуде).", RU: "Сохранено: людей — %d, всего %s ч (на проверке).", EN: "Saved: %d people, %s h in all (pending)."},
		"hours.logged.many": {KK: "Сақталды: %d адам, барлығы %s сағ (тексерілуде).", RU: "Сохранено: людей — %d, всего %s ч (на проверке).", EN: "Saved: %d people, %s h in all (pending)."},

		"hours.verified_event.one":  {KK: "Расталды: %d жазба, %s сағ.", RU: "Подтверждена %d запись, %s ч.", EN: "Verified %d entry, %s h."},
		"hours.verified_event.few":  {KK: "Расталды: %d жазба, %s сағ.", RU: "Подтверждены %d записи, %s ч.", EN: "Verified %d entries, %s h."},
		"hours.verified_event.many": {KK: "Расталды: %d жазба, %s сағ.", RU: "Подтверждено %d записей, %s ч.", EN: "Verified %d entries, %s h."},
	})
}

// Plural returns key's sentence in the form n asks for (key.one, key.few or
// key.many; see PluralForm), formatted with args like T.
func (t *Translator) Plural(key string, n float64, args ...any) string {
	return t.T(key+"."+PluralForm(t.Lang(), n), args...)
}
