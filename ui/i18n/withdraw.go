package i18n

import "frontoffice/model"

// Sentences of the withdraw command (ui/cli/withdraw.go): a person's consent
// withdrawn from the command line, and what the withdrawal erased.
func init() {
	add(map[string]model.Label{
		"withdraw.unknown_person": {KK: "%q деген адам қоймада жоқ (id немесе телефон беріңіз; келісімін қайтарып алған адамды тек id арқылы табуға болады).", RU: "Человека %q нет в хранилище (укажите id или телефон; отозвавшего согласие можно найти только по id).", EN: "There is nobody %q in the store (give an id or a phone; a person who withdrew consent is found by id only)."},
		"withdraw.done":           {KK: "%s адамның келісімі қайтарылды: жеке деректері өшірілді, аты бас әріптерге айналды.", RU: "Согласие человека %s отозвано: личные данные стёрты, имя заменено инициалами.", EN: "Consent of person %s withdrawn: their personal data is erased, their name is initials now."},
		"withdraw.records":        {KK: "Басқа жазбалар: %d өзгертілді (команда мүшесі → бас әріптер: %d, өтініш беруші: %d, мәтіндегі телефон, ЖСН немесе аты-жөні → [erased]: %d).", RU: "Другие записи: изменено %d (участники команд → инициалы: %d, заявители: %d, телефон, ИИН или ФИО в тексте → [erased]: %d).", EN: "Other records: %d changed (team members to initials: %d, applicants: %d, phone, IIN or full name in text to [erased]: %d)."},
		"withdraw.history":        {KK: "Тарихтағы бұрынғы нұсқалар өшірілді: %d.", RU: "Стёрто прежних версий в истории: %d.", EN: "Earlier revisions in history erased: %d."},
		"withdraw.files":          {KK: "Қойманың жанындағы файлдар жойылды (алғыс хаттар, өтінімдер): %d.", RU: "Удалено файлов рядом с хранилищем (благодарственные письма, заявки): %d.", EN: "Files beside the store deleted (certificates, applications): %d."},
		"check.withdrawn_left":    {KK: "%s: келісімін қайтарып алған адамның телефоны немесе ЖСН-і болуы мүмкін сан бар (%d). Файлды жойыңыз немесе адамды қайта withdraw командасымен өшіріңіз.", RU: "%s: есть число, которое может быть телефоном или ИИН человека, отозвавшего согласие (%d). Удалите файл или повторите withdraw для этого человека.", EN: "%s: holds a number that may be the phone or IIN of a person who withdrew consent (%d). Delete the file, or run withdraw for the person again."},
		"check.withdrawn_unread":  {KK: "%s: файлды оқу мүмкін болмады (%v), онда келісімін қайтарып алған адамның деректері жоқ екенін тексеру мүмкін емес.", RU: "%s: файл не читается (%v), нельзя проверить, нет ли в нём данных отозвавших согласие.", EN: "%s: the file cannot be read (%v), so it cannot be checked for the data of people who withdrew consent."},
		"withdraw.step_records":   {KK: "Адамның деректері жазбалардан өшірілуде…", RU: "Данные человека стираются из записей…", EN: "Erasing the person's data from the records…"},
		"withdraw.step_wipe":      {KK: "Қойманың босаған беттері нөлдермен қайта жазылуда… %d%%", RU: "Освободившиеся страницы хранилища перезаписываются нулями… %d%%", EN: "Overwriting the store's freed pages with zeros… %d%%"},
		"withdraw.step_backups":   {KK: "Сақтық көшірмелер қайта жазылуда… %d/%d", RU: "Переписываются резервные копии… %d/%d", EN: "Rewriting the backups… %d/%d"},
		"withdraw.wiped":          {KK: "Қойманың босаған беттері нөлдермен қайта жазылды: %d (файл үлкеймеді).", RU: "Освободившихся страниц хранилища перезаписано нулями: %d (файл не вырос).", EN: "Freed pages of the store overwritten with zeros: %d (the file did not grow)."},
		"withdraw.wipe_failed":    {KK: "Қойманың босаған беттерін қайта жазу мүмкін болмады: %v. Ескі байттар файлда қалды; командаларды қайталаңыз.", RU: "Не удалось перезаписать освободившиеся страницы хранилища: %v. Старые байты остались в файле; повторите команду.", EN: "The store's freed pages could not be overwritten: %v. The old bytes are still in the file; run the command again."},
		"withdraw.backups":        {KK: "Сақтық көшірмелер қайта жазылды: %d, барлығы %d (қалғандарында адамның деректері жоқ).", RU: "Переписано резервных копий: %d из %d (в остальных данных человека нет).", EN: "Backups rewritten: %d of %d (the others hold nothing of theirs)."},
		"withdraw.backup_failed":  {KK: "%s сақтық көшірмесін қайта жазу мүмкін болмады: %v. Ол адамның деректерін әлі сақтайды: оны жөндеңіз немесе жойыңыз.", RU: "Резервную копию %s переписать не удалось: %v. Она всё ещё хранит данные человека: почините или удалите её.", EN: "Backup %s could not be rewritten: %v. It still holds the person's data: repair or delete it."},
		"withdraw.log_failed":     {KK: "Өшіру журналына жазу мүмкін болмады: %v.", RU: "Не удалось записать в журнал удалений: %v.", EN: "The erasure log could not be written: %v."},
		"withdraw.logged":         {KK: "Өшіру журналына жазылды (Баптаулар → өзгерістер журналы).", RU: "Записано в журнал удалений (Настройки → журнал изменений).", EN: "Written to the erasure log (Settings → change log)."},
		"withdraw.file_failed":    {KK: "Жазбалар өшірілді, бірақ файлды жою мүмкін болмады: %v. Оны қолмен жойыңыз.", RU: "Записи стёрты, но файл удалить не удалось: %v. Удалите его вручную.", EN: "The records are erased, but a file could not be deleted: %v. Delete it by hand."},
	})
}
