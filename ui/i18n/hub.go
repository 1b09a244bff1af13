package i18n

import "frontoffice/model"

// Sentences of the regional hub (frontoffice hub …, docs/hub.md). A
// connection error says what to check; none names the password.
func init() {
	add(map[string]model.Label{
		"hub.need_sub": {
			KK: "hub мыналардың бірін күтеді: import, report, credits, export.",
			RU: "hub ждёт одно из: import, report, credits, export.",
			EN: "hub needs one of: import, report, credits, export.",
		},
		"hub.need_files": {
			KK: "hub import кемінде бір пакет файлын күтеді.",
			RU: "hub import ждёт хотя бы один файл пакета.",
			EN: "hub import needs at least one bundle file.",
		},
		"hub.conn.no_url": {
			KK: "Хаб базасы көрсетілмеген%s: --pg postgres://РӨЛ:ҚҰПИЯСӨЗ@ХОСТ:5432/БАЗА береді не FRONTOFFICE_PG орнатыңыз (docs/hub.md).",
			RU: "База хаба не указана%s: задайте --pg postgres://РОЛЬ:ПАРОЛЬ@ХОСТ:5432/БАЗА или переменную FRONTOFFICE_PG (docs/hub.md).",
			EN: "No hub database given%s: pass --pg postgres://ROLE:PASSWORD@HOST:5432/DB or set FRONTOFFICE_PG (docs/hub.md).",
		},
		"hub.conn.bad_url": {
			KK: "Хаб мекенжайы PostgreSQL URL емес%s: postgres://РӨЛ:ҚҰПИЯСӨЗ@ХОСТ:5432/БАЗА?sslmode=disable түрінде жазыңыз.",
			RU: "Адрес хаба — не URL PostgreSQL%s: пишите postgres://РОЛЬ:ПАРОЛЬ@ХОСТ:5432/БАЗА?sslmode=disable.",
			EN: "The hub address is not a PostgreSQL URL%s: write postgres://ROLE:PASSWORD@HOST:5432/DB?sslmode=disable.",
		},
		"hub.conn.unreachable": {
			KK: "PostgreSQL жауап бермейді (%s): сервер қосулы ма, хост пен порт дұрыс па, брандмауэр өткізе ме — тексеріңіз.",
			RU: "PostgreSQL не отвечает (%s): проверьте, запущен ли сервер, верны ли хост и порт, пропускает ли брандмауэр.",
			EN: "PostgreSQL does not answer (%s): check that the server is running, the host and port are right, and no firewall is in the way.",
		},
		"hub.conn.auth": {
			KK: "PostgreSQL рөлді не оның құпиясөзін қабылдамады (%s): URL-дағы рөл мен құпиясөзді және pg_hba.conf-ты тексеріңіз.",
			RU: "PostgreSQL не принял роль или её пароль (%s): проверьте роль и пароль в URL и pg_hba.conf.",
			EN: "PostgreSQL refused the role or its password (%s): check the role and password in the URL, and pg_hba.conf.",
		},
		"hub.conn.no_database": {
			KK: "Мұндай база жоқ (%s): оны createdb -O РӨЛ БАЗА арқылы жасаңыз (docs/hub.md).",
			RU: "Такой базы нет (%s): создайте её командой createdb -O РОЛЬ БАЗА (docs/hub.md).",
			EN: "No such database (%s): create it with createdb -O ROLE DB (docs/hub.md).",
		},
		"hub.conn.permission": {
			KK: "Рөлге хаб кестелерін жасауға не жазуға рұқсат жоқ (%s): базаның иесі етіңіз не GRANT беріңіз (docs/hub.md).",
			RU: "Роли не разрешено создавать или писать таблицы хаба (%s): сделайте её владельцем базы или выдайте GRANT (docs/hub.md).",
			EN: "The role may not create or write the hub's tables (%s): make it the database's owner or GRANT it (docs/hub.md).",
		},
		"hub.conn.migrate": {
			KK: "Хаб кестелерін жаңарту сәтсіз аяқталды (%s); ештеңе өзгертілмеді.",
			RU: "Не удалось обновить таблицы хаба (%s); ничего не изменено.",
			EN: "Bringing the hub's tables up to date failed (%s); nothing was changed.",
		},
		"hub.conn.other": {
			KK: "Хаб базасы қате қайтарды (%s).",
			RU: "База хаба вернула ошибку (%s).",
			EN: "The hub database answered with an error (%s).",
		},
		"hub.again": {
			KK: "%s: бұл пакет хабқа бұрын жүктелген; ештеңе өзгерген жоқ.",
			RU: "%s: этот пакет уже загружен в хаб; ничего не изменилось.",
			EN: "%s: this bundle was loaded into the hub before; nothing changed.",
		},
		"hub.bad_since": {
			KK: "--since %q: күнді (2026-11-01) не RFC 3339 уақытын жазыңыз.",
			RU: "--since %q: укажите дату (2026-11-01) или время RFC 3339.",
			EN: "--since %q: give a day (2026-11-01) or an RFC 3339 time.",
		},
		// The end of import's refusal (sync.refused, sync.refused_file), which
		// hub import says of the hub (ui/cli.HubRefusalText).
		"hub.store_unchanged": {
			KK: "Қойма өзгертілмеді.",
			RU: "Хранилище не изменено.",
			EN: "The store was not changed.",
		},
		"hub.unchanged": {
			KK: "Хаб өзгертілмеді.",
			RU: "Хаб не изменён.",
			EN: "The hub was not changed.",
		},
		"hub.unverified_note": {
			KK: "Пакетке қол қойылмаған: оның расталған сағаттары хабта «тексерілуде» болып саналады.",
			RU: "Пакет не подписан: его подтверждённые часы считаются в хабе «на проверке».",
			EN: "The bundle was not signed: the hub counts its verified hours as pending.",
		},
	})
}
