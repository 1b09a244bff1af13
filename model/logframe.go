package model

// Logframe is an idea's logical framework: what it aims at, how, and how the
// office will know it worked (DOMAIN.md §1, "goals, objectives, expected
// results, indicators").
type Logframe struct {
	Goal       string      `json:"goal,omitempty"`
	Objectives []Objective `json:"objectives,omitempty"`
	Activities []Activity  `json:"activities,omitempty"`
	Results    []string    `json:"results,omitempty"` // expected results
	Indicators []Indicator `json:"indicators,omitempty"`
	Risks      []string    `json:"risks,omitempty"` // risks and assumptions
}

// Empty reports whether nothing of the logframe is filled in.
func (l *Logframe) Empty() bool {
	return l.Goal == "" && len(l.Objectives) == 0 && len(l.Activities) == 0 && len(l.Results) == 0 &&
		len(l.Indicators) == 0 && len(l.Risks) == 0
}

// Objective is one SMART objective.
type Objective struct {
	Text string `json:"text"`
}

// Activity is planned work, with its dates and who is responsible.
type Activity struct {
	Text        string `json:"text"`
	Start       Date   `json:"start,omitempty"`
	End         Date   `json:"end,omitempty"`
	Responsible string `json:"responsible,omitempty"` // a team member's name
	Objective   int    `json:"objective,omitempty"`   // 1-based objective it serves; 0: none
}

// Indicator measures a result or an objective.
type Indicator struct {
	Name         string  `json:"name"`
	Unit         string  `json:"unit,omitempty"`
	Baseline     float64 `json:"baseline"`
	Target       float64 `json:"target"`
	Actual       float64 `json:"actual"`
	Verification string  `json:"verification,omitempty"` // means of verification
	Objective    int     `json:"objective,omitempty"`    // 1-based objective it measures; 0: the goal
}

// BudgetLine is one line of an idea's budget.
type BudgetLine struct {
	Item     string         `json:"item"`
	Category BudgetCategory `json:"category"`
	Quantity int            `json:"quantity"`
	UnitKZT  Tenge          `json:"unit_kzt"`
	Source   FundSource     `json:"source"`
}

// Total is quantity × unit cost, capped just above MaxTenge so a sum of lines
// cannot overflow.
func (b BudgetLine) Total() Tenge {
	if b.Quantity <= 0 || b.UnitKZT <= 0 {
		return 0
	}
	if b.UnitKZT > (MaxTenge+1)/Tenge(b.Quantity) {
		return MaxTenge + 1
	}
	return Tenge(b.Quantity) * b.UnitKZT
}

// MaxQuantity bounds a budget line's quantity.
const MaxQuantity = 1_000_000

func (es *FieldErrors) checkLogframe(l *Logframe) {
	es.checkMultiline("logframe", l.Goal)
	for _, o := range l.Objectives {
		es.checkMultiline("logframe", o.Text)
	}
	for _, a := range l.Activities {
		es.checkMultiline("logframe", a.Text)
		es.checkText("logframe", a.Responsible, false, maxName)
		es.checkDate("logframe", a.Start, false)
		es.checkDate("logframe", a.End, false)
		if a.Start.Valid() && a.End.Valid() && a.End < a.Start {
			es.add("logframe", ReasonMismatch)
		}
		if a.Objective < 0 || a.Objective > len(l.Objectives) {
			es.add("logframe", ReasonBadRef)
		}
	}
	for _, r := range append(append([]string(nil), l.Results...), l.Risks...) {
		es.checkMultiline("logframe", r)
	}
	for _, in := range l.Indicators {
		es.checkText("logframe", in.Name, true, maxTitle)
		es.checkText("logframe", in.Unit, false, maxName)
		es.checkMultiline("logframe", in.Verification)
		if in.Objective < 0 || in.Objective > len(l.Objectives) {
			es.add("logframe", ReasonBadRef)
		}
	}
}

func (es *FieldErrors) checkBudget(lines []BudgetLine) {
	var sum Tenge
	for _, b := range lines {
		es.checkText("budget", b.Item, true, maxTitle)
		switch {
		case !b.Category.Valid() || !b.Source.Valid():
			es.add("budget", ReasonUnknownCode)
		case b.Quantity <= 0 || b.UnitKZT < 0:
			es.add("budget", ReasonNegative)
		case b.Quantity > MaxQuantity || b.Total() > MaxTenge:
			es.add("budget", ReasonTooLarge)
		}
		if sum += b.Total(); sum > MaxTenge {
			es.add("budget", ReasonTooLarge)
			break
		}
	}
}
