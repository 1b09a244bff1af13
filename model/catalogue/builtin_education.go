package catalogue

import "frontoffice/model"

// education is Bilim and the office's own formats: books, lessons, debates,
// training volunteers (seeds 000, 002, 003, 004).
func education() []*model.CatalogueEntry {
	return []*model.CatalogueEntry{
		{
			Title: l("«Кітапты сүйіспеншілікпен сыйла» кітап жинау акциясы",
				"Акция «Дари книги с любовью»",
				"Give Books with Love: a book drive"),
			Description: l("Студенттер мен оқытушылардан кітап жинап, оларды ауыл мектебінің кітапханасына, балалар үйіне немесе колледждің коворкингіне тапсыру.",
				"Собрать книги у студентов и преподавателей и передать их в библиотеку сельской школы, детский дом или коворкинг колледжа.",
				"Collect books from students and teachers and give them to a village school library, a children's home or the college co-working space."),
			Steps: ls(
				l("Кітап алатын мекемемен қажетті кітаптар тізімін келісу", "Согласовать с получателем список нужных книг", "Agree with the receiving institution which books it needs"),
				l("Жинау қораптарын қойып, хабарландыру тарату", "Поставить коробки для сбора и распространить объявление", "Put out collection boxes and spread the word"),
				l("Кітаптарды сұрыптау және тізімдеу", "Рассортировать книги и составить список", "Sort the books and list them"),
				l("Кітаптарды акт бойынша тапсыру", "Передать книги по акту", "Hand the books over with a certificate"),
			),
			Direction: "bilim", SDGs: []model.SDG{4}, TargetGroups: []model.TargetGroup{"children", "youth"},
			TeamMin: 2, TeamMax: 6, DurationWeeks: 3, BudgetMin: 0, BudgetMax: 10000,
			Logframe: model.CatalogueLogframe{
				Goal: l("Балалар мен жастардың кітапқа қолжетімділігін арттыру", "Расширить доступ детей и молодёжи к книгам", "Give children and young people more books to read"),
				Objectives: ls(
					l("Үш аптада кемінде 150 кітап жинау", "За три недели собрать не менее 150 книг", "Collect at least 150 books in three weeks"),
					l("Кітаптарды бір мекемеге тапсыру", "Передать книги одному учреждению", "Hand the books to one institution"),
				),
				Results: ls(
					l("Мекеменің кітап қоры толықтырылды", "Книжный фонд учреждения пополнен", "The institution's library has grown"),
					l("Студенттер қайырымдылық акциясына қатысты", "Студенты приняли участие в благотворительной акции", "Students took part in a charity action"),
				),
				Indicators: []model.CatalogueIndicator{
					ind(l("Жиналған кітаптар", "Собрано книг", "Books collected"), uBooks, 0, 150, vAct, 1),
					ind(l("Кітап тапсырған адамдар", "Человек, сдавших книги", "People who gave books"), uPeople, 0, 50, l("Жинау тізімі", "Список сдавших", "Donor list"), 1),
				},
				Risks: ls(l("Ескі немесе қажетсіз кітаптар келуі мүмкін: қабылдау ережесін жариялау", "Могут принести старые или ненужные книги: опубликовать правила приёма", "Old or unneeded books may come in: publish what is accepted"), rTurnout),
			},
			Budget: []model.CatalogueLine{
				line(l("Жинау қораптары", "Коробки для сбора", "Collection boxes"), materials, 5, 800),
				line(l("Хабарландыру плакаттары", "Плакаты-объявления", "Posters"), printing, 10, 300),
			},
		},
		{
			Title: l("Кітапхана кітаптарын қалпына келтіру",
				"Реставрация книг в библиотеке",
				"Restoring library books"),
			Description: l("Еріктілер колледж немесе аудан кітапханасының тозған кітаптарын желімдеп, мұқабасын ауыстырып, оқырманға қайтарады.",
				"Волонтёры подклеивают и переплетают изношенные книги библиотеки колледжа или района и возвращают их читателям.",
				"Volunteers glue and re-cover worn books of the college or district library and give them back to readers."),
			Steps: ls(
				l("Кітапханашымен жөнделетін кітаптарды іріктеу", "Отобрать с библиотекарем книги для ремонта", "Choose the books to repair with the librarian"),
				l("Кітап жөндеудің қарапайым тәсілдеріне шеберлік сабағы", "Мастер-класс по простому ремонту книг", "A workshop on simple book repair"),
				l("Апта сайын екі жөндеу кездесуін өткізу", "Проводить по две встречи-ремонта в неделю", "Hold two repair sessions a week"),
				l("Жөнделген кітаптарды тізімдеп тапсыру", "Составить список отремонтированных книг и передать их", "List the repaired books and hand them back"),
			),
			Direction: "bilim", SDGs: []model.SDG{4, 11}, TargetGroups: []model.TargetGroup{"youth", "general_public"},
			TeamMin: 3, TeamMax: 8, DurationWeeks: 2, BudgetMin: 5000, BudgetMax: 25000,
			Logframe: model.CatalogueLogframe{
				Goal: l("Кітапхана қорын сақтау", "Сохранить книжный фонд библиотеки", "Keep the library's books in use"),
				Objectives: ls(
					l("Екі аптада 60 кітапты жөндеу", "За две недели отремонтировать 60 книг", "Repair 60 books in two weeks"),
					l("5 еріктіге кітап жөндеуді үйрету", "Научить ремонту книг 5 волонтёров", "Teach 5 volunteers to repair books"),
				),
				Results: ls(
					l("Жөнделген кітаптар оқырмандарға қайтарылды", "Отремонтированные книги вернулись к читателям", "Repaired books are back with readers"),
					l("Кітапханада тұрақты ерікті топ пайда болды", "У библиотеки появилась постоянная группа волонтёров", "The library has a standing group of volunteers"),
				),
				Indicators: []model.CatalogueIndicator{
					ind(l("Жөнделген кітаптар", "Отремонтировано книг", "Books repaired"), uBooks, 0, 60, vAct, 1),
					ind(l("Оқытылған еріктілер", "Обучено волонтёров", "Volunteers trained"), uVolunt, 0, 5, vAttendance, 2),
				},
				Risks: ls(l("Кітаптарды дұрыс жөндемеу қаупі: кітапханашының бақылауы", "Риск испортить книги: контроль библиотекаря", "Books may be damaged: the librarian checks the work"), rTurnout),
			},
			Budget: []model.CatalogueLine{
				line(l("Кітап жөндеуге арналған таспа", "Лента для ремонта книг", "Book repair tape"), materials, 10, 900),
				line(l("ПВА желімі", "Клей ПВА", "PVA glue"), materials, 10, 600),
				line(l("Мұқабаға арналған үлбір", "Плёнка для обложек", "Cover film"), materials, 5, 1500),
			},
		},
		{
			Title: l("BeKind: мектептерде буллингке қарсы сабақтар",
				"BeKind: уроки против буллинга в школах",
				"BeKind: anti-bullying lessons in schools"),
			Description: l("Дайындықтан өткен студенттер мектеп оқушыларына буллингті тану және оған қарсы тұру туралы сабақтар, ата-аналарға қысқа кездесу өткізеді (UNICEF тәжірибесі бойынша).",
				"Подготовленные студенты проводят для школьников уроки о том, как распознать буллинг и противостоять ему, и короткую встречу для родителей (по опыту ЮНИСЕФ).",
				"Trained students give schoolchildren lessons on recognising and standing up to bullying, and a short meeting for parents (after UNICEF's experience)."),
			Steps: ls(
				l("Мектеп психологымен сабақ жоспарын келісу", "Согласовать план урока со школьным психологом", "Agree the lesson plan with the school psychologist"),
				l("Еріктілерге екі сағаттық дайындық өткізу", "Провести для волонтёров двухчасовую подготовку", "Give the volunteers two hours of training"),
				l("Сыныптарда сабақтар және ата-аналар кездесуін өткізу", "Провести уроки в классах и встречу с родителями", "Give the lessons in classes and meet the parents"),
				l("Сауалнама жүргізіп, нәтижені мектеппен талқылау", "Провести анкетирование и обсудить итоги со школой", "Run a survey and discuss the results with the school"),
			),
			Direction: "bilim", SDGs: []model.SDG{4, 16}, TargetGroups: []model.TargetGroup{"children", "parents"},
			TeamMin: 3, TeamMax: 6, DurationWeeks: 6, BudgetMin: 0, BudgetMax: 20000,
			Logframe: model.CatalogueLogframe{
				Goal: l("Мектепте қауіпсіз әрі мейірімді орта қалыптастыру", "Сделать школьную среду безопасной и доброжелательной", "Make school a safe and kind place"),
				Objectives: ls(
					l("Алты аптада 8 сабақ өткізу", "За шесть недель провести 8 уроков", "Give 8 lessons in six weeks"),
					l("Кемінде 40 ата-анамен кездесу", "Встретиться не менее чем с 40 родителями", "Meet at least 40 parents"),
				),
				Results: ls(
					l("Оқушылар буллингті тануды және көмек сұрауды біледі", "Школьники знают, как распознать буллинг и куда обратиться", "Pupils know how to recognise bullying and where to get help"),
					l("Ата-аналар балаға қалай қолдау көрсетуді біледі", "Родители знают, как поддержать ребёнка", "Parents know how to support a child"),
				),
				Indicators: []model.CatalogueIndicator{
					ind(l("Сабаққа қатысқан оқушылар", "Школьников на уроках", "Pupils in the lessons"), uPeople, 0, 200, vAttendance, 1),
					ind(l("Кездесуге келген ата-аналар", "Родителей на встрече", "Parents at the meeting"), uPeople, 0, 40, vAttendance, 2),
					ind(l("Көмек сұрау жолын білетін оқушылар үлесі", "Доля учеников, знающих, куда обратиться", "Share of pupils who know where to get help"), uPercent, 30, 80, vSurvey, 0),
				},
				Risks: ls(rPermit, l("Тақырып сезімтал: психологтың қатысуы міндетті", "Тема чувствительная: обязательно участие психолога", "A sensitive topic: the psychologist must take part")),
			},
			Budget: []model.CatalogueLine{
				line(l("Жұмыс парақтарын басып шығару", "Печать рабочих листов", "Printing worksheets"), printing, 200, 50),
				line(l("BeKind белгішелері", "Значки BeKind", "BeKind badges"), materials, 50, 100),
			},
		},
		{
			Title: l("EduVolunteer Debate: пікірсайыс клубы",
				"EduVolunteer Debate: дебатный клуб",
				"EduVolunteer Debate: a debate club"),
			Description: l("Колледжде апта сайын ерікті қызмет және әлеуметтік мәселелер туралы пікірсайыс өткізіп, соңында ашық турнир ұйымдастыру.",
				"Еженедельные дебаты в колледже о волонтёрстве и социальных вопросах, а в конце — открытый турнир.",
				"Weekly debates at the college on volunteering and social questions, ending with an open tournament."),
			Steps: ls(
				l("Тақырыптар мен ережелерді бекіту, төрешілерді табу", "Утвердить темы и правила, найти судей", "Set the topics and rules, find judges"),
				l("Апта сайын жаттығу пікірсайыстарын өткізу", "Проводить еженедельные тренировочные дебаты", "Hold weekly practice debates"),
				l("Ашық турнир өткізу", "Провести открытый турнир", "Hold an open tournament"),
				l("Ең жақсы ұсыныстарды колледж әкімшілігіне жеткізу", "Передать лучшие предложения администрации колледжа", "Pass the best proposals to the college management"),
			),
			Direction: "bilim", SDGs: []model.SDG{4, 16}, TargetGroups: []model.TargetGroup{"youth"},
			TeamMin: 4, TeamMax: 12, DurationWeeks: 8, BudgetMin: 0, BudgetMax: 30000,
			Logframe: model.CatalogueLogframe{
				Goal: l("Жастардың пікірталас мәдениетін дамыту", "Развивать культуру дискуссии у молодёжи", "Build a culture of debate among young people"),
				Objectives: ls(
					l("Сегіз аптада 6 пікірсайыс өткізу", "За восемь недель провести 6 дебатов", "Hold 6 debates in eight weeks"),
					l("Турнирге 8 команданы тарту", "Привлечь к турниру 8 команд", "Bring 8 teams to the tournament"),
				),
				Results: ls(
					l("Тұрақты пікірсайыс клубы жұмыс істейді", "Работает постоянный дебатный клуб", "A standing debate club works"),
					l("Әкімшілікке студенттердің ұсыныстары жеткізілді", "Администрации переданы предложения студентов", "Students' proposals reached the management"),
				),
				Indicators: []model.CatalogueIndicator{
					ind(l("Өткізілген пікірсайыстар", "Проведено дебатов", "Debates held"), uEvents, 0, 6, vAttendance, 1),
					ind(l("Турнирдегі командалар", "Команд на турнире", "Teams at the tournament"), l("команда", "команд", "teams"), 0, 8, vPhoto, 2),
				},
				Risks: ls(rInterest, rTurnout),
			},
			Budget: []model.CatalogueLine{
				line(l("Таймер мен қоңырау", "Таймер и звонок", "Timer and bell"), materials, 1, 5000),
				line(l("Қатысушыларға сертификаттар", "Сертификаты участникам", "Certificates for participants"), printing, 30, 300),
				line(l("Жеңімпаздарға сыйлықтар", "Призы победителям", "Prizes for the winners"), other, 3, 3000),
			},
		},
		{
			Title: l("VolunSkills: жаңа еріктілерді оқыту",
				"VolunSkills: обучение новых волонтёров",
				"VolunSkills: training new volunteers"),
			Description: l("Тәжірибелі еріктілер жаңа келгендерге командалық жұмыс, қауіпсіздік, жоба жоспарлау және QAZVOLUNTEER.KZ платформасы туралы тренингтер өткізеді.",
				"Опытные волонтёры проводят для новичков тренинги о командной работе, безопасности, планировании проектов и платформе QAZVOLUNTEER.KZ.",
				"Experienced volunteers train newcomers in teamwork, safety, project planning and the QAZVOLUNTEER.KZ platform."),
			Steps: ls(
				l("Тренинг бағдарламасын және жүргізушілерді анықтау", "Определить программу тренингов и ведущих", "Set the training programme and trainers"),
				l("Жаңа еріктілерді тіркеу", "Записать новых волонтёров", "Sign up new volunteers"),
				l("Төрт тренинг өткізу", "Провести четыре тренинга", "Hold four training sessions"),
				l("Қатысушыларды платформаға тіркеп, алғашқы акцияға шығару", "Зарегистрировать участников на платформе и вывести на первую акцию", "Register participants on the platform and take them to a first action"),
			),
			Direction: "bilim", SDGs: []model.SDG{4, 17}, TargetGroups: []model.TargetGroup{"youth"},
			TeamMin: 2, TeamMax: 6, DurationWeeks: 4, BudgetMin: 10000, BudgetMax: 60000,
			Logframe: model.CatalogueLogframe{
				Goal: l("Өңірдегі еріктілердің біліктілігін арттыру", "Повысить компетентность волонтёров региона", "Make the region's volunteers more skilled"),
				Objectives: ls(
					l("Бір айда 30 жаңа еріктіні оқыту", "За месяц обучить 30 новых волонтёров", "Train 30 new volunteers in a month"),
					l("Оқығандардың жартысын алғашқы акцияға тарту", "Вовлечь половину обученных в первую акцию", "Bring half of them to a first action"),
				),
				Results: ls(
					l("Жаңа еріктілер негізгі дағдыларды меңгерді", "Новые волонтёры освоили основные навыки", "New volunteers have the basic skills"),
					l("Еріктілер платформада тіркелді", "Волонтёры зарегистрированы на платформе", "Volunteers are registered on the platform"),
				),
				Indicators: []model.CatalogueIndicator{
					ind(l("Оқытылған еріктілер", "Обучено волонтёров", "Volunteers trained"), uVolunt, 0, 30, vAttendance, 1),
					ind(l("Алғашқы акцияға шыққандар", "Вышли на первую акцию", "Came to a first action"), uVolunt, 0, 15, vLog, 2),
				},
				Risks: ls(rTurnout, rInterest),
			},
			Budget: []model.CatalogueLine{
				line(l("Еріктінің жадынамасын басып шығару", "Печать памятки волонтёра", "Printing the volunteer handbook"), printing, 30, 500),
				line(l("Кофе-брейк", "Кофе-брейк", "Coffee break"), food, 30, 700),
			},
		},
		{
			Title: l("Teacher Puzzle Day: педагогтерге арналған ойын күні",
				"Teacher Puzzle Day: день игр для педагогов",
				"Teacher Puzzle Day: a game day for teachers"),
			Description: l("Студенттер оқытушыларға командалық жұмыс пен шығармашылық ойлауды дамытатын жұмбақтар мен квест күнін ұйымдастырады.",
				"Студенты устраивают для преподавателей день головоломок и квестов на командную работу и креативное мышление.",
				"Students run a day of puzzles and quests for teachers that builds teamwork and creative thinking."),
			Steps: ls(
				l("Әкімшілікпен күнді және залды келісу", "Согласовать дату и зал с администрацией", "Agree the date and hall with the management"),
				l("5–6 жұмбақ станциясын дайындау", "Подготовить 5–6 станций с головоломками", "Prepare 5–6 puzzle stations"),
				l("Ойын күнін өткізу", "Провести игровой день", "Hold the game day"),
				l("Кері байланыс жинау", "Собрать обратную связь", "Collect feedback"),
			),
			Direction: "bilim", SDGs: []model.SDG{4}, TargetGroups: []model.TargetGroup{"general_public"},
			TeamMin: 3, TeamMax: 8, DurationWeeks: 3, BudgetMin: 5000, BudgetMax: 30000,
			Logframe: model.CatalogueLogframe{
				Goal: l("Педагогтердің командалық жұмысы мен шығармашылығын дамыту", "Развить командную работу и креативность педагогов", "Build teachers' teamwork and creativity"),
				Objectives: ls(
					l("Бір күнде 30 педагогті ойынға тарту", "Вовлечь в игру 30 педагогов за один день", "Bring 30 teachers into the game in one day"),
					l("Қатысушылардың 80%-ының оң пікірін алу", "Получить положительный отзыв 80% участников", "Get positive feedback from 80% of participants"),
				),
				Results: ls(
					l("Педагогтер мен студенттер арасындағы байланыс нығайды", "Укрепилась связь педагогов и студентов", "Teachers and students know each other better"),
					l("Ойын сценарийі қайта қолдануға дайын", "Сценарий игры готов к повторному использованию", "The game script is ready to reuse"),
				),
				Indicators: []model.CatalogueIndicator{
					ind(l("Қатысқан педагогтер", "Участвовало педагогов", "Teachers taking part"), uPeople, 0, 30, vAttendance, 1),
					ind(l("Оң пікірлердің үлесі", "Доля положительных отзывов", "Share of positive feedback"), uPercent, 0, 80, vSurvey, 2),
				},
				Risks: ls(l("Педагогтердің уақыты аз: сабақтан тыс күнді таңдау", "У педагогов мало времени: выбрать день без занятий", "Teachers are busy: pick a day without classes"), rInterest),
			},
			Budget: []model.CatalogueLine{
				line(l("Жұмбақтар мен квест материалдары", "Головоломки и материалы для квеста", "Puzzles and quest materials"), materials, 1, 10000),
				line(l("Жеңімпаз командаларға сыйлықтар", "Призы командам-победителям", "Prizes for the winning teams"), other, 5, 2000),
			},
		},
		{
			Title: l("Voluntech Camp: әлеуметтік стартаптар лагері",
				"Voluntech Camp: лагерь социальных стартапов",
				"Voluntech Camp: a social start-up camp"),
			Description: l("Жастар үш күндік семинарларда әлеуметтік мәселені технологиямен шешетін стартап-идеяларды әзірлеп, сарапшылар алдында қорғайды.",
				"На трёхдневных семинарах молодёжь разрабатывает стартап-идеи, решающие социальные проблемы с помощью технологий, и защищает их перед экспертами.",
				"In three days of workshops young people develop start-up ideas that solve social problems with technology and pitch them to experts."),
			Steps: ls(
				l("Серіктестер мен сарапшыларды табу, зал жалдау", "Найти партнёров и экспертов, арендовать зал", "Find partners and experts, rent a hall"),
				l("Қатысушыларды іріктеп, командаларға бөлу", "Отобрать участников и разделить на команды", "Select participants and form teams"),
				l("Үш күндік семинарлар мен менторлық сессиялар", "Три дня семинаров и менторских сессий", "Three days of workshops and mentoring"),
				l("Жобаларды қорғау және ең үздігін іске асыруға қолдау", "Защита проектов и поддержка лучшего в реализации", "Pitch the projects and back the best one"),
			),
			Direction: "bilim", SDGs: []model.SDG{4, 8, 9}, TargetGroups: []model.TargetGroup{"youth"},
			TeamMin: 5, TeamMax: 15, DurationWeeks: 8, BudgetMin: 50000, BudgetMax: 250000,
			Logframe: model.CatalogueLogframe{
				Goal: l("Жастарды әлеуметтік кәсіпкерлікке тарту", "Вовлечь молодёжь в социальное предпринимательство", "Bring young people into social entrepreneurship"),
				Objectives: ls(
					l("60 қатысушыны оқыту", "Обучить 60 участников", "Train 60 participants"),
					l("Кемінде 8 стартап-жобаны қорғауға шығару", "Вывести на защиту не менее 8 стартап-проектов", "Bring at least 8 start-up projects to the pitch"),
				),
				Results: ls(
					l("Командалар жоба жоспарын жасады", "Команды подготовили планы проектов", "Teams have project plans"),
					l("Ең үздік жоба іске асыруға қолдау алды", "Лучший проект получил поддержку на реализацию", "The best project got support to go ahead"),
				),
				Indicators: []model.CatalogueIndicator{
					ind(l("Лагерь қатысушылары", "Участников лагеря", "Camp participants"), uPeople, 0, 60, vAttendance, 1),
					ind(l("Қорғалған жобалар", "Защищено проектов", "Projects pitched"), uProjects, 0, 8, l("Сарапшылардың бағалау парақтары", "Оценочные листы экспертов", "Experts' scoring sheets"), 2),
				},
				Risks: ls(l("Сарапшылар келмей қалуы мүмкін: онлайн қатысу нұсқасы", "Эксперты могут не прийти: вариант онлайн-участия", "Experts may not come: an online option"), rPrices),
			},
			Budget: []model.CatalogueLine{
				line(l("Зал жалдау (күніне)", "Аренда зала (в день)", "Hall rent (per day)"), rent, 3, 25000),
				line(l("Кофе-брейк", "Кофе-брейк", "Coffee break"), food, 60, 800),
				line(l("Жұмыс дәптерлерін басып шығару", "Печать рабочих тетрадей", "Printing workbooks"), printing, 60, 200),
			},
		},
		{
			Title: l("Ауыл оқушыларына онлайн репетиторлық",
				"Онлайн-репетиторство для сельских школьников",
				"Online tutoring for village pupils"),
			Description: l("Студенттер ауыл мектебінің оқушыларына ағылшын тілі, математика немесе информатика бойынша апта сайын онлайн сабақ береді.",
				"Студенты еженедельно занимаются онлайн с учениками сельской школы английским, математикой или информатикой.",
				"Students give village school pupils weekly online lessons in English, maths or computing."),
			Steps: ls(
				l("Ауыл мектебімен оқушылар мен пәндерді келісу", "Согласовать со школой учеников и предметы", "Agree pupils and subjects with the village school"),
				l("Репетиторларды жұптастыру және кесте құру", "Составить пары и расписание", "Pair tutors with pupils and make a timetable"),
				l("Сегіз апта бойы сабақ өткізу", "Заниматься восемь недель", "Teach for eight weeks"),
				l("Соңында тест өткізіп, прогресті өлшеу", "Провести итоговый тест и измерить прогресс", "Give a final test and measure progress"),
			),
			Direction: "bilim", SDGs: []model.SDG{4, 10}, TargetGroups: []model.TargetGroup{"children"},
			TeamMin: 2, TeamMax: 10, DurationWeeks: 8, BudgetMin: 0, BudgetMax: 20000,
			Logframe: model.CatalogueLogframe{
				Goal: l("Ауыл балаларының білім алу мүмкіндігін теңестіру", "Выровнять образовательные возможности сельских детей", "Give village children a fairer chance in school"),
				Objectives: ls(
					l("20 оқушымен апта сайын сабақ өткізу", "Еженедельно заниматься с 20 учениками", "Teach 20 pupils every week"),
					l("Оқушылардың тест нәтижесін 20%-ға арттыру", "Повысить результаты тестов учеников на 20%", "Raise pupils' test results by 20%"),
				),
				Results: ls(
					l("Оқушылардың білімі жақсарды", "Знания учеников улучшились", "Pupils know more"),
					l("Студенттер педагогикалық тәжірибе алды", "Студенты получили педагогический опыт", "Students gained teaching experience"),
				),
				Indicators: []model.CatalogueIndicator{
					ind(l("Сабаққа қатысқан оқушылар", "Учеников на занятиях", "Pupils taught"), uPeople, 0, 20, vAttendance, 1),
					ind(l("Тест нәтижесінің өсуі", "Рост результатов теста", "Rise in test results"), uPercent, 0, 20, vTest, 2),
				},
				Risks: ls(l("Ауылда интернет нашар болуы мүмкін: мектеп компьютер сыныбын пайдалану", "В селе может быть слабый интернет: заниматься из компьютерного класса школы", "Village internet may be weak: use the school's computer room"), rInterest),
			},
			Budget: []model.CatalogueLine{
				line(l("Жұмыс дәптерлері", "Рабочие тетради", "Workbooks"), materials, 20, 600),
				line(l("Мобильді интернет пакеті", "Пакет мобильного интернета", "Mobile data package"), services, 2, 3000),
			},
		},
		{
			Title: l("Қарттарға компьютерлік сауаттылық",
				"Компьютерная грамотность для пожилых",
				"Computer skills for older people"),
			Description: l("Студенттер зейнеткерлерге смартфон, мессенджерлер, eGov және онлайн-алаяқтықтан сақтану туралы шағын курс өткізеді.",
				"Студенты проводят для пенсионеров короткий курс: смартфон, мессенджеры, eGov и защита от онлайн-мошенников.",
				"Students run a short course for pensioners: smartphones, messengers, eGov and staying safe from online fraud."),
			Steps: ls(
				l("Зейнеткерлер кеңесімен немесе әлеуметтік орталықпен келісу", "Договориться с советом ветеранов или соццентром", "Agree with the pensioners' council or a social centre"),
				l("Төрт сабақтың жоспары мен жадынамаларын дайындау", "Подготовить план четырёх занятий и памятки", "Prepare four lessons and handouts"),
				l("Бір жұп — бір студент пен бір қарт адам форматында сабақ өткізу", "Заниматься парами «студент — пожилой человек»", "Teach in pairs: one student, one older person"),
				l("Соңғы сабақта eGov қызметін өз бетінше алуды тексеру", "На последнем занятии проверить, что участники сами получают услугу eGov", "At the last lesson check each can use an eGov service alone"),
			),
			Direction: "qamqor", SDGs: []model.SDG{4, 10}, TargetGroups: []model.TargetGroup{"elderly"},
			TeamMin: 2, TeamMax: 6, DurationWeeks: 4, BudgetMin: 0, BudgetMax: 15000,
			Logframe: model.CatalogueLogframe{
				Goal: l("Қарт адамдардың цифрлық әлемге қосылуына көмектесу", "Помочь пожилым людям войти в цифровой мир", "Help older people into the digital world"),
				Objectives: ls(
					l("Бір айда 15 зейнеткерді оқыту", "За месяц обучить 15 пенсионеров", "Teach 15 pensioners in a month"),
					l("Қатысушылардың 70%-ы eGov қызметін өзі алады", "70% участников сами получают услугу eGov", "70% of participants use eGov by themselves"),
				),
				Results: ls(
					l("Зейнеткерлер смартфонды сенімді қолданады", "Пенсионеры уверенно пользуются смартфоном", "Pensioners use smartphones with confidence"),
					l("Қатысушылар алаяқтық белгілерін таниды", "Участники распознают признаки мошенничества", "Participants recognise signs of fraud"),
				),
				Indicators: []model.CatalogueIndicator{
					ind(l("Оқытылған зейнеткерлер", "Обучено пенсионеров", "Pensioners taught"), uPeople, 0, 15, vAttendance, 1),
					ind(l("eGov қызметін өзі алғандар үлесі", "Доля получивших услугу eGov самостоятельно", "Share using eGov alone"), uPercent, 0, 70, l("Соңғы сабақтағы тексеру парағы", "Лист проверки на последнем занятии", "Checklist from the last lesson"), 2),
				},
				Risks: ls(l("Қатысушыларда смартфон болмауы мүмкін: оқу телефондарын табу", "У участников может не быть смартфонов: найти учебные телефоны", "Participants may have no smartphone: find phones to learn on"), rTurnout),
			},
			Budget: []model.CatalogueLine{
				line(l("Ірі әріппен басылған жадынамалар", "Памятки крупным шрифтом", "Large-print handouts"), printing, 20, 300),
				line(l("Шай мен печенье", "Чай и печенье", "Tea and biscuits"), food, 4, 2000),
			},
		},
		{
			Title: l("Оқушыларға қаржылық сауаттылық сабақтары",
				"Уроки финансовой грамотности для школьников",
				"Money skills lessons for schoolchildren"),
			Description: l("Экономика мамандығының студенттері жоғары сынып оқушыларына отбасы бюджеті, жинақ, несие және алаяқтықтан сақтану туралы ойын-сабақ өткізеді.",
				"Студенты-экономисты проводят для старшеклассников уроки-игры о семейном бюджете, сбережениях, кредитах и защите от мошенников.",
				"Economics students give senior pupils game lessons on family budgets, saving, loans and avoiding scams."),
			Steps: ls(
				l("Мектеппен сыныптарды келісу", "Согласовать классы со школой", "Agree the classes with the school"),
				l("«Отбасы бюджеті» ойынын дайындау", "Подготовить игру «Семейный бюджет»", "Prepare the family budget game"),
				l("Төрт сыныпта сабақ өткізу", "Провести уроки в четырёх классах", "Give lessons in four classes"),
				l("Алдын ала және кейінгі тест нәтижелерін салыстыру", "Сравнить результаты тестов до и после", "Compare the before and after tests"),
			),
			Direction: "bilim", SDGs: []model.SDG{4, 8}, TargetGroups: []model.TargetGroup{"children"},
			TeamMin: 2, TeamMax: 5, DurationWeeks: 4, BudgetMin: 0, BudgetMax: 10000,
			Logframe: model.CatalogueLogframe{
				Goal: l("Жасөспірімдердің қаржылық сауаттылығын арттыру", "Повысить финансовую грамотность подростков", "Make teenagers better with money"),
				Objectives: ls(
					l("Бір айда 4 сыныпта сабақ өткізу", "За месяц провести уроки в 4 классах", "Teach 4 classes within a month"),
					l("Тест нәтижесін орта есеппен 25%-ға арттыру", "Повысить средний результат теста на 25%", "Raise the average test score by 25%"),
				),
				Results: ls(
					l("Оқушылар жеке бюджет жасай алады", "Школьники умеют составлять личный бюджет", "Pupils can make a personal budget"),
					l("Оқушылар қаржылық алаяқтық белгілерін біледі", "Школьники знают признаки финансового мошенничества", "Pupils know the signs of financial scams"),
				),
				Indicators: []model.CatalogueIndicator{
					ind(l("Қамтылған оқушылар", "Охвачено школьников", "Pupils reached"), uPeople, 0, 100, vAttendance, 1),
					ind(l("Тест нәтижесінің өсуі", "Рост результатов теста", "Rise in test results"), uPercent, 0, 25, vTest, 2),
				},
				Risks: ls(rPermit, rInterest),
			},
			Budget: []model.CatalogueLine{
				line(l("Ойын карточкаларын басып шығару", "Печать игровых карточек", "Printing game cards"), printing, 100, 50),
				line(l("Ұтыс сыйлықтары", "Небольшие призы", "Small prizes"), other, 10, 300),
			},
		},
		{
			Title: l("Volunteer Talk: тәжірибе алмасу кездесулері",
				"Volunteer Talk: встречи по обмену опытом",
				"Volunteer Talk: experience-sharing evenings"),
			Description: l("Еріктілер бейресми ортада өз жобалары туралы әңгімелеп, жаңа идеяларды талқылайтын ай сайынғы кездесулер.",
				"Ежемесячные встречи в неформальной обстановке, где волонтёры рассказывают о своих проектах и обсуждают новые идеи.",
				"Monthly informal evenings where volunteers talk about their projects and discuss new ideas."),
			Steps: ls(
				l("Орын табу және алғашқы үш спикерді шақыру", "Найти место и пригласить первых трёх спикеров", "Find a place and invite the first three speakers"),
				l("Хабарландыру жасау және тіркеу ашу", "Сделать анонс и открыть запись", "Announce it and open sign-up"),
				l("Кездесу өткізу: қысқа баяндамалар және ашық диалог", "Провести встречу: короткие выступления и открытый диалог", "Hold the evening: short talks and open discussion"),
				l("Жаңа идеяларды жазып алып, фронт-офиске жеткізу", "Записать новые идеи и передать во фронт-офис", "Write down new ideas and bring them to the front office"),
			),
			Direction: "other", SDGs: []model.SDG{4, 17}, TargetGroups: []model.TargetGroup{"youth"},
			TeamMin: 2, TeamMax: 5, DurationWeeks: 4, BudgetMin: 0, BudgetMax: 15000,
			Logframe: model.CatalogueLogframe{
				Goal: l("Еріктілердің уәждемесін арттыру және жаңа идеяларға жол ашу", "Повысить мотивацию волонтёров и дать ход новым идеям", "Keep volunteers motivated and bring out new ideas"),
				Objectives: ls(
					l("Бір айда 2 кездесу өткізу", "За месяц провести 2 встречи", "Hold 2 evenings in a month"),
					l("Кемінде 3 жаңа жоба идеясын жинау", "Собрать не менее 3 новых идей проектов", "Gather at least 3 new project ideas"),
				),
				Results: ls(
					l("Еріктілер бір-бірімен тәжірибе алмасты", "Волонтёры обменялись опытом", "Volunteers shared their experience"),
					l("Жаңа идеялар фронт-офиске тіркелді", "Новые идеи зарегистрированы во фронт-офисе", "New ideas are registered at the front office"),
				),
				Indicators: []model.CatalogueIndicator{
					ind(l("Кездесулер", "Встречи", "Evenings held"), uSessions, 0, 2, vPhoto, 1),
					ind(l("Тіркелген жаңа идеялар", "Зарегистрировано новых идей", "New ideas registered"), uProjects, 0, 3, l("Фронт-офистегі идеялар тізімі", "Список идей во фронт-офисе", "The front office's list of ideas"), 2),
				},
				Risks: ls(rTurnout),
			},
			Budget: []model.CatalogueLine{
				line(l("Шай-кофе", "Чай и кофе", "Tea and coffee"), food, 4, 2500),
				line(l("Хабарландыру плакаттары", "Плакаты-анонсы", "Posters"), printing, 10, 300),
			},
		},
	}
}
