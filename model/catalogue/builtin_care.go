package catalogue

import "frontoffice/model"

// care is Qamqor, Úmit and Sabaqtastyq: the elderly, veterans, families,
// children's homes, animals (seeds 000, 001, 004).
func care() []*model.CatalogueEntry {
	return []*model.CatalogueEntry{
		{
			Title: l("Қарттар үйінде концерт",
				"Концерт в доме престарелых",
				"A concert at a nursing home"),
			Description: l("Студенттер қарттар үйінің тұрғындарына шағын концерт қойып, өз қолдарымен жасалған сыйлықтар тапсырады және олармен әңгімелеседі.",
				"Студенты дают для жителей дома престарелых небольшой концерт, дарят подарки, сделанные своими руками, и общаются с ними.",
				"Students put on a small concert for the residents of a nursing home, give them handmade gifts and spend time talking with them."),
			Steps: ls(
				l("Қарттар үйімен күнді және тұрғындар санын келісу", "Согласовать с домом престарелых дату и число жителей", "Agree the date and number of residents with the nursing home"),
				l("Концерт бағдарламасын дайындау және дайындық жасау", "Подготовить программу концерта и отрепетировать", "Prepare and rehearse the concert programme"),
				l("Сыйлықтар дайындау немесе сатып алу", "Подготовить или купить подарки", "Make or buy the gifts"),
				l("Концерт пен шай үстіндегі әңгіме", "Концерт и беседа за чаем", "The concert and a talk over tea"),
			),
			Direction: "qamqor", SDGs: []model.SDG{3, 10}, TargetGroups: []model.TargetGroup{"elderly"},
			TeamMin: 5, TeamMax: 15, DurationWeeks: 3, BudgetMin: 10000, BudgetMax: 40000,
			Logframe: model.CatalogueLogframe{
				Goal: l("Қарт адамдардың жалғыздығын азайту", "Уменьшить одиночество пожилых людей", "Ease older people's loneliness"),
				Objectives: ls(
					l("Бір айда кемінде 30 тұрғынға концерт өткізу", "За месяц провести концерт для не менее 30 жителей", "Give a concert for at least 30 residents within a month"),
					l("Әр тұрғынға сыйлық тапсыру", "Вручить подарок каждому жителю", "Give every resident a gift"),
				),
				Results: ls(
					l("Тұрғындар мерекелік көңіл-күй алды", "Жители получили праздничное настроение", "Residents enjoyed a festive day"),
					l("Қарттар үйімен тұрақты байланыс орнады", "Установлена постоянная связь с домом престарелых", "A lasting link with the nursing home"),
				),
				Indicators: []model.CatalogueIndicator{
					ind(l("Концертке қатысқан тұрғындар", "Жителей на концерте", "Residents at the concert"), uPeople, 0, 30, vLetter, 1),
					ind(l("Тапсырылған сыйлықтар", "Вручено подарков", "Gifts given"), l("сыйлық", "подарков", "gifts"), 0, 30, vPhoto, 2),
				},
				Risks: ls(l("Карантин жариялануы мүмкін: бейнеконцерт нұсқасы", "Может быть объявлен карантин: вариант видеоконцерта", "A quarantine may be declared: a video concert instead"), rTurnout),
			},
			Budget: []model.CatalogueLine{
				line(l("Сыйлықтар (жылы шұлық, шай)", "Подарки (тёплые носки, чай)", "Gifts (warm socks, tea)"), materials, 20, 1200),
				line(l("Қарттар үйіне дейін көлік", "Транспорт до дома престарелых", "Transport to the nursing home"), transport, 1, 8000),
			},
		},
		{
			Title: l("Ардагер мен жалғыз қарттың үйіне көмек",
				"Помощь ветерану и одинокому пожилому человеку по дому",
				"Home help for a veteran or a lonely older person"),
			Description: l("Еріктілер ардагердің немесе жалғыз тұратын қарттың үйін, ауласын жинап, қоршауын сырлайды, ұсақ жөндеу жасайды.",
				"Волонтёры убирают дом и двор ветерана или одинокого пожилого человека, красят забор, делают мелкий ремонт.",
				"Volunteers clean the house and yard of a veteran or an older person living alone, paint the fence and do small repairs."),
			Steps: ls(
				l("Ардагерлер кеңесінен немесе әкімдіктен көмек керек адамды анықтау", "Узнать в совете ветеранов или акимате, кому нужна помощь", "Ask the veterans' council or akimat who needs help"),
				l("Үй иесімен жұмыс тізімін келісу", "Согласовать с хозяином список работ", "Agree the list of jobs with the host"),
				l("Бір-екі жұмыс күнін өткізу", "Провести один-два рабочих дня", "Hold one or two work days"),
				l("Бір айдан кейін хал-жағдайын білу", "Навестить через месяц", "Visit again a month later"),
			),
			Direction: "qamqor", SDGs: []model.SDG{3, 10}, TargetGroups: []model.TargetGroup{"veterans", "elderly"},
			TeamMin: 3, TeamMax: 8, DurationWeeks: 1, BudgetMin: 5000, BudgetMax: 30000,
			Logframe: model.CatalogueLogframe{
				Goal: l("Ардагерлер мен жалғыз қарттардың тұрмысын жеңілдету", "Облегчить быт ветеранов и одиноких пожилых людей", "Make life easier for veterans and lonely older people"),
				Objectives: ls(
					l("Бір аптада 2 үйге көмек көрсету", "За неделю помочь в 2 домах", "Help in 2 homes within a week"),
					l("Келісілген жұмыстардың бәрін орындау", "Выполнить все согласованные работы", "Finish every agreed job"),
				),
				Results: ls(
					l("Үй мен аула тәртіпке келтірілді", "Дом и двор приведены в порядок", "House and yard are in order"),
					l("Ардагер жалғыз емес екенін сезінді", "Ветеран почувствовал, что он не одинок", "The veteran feels less alone"),
				),
				Indicators: []model.CatalogueIndicator{
					ind(l("Көмек алған үйлер", "Домов, где оказана помощь", "Homes helped"), uPlaces, 0, 2, vPhoto, 1),
					ind(l("Орындалған жұмыстардың үлесі", "Доля выполненных работ", "Share of agreed jobs done"), uPercent, 0, 100, l("Үй иесінің қолы қойылған жұмыс тізімі", "Список работ с подписью хозяина", "Job list signed by the host"), 2),
				},
				Risks: ls(rSafety, rWeather),
			},
			Budget: []model.CatalogueLine{
				line(l("Қоршауға бояу", "Краска для забора", "Paint for the fence"), materials, 2, 6000),
				line(l("Қылқаламдар", "Кисти", "Brushes"), materials, 4, 800),
				line(l("Жұмыс қолғаптары", "Рабочие перчатки", "Work gloves"), materials, 8, 500),
			},
		},
		{
			Title: l("Көпбалалы отбасыларға азық-түлік себеттері",
				"Продуктовые наборы для многодетных семей",
				"Food bags for large families"),
			Description: l("Еріктілер қаражат пен азық-түлік жинап, қайырымдылық қорымен бірге мұқтаж отбасыларға азық-түлік себеттерін жеткізеді.",
				"Волонтёры собирают средства и продукты и вместе с благотворительным фондом доставляют продуктовые наборы нуждающимся семьям.",
				"Volunteers raise money and food and, with a charity fund, deliver food bags to families in need."),
			Steps: ls(
				l("Қормен немесе әкімдікпен отбасылар тізімін келісу", "Согласовать список семей с фондом или акиматом", "Agree the list of families with a fund or the akimat"),
				l("Азық-түлік жинау немесе сатып алу", "Собрать или купить продукты", "Collect or buy the food"),
				l("Себеттерді жинақтау", "Собрать наборы", "Pack the bags"),
				l("Отбасыларға жеткізу және қолхат алу", "Доставить семьям и получить расписки", "Deliver them and get receipts"),
			),
			Direction: "umit", SDGs: []model.SDG{1, 2}, TargetGroups: []model.TargetGroup{"children", "parents"},
			TeamMin: 3, TeamMax: 8, DurationWeeks: 2, BudgetMin: 20000, BudgetMax: 80000,
			Logframe: model.CatalogueLogframe{
				Goal: l("Мұқтаж отбасыларды қолдау", "Поддержать нуждающиеся семьи", "Support families in need"),
				Objectives: ls(
					l("Екі аптада 4 отбасыға себет жеткізу", "За две недели доставить наборы 4 семьям", "Deliver bags to 4 families in two weeks"),
					l("Әр себетте кемінде 10 негізгі өнім болуы", "В каждом наборе не менее 10 основных продуктов", "Put at least 10 staple foods in every bag"),
				),
				Results: ls(
					l("Отбасылар азық-түлікпен қамтылды", "Семьи обеспечены продуктами", "Families have food"),
					l("Қормен серіктестік орнады", "Налажено партнёрство с фондом", "A partnership with the fund"),
				),
				Indicators: []model.CatalogueIndicator{
					ind(l("Көмек алған отбасылар", "Семей получили помощь", "Families helped"), uFamilies, 0, 4, l("Отбасылардың қолхаттары", "Расписки семей", "Families' receipts"), 1),
					ind(l("Таратылған себеттер", "Выдано наборов", "Bags given"), l("себет", "наборов", "bags"), 0, 4, vAct, 2),
				},
				Risks: ls(l("Отбасылардың жеке деректерін қорғау: суретке тек келісіммен түсіру", "Защита персональных данных семей: фото только с согласия", "Families' privacy: photos only with consent"), rPrices),
			},
			Budget: []model.CatalogueLine{
				line(l("Азық-түлік себеті", "Продуктовый набор", "Food bag"), food, 4, 12000),
				line(l("Жеткізуге такси", "Такси для доставки", "Taxi for delivery"), transport, 1, 5000),
			},
		},
		{
			Title: l("«Амал қоржыны»: колледждер арасындағы қайырымдылық челленджі",
				"«Амал қоржыны»: благотворительный челлендж колледжей",
				"Amal Qorzhyny: a charity challenge between colleges"),
			Description: l("Облыс колледждері бір ай бойы қайырымдылық акцияларын өткізіп, нәтижелерін ортақ кестеге жазады; соңында үздіктер марапатталады.",
				"Колледжи области месяц проводят благотворительные акции и записывают итоги в общую таблицу; в конце лучших награждают.",
				"The region's colleges run charity actions for a month and log the results in a shared table; the best are awarded at the end."),
			Steps: ls(
				l("Челлендж ережесін және есеп кестесін жасау", "Составить правила челленджа и таблицу учёта", "Write the rules and the results table"),
				l("Колледждерге шақыру жіберу", "Разослать приглашения колледжам", "Invite the colleges"),
				l("Ай бойы акцияларды үйлестіру және жариялау", "Месяц координировать и освещать акции", "Coordinate and publicise the actions for a month"),
				l("Қорытынды және марапаттау", "Подвести итоги и наградить", "Sum up and give awards"),
			),
			Direction: "umit", SDGs: []model.SDG{1, 17}, TargetGroups: []model.TargetGroup{"youth", "general_public"},
			TeamMin: 5, TeamMax: 20, DurationWeeks: 6, BudgetMin: 10000, BudgetMax: 50000,
			Logframe: model.CatalogueLogframe{
				Goal: l("Жастардың мейірімділігі мен әлеуметтік жауапкершілігін тәрбиелеу", "Воспитывать у молодёжи милосердие и социальную ответственность", "Grow kindness and social responsibility among young people"),
				Objectives: ls(
					l("Челленджге кемінде 5 колледжді тарту", "Вовлечь в челлендж не менее 5 колледжей", "Bring at least 5 colleges into the challenge"),
					l("Бір айда 20 акция өткізу", "За месяц провести 20 акций", "Hold 20 actions in a month"),
				),
				Results: ls(
					l("Әлеуметтік осал топтар көмек алды", "Социально уязвимые группы получили помощь", "Vulnerable groups got help"),
					l("Колледждер арасында ерікті желі құрылды", "Между колледжами сложилась волонтёрская сеть", "A volunteer network between colleges"),
				),
				Indicators: []model.CatalogueIndicator{
					ind(l("Қатысқан колледждер", "Колледжей-участников", "Colleges taking part"), l("колледж", "колледжей", "colleges"), 0, 5, l("Челлендж кестесі", "Таблица челленджа", "The challenge table"), 1),
					ind(l("Өткізілген акциялар", "Проведено акций", "Actions held"), uEvents, 0, 20, vSocial, 2),
				},
				Risks: ls(l("Колледждер белсенділігі әртүрлі: апта сайын еске салу", "Колледжи активны по-разному: еженедельные напоминания", "Colleges differ in activity: weekly reminders"), rTurnout),
			},
			Budget: []model.CatalogueLine{
				line(l("Плакаттар", "Плакаты", "Posters"), printing, 20, 500),
				line(l("Алғыс хаттар мен сертификаттар", "Благодарственные письма и сертификаты", "Letters of thanks and certificates"), printing, 30, 300),
				line(l("Жинау қораптары", "Коробки для сбора", "Collection boxes"), materials, 10, 800),
			},
		},
		{
			Title: l("Балалар үйіне қамқорлық",
				"Шефство над детским домом",
				"Mentoring at a children's home"),
			Description: l("Студенттер екі ай бойы апта сайын балалар үйіне барып, сабаққа көмектеседі, шығармашылық үйірме өткізеді, кәсіп таңдау туралы әңгімелеседі.",
				"Два месяца студенты каждую неделю приходят в детский дом: помогают с уроками, ведут творческий кружок, рассказывают о выборе профессии.",
				"For two months students visit a children's home every week: help with homework, run a craft club and talk about choosing a career."),
			Steps: ls(
				l("Балалар үйі әкімшілігімен келісім жасау", "Заключить договорённость с администрацией детского дома", "Agree the visits with the home's management"),
				l("Еріктілерді іріктеу және нұсқама өткізу", "Отобрать волонтёров и провести инструктаж", "Select volunteers and brief them"),
				l("Апта сайынғы кездесулер өткізу", "Проводить еженедельные встречи", "Hold weekly sessions"),
				l("Соңында колледжге экскурсия ұйымдастыру", "В конце устроить экскурсию в колледж", "End with a visit to the college"),
			),
			Direction: "sabaqtastyq", SDGs: []model.SDG{4, 10}, TargetGroups: []model.TargetGroup{"children"},
			TeamMin: 3, TeamMax: 10, DurationWeeks: 8, BudgetMin: 10000, BudgetMax: 50000,
			Logframe: model.CatalogueLogframe{
				Goal: l("Балалар үйінің тәрбиеленушілерін қоғамдық өмірге дайындауға көмектесу", "Помочь воспитанникам детского дома подготовиться к самостоятельной жизни", "Help the children prepare for life on their own"),
				Objectives: ls(
					l("Сегіз аптада 8 кездесу өткізу", "За восемь недель провести 8 встреч", "Hold 8 sessions in eight weeks"),
					l("Кемінде 15 баланы тұрақты қамту", "Постоянно охватывать не менее 15 детей", "Reach at least 15 children regularly"),
				),
				Results: ls(
					l("Балалар сабақтан көмек алды және кәсіптермен танысты", "Дети получили помощь с учёбой и узнали о профессиях", "The children got help with school and learned about careers"),
					l("Студенттер мен балалар арасында сенім қалыптасты", "Между студентами и детьми сложилось доверие", "Trust between students and children"),
				),
				Indicators: []model.CatalogueIndicator{
					ind(l("Өткізілген кездесулер", "Проведено встреч", "Sessions held"), uSessions, 0, 8, vLog, 1),
					ind(l("Тұрақты қатысқан балалар", "Детей, посещавших регулярно", "Children coming regularly"), uPeople, 0, 15, vAttendance, 2),
				},
				Risks: ls(l("Еріктілер тұрақты келмеуі мүмкін: әр кездесуге екі жауапты", "Волонтёры могут приходить нерегулярно: по два ответственных на встречу", "Volunteers may not come regularly: two named people per session"), rPermit),
			},
			Budget: []model.CatalogueLine{
				line(l("Шығармашылыққа арналған материалдар", "Материалы для творчества", "Craft materials"), materials, 1, 15000),
				line(l("Балаларға шағын сыйлықтар", "Небольшие подарки детям", "Small gifts for the children"), other, 20, 1000),
			},
		},
		{
			Title: l("Жалғыз қарттардың ауласын қардан тазалау",
				"Уборка снега во дворах одиноких пожилых",
				"Clearing snow for older people living alone"),
			Description: l("Қыс айларында еріктілер жалғыз тұратын қарттар мен мүгедектігі бар адамдардың ауласы мен жолын қардан тазалайды.",
				"Зимой волонтёры расчищают от снега дворы и дорожки одиноких пожилых людей и людей с инвалидностью.",
				"In winter volunteers clear snow from the yards and paths of older people living alone and people with disabilities."),
			Steps: ls(
				l("Әкімдіктен немесе көршілерден мекенжайлар тізімін алу", "Получить список адресов в акимате или у соседей", "Get a list of addresses from the akimat or neighbours"),
				l("Күрек сатып алу, кезекшілік кестесін жасау", "Купить лопаты, составить график дежурств", "Buy shovels and set a rota"),
				l("Қар жауғаннан кейін 24 сағат ішінде шығу", "Выходить в течение суток после снегопада", "Go out within a day of each snowfall"),
			),
			Direction: "qamqor", SDGs: []model.SDG{3, 11}, TargetGroups: []model.TargetGroup{"elderly", "disabled"},
			TeamMin: 3, TeamMax: 10, DurationWeeks: 8, BudgetMin: 0, BudgetMax: 20000,
			Logframe: model.CatalogueLogframe{
				Goal: l("Қыста қарт адамдардың қауіпсіз жүріп-тұруын қамтамасыз ету", "Обеспечить пожилым людям безопасное передвижение зимой", "Keep older people safe on their feet in winter"),
				Objectives: ls(
					l("Кемінде 8 мекенжайды тұрақты тазалау", "Регулярно расчищать не менее 8 адресов", "Clear at least 8 addresses regularly"),
					l("Қар жауғаннан кейін бір тәулікте шығу", "Выходить в течение суток после снегопада", "Go out within a day of each snowfall"),
				),
				Results: ls(
					l("Қарттардың ауласы мен жолдары таза", "Дворы и дорожки пожилых людей расчищены", "Older people's yards and paths are clear"),
					l("Көршілер арасында өзара көмек дәстүрі нығайды", "Укрепилась традиция соседской взаимопомощи", "Neighbours help each other more"),
				),
				Indicators: []model.CatalogueIndicator{
					ind(l("Қызмет көрсетілген мекенжайлар", "Обслужено адресов", "Addresses served"), uPlaces, 0, 8, vLog, 1),
					ind(l("Шығу саны", "Число выходов", "Turn-outs"), uEvents, 0, 10, vLog, 2),
				},
				Risks: ls(rSafety, l("Қатты аяз: жылы киім және қысқа ауысым", "Сильный мороз: тёплая одежда и короткие смены", "Hard frost: warm clothes and short shifts")),
			},
			Budget: []model.CatalogueLine{
				line(l("Қар күректері", "Снеговые лопаты", "Snow shovels"), materials, 3, 4000),
				line(l("Жылы қолғаптар", "Тёплые перчатки", "Warm gloves"), materials, 10, 700),
			},
		},
		{
			Title: l("Үйсіз жануарлар баспанасына көмек",
				"Помощь приюту для бездомных животных",
				"Helping an animal shelter"),
			Description: l("Еріктілер баспанадағы торлар мен қоршауларды тазалайды, жем мен дәрі жинайды, жануарларды қабылдап алуға көмектесетін фотосессия жасайды.",
				"Волонтёры убирают клетки и вольеры приюта, собирают корм и лекарства и делают фотосессию, чтобы животных забрали домой.",
				"Volunteers clean the shelter's cages and enclosures, collect food and medicine and take photos that help the animals find homes."),
			Steps: ls(
				l("Баспанамен қажеттіліктер тізімін келісу", "Согласовать с приютом список нужд", "Agree a list of needs with the shelter"),
				l("Жем мен тазалау құралдарын жинау", "Собрать корм и средства для уборки", "Collect food and cleaning supplies"),
				l("Тазалау күнін өткізу және жануарларды суретке түсіру", "Провести день уборки и сфотографировать животных", "Hold the cleaning day and photograph the animals"),
				l("Жануарларды алу туралы хабарландыру жариялау", "Опубликовать объявления о пристройстве", "Post adoption adverts"),
			),
			Direction: "other", SDGs: []model.SDG{15, 3}, TargetGroups: []model.TargetGroup{"animals"},
			TeamMin: 4, TeamMax: 15, DurationWeeks: 2, BudgetMin: 10000, BudgetMax: 40000,
			Logframe: model.CatalogueLogframe{
				Goal: l("Баспанадағы жануарлардың жағдайын жақсарту", "Улучшить условия животных в приюте", "Make life better for the shelter's animals"),
				Objectives: ls(
					l("Бір күнде 50 тор мен қоршауды тазалау", "За один день убрать 50 клеток и вольеров", "Clean 50 cages and enclosures in one day"),
					l("Кемінде 30 кг жем жинау", "Собрать не менее 30 кг корма", "Collect at least 30 kg of food"),
				),
				Results: ls(
					l("Баспана тазаланды, жем қоры толықтырылды", "Приют убран, запас корма пополнен", "The shelter is clean and stocked with food"),
					l("Жануарлардың бір бөлігі жаңа үй тапты", "Часть животных нашла новый дом", "Some animals found new homes"),
				),
				Indicators: []model.CatalogueIndicator{
					ind(l("Тазаланған торлар мен қоршаулар", "Убрано клеток и вольеров", "Cages and enclosures cleaned"), l("тор", "клеток", "cages"), 0, 50, vLetter, 1),
					ind(l("Жиналған жем", "Собрано корма", "Food collected"), uKg, 0, 30, vAct, 2),
					ind(l("Үй тапқан жануарлар", "Животных пристроено", "Animals adopted"), l("жануар", "животных", "animals"), 0, 3, vSocial, 0),
				},
				Risks: ls(l("Жануарлар тістеуі мүмкін: баспана қызметкерінің нұсқамасы", "Животные могут укусить: инструктаж сотрудника приюта", "Animals may bite: a briefing by shelter staff"), rTurnout),
			},
			Budget: []model.CatalogueLine{
				line(l("Құрғақ жем (15 кг қап)", "Сухой корм (мешок 15 кг)", "Dry food (15 kg bag)"), food, 2, 9000),
				line(l("Тазалау құралдары", "Средства для уборки", "Cleaning supplies"), materials, 1, 6000),
				line(l("Жұмыс қолғаптары", "Рабочие перчатки", "Work gloves"), materials, 10, 500),
			},
		},
		{
			Title: l("Жоғалған адамдарды іздеуге еріктілерді дайындау",
				"Подготовка волонтёров к поиску пропавших людей",
				"Training volunteers to search for missing people"),
			Description: l("Іздеу-құтқару отрядымен және полициямен бірге студенттерге іздеу тәртібі, бағдар табу және алғашқы көмек бойынша оқу өткізу.",
				"Вместе с поисково-спасательным отрядом и полицией обучить студентов порядку поиска, ориентированию и первой помощи.",
				"With a search-and-rescue team and the police, train students in search procedure, orientation and first aid."),
			Steps: ls(
				l("Іздеу отрядымен немесе полициямен бағдарламаны келісу", "Согласовать программу с поисковым отрядом или полицией", "Agree the programme with a search team or the police"),
				l("Теориялық сабақ және далалық жаттығу өткізу", "Провести теоретическое занятие и полевую тренировку", "Hold a classroom session and a field exercise"),
				l("Дайындалған еріктілердің байланыс тізімін жасау", "Составить список связи подготовленных волонтёров", "Make a call-out list of trained volunteers"),
			),
			Direction: "umit", SDGs: []model.SDG{16, 3}, TargetGroups: []model.TargetGroup{"youth", "general_public"},
			TeamMin: 5, TeamMax: 20, DurationWeeks: 3, BudgetMin: 0, BudgetMax: 25000,
			Logframe: model.CatalogueLogframe{
				Goal: l("Адам жоғалған кезде жедел көмекке дайын еріктілер тобын құру", "Создать группу волонтёров, готовых быстро помочь при пропаже человека", "Build a group of volunteers ready to help quickly when someone goes missing"),
				Objectives: ls(
					l("20 еріктіні оқыту", "Обучить 20 волонтёров", "Train 20 volunteers"),
					l("Далалық жаттығу өткізу", "Провести полевую тренировку", "Hold a field exercise"),
				),
				Results: ls(
					l("Еріктілер іздеу тәртібін біледі", "Волонтёры знают порядок поиска", "Volunteers know how a search works"),
					l("Байланыс тізімі іздеу отрядына тапсырылды", "Список связи передан поисковому отряду", "The call-out list is with the search team"),
				),
				Indicators: []model.CatalogueIndicator{
					ind(l("Оқытылған еріктілер", "Обучено волонтёров", "Volunteers trained"), uVolunt, 0, 20, vAttendance, 1),
					ind(l("Далалық жаттығуға қатысқандар", "Участников полевой тренировки", "People at the field exercise"), uPeople, 0, 15, vPhoto, 2),
				},
				Risks: ls(rSafety, l("Кәмелетке толмағандар тек ата-ана келісімімен", "Несовершеннолетние — только с согласия родителей", "Minors only with their parents' consent")),
			},
			Budget: []model.CatalogueLine{
				line(l("Шағылыстырғыш жилеттер", "Светоотражающие жилеты", "Reflective vests"), materials, 10, 1500),
				line(l("Жадынамаларды басып шығару", "Печать памяток", "Printing handouts"), printing, 100, 30),
			},
		},
		{
			Title: l("Мүмкіндігі шектеулі жастармен инклюзивті күн",
				"Инклюзивный день с молодёжью с инвалидностью",
				"An inclusive day with young people with disabilities"),
			Description: l("Студенттер мүмкіндігі шектеулі жастармен бірге ойындар, шеберлік сабақтары және ым тілінің бастапқы сабағы бар ортақ күн өткізеді.",
				"Студенты вместе с молодёжью с инвалидностью проводят общий день: игры, мастер-классы и первый урок жестового языка.",
				"Students and young people with disabilities spend a day together: games, workshops and a first lesson in sign language."),
			Steps: ls(
				l("Мүгедектер қоғамымен немесе арнайы мектеппен келісу", "Договориться с обществом инвалидов или специальной школой", "Agree with a disability society or special school"),
				l("Қолжетімді орынды таңдау және бағдарлама жасау", "Выбрать доступное место и составить программу", "Choose an accessible place and plan the day"),
				l("Инклюзивті күнді өткізу", "Провести инклюзивный день", "Hold the inclusive day"),
				l("Қатысушылардан пікір жинау", "Собрать отзывы участников", "Collect participants' feedback"),
			),
			Direction: "umit", SDGs: []model.SDG{10, 3}, TargetGroups: []model.TargetGroup{"disabled", "youth"},
			TeamMin: 4, TeamMax: 10, DurationWeeks: 3, BudgetMin: 5000, BudgetMax: 35000,
			Logframe: model.CatalogueLogframe{
				Goal: l("Мүмкіндігі шектеулі жастардың қоғамға араласуына ықпал ету", "Содействовать включению молодёжи с инвалидностью в общество", "Help young people with disabilities take part in community life"),
				Objectives: ls(
					l("Бір күнде 20 мүмкіндігі шектеулі жасты тарту", "За один день вовлечь 20 молодых людей с инвалидностью", "Bring in 20 young people with disabilities in one day"),
					l("30 студентті ым тілінің негіздерімен таныстыру", "Познакомить 30 студентов с основами жестового языка", "Introduce 30 students to basic sign language"),
				),
				Results: ls(
					l("Қатысушылар арасында достық байланыс орнады", "Между участниками возникли дружеские связи", "Participants made friends"),
					l("Студенттер инклюзия туралы көбірек біледі", "Студенты больше знают об инклюзии", "Students understand inclusion better"),
				),
				Indicators: []model.CatalogueIndicator{
					ind(l("Мүмкіндігі шектеулі қатысушылар", "Участников с инвалидностью", "Participants with disabilities"), uPeople, 0, 20, vAttendance, 1),
					ind(l("Ым тілі сабағына қатысқан студенттер", "Студентов на уроке жестового языка", "Students at the sign language lesson"), uPeople, 0, 30, vAttendance, 2),
				},
				Risks: ls(l("Орын қолжетімсіз болуы мүмкін: алдын ала тексеру", "Место может быть недоступным: проверить заранее", "The place may not be accessible: check in advance"), rTurnout),
			},
			Budget: []model.CatalogueLine{
				line(l("Шеберлік сабағына материалдар", "Материалы для мастер-классов", "Workshop materials"), materials, 1, 10000),
				line(l("Шай мен тоқаш", "Чай и выпечка", "Tea and pastries"), food, 30, 400),
			},
		},
	}
}
