package model

import (
	"strings"
)

// Lang is one of the three languages the product speaks.
type Lang string

// The languages, in the order they are offered.
const (
	KK Lang = "kk"
	RU Lang = "ru"
	EN Lang = "en"
)

// Langs lists the supported languages in menu order.
func Langs() []Lang { return []Lang{KK, RU, EN} }

// ParseLang reads a language code or a locale such as "ru_RU.UTF-8".
// It reports false when nothing usable is found.
func ParseLang(s string) (Lang, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	if len(s) >= 2 {
		switch Lang(s[:2]) {
		case KK:
			return KK, true
		case RU:
			return RU, true
		case EN:
			return EN, true
		}
	}
	return EN, false
}

// Label is a word or phrase in each language. Codes are stored; labels are shown.
type Label struct {
	KK string `json:"kk"`
	RU string `json:"ru"`
	EN string `json:"en"`
}

// In returns the label in lang, falling back to English.
func (l Label) In(lang Lang) string {
	switch lang {
	case KK:
		if l.KK != "" {
			return l.KK
		}
	case RU:
		if l.RU != "" {
			return l.RU
		}
	}
	return l.EN
}

// codeTable is the fixed list of values of one code type with their labels.
type codeTable[T ~string] struct {
	order  []T
	labels map[T]Label
}

func newCodeTable[T ~string](rows ...codeRow[T]) codeTable[T] {
	t := codeTable[T]{labels: make(map[T]Label, len(rows))}
	for _, r := range rows {
		t.order = append(t.order, r.code)
		t.labels[r.code] = r.label
	}
	return t
}

type codeRow[T ~string] struct {
	code  T
	label Label
}

func row[T ~string](code T, kk, ru, en string) codeRow[T] {
	return codeRow[T]{code, Label{kk, ru, en}}
}

func (t codeTable[T]) all() []T { return append([]T(nil), t.order...) }

func (t codeTable[T]) valid(c T) bool { _, ok := t.labels[c]; return ok }

func (t codeTable[T]) label(c T, lang Lang) string {
	if l, ok := t.labels[c]; ok {
		return l.In(lang)
	}
	return string(c)
}

// parse accepts the code itself or its label in any language, ignoring case
// and surrounding spaces.
func (t codeTable[T]) parse(s string) (T, bool) {
	s = strings.TrimSpace(s)
	if t.valid(T(s)) {
		return T(s), true
	}
	ls := strings.ToLower(s)
	for _, c := range t.order {
		l := t.labels[c]
		if ls == strings.ToLower(string(c)) || ls == strings.ToLower(l.KK) ||
			ls == strings.ToLower(l.RU) || ls == strings.ToLower(l.EN) {
			return c, true
		}
	}
	var zero T
	return zero, false
}

// Direction is one of the seven directions of volunteering of «Біргеміз», or other.
type Direction string

var directions = newCodeTable(
	row[Direction]("bilim", "Білім", "Білім (образование)", "Bilim (education)"),
	row[Direction]("qamqor", "Қамқор", "Қамқор (забота о пожилых)", "Qamqor (care for the elderly)"),
	row[Direction]("umit", "Үміт", "Үміт (помощь людям в беде)", "Úmit (help in difficulty)"),
	row[Direction]("sabaqtastyq", "Сабақтастық", "Сабақтастық (преемственность поколений)", "Sabaqtastyq (between generations)"),
	row[Direction]("taza_alem", "Таза әлем", "Таза әлем (экология)", "Taza Álem (environment)"),
	row[Direction]("saulyq", "Саулық", "Саулық (здоровье)", "Saúlyq (health)"),
	row[Direction]("asyl_mura", "Асыл мұра", "Асыл мұра (наследие)", "Asyl Mura (heritage)"),
	row[Direction]("other", "Басқа", "Другое", "Other"),
)

// Directions lists every direction in display order.
func Directions() []Direction { return directions.all() }

// Valid reports whether d is a known direction.
func (d Direction) Valid() bool { return directions.valid(d) }

