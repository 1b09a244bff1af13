package catalogue

import "frontoffice/model"

// healthHeritage is Saúlyq, Asyl Mura and the team formats: archives, memory,
// health days, team building (seeds 000, 001, 004).
func healthHeritage() []*model.CatalogueEntry {
	return []*model.CatalogueEntry{
		{
			Title: l("Мұрағаттан іздеу: түлектер мен ардагерлер тағдыры",
				"Поиск в архиве: судьбы выпускников и ветеранов",
				"Archive search: the stories of graduates and veterans"),
			Description: l("Еріктілер колледж бен аудан мұрағатында соғыс ардагерлері мен алғашқы түлектер туралы деректерді іздеп, цифрлық каталог жасайды және отбасыларға хабарлайды.",
				"Волонтёры ищут в архиве колледжа и района сведения о ветеранах войны и первых выпускниках, составляют цифровой каталог и сообщают семьям.",
				"Volunteers search the college and district archives for war veterans and early graduates, build a digital catalogue and tell the families."),
			Steps: ls(
				l("Мұрағатпен жұмыс тәртібін келісу", "Согласовать порядок работы с архивом", "Agree how to work with the archive"),
				l("Іздеу сұрақтары мен кестесін дайындау", "Подготовить вопросы поиска и таблицу", "Prepare the search questions and a table"),
				l("Құжаттарды қарап, сканерлеп, кестеге енгізу", "Просмотреть документы, отсканировать и внести в таблицу", "Go through, scan and record the documents"),
				l("Нәтижелерді отбасыларға және мұражайға тапсыру", "Передать результаты семьям и музею", "Give the results to families and the museum"),
			),
			Direction: "asyl_mura", SDGs: []model.SDG{16, 4}, TargetGroups: []model.TargetGroup{"veterans", "general_public"},
			TeamMin: 2, TeamMax: 6, DurationWeeks: 6, BudgetMin: 0, BudgetMax: 15000,
			Logframe: model.CatalogueLogframe{
				Goal: l("Өңір тарихы мен адамдардың есімін сақтау", "Сохранить историю края и имена людей", "Keep the region's history and people's names alive"),
				Objectives: ls(
					l("Алты аптада 50 тағдыр туралы дерек табу", "За шесть недель найти сведения о 50 людях", "Find records of 50 people in six weeks"),
					l("Цифрлық каталог жасау", "Составить цифровой каталог", "Build a digital catalogue"),
				),
				Results: ls(
					l("Табылған деректер цифрланды", "Найденные сведения оцифрованы", "The records found are digitised"),
					l("Отбасылар туыстары туралы мәлімет алды", "Семьи получили сведения о родных", "Families learned about their relatives"),
				),
				Indicators: []model.CatalogueIndicator{
					ind(l("Деректері табылған адамдар", "Найдено сведений о людях", "People whose records were found"), uPeople, 0, 50, l("Цифрлық каталог", "Цифровой каталог", "The digital catalogue"), 1),
					ind(l("Сканерленген құжаттар", "Отсканировано документов", "Documents scanned"), l("құжат", "документов", "documents"), 0, 100, l("Сканерлер папкасы", "Папка со сканами", "The folder of scans"), 2),
				},
				Risks: ls(l("Мұрағатқа кіру шектеулі болуы мүмкін: ресми хат", "Доступ к архиву может быть ограничен: официальное письмо", "Archive access may be limited: an official letter"), l("Жеке деректерді абайлап жариялау", "Осторожно публиковать персональные данные", "Publish personal data with care")),
			},
			Budget: []model.CatalogueLine{
				line(l("Мұрағатқа жол (автобус билеті)", "Проезд до архива (билет на автобус)", "Bus fares to the archive"), transport, 20, 250),
				line(l("Құжаттардың көшірмелері", "Копии документов", "Copies of documents"), printing, 100, 50),
			},
		},
		{
			Title: l("«Атамның әңгімесі»: ауызша тарих жинағы",
				"«Рассказ деда»: сборник устной истории",
				"Grandfather's Story: an oral history collection"),
			Description: l("Студенттер аға буын өкілдерінен өмір тарихын жазып алып, аудиожазбалар мен шағын кітапша шығарады.",
				"Студенты записывают рассказы старшего поколения о жизни и выпускают аудиозаписи и небольшую брошюру.",
				"Students record older people's life stories and publish the recordings and a small booklet."),
			Steps: ls(
				l("Сұхбат берушілерді табу және келісім алу", "Найти рассказчиков и получить их согласие", "Find storytellers and get their consent"),
				l("Сұхбат сұрақтарын дайындау", "Подготовить вопросы интервью", "Prepare the interview questions"),
				l("Сұхбаттарды жазып алу және мәтінге түсіру", "Записать интервью и расшифровать", "Record and transcribe the interviews"),
				l("Кітапша шығарып, таныстыру кешін өткізу", "Выпустить брошюру и провести презентацию", "Publish the booklet and hold a launch"),
			),
			Direction: "asyl_mura", SDGs: []model.SDG{4, 11}, TargetGroups: []model.TargetGroup{"elderly", "youth"},
			TeamMin: 2, TeamMax: 5, DurationWeeks: 6, BudgetMin: 0, BudgetMax: 20000,
			Logframe: model.CatalogueLogframe{
				Goal: l("Ұрпақтар сабақтастығын нығайту", "Укрепить связь поколений", "Bring the generations closer"),
				Objectives: ls(
					l("10 сұхбат жазып алу", "Записать 10 интервью", "Record 10 interviews"),
					l("30 данамен кітапша шығару", "Выпустить брошюру тиражом 30 экземпляров", "Print 30 copies of a booklet"),
				),
				Results: ls(
					l("Естеліктер сақталды және қолжетімді", "Воспоминания сохранены и доступны", "Memories are kept and shared"),
					l("Жастар өз өңірінің тарихын білді", "Молодёжь узнала историю своего края", "Young people know their region's history"),
				),
				Indicators: []model.CatalogueIndicator{
					ind(l("Жазылған сұхбаттар", "Записано интервью", "Interviews recorded"), l("сұхбат", "интервью", "interviews"), 0, 10, l("Аудиофайлдар", "Аудиофайлы", "Audio files"), 1),
					ind(l("Таратылған кітапшалар", "Распространено брошюр", "Booklets given out"), l("дана", "экземпляров", "copies"), 0, 30, vAct, 2),
				},
				Risks: ls(l("Сұхбат берушілердің денсаулығы: қысқа кездесулер", "Здоровье рассказчиков: короткие встречи", "Storytellers' health: keep meetings short"), l("Жазуға келісімді жазбаша алу", "Получить письменное согласие на запись", "Get written consent to record")),
			},
			Budget: []model.CatalogueLine{
				line(l("Кітапшаны басып шығару", "Печать брошюры", "Printing the booklet"), printing, 30, 400),
				line(l("Флеш-жинақтауыштар", "Флешки", "USB sticks"), materials, 2, 3000),
			},
		},
		{
			Title: l("Ескерткіштер мен мемориалдарды күтіп ұстау",
				"Уход за памятниками и мемориалами",
				"Caring for monuments and memorials"),
			Description: l("Еріктілер ауылдағы немесе қаладағы ескерткіштің айналасын тазалап, қоршауын сырлап, гүл отырғызады және оның тарихы туралы тақтайша жасайды.",
				"Волонтёры убирают территорию у памятника в селе или городе, красят ограду, сажают цветы и делают табличку с его историей.",
				"Volunteers tidy the ground around a monument in a village or town, paint the railing, plant flowers and make a sign telling its story."),
			Steps: ls(
				l("Ескерткішті таңдап, әкімдікпен келісу", "Выбрать памятник и согласовать с акиматом", "Choose a monument and agree with the akimat"),
				l("Ескерткіш тарихын жинау", "Собрать историю памятника", "Gather the monument's history"),
				l("Жұмыс күнін өткізу", "Провести рабочий день", "Hold a work day"),
				l("Тақтайшаны орнату және экскурсия өткізу", "Установить табличку и провести экскурсию", "Put up the sign and give a tour"),
			),
			Direction: "asyl_mura", SDGs: []model.SDG{11}, TargetGroups: []model.TargetGroup{"general_public", "youth"},
			TeamMin: 3, TeamMax: 12, DurationWeeks: 2, BudgetMin: 5000, BudgetMax: 25000,
			Logframe: model.CatalogueLogframe{
				Goal: l("Тарихи жадты сақтау", "Сохранить историческую память", "Keep historical memory"),
				Objectives: ls(
					l("Бір ескерткіш аумағын абаттандыру", "Благоустроить территорию одного памятника", "Tidy up the grounds of one monument"),
					l("Кемінде 20 адамға экскурсия өткізу", "Провести экскурсию не менее чем для 20 человек", "Give a tour to at least 20 people"),
				),
				Results: ls(
					l("Ескерткіш күтімге алынды", "Памятник взят под уход", "The monument is looked after"),
					l("Тұрғындар ескерткіш тарихымен танысты", "Жители узнали историю памятника", "Residents know the monument's story"),
				),
				Indicators: []model.CatalogueIndicator{
					ind(l("Абаттандырылған нысандар", "Благоустроено объектов", "Sites tidied"), uPlaces, 0, 1, vPhoto, 1),
					ind(l("Экскурсияға қатысқандар", "Участников экскурсии", "People on the tour"), uPeople, 0, 20, vAttendance, 2),
				},
				Risks: ls(rWeather, rPermit),
			},
			Budget: []model.CatalogueLine{
				line(l("Бояу мен қылқалам", "Краска и кисти", "Paint and brushes"), materials, 2, 6000),
				line(l("Тақтайша жасау", "Изготовление таблички", "Making the sign"), services, 1, 5000),
				line(l("Гүл көшеттері", "Рассада цветов", "Flower seedlings"), materials, 10, 400),
			},
		},
		{
			Title: l("Донор күні: қан тапсыруға шақыру",
				"День донора: агитация к сдаче крови",
				"Donor Day: encouraging blood donation"),
			Description: l("Еріктілер қан орталығымен бірге колледжде донор күнін ұйымдастырады: ақпарат таратады, донорларды тіркейді, тапсырғаннан кейін шай береді.",
				"Волонтёры вместе с центром крови проводят в колледже день донора: информируют, записывают доноров, угощают чаем после сдачи.",
				"With the blood centre, volunteers hold a donor day at the college: they inform, sign up donors and serve tea afterwards."),
			Steps: ls(
				l("Қан орталығымен күнді және талаптарды келісу", "Согласовать с центром крови дату и требования", "Agree the date and requirements with the blood centre"),
				l("Ақпараттық кампания өткізу және алдын ала тіркеу", "Провести информационную кампанию и предварительную запись", "Run an information campaign and pre-registration"),
				l("Донор күнін өткізу", "Провести день донора", "Hold the donor day"),
			),
			Direction: "saulyq", SDGs: []model.SDG{3}, TargetGroups: []model.TargetGroup{"youth", "general_public"},
			TeamMin: 3, TeamMax: 8, DurationWeeks: 4, BudgetMin: 5000, BudgetMax: 30000,
			Logframe: model.CatalogueLogframe{
				Goal: l("Өңірдің қан қорын толықтыру", "Пополнить запасы крови в регионе", "Add to the region's blood supply"),
				Objectives: ls(
					l("Бір күнде 30 донорды тарту", "Привлечь 30 доноров за один день", "Bring 30 donors in one day"),
					l("200 студентке донорлық туралы ақпарат беру", "Рассказать о донорстве 200 студентам", "Tell 200 students about donation"),
				),
				Results: ls(
					l("Қан орталығы қосымша қан алды", "Центр крови получил дополнительную кровь", "The blood centre got more blood"),
					l("Студенттер донорлық туралы біледі", "Студенты знают о донорстве", "Students know about donation"),
				),
				Indicators: []model.CatalogueIndicator{
					ind(l("Қан тапсырған донорлар", "Доноров сдали кровь", "Donors who gave blood"), uPeople, 0, 30, l("Қан орталығының анықтамасы", "Справка центра крови", "Note from the blood centre"), 1),
					ind(l("Ақпарат алған студенттер", "Студентов проинформировано", "Students informed"), uPeople, 0, 200, vAttendance, 2),
				},
				Risks: ls(l("Донорлардың бір бөлігі медициналық тексеруден өтпеуі мүмкін", "Часть доноров может не пройти медосмотр", "Some donors may not pass the medical check"), rTurnout),
			},
			Budget: []model.CatalogueLine{
				line(l("Парақшалар", "Листовки", "Leaflets"), printing, 200, 40),
				line(l("Донорларға шай мен шырын", "Чай и сок для доноров", "Tea and juice for donors"), food, 40, 300),
			},
		},
		{
			Title: l("Студенттерге алғашқы медициналық көмек курсы",
				"Курс первой помощи для студентов",
				"A first-aid course for students"),
			Description: l("Медициналық колледж студенттері немесе Қызыл Жарты Ай нұсқаушысы басқа колледж студенттеріне алғашқы көмек көрсетуді үйретеді.",
				"Студенты медколледжа или инструктор Красного Полумесяца обучают студентов других колледжей оказанию первой помощи.",
				"Medical college students or a Red Crescent instructor teach students of other colleges first aid."),
			Steps: ls(
				l("Нұсқаушы табу және бағдарламаны бекіту", "Найти инструктора и утвердить программу", "Find an instructor and set the programme"),
				l("Оқу құралдарын дайындау", "Подготовить учебные материалы", "Prepare the training kit"),
				l("Үш практикалық сабақ өткізу", "Провести три практических занятия", "Hold three practical sessions"),
				l("Сынақ өткізіп, сертификат беру", "Провести зачёт и выдать сертификаты", "Test and give certificates"),
			),
			Direction: "saulyq", SDGs: []model.SDG{3, 4}, TargetGroups: []model.TargetGroup{"youth"},
			TeamMin: 2, TeamMax: 6, DurationWeeks: 3, BudgetMin: 10000, BudgetMax: 50000,
			Logframe: model.CatalogueLogframe{
				Goal: l("Жастардың төтенше жағдайда көмек көрсетуге дайындығын арттыру", "Подготовить молодёжь к помощи в экстренных ситуациях", "Prepare young people to help in an emergency"),
				Objectives: ls(
					l("Үш аптада 30 студентті оқыту", "За три недели обучить 30 студентов", "Train 30 students in three weeks"),
					l("Қатысушылардың 90%-ы сынақтан өтеді", "90% участников сдают зачёт", "90% of participants pass the test"),
				),
				Results: ls(
					l("Студенттер алғашқы көмек дағдыларын меңгерді", "Студенты освоили навыки первой помощи", "Students can give first aid"),
					l("Колледжде алғашқы көмек қобдишасы толықтырылды", "В колледже пополнена аптечка первой помощи", "The college's first-aid kit is restocked"),
				),
				Indicators: []model.CatalogueIndicator{
					ind(l("Оқытылған студенттер", "Обучено студентов", "Students trained"), uPeople, 0, 30, vAttendance, 1),
					ind(l("Сынақтан өткендер үлесі", "Доля сдавших зачёт", "Share passing the test"), uPercent, 0, 90, l("Сынақ хаттамасы", "Протокол зачёта", "Test record"), 2),
				},
				Risks: ls(l("Нұсқаушы болмауы мүмкін: екі нұсқаушымен келісу", "Инструктор может не прийти: договориться с двумя", "The instructor may not come: agree with two"), rInterest),
			},
			Budget: []model.CatalogueLine{
				line(l("Оқу қобдишалары", "Учебные аптечки", "Training first-aid kits"), materials, 2, 6000),
				line(l("Нұсқаушы қызметі", "Услуги инструктора", "Instructor's fee"), services, 1, 20000),
				line(l("Сертификаттар", "Сертификаты", "Certificates"), printing, 30, 100),
			},
		},
		{
			Title: l("Салауатты өмір салты күні: таңғы жүгіру",
				"День здорового образа жизни: утренний забег",
				"Healthy living day: a morning run"),
			Description: l("Колледж аумағында немесе саябақта студенттер, оқытушылар мен тұрғындар үшін қайырымдылық жүгіру мен жаттығу өткізу.",
				"Благотворительный забег и зарядка для студентов, преподавателей и жителей на территории колледжа или в парке.",
				"A charity run and exercise session for students, teachers and neighbours on the college grounds or in a park."),
			Steps: ls(
				l("Маршрутты және медициналық қамтуды келісу", "Согласовать маршрут и медицинское сопровождение", "Agree the route and medical cover"),
				l("Қатысушыларды тіркеу", "Открыть регистрацию участников", "Open registration"),
				l("Жүгіру мен жаттығуды өткізу", "Провести забег и зарядку", "Hold the run and the exercise session"),
			),
			Direction: "saulyq", SDGs: []model.SDG{3}, TargetGroups: []model.TargetGroup{"youth", "general_public"},
			TeamMin: 3, TeamMax: 10, DurationWeeks: 2, BudgetMin: 0, BudgetMax: 25000,
			Logframe: model.CatalogueLogframe{
				Goal: l("Жастар арасында салауатты өмір салтын насихаттау", "Пропагандировать здоровый образ жизни среди молодёжи", "Promote healthy living among young people"),
				Objectives: ls(
					l("Жүгіруге 50 қатысушыны тарту", "Привлечь к забегу 50 участников", "Bring 50 people to the run"),
					l("Жүгіруді апта сайынғы дәстүрге айналдыру", "Сделать забег еженедельной традицией", "Make the run a weekly habit"),
				),
				Results: ls(
					l("Қатысушылар спортпен айналысуға ынталанды", "Участники мотивированы заниматься спортом", "Participants want to keep exercising"),
					l("Апта сайынғы жүгіру тобы құрылды", "Создана группа еженедельных пробежек", "A weekly running group exists"),
				),
				Indicators: []model.CatalogueIndicator{
					ind(l("Жүгіруге қатысқандар", "Участников забега", "Runners"), uPeople, 0, 50, vAttendance, 1),
					ind(l("Тұрақты жүгіру тобындағылар", "Участников постоянной группы", "Members of the weekly group"), uPeople, 0, 15, vLog, 2),
				},
				Risks: ls(rWeather, l("Денсаулыққа байланысты қауіп: медбике қатысады", "Риск для здоровья: присутствие медсестры", "Health risk: a nurse is present")),
			},
			Budget: []model.CatalogueLine{
				line(l("Қатысушы нөмірлері", "Номера участников", "Runner numbers"), printing, 50, 100),
				line(l("Ауыз су", "Питьевая вода", "Drinking water"), food, 50, 200),
				line(l("Жүлделер", "Медали", "Medals"), other, 10, 800),
			},
		},
		{
			Title: l("Ауруханадағы балаларға арналған шығармашылық сағаттар",
				"Творческие часы для детей в больнице",
				"Creative hours for children in hospital"),
			Description: l("Еріктілер балалар ауруханасында ұзақ емделіп жатқан балаларға сурет салу, оқу және ойын сағаттарын өткізеді.",
				"Волонтёры проводят для детей, которые долго лечатся в больнице, часы рисования, чтения и игр.",
				"Volunteers hold drawing, reading and play hours for children in long hospital stays."),
			Steps: ls(
				l("Аурухана әкімшілігімен келісу және санитарлық талаптарды білу", "Согласовать с администрацией больницы и узнать санитарные требования", "Agree with the hospital and learn the hygiene rules"),
				l("Еріктілердің медициналық анықтамаларын дайындау", "Подготовить медицинские справки волонтёров", "Get the volunteers' health certificates"),
				l("Апта сайын шығармашылық сағат өткізу", "Еженедельно проводить творческий час", "Hold a creative hour every week"),
			),
			Direction: "saulyq", SDGs: []model.SDG{3}, TargetGroups: []model.TargetGroup{"children"},
			TeamMin: 3, TeamMax: 8, DurationWeeks: 4, BudgetMin: 10000, BudgetMax: 40000,
			Logframe: model.CatalogueLogframe{
				Goal: l("Ауруханадағы балалардың көңіл-күйін көтеру", "Поднять настроение детям в больнице", "Cheer up children in hospital"),
				Objectives: ls(
					l("Бір айда 4 шығармашылық сағат өткізу", "За месяц провести 4 творческих часа", "Hold 4 creative hours in a month"),
					l("Кемінде 25 баланы қамту", "Охватить не менее 25 детей", "Reach at least 25 children"),
				),
				Results: ls(
					l("Балалар уақытын қызықты өткізді", "Дети интересно провели время", "The children had a good time"),
					l("Бөлімшеге ойыншықтар мен кітаптар қалдырылды", "Отделению оставлены игрушки и книги", "Toys and books stay on the ward"),
				),
				Indicators: []model.CatalogueIndicator{
					ind(l("Шығармашылық сағаттар", "Творческих часов", "Creative hours"), uSessions, 0, 4, vLetter, 1),
					ind(l("Қамтылған балалар", "Охвачено детей", "Children reached"), uPeople, 0, 25, vLog, 2),
				},
				Risks: ls(l("Инфекция қаупі: маска және тек сау еріктілер", "Риск инфекций: маски и только здоровые волонтёры", "Infection risk: masks and only healthy volunteers"), rPermit),
			},
			Budget: []model.CatalogueLine{
				line(l("Сурет салу құралдары", "Принадлежности для рисования", "Drawing supplies"), materials, 1, 12000),
				line(l("Балалар кітаптары мен ойындар", "Детские книги и игры", "Children's books and games"), materials, 1, 10000),
				line(l("Бір реттік маскалар", "Одноразовые маски", "Disposable masks"), materials, 2, 1500),
			},
		},
		{
			Title: l("Dostyk Team Building: студенттер мен оқытушылар командасы",
				"Dostyk Team Building: команда студентов и преподавателей",
				"Dostyk Team Building: students and teachers as one team"),
			Description: l("Студенттер мен оқытушылар арасындағы байланысты нығайтатын сенім жаттығулары мен командалық ойындар күні.",
				"День командных игр и упражнений на доверие, укрепляющий связь студентов и преподавателей.",
				"A day of team games and trust exercises that brings students and teachers closer."),
			Steps: ls(
				l("Ойындар бағдарламасын жасау және жүргізушілерді дайындау", "Составить программу игр и подготовить ведущих", "Plan the games and prepare the facilitators"),
				l("Аралас командаларды тіркеу", "Записать смешанные команды", "Sign up mixed teams"),
				l("Тимбилдинг күнін өткізу", "Провести день тимбилдинга", "Hold the team-building day"),
				l("Кері байланыс сауалнамасын жүргізу", "Провести опрос обратной связи", "Run a feedback survey"),
			),
			Direction: "other", SDGs: []model.SDG{4, 16}, TargetGroups: []model.TargetGroup{"youth", "general_public"},
			TeamMin: 3, TeamMax: 10, DurationWeeks: 2, BudgetMin: 5000, BudgetMax: 30000,
			Logframe: model.CatalogueLogframe{
				Goal: l("Колледжде өзара сенім мен достық орта қалыптастыру", "Сформировать в колледже атмосферу доверия и дружбы", "Build trust and friendship at the college"),
				Objectives: ls(
					l("6 аралас команданы ойынға тарту", "Вовлечь в игру 6 смешанных команд", "Bring 6 mixed teams into the games"),
					l("Қатысушылардың 80%-ының оң бағасын алу", "Получить положительную оценку 80% участников", "Get a positive rating from 80% of participants"),
				),
				Results: ls(
					l("Студенттер мен оқытушылар бір-бірін жақсы таныды", "Студенты и преподаватели лучше узнали друг друга", "Students and teachers know each other better"),
					l("Ойын сценарийі келесі жылға дайын", "Сценарий игр готов на следующий год", "The game plan is ready for next year"),
				),
				Indicators: []model.CatalogueIndicator{
					ind(l("Қатысқан командалар", "Команд-участников", "Teams taking part"), l("команда", "команд", "teams"), 0, 6, vPhoto, 1),
					ind(l("Оң бағалардың үлесі", "Доля положительных оценок", "Share of positive ratings"), uPercent, 0, 80, vSurvey, 2),
				},
				Risks: ls(rInterest, rWeather),
			},
			Budget: []model.CatalogueLine{
				line(l("Ойын реквизиті", "Реквизит для игр", "Game props"), materials, 1, 8000),
				line(l("Су мен жеңіл тағам", "Вода и перекус", "Water and snacks"), food, 30, 300),
			},
		},
	}
}
