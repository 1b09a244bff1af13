package demo

import "frontoffice/model"

// This file holds the word lists for people and places: names, organisations,
// cities, parks and villages. Texts for ideas, consultations and hours are in
// words_text.go.

// Language indexes used by every [3]string in this package.
const (
	lKK = iota
	lRU
	lEN
)

var langCodes = [3]model.Lang{model.KK, model.RU, model.EN}

// defaultConsultants is used when Options.Consultants is empty.
var defaultConsultants = []string{"Әсем Жұмабаева", "Ерлан Серікбаев", "Ольга Ким", "Dana Omarova"}

// Name scripts. A person's script decides the lists their name comes from.
const (
	scriptKK  = iota // Kazakh Cyrillic with Kazakh letters
	scriptRU         // Russian Cyrillic
	scriptLat        // Latin transliteration
)

// firstNames[script][sex] lists first names; sex 0 is male, 1 female.
var firstNames = [3][2][]string{
	scriptKK: {
		{"Нұрсұлтан", "Темірхан", "Ерлан", "Асхат", "Дәулет", "Ерасыл", "Әлихан", "Нұрбол",
			"Бауыржан", "Мақсат", "Ержан", "Арман", "Дидар", "Ернұр", "Алмас", "Батыржан",
			"Жандос", "Нұрлан", "Қуаныш", "Әділет", "Ғалымжан", "Санжар", "Айбек", "Еркебұлан",
			"Мирас", "Абылай", "Мұхтар", "Ілияс", "Серікбол", "Жәнібек"},
		{"Айгерім", "Аружан", "Мөлдір", "Әсем", "Жансая", "Дана", "Гүлнұр", "Айдана",
			"Назерке", "Ақбота", "Томирис", "Динара", "Жұлдыз", "Салтанат", "Аяулым", "Балжан",
			"Ақерке", "Іңкәр", "Камила", "Сымбат", "Гүлназ", "Мадина", "Әйгерім", "Анель",
			"Ділназ", "Перизат", "Айсұлу", "Меруерт", "Нұрай", "Ботагөз"},
	},
	scriptRU: {
		{"Дмитрий", "Александр", "Сергей", "Андрей", "Алексей", "Максим", "Иван", "Николай",
			"Артём", "Владимир", "Павел", "Евгений", "Михаил", "Кирилл", "Денис", "Игорь",
			"Роман", "Олег", "Виктор", "Никита"},
		{"Анна", "Екатерина", "Ольга", "Мария", "Наталья", "Елена", "Татьяна", "Ирина",
			"Юлия", "Дарья", "Светлана", "Алина", "Виктория", "Полина", "Ксения", "Анастасия",
			"Валерия", "Софья", "Марина", "Людмила"},
	},
	scriptLat: {
		{"Temirkhan", "Nursultan", "Aibek", "Daulet", "Yerlan", "Askhat", "Alikhan", "Madi",
			"Arman", "Dias", "Sanzhar", "Miras", "Abylai", "Yerasyl", "Bauyrzhan"},
		{"Aigerim", "Aruzhan", "Moldir", "Assem", "Zhansaya", "Dana", "Aida", "Nazerke",
			"Akbota", "Tomiris", "Dinara", "Saltanat", "Kamila", "Aliya", "Madina"},
	},
}

// surnameStems[script] lists surnames in their masculine form; feminine forms
// are derived by feminine (-ов → -ова, -ұлы → -қызы, -ский → -ская, …).
var surnameStems = [3][]string{
	scriptKK: {"Жұмабаев", "Серікбаев", "Омаров", "Тоқтаров", "Әбенов", "Қасымов", "Ахметов",
		"Сәрсенбаев", "Есенов", "Байжанов", "Құлбаев", "Оспанов", "Әлімжанов", "Исабеков",
		"Нұрпейісов", "Төлеуов", "Мұратов", "Бекетов", "Жақсылықов", "Рахимов", "Сейітов",
		"Ермеков", "Кенжебеков", "Иманбаев", "Тұрсынов", "Шәкенов", "Дүйсенов", "Мамыров",
		"Сейтқали", "Нұрбол", "Ерғали", "Мейірхан", "Бақыт", "Жанұзақ", "Серікұлы",
		"Нұрланұлы", "Болатұлы", "Қайратұлы", "Асанұлы", "Талғатұлы"},
	scriptRU: {"Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов",
		"Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев",
		"Семёнов", "Егоров", "Павлов", "Козлов", "Степанов", "Николаев", "Орлов", "Андреев",
		"Макаров", "Захаров", "Зайцев", "Борисов", "Яковлев", "Григорьев", "Романов",
		"Ким", "Пак", "Цой", "Коваленко", "Шевченко", "Бондаренко", "Шмидт", "Высоцкий"},
	scriptLat: {"Seitkali", "Nurbol", "Abenov", "Zhumabayev", "Serikbayev", "Omarov",
		"Tokhtarov", "Kassymov", "Akhmetov", "Sarsenbayev", "Yessenov", "Baizhanov", "Ospanov",
		"Alimzhanov", "Issabekov", "Muratov", "Beketov", "Rakhimov", "Kenzhebekov",
		"Imanbayev", "Serikuly", "Bolatuly"},
}

