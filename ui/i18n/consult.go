package i18n

import "frontoffice/model"

// Sentences of the Consult screen (ui/consult): follow-ups due, recent
// consultations, the form that logs one or corrects one, and Home's list of
// follow-ups.
func init() {
	add(map[string]model.Label{
		"screen.consult": {KK: "Кеңес", RU: "Консультации", EN: "Consult"},

		"consult.loading":       {KK: "Жүктелуде…", RU: "Загрузка…", EN: "Loading…"},
		"consult.follow_ups":    {KK: "Қайта хабарласу (%d)", RU: "Повторная связь (%d)", EN: "Follow-ups (%d)"},
		"consult.none_due":      {KK: "Бүгінге қайта хабарласу жоқ.", RU: "На сегодня повторной связи нет.", EN: "No follow-ups due."},
		"consult.recent":        {KK: "Соңғы кеңестер", RU: "Последние консультации", EN: "Recent consultations"},
		"consult.none":          {KK: "Кеңес әлі жоқ. Идеяны, адамды не кезектегі келушіні ашып, v басыңыз.", RU: "Консультаций пока нет. Откройте идею, человека или визит в очереди и нажмите v.", EN: "No consultations yet. Open an idea, a person or a visit in the queue and press v."},
		"consult.overdue":       {KK: "мерзімі өтті", RU: "просрочено", EN: "overdue"},
		"consult.due_today":     {KK: "бүгін", RU: "сегодня", EN: "today"},
		"consult.superseded":    {KK: "түзетілді", RU: "исправлено", EN: "superseded"},
		"consult.correction":    {KK: "түзету", RU: "исправление", EN: "correction"},
		"consult.minutes":       {KK: "%d мин", RU: "%d мин", EN: "%d min"},
		"consult.nobody":        {KK: "(белгісіз)", RU: "(неизвестно)", EN: "(unknown)"},
		"consult.key_open":      {KK: "ашу", RU: "открыть", EN: "open"},
		"consult.key_correct":   {KK: "түзету", RU: "исправить", EN: "correct"},
		"consult.key_consult":   {KK: "Кеңес (карточкадан: жазу)", RU: "Консультации (с карточки: записать)", EN: "Consult (from a card: log one)"},
		"consult.new_title":     {KK: "Жаңа кеңес: %s", RU: "Новая консультация: %s", EN: "New consultation: %s"},
		"consult.fix_title":     {KK: "Кеңесті түзету: %s", RU: "Исправление консультации: %s", EN: "Correcting a consultation: %s"},
		"consult.date_hint":     {KK: "13.02.2026 немесе 2026-02-13", RU: "13.02.2026 или 2026-02-13", EN: "13.02.2026 or 2026-02-13"},
		"consult.dur_hint":      {KK: "минутпен", RU: "в минутах", EN: "in minutes"},
		"consult.svc_hint":      {KK: "бос орын не x — белгілеу; кемінде біреу", RU: "пробел или x — отметить; хотя бы одну", EN: "space or x ticks; at least one"},
		"consult.fu_hint":       {KK: "міндетті емес; кеңес күнінен ерте емес", RU: "необязательно; не раньше даты консультации", EN: "optional; not before the consultation's date"},
		"consult.fu_before":     {KK: "кеңес күнінен ерте болмауы керек", RU: "не может быть раньше даты консультации", EN: "cannot be before the consultation's date"},
		"consult.discard_q":     {KK: "Енгізілген мәтінді тастау керек пе?", RU: "Отменить введённый текст?", EN: "Discard what you typed?"},
		"consult.saving":        {KK: "Сақталуда…", RU: "Сохранение…", EN: "Saving…"},
		"consult.saved":         {KK: "Кеңес сақталды.", RU: "Консультация сохранена.", EN: "Consultation saved."},
		"consult.corrected":     {KK: "Түзету сақталды; ескісі түзетілген болып белгіленді.", RU: "Исправление сохранено; старая запись помечена как исправленная.", EN: "Correction saved; the old one is marked superseded."},
		"consult.already_fixed": {KK: "Бұл кеңес түзетілген; соңғы нұсқасын түзетіңіз.", RU: "Эта консультация уже исправлена; исправьте последнюю версию.", EN: "This consultation was corrected already; correct the newest one."},
		"consult.form_open":     {KK: "Алдымен ашық форманы аяқтаңыз не тастаңыз.", RU: "Сначала завершите или закройте открытую форму.", EN: "Finish or discard the open form first."},
		"consult.no_subject":    {KK: "Кеңес идеяға не адамға жазылады: оны ашып, v басыңыз.", RU: "Консультация записывается к идее или человеку: откройте их и нажмите v.", EN: "A consultation belongs to an idea or a person: open one and press v."},

		"home.follow_ups_list": {KK: "Қайта хабарласу", RU: "Повторная связь", EN: "Follow-ups"},
		"home.follow_ups_more": {KK: "…және тағы %d (Кеңес экранында)", RU: "…и ещё %d (на экране консультаций)", EN: "…and %d more (on the Consult screen)"},
	})
}
