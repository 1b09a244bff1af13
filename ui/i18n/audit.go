package i18n

import "frontoffice/model"

// Sentences of the audit list in Settings (ui/settings/audit.go): who changed
// which record, when, and in which office.
func init() {
	add(map[string]model.Label{
		"audit.title":     {KK: "Соңғы өзгерістер", RU: "Последние изменения", EN: "Recent changes"},
		"audit.row":       {KK: "Өзгерістер журналы", RU: "Журнал изменений", EN: "Change log"},
		"audit.press_a":   {KK: "кім, не, қашан өзгертті — a басыңыз", RU: "кто, что и когда изменил — нажмите a", EN: "who changed what and when — press a"},
		"audit.key":       {KK: "өзгерістер журналы", RU: "журнал изменений", EN: "change log"},
		"audit.key_open":  {KK: "ашу", RU: "открыть", EN: "open"},
		"audit.key_more":  {KK: "бет төмен/жоғары", RU: "страница вниз/вверх", EN: "page down/up"},
		"audit.hint":      {KK: "Әр жазба бір рет, соңғы өзгерісімен; enter оны ашады, онда барлық нұсқалар.", RU: "Каждая запись один раз, с последним изменением; enter открывает её со всеми версиями.", EN: "Each record once, with its newest change; enter opens it with all its versions."},
		"audit.loading":   {KK: "Жүктелуде…", RU: "Загрузка…", EN: "Loading…"},
		"audit.empty":     {KK: "Әзірге өзгерістер жоқ.", RU: "Изменений пока нет.", EN: "No changes yet."},
		"audit.end":       {KK: "— журналдың басы —", RU: "— начало журнала —", EN: "— the start of the log —"},
		"audit.count":     {KK: "Көрсетілді: %d", RU: "Показано: %d", EN: "Shown: %d"},
		"audit.created":   {KK: "құрылды", RU: "создано", EN: "created"},
		"audit.edited":    {KK: "өзгертілді", RU: "изменено", EN: "edited"},
		"audit.deleted":   {KK: "жойылды", RU: "удалено", EN: "deleted"},
		"audit.merged":    {KK: "пакеттен біріктірілді", RU: "слито из пакета", EN: "merged from a bundle"},
		"audit.office":    {KK: "кеңсе: %s", RU: "офис: %s", EN: "office: %s"},
		"audit.other":     {KK: "басқа кеңсе", RU: "другой офис", EN: "another office"},
		"audit.nobody":    {KK: "белгісіз", RU: "неизвестно кто", EN: "unknown"},
		"audit.no_open":   {KK: "Мұндай жазба өз экранында ашылмайды.", RU: "Такая запись не открывается на своём экране.", EN: "This kind of record has no screen of its own to open."},
		"audit.gone":      {KK: "Жазба жойылған; оның тарихы әлі сақтаулы.", RU: "Запись удалена; её история сохранена.", EN: "The record is deleted; its history is kept."},
		"audit.load_fail": {KK: "Журналды оқу мүмкін болмады: %s", RU: "Не удалось прочитать журнал: %s", EN: "The change log could not be read: %s"},

		// A revision on a card's history made in another office.
		"history.from_named":  {KK: "%s кеңсесінен, пакетпен келді", RU: "из офиса «%s», пришло в пакете", EN: "from %s, came in a bundle"},
		"history.from_office": {KK: "басқа кеңседен (…%s), пакетпен келді", RU: "из другого офиса (…%s), пришло в пакете", EN: "from another office (…%s), came in a bundle"},

		"audit.kind.person":       {KK: "адам", RU: "человек", EN: "person"},
		"audit.kind.idea":         {KK: "идея", RU: "идея", EN: "idea"},
		"audit.kind.consultation": {KK: "кеңес", RU: "консультация", EN: "consultation"},
		"audit.kind.visit":        {KK: "келу", RU: "визит", EN: "visit"},
		"audit.kind.hours":        {KK: "сағаттар", RU: "часы", EN: "hours"},
		"audit.kind.catalogue":    {KK: "каталог", RU: "каталог", EN: "catalogue"},
		"audit.kind.office":       {KK: "кеңсе", RU: "офис", EN: "office"},
	})
}