// org is a college, university or school; name is in kk, ru and en.
type org struct {
	name   [3]string
	region model.Region
	school bool
}

var orgs = []org{
	{[3]string{"Қарағанды индустриялық университеті", "Карагандинский индустриальный университет", "Karaganda Industrial University"}, "karaganda", false},
	{[3]string{"Мұхамеджан Тынышбаев атындағы ALT университеті", "Университет ALT имени Мухамеджана Тынышпаева", "ALT University"}, "almaty", false},
	{[3]string{"Маңғыстау политехникалық колледжі", "Мангистауский политехнический колледж", "Mangystau Polytechnic College"}, "mangystau", false},
	{[3]string{"Л.Н. Гумилев атындағы Еуразия ұлттық университеті", "Евразийский национальный университет им. Л.Н. Гумилёва", "L.N. Gumilyov Eurasian National University"}, "astana", false},
	{[3]string{"Әл-Фараби атындағы Қазақ ұлттық университеті", "Казахский национальный университет им. аль-Фараби", "Al-Farabi Kazakh National University"}, "almaty", false},
	{[3]string{"М. Әуезов атындағы Оңтүстік Қазақстан университеті", "Южно-Казахстанский университет им. М. Ауэзова", "M. Auezov South Kazakhstan University"}, "shymkent", false},
	{[3]string{"Е.А. Бөкетов атындағы Қарағанды университеті", "Карагандинский университет им. Е.А. Букетова", "Buketov Karaganda University"}, "karaganda", false},
	{[3]string{"Торайғыров университеті", "Торайгыров университет", "Toraighyrov University"}, "pavlodar", false},
	{[3]string{"Қорқыт Ата атындағы Қызылорда университеті", "Кызылординский университет им. Коркыт Ата", "Korkyt Ata Kyzylorda University"}, "kyzylorda", false},
	{[3]string{"Х. Досмұхамедов атындағы Атырау университеті", "Атырауский университет им. Х. Досмухамедова", "Kh. Dosmukhamedov Atyrau University"}, "atyrau", false},
	{[3]string{"Қ. Жұбанов атындағы Ақтөбе өңірлік университеті", "Актюбинский региональный университет им. К. Жубанова", "K. Zhubanov Aktobe Regional University"}, "aktobe", false},
	{[3]string{"Шәкәрім университеті", "Университет Шакарима", "Shakarim University"}, "abai", false},
	{[3]string{"С. Аманжолов атындағы Шығыс Қазақстан университеті", "Восточно-Казахстанский университет им. С. Аманжолова", "S. Amanzholov East Kazakhstan University"}, "east_kazakhstan", false},
	{[3]string{"М. Қозыбаев атындағы Солтүстік Қазақстан университеті", "Северо-Казахстанский университет им. М. Козыбаева", "M. Kozybayev North Kazakhstan University"}, "north_kazakhstan", false},
	{[3]string{"А. Байтұрсынов атындағы Қостанай өңірлік университеті", "Костанайский региональный университет им. А. Байтурсынова", "A. Baitursynov Kostanay Regional University"}, "kostanay", false},
	{[3]string{"М.Х. Дулати атындағы Тараз өңірлік университеті", "Таразский региональный университет им. М.Х. Дулати", "M.Kh. Dulaty Taraz Regional University"}, "jambyl", false},
	{[3]string{"І. Жансүгіров атындағы Жетісу университеті", "Жетысуский университет им. И. Жансугурова", "Zhansugurov Zhetysu University"}, "jetisu", false},
	{[3]string{"М. Өтемісов атындағы Батыс Қазақстан университеті", "Западно-Казахстанский университет им. М. Утемисова", "Utemisov West Kazakhstan University"}, "west_kazakhstan", false},
	{[3]string{"Ш. Уәлиханов атындағы Көкшетау университеті", "Кокшетауский университет им. Ш. Уалиханова", "Sh. Ualikhanov Kokshetau University"}, "akmola", false},
	{[3]string{"Қожа Ахмет Ясауи атындағы Халықаралық қазақ-түрік университеті", "Международный казахско-турецкий университет им. Х.А. Ясави", "Khoja Akhmet Yassawi International Kazakh-Turkish University"}, "turkistan", false},
	{[3]string{"Жезқазған университеті", "Жезказганский университет", "Zhezkazgan University"}, "ulytau", false},
	{[3]string{"Астана политехникалық колледжі", "Астанинский политехнический колледж", "Astana Polytechnic College"}, "astana", false},
	{[3]string{"Алматы мемлекеттік политехникалық колледжі", "Алматинский государственный политехнический колледж", "Almaty State Polytechnic College"}, "almaty", false},
	{[3]string{"Шымкент жоғары медициналық колледжі", "Шымкентский высший медицинский колледж", "Shymkent Higher Medical College"}, "shymkent", false},
	{[3]string{"Шымкент гуманитарлық-техникалық колледжі", "Шымкентский гуманитарно-технический колледж", "Shymkent College of Humanities and Technology"}, "shymkent", false},
	{[3]string{"Қарағанды жоғары политехникалық колледжі", "Карагандинский высший политехнический колледж", "Karaganda Higher Polytechnic College"}, "karaganda", false},
	{[3]string{"Павлодар педагогикалық колледжі", "Павлодарский педагогический колледж", "Pavlodar Pedagogical College"}, "pavlodar", false},
	{[3]string{"Ақтау гуманитарлық-техникалық колледжі", "Актауский гуманитарно-технический колледж", "Aktau College of Humanities and Technology"}, "mangystau", false},
	{[3]string{"Түркістан жоғары педагогикалық колледжі", "Туркестанский высший педагогический колледж", "Turkistan Higher Pedagogical College"}, "turkistan", false},
	{[3]string{"Шымкент қаласының №12 жалпы білім беретін мектебі", "Общеобразовательная школа №12 города Шымкент", "Secondary School No. 12, Shymkent"}, "shymkent", true},
	{[3]string{"Астана қаласының №45 мектеп-лицейі", "Школа-лицей №45 города Астаны", "School-Lyceum No. 45, Astana"}, "astana", true},
	{[3]string{"Алматы қаласының №134 гимназиясы", "Гимназия №134 города Алматы", "Gymnasium No. 134, Almaty"}, "almaty", true},
	{[3]string{"Қарағандыдағы химия-биология бағытындағы Назарбаев Зияткерлік мектебі", "Назарбаев Интеллектуальная школа химико-биологического направления г. Караганды", "Nazarbayev Intellectual School of Chemistry and Biology, Karaganda"}, "karaganda", true},
	{[3]string{"Ақтау қаласының №7 мектеп-гимназиясы", "Школа-гимназия №7 города Актау", "School-Gymnasium No. 7, Aktau"}, "mangystau", true},
}

