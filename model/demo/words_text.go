package demo

import (
	"strconv"
	"strings"

	"frontoffice/model"
)

// This file holds the texts (idea titles and summaries per direction and
// language, consultation notes, hours activities, short remarks) and the small
// template engine that fills their slots. Every list is indexed [lKK], [lRU], [lEN].
//
// Templates may use these slots: {city}, {city_gen}, {city_loc} (the city in
// the nominative, genitive and locative), {park}, {village}, {num} (a school
// number), {team} (team size), {months} and {reach} (people to reach).

// ideaTexts are idea templates, at least six per direction and language: a
// title, " | ", and the summary's first sentence, which fits that title.
var ideaTexts = map[model.Direction][3][]string{
	"bilim": {
		{"{village} ауылының оқушыларына онлайн репетиторлық | Студенттер {village} ауылының оқушыларына математика мен ағылшын тілінен онлайн сабақ береді.",
			"Қарттарға компьютерлік сауаттылық: {city} кітапханасында курс | Зейнеткерлерге смартфон, интернет-банкинг пен eGov қызметтерін пайдалануды үйретеміз.",
			"VolunSkills: {city_gen} жас еріктілеріне арналған тренинг | Жаңа еріктілерге жоба жоспарлау, командамен жұмыс және алғашқы көмек бойынша тренингтер өткіземіз.",
			"№{num} мектеп оқушыларына ағылшын тілі клубы | Апта сайын студенттер мектеп оқушыларымен ағылшын тілінде сөйлесу клубын өткізеді.",
			"EduVolunteer Debate: {city} колледждері арасындағы пікірсайыс | Колледж студенттері еріктілік пен әлеуметтік жауапкершілік тақырыбында пікірсайысқа қатысады.",
			"Білім: ауыл балаларына математикадан көмек ({village}) | Ауыл мектебінің оқушыларына ҰБТ-ға дайындалуға көмектесеміз.",
			"Teacher Puzzle Day {city_loc} | Педагогтерге шығармашылық ойлауды дамытатын ойындар мен басқатырғыштар күнін ұйымдастырамыз."},
		{"Репетиторство для школьников села {village} | Студенты онлайн помогают школьникам села {village} с математикой и английским.",
			"Компьютерная грамотность для пожилых в {city_loc} | Учим пенсионеров пользоваться смартфоном, интернет-банкингом и порталом eGov.",
			"VolunSkills: школа волонтёров {city_gen} | Проводим для новых волонтёров тренинги по планированию проектов, работе в команде и первой помощи.",
			"Клуб английского языка для школы №{num} | Раз в неделю студенты проводят со школьниками разговорный клуб на английском.",
			"EduVolunteer Debate: дебаты колледжей {city_gen} | Студенты колледжей спорят о волонтёрстве и социальной ответственности.",
			"Teacher Puzzle Day для педагогов {city_gen} | День игр и головоломок для педагогов, развивающий креативное мышление.",
			"Онлайн-уроки математики для сельских школьников ({village}) | Помогаем сельским школьникам готовиться к ЕНТ."},
		{"Online tutoring for rural pupils in {village} | Students tutor pupils in {village} in maths and English over video calls.",
			"Computer literacy for the elderly in {city} | We teach pensioners to use smartphones, online banking and eGov services.",
			"VolunSkills: volunteer training school in {city} | Training for new volunteers in project planning, teamwork and first aid.",
			"English speaking club for School No. {num} | Once a week students run an English conversation club for schoolchildren.",
			"EduVolunteer Debate: {city} college league | College students debate volunteering and social responsibility.",
			"Teacher Puzzle Day in {city} | A day of games and puzzles that helps teachers think creatively.",
			"Book drive for {village} rural school | We collect books for the school library in {village}."},
	},
	"qamqor": {
		{"Қарттар үйінде мерекелік концерт ({city}) | Студенттер қарттар үйінің тұрғындарына концерт қойып, сыйлықтар табыс етеді.",
			"Жалғыз басты қарттарға азық-түлік себеті | Жалғыз тұратын қарттарға ай сайын азық-түлік себетін жеткіземіз.",
			"{city_gen} қарттар үйіне апта сайын барып тұру | Еріктілер апта сайын қарттармен әңгімелесіп, серуендейді.",
			"Ардагерлерге қамқорлық: үй мен ауланы тазалау | Ардагерлердің үйін жинап, ауласын тазалап, қоршауын бояймыз.",
			"«Мейірім»: {city_loc} жалғыз қарттарға көмек | Жалғыз қарттарға дүкенге барып, дәрі әкеліп, үй шаруасына көмектесеміз.",
			"Қамқор: қарттарға дәрі-дәрмек жеткізу ({village}) | {village} ауылының қарттарына аудан орталығынан дәрі-дәрмек жеткіземіз.",
			"Ардагерлермен кездесу кеші, {city} | Мектеп оқушылары мен студенттер ардагерлердің естеліктерін тыңдайды."},
		{"Концерт в доме престарелых {city_gen} | Студенты готовят концерт и подарки для жителей дома престарелых.",
			"Помощь ветеранам {city_gen} | Составляем список одиноких ветеранов и навещаем каждого раз в месяц.",
			"Продуктовые наборы для одиноких пожилых людей | Каждый месяц доставляем продуктовые наборы одиноким пожилым людям.",
			"Уборка дома и двора ветерана в {city_loc} | Волонтёры убирают дом и двор ветерана и красят забор.",
			"«Золотой возраст»: еженедельные визиты в дом престарелых | Раз в неделю волонтёры беседуют и гуляют с пожилыми людьми.",
			"Доставка лекарств пожилым людям села {village} | Привозим лекарства из районного центра пожилым жителям села {village}.",
			"Қамқор: поздравление пожилых с Наурызом | К Наурызу навещаем пожилых людей с угощением и небольшим концертом."},
		{"Concert at a {city} nursing home | Students prepare a concert and gifts for the residents of a nursing home.",
			"Food bags for lonely elderly people in {city} | Every month we deliver food bags to elderly people who live alone.",
			"Helping veterans with house and yard work in {city} | Volunteers clean the house and yard and paint the fence for veterans.",
			"Weekly visits to the Golden Age nursing home | Once a week volunteers talk and walk with the residents.",
			"Medicine delivery for elderly people in {village} | We bring medicines from the district centre to elderly people in {village}.",
			"Qamqor: Nauryz greetings for the elderly | For Nauryz we visit elderly people with treats and a small concert."},
	},
	"umit": {
		{"Жоғалған адамдарды іздеуге ерікті отряд ({city}) | Еріктілерді іздеу жұмысына үйретіп, полицияға жоғалған адамдарды табуға көмектесеміз.",
			"Көпбалалы отбасыларға азық-түлік қапшығы | Көпбалалы отбасыларға азық-түлік қапшықтарын жинап, таратамыз.",
			"Үміт: {city_gen} мұқтаж отбасыларына қысқы киім | Қысқы киім мен аяқ киім жинап, мұқтаж отбасыларға таратамыз.",
			"Мұрағаттан туыстарды іздеуге көмек | Мұрағат құжаттары бойынша адамдарға туыстарын табуға көмектесеміз.",
			"{village} ауылында су тасқынынан зардап шеккендерге көмек | Зардап шеккен отбасыларға ауыз су, азық-түлік пен төсек-орын жинаймыз.",
			"Үйсіз адамдарға ыстық тамақ, {city} | Қыс айларында үйсіз адамдарға аптасына екі рет ыстық тамақ береміз."},
		{"Поисковый отряд волонтёров {city_gen} | Обучаем волонтёров и помогаем полиции в поиске пропавших людей.",
			"Продуктовые сумки для многодетных семей | Собираем и раздаём продуктовые сумки многодетным семьям.",
			"Зимняя одежда для нуждающихся семей {city_gen} | Собираем зимнюю одежду и обувь для нуждающихся семей.",
			"Поиск родственников по архивным данным | Помогаем людям найти родственников по архивным документам.",
			"Горячее питание для бездомных в {city_loc} | Зимой дважды в неделю раздаём горячую еду бездомным.",
			"Помощь пострадавшим от паводка в селе {village} | Собираем питьевую воду, продукты и постельное бельё для пострадавших семей."},
		{"Volunteer search team for missing people in {city} | We train volunteers and help the police search for missing people.",
			"Food bags for large families in {city} | We collect and hand out food bags to large families.",
			"Winter clothes for families in need | We collect winter clothes and shoes for families in need.",
			"Archive search to reunite relatives | We help people find relatives through archive records.",
			"Hot meals for homeless people in {city} | In winter we serve hot meals to homeless people twice a week.",
			"Flood relief collection for {village} | We collect drinking water, food and bedding for families hit by the flood."},
	},
	"sabaqtastyq": {
		{"Балалар үйінің тәрбиеленушілеріне тәлімгерлік | Әр студент балалар үйінің бір тәрбиеленушісіне тәлімгер болып, сабаққа көмектеседі.",
			"Ұрпақтар диалогы: ардагерлер мен студенттер кездесуі | Ардагерлер мен студенттердің кездесулерін ұйымдастырып, естеліктерін жазып аламыз.",
			"{city_gen} балаларды қолдау орталығында шеберлік сабақтары | Балаларды қолдау орталығында сурет, музыка және IT бойынша шеберлік сабақтарын өткіземіз.",
			"Аға мен әпке: жетім балаларға қамқоршы студенттер | Студенттер жетім балалармен демалыс күндері уақыт өткізіп, армандарына жетуге көмектеседі.",
			"Әже ертегілері: {village} ауылында кітап оқу кештері | Ауыл әжелері балаларға ертегі оқып, халық ойындарын үйретеді.",
			"Dostyk Team Building: балалар үйімен бірлескен ойындар | Студенттер мен балалар үйінің тәрбиеленушілеріне командалық ойындар өткіземіз."},
		{"Наставничество для воспитанников детского дома {city_gen} | Каждый студент становится наставником одного воспитанника и помогает с учёбой.",
			"Диалог поколений: встречи студентов с ветеранами | Организуем встречи ветеранов и студентов и записываем их воспоминания.",
			"Мастер-классы в центре поддержки детей {city_gen} | Проводим мастер-классы по рисованию, музыке и IT в центре поддержки детей.",
			"Старший брат, старшая сестра: шефство над сиротами | Студенты проводят выходные с детьми-сиротами и помогают им строить планы на жизнь.",
			"Dostyk Team Building для воспитанников детского дома | Командные игры для студентов и воспитанников детского дома.",
			"Бабушкины сказки: чтения в селе {village} | Бабушки села читают детям сказки и учат народным играм."},
		{"Mentoring children from the {city} orphanage | Each student mentors one child from the orphanage and helps with schoolwork.",
			"Dialogue of generations: students meet veterans | We arrange meetings of veterans and students and record their memories.",
			"Workshops at the {city} Children's Support Centre | Art, music and IT workshops at the children's support centre.",
			"Big brothers and sisters for orphanage children | Students spend weekends with orphans and help them plan their future.",
			"Dostyk Team Building with orphanage children | Team games for students and children from the orphanage.",
			"Grandparents' stories: reading evenings in {village} | Grandmothers read fairy tales to children and teach them folk games."},
	},
	"taza_alem": {
		{"Таза әлем: {park} саябағын тазалау | Сенбі күндері {park} саябағын қоқыстан тазартып, орындықтарды бояймыз.",
			"Green Challenge: {city_loc} мың түп ағаш отырғызу | Көктемде әкімдікпен бірге қала көшелеріне мың түп көшет отырғызамыз.",
			"Колледжде қалдықтарды сұрыптау пункті | Колледжде пластик, қағаз және шыны жинайтын контейнерлер орнатамыз.",
			"{city_gen} өзен жағасын қоқыстан тазарту | Өзен жағасын қоқыстан тазартып, пластикті қайта өңдеуге тапсырамыз.",
			"Таза әлем: пластиксіз мектеп (№{num} мектеп) | Оқушыларға пластикті азайту туралы сабақтар өткізіп, бөтелкелерді қайта өңдеуге жинаймыз.",
			"Жасыл университет: кампусты көгалдандыру | Университет пен студенттер үйінің аумағына ағаштар мен гүлдер отырғызамыз.",
			"Таза әлем: {village} ауылында сенбілік | Ауыл тұрғындарымен бірге көшелер мен бұлақ басын тазалаймыз."},
		{"Субботник в парке «{park}» | По субботам убираем мусор в парке «{park}» и красим скамейки.",
			"Green Challenge: высадка деревьев в {city_loc} | Весной вместе с акиматом высаживаем тысячу саженцев на улицах города.",
			"Раздельный сбор отходов в колледже | Ставим в колледже контейнеры для пластика, бумаги и стекла.",
			"Очистка берега реки в {city_loc} | Очищаем берег реки от мусора и сдаём пластик на переработку.",
			"«Таза әлем»: школа №{num} без пластика | Проводим уроки о сокращении пластика и собираем бутылки на переработку.",
			"Зелёный университет: озеленение кампуса | Высаживаем деревья и цветы у университета и студенческих общежитий.",
			"«Таза әлем» в селе {village}: уборка территории | Вместе с жителями села {village} убираем улицы и родник."},
		{"Clean-up of {park} Park | On Saturdays we clear litter from {park} Park and paint the benches.",
			"Green Challenge: planting trees in {city} | In spring we plant a thousand saplings along the streets with the akimat.",
			"Waste sorting point at our college | We put up bins for plastic, paper and glass at the college.",
			"Riverbank clean-up in {city} | We clear the riverbank of litter and send the plastic for recycling.",
			"Plastic-free School No. {num} | Lessons on cutting plastic use, and a bottle collection for recycling.",
			"Taza Álem: green campus in {city} | We plant trees and flowers around the campus and student dormitories."},
	},
	"saulyq": {
		{"Саулық: жасөспірімдерге психологиялық қолдау | Психолог-еріктілер жасөспірімдерге арналған қолдау топтарын өткізеді.",
			"{city_loc} донорлық акция | Қан орталығымен бірге студенттер арасында донорлық күн ұйымдастырамыз.",
			"Саулық: мектеп оқушыларына салауатты өмір салты сабақтары | Оқушыларға дұрыс тамақтану, ұйқы және спорт туралы сабақтар өткіземіз.",
			"Ауруханадағы балаларға ойын бөлмесі | Балалар ауруханасында ойыншықтар мен кітаптары бар ойын бөлмесін жабдықтаймыз.",
			"BeKind: №{num} мектепте буллингке қарсы сабақтар | Оқушылар мен ата-аналарға буллинг пен кибербуллингтің алдын алу туралы сабақтар өткіземіз.",
			"Мүмкіндігі шектеулі балаларға арналған спорт күні | Мүмкіндігі шектеулі балалар мен олардың отбасыларына спорт мерекесін өткіземіз.",
			"Саулық: {village} ауылында тегін медициналық тексеру | Медициналық колледж студенттері ауыл тұрғындарының қан қысымы мен қант деңгейін өлшейді."},
		{"Саулық: психологическая поддержка подростков | Волонтёры-психологи проводят группы поддержки для подростков.",
			"Донорская акция в {city_loc} | Вместе с центром крови проводим день донора среди студентов.",
			"Уроки здорового образа жизни для школьников {city_gen} | Рассказываем школьникам о питании, сне и спорте.",
			"Игровая комната для детей в больнице | Оборудуем в детской больнице игровую комнату с игрушками и книгами.",
			"BeKind: уроки против буллинга в школе №{num} | Проводим для учеников и родителей уроки о профилактике буллинга и кибербуллинга.",
			"День спорта для детей с инвалидностью | Устраиваем спортивный праздник для детей с инвалидностью и их семей.",
			"«Саулық»: бесплатный медосмотр в селе {village} | Студенты медколледжа измеряют жителям села давление и уровень сахара."},
		{"Saúlyq: mental health support for teenagers | Volunteer psychologists run support groups for teenagers.",
			"Blood donation drive in {city} | With the blood centre we hold a donor day for students.",
			"Healthy lifestyle lessons for pupils in {city} | We talk to schoolchildren about food, sleep and sport.",
			"Playroom for children in hospital | We furnish a playroom with toys and books at the children's hospital.",
			"BeKind: anti-bullying lessons at School No. {num} | Lessons for pupils and parents on preventing bullying and cyberbullying.",
			"Sports day for children with disabilities | A sports festival for children with disabilities and their families."},
	},
	"asyl_mura": {
		{"Кітапханадағы ескі кітаптарды қалпына келтіру | Кітапхананың тозған кітаптарын желімдеп, мұқабалап, цифрландырамыз.",
			"{city_gen} тарихи ескерткіштеріне экскурсия | Студенттер мектеп оқушыларына қаланың тарихи орындары бойынша экскурсия жүргізеді.",
			"Асыл мұра: ауыл ақсақалдарының естеліктерін жазу | Ақсақалдардың естеліктерін бейнеге жазып, ауыл мұражайына тапсырамыз.",
			"Өлкетану мұражайына еріктілер көмегі ({city}) | Еріктілер мұражай қорын сипаттауға және келушілерге экскурсия жүргізуге көмектеседі.",
			"«Кітапты махаббатпен сыйла» кітап жинау акциясы | Коворкинг орталығы мен ауыл мектептері үшін кітап жинаймыз.",
			"Асыл мұра: {village} ауылының тарихы | Ауыл тарихы туралы құжаттар мен фотосуреттер жинап, кітапша шығарамыз."},
		{"Реставрация книг в библиотеке {city_gen} | Подклеиваем, переплетаем и оцифровываем ветхие книги библиотеки.",
			"Экскурсии по историческим местам {city_gen} | Студенты проводят для школьников экскурсии по историческим местам города.",
			"Асыл мұра: записываем воспоминания старожилов | Записываем на видео воспоминания старожилов и передаём в сельский музей.",
			"Волонтёры в краеведческом музее {city_gen} | Волонтёры помогают описывать фонды музея и водить экскурсии.",
			"Акция «Дари книги с любовью» | Собираем книги для коворкинг-центра и сельских школ.",
			"История села {village}: сбор архивных материалов | Собираем документы и фотографии по истории села {village} и выпускаем брошюру."},
		{"Book restoration at the {city} library | We glue, rebind and digitise worn-out library books.",
			"Heritage walks in {city} | Students lead schoolchildren on walks around the city's historic sites.",
			"Asyl Mura: recording elders' memories | We film elders' memories and give the recordings to the village museum.",
			"Volunteers at the {city} local history museum | Volunteers help catalogue the museum's collection and guide visitors.",
			"Give Books with Love: book drive | We collect books for the coworking centre and village schools.",
			"History of {village}: collecting archive materials | We gather documents and photos on the history of {village} and publish a booklet."},
	},
	"other": {
		{"Жануарлар баспанасына көмек ({city}) | Баспанадағы иттер мен мысықтардың торларын тазалап, жем мен дәрі жинаймыз.",
			"«Амал қоржыны»: колледждер арасындағы қайырымдылық челленджі | Колледж командалары бір ай бойы қайырымдылық тапсырмаларын орындап жарысады.",
			"Volunteer Talk: {city_gen} еріктілерінің тәжірибе алмасуы | Айына бір рет еріктілер бейресми кездесуде тәжірибесімен бөліседі.",
			"Voluntech Camp: әлеуметтік стартаптар лагері | Үш күндік лагерьде студенттер әлеуметтік стартап идеяларын әзірлейді.",
			"Еріктілер аптасы: {city_loc} бес күндік марафон | Бес күн ішінде студенттер қарттар үйіне, баспанаға, саябаққа және кітапханаға көмектеседі.",
			"Үйсіз жануарларға жем жинау акциясы | Дүкендер мен колледждерге үйсіз жануарларға жем жинайтын жәшіктер қоямыз."},
		{"Помощь приюту для животных {city_gen} | Убираем вольеры собак и кошек в приюте, собираем корм и лекарства.",
			"«Амал қоржыны»: благотворительный челлендж колледжей | Команды колледжей месяц соревнуются, выполняя добрые дела.",
			"Volunteer Talk: встречи волонтёров {city_gen} | Раз в месяц волонтёры делятся опытом на неформальной встрече.",
			"Voluntech Camp: лагерь социальных стартапов | В трёхдневном лагере студенты разрабатывают социальные стартапы.",
			"Неделя волонтёра в {city_loc} | За пять дней студенты помогают дому престарелых, приюту, парку и библиотеке.",
			"Сбор корма для бездомных животных | Ставим в магазинах и колледжах коробки для сбора корма."},
		{"Help for the {city} animal shelter | We clean dog and cat enclosures at the shelter and collect food and medicine.",
			"Amal Qorzhyny: charity challenge between colleges | College teams compete for a month doing good deeds.",
			"Volunteer Talk: {city} volunteers share experience | Once a month volunteers share their experience at an informal meetup.",
			"Voluntech Camp: social start-up camp | At a three-day camp students develop social start-up ideas.",
			"Volunteer Week in {city} | Over five days students help a nursing home, a shelter, a park and a library.",
			"Pet food drive for homeless animals | We put pet food collection boxes in shops and colleges."},
	},
}

