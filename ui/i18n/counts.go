package i18n

import "frontoffice/model"

// Count sentences (issue 20 item 13): a sentence whose number is followed by
// the word it counts has three forms, key.one, key.few and key.many, and T
// picks one by CLDR's rules for its first number (Translator.T, Plural):
// «найдено 2 проблемы», «5 проблем»; "1 problem", "2 problems". Kazakh
// nouns do not change after a number, so its three forms are one sentence.
// TestCountSentencesHavePluralForms fails on a count sentence without them.
func init() {
	add(forms(map[string][3]model.Label{
		"app.months": {
			{KK: "%d ай", RU: "%d месяц", EN: "%d month"},
			{KK: "%d ай", RU: "%d месяца", EN: "%d months"},
			{KK: "%d ай", RU: "%d месяцев", EN: "%d months"}},
		"app.problem.team_small": { // members, needed
			{KK: "командада %d адам, бағдарлама %d адам сұрайды", RU: "в команде %d человек, программа требует не меньше %d", EN: "the team has %d member, the programme asks for %d"},
			{KK: "командада %d адам, бағдарлама %d адам сұрайды", RU: "в команде %d человека, программа требует не меньше %d", EN: "the team has %d members, the programme asks for %d"},
			{KK: "командада %d адам, бағдарлама %d адам сұрайды", RU: "в команде %d человек, программа требует не меньше %d", EN: "the team has %d members, the programme asks for %d"}},
		"app.problem.too_long": { // months, at most
			{KK: "жоба %d ай, бағдарлама ең көбі %d ай сұрайды", RU: "проект длится %d месяц, программа допускает не больше %d", EN: "the project takes %d month, the programme allows at most %d"},
			{KK: "жоба %d ай, бағдарлама ең көбі %d ай сұрайды", RU: "проект длится %d месяца, программа допускает не больше %d", EN: "the project takes %d months, the programme allows at most %d"},
			{KK: "жоба %d ай, бағдарлама ең көбі %d ай сұрайды", RU: "проект длится %d месяцев, программа допускает не больше %d", EN: "the project takes %d months, the programme allows at most %d"}},
		"app.problem.too_short": { // months, at least
			{KK: "жоба %d ай, бағдарлама кемінде %d ай сұрайды", RU: "проект длится %d месяц, программа требует не меньше %d", EN: "the project takes %d month, the programme asks for at least %d"},
			{KK: "жоба %d ай, бағдарлама кемінде %d ай сұрайды", RU: "проект длится %d месяца, программа требует не меньше %d", EN: "the project takes %d months, the programme asks for at least %d"},
			{KK: "жоба %d ай, бағдарлама кемінде %d ай сұрайды", RU: "проект длится %d месяцев, программа требует не меньше %d", EN: "the project takes %d months, the programme asks for at least %d"}},
		"budget.summary": {
			{KK: "%d жол · грант %s · қоса қаржыландыру %s · барлығы %s", RU: "%d строка · грант %s · софинансирование %s · всего %s", EN: "%d line · grant %s · co-funding %s · total %s"},
			{KK: "%d жол · грант %s · қоса қаржыландыру %s · барлығы %s", RU: "%d строки · грант %s · софинансирование %s · всего %s", EN: "%d lines · grant %s · co-funding %s · total %s"},
			{KK: "%d жол · грант %s · қоса қаржыландыру %s · барлығы %s", RU: "%d строк · грант %s · софинансирование %s · всего %s", EN: "%d lines · grant %s · co-funding %s · total %s"}},
		"catalogue.why.team_ok": {
			{KK: "%d адамдық команда жеткілікті", RU: "команды из %d человека достаточно", EN: "a team of %d is enough"},
			{KK: "%d адамдық команда жеткілікті", RU: "команды из %d человек достаточно", EN: "a team of %d is enough"},
			{KK: "%d адамдық команда жеткілікті", RU: "команды из %d человек достаточно", EN: "a team of %d is enough"}},
		"catalogue.why.team_big": {
			{KK: "%d адамға дейін жетеді: міндеттерді бөліңіз", RU: "хватит и %d человека: распределите задачи", EN: "up to %d person is needed: share the tasks"},
			{KK: "%d адамға дейін жетеді: міндеттерді бөліңіз", RU: "хватит и %d человек: распределите задачи", EN: "up to %d people are needed: share the tasks"},
			{KK: "%d адамға дейін жетеді: міндеттерді бөліңіз", RU: "хватит и %d человек: распределите задачи", EN: "up to %d people are needed: share the tasks"}},
		"catalogue.why.team_small": { // needed, the visitor's team
			{KK: "кемінде %d адам керек, сізде %d", RU: "нужно не меньше %d человека, у вас %d", EN: "needs at least %d person, you have %d"},
			{KK: "кемінде %d адам керек, сізде %d", RU: "нужно не меньше %d человек, у вас %d", EN: "needs at least %d people, you have %d"},
			{KK: "кемінде %d адам керек, сізде %d", RU: "нужно не меньше %d человек, у вас %d", EN: "needs at least %d people, you have %d"}},
		"check.problems": {
			{KK: "%s қоймасында %d мәселе бар:", RU: "В хранилище %s найдена %d проблема:", EN: "The store %s has %d problem:"},
			{KK: "%s қоймасында %d мәселе бар:", RU: "В хранилище %s найдены %d проблемы:", EN: "The store %s has %d problems:"},
			{KK: "%s қоймасында %d мәселе бар:", RU: "В хранилище %s найдено %d проблем:", EN: "The store %s has %d problems:"}},
		"cli.recovered_problems": {
			{KK: "Өткен жолы қойма дұрыс жабылмаған, тексеру %d мәселе тапты. Іске қосыңыз: frontoffice check", RU: "В прошлый раз хранилище было закрыто некорректно, проверка нашла %d проблему. Запустите: frontoffice check", EN: "The store was not closed properly last time, and the check found %d problem. Run: frontoffice check"},
			{KK: "Өткен жолы қойма дұрыс жабылмаған, тексеру %d мәселе тапты. Іске қосыңыз: frontoffice check", RU: "В прошлый раз хранилище было закрыто некорректно, проверка нашла %d проблемы. Запустите: frontoffice check", EN: "The store was not closed properly last time, and the check found %d problems. Run: frontoffice check"},
			{KK: "Өткен жолы қойма дұрыс жабылмаған, тексеру %d мәселе тапты. Іске қосыңыз: frontoffice check", RU: "В прошлый раз хранилище было закрыто некорректно, проверка нашла %d проблем. Запустите: frontoffice check", EN: "The store was not closed properly last time, and the check found %d problems. Run: frontoffice check"}},
		"csv.reason.column_count": { // this line's, the header's
			{KK: "бұл жолда %d баған бар, ал тақырып жолында — %d", RU: "в этой строке %d столбец, а в заголовке — %d", EN: "this line has %d column, the header has %d"},
			{KK: "бұл жолда %d баған бар, ал тақырып жолында — %d", RU: "в этой строке %d столбца, а в заголовке — %d", EN: "this line has %d columns, the header has %d"},
			{KK: "бұл жолда %d баған бар, ал тақырып жолында — %d", RU: "в этой строке %d столбцов, а в заголовке — %d", EN: "this line has %d columns, the header has %d"}},
		"csv.saving": {
			{KK: "%d жол сақталуда…", RU: "Сохраняется %d строка…", EN: "Saving %d row…"},
			{KK: "%d жол сақталуда…", RU: "Сохраняются %d строки…", EN: "Saving %d rows…"},
			{KK: "%d жол сақталуда…", RU: "Сохраняется %d строк…", EN: "Saving %d rows…"}},
		"hub.exported": { // file, records, office, fingerprint
			{KK: "%s: %d жазба жазылды, хабтың (%s) кілтімен қол қойылды, саусақ ізі %s.", RU: "%s: записана %d запись, подписано ключом хаба (%s), отпечаток %s.", EN: "%s: %d record written, signed with the hub's key (%s), fingerprint %s."},
			{KK: "%s: %d жазба жазылды, хабтың (%s) кілтімен қол қойылды, саусақ ізі %s.", RU: "%s: записаны %d записи, подписано ключом хаба (%s), отпечаток %s.", EN: "%s: %d records written, signed with the hub's key (%s), fingerprint %s."},
			{KK: "%s: %d жазба жазылды, хабтың (%s) кілтімен қол қойылды, саусақ ізі %s.", RU: "%s: записано %d записей, подписано ключом хаба (%s), отпечаток %s.", EN: "%s: %d records written, signed with the hub's key (%s), fingerprint %s."}},
		"people.age": {
			{KK: "%d жаста", RU: "%d год", EN: "%d year old"},
			{KK: "%d жаста", RU: "%d года", EN: "%d years old"},
			{KK: "%d жаста", RU: "%d лет", EN: "%d years old"}},
		"people.merged": { // the one merged away, the one kept, records moved
			{KK: "%s → %s біріктірілді, көшірілген жазбалар: %d. u — болдырмау.", RU: "Объединено: %s → %s, перенесена %d запись. u — отменить.", EN: "Merged %s into %s; %d record moved. u undoes it."},
			{KK: "%s → %s біріктірілді, көшірілген жазбалар: %d. u — болдырмау.", RU: "Объединено: %s → %s, перенесены %d записи. u — отменить.", EN: "Merged %s into %s; %d records moved. u undoes it."},
			{KK: "%s → %s біріктірілді, көшірілген жазбалар: %d. u — болдырмау.", RU: "Объединено: %s → %s, перенесено %d записей. u — отменить.", EN: "Merged %s into %s; %d records moved. u undoes it."}},
		"prog.rule.months": { // least, most: the word agrees with the most
			{KK: "мерзімі %d–%d ай", RU: "срок %d–%d месяц", EN: "%d–%d month"},
			{KK: "мерзімі %d–%d ай", RU: "срок %d–%d месяца", EN: "%d–%d months"},
			{KK: "мерзімі %d–%d ай", RU: "срок %d–%d месяцев", EN: "%d–%d months"}},
		"prog.rule.sections": { // sections, required
			{KK: "%d бөлім, оның %d міндетті", RU: "%d раздел, обязательных: %d", EN: "%d section, %d required"},
			{KK: "%d бөлім, оның %d міндетті", RU: "%d раздела, обязательных: %d", EN: "%d sections, %d required"},
			{KK: "%d бөлім, оның %d міндетті", RU: "%d разделов, обязательных: %d", EN: "%d sections, %d required"}},
		"salvage.unreadable": { // bucket, records, their ids
			{KK: "%s: мәтіні бұзылған %d жазба (%s)", RU: "%s: %d запись с испорченным текстом (%s)", EN: "%s: %d record whose text is garbled (%s)"},
			{KK: "%s: мәтіні бұзылған %d жазба (%s)", RU: "%s: %d записи с испорченным текстом (%s)", EN: "%s: %d records whose text is garbled (%s)"},
			{KK: "%s: мәтіні бұзылған %d жазба (%s)", RU: "%s: %d записей с испорченным текстом (%s)", EN: "%s: %d records whose text is garbled (%s)"}},
		"sync.alike_note": {
			{KK: "%d қайшылықта екі нұсқаның деректері бірдей (тек кім және қашан сақтағаны басқа): a — бәрін шешу.", RU: "В %d конфликте обе версии одинаковы (различаются только автор и время): a — решить все такие.", EN: "%d conflict has the same data in both versions (only who saved it and when differ): a settles all such."},
			{KK: "%d қайшылықта екі нұсқаның деректері бірдей (тек кім және қашан сақтағаны басқа): a — бәрін шешу.", RU: "В %d конфликтах обе версии одинаковы (различаются только автор и время): a — решить все такие.", EN: "%d conflicts have the same data in both versions (only who saved them and when differ): a settles all such."},
			{KK: "%d қайшылықта екі нұсқаның деректері бірдей (тек кім және қашан сақтағаны басқа): a — бәрін шешу.", RU: "В %d конфликтах обе версии одинаковы (различаются только автор и время): a — решить все такие.", EN: "%d conflicts have the same data in both versions (only who saved them and when differ): a settles all such."}},
		"sync.confirm_alike": {
			{KK: "Нұсқалары бірдей %d қайшылық қазіргі нұсқасын қалдырып шешілсін бе? Басқасы тарихқа кетеді.", RU: "Решить %d конфликт с одинаковыми версиями, оставив текущую? Другая уйдёт в историю.", EN: "Settle %d conflict whose versions hold the same data, keeping the current version? The other goes to history."},
			{KK: "Нұсқалары бірдей %d қайшылық қазіргі нұсқасын қалдырып шешілсін бе? Басқасы тарихқа кетеді.", RU: "Решить %d конфликта с одинаковыми версиями, оставив текущие? Другие уйдут в историю.", EN: "Settle %d conflicts whose versions hold the same data, keeping the current versions? The others go to history."},
			{KK: "Нұсқалары бірдей %d қайшылық қазіргі нұсқасын қалдырып шешілсін бе? Басқасы тарихқа кетеді.", RU: "Решить %d конфликтов с одинаковыми версиями, оставив текущие? Другие уйдут в историю.", EN: "Settle %d conflicts whose versions hold the same data, keeping the current versions? The others go to history."}},
		"sync.drop_fields_q": {
			{KK: "Өрістер бойынша таңдау сақталмайды: басқа нұсқадан алынған %d өріс ұмытылады. Шешпей шығасыз ба?", RU: "Выбор по полям не сохранён: %d поле, взятое из другой версии, будет забыто. Выйти, не решив?", EN: "The choice is not saved: %d field taken from the other version is forgotten. Leave without settling?"},
			{KK: "Өрістер бойынша таңдау сақталмайды: басқа нұсқадан алынған %d өріс ұмытылады. Шешпей шығасыз ба?", RU: "Выбор по полям не сохранён: %d поля, взятые из другой версии, будут забыты. Выйти, не решив?", EN: "The choice is not saved: %d fields taken from the other version are forgotten. Leave without settling?"},
			{KK: "Өрістер бойынша таңдау сақталмайды: басқа нұсқадан алынған %d өріс ұмытылады. Шешпей шығасыз ба?", RU: "Выбор по полям не сохранён: %d полей, взятых из другой версии, будут забыты. Выйти, не решив?", EN: "The choice is not saved: %d fields taken from the other version are forgotten. Leave without settling?"}},
		"sync.alike_settled": {
			{KK: "Нұсқалары бірдей %d қайшылық шешілді; шешімдер жаңа нұсқа ретінде синхрондалады.", RU: "Решён %d конфликт с одинаковыми версиями; решения синхронизируются как новые версии.", EN: "Settled %d conflict whose versions held the same data; the decisions sync as new revisions."},
			{KK: "Нұсқалары бірдей %d қайшылық шешілді; шешімдер жаңа нұсқа ретінде синхрондалады.", RU: "Решены %d конфликта с одинаковыми версиями; решения синхронизируются как новые версии.", EN: "Settled %d conflicts whose versions held the same data; the decisions sync as new revisions."},
			{KK: "Нұсқалары бірдей %d қайшылық шешілді; шешімдер жаңа нұсқа ретінде синхрондалады.", RU: "Решено %d конфликтов с одинаковыми версиями; решения синхронизируются как новые версии.", EN: "Settled %d conflicts whose versions held the same data; the decisions sync as new revisions."}},
		"sync.exported": { // file, records, size, seconds
			{KK: "Пакет жазылды: %s — %d жазба, %s, %.1f с.", RU: "Пакет записан: %s — %d запись, %s, %.1f с.", EN: "Bundle written: %s — %d record, %s, %.1f s."},
			{KK: "Пакет жазылды: %s — %d жазба, %s, %.1f с.", RU: "Пакет записан: %s — %d записи, %s, %.1f с.", EN: "Bundle written: %s — %d records, %s, %.1f s."},
			{KK: "Пакет жазылды: %s — %d жазба, %s, %.1f с.", RU: "Пакет записан: %s — %d записей, %s, %.1f с.", EN: "Bundle written: %s — %d records, %s, %.1f s."}},
	}))
}

// firstNumber is the first whole or decimal number among args, 0 without one.
func firstNumber(args []any) float64 {
	for _, a := range args {
		switch n := a.(type) {
		case int:
			return float64(n)
		case int64:
			return float64(n)
		case int32:
			return float64(n)
		case uint64:
			return float64(n)
		case float64:
			return n
		case Plain:
			return float64(n)
		}
	}
	return 0
}

// forms spreads each sentence's three forms over key.one, key.few, key.many.
func forms(m map[string][3]model.Label) map[string]model.Label {
	out := make(map[string]model.Label, 3*len(m))
	for k, f := range m {
		out[k+".one"], out[k+".few"], out[k+".many"] = f[0], f[1], f[2]
	}
	return out
}