// city is a town whose name can fill a title slot: name is the nominative,
// gen the genitive (kk -ның, ru родительный), loc the locative (kk -да, ru
// предложный after «в»). English uses the name in every slot.
type city struct {
	region model.Region
	name   [3]string
	gen    [3]string
	loc    [3]string
}

func c(region model.Region, kk, kkGen, kkLoc, ru, ruGen, ruLoc, en string) city {
	return city{region, [3]string{kk, ru, en}, [3]string{kkGen, ruGen, en}, [3]string{kkLoc, ruLoc, en}}
}

var cities = []city{
	c("shymkent", "Шымкент", "Шымкенттің", "Шымкентте", "Шымкент", "Шымкента", "Шымкенте", "Shymkent"),
	c("almaty", "Алматы", "Алматының", "Алматыда", "Алматы", "Алматы", "Алматы", "Almaty"),
	c("astana", "Астана", "Астананың", "Астанада", "Астана", "Астаны", "Астане", "Astana"),
	c("karaganda", "Қарағанды", "Қарағандының", "Қарағандыда", "Караганда", "Караганды", "Караганде", "Karaganda"),
	c("karaganda", "Теміртау", "Теміртаудың", "Теміртауда", "Темиртау", "Темиртау", "Темиртау", "Temirtau"),
	c("mangystau", "Ақтау", "Ақтаудың", "Ақтауда", "Актау", "Актау", "Актау", "Aktau"),
	c("mangystau", "Жаңаөзен", "Жаңаөзеннің", "Жаңаөзенде", "Жанаозен", "Жанаозена", "Жанаозене", "Zhanaozen"),
	c("aktobe", "Ақтөбе", "Ақтөбенің", "Ақтөбеде", "Актобе", "Актобе", "Актобе", "Aktobe"),
	c("atyrau", "Атырау", "Атыраудың", "Атырауда", "Атырау", "Атырау", "Атырау", "Atyrau"),
	c("abai", "Семей", "Семейдің", "Семейде", "Семей", "Семея", "Семее", "Semey"),
	c("akmola", "Көкшетау", "Көкшетаудың", "Көкшетауда", "Кокшетау", "Кокшетау", "Кокшетау", "Kokshetau"),
	c("almaty_region", "Қонаев", "Қонаевтың", "Қонаевта", "Конаев", "Конаева", "Конаеве", "Konaev"),
	c("east_kazakhstan", "Өскемен", "Өскеменнің", "Өскеменде", "Усть-Каменогорск", "Усть-Каменогорска", "Усть-Каменогорске", "Oskemen"),
	c("jambyl", "Тараз", "Тараздың", "Таразда", "Тараз", "Тараза", "Таразе", "Taraz"),
	c("jetisu", "Талдықорған", "Талдықорғанның", "Талдықорғанда", "Талдыкорган", "Талдыкоргана", "Талдыкоргане", "Taldykorgan"),
	c("kostanay", "Қостанай", "Қостанайдың", "Қостанайда", "Костанай", "Костаная", "Костанае", "Kostanay"),
	c("kyzylorda", "Қызылорда", "Қызылорданың", "Қызылордада", "Кызылорда", "Кызылорды", "Кызылорде", "Kyzylorda"),
	c("north_kazakhstan", "Петропавл", "Петропавлдың", "Петропавлда", "Петропавловск", "Петропавловска", "Петропавловске", "Petropavl"),
	c("pavlodar", "Павлодар", "Павлодардың", "Павлодарда", "Павлодар", "Павлодара", "Павлодаре", "Pavlodar"),
	c("pavlodar", "Екібастұз", "Екібастұздың", "Екібастұзда", "Экибастуз", "Экибастуза", "Экибастузе", "Ekibastuz"),
	c("turkistan", "Түркістан", "Түркістанның", "Түркістанда", "Туркестан", "Туркестана", "Туркестане", "Turkistan"),
	c("ulytau", "Жезқазған", "Жезқазғанның", "Жезқазғанда", "Жезказган", "Жезказгана", "Жезказгане", "Zhezkazgan"),
	c("west_kazakhstan", "Орал", "Оралдың", "Оралда", "Уральск", "Уральска", "Уральске", "Oral"),
}