// summaryExtra are the second and third sentences of a summary.
var summaryExtra = [3][]string{
	{"Командада {team} ерікті бар.", "Жоба {months} айға жоспарланған.",
		"Кемінде {reach} адамды қамтуды көздейміз.", "Жергілікті әкімдік пен колледж әкімшілігі қолдау көрсетеді."},
	{"Число волонтёров в команде: {team}.", "Проект рассчитан на {months} мес.",
		"Планируем охватить не менее {reach} человек.", "Поддержку оказывают местный акимат и администрация колледжа."},
	{"Team size: {team}.", "The project is planned for {months} months.",
		"We aim to reach at least {reach} people.", "The local akimat and the college support the project."},
}

// serviceNotes are consultation notes for each service.
var serviceNotes = map[model.Service][3][]string{
	"project_design": {
		{"Жобаның идеясын талқылап, мақсатты топты анықтадық.", "Мәселені нақтылап, шешудің бірнеше жолын қарадық."},
		{"Обсудили идею проекта и определили целевую группу.", "Уточнили проблему и рассмотрели несколько вариантов решения."},
		{"Discussed the project idea and defined the target group.", "Clarified the problem and looked at several possible solutions."},
	},
	"implementation": {
		{"Идеяны іске асыру қадамдары мен серіктестерді талқыладық.", "Әкімдікпен және мектеппен келісу жолдарын түсіндірдік."},
		{"Разобрали шаги реализации и возможных партнёров.", "Объяснили, как согласовать проект с акиматом и школой."},
		{"Went through implementation steps and possible partners.", "Explained how to agree the project with the akimat and the school."},
	},
	"methodology": {
		{"Күнтізбелік жоспар құрып, жауаптыларды бөлуге көмектестік.", "Іс-шараны өткізу әдістемесі мен қауіпсіздік ережелерін қарадық."},
		{"Помогли составить календарный план и распределить ответственных.", "Обсудили методику проведения мероприятия и технику безопасности."},
		{"Helped draw up a timeline and split responsibilities.", "Reviewed how to run the event and the safety rules."},
	},
	"funds_use": {
		{"Қолдағы қаражатты тиімді пайдаланудың үш нұсқасын ұсындық.", "Каталогтан дайын жобаларды көрсеттік."},
		{"Предложили три варианта социально эффективного использования средств.", "Показали готовые проекты из каталога."},
		{"Suggested three socially effective ways to use the available funds.", "Showed ready-made projects from the catalogue."},
	},
	"grant_writing": {
		{"Шағын грантқа өтінімнің құрылымын және бюджет бөлімін түсіндірдік.", "Өтінім мәтінін бірге оқып, ескертулер бердік."},
		{"Объяснили структуру заявки на малый грант и бюджетный раздел.", "Вместе прочитали текст заявки и дали замечания."},
		{"Explained the structure of a small-grant application and its budget section.", "Read the application draft together and gave comments."},
	},
	"project_formalisation": {
		{"SMART міндеттер мен күтілетін нәтижелерді тұжырымдадық.", "Көрсеткіштер мен оларды тексеру құралдарын жаздық."},
		{"Сформулировали SMART-задачи и ожидаемые результаты.", "Прописали индикаторы и способы их проверки."},
		{"Wrote SMART objectives and expected results.", "Defined indicators and means of verification."},
	},
}

