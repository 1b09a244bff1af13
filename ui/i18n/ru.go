package i18n

// ru is the Russian catalogue.
var ru = map[string]string{
	"app.too_small":  "Увеличьте окно хотя бы до %d×%d (сейчас %d×%d).",
	"app.crashed":    "Во frontoffice произошла внутренняя ошибка, программа закрывается.",
	"app.crash_note": "frontoffice остановлен из-за внутренней ошибки. Сохранённое не потеряно. Подробности для разработчиков: %s",

	"screen.home":     "Главная",
	"screen.ideas":    "Идеи",
	"screen.people":   "Люди",
	"screen.settings": "Настройки",

	"key.quit":        "выход",
	"key.help":        "справка",
	"key.next_screen": "следующий экран",
	"key.prev_screen": "предыдущий экран",
	"key.back":        "назад",
	"key.scroll_up":   "прокрутить вверх",
	"key.scroll_down": "прокрутить вниз",
	"key.refresh":     "обновить",
	"key.edit":        "изменить",
	"key.cancel":      "отмена",
	"key.yes":         "да",
	"key.no":          "нет",
	"key.next_field":  "следующее поле",
	"key.prev_field":  "предыдущее поле",

	"help.title":   "Клавиши экрана «%s»",
	"help.layouts": "Буквенные клавиши работают и в русской, и в казахской раскладке.",
	"help.close":   "Нажмите ? или esc, чтобы закрыть справку.",

	"status.no_office":     "офис ещё не назван (Настройки)",
	"status.backup_failed": "Не удалась сегодняшняя автоматическая копия: %s",

	"home.more_below":      "↓ ниже есть ещё (j)",
	"home.loading":         "Подсчёт…",
	"home.today":           "Сегодня",
	"home.visits_today":    "Посетителей сегодня",
	"home.follow_ups_due":  "Пора связаться",
	"home.people":          "Люди",
	"home.ideas":           "Идеи",
	"home.last_backup":     "Последняя копия",
	"home.pending_import":  "Импорт %s был прерван: импортируйте его ещё раз, чтобы завершить (Синхронизация → Импорт).",
	"home.never":           "ещё не было",
	"home.ideas_by_status": "Идеи по статусам",
	"home.empty_hint":      "Хранилище пусто. Назовите офис в Настройках (s) или загрузите пример: frontoffice demo",

	"settings.saved":            "Настройки сохранены.",
	"settings.no_region":        "(не задан)",
	"settings.consultants_hint": "По одному имени в строке.",
	"settings.discard_q":        "Отменить введённые изменения?",
	"settings.edit_hint":        "Нажмите e или enter, чтобы изменить настройки.",
	"settings.store":            "Хранилище",
	"settings.backups":          "Резервные копии",

	"field.office_name":        "Название офиса",
	"field.current_consultant": "Консультант за стойкой сейчас",
	"field.language":           "Язык",
	"field.full_name":          "ФИО",
	"field.phone":              "Телефон",
	"field.iin":                "ИИН",
	"field.birth_year":         "Год рождения",
	"field.organization":       "Организация",
	"field.region":             "Регион",
	"field.consent":            "Согласие на хранение персональных данных",
	"field.consent_method":     "Как дано согласие",
	"field.consent_at":         "Дата согласия",
	"field.guardian_name":      "ФИО законного представителя",
	"field.guardian_phone":     "Телефон законного представителя",
	"field.guardian_consent":   "Согласие законного представителя",
	"field.notes":              "Заметки",
	"field.merged_into":        "Объединён с",
	"field.title":              "Название",
	"field.summary":            "Кратко",
	"field.direction":          "Направление",
	"field.status":             "Статус",
	"field.sdgs":               "ЦУР",
	"field.applicant_id":       "Заявитель",
	"field.applicant_name":     "Имя заявителя",
	"field.budget_kzt":         "Бюджет, ₸",
	"field.team":               "Команда",
	"field.target_groups":      "Целевые группы",
	"field.date":               "Дата",
	"field.duration_min":       "Длительность, мин",
	"field.consultant":         "Консультант",
	"field.services":           "Услуги",
	"field.person_id":          "Человек",
	"field.idea_id":            "Идея",
	"field.visit_id":           "Визит",
	"field.next_steps":         "Следующие шаги",
	"field.follow_up":          "Дата повторной связи",
	"field.supersedes":         "Исправляет",
	"field.purpose":            "Цель визита",
	"field.state":              "Состояние в очереди",
	"field.hours":              "Часы",
	"field.activity":           "Деятельность",
	"field.description":        "Описание",
	"field.verified_by":        "Кем подтверждено",
	"field.name":               "Название",
	"field.consultants":        "Консультанты",
	"field.team_max":           "Размер команды",
	"field.duration_weeks":     "Длительность, недель",
	"field.budget_max":         "Диапазон бюджета",

	"reason.required":        "нужно заполнить",
	"reason.too_long":        "слишком длинно",
	"reason.unknown_code":    "нет среди допустимых значений",
	"reason.bad_phone":       "не номер телефона Казахстана (например, 8 701 123 45 67)",
	"reason.bad_iin":         "неверный ИИН: нужно 12 цифр с верной контрольной цифрой",
	"reason.bad_year":        "невозможный год рождения",
	"reason.bad_number":      "должно быть числом, без букв",
	"reason.not_whole":       "должно быть целым числом (без дробей)",
	"reason.future_date":     "этот день ещё не наступил",
	"reason.too_early":       "день раньше 2000 года: проверьте год",
	"reason.day_over_24":     "вместе с уже записанными за этот день часами у человека будет больше 24 часов в сутки",
	"reason.negative":        "не может быть отрицательным",
	"reason.too_large":       "слишком большое значение",
	"reason.bad_date":        "не дата (пишите 2026-02-13 или 13.02.2026)",
	"reason.bad_hours":       "от 0,5 до 24, с шагом полчаса",
	"reason.consent_needed":  "обязательно: персональные данные хранятся только с согласия",
	"reason.guardian_needed": "обязательно для человека младше 18 лет",
	"reason.control_chars":   "содержит управляющие символы",
	"reason.mismatch":        "не согласуется с другим полем",
	"reason.bad_ref":         "не указывает на запись",
	"reason.duplicate":       "одно значение указано дважды",

	"err.in_use":       "Хранилище открыто в другом окне frontoffice. Закройте его там или укажите другой --db.",
	"err.in_use_path":  "Хранилище %s открыто в другом окне frontoffice. Сначала закройте его там или укажите другой --db.",
	"err.stale":        "Кто-то изменил эту запись после того, как вы её открыли. Откройте её заново, чтобы увидеть изменения.",
	"err.not_found":    "Не найдено.",
	"err.newer_schema": "Это хранилище записано более новой версией frontoffice. Обновите программу.",
	"err.generic":      "Что-то пошло не так",

	"cli.usage": `frontoffice — волонтёрский фронт-офис без интернета.

Использование:
  frontoffice [--db ФАЙЛ] [--lang kk|ru|en]          открыть приложение
  frontoffice demo [--ideas N] [--people N] [--seed S]  заполнить хранилище примером
  frontoffice search [--json] [--limit N] [--kind idea|person] СЛОВА
      найти идеи и людей
  frontoffice import-csv --kind ideas|people|hours [--dry-run] [--skip-invalid] ФАЙЛ
      прочитать таблицу
  frontoffice export-csv --out ПАПКА
      записать идеи, людей, консультации и часы в CSV
  frontoffice import-sheet --kind ideas|people|hours [--dry-run] [--skip-invalid] ФАЙЛ
      прочитать книгу Excel (.xlsx) или CSV-файл
  frontoffice export-sheet --out ФАЙЛ.xlsx [--template --kind people|ideas|hours]
      записать всё в одну книгу Excel, или пустой шаблон для заполнения
  frontoffice application [--lang L] [--format md|html] [--out ФАЙЛ | --save [--force]] [--check] IDEA_ID
      вывести грантовую заявку по идее, --check: чего ещё не хватает; заявка на языке её
      текстов, если --lang не задаёт kk, ru или en; --save записывает её в applications/
      рядом с хранилищем под именем из названия и даты и печатает путь
  frontoffice report [--format text|csv|json|xlsx --out ФАЙЛ.xlsx] [--from ДАТА] [--to ДАТА] [--region КОД] [--direction КОД] [--office ID|НАЗВАНИЕ]
      цифры для отчёта: идеи по направлениям, регионам, статусам, ЦУР; охват; часы; консультации
  frontoffice export --out ФАЙЛ [--full] [--encrypt] [--redact]
      записать пакет для других офисов: изменения с прошлого экспорта
  frontoffice import [--trust] [--allow-unsigned] [--passphrase-file F] ФАЙЛ...
      проверить и объединить пакеты других офисов; --trust: доверять ключу офиса при
      первом пакете (сначала сверьте с ним отпечаток); --allow-unsigned: принять и
      неподписанный пакет (его подтверждённые часы засчитываются после проверки здесь)
  frontoffice offices                                известные офисы, отпечатки ключей, последние пакеты
  frontoffice backup --out ФАЙЛ                      записать копию хранилища
  frontoffice restore [--from ФАЙЛ]
      поставить последнюю исправную копию (или ФАЙЛ) на место повреждённого хранилища; повреждённый файл сохраняется
  frontoffice salvage --out ФАЙЛ [--force]
      скопировать из повреждённого хранилища в новое всё, что ещё читается
  frontoffice credits [--format text|csv|json|xlsx --out ФАЙЛ.xlsx]
      социальный студенческий кредит волонтёров
  frontoffice certificate [--out ФАЙЛ] PERSON_ID|ТЕЛЕФОН
      благодарственное письмо за подтверждённые часы (HTML)
  frontoffice withdraw PERSON_ID|ТЕЛЕФОН
      отозвать согласие человека (письменный запрос): стереть его из всех записей и
      удалить его благодарственные письма и заявки рядом с хранилищем
  frontoffice check [--code КОД]                     проверить хранилище или код письма
  frontoffice version                                показать версию
  frontoffice hub import|report|credits|export [--pg URL] ...
      региональный хаб на PostgreSQL ($FRONTOFFICE_PG; docs/hub.md)

Каждая команда принимает --db ФАЙЛ (по умолчанию $FRONTOFFICE_DB, иначе папка данных
пользователя) и --lang kk|ru|en.`,
	"cli.bad_flag":        "Неверный параметр: %v.",
	"cli.unknown_command": "Нет команды %q.",
	"cli.bad_args":        "Неверное число аргументов для %q.",
	"cli.bad_lang":        "Неизвестный язык %q: укажите kk, ru или en.",
	"cli.no_home":         "Не удалось найти папку для хранилища (%v). Укажите её через --db.",
	"cli.checking_store":  "В прошлый раз хранилище было закрыто некорректно: перед запуском оно проверяется целиком (при 100 000 идей и людей — около десяти секунд)…",
	"cli.cannot_open":     "Не удалось открыть хранилище %s.",
	"cli.negative_count":  "Количество не может быть отрицательным.",
	"cli.need_out":        "Укажите, куда записать: --out ФАЙЛ.",

	"demo.office_name": "Демонстрационный фронт-офис",
	"demo.done":        "Добавлен пример: людей %s, идей %s, консультаций %s, визитов %s, записей часов %s (%.1f с).",
	"check.ok":         "Хранилище %s в порядке: записей %s.",
	"backup.done":      "Копия записана в %s.",
}
