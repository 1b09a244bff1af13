package model

// An anonymous visit is a Visit with no person: a visitor who does not give
// consent to keep their data is still served and counted, with only what
// says nothing about who they are: the purpose, the service given, the
// outcome and an age band. A later registration of that visitor may claim
// the visit (it then names the new person and is no longer anonymous).

// AgeBand is a visitor's age group, kept instead of a birth year when no
// personal data may be kept. The bands follow the rules that depend on age:
// minors, the youth programmes' 18–35, and older.
type AgeBand string

var ageBands = newCodeTable(
	row[AgeBand]("under_18", "18-ге дейін", "до 18", "under 18"),
	row[AgeBand]("18_24", "18–24", "18–24", "18–24"),
	row[AgeBand]("25_35", "25–35", "25–35", "25–35"),
	row[AgeBand]("over_35", "35-тен жоғары", "старше 35", "over 35"),
)

// AgeBands lists the age bands, youngest first.
func AgeBands() []AgeBand { return ageBands.all() }

// Valid reports whether b is a known age band.
func (b AgeBand) Valid() bool { return ageBands.valid(b) }

// Label is the band's name in lang.
func (b AgeBand) Label(lang Lang) string { return ageBands.label(b, lang) }

// Outcome is what came of an anonymous visit.
type Outcome string

var outcomes = newCodeTable(
	row[Outcome]("consulted", "Кеңес берілді", "Проведена консультация", "Consulted"),
	row[Outcome]("informed", "Ақпарат берілді", "Дана информация", "Given information"),
	row[Outcome]("referred", "Басқа жерге жіберілді", "Направлен(а) в другое место", "Referred elsewhere"),
	row[Outcome]("not_served", "Қызмет көрсетілмеді", "Без обслуживания", "Not served"),
)

// Outcomes lists the outcomes in display order.
func Outcomes() []Outcome { return outcomes.all() }

// Valid reports whether o is a known outcome.
func (o Outcome) Valid() bool { return outcomes.valid(o) }

// Label is the outcome's name in lang.
func (o Outcome) Label(lang Lang) string { return outcomes.label(o, lang) }