// nextSteps are what the visitor agreed to do after a consultation.
var nextSteps = [3][]string{
	{"Бюджетті қайта есептеп әкелу.", "Командаға тағы екі ерікті тарту.", "Мектеп директорымен кездесу.",
		"Өтінімнің жобасын жіберу.", "Серіктестен қолдау хатын алу.", "Іс-шараның күнтізбелік жоспарын жасау.",
		"Фото және бейне есеп дайындау.", "Мақсатты топқа сауалнама жүргізу."},
	{"Пересчитать бюджет и принести на следующую встречу.", "Привлечь в команду ещё двух волонтёров.",
		"Встретиться с директором школы.", "Прислать черновик заявки.", "Получить письмо поддержки от партнёра.",
		"Составить календарный план мероприятия.", "Подготовить фото- и видеоотчёт.", "Провести опрос среди целевой группы."},
	{"Recalculate the budget and bring it next time.", "Recruit two more volunteers.", "Meet the school principal.",
		"Send the application draft.", "Get a support letter from a partner.", "Draw up the event timeline.",
		"Prepare a photo and video report.", "Survey the target group."},
}

// activities are what volunteers did in an hours entry (from the seeds).
var activities = [3][]string{
	{"Қарттар үйінде концерт", "Балаларды қолдау орталығында сабақ", "Отбасыларға азық-түлік қапшықтарын тарату",
		"Ардагердің ауласын тазалау", "Жануарлар баспанасында торларды тазалау", "Саябақта сенбілік",
		"Кітапханада кітаптарды қалпына келтіру", "Кітап жинау акциясы", "Мектепте буллингке қарсы сабақ",
		"Ауыл оқушыларына онлайн репетиторлық", "Қарттарға компьютерлік сауаттылық сабағы", "Ағаш отырғызу",
		"Қалдықтарды сұрыптау акциясы", "Жоғалған адамды іздеуге қатысу"},
	{"Концерт в доме престарелых", "Занятие в центре поддержки детей", "Раздача продуктовых наборов семьям",
		"Уборка двора ветерана", "Уборка вольеров в приюте для животных", "Субботник в парке",
		"Реставрация книг в библиотеке", "Акция по сбору книг", "Урок против буллинга в школе",
		"Онлайн-репетиторство для сельских школьников", "Урок компьютерной грамотности для пожилых", "Посадка деревьев",
		"Акция по раздельному сбору отходов", "Участие в поиске пропавшего человека"},
	{"Concert at a nursing home", "Session at the children's support centre", "Handing out food bags to families",
		"Cleaning a veteran's yard", "Cleaning enclosures at the animal shelter", "Park clean-up",
		"Book restoration at the library", "Book drive", "Anti-bullying lesson at a school",
		"Online tutoring for rural pupils", "Computer literacy lesson for the elderly", "Tree planting",
		"Waste sorting campaign", "Search for a missing person"},
}