// parks and villages fill the {park} and {village} slots.
var parks = [][3]string{
	{"Орталық", "Центральный", "Central"},
	{"Достық", "Достык", "Dostyk"},
	{"Жастар", "Жастар", "Zhastar"},
	{"Арай", "Арай", "Arai"},
	{"Жерұйық", "Жеруйык", "Zheruiyq"},
	{"Ақбұлақ", "Акбулак", "Akbulak"},
	{"Тұлпар", "Тулпар", "Tulpar"},
	{"Ботаникалық", "Ботанический", "Botanical"},
}

var villages = [][3]string{
	{"Ақсу", "Аксу", "Aksu"},
	{"Қарасу", "Карасу", "Karasu"},
	{"Көктал", "Коктал", "Koktal"},
	{"Бесқарағай", "Бескарагай", "Beskaragai"},
	{"Жаңатұрмыс", "Жанатурмыс", "Zhanaturmys"},
	{"Ақжар", "Акжар", "Akzhar"},
	{"Қайнар", "Кайнар", "Kainar"},
	{"Береке", "Береке", "Bereke"},
	{"Бірлік", "Бирлик", "Birlik"},
	{"Талапты", "Талапты", "Talapty"},
	{"Шұбаркөл", "Шубарколь", "Shubarkol"},
	{"Жұлдыз", "Жулдыз", "Zhuldyz"},
}