// Label is the direction's name in lang.
func (d Direction) Label(lang Lang) string { return directions.label(d, lang) }

// ParseDirection accepts a code or a label in kk, ru or en.
func ParseDirection(s string) (Direction, bool) { return directions.parse(s) }

// Region is one of the 17 regions and 3 cities of republican significance (2022).
type Region string

var regions = newCodeTable(
	row[Region]("abai", "Абай облысы", "область Абай", "Abai"),
	row[Region]("akmola", "Ақмола облысы", "Акмолинская область", "Akmola"),
	row[Region]("aktobe", "Ақтөбе облысы", "Актюбинская область", "Aktobe"),
	row[Region]("almaty_region", "Алматы облысы", "Алматинская область", "Almaty Region"),
	row[Region]("atyrau", "Атырау облысы", "Атырауская область", "Atyrau"),
	row[Region]("east_kazakhstan", "Шығыс Қазақстан облысы", "Восточно-Казахстанская область", "East Kazakhstan"),
	row[Region]("jambyl", "Жамбыл облысы", "Жамбылская область", "Jambyl"),
	row[Region]("jetisu", "Жетісу облысы", "область Жетісу", "Jetisu"),
	row[Region]("karaganda", "Қарағанды облысы", "Карагандинская область", "Karaganda"),
	row[Region]("kostanay", "Қостанай облысы", "Костанайская область", "Kostanay"),
	row[Region]("kyzylorda", "Қызылорда облысы", "Кызылординская область", "Kyzylorda"),
	row[Region]("mangystau", "Маңғыстау облысы", "Мангистауская область", "Mangystau"),
	row[Region]("north_kazakhstan", "Солтүстік Қазақстан облысы", "Северо-Казахстанская область", "North Kazakhstan"),
	row[Region]("pavlodar", "Павлодар облысы", "Павлодарская область", "Pavlodar"),
	row[Region]("turkistan", "Түркістан облысы", "Туркестанская область", "Turkistan"),
	row[Region]("ulytau", "Ұлытау облысы", "область Ұлытау", "Ulytau"),
	row[Region]("west_kazakhstan", "Батыс Қазақстан облысы", "Западно-Казахстанская область", "West Kazakhstan"),
	row[Region]("astana", "Астана қаласы", "город Астана", "Astana (city)"),
	row[Region]("almaty", "Алматы қаласы", "город Алматы", "Almaty (city)"),
	row[Region]("shymkent", "Шымкент қаласы", "город Шымкент", "Shymkent (city)"),
)

// Regions lists every region in display order.
func Regions() []Region { return regions.all() }

// Valid reports whether r is a known region.
func (r Region) Valid() bool { return regions.valid(r) }

// Label is the region's name in lang.
func (r Region) Label(lang Lang) string { return regions.label(r, lang) }

// ParseRegion accepts a code or a label in kk, ru or en.
func ParseRegion(s string) (Region, bool) { return regions.parse(s) }

// IdeaStatus is where an idea stands on its way from a draft to a finished project.
type IdeaStatus string

var ideaStatuses = newCodeTable(
	row[IdeaStatus]("draft", "Жоба", "Черновик", "Draft"),
	row[IdeaStatus]("consulting", "Кеңес беруде", "Консультирование", "Consulting"),
	row[IdeaStatus]("ready", "Дайын", "Готова", "Ready"),
	row[IdeaStatus]("submitted", "Тапсырылды", "Подана", "Submitted"),
	row[IdeaStatus]("funded", "Қаржыландырылды", "Профинансирована", "Funded"),
	row[IdeaStatus]("rejected", "Қабылданбады", "Отклонена", "Rejected"),
	row[IdeaStatus]("in_progress", "Іске асырылуда", "Реализуется", "In progress"),
	row[IdeaStatus]("completed", "Аяқталды", "Завершена", "Completed"),
	row[IdeaStatus]("archived", "Мұрағатта", "В архиве", "Archived"),
)

// The statuses the program itself sets.
const (
	StatusDraft    IdeaStatus = "draft"
	StatusArchived IdeaStatus = "archived"
)

