package i18n

import "frontoffice/model"

// The command line's usage, built by ui/cli/commands from its table: each
// command's synopsis (what follows "frontoffice") and summary, and each flag's
// text, whose `backquoted` word names its value.
func init() {
	add(map[string]model.Label{
		"cli.usage.head": {
			KK: "frontoffice — интернетсіз жұмыс істейтін еріктілер фронт-кеңсесі.\n\nҚолданылуы:",
			RU: "frontoffice — волонтёрский фронт-офис без интернета.\n\nИспользование:",
			EN: "frontoffice — the volunteer front office, offline.\n\nUsage:",
		},
		"cli.usage.foot": {
			KK: "Әр команда --db ФАЙЛ (әдепкісі: $FRONTOFFICE_DB, әйтпесе пайдаланушының деректер\nқалтасы) және --lang kk|ru|en қабылдайды. Бір команданың параметрлері:\nfrontoffice help КОМАНДА (не КОМАНДА --help).",
			RU: "Каждая команда принимает --db ФАЙЛ (по умолчанию $FRONTOFFICE_DB, иначе папка данных\nпользователя) и --lang kk|ru|en. Параметры одной команды:\nfrontoffice help КОМАНДА (или КОМАНДА --help).",
			EN: "Every command takes --db FILE (default: $FRONTOFFICE_DB, else the per-user data folder)\nand --lang kk|ru|en. One command's options: frontoffice help COMMAND (or COMMAND --help).",
		},
		"cli.options":      {KK: "Параметрлер:", RU: "Параметры:", EN: "Options:"},
		"cli.flag_default": {KK: "әдепкісі: %s", RU: "по умолчанию: %s", EN: "default: %s"},
		"cli.did_you_mean": {KK: "Мүмкін, %q?", RU: "Может быть, %q?", EN: "Did you mean %q?"},

		"cmd.app.synopsis": {KK: "[--db ФАЙЛ] [--lang kk|ru|en]", RU: "[--db ФАЙЛ] [--lang kk|ru|en]", EN: "[--db FILE] [--lang kk|ru|en]"},
		"cmd.app.summary":  {KK: "қолданбаны ашу", RU: "открыть приложение", EN: "open the app"},
		"cmd.demo.synopsis": {
			KK: "demo [--ideas N] [--people N] [--seed S]", RU: "demo [--ideas N] [--people N] [--seed S]", EN: "demo [--ideas N] [--people N] [--seed S]",
		},
		"cmd.demo.summary": {KK: "қойманы үлгі деректермен толтыру", RU: "заполнить хранилище примером", EN: "fill the store with sample data"},
		"cmd.search.synopsis": {
			KK: "search [--json] [--limit N] [--kind idea|person] СӨЗДЕР",
			RU: "search [--json] [--limit N] [--kind idea|person] СЛОВА",
			EN: "search [--json] [--limit N] [--kind idea|person] QUERY",
		},
		"cmd.search.summary": {KK: "идеялар мен адамдарды іздеу", RU: "найти идеи и людей", EN: "find ideas and people"},
		"cmd.import-csv.synopsis": {
			KK: "import-csv --kind ideas|people|hours [--dry-run] [--skip-invalid] ФАЙЛ",
			RU: "import-csv --kind ideas|people|hours [--dry-run] [--skip-invalid] ФАЙЛ",
			EN: "import-csv --kind ideas|people|hours [--dry-run] [--skip-invalid] FILE",
		},
		"cmd.import-csv.summary": {KK: "кестені (CSV) оқу", RU: "прочитать таблицу (CSV)", EN: "read a spreadsheet (CSV)"},
		"cmd.export-csv.synopsis": {
			KK: "export-csv --out ҚАЛТА [--force]", RU: "export-csv --out ПАПКА [--force]", EN: "export-csv --out DIR [--force]",
		},
		"cmd.export-csv.summary": {
			KK: "идеяларды, адамдарды, кеңестерді және сағаттарды CSV-ге жазу",
			RU: "записать идеи, людей, консультации и часы в CSV",
			EN: "write ideas, people, consultations and hours as CSV",
		},
		"cmd.import-sheet.synopsis": {
			KK: "import-sheet --kind ideas|people|hours [--dry-run] [--skip-invalid] ФАЙЛ",
			RU: "import-sheet --kind ideas|people|hours [--dry-run] [--skip-invalid] ФАЙЛ",
			EN: "import-sheet --kind ideas|people|hours [--dry-run] [--skip-invalid] FILE",
		},
		"cmd.import-sheet.summary": {
			KK: "Excel кітабын (.xlsx) немесе CSV файлын оқу",
			RU: "прочитать книгу Excel (.xlsx) или CSV-файл",
			EN: "read an Excel workbook (.xlsx) or a CSV file",
		},
		"cmd.export-sheet.synopsis": {
			KK: "export-sheet --out ФАЙЛ.xlsx [--template --kind people|ideas|hours] [--force]",
			RU: "export-sheet --out ФАЙЛ.xlsx [--template --kind people|ideas|hours] [--force]",
			EN: "export-sheet --out FILE.xlsx [--template --kind people|ideas|hours] [--force]",
		},
		"cmd.export-sheet.summary": {
			KK: "бәрін бір Excel кітабына жазу, немесе толтыруға арналған бос үлгі",
			RU: "записать всё в одну книгу Excel, или пустой шаблон для заполнения",
			EN: "write everything into one Excel workbook, or an empty template to fill in",
		},
		"cmd.application.synopsis": {
			KK: "application [--lang L] [--format md|html] [--out ФАЙЛ | --save [--force]] [--check] IDEA_ID",
			RU: "application [--lang L] [--format md|html] [--out ФАЙЛ | --save [--force]] [--check] IDEA_ID",
			EN: "application [--lang L] [--format md|html] [--out FILE | --save [--force]] [--check] IDEA_ID",
		},
		"cmd.application.summary": {
			KK: "идеяның грант өтінімін шығару, --check: әлі неге дайын емес; өтінім мәтіндері жазылған\nтілде шығады, --lang kk, ru не en басқасын таңдайды; --save оны қойманың жанындағы\napplications/ қалтасына атауы мен күні бойынша аталған файлға жазып, жолын шығарады",
			RU: "вывести грантовую заявку по идее, --check: чего ещё не хватает; заявка на языке её\nтекстов, если --lang не задаёт kk, ru или en; --save записывает её в applications/\nрядом с хранилищем под именем из названия и даты и печатает путь",
			EN: "print an idea's grant application, or with --check what it still lacks; it is in the\nlanguage its texts are in unless --lang says kk, ru or en; --save writes it into\napplications/ beside the store, named from its title and date, and prints the path",
		},
		"cmd.report.synopsis": {
			KK: "report [--format text|csv|json|xlsx --out ФАЙЛ.xlsx] [--from КҮН] [--to КҮН] [--region КОД] [--direction КОД] [--office ID|АТАУ]",
			RU: "report [--format text|csv|json|xlsx --out ФАЙЛ.xlsx] [--from ДАТА] [--to ДАТА] [--region КОД] [--direction КОД] [--office ID|НАЗВАНИЕ]",
			EN: "report [--format text|csv|json|xlsx --out FILE.xlsx] [--from DATE] [--to DATE] [--region CODE] [--direction CODE] [--office ID|NAME]",
		},
		"cmd.report.summary": {
			KK: "есепке сандар: идеялар бағыт, өңір, мәртебе, ТДМ бойынша; қамту; сағаттар; кеңестер",
			RU: "цифры для отчёта: идеи по направлениям, регионам, статусам, ЦУР; охват; часы; консультации",
			EN: "counts for a report: ideas by direction, region, status, SDG; reach; hours; consultations",
		},
		"cmd.export.synopsis": {
			KK: "export --out ФАЙЛ [--full] [--encrypt] [--redact] [--passphrase-file F] [--force]",
			RU: "export --out ФАЙЛ [--full] [--encrypt] [--redact] [--passphrase-file F] [--force]",
			EN: "export --out FILE [--full] [--encrypt] [--redact] [--passphrase-file F] [--force]",
		},
		"cmd.export.summary": {
			KK: "басқа кеңселерге пакет жазу: соңғы экспорттан бергі өзгерістер",
			RU: "записать пакет для других офисов: изменения с прошлого экспорта",
			EN: "write a bundle for other offices: what changed since the last export",
		},
		"cmd.import.synopsis": {
			KK: "import [--trust] [--allow-unsigned] [--passphrase-file F] ФАЙЛ...",
			RU: "import [--trust] [--allow-unsigned] [--passphrase-file F] ФАЙЛ...",
			EN: "import [--trust] [--allow-unsigned] [--passphrase-file F] FILE...",
		},
		"cmd.import.summary": {
			KK: "басқа кеңселердің пакеттерін тексеріп, біріктіру; --trust: кеңсенің кілтіне\nалғашқы пакетте сену (алдымен саусақ ізін сол кеңсемен салыстырыңыз);\n--allow-unsigned: қолтаңбасыз пакетті де қабылдау (оның расталған сағаттары\nосында тексерілген соң ғана есептеледі)",
			RU: "проверить и объединить пакеты других офисов; --trust: доверять ключу офиса при\nпервом пакете (сначала сверьте с ним отпечаток); --allow-unsigned: принять и\nнеподписанный пакет (его подтверждённые часы засчитываются после проверки здесь)",
			EN: "check and merge bundles from other offices; --trust: trust an office's key\nthe first time (check its fingerprint with it first); --allow-unsigned: take an\nunsigned bundle too (its verified hours count only once verified here)",
		},
		"cmd.offices.synopsis": {KK: "offices", RU: "offices", EN: "offices"},
		"cmd.offices.summary": {
			KK: "белгілі кеңселер, кілт саусақ іздері, соңғы пакеттер",
			RU: "известные офисы, отпечатки ключей, последние пакеты",
			EN: "known offices, key fingerprints, last bundles",
		},
		"cmd.backup.synopsis":  {KK: "backup --out ФАЙЛ [--force]", RU: "backup --out ФАЙЛ [--force]", EN: "backup --out FILE [--force]"},
		"cmd.backup.summary":   {KK: "қойманың көшірмесін жазу", RU: "записать копию хранилища", EN: "write a copy of the store"},
		"cmd.restore.synopsis": {KK: "restore [--from ФАЙЛ]", RU: "restore [--from ФАЙЛ]", EN: "restore [--from FILE]"},
		"cmd.restore.summary": {
			KK: "зақымдалған қойманың орнына соңғы жарамды көшірмені (не ФАЙЛ-ды) қою; зақымдалған файл сақталады",
			RU: "поставить последнюю исправную копию (или ФАЙЛ) на место повреждённого хранилища; повреждённый файл сохраняется",
			EN: "put the newest good backup (or FILE) in place of a damaged store; the damaged file is kept",
		},
		"cmd.salvage.synopsis": {KK: "salvage --out ФАЙЛ [--force]", RU: "salvage --out ФАЙЛ [--force]", EN: "salvage --out FILE [--force]"},
		"cmd.salvage.summary": {
			KK: "зақымдалған қоймадан әлі оқылатын барлық жазбаны жаңа қоймаға көшіру",
			RU: "скопировать из повреждённого хранилища в новое всё, что ещё читается",
			EN: "copy every record that can still be read from a damaged store into a new one",
		},
		"cmd.credits.synopsis": {
			KK: "credits [--format text|csv|json|xlsx --out ФАЙЛ.xlsx]",
			RU: "credits [--format text|csv|json|xlsx --out ФАЙЛ.xlsx]",
			EN: "credits [--format text|csv|json|xlsx --out FILE.xlsx]",
		},
		"cmd.credits.summary": {
			KK: "еріктілердің әлеуметтік студенттік кредиті",
			RU: "социальный студенческий кредит волонтёров",
			EN: "social student credit of every volunteer",
		},
		"cmd.certificate.synopsis": {
			KK: "certificate [--out ФАЙЛ] PERSON_ID|ТЕЛЕФОН",
			RU: "certificate [--out ФАЙЛ] PERSON_ID|ТЕЛЕФОН",
			EN: "certificate [--out FILE] PERSON_ID|PHONE",
		},
		"cmd.certificate.summary": {
			KK: "еріктінің расталған сағаттары үшін алғыс хат (HTML)",
			RU: "благодарственное письмо за подтверждённые часы (HTML)",
			EN: "a letter of gratitude for a volunteer's verified hours (HTML)",
		},
		"cmd.withdraw.synopsis": {KK: "withdraw PERSON_ID|ТЕЛЕФОН", RU: "withdraw PERSON_ID|ТЕЛЕФОН", EN: "withdraw PERSON_ID|PHONE"},
		"cmd.withdraw.summary": {
			KK: "адамның келісімін қайтару (жазбаша өтініш): оны барлық жазбадан өшіріп,\nқойманың жанындағы алғыс хаттары мен өтінімдерін жою",
			RU: "отозвать согласие человека (письменный запрос): стереть его из всех записей и\nудалить его благодарственные письма и заявки рядом с хранилищем",
			EN: "withdraw a person's consent (a written request): erase them from every record and\ndelete their certificates and applications beside the store",
		},
		"cmd.check.synopsis":   {KK: "check [--code КОД]", RU: "check [--code КОД]", EN: "check [--code CODE]"},
		"cmd.check.summary":    {KK: "қойманы не алғыс хат кодын тексеру", RU: "проверить хранилище или код письма", EN: "check the store, or a certificate's code"},
		"cmd.version.synopsis": {KK: "version", RU: "version", EN: "version"},
		"cmd.version.summary":  {KK: "нұсқасын көрсету", RU: "показать версию", EN: "show the version"},
		"cmd.hub.synopsis": {
			KK: "hub import|report|credits|export [--pg URL] ...",
			RU: "hub import|report|credits|export [--pg URL] ...",
			EN: "hub import|report|credits|export [--pg URL] ...",
		},
		"cmd.hub.summary": {
			KK: "PostgreSQL-дағы өңірлік хаб ($FRONTOFFICE_PG; docs/hub.md)",
			RU: "региональный хаб на PostgreSQL ($FRONTOFFICE_PG; docs/hub.md)",
			EN: "the regional hub on PostgreSQL ($FRONTOFFICE_PG; docs/hub.md)",
		},
		"cmd.help.synopsis": {KK: "help [КОМАНДА]", RU: "help [КОМАНДА]", EN: "help [COMMAND]"},
		"cmd.help.summary": {
			KK: "осы тізім, не бір команданың параметрлері (КОМАНДА --help те солай)",
			RU: "этот список или параметры одной команды (то же: КОМАНДА --help)",
			EN: "this list, or one command's options (so does COMMAND --help)",
		},
	})
	addFlagTexts()
}

