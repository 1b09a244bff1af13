package i18n

import "frontoffice/model"

// Sentences of import-csv and export-csv (ui/cli/csv.go). The csv.reason.* keys
// explain why csvio refused a file or a row; model reasons use reason.*.
func init() {
	add(map[string]model.Label{
		"csv.matched": {
			KK: "%s:%d: бұл — %s (%s бойынша табылды): аты өзгермейді",
			RU: "%s:%d: это %s (совпадение по %s): имя не меняется",
			EN: "%s:%d: this is %s (found by %s): the name stays",
		},
		"csv.matched_other": {
			KK: "«%s» жазылуы басқа жазылу ретінде сақталады",
			RU: "написание «%s» сохранено как другое написание",
			EN: "«%s» is kept as another spelling",
		},
		"csv.matched_changed": {
			KK: "жол өзгертеді: %s",
			RU: "строка меняет: %s",
			EN: "the row changes: %s",
		},
		"csv.matched_nothing": {
			KK: "басқа өзгеріс жоқ",
			RU: "больше ничего не меняется",
			EN: "nothing else changes",
		},
		"csv.by_phone": {KK: "телефон", RU: "телефону", EN: "phone"},
		"csv.by_iin":   {KK: "ЖСН", RU: "ИИН", EN: "IIN"},
		"csv.need_kind": {
			KK: "Файлда не барын көрсетіңіз: --kind ideas, people немесе hours.",
			RU: "Укажите, что в файле: --kind ideas, people или hours.",
			EN: "Say what the file holds: --kind ideas, people or hours.",
		},
		"csv.need_out_dir": {
			KK: "Қай қалтаға жазу керегін көрсетіңіз: --out ҚАЛТА.",
			RU: "Укажите, в какую папку записать: --out ПАПКА.",
			EN: "Say which folder to write to: --out DIR.",
		},
		"csv.cannot_read": {
			KK: "%s файлын оқу мүмкін емес: %v",
			RU: "Не удаётся прочитать файл %s: %v",
			EN: "Cannot read %s: %v",
		},
		"csv.cannot_write": {
			KK: "%s жазу мүмкін емес: %v",
			RU: "Не удаётся записать %s: %v",
			EN: "Cannot write %s: %v",
		},
		"csv.why.not_exist": {
			KK: "мұндай файл немесе қалта жоқ",
			RU: "такого файла или папки нет",
			EN: "there is no such file or folder",
		},
		"csv.why.permission": {
			KK: "рұқсат жоқ",
			RU: "нет доступа",
			EN: "permission denied",
		},
		"csv.why.is_dir": {
			KK: "бұл файл емес, қалта",
			RU: "это папка, а не файл",
			EN: "it is a folder, not a file",
		},
		"csv.why.not_dir": {
			KK: "жолдың бір бөлігі қалта емес, файл",
			RU: "часть пути — файл, а не папка",
			EN: "part of the path is a file, not a folder",
		},
		"csv.column": {
			KK: "%s бағаны",
			RU: "столбец %s",
			EN: "column %s",
		},
		"csv.cell_holds": {
			KK: "(ұяшықта: %q)",
			RU: "(в ячейке: %q)",
			EN: "(the cell holds %q)",
		},
		"csv.refused_file": {
			KK: "%s файлынан ештеңе импортталмады.",
			RU: "Из файла %s ничего не импортировано.",
			EN: "Nothing was imported from %s.",
		},
		"csv.refused_broken": {
			KK: "--skip-invalid қате жолдарды ғана өткізіп жібереді, бүлінген файлды емес: жоғарыда көрсетілген жолды түзетіп, файлды қайта импорттаңыз.",
			RU: "--skip-invalid пропускает ошибочные строки, но не испорченный файл: исправьте указанную выше строку и импортируйте файл снова.",
			EN: "--skip-invalid skips bad rows, not a broken file: correct the line named above and import the file again.",
		},
		"csv.refused_rows": {
			KK: "Ештеңе импортталмады: қатесі бар жолдар — %d (жоғарыда көрсетілген), дұрыс жолдар — %d. Қателерді түзетіңіз немесе тек дұрыс жолдарды импорттау үшін --skip-invalid қосып қайта іске қосыңыз.",
			RU: "Ничего не импортировано: строк с ошибками — %d (см. выше), правильных строк — %d. Исправьте ошибки или запустите снова с --skip-invalid, чтобы импортировать только правильные строки.",
			EN: "Nothing was imported: rows with problems: %d (listed above), rows that are fine: %d. Correct the rows, or run again with --skip-invalid to import only the good ones.",
		},
		"csv.dry_run": {
			KK: "Тексеру ғана, ештеңе жазылмады: жаңадан қосылар еді — %d, жаңартылар еді — %d, өзгеріссіз қалар еді — %d, өткізіліп жіберілер еді — %d.",
			RU: "Только проверка, ничего не записано: было бы создано — %d, обновлено — %d, без изменений — %d, пропущено — %d.",
			EN: "Dry run, nothing was written: would create %d, update %d, leave %d unchanged, skip %d.",
		},
		"csv.dry_run_refused": {
			KK: "Тексеру ғана, ештеңе жазылмады: қатесі бар жолдар — %d (жоғарыда көрсетілген), дұрыс жолдар — %d. Импорт бұл файлды қабылдамас еді; қателерді түзетіңіз немесе тек дұрыс жолдарды импорттау үшін --skip-invalid қосыңыз.",
			RU: "Только проверка, ничего не записано: строк с ошибками — %d (см. выше), правильных строк — %d. Импорт отклонил бы этот файл; исправьте ошибки или добавьте --skip-invalid, чтобы импортировать только правильные строки.",
			EN: "Dry run, nothing was written: rows with problems: %d (listed above), rows that are fine: %d. An import would refuse this file; correct the rows, or add --skip-invalid to import only the good ones.",
		},
		"csv.imported": {
			KK: "Жаңадан қосылды: %d, жаңартылды: %d, өзгеріссіз: %d, өткізіліп жіберілді: %d.",
			RU: "Создано: %d, обновлено: %d, без изменений: %d, пропущено: %d.",
			EN: "Created %d, updated %d, unchanged %d, skipped %d.",
		},
		"csv.exported": {
			KK: "Жазылды: адамдар — %d, идеялар — %d, кеңестер — %d, сағат жазбалары — %d; қалта: %s.",
			RU: "Записано: людей — %d, идей — %d, консультаций — %d, записей о часах — %d; папка: %s.",
			EN: "Written: people — %d, ideas — %d, consultations — %d, hours entries — %d; folder: %s.",
		},

		"csv.reason.empty_file": {
			KK: "файл бос: онда тақырып жолы да, деректер де жоқ",
			RU: "файл пуст: в нём нет ни строки заголовка, ни данных",
			EN: "the file is empty: it has no header and no rows",
		},
		"csv.reason.not_utf8": {
			KK: "файл UTF-8 кодтауында емес (Windows-1251 кодтауында сақталған болуы мүмкін, онда қазақ әріптері жоғалады); Excel-де «Басқаша сақтау» → «Excel жұмыс кітабы (*.xlsx)» таңдап, frontoffice import-sheet арқылы енгізіңіз, немесе «CSV UTF-8 (үтірмен бөлінген)» таңдаңыз",
			RU: "файл не в кодировке UTF-8 (возможно, сохранён в Windows-1251, где нет казахских букв); в Excel выберите «Сохранить как» → «Книга Excel (*.xlsx)» и загрузите её командой frontoffice import-sheet, или «CSV UTF-8 (разделитель — запятая)»",
			EN: "the file is not UTF-8 text (perhaps saved as Windows-1251, which has no Kazakh letters); in Excel choose Save As → Excel Workbook (*.xlsx) and bring it in with frontoffice import-sheet, or Save As → CSV UTF-8 (Comma delimited)",
		},
		"csv.reason.semicolons": {
			KK: "бағандар нүктелі үтірмен бөлінген, ал үтір керек; Excel-де «Басқаша сақтау» → «CSV UTF-8 (үтірмен бөлінген)» таңдаңыз",
			RU: "столбцы разделены точкой с запятой, а нужна запятая; в Excel выберите «Сохранить как» → «CSV UTF-8 (разделитель — запятая)»",
			EN: "the columns are separated by semicolons, but a comma is expected; in Excel choose Save As → CSV UTF-8 (Comma delimited)",
		},
		"csv.reason.tabs": {
			KK: "бағандар табуляциямен бөлінген, ал үтір керек; Excel-де «Басқаша сақтау» → «CSV UTF-8 (үтірмен бөлінген)» таңдаңыз",
			RU: "столбцы разделены табуляцией, а нужна запятая; в Excel выберите «Сохранить как» → «CSV UTF-8 (разделитель — запятая)»",
			EN: "the columns are separated by tabs, but a comma is expected; in Excel choose Save As → CSV UTF-8 (Comma delimited)",
		},
		"csv.reason.utf16": {
			KK: "файл UTF-8 емес, UTF-16 кодтауында (Excel-дегі «Юникод мәтіні»); Excel-де «Басқаша сақтау» → «CSV UTF-8 (үтірмен бөлінген)» таңдаңыз",
			RU: "файл в кодировке UTF-16 («Текст в Юникоде» в Excel), а не UTF-8; в Excel выберите «Сохранить как» → «CSV UTF-8 (разделитель — запятая)»",
			EN: "the file is UTF-16 (Excel's Unicode Text), not UTF-8; in Excel choose Save As → CSV UTF-8 (Comma delimited)",
		},
		"csv.reason.nul_byte": {
			KK: "бұл жолда нөлдік байт (0 коды) бар: бұл мәтіндік файл емес немесе ол бүлінген; оны «CSV UTF-8 (үтірмен бөлінген)» ретінде қайта сақтаңыз",
			RU: "в этой строке нулевой байт (код 0): это не текстовый файл или он повреждён; сохраните его заново как «CSV UTF-8 (разделитель — запятая)»",
			EN: "a NUL byte (code 0) on this line: this is not a text file, or it is damaged; save it again as CSV UTF-8 (Comma delimited)",
		},
		"csv.reason.bare_quote": {
			KK: `тырнақшаға алынбаған ұяшықтың ішінде " белгісі тұр; бүкіл ұяшықты тырнақшаға алып, ішіндегі тырнақшаны екі рет жазыңыз ("")`,
			RU: `кавычка " внутри ячейки, которая сама не в кавычках; заключите всю ячейку в кавычки, а кавычки внутри удвойте ("")`,
			EN: `a quotation mark " inside a cell that is not quoted; put the whole cell in quotes and double the marks inside ("")`,
		},
		"csv.reason.bad_quote": {
			KK: `тырнақшадағы ұяшық дұрыс жабылмаған: ішіндегі әр " белгісі екі рет жазылуы керек (""), ал жабатын тырнақшадан кейін үтір немесе жол соңы тұруы керек; одан кейінгі жолдарға сенуге болмайды, сондықтан бүкіл файл қабылданбады`,
			RU: `ячейка в кавычках закрыта неправильно: каждая кавычка " внутри должна быть удвоена (""), а после закрывающей кавычки должна идти запятая или конец строки; строкам после неё нельзя доверять, поэтому отклонён весь файл`,
			EN: `a quoted cell is not closed properly: every " inside it must be doubled (""), and the closing quote must be followed by a comma or the end of the line; no row after it can be trusted, so the whole file is refused`,
		},
		"csv.reason.bad_quote_later": {
			KK: `осы жолда тырнақшамен ашылған ұяшық %d-жолға дейін созылады, ол жерде тырнақшадан кейін мәтін тұр: мұнда жабатын тырнақша жетіспейтін болуы мүмкін немесе ішіндегі " екі рет жазылмаған (""); одан кейінгі жолдарға сенуге болмайды, сондықтан бүкіл файл қабылданбады`,
			RU: `ячейка в кавычках открывается в этой строке и тянется до строки %d, где после кавычки идёт текст: вероятно, здесь не хватает закрывающей кавычки или кавычка " внутри не удвоена (""); строкам после неё нельзя доверять, поэтому отклонён весь файл`,
			EN: `a quoted cell opens on this line and runs on to line %d, where a quote is followed by text: probably its closing quote is missing here, or a " inside it is not doubled (""); no row after it can be trusted, so the whole file is refused`,
		},
		"csv.reason.unclosed_quote": {
			KK: `осы жолда тырнақшамен ашылған ұяшық файлдың соңына дейін жабылмаған: жабатын " тырнақшасын қосыңыз немесе ұяшық ішіндегі тырнақшаларды екі рет жазыңыз (""); одан кейінгі бірде-бір жолды оқу мүмкін емес, сондықтан бүкіл файл қабылданбады`,
			RU: `ячейка в кавычках открывается в этой строке и не закрывается до конца файла: добавьте закрывающую кавычку " или удвойте кавычки внутри ячейки (""); ни одну строку после неё нельзя прочитать, поэтому отклонён весь файл`,
			EN: `a quoted cell opens on this line and is never closed: add its closing quote ", or double every " inside it (""); no row after it can be read, so the whole file is refused`,
		},
		"csv.reason.cell_too_big": {
			KK: "осы жолда басталатын ұяшық %d КиБ-тан ұзын, ал ұяшыққа одан артық сыймайды; файл қабылданбады",
			RU: "ячейка, начинающаяся в этой строке, длиннее %d КиБ — больше, чем может вместить ячейка; файл отклонён",
			EN: "a cell starting on this line is longer than %d KiB, the most a cell may hold; the file is refused",
		},
		"csv.reason.long_quoted_cell": {
			KK: "осы жолда тырнақшамен ашылған ұяшық %[1]d КиБ-тан кейін де %[2]d-жолда әлі жабылмаған: жабатын тырнақша жетіспейтін болуы мүмкін; ұяшықта ең көбі %[1]d КиБ болады; файл қабылданбады",
			RU: "ячейка в кавычках открывается в этой строке и после %[1]d КиБ, в строке %[2]d, всё ещё не закрыта: вероятно, не хватает закрывающей кавычки; в ячейке может быть не больше %[1]d КиБ; файл отклонён",
			EN: "a quoted cell opens on this line and is still open on line %[2]d after %[1]d KiB: probably its closing quote is missing; a cell may hold at most %[1]d KiB; the file is refused",
		},
		"csv.reason.row_too_big": {
			KK: "осы жерде басталатын жол %d МиБ-тан ұзын, ал бір жолға одан артық сыймайды; файл қабылданбады",
			RU: "строка, которая начинается здесь, длиннее %d МиБ — больше, чем может быть в одной строке; файл отклонён",
			EN: "the row starting here is longer than %d MiB, the most a row may hold; the file is refused",
		},
		"csv.reason.missing_column": {
			KK: "тақырып жолында бұл баған жоқ",
			RU: "в заголовке нет этого столбца",
			EN: "the header lacks this column",
		},
		"csv.reason.unknown_column": {
			KK: "%s файлында мұндай баған болмайды (оның бағандары: %s)",
			RU: "такого столбца нет в файле %s (его столбцы: %s)",
			EN: "is not a column of %s (its columns are: %s)",
		},
		"csv.reason.repeated_column": {
			KK: "тақырып жолында екі рет кездеседі",
			RU: "встречается в заголовке дважды",
			EN: "appears twice in the header",
		},
		"csv.reason.empty_column_name": {
			KK: "тақырып жолындағы %d-баған атаусыз",
			RU: "у столбца номер %d в заголовке нет названия",
			EN: "column number %d of the header has no name",
		},
		"csv.reason.bad_consent": {
			KK: "yes немесе no болуы керек (иә/жоқ, да/нет)",
			RU: "должно быть yes или no (да/нет, иә/жоқ)",
			EN: "must be yes or no (да/нет, иә/жоқ)",
		},
		"csv.reason.no_consent": {
			KK: "келісім жоқ: дербес деректер тек адамның келісімімен сақталады, сондықтан бұл адамды импорттауға болмайды",
			RU: "согласия нет: персональные данные хранятся только с согласия человека, поэтому его нельзя импортировать",
			EN: "says no: personal data is stored only with the person's consent, so this person cannot be imported",
		},
		"csv.reason.unknown_applicant": {
			KK: "қоймада бұл телефон нөмірі бар адам жоқ: алдымен people.csv файлын импорттаңыз немесе өтініш берушіні бос қалдырыңыз",
			RU: "в хранилище нет человека с этим телефоном: сначала импортируйте people.csv или оставьте заявителя пустым",
			EN: "nobody in the store has this phone: import people.csv first, or leave the applicant empty",
		},
		"csv.reason.unknown_person": {
			KK: "қоймада бұл телефон нөмірі бар адам жоқ: алдымен people.csv файлын импорттаңыз",
			RU: "в хранилище нет человека с этим телефоном: сначала импортируйте people.csv",
			EN: "nobody in the store has this phone: import people.csv first",
		},
		"csv.reason.unknown_idea": {
			KK: "қоймада мұндай id-і бар идея жоқ",
			RU: "в хранилище нет идеи с таким id",
			EN: "there is no idea with this id in the store",
		},
		"csv.reason.bad_id": {
			KK: "жазбаның id-і емес: жаңа жазба үшін бос қалдырыңыз",
			RU: "это не id записи: для новой записи оставьте поле пустым",
			EN: "is not a record id: leave it empty for a new record",
		},
		"csv.reason.deleted_record": {
			KK: "жойылған жазбаны көрсетеді: оны қайта қосу үшін id-ді бос қалдырыңыз",
			RU: "указывает на удалённую запись: чтобы добавить её снова, оставьте id пустым",
			EN: "names a deleted record: leave the id empty to add it again",
		},
		"csv.reason.repeats_line": {
			KK: "осы файлдың %d-жолында дәл осы адам немесе жазба бар",
			RU: "в строке %d этого файла уже есть тот же человек или та же запись",
			EN: "line %d of this file already has the same person or record",
		},
		"csv.reason.taken_by": {
			KK: "басқа адамға тиесілі: %s (жазба %s)",
			RU: "уже принадлежит другому человеку: %s (запись %s)",
			EN: "already belongs to another person: %s (record %s)",
		},
		"csv.reason.minor": {
			KK: "бұл адам 18 жасқа толмаған, оған қамқоршының келісімі керек, ал CSV файлында ол жоқ: оны қабылдау үстелінде тіркеңіз",
			RU: "этому человеку нет 18 лет, нужно согласие опекуна, а в CSV-файле его нет: зарегистрируйте человека на стойке приёма",
			EN: "this person is under 18 and needs a guardian's consent, which a CSV file cannot carry: register them at the desk",
		},
		"csv.reason.year_vs_iin": {
			KK: "ЖСН-дағы туған күнмен сәйкес келмейді",
			RU: "не совпадает с датой рождения в ИИН",
			EN: "does not agree with the birth date in the IIN",
		},
		"csv.reason.bad_sdgs": {
			KK: "1-ден 17-ге дейінгі мақсат нөмірлері нүктелі үтір арқылы жазылуы керек (мысалы, 3;15)",
			RU: "должны быть номера целей от 1 до 17 через точку с запятой (например, 3;15)",
			EN: "must be goal numbers from 1 to 17 separated by semicolons (for example 3;15)",
		},
		"csv.reason.unknown_code": {
			KK: "рұқсат етілген мән емес: %s кодтарының бірін немесе олардың қазақша, орысша не ағылшынша атауын жазыңыз",
			RU: "недопустимое значение: укажите один из кодов %s или его название на казахском, русском или английском",
			EN: "is not an allowed value: use one of the codes %s, or its name in Kazakh, Russian or English",
		},
	})
}