// IdeaStatuses lists every idea status in the order of an idea's life.
func IdeaStatuses() []IdeaStatus { return ideaStatuses.all() }

// Valid reports whether s is a known status.
func (s IdeaStatus) Valid() bool { return ideaStatuses.valid(s) }

// Label is the status's name in lang.
func (s IdeaStatus) Label(lang Lang) string { return ideaStatuses.label(s, lang) }

// ParseIdeaStatus accepts a code or a label in kk, ru or en.
func ParseIdeaStatus(s string) (IdeaStatus, bool) { return ideaStatuses.parse(s) }

// Service is one of the six published services of a front office (DOMAIN.md §1).
type Service string

var services = newCodeTable(
	row[Service]("project_design", "Ерікті жобасын әзірлеу бойынша кеңес", "Консультация по разработке волонтёрского проекта", "Consulting on developing a volunteer project"),
	row[Service]("implementation", "Әлеуметтік идеяны іске асыру жолдары", "Способы реализации социальной идеи", "Ways to implement a social idea"),
	row[Service]("methodology", "Жобаны жоспарлауға әдістемелік көмек", "Методическая помощь в планировании проекта", "Methodological help in planning a project"),
	row[Service]("funds_use", "Қаражатты әлеуметтік тиімді пайдалану", "Социально эффективное использование средств", "Socially effective use of available funds"),
	row[Service]("grant_writing", "Шағын грантқа өтінім жазуды үйрету", "Обучение написанию заявок на малые гранты", "Teaching small-grant application writing"),
	row[Service]("project_formalisation", "Жобаны рәсімдеу: мақсат, міндет, нәтиже, көрсеткіш", "Оформление проекта: цели, задачи, результаты, индикаторы", "Writing up a project: goals, objectives, results, indicators"),
)

// Services lists the six services in display order.
func Services() []Service { return services.all() }

// Valid reports whether s is a known service.
func (s Service) Valid() bool { return services.valid(s) }

// Label is the service's name in lang.
func (s Service) Label(lang Lang) string { return services.label(s, lang) }

// ParseService accepts a code or a label in kk, ru or en.
func ParseService(s string) (Service, bool) { return services.parse(s) }

// Purpose is why a visitor came to the desk: one of the services, volunteer
// registration, or something else.
type Purpose string

// Purposes that are not services.
const (
	PurposeVolunteer Purpose = "volunteer_registration"
	PurposeOther     Purpose = "other"
)

var purposes = func() codeTable[Purpose] {
	var rows []codeRow[Purpose]
	for _, s := range services.order {
		l := services.labels[s]
		rows = append(rows, codeRow[Purpose]{Purpose(s), l})
	}
	rows = append(rows,
		row(PurposeVolunteer, "Ерікті ретінде тіркелу", "Регистрация волонтёра", "Volunteer registration"),
		row(PurposeOther, "Басқа", "Другое", "Other"))
	return newCodeTable(rows...)
}()

// Purposes lists the visit purposes in display order.
func Purposes() []Purpose { return purposes.all() }

// Valid reports whether p is a known purpose.
func (p Purpose) Valid() bool { return purposes.valid(p) }

// Label is the purpose's name in lang.
func (p Purpose) Label(lang Lang) string { return purposes.label(p, lang) }

// TargetGroup is a group of people (or animals) a project reaches.
type TargetGroup string

var targetGroups = newCodeTable(
	row[TargetGroup]("children", "Балалар", "Дети", "Children"),
	row[TargetGroup]("youth", "Жастар", "Молодёжь", "Youth"),
	row[TargetGroup]("parents", "Ата-аналар", "Родители", "Parents"),
	row[TargetGroup]("elderly", "Қарттар", "Пожилые люди", "Elderly"),
	row[TargetGroup]("veterans", "Ардагерлер", "Ветераны", "Veterans"),
	row[TargetGroup]("disabled", "Мүмкіндігі шектеулі жандар", "Люди с инвалидностью", "People with disabilities"),
	row[TargetGroup]("animals", "Жануарлар", "Животные", "Animals"),
	row[TargetGroup]("general_public", "Жалпы жұртшылық", "Широкая общественность", "General public"),
)