// addFlagTexts adds each command flag's text ("flag.COMMAND.FLAG"; --force
// is "flag.force" wherever it means the same).
func addFlagTexts() {
	add(map[string]model.Label{
		"flag.force": {
			KK: "шығыс файлы бар болса, оны ауыстыру",
			RU: "заменить файл вывода, если он уже есть",
			EN: "replace the output file when it exists",
		},
		"flag.demo.ideas":  {KK: "`N` идея жасау", RU: "сделать `N` идей", EN: "make `N` ideas"},
		"flag.demo.people": {KK: "`N` адам жасау", RU: "сделать `N` человек", EN: "make `N` people"},
		"flag.demo.seed": {
			KK: "кездейсоқтық дәні `S` (дәні бірдей болса, деректер де бірдей)",
			RU: "зерно случайности `S` (то же зерно — те же данные)",
			EN: "random seed `S` (same seed, same data)",
		},
		"flag.backup.out": {KK: "көшірме жазылатын `ФАЙЛ`", RU: "`ФАЙЛ`, куда записать копию", EN: "`FILE` to write the copy to"},
		"flag.import-csv.kind": {
			KK: "файлда не бар: `ideas|people|hours`",
			RU: "что в файле: `ideas|people|hours`",
			EN: "what the file holds: `ideas|people|hours`",
		},
		"flag.import-sheet.kind": {
			KK: "кестеде не бар: `ideas|people|hours`",
			RU: "что в таблице: `ideas|people|hours`",
			EN: "what the sheet holds: `ideas|people|hours`",
		},
		"flag.import-csv.dry-run": {
			KK: "файлды тексеріп, есеп беру, ештеңе жазбай",
			RU: "проверить файл и доложить, ничего не записывая",
			EN: "check the file and report, writing nothing",
		},
		"flag.import-csv.skip-invalid": {
			KK: "дұрыс жолдарды енгізу, қатесін айтып, өткізіп жіберу",
			RU: "принять правильные строки, о неверных сообщить и пропустить их",
			EN: "import the good rows, report and skip the bad ones",
		},
		"flag.export-csv.out": {KK: "CSV файлдары жазылатын `ҚАЛТА`", RU: "`ПАПКА`, куда записать CSV-файлы", EN: "`DIR` to write the CSV files into"},
		"flag.export-sheet.out": {
			KK: "жазылатын Excel кітабы, `ФАЙЛ.xlsx`",
			RU: "книга Excel для записи, `ФАЙЛ.xlsx`",
			EN: "the workbook to write, `FILE.xlsx`",
		},
		"flag.export-sheet.template": {
			KK: "толтыруға арналған бос кітап, ашылмалы тізімдері мен ескертпелерімен",
			RU: "пустая книга для заполнения, с выпадающими списками и подсказками",
			EN: "an empty workbook to fill in, with drop-down lists and notes",
		},
		"flag.export-sheet.kind": {
			KK: "--template-пен: `people|ideas|hours`",
			RU: "с --template: `people|ideas|hours`",
			EN: "with --template: `people|ideas|hours`",
		},
		"flag.search.json":  {KK: "бір JSON массивін шығару", RU: "вывести один массив JSON", EN: "print one JSON array"},
		"flag.search.limit": {KK: "ең көбі `N` нәтиже", RU: "не больше `N` результатов", EN: "at most `N` results"},
		"flag.search.kind": {
			KK: "тек `idea|person` (әдепкісі: екеуі де)",
			RU: "только `idea|person` (по умолчанию оба)",
			EN: "only `idea|person` (default: both)",
		},
		"flag.application.format": {
			KK: "шығыс түрі `md|html` (әдепкісі md; --save-пен html)",
			RU: "вид вывода `md|html` (по умолчанию md; с --save — html)",
			EN: "output form `md|html` (default md; html with --save)",
		},
		"flag.application.save": {
			KK: "қойманың жанындағы applications/ қалтасына атауы мен күні бойынша аталған файлға жазу",
			RU: "записать в applications/ рядом с хранилищем под именем из названия и даты",
			EN: "write into applications/ beside the store, named from the title and date",
		},
		"flag.application.out": {
			KK: "жазылатын `ФАЙЛ` (әдепкісі: стандартты шығыс)",
			RU: "`ФАЙЛ` для записи (по умолчанию стандартный вывод)",
			EN: "`FILE` to write (default: standard output)",
		},
		"flag.application.check": {
			KK: "неге дайын емес екенін шығару; дайын болмаса, 1 кодымен шығу",
			RU: "вывести, чего не хватает; код выхода 1, если не готова",
			EN: "print what is missing; exit 1 when not ready",
		},
		"flag.report.format": {
			KK: "шығыс түрі `text|csv|json|xlsx` (xlsx: --out-пен)",
			RU: "вид вывода `text|csv|json|xlsx` (xlsx: с --out)",
			EN: "output form `text|csv|json|xlsx` (xlsx: with --out)",
		},
		"flag.report.out": {
			KK: "--format xlsx-пен: жазылатын кітап, `ФАЙЛ.xlsx`",
			RU: "с --format xlsx: книга для записи, `ФАЙЛ.xlsx`",
			EN: "with --format xlsx: the workbook to write, `FILE.xlsx`",
		},
		"flag.report.from": {
			KK: "есептелетін алғашқы `КҮН` (2026-02-01 не 01.02.2026)",
			RU: "первый учитываемый день, `ДАТА` (2026-02-01 или 01.02.2026)",
			EN: "first day counted, `DATE` (2026-02-01 or 01.02.2026)",
		},
		"flag.report.to": {KK: "есептелетін соңғы `КҮН`", RU: "последний учитываемый день, `ДАТА`", EN: "last day counted, `DATE`"},
		"flag.report.region": {
			KK: "тек осы өңір (`КОД` не атауы)",
			RU: "только этот регион (`КОД` или название)",
			EN: "only this region (`CODE` or name)",
		},
		"flag.report.direction": {
			KK: "тек осы бағыт (`КОД` не атауы)",
			RU: "только это направление (`КОД` или название)",
			EN: "only this direction (`CODE` or name)",
		},
		"flag.report.office": {
			KK: "тек осы кеңсе жасаған жазбалар (оның `ID|АТАУ`)",
			RU: "только записи этого офиса (его `ID|НАЗВАНИЕ`)",
			EN: "only the records this office made (its `ID|NAME`)",
		},
		"flag.check.code": {
			KK: "оның орнына алғыс хаттың тексеру `КОД`-ын растау",
			RU: "вместо этого подтвердить проверочный `КОД` письма",
			EN: "confirm a certificate's verification `CODE` instead",
		},
		"flag.credits.format": {
			KK: "шығыс түрі `text|csv|json|xlsx` (xlsx: --out-пен)",
			RU: "вид вывода `text|csv|json|xlsx` (xlsx: с --out)",
			EN: "output form `text|csv|json|xlsx` (xlsx: with --out)",
		},
		"flag.credits.out": {
			KK: "--format xlsx-пен: жазылатын кітап, `ФАЙЛ.xlsx`",
			RU: "с --format xlsx: книга для записи, `ФАЙЛ.xlsx`",
			EN: "with --format xlsx: the workbook to write, `FILE.xlsx`",
		},
		"flag.certificate.out": {
			KK: "жазылатын `ФАЙЛ` (әдепкісі: стандартты шығыс)",
			RU: "`ФАЙЛ` для записи (по умолчанию стандартный вывод)",
			EN: "`FILE` to write (default: standard output)",
		},
		"flag.export.out": {KK: "жазылатын пакет `ФАЙЛ` (.fob)", RU: "`ФАЙЛ` пакета для записи (.fob)", EN: "bundle `FILE` to write (.fob)"},
		"flag.export.full": {
			KK: "соңғы экспорттан бергі өзгерістерді ғана емес, бәрін",
			RU: "всё, а не только изменения с прошлого экспорта",
			EN: "everything, not only what changed since the last export",
		},
		"flag.export.encrypt": {KK: "құпия сөзбен шифрлау (age)", RU: "зашифровать паролем (age)", EN: "encrypt with a passphrase (age)"},
		"flag.export.redact": {
			KK: "аты-жөнін, телефонын, ЖСН-ын қоспау (статистика үшін)",
			RU: "без имён, телефонов и ИИН (для статистики)",
			EN: "leave out names, phones and IINs (for statistics)",
		},
		"flag.export.passphrase-file": {KK: "құпия сөз жазылған `ФАЙЛ`", RU: "`ФАЙЛ` с паролем", EN: "`FILE` holding the passphrase"},
		"flag.import.passphrase-file": {
			KK: "шифрланған пакеттердің құпия сөзі жазылған `ФАЙЛ`",
			RU: "`ФАЙЛ` с паролем зашифрованных пакетов",
			EN: "`FILE` holding the passphrase of encrypted bundles",
		},
		"flag.import.trust": {
			KK: "алғаш көрінген кеңсенің кілтіне сену",
			RU: "доверять ключу офиса, встреченного впервые",
			EN: "trust the key of an office seen for the first time",
		},
		"flag.import.allow-unsigned": {
			KK: "қолтаңбасыз пакеттерді де біріктіру",
			RU: "объединять и неподписанные пакеты",
			EN: "merge unsigned bundles too",
		},
		"flag.restore.from": {
			KK: "соңғы жарамды көшірменің орнына осы `ФАЙЛ`-дан қалпына келтіру",
			RU: "восстановить из этого `ФАЙЛ`, а не из последней исправной копии",
			EN: "restore from `FILE` instead of the newest good backup",
		},
		"flag.salvage.out": {
			KK: "оқылатынның бәрі көшірілетін жаңа қойма `ФАЙЛ`",
			RU: "`ФАЙЛ` нового хранилища, куда скопировать всё, что читается",
			EN: "new store `FILE` to copy what can be read into",
		},
		"flag.salvage.force": {KK: "--out бар болса, оны ауыстыру", RU: "заменить --out, если он есть", EN: "replace --out if it exists"},
		"flag.hub.pg": {
			KK: "хабтың PostgreSQL `URL`-ы (әдепкісі $FRONTOFFICE_PG)",
			RU: "`URL` PostgreSQL хаба (по умолчанию $FRONTOFFICE_PG)",
			EN: "PostgreSQL `URL` of the hub (default $FRONTOFFICE_PG)",
		},
		"flag.hub.trust": {
			KK: "import: алғаш көрінген кеңсенің кілтіне сену",
			RU: "import: доверять ключу офиса, встреченного впервые",
			EN: "import: trust the key of an office seen for the first time",
		},
		"flag.hub.allow-unsigned": {
			KK: "import: қолтаңбасыз пакеттерді де жүктеу (расталған сағаттары күтуде қалады)",
			RU: "import: загружать и неподписанные пакеты (их подтверждённые часы остаются ожидающими)",
			EN: "import: load unsigned bundles too (their verified hours stay pending)",
		},
		"flag.hub.format": {KK: "report, credits: шығыс түрі `text|csv|json`", RU: "report, credits: вид вывода `text|csv|json`", EN: "report, credits: output form `text|csv|json`"},
		"flag.hub.from":   {KK: "report: есептелетін алғашқы `КҮН`", RU: "report: первый учитываемый день, `ДАТА`", EN: "report: first day counted, `DATE`"},
		"flag.hub.to":     {KK: "report: есептелетін соңғы `КҮН`", RU: "report: последний учитываемый день, `ДАТА`", EN: "report: last day counted, `DATE`"},
		"flag.hub.region": {
			KK: "report, export: тек осы өңір (`КОД` не атауы)",
			RU: "report, export: только этот регион (`КОД` или название)",
			EN: "report, export: only this region (`CODE` or name)",
		},
		"flag.hub.direction": {
			KK: "report: тек осы бағыт (`КОД` не атауы)",
			RU: "report: только это направление (`КОД` или название)",
			EN: "report: only this direction (`CODE` or name)",
		},
		"flag.hub.office": {
			KK: "report: тек осы кеңсе жасаған жазбалар (оның `ID|АТАУ`)",
			RU: "report: только записи этого офиса (его `ID|НАЗВАНИЕ`)",
			EN: "report: only the records this office made (its `ID|NAME`)",
		},
		"flag.hub.out": {KK: "export: жазылатын пакет `ФАЙЛ` (.fob)", RU: "export: `ФАЙЛ` пакета для записи (.fob)", EN: "export: bundle `FILE` to write (.fob)"},
		"flag.hub.since": {
			KK: "export: хабта осы `КҮН`-нен (не уақыттан) бері өзгергені ғана",
			RU: "export: только изменённое в хабе с этого `ДНЯ` или времени",
			EN: "export: only what changed in the hub since this `DAY` or time",
		},
		"flag.hub.redact": {
			KK: "export: аты-жөнін, телефонын, ЖСН-ын қоспау",
			RU: "export: без имён, телефонов и ИИН",
			EN: "export: leave out names, phones and IINs",
		},
	})
}
