package i18n

import "frontoffice/model"

// Sentences about a damaged store: the one sentence every command gives,
// the restore and salvage commands, and the app's first screen that offers
// the newest good backup (ui/damaged).
func init() {
	add(map[string]model.Label{
		"err.damaged": {
			KK: "%s қоймасы зақымдалған (файлдың бір бөлігі оқылмайды), сондықтан ештеңе істелмеді: «frontoffice restore» соңғы жарамды сақтық көшірмені орнына қояды, ал «frontoffice salvage --out ФАЙЛ» әлі оқылатынның бәрін көшіреді.",
			RU: "Хранилище %s повреждено (часть файла не читается), поэтому ничего не сделано: «frontoffice restore» вернёт последнюю исправную резервную копию, а «frontoffice salvage --out ФАЙЛ» скопирует всё, что ещё читается.",
			EN: "The store %s is damaged (part of the file cannot be read), so nothing was done: `frontoffice restore` brings back the newest good backup, and `frontoffice salvage --out FILE` copies what can still be read.",
		},

		// restore
		"restore.list_title": {
			KK: "%s ішіндегі сақтық көшірмелер, ең жаңасы басында:",
			RU: "Резервные копии в %s, сначала новые:",
			EN: "Backups in %s, newest first:",
		},
		"restore.none": {
			KK: "%s ішінде сақтық көшірме жоқ.",
			RU: "В %s нет резервных копий.",
			EN: "There are no backups in %s.",
		},
		"restore.check_ok":      {KK: "тексеруден өтеді", RU: "проверку проходит", EN: "passes the check"},
		"restore.check_damaged": {KK: "зақымдалған", RU: "повреждена", EN: "damaged"},
		"restore.check_bad":     {KK: "жарамсыз (%s)", RU: "непригодна (%s)", EN: "cannot be used (%s)"},
		"restore.count":         {KK: "%s: %s", RU: "%s: %s", EN: "%s: %s"},
		"restore.done": {
			KK: "%s қоймасы %s көшірмесінен (%s) қалпына келтірілді: %s.",
			RU: "Хранилище %s восстановлено из копии %s (%s): %s.",
			EN: "Restored the store %s from %s (%s): %s.",
		},
		"restore.moved_damaged": {
			KK: "Зақымдалған қойма %s деп сақталды (ештеңе өшірілмеді); одан кейін енгізілгенді «frontoffice salvage --db %s --out ФАЙЛ» әлі оқылатын бөлігінен көшіреді.",
			RU: "Повреждённое хранилище сохранено как %s (ничего не удалено); то, что вносилось после копии, «frontoffice salvage --db %s --out ФАЙЛ» скопирует из него, насколько оно читается.",
			EN: "The damaged store is kept as %s (nothing was deleted); what was entered after the backup, `frontoffice salvage --db %s --out FILE` copies from it as far as it can be read.",
		},
		"restore.moved_sound": {
			KK: "Орнындағы қойма тексеруден өтетін еді; ол %s деп сақталды, «frontoffice restore --from %s» оны қайтарады.",
			RU: "Бывшее на месте хранилище проверку проходило; оно сохранено как %s, «frontoffice restore --from %s» вернёт его.",
			EN: "The store that was there passed the check; it is kept as %s, and `frontoffice restore --from %s` brings it back.",
		},
		"restore.no_good": {
			KK: "Тексеруден өтетін сақтық көшірме жоқ, сондықтан ештеңе өзгертілмеді: «frontoffice salvage --out ФАЙЛ» қоймадан әлі оқылатынды көшіреді.",
			RU: "Ни одна резервная копия не проходит проверку, поэтому ничего не изменено: «frontoffice salvage --out ФАЙЛ» скопирует из хранилища то, что ещё читается.",
			EN: "No backup passes the check, so nothing was changed: `frontoffice salvage --out FILE` copies what can still be read from the store.",
		},
		"restore.bad_from": {
			KK: "%s файлынан қалпына келтіру мүмкін емес: %s. Ештеңе өзгертілмеді.",
			RU: "Из файла %s восстановить нельзя: %s. Ничего не изменено.",
			EN: "The store cannot be restored from %s: %s. Nothing was changed.",
		},
		"restore.from_is_store": {
			KK: "--from қойманың өзін көрсетеді: басқа файлды таңдаңыз.",
			RU: "--from указывает на само хранилище: выберите другой файл.",
			EN: "--from names the store itself: choose another file.",
		},

		// salvage
		"salvage.need_out": {
			KK: "Құтқарылған қойманы қайда жазу керегін көрсетіңіз: --out ФАЙЛ.",
			RU: "Укажите, куда записать спасённое хранилище: --out ФАЙЛ.",
			EN: "Say where to write the salvaged store: --out FILE.",
		},
		"salvage.exists": {
			KK: "%s файлы бар: басқа атау таңдаңыз немесе ауыстыру үшін --force беріңіз.",
			RU: "Файл %s уже есть: выберите другое имя или добавьте --force, чтобы заменить его.",
			EN: "The file %s exists already: choose another name, or give --force to replace it.",
		},
		"salvage.is_store_file": {
			KK: "--out %s — басқа қойманың файлы: ол ауыстырылмайды (--force болса да). Жаңа файл атын беріңіз.",
			RU: "--out %s — файл другого хранилища: он не заменяется (даже с --force). Укажите новое имя файла.",
			EN: "--out %s is another store's file: it is never replaced (not even with --force). Give a new file name.",
		},
		"salvage.is_store": {
			KK: "--out %s — қойманың өзі: басқа файлды таңдаңыз.",
			RU: "--out %s — это само хранилище: выберите другой файл.",
			EN: "--out %s is the store itself: choose another file.",
		},
		"salvage.done": {
			KK: "%s ішіне құтқарылды: %s; бұрынғы нұсқалар: %s.",
			RU: "Спасено в %s: %s; прежних версий: %s.",
			EN: "Salvaged into %s: %s; earlier revisions: %s.",
		},
		"salvage.all_read": {
			KK: "Бәрі оқылды.",
			RU: "Прочитано всё.",
			EN: "Everything could be read.",
		},
		"salvage.lost_title": {
			KK: "Оқылмағаны:",
			RU: "Не удалось прочитать:",
			EN: "Could not be read:",
		},
		"salvage.lost_range": {
			KK: "%s: идентификаторы %s пен %s аралығындағы жазбалар (зақымдалған бет)",
			RU: "%s: записи с идентификаторами между %s и %s (повреждённая страница)",
			EN: "%s: the records with ids between %s and %s (a damaged page)",
		},
		"salvage.first":      {KK: "ең басы", RU: "началом", EN: "the first"},
		"salvage.last":       {KK: "ең соңы", RU: "концом", EN: "the last"},
		"salvage.history_of": {KK: "%s бұрынғы нұсқалары", RU: "прежние версии: %s", EN: "earlier revisions of %s"},
		"salvage.next": {
			KK: "Оны «frontoffice check --db %s» тексереді; «frontoffice restore --from %s» оны қойманың орнына қояды.",
			RU: "Проверить его: «frontoffice check --db %s»; «frontoffice restore --from %s» поставит его на место хранилища.",
			EN: "Check it with `frontoffice check --db %s`; `frontoffice restore --from %s` puts it in the store's place.",
		},

		// the app's first screen on a damaged store (ui/damaged)
		"damaged.title": {KK: "Қойма зақымдалған", RU: "Хранилище повреждено", EN: "The store is damaged"},
		"damaged.explain": {
			KK: "%s файлының бір бөлігі оқылмайды (диск не флешка ақаулы, не көшіру үзілген). frontoffice оған ештеңе жазбай тоқтады.",
			RU: "Часть файла %s не читается (неисправен диск или флешка, либо копирование прервалось). frontoffice остановился, ничего в него не записав.",
			EN: "Part of the file %s cannot be read (a failing disk or stick, or a copy cut short). frontoffice stopped before writing anything into it.",
		},
		"damaged.loading": {KK: "Сақтық көшірмелер тексерілуде…", RU: "Проверяю резервные копии…", EN: "Checking the backups…"},
		"damaged.backups": {KK: "Қойманың жанындағы сақтық көшірмелер, ең жаңасы басында:", RU: "Резервные копии рядом с хранилищем, сначала новые:", EN: "Backups beside the store, newest first:"},
		"damaged.no_backups": {
			KK: "Қойманың жанында сақтық көшірме жоқ.",
			RU: "Рядом с хранилищем нет резервных копий.",
			EN: "There is no backup beside the store.",
		},
		"damaged.no_good": {
			KK: "Тексеруден өтетін көшірме жоқ. Шығыңыз (q) да, әлі оқылатынды көшіру үшін «frontoffice salvage --out ФАЙЛ» іске қосыңыз.",
			RU: "Ни одна копия не проходит проверку. Выйдите (q) и запустите «frontoffice salvage --out ФАЙЛ», чтобы скопировать то, что ещё читается.",
			EN: "No backup passes the check. Quit (q) and run `frontoffice salvage --out FILE` to copy what can still be read.",
		},
		"damaged.offer": {
			KK: "r — белгіленген көшірмені (%s) қойманың орнына қою. Зақымдалған файл жанында сақталады.",
			RU: "r — поставить отмеченную копию (%s) на место хранилища. Повреждённый файл останется рядом.",
			EN: "Press r to put the marked backup (%s) in the store's place. The damaged file is kept beside it.",
		},
		"damaged.confirm": {
			KK: "%s көшірмесінен қалпына келтіру керек пе? %s кейін енгізілгендер онда болмайды; зақымдалған файл сақталады.",
			RU: "Восстановить из копии %s? Внесённого после %s в ней не будет; повреждённый файл сохранится.",
			EN: "Restore from %s? Whatever was entered after %s is not in it; the damaged file is kept.",
		},
		"damaged.restoring": {KK: "Қалпына келтірілуде…", RU: "Восстанавливаю…", EN: "Restoring…"},
		"damaged.failed":    {KK: "Қалпына келтіру мүмкін болмады: %s", RU: "Восстановить не удалось: %s", EN: "Could not restore: %s"},
		"damaged.restored": {
			KK: "%s көшірмесінен қалпына келтірілді. Зақымдалған файл %s деп сақталды. Бағдарламаны ашу үшін enter басыңыз.",
			RU: "Восстановлено из копии %s. Повреждённый файл сохранён как %s. Нажмите enter, чтобы открыть программу.",
			EN: "Restored from %s. The damaged file is kept as %s. Press enter to open the app.",
		},
		"damaged.key_restore": {KK: "қалпына келтіру", RU: "восстановить", EN: "restore"},
		"damaged.key_choose":  {KK: "көшірме таңдау", RU: "выбрать копию", EN: "choose a backup"},
		"damaged.key_open":    {KK: "бағдарламаны ашу", RU: "открыть программу", EN: "open the app"},
	})
}