// TargetGroups lists the target groups in display order.
func TargetGroups() []TargetGroup { return targetGroups.all() }

// Valid reports whether g is a known target group.
func (g TargetGroup) Valid() bool { return targetGroups.valid(g) }

// Label is the group's name in lang.
func (g TargetGroup) Label(lang Lang) string { return targetGroups.label(g, lang) }

// ParseTargetGroup accepts a code or a label in kk, ru or en.
func ParseTargetGroup(s string) (TargetGroup, bool) { return targetGroups.parse(s) }

// ConsentMethod is how a person gave consent to store their personal data.
type ConsentMethod string

var consentMethods = newCodeTable(
	row[ConsentMethod]("paper", "Қағаз нысан", "Бумажная форма", "Paper form"),
	row[ConsentMethod]("verbal", "Ауызша", "Устно", "Verbal"),
	row[ConsentMethod]("electronic", "Электронды", "Электронно", "Electronic"),
)

// ConsentMethods lists the ways consent can be given.
func ConsentMethods() []ConsentMethod { return consentMethods.all() }

// Valid reports whether c is a known consent method.
func (c ConsentMethod) Valid() bool { return consentMethods.valid(c) }

// Label is the method's name in lang.
func (c ConsentMethod) Label(lang Lang) string { return consentMethods.label(c, lang) }

// The states of a visit in today's queue.
const (
	VisitWaiting        VisitState = "waiting"
	VisitWithConsultant VisitState = "with_consultant"
	VisitDone           VisitState = "done"
	VisitLeft           VisitState = "left"
)

// VisitState is where a walk-in visitor is in today's queue.
type VisitState string

var visitStates = newCodeTable(
	row[VisitState]("waiting", "Күтуде", "Ожидает", "Waiting"),
	row[VisitState]("with_consultant", "Кеңесшіде", "У консультанта", "With a consultant"),
	row[VisitState]("done", "Қызмет көрсетілді", "Обслужен", "Done"),
	row[VisitState]("left", "Қызметсіз кетті", "Ушёл без обслуживания", "Left without service"),
)

// VisitStates lists the queue states in order.
func VisitStates() []VisitState { return visitStates.all() }

// Valid reports whether v is a known queue state.
func (v VisitState) Valid() bool { return visitStates.valid(v) }

// Label is the state's name in lang.
func (v VisitState) Label(lang Lang) string { return visitStates.label(v, lang) }

// HoursStatus is where a volunteer-hours entry stands: only verified hours count.
type HoursStatus string

var hoursStatuses = newCodeTable(
	row[HoursStatus]("pending", "Тексерілуде", "На проверке", "Pending"),
	row[HoursStatus]("verified", "Расталды", "Подтверждено", "Verified"),
	row[HoursStatus]("rejected", "Қабылданбады", "Отклонено", "Rejected"),
)

// HoursStatuses lists the statuses of an hours entry.
func HoursStatuses() []HoursStatus { return hoursStatuses.all() }

// Valid reports whether h is a known hours status.
func (h HoursStatus) Valid() bool { return hoursStatuses.valid(h) }

// Label is the status's name in lang.
func (h HoursStatus) Label(lang Lang) string { return hoursStatuses.label(h, lang) }

// ParseHoursStatus accepts a code or a label in kk, ru or en.
func ParseHoursStatus(s string) (HoursStatus, bool) { return hoursStatuses.parse(s) }

// SDG is one of the 17 UN Sustainable Development Goals.
type SDG int