// hoursNotes are optional descriptions of an hours entry.
var hoursNotes = [3][]string{
	{"Фотоесеп бар.", "Бес адамдық топпен жұмыс істедік.", "Екі ауысым.", "Ұйымдастырушының хаты қоса берілді."},
	{"Есть фотоотчёт.", "Работали группой из пяти человек.", "Две смены.", "Приложено письмо организатора."},
	{"Photo report attached.", "Worked in a group of five.", "Two shifts.", "Organiser's letter attached."},
}

// rejectReasons say why an hours entry was refused.
var rejectReasons = [3][]string{
	{"Растайтын құжат жоқ.", "Бұл жазба басқасын қайталайды.", "Сағат саны іс-шараның ұзақтығынан асады.",
		"Ұйымдастырушы қатысуды растамады."},
	{"Нет подтверждающего документа.", "Запись дублирует другую.", "Часов больше, чем длилось мероприятие.",
		"Организатор не подтвердил участие."},
	{"No supporting document.", "Duplicate entry.", "More hours than the event lasted.",
		"The organiser did not confirm attendance."},
}

// visitNotes are remarks the desk writes about a visit.
var visitNotes = [3][]string{
	{"Алғашқы келуі.", "Телефон арқылы жазылған.", "Курстастарымен бірге келді.", "Жоба портфолиосын әкелді.",
		"Кешке қайта келеді."},
	{"Первый визит.", "Запись по телефону.", "Вместе с одногруппниками.", "С портфолио проектов.",
		"Вернётся вечером."},
	{"First visit.", "Booked by phone.", "Came with classmates.", "Brought a project portfolio.",
		"Will come back in the evening."},
}

