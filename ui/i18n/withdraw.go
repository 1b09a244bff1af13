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
		"withdraw.backups_kept":   {KK: "Ескерту: %s ішіндегі бұрын жасалған сақтық көшірмелер әлі қайта жазылмайды, олар адамның деректерін ескіргенше сақтайды (соңғы %d күн).", RU: "Внимание: резервные копии в %s, сделанные раньше, пока не переписываются и хранят данные человека, пока не устареют (последние %d дней).", EN: "Note: backups in %s made before now are not rewritten yet; they keep the person's data until they age out (the last %d days)."},
		"withdraw.file_failed":    {KK: "Жазбалар өшірілді, бірақ файлды жою мүмкін болмады: %v. Оны қолмен жойыңыз.", RU: "Записи стёрты, но файл удалить не удалось: %v. Удалите его вручную.", EN: "The records are erased, but a file could not be deleted: %v. Delete it by hand."},
	})
}
