package i18n

import "frontoffice/model"

// Sentences of sync between offices: the export and import commands, the
// Sync screen (ui/sync) and why a bundle is refused.
func init() {
	add(map[string]model.Label{
		"screen.sync": {KK: "Синхрондау", RU: "Синхронизация", EN: "Sync"},

		// Kinds as the import summary names them.
		"sync.kind.person":       {KK: "адамдар", RU: "люди", EN: "people"},
		"sync.kind.idea":         {KK: "идеялар", RU: "идеи", EN: "ideas"},
		"sync.kind.consultation": {KK: "кеңестер", RU: "консультации", EN: "consultations"},
		"sync.kind.visit":        {KK: "келулер", RU: "визиты", EN: "visits"},
		"sync.kind.hours":        {KK: "сағаттар", RU: "часы", EN: "hours"},
		"sync.kind.catalogue":    {KK: "каталог", RU: "каталог", EN: "catalogue"},
		"sync.kind.office":       {KK: "кеңселер", RU: "офисы", EN: "offices"},

		// Export.
		// a list or an outcome longer than its room (Sync, Settings → programmes)
		"list.more_above": {KK: "↑ жоғарыда тағы бар (↑)", RU: "↑ выше есть ещё (↑)", EN: "↑ more above (↑)"},
		"list.more_below": {KK: "↓ төменде тағы бар (↓)", RU: "↓ ниже есть ещё (↓)", EN: "↓ more below (↓)"},
		"sync.export_nothing": {
			KK: "Соңғы экспорттан бері ештеңе өзгермеді: файл жазылмады. Барлығын шығару үшін f басыңыз.",
			RU: "С прошлого экспорта ничего не изменилось: файл не записан. Чтобы выгрузить всё, нажмите f.",
			EN: "Nothing changed since the last export: no file was written. To export everything, press f.",
		},
		"sync.export_empty": {
			KK: "Соңғы экспорттан бері өзгеріс жоқ: %s пакетінде жазба жоқ.",
			RU: "С прошлого экспорта ничего не изменилось: в пакете %s нет записей.",
			EN: "Nothing changed since the last export: the bundle %s holds no records.",
		},
		"sync.export_failed": {
			KK: "Пакетті жазу мүмкін болмады (%s): %s",
			RU: "Не удалось записать пакет (%s): %s",
			EN: "Could not write the bundle (%s): %s",
		},
		"sync.need_out": {
			KK: "Қайда жазу керегін көрсетіңіз: --out ФАЙЛ.",
			RU: "Укажите, куда записать: --out ФАЙЛ.",
			EN: "Say where to write: --out FILE.",
		},
		"sync.need_files": {
			KK: "Кемінде бір пакет файлын көрсетіңіз.",
			RU: "Укажите хотя бы один файл пакета.",
			EN: "Name at least one bundle file.",
		},

		// Passphrase.
		"sync.pass_prompt": {
			KK: "Пакеттің құпия сөзі: ",
			RU: "Пароль пакета: ",
			EN: "Bundle passphrase: ",
		},
		"sync.pass_again": {
			KK: "Құпия сөзді қайталаңыз: ",
			RU: "Повторите пароль: ",
			EN: "Passphrase again: ",
		},
		"sync.pass_mismatch": {
			KK: "Құпия сөздер сәйкес емес.",
			RU: "Пароли не совпадают.",
			EN: "The passphrases differ.",
		},
		"sync.pass_none": {
			KK: "Құпия сөз жоқ: FRONTOFFICE_PASSPHRASE орнатыңыз, --passphrase-file беріңіз не терминалдан іске қосыңыз.",
			RU: "Нет пароля: задайте FRONTOFFICE_PASSPHRASE, укажите --passphrase-file или запустите из терминала.",
			EN: "No passphrase: set FRONTOFFICE_PASSPHRASE, give --passphrase-file, or run from a terminal.",
		},
		"sync.pass_file": {
			KK: "Құпия сөз файлын оқу мүмкін емес %s: %s",
			RU: "Не удаётся прочитать файл пароля %s: %s",
			EN: "Cannot read the passphrase file %s: %s",
		},
		"sync.pass_empty": {
			KK: "Құпия сөз бос болмауы керек.",
			RU: "Пароль не может быть пустым.",
			EN: "The passphrase cannot be empty.",
		},

		// Import.
		"sync.refused": {
			KK: "%s%s: %s Қойма өзгертілмеді.",
			RU: "%s%s: %s Хранилище не изменено.",
			EN: "%s%s: %s The store was not changed.",
		},
		"sync.at_line": {KK: ", %d-жол", RU: ", строка %d", EN: ", line %d"},
		"sync.imported": {
			KK: "%s импортталды:",
			RU: "%s импортирован:",
			EN: "%s imported:",
		},
		"sync.summary_kind": {
			KK: "  %s: жаңа %d, жаңартылды %d, өзгеріссіз %d, тарихқа %d, қайшылық %d",
			RU: "  %s: новых %d, обновлено %d, без изменений %d, в историю %d, конфликтов %d",
			EN: "  %s: added %d, updated %d, unchanged %d, to history %d, conflicts %d",
		},
		"sync.summary_total": {
			KK: "  барлығы: жаңа %d, жаңартылды %d, өзгеріссіз %d, тарихқа %d, қайшылық %d",
			RU: "  всего: новых %d, обновлено %d, без изменений %d, в историю %d, конфликтов %d",
			EN: "  total: added %d, updated %d, unchanged %d, to history %d, conflicts %d",
		},
		"card.in_conflict": {
			KK: "Қайшылықта: мұны басқа кеңсе де өзгертті, бұл жерде оның нұсқасы көрсетілуі мүмкін. Шешу: Синхрондау → Қайшылықтар.",
			RU: "В конфликте: эту запись изменил и другой офис, здесь может быть показана его версия. Решить: Синхронизация → Конфликты.",
			EN: "In conflict: another office changed this record too, and its version may be the one shown. Settle it in Sync → Conflicts.",
		},
		"sync.own_nothing_new": {
			KK: "%s: жаңа ештеңе жоқ — бұл осы кеңсенің өз пакеті, ол басқа кеңсеге арналған; ештеңе өзгертілмеді.",
			RU: "%s: ничего нового — это пакет этого же офиса, он нужен другому офису; ничего не изменено.",
			EN: "%s: nothing new — this is this office's own bundle, made for another office; nothing was changed.",
		},
		"sync.nothing_new": {
			KK: "%s: жаңа ештеңе жоқ — қоймада бәрі бар еді, ештеңе өзгертілмеді.",
			RU: "%s: ничего нового — всё уже было в хранилище, ничего не изменено.",
			EN: "%s: nothing new — the store had all of it already; nothing was changed.",
		},
		"sync.pending": {
			KK: "%s импорты аяқталмай үзілді: аяқтау үшін оны қайта импорттаңыз.",
			RU: "Импорт %s был прерван: импортируйте его ещё раз, чтобы завершить.",
			EN: "The import of %s was interrupted: import it again to finish it.",
		},
		"sync.conflicts_tab": {
			KK: "Қайшылықтағы жазбалар: %d — тізімі «Қайшылықтар» бөлімінде (→).",
			RU: "Записей в конфликте: %d — список в разделе «Конфликты» (→).",
			EN: "Records in conflict: %d — listed under Conflicts (→).",
		},
		"sync.conflicts_open": {
			KK: "Қайшылықтағы жазбалар: %d. Қолданбада: Синхрондау → Қайшылықтар.",
			RU: "Записей в конфликте: %d. В приложении: Синхронизация → Конфликты.",
			EN: "Records in conflict: %d. In the app: Sync → Conflicts.",
		},

		// Why a bundle is refused.
		"sync.why.not_bundle": {
			KK: "бұл frontoffice пакеті емес (gzip те, age те емес).",
			RU: "это не пакет frontoffice (ни gzip, ни age).",
			EN: "this is not a frontoffice bundle (neither gzip nor age).",
		},
		"sync.why.corrupt": {
			KK: "файл бүлінген не толық емес (қысқартылған?).",
			RU: "файл повреждён или неполон (обрезан?).",
			EN: "the file is damaged or incomplete (cut short?).",
		},
		"sync.why.empty": {KK: "файл бос.", RU: "файл пуст.", EN: "the file is empty."},
		"sync.why.line_too_long": {
			KK: "жол тым ұзын (16 МБ-тан асады).",
			RU: "строка слишком длинная (больше 16 МБ).",
			EN: "a line is too long (over 16 MB).",
		},
		"sync.why.bad_json": {KK: "жол JSON емес.", RU: "строка — не JSON.", EN: "the line is not JSON."},
		"sync.why.bad_manifest": {
			KK: "бірінші жол frontoffice пакетінің манифесі емес.",
			RU: "первая строка — не манифест пакета frontoffice.",
			EN: "the first line is not a frontoffice bundle manifest.",
		},
		"sync.why.version": {
			KK: "пакет пішімінің бұл нұсқасын бағдарлама оқымайды.",
			RU: "эту версию формата пакета программа не читает.",
			EN: "this program does not read this version of the bundle format.",
		},
		"sync.why.schema": {
			KK: "пакетті frontoffice-тің жаңарақ нұсқасы жасаған: бағдарламаны жаңартыңыз.",
			RU: "пакет создан более новой версией frontoffice: обновите программу.",
			EN: "the bundle was made by a newer frontoffice: update this program.",
		},
		"sync.why.no_trailer": {
			KK: "соңғы жол (қорытынды) жоқ — файл толық емес.",
			RU: "нет последней строки (итога) — файл неполон.",
			EN: "the closing line (trailer) is missing — the file is incomplete.",
		},
		"sync.why.hash": {
			KK: "бақылау қосындысы сәйкес емес — мазмұны өзгерген.",
			RU: "контрольная сумма не совпадает — содержимое изменено.",
			EN: "the checksum does not match — the content was changed.",
		},
		"sync.why.too_big": {
			KK: "файл ашылғанда манифесіндегі жазбалар сиятын көлемнен әлдеқайда үлкен, сондықтан оқу тоқтатылды (бұзылған не жасанды файл).",
			RU: "файл распаковывается во много раз больше, чем могут занять записи из его манифеста; чтение остановлено (повреждённый или поддельный файл).",
			EN: "it unpacks to far more than the records its manifest counts could take, so reading stopped (a damaged or forged file).",
		},
		"sync.why.count": {
			KK: "жазбалар саны қорытындыдағыдан өзгеше.",
			RU: "число записей не совпадает с итогом.",
			EN: "the number of records differs from what the bundle says.",
		},
		"sync.why.bad_record": {
			KK: "жазба тексеруден өтпеді.",
			RU: "запись не прошла проверку.",
			EN: "a record fails its checks.",
		},
		"sync.why.passphrase": {
			KK: "құпия сөз қате (не файл шифрды ашпайды).",
			RU: "неверный пароль (или файл не расшифровывается).",
			EN: "wrong passphrase (or the file does not decrypt).",
		},
		"sync.why.redacted": {
			KK: "бұл жасырылған (статистикаға арналған) пакет, оны біріктіруге болмайды.",
			RU: "это обезличенный пакет (для статистики), его нельзя объединять.",
			EN: "this is a redacted bundle (for statistics); it cannot be merged.",
		},
		"sync.changed_midway": {
			KK: "%s импорт кезінде дискіде өзгерді. Өзгеріске дейін біріктірілген жазбалар (әрқайсысы тексерілген) сақталды. Файлды қайта импорттаңыз.",
			RU: "%s изменился на диске во время импорта. Записи, объединённые до изменения (каждая проверена), сохранены. Импортируйте файл ещё раз.",
			EN: "%s changed on the disk while it was imported. The records merged before the change (each one checked) are kept. Import the file again.",
		},
		"sync.why.cannot_read": {
			KK: "файлды оқу мүмкін емес (%s).",
			RU: "не удаётся прочитать файл (%s).",
			EN: "cannot read the file (%s).",
		},

		// The Sync screen.
		"sync.tab_export":    {KK: "Экспорт", RU: "Экспорт", EN: "Export"},
		"sync.tab_import":    {KK: "Импорт", RU: "Импорт", EN: "Import"},
		"sync.tab_conflicts": {KK: "Қайшылықтар (%d)", RU: "Конфликты (%d)", EN: "Conflicts (%d)"},
		"sync.export_path":   {KK: "Пакет файлы", RU: "Файл пакета", EN: "Bundle file"},
		"sync.import_path":   {KK: "Импортталатын файл", RU: "Файл для импорта", EN: "File to import"},
		"sync.full":          {KK: "Барлығы (тек өзгерістер емес)", RU: "Всё (не только изменения)", EN: "Everything (not only changes)"},
		"sync.last_export":   {KK: "Соңғы экспорт: %s", RU: "Последний экспорт: %s", EN: "Last export: %s"},
		"sync.never":         {KK: "әлі болмаған", RU: "ещё не было", EN: "never"},
		"sync.exporting":     {KK: "Жазбалар экспорты: %d / %d… (esc — тоқтату)", RU: "Экспорт записей: %d из %d… (esc — прервать)", EN: "Exporting records: %d of %d… (esc cancels)"},
		"sync.importing":     {KK: "Импорт: біріктірілген жазбалар: %d… (esc тексеру кезінде ғана тоқтатады, сонда ештеңе өзгермейді)", RU: "Импорт: объединено записей: %d… (esc прерывает только на этапе проверки — тогда ничего не меняется)", EN: "Importing: records merged: %d… (esc cancels only while the bundle is checked; nothing changes then)"},
		"sync.cancelled":     {KK: "Тоқтатылды; ештеңе жазылмады.", RU: "Прервано; ничего не записано.", EN: "Cancelled; nothing was written."},
		"sync.no_conflicts":  {KK: "Қайшылық жоқ.", RU: "Конфликтов нет.", EN: "No conflicts."},
		"sync.current":       {KK: "Қазіргі: %s", RU: "Текущая: %s", EN: "Current: %s"},
		"sync.other":         {KK: "Басқасы: %s", RU: "Другая: %s", EN: "Other: %s"},
		"sync.field":         {KK: "Өріс", RU: "Поле", EN: "Field"},
		"sync.take_current":  {KK: "қазіргісі", RU: "текущая", EN: "current"},
		"sync.take_other":    {KK: "басқасы", RU: "другая", EN: "other"},
		"sync.resolved":      {KK: "Қайшылық шешілді; шешім жаңа нұсқа ретінде синхрондалады.", RU: "Конфликт решён; решение синхронизируется как новая версия.", EN: "Conflict settled; the decision syncs as a new revision."},
		"sync.deleted":       {KK: "(жойылған)", RU: "(удалено)", EN: "(deleted)"},
		"sync.passphrase":    {KK: "Құпия сөз (бос — шифрсыз)", RU: "Пароль (пусто — без шифрования)", EN: "Passphrase (empty: not encrypted)"},
		"sync.need_pass":     {KK: "Файл шифрланған: құпия сөзді енгізіп, enter басыңыз.", RU: "Файл зашифрован: введите пароль и нажмите enter.", EN: "The file is encrypted: type the passphrase and press enter."},

		"sync.import_passphrase": {KK: "Осы пакеттің құпия сөзі", RU: "Пароль этого пакета", EN: "This bundle's passphrase"},
		"sync.import_hint": {
			KK: "Файлдың толық жолын жазыңыз; тек атауы жазылса, ол пакеттер қалтасынан ізделеді: %s",
			RU: "Введите полный путь к файлу; если указать только имя, файл ищется в папке пакетов: %s",
			EN: "Type the file's full path; a name alone is looked for in the bundles folder: %s",
		},
		"sync.checking":   {KK: "Пакет тексерілуде… (esc — тоқтату, ештеңе өзгермейді)", RU: "Проверка пакета… (esc — прервать, ничего не изменится)", EN: "Checking the bundle… (esc cancels; nothing changes)"},
		"sync.decrypting": {KK: "Шифрды ашу және тексеру… (esc — тоқтату, ештеңе өзгермейді)", RU: "Расшифровка и проверка… (esc — прервать, ничего не изменится)", EN: "Decrypting and checking… (esc cancels; nothing changes)"},
		"sync.refused_file": {
			KK: "%s: файлды оқу мүмкін емес (%s). Қойма өзгертілмеді.",
			RU: "%s: не удаётся прочитать файл (%s). Хранилище не изменено.",
			EN: "%s: cannot read the file (%s). The store was not changed.",
		},
		"sync.confirm_keep": {
			KK: "Қазіргі нұсқа (%s) қалсын ба? Басқасы (%s) тарихқа кетеді.",
			RU: "Оставить текущую версию (%s)? Другая (%s) уйдёт в историю.",
			EN: "Keep the current version (%s)? The other (%s) goes to history.",
		},
		"sync.confirm_take": {
			KK: "Басқа нұсқа (%s) алынсын ба? Қазіргісі (%s) тарихқа кетеді.",
			RU: "Взять другую версию (%s)? Текущая (%s) уйдёт в историю.",
			EN: "Take the other version (%s)? The current one (%s) goes to history.",
		},
		"sync.one.person":       {KK: "адам", RU: "человек", EN: "person"},
		"sync.one.idea":         {KK: "идея", RU: "идея", EN: "idea"},
		"sync.one.consultation": {KK: "кеңес", RU: "консультация", EN: "consultation"},
		"sync.one.visit":        {KK: "келу", RU: "визит", EN: "visit"},
		"sync.one.hours":        {KK: "сағаттар жазбасы", RU: "запись часов", EN: "hours entry"},
		"sync.one.catalogue":    {KK: "каталог жазбасы", RU: "запись каталога", EN: "catalogue entry"},
		"sync.one.office":       {KK: "кеңсе", RU: "офис", EN: "office"},
		"sync.key_to_pass":      {KK: "құпия сөз өрісіне", RU: "к полю пароля", EN: "to the passphrase"},
		"sync.key_clear":        {KK: "өрісті тазарту", RU: "очистить поле", EN: "clear the field"},

		"sync.key_export":     {KK: "экспорт", RU: "экспорт", EN: "export"},
		"sync.key_import":     {KK: "импорт", RU: "импорт", EN: "import"},
		"sync.key_section":    {KK: "бөлім", RU: "раздел", EN: "section"},
		"sync.key_run":        {KK: "орындау", RU: "выполнить", EN: "run"},
		"sync.key_cancel":     {KK: "тоқтату", RU: "прервать", EN: "cancel"},
		"sync.key_ours":       {KK: "қазіргісін қалдыру", RU: "оставить текущую", EN: "keep current"},
		"sync.key_theirs":     {KK: "басқасын алу", RU: "взять другую", EN: "take other"},
		"sync.key_fields":     {KK: "өріс бойынша", RU: "по полям", EN: "field by field"},
		"sync.key_alike":      {KK: "бірдейлерін шешу", RU: "решить одинаковые", EN: "settle all alike"},
		"sync.key_page":       {KK: "бет", RU: "страница", EN: "page"},
		"sync.no_alike":       {KK: "Нұсқалары бірдей қайшылық жоқ: әрқайсысын шешіңіз (c, x не enter).", RU: "Нет конфликтов с одинаковыми версиями: решите каждый (c, x или enter).", EN: "No conflict here has the same data in both versions: choose for each one (c, x or enter)."},
		"sync.settling_alike": {KK: "Нұсқалары бірдей қайшылықтар шешілуде…", RU: "Решаются конфликты с одинаковыми версиями…", EN: "Settling the conflicts whose versions hold the same data…"},
		"sync.confirm_same": {
			KK: "Екі нұсқаның деректері бірдей, тек кім және қашан сақтағаны басқа (%s / %s). Қазіргісі қалсын ба? Басқасы тарихқа кетеді.",
			RU: "Обе версии содержат одно и то же, различаются только автор и время (%s / %s). Оставить текущую? Другая уйдёт в историю.",
			EN: "Both versions hold the same data; only who saved them and when differ (%s / %s). Keep the current one? The other goes to history.",
		},
		"sync.key_toggle":   {KK: "ауыстыру", RU: "переключить", EN: "toggle"},
		"sync.key_save":     {KK: "сақтау", RU: "сохранить", EN: "save"},
		"sync.key_full":     {KK: "барлығы/өзгерістер", RU: "всё/изменения", EN: "all/changes"},
		"sync.key_move":     {KK: "жылжу", RU: "перемещение", EN: "move"},
		"sync.key_back":     {KK: "артқа", RU: "назад", EN: "back"},
		"sync.key_sync_tab": {KK: "Синхрондау", RU: "Синхронизация", EN: "Sync"},
		"sync.help":         {KK: "Пакет — басқа кеңсеге апаратын файл (USB, пошта, мессенджер).", RU: "Пакет — файл для другого офиса (флешка, почта, мессенджер).", EN: "A bundle is a file for another office (USB stick, e-mail, messenger)."},
		"sync.conflict_help": {
			KK: "Екі кеңсе бір жазбаны бір-бірінің өзгерісін көрмей өзгерткен. «Қазіргі» — қазір көрсетілетін нұсқа (кешірек сақталғаны), қай кеңседе жасалса да. Біреуін қалдырыңыз не өріс бойынша таңдаңыз.",
			RU: "Два офиса изменили одну запись, не видя правок друг друга. «Текущая» — версия, показанная сейчас (сохранённая позже), какой бы офис её ни сделал. Оставьте одну версию или выберите по полям.",
			EN: "Two offices changed the same record without seeing each other's edit. “Current” is the version shown now (the one saved later), whichever office made it. Keep one side or pick field by field.",
		},

		// A bundle read once into a new store: merged into a copy while checked (session 13).
		"sync.checking_merged": {
			KK: "Пакет жазбаларын тексеру: %d / %d… (esc — тоқтату, ештеңе өзгермейді)",
			RU: "Проверка записей пакета: %d из %d… (esc — прервать, ничего не изменится)",
			EN: "Checking records of the bundle: %d of %d… (esc cancels; nothing changes)",
		},
	})
}
