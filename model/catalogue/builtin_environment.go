package catalogue

import "frontoffice/model"

// environment is Taza Álem: Green Challenge clean-ups, trees, waste (seeds 000, 004).
func environment() []*model.CatalogueEntry {
	return []*model.CatalogueEntry{
		{
			Title: l("Green Challenge: саябақты тазалау сенбілігі",
				"Green Challenge: субботник в парке",
				"Green Challenge: park clean-up day"),
			Description: l("Еріктілер командасы колледж маңындағы саябақты немесе көшені бір күнде қоқыстан тазалайды, қоқысты сұрыптап шығарады және нәтижесін әлеуметтік желіде көрсетеді.",
				"Команда волонтёров за один день очищает от мусора парк или улицу рядом с колледжем, сортирует и вывозит собранное и показывает результат в соцсетях.",
				"A team of volunteers clears a park or street near the college of litter in one day, sorts what it collects, has it taken away and shows the result on social media."),
			Steps: ls(
				l("Әкімдікпен немесе саябақ әкімшілігімен орын мен күнді келісу", "Согласовать место и дату с акиматом или администрацией парка", "Agree the place and date with the akimat or the park's management"),
				l("Еріктілерді тіркеу, қолғап пен қаптарды сатып алу", "Записать волонтёров, купить перчатки и мешки", "Sign up volunteers, buy gloves and bags"),
				l("Сенбілік өткізу: қауіпсіздік нұсқамасы, аймақтарға бөліну, қоқысты сұрыптау", "Провести субботник: инструктаж, деление на участки, сортировка мусора", "Hold the clean-up: safety briefing, split into zones, sort the litter"),
				l("Қоқысты шығаруды ұйымдастыру және фотоесеп жариялау", "Организовать вывоз мусора и опубликовать фотоотчёт", "Have the litter taken away and post a photo report"),
			),
			Direction: "taza_alem", SDGs: []model.SDG{11, 15}, TargetGroups: []model.TargetGroup{"youth", "general_public"},
			TeamMin: 3, TeamMax: 15, DurationWeeks: 1, BudgetMin: 0, BudgetMax: 25000,
			Logframe: model.CatalogueLogframe{
				Goal: l("Колледж маңындағы қоғамдық орынды таза әрі қауіпсіз ету", "Сделать общественное место рядом с колледжем чистым и безопасным", "Make a public place near the college clean and safe"),
				Objectives: ls(
					l("Бір күнде кемінде 1 гектар аумақты қоқыстан тазалау", "За один день очистить от мусора не менее 1 гектара", "Clear at least 1 hectare of litter in one day"),
					l("Кемінде 10 студентті экологиялық акцияға тарту", "Привлечь к экологической акции не менее 10 студентов", "Involve at least 10 students in the action"),
				),
				Results: ls(
					l("Саябақ тазаланды, қоқыс сұрыпталып шығарылды", "Парк очищен, мусор отсортирован и вывезен", "The park is clean, the litter sorted and taken away"),
					l("Студенттер қоқысты сұрыптауды үйренді", "Студенты научились сортировать мусор", "Students learned to sort waste"),
				),
				Indicators: []model.CatalogueIndicator{
					ind(l("Жиналған қоқыс қаптары", "Собрано мешков мусора", "Bags of litter collected"), uBags, 0, 40, vPhoto, 1),
					ind(l("Қатысқан еріктілер", "Участвовало волонтёров", "Volunteers taking part"), uVolunt, 0, 10, vAttendance, 2),
				},
				Risks: ls(rWeather, rTurnout, rSafety),
			},
			Budget: []model.CatalogueLine{
				line(l("Жұмыс қолғаптары", "Рабочие перчатки", "Work gloves"), materials, 15, 500),
				line(l("Қоқыс қаптары (120 л, 10 данадан)", "Мешки для мусора (120 л, по 10 шт.)", "Rubbish bags (120 l, packs of 10)"), materials, 4, 1500),
				line(l("Ауыз су", "Питьевая вода", "Drinking water"), food, 15, 300),
			},
		},
		{
			Title: l("Green Challenge: ағаш отырғызу",
				"Green Challenge: посадка деревьев",
				"Green Challenge: tree planting"),
			Description: l("Көктемде немесе күзде колледж аумағына, мектеп ауласына немесе саябаққа көшеттер отырғызып, жазда оларды суаруды ұйымдастыру.",
				"Весной или осенью высадить саженцы на территории колледжа, школьном дворе или в парке и организовать их полив летом.",
				"In spring or autumn plant saplings on the college grounds, a schoolyard or in a park and organise watering them through the summer."),
			Steps: ls(
				l("Орынды және көшет түрлерін көгалдандыру қызметімен келісу", "Согласовать место и породы деревьев со службой озеленения", "Agree the place and the tree species with the landscaping service"),
				l("Көшеттерді сатып алу немесе демеушіден сұрау", "Купить саженцы или попросить у спонсора", "Buy saplings or ask a sponsor for them"),
				l("Отырғызу күнін өткізу, әр көшетке жауапты тағайындау", "Провести день посадки, назначить ответственного за каждое дерево", "Hold the planting day, give each tree a caretaker"),
				l("Суару кестесін жасау және бір айдан кейін тексеру", "Составить график полива и проверить через месяц", "Make a watering rota and check after a month"),
			),
			Direction: "taza_alem", SDGs: []model.SDG{13, 15}, TargetGroups: []model.TargetGroup{"youth", "general_public"},
			TeamMin: 5, TeamMax: 20, DurationWeeks: 3, BudgetMin: 30000, BudgetMax: 120000,
			Logframe: model.CatalogueLogframe{
				Goal: l("Елді мекенді көгалдандыруға үлес қосу", "Внести вклад в озеленение населённого пункта", "Add to the greening of the town"),
				Objectives: ls(
					l("Бір күнде 20 көшет отырғызу", "За один день высадить 20 саженцев", "Plant 20 saplings in one day"),
					l("Көшеттердің кемінде 80%-ының тамыр алуын қамтамасыз ету", "Обеспечить приживаемость не менее 80% саженцев", "Make sure at least 80% of the saplings take root"),
				),
				Results: ls(
					l("Жаңа ағаштар отырғызылды және күтімге алынды", "Новые деревья высажены и взяты под уход", "New trees planted and cared for"),
					l("Суару кестесі жұмыс істейді", "График полива работает", "The watering rota works"),
				),
				Indicators: []model.CatalogueIndicator{
					ind(l("Отырғызылған көшеттер", "Высажено саженцев", "Saplings planted"), uTrees, 0, 20, vPhoto, 1),
					ind(l("Тамыр алған көшеттердің үлесі", "Доля прижившихся саженцев", "Share of saplings that took root"), uPercent, 0, 80, l("Үш айдан кейінгі тексеру актісі", "Акт осмотра через три месяца", "Inspection note after three months"), 2),
				},
				Risks: ls(rWeather, l("Көшеттер жазда кеуіп қалуы мүмкін: суаруға жауаптылар", "Саженцы могут засохнуть летом: ответственные за полив", "Saplings may dry out in summer: named waterers"), rPrices),
			},
			Budget: []model.CatalogueLine{
				line(l("Көшеттер", "Саженцы", "Saplings"), materials, 20, 2500),
				line(l("Суару шлангісі", "Шланг для полива", "Watering hose"), materials, 2, 5000),
				line(l("Жұмыс қолғаптары", "Рабочие перчатки", "Work gloves"), materials, 20, 500),
			},
		},
		{
			Title: l("Пластиксіз өмір: мектептерде сабақтар",
				"Жизнь без пластика: уроки в школах",
				"Plastic-free living: lessons in schools"),
			Description: l("Студенттер мектеп оқушыларына пластиктің зияны, қайта пайдалану және қоқысты сұрыптау туралы 30 минуттық ойын-сабақтар өткізеді.",
				"Студенты проводят для школьников 30-минутные уроки-игры о вреде пластика, повторном использовании и сортировке мусора.",
				"Students give schoolchildren 30-minute game lessons on the harm of plastic, reuse and sorting waste."),
			Steps: ls(
				l("Мектеппен сыныптар мен күндерді келісу", "Согласовать классы и даты со школой", "Agree classes and dates with the school"),
				l("Сабақ жоспарын, ойындар мен үлестірме материалдарды дайындау", "Подготовить план урока, игры и раздаточный материал", "Prepare the lesson plan, games and handouts"),
				l("Сабақтарды өткізу және қысқа тест алу", "Провести уроки и короткий тест", "Give the lessons and a short quiz"),
				l("Сыныппен бірге пластиксіз апта челленджін бастау", "Запустить с классом челлендж «неделя без пластика»", "Start a plastic-free week challenge with each class"),
			),
			Direction: "taza_alem", SDGs: []model.SDG{12, 4}, TargetGroups: []model.TargetGroup{"children"},
			TeamMin: 2, TeamMax: 5, DurationWeeks: 4, BudgetMin: 5000, BudgetMax: 20000,
			Logframe: model.CatalogueLogframe{
				Goal: l("Оқушылардың пластикті аз қолдануына ықпал ету", "Способствовать тому, чтобы школьники меньше использовали пластик", "Help schoolchildren use less plastic"),
				Objectives: ls(
					l("Бір ай ішінде 5 сыныпта сабақ өткізу", "За месяц провести уроки в 5 классах", "Give lessons in 5 classes within a month"),
					l("Оқушылардың кемінде 70%-ы қоқысты дұрыс сұрыптай алуы", "Не менее 70% учеников умеют правильно сортировать мусор", "At least 70% of pupils can sort waste correctly"),
				),
				Results: ls(
					l("120-ға жуық оқушы пластиктің зияны туралы білді", "Около 120 школьников узнали о вреде пластика", "About 120 pupils learned about the harm of plastic"),
					l("Сыныптар пластиксіз апта челленджіне қатысты", "Классы приняли участие в челлендже без пластика", "Classes took part in the plastic-free challenge"),
				),
				Indicators: []model.CatalogueIndicator{
					ind(l("Өткізілген сабақтар", "Проведено уроков", "Lessons given"), uLessons, 0, 5, vAttendance, 1),
					ind(l("Тестті дұрыс орындаған оқушылар үлесі", "Доля учеников, верно выполнивших тест", "Share of pupils passing the quiz"), uPercent, 0, 70, vTest, 2),
				},
				Risks: ls(rPermit, rInterest),
			},
			Budget: []model.CatalogueLine{
				line(l("Үлестірме материалдарды басып шығару", "Печать раздаточного материала", "Printing handouts"), printing, 120, 60),
				line(l("Сұрыптау ойынына арналған материалдар", "Материалы для игры по сортировке", "Materials for the sorting game"), materials, 1, 5000),
			},
		},
		{
			Title: l("Колледжде қоқысты бөлек жинау бекеті",
				"Пункт раздельного сбора отходов в колледже",
				"A waste-sorting point at the college"),
			Description: l("Колледж фойесінде пластик, қағаз және батареяларға арналған контейнерлер қойып, оларды қайта өңдеу пунктіне тапсыруды жолға қою.",
				"Поставить в фойе колледжа контейнеры для пластика, бумаги и батареек и наладить их сдачу в пункт переработки.",
				"Put containers for plastic, paper and batteries in the college lobby and arrange for them to be handed to a recycling point."),
			Steps: ls(
				l("Әкімшілікпен орынды келісу, қайта өңдеу пунктін табу", "Согласовать место с администрацией, найти пункт приёма вторсырья", "Agree a place with the management, find a recycling point"),
				l("Контейнерлер мен нұсқау жапсырмаларын сатып алу", "Купить контейнеры и наклейки-подсказки", "Buy containers and instruction stickers"),
				l("Топтарда 10 минуттық түсіндіру жүргізу", "Провести 10-минутные разъяснения в группах", "Give 10-minute explanations in each group"),
				l("Апта сайын тапсырылған көлемді есепке алу", "Еженедельно учитывать сданный объём", "Record the amount handed in every week"),
			),
			Direction: "taza_alem", SDGs: []model.SDG{12, 11}, TargetGroups: []model.TargetGroup{"youth"},
			TeamMin: 3, TeamMax: 8, DurationWeeks: 6, BudgetMin: 20000, BudgetMax: 60000,
			Logframe: model.CatalogueLogframe{
				Goal: l("Колледжде қалдықтарды бөлек жинау мәдениетін қалыптастыру", "Сформировать в колледже культуру раздельного сбора отходов", "Build a habit of sorting waste at the college"),
				Objectives: ls(
					l("Үш түрлі қалдыққа арналған бекет ашу", "Открыть пункт для трёх видов отходов", "Open a point for three kinds of waste"),
					l("Алты аптада кемінде 100 кг шикізат тапсыру", "За шесть недель сдать не менее 100 кг вторсырья", "Hand in at least 100 kg of recyclables in six weeks"),
				),
				Results: ls(
					l("Бекет жұмыс істейді, студенттер оны пайдаланады", "Пункт работает, студенты им пользуются", "The point works and students use it"),
					l("Қалдықтар қайта өңдеуге тапсырылды", "Отходы сданы на переработку", "Waste handed in for recycling"),
				),
				Indicators: []model.CatalogueIndicator{
					ind(l("Тапсырылған шикізат", "Сдано вторсырья", "Recyclables handed in"), uKg, 0, 100, l("Қабылдау пунктінің түбіртектері", "Квитанции пункта приёма", "Receipts from the recycling point"), 2),
					ind(l("Түсіндіру жүргізілген топтар", "Групп, где проведены разъяснения", "Groups briefed"), l("топ", "групп", "groups"), 0, 10, vAttendance, 1),
				},
				Risks: ls(l("Қабылдау пункті алыс болуы мүмкін: шығаруды демеушімен келісу", "Пункт приёма может быть далеко: договориться о вывозе со спонсором", "The recycling point may be far away: agree collection with a sponsor"), rInterest),
			},
			Budget: []model.CatalogueLine{
				line(l("Сұрыптау контейнерлері", "Контейнеры для сортировки", "Sorting containers"), materials, 3, 12000),
				line(l("Нұсқау жапсырмалары мен плакаттар", "Наклейки и плакаты-подсказки", "Instruction stickers and posters"), printing, 10, 500),
			},
		},
		{
			Title: l("Каспий жағалауын тазалау",
				"Уборка берега Каспия",
				"Caspian shore clean-up"),
			Description: l("Еріктілер теңіз жағалауының бір бөлігін пластик пен торлардан тазалап, жиналған қоқыстың түрін есепке алады.",
				"Волонтёры очищают участок морского берега от пластика и сетей и ведут учёт собранного мусора по видам.",
				"Volunteers clear a stretch of the sea shore of plastic and nets and record what they collect by type."),
			Steps: ls(
				l("Жағалау учаскесін және шығару көлігін әкімдікпен келісу", "Согласовать участок берега и вывоз с акиматом", "Agree the stretch of shore and collection with the akimat"),
				l("Еріктілерге жол мен қауіпсіздікті ұйымдастыру", "Организовать дорогу и безопасность волонтёров", "Arrange transport and safety for the volunteers"),
				l("Тазалау және қоқысты түрі бойынша есептеу", "Провести уборку и учёт мусора по видам", "Clean up and count the litter by type"),
				l("Нәтижелерді жергілікті БАҚ пен желіде жариялау", "Опубликовать итоги в местных СМИ и соцсетях", "Publish the results in local media and online"),
			),
			Direction: "taza_alem", SDGs: []model.SDG{14, 12}, TargetGroups: []model.TargetGroup{"youth", "general_public"},
			TeamMin: 5, TeamMax: 25, DurationWeeks: 2, BudgetMin: 10000, BudgetMax: 40000,
			Regions: []model.Region{"mangystau", "atyrau"},
			Logframe: model.CatalogueLogframe{
				Goal: l("Каспий жағалауын пластиктен қорғау", "Защитить берег Каспия от пластика", "Protect the Caspian shore from plastic"),
				Objectives: ls(
					l("Бір күнде 2 км жағалауды тазалау", "За один день очистить 2 км берега", "Clean 2 km of shore in one day"),
					l("Жиналған қоқыстың құрамын есепке алу", "Учесть состав собранного мусора", "Record what the litter consists of"),
				),
				Results: ls(
					l("Жағалау учаскесі тазаланды", "Участок берега очищен", "The stretch of shore is clean"),
					l("Қоқыс құрамы туралы шағын есеп жарияланды", "Опубликован короткий отчёт о составе мусора", "A short report on the litter is published"),
				),
				Indicators: []model.CatalogueIndicator{
					ind(l("Тазаланған жағалау", "Очищено берега", "Shore cleaned"), l("км", "км", "km"), 0, 2, vPhoto, 1),
					ind(l("Жиналған қоқыс", "Собрано мусора", "Litter collected"), uKg, 0, 300, l("Қоқыс есебінің парағы", "Лист учёта мусора", "Litter tally sheet"), 2),
				},
				Risks: ls(rWeather, rSafety),
			},
			Budget: []model.CatalogueLine{
				line(l("Қоқыс қаптары (10 данадан)", "Мешки для мусора (по 10 шт.)", "Rubbish bags (packs of 10)"), materials, 4, 2500),
				line(l("Жұмыс қолғаптары", "Рабочие перчатки", "Work gloves"), materials, 25, 500),
				line(l("Жағалауға дейін көлік", "Транспорт до берега", "Transport to the shore"), transport, 1, 15000),
			},
		},
		{
			Title: l("«Жасыл университет»: гүлзарлар мен аула",
				"«Зелёный университет»: клумбы и двор",
				"Green University: flowerbeds and the yard"),
			Description: l("Колледж бен жатақхана ауласын абаттандыру: гүлзарлар отырғызу, орындықтарды сырлау, күтім кестесін жасау.",
				"Благоустройство двора колледжа и общежития: высадить клумбы, покрасить скамейки, составить график ухода.",
				"Tidy up the college and dormitory yard: plant flowerbeds, paint the benches, set up a care rota."),
			Steps: ls(
				l("Аула жоспарын әкімшілікпен келісу", "Согласовать план двора с администрацией", "Agree the yard plan with the management"),
				l("Көшеттер, топырақ және бояу сатып алу", "Купить рассаду, грунт и краску", "Buy seedlings, soil and paint"),
				l("Екі абаттандыру күнін өткізу", "Провести два дня благоустройства", "Hold two yard-work days"),
				l("Гүлзарларға күтім кестесін жасау", "Составить график ухода за клумбами", "Set up a rota for the flowerbeds"),
			),
			Direction: "taza_alem", SDGs: []model.SDG{11, 15}, TargetGroups: []model.TargetGroup{"youth"},
			TeamMin: 4, TeamMax: 12, DurationWeeks: 2, BudgetMin: 15000, BudgetMax: 50000,
			Logframe: model.CatalogueLogframe{
				Goal: l("Студенттер үшін жайлы әрі жасыл орта жасау", "Создать для студентов уютную зелёную среду", "Make a pleasant green place for students"),
				Objectives: ls(
					l("Екі аптада 3 гүлзар отырғызу", "За две недели разбить 3 клумбы", "Plant 3 flowerbeds in two weeks"),
					l("10 орындықты сырлау", "Покрасить 10 скамеек", "Paint 10 benches"),
				),
				Results: ls(
					l("Аула абаттандырылды", "Двор благоустроен", "The yard is tidied up"),
					l("Гүлзарларға студенттер күтім жасайды", "За клумбами ухаживают студенты", "Students look after the flowerbeds"),
				),
				Indicators: []model.CatalogueIndicator{
					ind(l("Отырғызылған гүлзарлар", "Разбито клумб", "Flowerbeds planted"), l("гүлзар", "клумб", "flowerbeds"), 0, 3, vPhoto, 1),
					ind(l("Сырланған орындықтар", "Покрашено скамеек", "Benches painted"), l("орындық", "скамеек", "benches"), 0, 10, vPhoto, 2),
				},
				Risks: ls(rWeather, rPrices),
			},
			Budget: []model.CatalogueLine{
				line(l("Гүл көшеттері", "Рассада цветов", "Flower seedlings"), materials, 40, 400),
				line(l("Топырақ (50 л қап)", "Грунт (мешок 50 л)", "Soil (50 l bag)"), materials, 4, 2500),
				line(l("Бояу мен қылқалам", "Краска и кисти", "Paint and brushes"), materials, 1, 6000),
			},
		},
	}
}
