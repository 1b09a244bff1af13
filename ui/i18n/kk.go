package i18n

// kk is the Kazakh catalogue.
var kk = map[string]string{
	"app.too_small":  "Терезені кемінде %d×%d етіп үлкейтіңіз (қазір %d×%d).",
	"app.crashed":    "frontoffice-те ішкі қате болды, бағдарлама жабылады.",
	"app.crash_note": "frontoffice ішкі қатеге байланысты тоқтады. Сақталғандар жоғалған жоқ. Әзірлеушілерге арналған мәлімет: %s",

	"screen.home":     "Басты бет",
	"screen.ideas":    "Идеялар",
	"screen.people":   "Адамдар",
	"screen.settings": "Баптаулар",

	"key.quit":        "шығу",
	"key.help":        "анықтама",
	"key.next_screen": "келесі экран",
	"key.prev_screen": "алдыңғы экран",
	"key.back":        "артқа",
	"key.scroll_up":   "жоғары айналдыру",
	"key.scroll_down": "төмен айналдыру",
	"key.refresh":     "жаңарту",
	"key.edit":        "өзгерту",
	"key.cancel":      "болдырмау",
	"key.yes":         "иә",
	"key.no":          "жоқ",
	"key.next_field":  "келесі өріс",
	"key.prev_field":  "алдыңғы өріс",

	"help.title":   "«%s» экранының пернелері",
	"help.layouts": "Әріп пернелері орыс және қазақ пернетақта тілдерінде де жұмыс істейді.",
	"help.close":   "Анықтаманы жабу үшін ? немесе esc басыңыз.",

	"status.no_office":     "кеңсе әлі аталмаған (Баптаулар)",
	"status.backup_failed": "Бүгінгі автоматты көшірме жасалмады: %s",

	"home.more_below":      "↓ төменде тағы бар (j)",
	"home.loading":         "Санап жатыр…",
	"home.today":           "Бүгін",
	"home.visits_today":    "Бүгінгі келушілер",
	"home.follow_ups_due":  "Хабарласу уақыты",
	"home.people":          "Адамдар",
	"home.ideas":           "Идеялар",
	"home.last_backup":     "Соңғы көшірме",
	"home.pending_import":  "%s импорты аяқталмай үзілді: аяқтау үшін оны қайта импорттаңыз (Синхрондау → Импорт).",
	"home.never":           "әлі болған жоқ",
	"home.ideas_by_status": "Идеялар мәртебе бойынша",
	"home.empty_hint":      "Қойма бос. Баптауларда (s) кеңсе атауын жазыңыз немесе үлгі деректерді жүктеңіз: frontoffice demo",

	"settings.saved":            "Баптаулар сақталды.",
	"settings.no_region":        "(көрсетілмеген)",
	"settings.consultants_hint": "Әр жолға бір есім.",
	"settings.discard_q":        "Енгізілген өзгерістерден бас тартасыз ба?",
	"settings.edit_hint":        "Баптауларды өзгерту үшін e немесе enter басыңыз.",
	"settings.store":            "Қойма",
	"settings.backups":          "Сақтық көшірмелер",

	"field.office_name":        "Кеңсе атауы",
	"field.current_consultant": "Қазір қабылдаудағы кеңесші",
	"field.language":           "Тіл",
	"field.full_name":          "Аты-жөні",
	"field.phone":              "Телефон",
	"field.iin":                "ЖСН",
	"field.birth_year":         "Туған жылы",
	"field.organization":       "Ұйым",
	"field.region":             "Өңір",
	"field.consent":            "Дербес деректерді сақтауға келісім",
	"field.consent_method":     "Келісім қалай берілді",
	"field.consent_at":         "Келісім күні",
	"field.guardian_name":      "Заңды өкілдің аты-жөні",
	"field.guardian_phone":     "Заңды өкілдің телефоны",
	"field.guardian_consent":   "Заңды өкілдің келісімі",
	"field.notes":              "Ескертпелер",
	"field.merged_into":        "Біріктірілді",
	"field.title":              "Атауы",
	"field.summary":            "Қысқаша",
	"field.direction":          "Бағыт",
	"field.status":             "Мәртебе",
	"field.sdgs":               "ТДМ",
	"field.applicant_id":       "Өтініш беруші",
	"field.applicant_name":     "Өтініш берушінің аты",
	"field.budget_kzt":         "Бюджет, ₸",
	"field.team":               "Команда",
	"field.target_groups":      "Мақсатты топтар",
	"field.date":               "Күні",
	"field.duration_min":       "Ұзақтығы, мин",
	"field.consultant":         "Кеңесші",
	"field.services":           "Қызметтер",
	"field.person_id":          "Адам",
	"field.idea_id":            "Идея",
	"field.visit_id":           "Келу",
	"field.next_steps":         "Келесі қадамдар",
	"field.follow_up":          "Қайта хабарласу күні",
	"field.supersedes":         "Түзетеді",
	"field.purpose":            "Келу мақсаты",
	"field.state":              "Кезектегі күйі",
	"field.hours":              "Сағат",
	"field.activity":           "Қызмет түрі",
	"field.description":        "Сипаттама",
	"field.verified_by":        "Кім растады",
	"field.name":               "Атауы",
	"field.consultants":        "Кеңесшілер",
	"field.team_max":           "Команда саны",
	"field.duration_weeks":     "Ұзақтығы, апта",
	"field.budget_max":         "Бюджет ауқымы",

	"reason.required":        "толтыру қажет",
	"reason.too_long":        "тым ұзын",
	"reason.unknown_code":    "рұқсат етілген мәндердің қатарында жоқ",
	"reason.bad_phone":       "Қазақстанның телефон нөмірі емес (мысалы, 8 701 123 45 67)",
	"reason.bad_iin":         "ЖСН дұрыс емес: бақылау саны дұрыс 12 цифр болуы керек",
	"reason.bad_year":        "мүмкін емес туған жыл",
	"reason.bad_number":      "әріпсіз сан болуы керек",
	"reason.not_whole":       "бүтін сан болуы керек (бөлшексіз)",
	"reason.future_date":     "әлі келмеген күн",
	"reason.too_early":       "2000 жылдан бұрынғы күн: жылын тексеріңіз",
	"reason.day_over_24":     "сол күнге жазылған сағаттармен бірге бұл адамға бір күнде 24 сағаттан көп болады",
	"reason.negative":        "теріс болмауы керек",
	"reason.too_large":       "тым үлкен",
	"reason.bad_date":        "күн емес (2026-02-13 немесе 13.02.2026 деп жазыңыз)",
	"reason.bad_hours":       "0,5-тен 24-ке дейін, жарты сағат қадаммен",
	"reason.consent_needed":  "міндетті: дербес деректер тек келісіммен сақталады",
	"reason.guardian_needed": "18 жасқа толмаған адам үшін міндетті",
	"reason.control_chars":   "басқару таңбалары бар",
	"reason.mismatch":        "басқа өріспен сәйкес келмейді",
	"reason.bad_ref":         "жазбаға сілтемейді",
	"reason.duplicate":       "бір мән екі рет көрсетілген",

	"err.in_use":       "Қойма frontoffice-тің басқа терезесінде ашық. Оны сол жерде жабыңыз немесе басқа --db көрсетіңіз.",
	"err.in_use_path":  "%s қоймасы frontoffice-тің басқа терезесінде ашық. Алдымен оны сол жерде жабыңыз немесе басқа --db көрсетіңіз.",
	"err.stale":        "Сіз ашқаннан кейін бұл жазбаны басқа біреу өзгертті. Өзгерістерді көру үшін оны қайта ашыңыз.",
	"err.not_found":    "Табылмады.",
	"err.newer_schema": "Бұл қойманы frontoffice-тің жаңарақ нұсқасы жазған. Бағдарламаны жаңартыңыз.",
	"err.generic":      "Бірдеңе дұрыс болмады",

	"cli.usage": `frontoffice — интернетсіз жұмыс істейтін еріктілер фронт-кеңсесі.

Қолданылуы:
  frontoffice [--db ФАЙЛ] [--lang kk|ru|en]          қолданбаны ашу
  frontoffice demo [--ideas N] [--people N] [--seed S]  қойманы үлгі деректермен толтыру
  frontoffice search [--json] [--limit N] [--kind idea|person] СӨЗДЕР
      идеялар мен адамдарды іздеу
  frontoffice import-csv --kind ideas|people|hours [--dry-run] [--skip-invalid] ФАЙЛ
      кестені оқу
  frontoffice export-csv --out ПАПКА
      идеяларды, адамдарды, кеңестерді және сағаттарды CSV-ге жазу
  frontoffice import-sheet --kind ideas|people|hours [--dry-run] [--skip-invalid] ФАЙЛ
      Excel кітабын (.xlsx) немесе CSV файлын оқу
  frontoffice export-sheet --out ФАЙЛ.xlsx [--template --kind people|ideas|hours]
      бәрін бір Excel кітабына жазу, немесе толтыруға арналған бос үлгі
  frontoffice application [--lang L] [--format md|html] [--out ФАЙЛ | --save [--force]] [--check] IDEA_ID
      идеяның грант өтінімін шығару, --check: әлі неге дайын емес; өтінім мәтіндері жазылған
      тілде шығады, --lang kk, ru не en басқасын таңдайды; --save оны қойманың жанындағы
      applications/ қалтасына атауы мен күні бойынша аталған файлға жазып, жолын шығарады
  frontoffice report [--format text|csv|json|xlsx --out ФАЙЛ.xlsx] [--from КҮН] [--to КҮН] [--region КОД] [--direction КОД] [--office ID|АТАУ]
      есепке сандар: идеялар бағыт, өңір, мәртебе, ТДМ бойынша; қамту; сағаттар; кеңестер
  frontoffice export --out ФАЙЛ [--full] [--encrypt] [--redact]
      басқа кеңселерге пакет жазу: соңғы экспорттан бергі өзгерістер
  frontoffice import [--trust] [--allow-unsigned] [--passphrase-file F] ФАЙЛ...
      басқа кеңселердің пакеттерін тексеріп, біріктіру; --trust: кеңсенің кілтіне
      алғашқы пакетте сену (алдымен саусақ ізін сол кеңсемен салыстырыңыз);
      --allow-unsigned: қолтаңбасыз пакетті де қабылдау (оның расталған сағаттары
      осында тексерілген соң ғана есептеледі)
  frontoffice offices                                белгілі кеңселер, кілт саусақ іздері, соңғы пакеттер
  frontoffice backup --out ФАЙЛ                      қойманың көшірмесін жазу
  frontoffice restore [--from ФАЙЛ]
      зақымдалған қойманың орнына соңғы жарамды көшірмені (не ФАЙЛ-ды) қою; зақымдалған файл сақталады
  frontoffice salvage --out ФАЙЛ [--force]
      зақымдалған қоймадан әлі оқылатын барлық жазбаны жаңа қоймаға көшіру
  frontoffice credits [--format text|csv|json|xlsx --out ФАЙЛ.xlsx]
      еріктілердің әлеуметтік студенттік кредиті
  frontoffice certificate [--out ФАЙЛ] PERSON_ID|ТЕЛЕФОН
      еріктінің расталған сағаттары үшін алғыс хат (HTML)
  frontoffice withdraw PERSON_ID|ТЕЛЕФОН
      адамның келісімін қайтару (жазбаша өтініш): оны барлық жазбадан өшіріп,
      қойманың жанындағы алғыс хаттары мен өтінімдерін жою
  frontoffice check [--code КОД]                     қойманы не алғыс хат кодын тексеру
  frontoffice version                                нұсқасын көрсету
  frontoffice hub import|report|credits|export [--pg URL] ...
      PostgreSQL-дағы өңірлік хаб ($FRONTOFFICE_PG; docs/hub.md)

Әр команда --db ФАЙЛ (әдепкісі: $FRONTOFFICE_DB, әйтпесе пайдаланушының деректер
қалтасы) және --lang kk|ru|en қабылдайды.`,
	"cli.bad_flag":        "Параметр қате: %v.",
	"cli.unknown_command": "%q деген команда жоқ.",
	"cli.bad_args":        "%q үшін аргументтер саны қате.",
	"cli.bad_lang":        "%q тілі белгісіз: kk, ru немесе en көрсетіңіз.",
	"cli.no_home":         "Қоймаға арналған қалта табылмады (%v). Оны --db арқылы көрсетіңіз.",
	"cli.checking_store":  "Өткен жолы қойма дұрыс жабылмаған: іске қоспас бұрын ол толық тексеріледі (100 000 идея мен адамда — шамамен он секунд)…",
	"cli.cannot_open":     "%s қоймасын ашу мүмкін болмады.",
	"cli.negative_count":  "Сан теріс болмауы керек.",
	"cli.need_out":        "Қайда жазу керегін көрсетіңіз: --out ФАЙЛ.",

	"demo.office_name": "Үлгі фронт-кеңсе",
	"demo.done":        "Үлгі деректер қосылды: адам %s, идея %s, кеңес %s, келу %s, сағат жазбасы %s (%.1f с).",
	"check.ok":         "%s қоймасы дұрыс: жазбалар — %s.",
	"backup.done":      "Көшірме %s файлына жазылды.",
}
