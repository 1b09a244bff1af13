package i18n

import "frontoffice/model"

// Where outputs may go, what a file given as the store is, a store that can
// only be read, and work stopped partway (issue 18, items 1, 4, 6 and 7).
func init() {
	add(map[string]model.Label{
		// Outputs (DESIGN.md §4).
		"out.is_store": {
			KK: "%s — қойманың өзі: оған жазу қойманы жояды. Басқа файл таңдаңыз.",
			RU: "%s — это само хранилище: запись туда уничтожила бы его. Выберите другой файл.",
			EN: "%s is the store itself: writing there would destroy it. Choose another file.",
		},
		"out.in_backups": {
			KK: "%s қойманың сақтық көшірмелер қалтасында, оны қолданба өзі жүргізеді. Басқа орын таңдаңыз.",
			RU: "%s — в папке резервных копий хранилища, её ведёт само приложение. Выберите другое место.",
			EN: "%s is in the store's backups folder, which the app keeps itself. Choose another place.",
		},
		"out.store_file": {
			KK: "%s — frontoffice қоймасы (көшірме не басқа қойма): ол ешқашан қайта жазылмайды. Басқа атау беріңіз.",
			RU: "%s — хранилище frontoffice (копия или другое хранилище): оно никогда не перезаписывается. Укажите другое имя.",
			EN: "%s is a frontoffice store (a backup or another store): it is never overwritten. Give another name.",
		},
		"out.is_dir": {
			KK: "%s — қалта: файл атауын беріңіз.",
			RU: "%s — это папка: укажите имя файла.",
			EN: "%s is a folder: give a file name.",
		},
		"out.exists": {
			KK: "%s бар; оны ауыстыру үшін --force қосыңыз.",
			RU: "%s уже существует; чтобы заменить его, добавьте --force.",
			EN: "%s exists already; add --force to replace it.",
		},
		"out.exists_ask": {
			KK: "%s бар. Ауыстырылсын ба?",
			RU: "%s уже существует. Заменить?",
			EN: "%s exists already. Replace it?",
		},
		"confirm.replace":   {KK: "ауыстыру", RU: "заменить", EN: "replace it"},
		"confirm.keep_file": {KK: "сол қалпында қалдыру", RU: "оставить как есть", EN: "keep it as it is"},
		"out.kept": {
			KK: "Ештеңе жазылмады; %s сол қалпында.",
			RU: "Ничего не записано; %s не тронут.",
			EN: "Nothing was written; %s is as it was.",
		},

		// What a file given as --db is.
		"store.missing": {
			KK: "%s жерінде қойма жоқ; оны жасау үшін қолданбаны іске қосыңыз немесе `frontoffice demo` орындаңыз.",
			RU: "Хранилища %s нет; чтобы создать его, запустите приложение или `frontoffice demo`.",
			EN: "No store at %s; start the app or `frontoffice demo` to create one.",
		},
		"store.is_bundle": {
			KK: "%s — қойма емес, пакет: оны `frontoffice import %s` арқылы импорттаңыз.",
			RU: "%s — не хранилище, а пакет: импортируйте его командой `frontoffice import %s`.",
			EN: "%s is a bundle, not a store: import it with `frontoffice import %s`.",
		},
		"store.is_csv": {
			KK: "%s — қойма емес, CSV файл: оны `frontoffice import-csv --kind ideas|people|hours %s` арқылы импорттаңыз.",
			RU: "%s — не хранилище, а CSV-файл: импортируйте его командой `frontoffice import-csv --kind ideas|people|hours %s`.",
			EN: "%s is a CSV file, not a store: import it with `frontoffice import-csv --kind ideas|people|hours %s`.",
		},
		"store.is_empty": {
			KK: "%s — бос файл, қойма емес. Жаңа қойма болуы керек болса, алдымен оны өшіріңіз; не басқа --db беріңіз.",
			RU: "%s — пустой файл, а не хранилище. Если здесь должно быть новое хранилище, сначала удалите его; или укажите другой --db.",
			EN: "%s is an empty file, not a store. If a new store should be made there, delete it first; or give another --db.",
		},
		"store.is_dir": {
			KK: "%s — қалта; --db қойманың файлын алады.",
			RU: "%s — это папка; --db принимает файл хранилища.",
			EN: "%s is a folder; --db takes the store's file.",
		},
		"store.not_store": {
			KK: "%s — frontoffice қоймасы емес (%s).",
			RU: "%s — не хранилище frontoffice (%s).",
			EN: "%s is not a frontoffice store (%s).",
		},
		"store.read_only_write": {
			KK: "%s тек оқуға арналған (файлы не қалтасы жазуға жабық), сондықтан `%s` оны өзгерте алмайды. Оны жазуға ашыңыз немесе көшірмесімен жұмыс істеңіз.",
			RU: "%s доступно только для чтения (файл или его папка закрыты для записи), поэтому `%s` не может его изменить. Разрешите запись или работайте с копией.",
			EN: "%s can only be read (the file or its folder is read-only), so `%s` cannot change it. Make it writable, or work on a copy.",
		},
		"err.read_only": {
			KK: "Қойма тек оқу үшін ашылған: ештеңе өзгертілмейді. Өңдеу үшін файл мен оның қалтасын жазуға ашып, қайта іске қосыңыз.",
			RU: "Хранилище открыто только для чтения: ничего изменить нельзя. Чтобы вносить изменения, разрешите запись в файл и его папку и запустите заново.",
			EN: "The store is open read-only: nothing can be changed. To make changes, make the file and its folder writable and start again.",
		},
		"err.needs_upgrade": {
			KK: "Бұл қойманы бұрынғы нұсқа жасаған, оны жаңарту керек, ал ол үшін жазу рұқсаты қажет: файл мен қалтаны жазуға ашып, қайталаңыз.",
			RU: "Это хранилище создано прежней версией и должно быть обновлено, а для этого нужна запись: разрешите запись в файл и папку и повторите.",
			EN: "This store was made by an older version and must be upgraded, which needs write access: make the file and its folder writable and try again.",
		},
		"app.read_only": {
			KK: "ТЕК ОҚУ: өзгерістер сақталмайды",
			RU: "ТОЛЬКО ЧТЕНИЕ: изменения не сохраняются",
			EN: "READ-ONLY: changes cannot be saved",
		},
		"sync.cursor_kept": {
			KK: "Қойма тек оқу үшін ашық, сондықтан бұл экспорт белгіленбеді: келесі экспорт осы жазбаларды қайта алып жүреді.",
			RU: "Хранилище открыто только для чтения, поэтому этот экспорт не отмечен: следующий экспорт снова возьмёт эти записи.",
			EN: "The store is open read-only, so this export was not noted: the next export carries these records again.",
		},

		// Work stopped partway: by a full disk or at the person's request.
		"sync.partial": {
			KK: "%s: тоқтады; біріктірілген жазбалар: %s (барлығы %s): %s Біріктірілгені қалады; аяқтау үшін файлды қайта импорттаңыз.",
			RU: "%s: остановлено; объединено записей: %s (всего %s): %s Объединённое остаётся; чтобы завершить, импортируйте файл ещё раз.",
			EN: "%s: stopped; records merged: %s (of %s): %s What was merged stays; import the file again to finish.",
		},
		"sync.partial_index": {
			KK: "%s: барлық жазбалар біріктірілді (%s), бірақ олардың индекс жазбалары аяқталмады: %s Орын босатып, бағдарламаны қайта іске қосыңыз: ол оларды аяқтайды.",
			RU: "%s: объединены все записи (%s), но их индексные записи не завершены: %s Освободите место и запустите программу снова: она их завершит.",
			EN: "%s: every record was merged (%s), but their index entries could not be finished: %s Free some space and start the program again: it finishes them.",
		},
		"sync.stopped": {
			KK: "%s: сұрауыңыз бойынша тоқтатылды; біріктірілген жазбалар: %s (барлығы %s). Біріктірілгені қалады; аяқтау үшін файлды қайта импорттаңыз.",
			RU: "%s: остановлено по вашей просьбе; объединено записей: %s (всего %s). Объединённое остаётся; чтобы завершить, импортируйте файл ещё раз.",
			EN: "%s: stopped at your request; records merged: %s (of %s). What was merged stays; import the file again to finish.",
		},
		"sync.stopped_check": {
			KK: "Сұрауыңыз бойынша тоқтатылды, пакет тексерілген кезде: қойма өзгертілмеді.",
			RU: "Остановлено по вашей просьбе во время проверки пакета: хранилище не изменено.",
			EN: "Stopped at your request while the bundle was checked: the store was not changed.",
		},
		"sync.export_stopped": {
			KK: "Сұрауыңыз бойынша тоқтатылды: пакет жазылмады, келесі экспорт бәрін бұрынғыдай алып жүреді.",
			RU: "Остановлено по вашей просьбе: пакет не записан, следующий экспорт по-прежнему возьмёт всё.",
			EN: "Stopped at your request: no bundle was written, and the next export still carries everything.",
		},
		"backup.stopped": {
			KK: "Сұрауыңыз бойынша тоқтатылды: көшірме жазылмады.",
			RU: "Остановлено по вашей просьбе: копия не записана.",
			EN: "Stopped at your request: no copy was written.",
		},
		"csv.stopped": {
			KK: "Сұрауыңыз бойынша тоқтатылды: ештеңе импортталмады. Файлды импорттау үшін сол команданы қайта орындаңыз.",
			RU: "Остановлено по вашей просьбе: ничего не импортировано. Чтобы импортировать файл, выполните ту же команду ещё раз.",
			EN: "Stopped at your request: nothing was imported. Run the same command again to import the file.",
		},
		"csv.export_stopped": {
			KK: "Сұрауыңыз бойынша тоқтатылды; толық жазылған файлдар: %s. Төрт файлдың бәрі үшін export-csv командасын қайта орындаңыз.",
			RU: "Остановлено по вашей просьбе; полностью записаны: %s. Чтобы получить все четыре файла, выполните export-csv ещё раз.",
			EN: "Stopped at your request; files written in full: %s. Run export-csv again for all four files.",
		},
		"sync.progress": {
			KK: "%s: біріктірілген жазбалар: %s (барлығы %s)…",
			RU: "%s: объединено записей: %s (всего %s)…",
			EN: "%s: records merged: %s (of %s)…",
		},
		"demo.progress": {
			KK: "Сақталған жазбалар: %s…",
			RU: "Сохранено записей: %s…",
			EN: "Records saved: %s…",
		},
		"csv.none_written": {KK: "жоқ", RU: "нет", EN: "none"},
		"demo.saved": {
			KK: "Тоқтағанға дейін сақталғаны: адам %s, идея %s, кеңес %s, келу %s, сағат жазбасы %s.",
			RU: "До остановки сохранено: людей %s, идей %s, консультаций %s, визитов %s, записей часов %s.",
			EN: "Saved before it stopped: people %s, ideas %s, consultations %s, visits %s, hours entries %s.",
		},
		"demo.stopped": {
			KK: "Сұрауыңыз бойынша тоқтатылды. Тағы қосу үшін demo командасын басқа --seed мәнімен орындаңыз.",
			RU: "Остановлено по вашей просьбе. Чтобы добавить ещё, выполните demo с другим --seed.",
			EN: "Stopped at your request. To add more, run demo again with another --seed.",
		},
		"err.no_space_kept": {
			KK: "Дискіде (немесе флешкада) орын жетпеді. Орын босатыңыз: жоғарыда аталғаны қоймада қалады.",
			RU: "На диске (или флешке) не хватило места. Освободите место: названное выше остаётся в хранилище.",
			EN: "The disk (or stick) is full. Free some space: what is listed above stays in the store.",
		},
	})
}