// personNotes are remarks about a person.
var personNotes = [3][]string{
	{"Ағылшын тілін жақсы біледі.", "Фото түсіруге көмектесе алады.", "Тек сенбі күндері бос.",
		"Жүргізуші куәлігі бар.", "Бұрын UNICEF еріктісі болған."},
	{"Хорошо знает английский.", "Может помочь с фотосъёмкой.", "Свободное время — только суббота.",
		"Есть водительские права.", "Есть опыт волонтёрства в UNICEF."},
	{"Speaks good English.", "Can help with photography.", "Free on Saturdays only.",
		"Has a driving licence.", "Former UNICEF volunteer."},
}

// roles are team roles; the first is the leader's.
var roles = [3][]string{
	{"жетекші", "үйлестіруші", "ерікті", "дизайнер", "қаржы жауаптысы", "SMM"},
	{"руководитель", "координатор", "волонтёр", "дизайнер", "казначей", "SMM"},
	{"lead", "coordinator", "volunteer", "designer", "treasurer", "social media"},
}

// Template slots, listed at the top of this file.
const (
	slotText = iota
	slotCity
	slotCityGen
	slotCityLoc
	slotPark
	slotVillage
	slotNum
	slotTeam
	slotMonths
	slotReach
)

var slotNames = map[string]uint8{
	"city": slotCity, "city_gen": slotCityGen, "city_loc": slotCityLoc, "park": slotPark,
	"village": slotVillage, "num": slotNum, "team": slotTeam, "months": slotMonths, "reach": slotReach,
}

