package catalogue

import "frontoffice/model"

// The shipped entries are Go data, one function per area (builtin_*.go), so
// the compiler checks codes and a test checks every text in kk, ru and en.
// Their order is fixed: an entry's id is its position (builtinID), so new
// entries go at the end of entries().
func entries() []*model.CatalogueEntry {
	var out []*model.CatalogueEntry
	out = append(out, environment()...)
	out = append(out, education()...)
	out = append(out, care()...)
	out = append(out, healthHeritage()...)
	return out
}

// l is a label in Kazakh, Russian and English.
func l(kk, ru, en string) model.Label { return model.Label{KK: kk, RU: ru, EN: en} }

// ls is a list of labels.
func ls(x ...model.Label) []model.Label { return x }

// ind is a suggested indicator.
func ind(name, unit model.Label, baseline, target float64, ver model.Label, objective int) model.CatalogueIndicator {
	return model.CatalogueIndicator{Name: name, Unit: unit, Baseline: baseline, Target: target,
		Verification: ver, Objective: objective}
}

// line is a suggested budget line.
func line(item model.Label, cat model.BudgetCategory, qty int, unit model.Tenge) model.CatalogueLine {
	return model.CatalogueLine{Item: item, Category: cat, Quantity: qty, UnitKZT: unit}
}

// Budget categories, short.
const (
	materials model.BudgetCategory = "materials"
	transport model.BudgetCategory = "transport"
	food      model.BudgetCategory = "food"
	printing  model.BudgetCategory = "printing"
	rent      model.BudgetCategory = "rent"
	services  model.BudgetCategory = "services"
	other     model.BudgetCategory = "other"
)

// Units and means of verification many entries share.
var (
	uPeople   = l("адам", "человек", "people")
	uVolunt   = l("ерікті", "волонтёров", "volunteers")
	uEvents   = l("іс-шара", "мероприятий", "events")
	uLessons  = l("сабақ", "уроков", "lessons")
	uBags     = l("қап", "мешков", "bags")
	uKg       = l("кг", "кг", "kg")
	uBooks    = l("кітап", "книг", "books")
	uFamilies = l("отбасы", "семей", "families")
	uTrees    = l("көшет", "саженцев", "saplings")
	uPercent  = l("%", "%", "%")
	uSessions = l("кездесу", "встреч", "sessions")
	uProjects = l("жоба", "проектов", "projects")
	uPlaces   = l("нысан", "объектов", "sites")

	vPhoto      = l("Фотоесеп және қатысушылар тізімі", "Фотоотчёт и список участников", "Photo report and list of participants")
	vAttendance = l("Қатысу парағы", "Лист посещаемости", "Attendance sheet")
	vAct        = l("Қабылдау-тапсыру актісі", "Акт приёма-передачи", "Handover certificate")
	vLetter     = l("Мекеменің алғыс хаты немесе анықтамасы", "Благодарственное письмо или справка учреждения", "Letter of thanks or note from the institution")
	vSurvey     = l("Қатысушылар сауалнамасының нәтижелері", "Результаты анкетирования участников", "Results of a participants' survey")
	vLog        = l("Еріктілердің жұмыс журналы", "Журнал работы волонтёров", "Volunteers' work log")
	vSocial     = l("Әлеуметтік желідегі жарияланымдар мен қаралым саны", "Публикации в соцсетях и число просмотров", "Social media posts and view counts")
	vTest       = l("Сабаққа дейінгі және кейінгі тест нәтижелері", "Результаты тестов до и после занятий", "Test results before and after the sessions")

	rWeather  = l("Ауа райы қолайсыз болуы мүмкін: резервтік күн белгілеу", "Неблагоприятная погода: назначить запасной день", "Bad weather: set a reserve day")
	rTurnout  = l("Еріктілер аз келуі мүмкін: алдын ала тіркеу және еске салу", "Может прийти мало волонтёров: предварительная запись и напоминание", "Too few volunteers may come: sign-up in advance and a reminder")
	rPermit   = l("Мекеме рұқсат бермеуі мүмкін: келісімді алдын ала алу", "Учреждение может не дать разрешения: согласовать заранее", "The institution may refuse: agree in advance")
	rSafety   = l("Жарақат алу қаупі: қауіпсіздік нұсқамасы және қолғап", "Риск травм: инструктаж по технике безопасности и перчатки", "Risk of injury: a safety briefing and gloves")
	rInterest = l("Қатысушылардың қызығушылығы төмен болуы мүмкін: интерактивті формат", "Низкий интерес участников: интерактивный формат", "Participants may lose interest: an interactive format")
	rPrices   = l("Бағалар өсуі мүмкін: бюджетте 10% қор қалдыру", "Цены могут вырасти: заложить 10% резерва", "Prices may rise: keep a 10% reserve")
)
