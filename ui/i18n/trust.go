package i18n

import "frontoffice/model"

// Sentences of signed bundles and trusted offices: why a bundle is refused
// for who signed it, the Sync screen's questions, and the offices command.
func init() {
	add(map[string]model.Label{
		"sync.why.signature": {
			KK: "қолтаңба мазмұнға сәйкес емес: пакет қол қойылғаннан кейін өзгертілген не жалған. Оны пайдаланбаңыз; кеңседен жаңа пакет сұраңыз.",
			RU: "подпись не соответствует содержимому: пакет изменён после подписи или подделан. Не используйте его; попросите у офиса новый пакет.",
			EN: "the signature does not match the content: the bundle was changed after it was signed, or forged. Do not use it; ask the office for a new bundle.",
		},
		"sync.trust.unknown_office": {
			KK: "«%s» кеңсесі мұнда әлі белгісіз; оның кілтінің саусақ ізі: %s. Саусақ ізін сол кеңсемен (телефонмен не жүзбе-жүз; ол жақта `frontoffice offices` өз ізін көрсетеді) салыстырыңыз да, сәйкес болса, --trust қосып қайта импорттаңыз.",
			RU: "офис «%s» здесь ещё не известен; отпечаток его ключа: %s. Сверьте отпечаток с этим офисом (по телефону или лично; там `frontoffice offices` покажет свой) и, если совпадает, импортируйте ещё раз с --trust.",
			EN: "the office «%s» is not known here yet; its key fingerprint is %s. Check the fingerprint with that office (by phone or in person; `frontoffice offices` there shows its own) and, if they match, import again with --trust.",
		},
		"sync.trust.key_changed": {
			KK: "пакет «%s» кеңсесінен келгенін айтады, бірақ оған мұнда сенім білдірілген кілт (%s) емес, басқа кілт (%s) қол қойған: ол жалған болуы мүмкін. Оны пайдаланбаңыз; сол кеңседен телефонмен бұл пакетті олар жасағанын сұраңыз.",
			RU: "пакет называет себя пакетом офиса «%s», но подписан не ключом, которому здесь доверяют (%s), а другим (%s): возможно, он подделан. Не используйте его; спросите этот офис по телефону, создавал ли он этот пакет.",
			EN: "the bundle says it comes from the office «%s», but it is not signed with the key trusted here (%s) but with another (%s): it may be forged. Do not use it; ask that office by phone whether it made this bundle.",
		},
		"sync.trust.own_office": {
			KK: "пакет осы кеңседен келгенін айтады, бірақ оған осы кеңсенің кілті (%s) қол қоймаған: ол жалған не осы қойманың көшірмесінен жасалған. Оны пайдаланбаңыз; оны кім жасағанын анықтаңыз.",
			RU: "пакет называет себя пакетом этого офиса, но подписан не ключом этого офиса (%s): он подделан или сделан из копии этого хранилища. Не используйте его; выясните, кто его сделал.",
			EN: "the bundle says it comes from this office, but this office's key (%s) did not sign it: it is forged or made from a copy of this store. Do not use it; find out who made it.",
		},
		"sync.trust.unsigned": {
			KK: "пакетке қол қойылмаған (frontoffice-тің ескі нұсқасы жасаған не қолтаңбасы алынып тасталған): оны кім жасағанын білу мүмкін емес. Кеңседен жаңа нұсқа жасаған пакетті сұраңыз; бұл пакетті бәрібір импорттау үшін --allow-unsigned қосыңыз (сонда оның расталған сағаттары осындағы кеңесші растаған соң ғана есептеледі).",
			RU: "пакет не подписан (сделан старой версией frontoffice или подпись удалена): нельзя узнать, кто его сделал. Попросите у офиса пакет, сделанный новой версией; чтобы всё же импортировать этот, добавьте --allow-unsigned (тогда его подтверждённые часы засчитываются только после проверки консультантом здесь).",
			EN: "the bundle is not signed (made by an older frontoffice, or its signature was removed): nobody can tell who made it. Ask the office for a bundle made by the current version; to import this one anyway, add --allow-unsigned (its verified hours then count only after a consultant here verifies them).",
		},
		"sync.trusted_new": {
			KK: "«%s» кеңсесіне сенім білдірілді (кілт %s).",
			RU: "Офису «%s» теперь доверяют (ключ %s).",
			EN: "The office «%s» is trusted now (key %s).",
		},
		"sync.unverified_note": {
			KK: "Пакетке қол қойылмаған: оның расталған сағаттары осындағы кеңесші растағанша «тексерілуде» болып тұрады (Сағаттар).",
			RU: "Пакет не подписан: его подтверждённые часы остаются «на проверке», пока консультант здесь их не подтвердит (Часы).",
			EN: "The bundle was not signed: its verified hours stay pending until a consultant here verifies them (Hours).",
		},

		// The Sync screen's questions.
		"sync.trust_title": {
			KK: "Бұл кеңсенің алғашқы пакеті: «%s»",
			RU: "Первый пакет этого офиса: «%s»",
			EN: "The first bundle from this office: «%s»",
		},
		"sync.trust_fp": {
			KK: "Кілттің саусақ ізі: %s",
			RU: "Отпечаток ключа: %s",
			EN: "Key fingerprint: %s",
		},
		"sync.trust_ask": {
			KK: "Бұл кеңсеге сеніп, пакетін біріктіру керек пе?",
			RU: "Доверять этому офису и объединить его пакет?",
			EN: "Trust this office and merge its bundle?",
		},
		"sync.trust_how_short": {KK: "Ізді алдымен телефонмен салыстырыңыз.", RU: "Сначала сверьте отпечаток по телефону.", EN: "Compare the fingerprint by phone first."},
		"sync.trust_how": {
			KK: "Алдымен саусақ ізін сол кеңсенің Синхрондау экранындағы ізбен телефонмен не жүзбе-жүз салыстырыңыз.",
			RU: "Сначала сверьте отпечаток с отпечатком на экране Синхронизации того офиса — по телефону или лично.",
			EN: "First compare the fingerprint with the one on that office's Sync screen, by phone or in person.",
		},
		"sync.unsigned_title": {
			KK: "Қолтаңбасыз пакет: «%s»",
			RU: "Неподписанный пакет: «%s»",
			EN: "An unsigned bundle: «%s»",
		},
		"sync.unsigned_ask": {
			KK: "Бәрібір біріктіру керек пе? Расталған сағаттары осындағы кеңесші растаған соң ғана есептеледі.",
			RU: "Всё равно объединить? Подтверждённые часы засчитываются только после проверки консультантом здесь.",
			EN: "Merge it anyway? Its verified hours count only after a consultant here verifies them.",
		},
		"sync.unsigned_how": {
			KK: "Оны frontoffice-тің ескі нұсқасы жасаған не қолтаңбасы алынып тасталған: оны кім жасағанын білу мүмкін емес. Мүмкін болса, кеңседен жаңа нұсқа жасаған пакетті сұраңыз.",
			RU: "Его сделала старая версия frontoffice или подпись удалена: нельзя узнать, кто его сделал. Если можно, попросите у офиса пакет, сделанный новой версией.",
			EN: "An older frontoffice made it, or its signature was removed: nobody can tell who made it. If you can, ask the office for a bundle made by the current version.",
		},
		"confirm.trust":          {KK: "сену және біріктіру", RU: "доверять и объединить", EN: "trust and merge"},
		"confirm.take_unsigned":  {KK: "бәрібір біріктіру", RU: "всё равно объединить", EN: "merge it anyway"},
		"confirm.import_nothing": {KK: "импорттамау", RU: "не импортировать", EN: "import nothing"},
		"sync.trust_declined": {
			KK: "Импортталмады; қойма өзгертілмеді.",
			RU: "Не импортировано; хранилище не изменено.",
			EN: "Not imported; the store was not changed.",
		},
		"sync.own_fingerprint": {
			KK: "Осы кеңсе кілтінің саусақ ізі: %s",
			RU: "Отпечаток ключа этого офиса: %s",
			EN: "This office's key fingerprint: %s",
		},
		"sync.own_fingerprint_short": {
			KK: "Кеңсе кілті: %s",
			RU: "Ключ офиса: %s",
			EN: "Office key: %s",
		},

		// frontoffice offices
		"offices.this": {
			KK: "Осы кеңсе: %s (%s), кілттің саусақ ізі: %s",
			RU: "Этот офис: %s (%s), отпечаток ключа: %s",
			EN: "This office: %s (%s), key fingerprint: %s",
		},
		"offices.none": {
			KK: "Басқа кеңселер әлі белгісіз: біреуінің алғашқы пакеті оған сенуді сұрайды.",
			RU: "Других офисов пока не известно: первый пакет офиса спросит, доверять ли ему.",
			EN: "No other office is known yet: the first bundle from one asks whether to trust it.",
		},
		"offices.known": {
			KK: "Белгілі кеңселер: %d",
			RU: "Известные офисы: %d",
			EN: "Known offices: %d",
		},
		"offices.header": {
			KK: "ID\tАТАУЫ\tКІЛТТІҢ САУСАҚ ІЗІ\tСЕНІМ БІЛДІРІЛДІ\tСОҢҒЫ ПАКЕТ ЖАСАЛДЫ\tИМПОРТТАЛДЫ",
			RU: "ID\tНАЗВАНИЕ\tОТПЕЧАТОК КЛЮЧА\tДОВЕРЯЮТ С\tПОСЛЕДНИЙ ПАКЕТ СДЕЛАН\tИМПОРТИРОВАН",
			EN: "ID\tNAME\tKEY FINGERPRINT\tTRUSTED SINCE\tLAST BUNDLE MADE\tIMPORTED",
		},
		"offices.unnamed": {KK: "(атаусыз)", RU: "(без названия)", EN: "(no name)"},
	})
}