// regionWeight makes big cities and populous regions come up more often.
var regionWeight = map[model.Region]int{
	"almaty": 12, "astana": 9, "shymkent": 9, "turkistan": 8, "almaty_region": 7,
	"karaganda": 6, "jambyl": 6, "aktobe": 5, "east_kazakhstan": 4, "kyzylorda": 4,
	"mangystau": 4, "pavlodar": 4, "kostanay": 4, "akmola": 4, "jetisu": 4,
	"atyrau": 3, "north_kazakhstan": 3, "west_kazakhstan": 3, "abai": 3, "ulytau": 1,
}

// mobilePrefixes are the operator codes of DOMAIN.md §7; the big operators'
// codes are listed twice so they come up more often.
var mobilePrefixes = []string{
	"700", "701", "701", "702", "702", "705", "706", "707", "707", "708", "747", "747",
	"760", "761", "762", "763", "764", "771", "775", "775", "776", "777", "777", "778", "785",
}

// directionSDGs lists goals that fit each direction, the most fitting first.
var directionSDGs = map[model.Direction][]model.SDG{
	"bilim":       {4, 10, 17, 5},
	"qamqor":      {3, 10, 1},
	"umit":        {1, 2, 10, 16},
	"sabaqtastyq": {4, 10, 16, 1},
	"taza_alem":   {13, 15, 11, 12, 6},
	"saulyq":      {3, 10, 6, 5},
	"asyl_mura":   {11, 4, 16},
	"other":       {17, 11, 15, 8},
}

// directionGroups lists target groups that fit each direction.
var directionGroups = map[model.Direction][]model.TargetGroup{
	"bilim":       {"children", "youth", "parents", "elderly"},
	"qamqor":      {"elderly", "veterans", "disabled"},
	"umit":        {"general_public", "parents", "children"},
	"sabaqtastyq": {"children", "elderly", "veterans", "youth"},
	"taza_alem":   {"general_public", "youth", "children"},
	"saulyq":      {"children", "youth", "disabled", "elderly", "parents"},
	"asyl_mura":   {"youth", "general_public", "children"},
	"other":       {"youth", "animals", "general_public"},
}

// directionWeight is how often each direction comes up.
var directionWeight = map[model.Direction]int{
	"bilim": 18, "qamqor": 14, "umit": 9, "sabaqtastyq": 10,
	"taza_alem": 18, "saulyq": 12, "asyl_mura": 8, "other": 11,
}

// statusWeight: many drafts and consultations, fewer funded or finished ideas.
var statusWeight = map[model.IdeaStatus]int{
	"draft": 24, "consulting": 26, "ready": 10, "submitted": 9, "funded": 6,
	"rejected": 6, "in_progress": 8, "completed": 7, "archived": 4,
}

// purposeWeight is how often visitors come for each purpose.
var purposeWeight = map[model.Purpose]int{
	"project_design": 20, "implementation": 10, "methodology": 8, "funds_use": 6,
	"grant_writing": 12, "project_formalisation": 10, "volunteer_registration": 28, "other": 6,
}

// serviceBias lists the services most asked for at each stage of an idea.
var serviceBias = map[model.IdeaStatus][]model.Service{
	"draft":       {"project_design", "implementation", "funds_use"},
	"consulting":  {"project_design", "methodology", "project_formalisation", "implementation"},
	"ready":       {"project_formalisation", "grant_writing"},
	"submitted":   {"grant_writing", "project_formalisation"},
	"funded":      {"methodology", "implementation"},
	"rejected":    {"grant_writing", "project_formalisation"},
	"in_progress": {"methodology", "implementation", "funds_use"},
	"completed":   {"methodology", "project_formalisation"},
	"archived":    {"project_design", "methodology"},
}