// part is a piece of a template: literal text, or a slot when slot != slotText.
type part struct {
	text string
	slot uint8
}

// tmpl is a parsed template: literal text and slots in order.
type tmpl []part

// parseTmpl splits s into text and slots; it panics on an unknown slot, which
// the tests catch because the templates are parsed at package init.
func parseTmpl(s string) tmpl {
	var t tmpl
	for s != "" {
		i := strings.IndexByte(s, '{')
		if i < 0 {
			return append(t, part{text: s})
		}
		if i > 0 {
			t = append(t, part{text: s[:i]})
		}
		j := strings.IndexByte(s[i:], '}')
		if j < 0 {
			panic("demo: unclosed slot in " + strconv.Quote(s))
		}
		slot, ok := slotNames[s[i+1:i+j]]
		if !ok {
			panic("demo: unknown slot in " + strconv.Quote(s))
		}
		t = append(t, part{slot: slot})
		s = s[i+j+1:]
	}
	return t
}

// parseAll parses a list of templates.
func parseAll(ss []string) []tmpl {
	out := make([]tmpl, len(ss))
	for i, s := range ss {
		out[i] = parseTmpl(s)
	}
	return out
}

// fill holds the values for one idea's slots.
type fill struct {
	city                                    *city
	park, village, num, team, months, reach int
}