var sdgLabels = [18]Label{
	{},
	{"Кедейлікті жою", "Ликвидация нищеты", "No Poverty"},
	{"Аштықты жою", "Ликвидация голода", "Zero Hunger"},
	{"Салауатты өмір және әл-ауқат", "Хорошее здоровье и благополучие", "Good Health and Well-being"},
	{"Сапалы білім", "Качественное образование", "Quality Education"},
	{"Гендерлік теңдік", "Гендерное равенство", "Gender Equality"},
	{"Таза су және санитария", "Чистая вода и санитария", "Clean Water and Sanitation"},
	{"Қолжетімді және таза энергия", "Недорогостоящая и чистая энергия", "Affordable and Clean Energy"},
	{"Лайықты еңбек және экономикалық өсу", "Достойная работа и экономический рост", "Decent Work and Economic Growth"},
	{"Индустрия, инновациялар және инфрақұрылым", "Индустриализация, инновации и инфраструктура", "Industry, Innovation and Infrastructure"},
	{"Теңсіздікті азайту", "Уменьшение неравенства", "Reduced Inequalities"},
	{"Тұрақты қалалар мен елді мекендер", "Устойчивые города и населенные пункты", "Sustainable Cities and Communities"},
	{"Жауапты тұтыну және өндіріс", "Ответственное потребление и производство", "Responsible Consumption and Production"},
	{"Климаттың өзгеруімен күрес", "Борьба с изменением климата", "Climate Action"},
	{"Су астындағы өмір", "Сохранение морских экосистем", "Life Below Water"},
	{"Жердегі өмір", "Сохранение экосистем суши", "Life on Land"},
	{"Бейбітшілік, әділдік және тиімді институттар", "Мир, правосудие и эффективные институты", "Peace, Justice and Strong Institutions"},
	{"Тұрақты даму мақсаттары үшін серіктестік", "Партнерство в интересах устойчивого развития", "Partnerships for the Goals"},
}

// SDGs lists the goals 1 to 17.
func SDGs() []SDG {
	out := make([]SDG, 17)
	for i := range out {
		out[i] = SDG(i + 1)
	}
	return out
}

// Valid reports whether g is one of the goals 1–17.
func (g SDG) Valid() bool { return g >= 1 && g <= 17 }

// Label is the goal's short name in lang.
func (g SDG) Label(lang Lang) string {
	if !g.Valid() {
		return ""
	}
	return sdgLabels[g].In(lang)
}

// BudgetCategory is what a budget line pays for.
type BudgetCategory string

var budgetCategories = newCodeTable(
	row[BudgetCategory]("materials", "Материалдар", "Материалы", "Materials"),
	row[BudgetCategory]("transport", "Көлік", "Транспорт", "Transport"),
	row[BudgetCategory]("food", "Тамақ", "Питание", "Food"),
	row[BudgetCategory]("printing", "Баспа", "Печать", "Printing"),
	row[BudgetCategory]("rent", "Жалға алу", "Аренда", "Rent"),
	row[BudgetCategory]("services", "Қызметтер", "Услуги", "Services"),
	row[BudgetCategory]("other", "Басқа", "Другое", "Other"),
)

// BudgetCategories lists the categories in display order.
func BudgetCategories() []BudgetCategory { return budgetCategories.all() }

// Valid reports whether c is a known category.
func (c BudgetCategory) Valid() bool { return budgetCategories.valid(c) }

// Label is the category's name in lang.
func (c BudgetCategory) Label(lang Lang) string { return budgetCategories.label(c, lang) }

// ParseBudgetCategory accepts a code or a label in kk, ru or en.
func ParseBudgetCategory(s string) (BudgetCategory, bool) { return budgetCategories.parse(s) }

// FundSource is who pays for a budget line.
type FundSource string

// The two sources of a budget line.
const (
	SourceGrant     FundSource = "grant"
	SourceCofunding FundSource = "cofunding"
)

var fundSources = newCodeTable(
	row[FundSource]("grant", "Грант", "Грант", "Grant"),
	row[FundSource]("cofunding", "Қоса қаржыландыру", "Софинансирование", "Co-funding"),
)

// FundSources lists the sources in display order.
func FundSources() []FundSource { return fundSources.all() }

// Valid reports whether s is a known source.
func (s FundSource) Valid() bool { return fundSources.valid(s) }

// Label is the source's name in lang.
func (s FundSource) Label(lang Lang) string { return fundSources.label(s, lang) }