// appendTmpl writes t in language l with the slots filled from f.
func appendTmpl(b []byte, t tmpl, l int, f *fill) []byte {
	for _, p := range t {
		switch p.slot {
		case slotText:
			b = append(b, p.text...)
		case slotCity:
			b = append(b, f.city.name[l]...)
		case slotCityGen:
			b = append(b, f.city.gen[l]...)
		case slotCityLoc:
			b = append(b, f.city.loc[l]...)
		case slotPark:
			b = append(b, parks[f.park][l]...)
		case slotVillage:
			b = append(b, villages[f.village][l]...)
		case slotNum:
			b = strconv.AppendInt(b, int64(f.num), 10)
		case slotTeam:
			b = strconv.AppendInt(b, int64(f.team), 10)
		case slotMonths:
			b = strconv.AppendInt(b, int64(f.months), 10)
		case slotReach:
			b = strconv.AppendInt(b, int64(f.reach), 10)
		}
	}
	return b
}

// dirTexts are the parsed idea templates of one direction: titles[l][k] goes
// with summaries[l][k].
type dirTexts struct{ titles, summaries [3][]tmpl }

// buildTexts splits every idea template into its title and summary halves.
func buildTexts() map[model.Direction]*dirTexts {
	m := map[model.Direction]*dirTexts{}
	for d, byLang := range ideaTexts {
		t := &dirTexts{}
		for l, list := range byLang {
			for _, s := range list {
				title, summary, ok := strings.Cut(s, " | ")
				if !ok {
					panic("demo: idea template without summary: " + strconv.Quote(s))
				}
				t.titles[l] = append(t.titles[l], parseTmpl(title))
				t.summaries[l] = append(t.summaries[l], parseTmpl(summary))
			}
		}
		m[d] = t
	}
	return m
}
