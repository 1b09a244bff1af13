package model

import "time"

// CatalogueLogframe is a catalogue entry's suggested logframe, in the three
// languages: a draft idea takes it in the language of the consultation.
type CatalogueLogframe struct {
	Goal       Label                `json:"goal,omitzero"`
	Objectives []Label              `json:"objectives,omitempty"`
	Results    []Label              `json:"results,omitempty"` // expected results
	Indicators []CatalogueIndicator `json:"indicators,omitempty"`
	Risks      []Label              `json:"risks,omitempty"` // risks and assumptions
}

// Empty reports whether nothing of the suggested logframe is filled in.
func (l *CatalogueLogframe) Empty() bool {
	return l.Goal == (Label{}) && len(l.Objectives) == 0 && len(l.Results) == 0 &&
		len(l.Indicators) == 0 && len(l.Risks) == 0
}

// CatalogueIndicator is a suggested indicator: what to count, in which unit,
// from which baseline to which target, and how the count is proved.
type CatalogueIndicator struct {
	Name         Label   `json:"name"`
	Unit         Label   `json:"unit,omitzero"`
	Baseline     float64 `json:"baseline"`
	Target       float64 `json:"target"`
	Verification Label   `json:"verification,omitzero"` // means of verification
	Objective    int     `json:"objective,omitempty"`   // 1-based objective it measures; 0: the goal
}

// CatalogueLine is a suggested budget line; who pays for it is decided when
// a draft idea is made (ToIdea), from the visitor's own money.
type CatalogueLine struct {
	Item     Label          `json:"item"`
	Category BudgetCategory `json:"category"`
	Quantity int            `json:"quantity"`
	UnitKZT  Tenge          `json:"unit_kzt"`
}

// Total is quantity × unit cost (see BudgetLine.Total).
func (b CatalogueLine) Total() Tenge {
	return BudgetLine{Quantity: b.Quantity, UnitKZT: b.UnitKZT}.Total()
}

// BudgetTotal is the sum of the suggested budget lines.
func (c *CatalogueEntry) BudgetTotal() Tenge {
	var sum Tenge
	for _, b := range c.Budget {
		sum += b.Total()
	}
	return sum
}

// ToIdea makes a draft idea from the entry in lang: title, summary, direction,
// SDGs and target groups copied, the logframe and the budget prefilled. funds
// is the visitor's own money: budget lines it covers in full, in the entry's
// order, are co-funding; the rest is asked of a grant, and their sum is the
// requested grant (BudgetKZT), never 0 ₸ when the entry has a priced line. The caller sets the
// region, the applicant and anything else it knows; the envelope is empty.
func (c *CatalogueEntry) ToIdea(lang Lang, now time.Time, funds Tenge) *Idea {
	i := &Idea{
		Title:          c.Title.In(lang),
		Summary:        c.Description.In(lang),
		Direction:      c.Direction,
		Status:         StatusDraft,
		SDGs:           append([]SDG(nil), c.SDGs...),
		CatalogueID:    c.ID,
		FundsAvailable: max(funds, 0),
		CreatedAt:      now.UTC(),
	}
	if len(c.Regions) == 1 {
		i.Region = c.Regions[0]
	}
	for _, g := range c.TargetGroups {
		i.TargetGroups = append(i.TargetGroups, Reach{Group: g})
	}
	lf := &i.Logframe
	lf.Goal = c.Logframe.Goal.In(lang)
	for _, o := range c.Logframe.Objectives {
		lf.Objectives = append(lf.Objectives, Objective{Text: o.In(lang)})
	}
	for _, st := range c.Steps {
		lf.Activities = append(lf.Activities, Activity{Text: st.In(lang)})
	}
	for _, r := range c.Logframe.Results {
		lf.Results = append(lf.Results, r.In(lang))
	}
	for _, in := range c.Logframe.Indicators {
		obj := in.Objective
		if obj < 0 || obj > len(lf.Objectives) {
			obj = 0
		}
		lf.Indicators = append(lf.Indicators, Indicator{
			Name: in.Name.In(lang), Unit: in.Unit.In(lang), Baseline: in.Baseline, Target: in.Target,
			Verification: in.Verification.In(lang), Objective: obj,
		})
	}
	for _, r := range c.Logframe.Risks {
		lf.Risks = append(lf.Risks, r.In(lang))
	}
	left := max(funds, 0)
	var grant Tenge
	for _, b := range c.Budget {
		line := BudgetLine{Item: b.Item.In(lang), Category: b.Category, Quantity: b.Quantity, UnitKZT: b.UnitKZT,
			Source: SourceGrant}
		if t := line.Total(); t <= left {
			line.Source, left = SourceCofunding, left-t
		} else {
			grant += t
		}
		i.Budget = append(i.Budget, line)
	}
	// A draft is a grant application: when the visitor's money would pay
	// for every line, the dearest line is still asked of the grant, so the
	// application asks for more than 0 ₸ and the money co-funds the rest.
	if grant == 0 {
		k := -1
		for n, l := range i.Budget {
			if l.Total() > 0 && (k < 0 || l.Total() > i.Budget[k].Total()) {
				k = n
			}
		}
		if k >= 0 {
			i.Budget[k].Source, grant = SourceGrant, i.Budget[k].Total()
		}
	}
	i.BudgetKZT = grant // the grant to ask for: what the visitor's money does not cover
	return i
}

func (es *FieldErrors) checkCatalogueLogframe(l *CatalogueLogframe) {
	const field = "logframe"
	if es.checkLabel(field, l.Goal, true) {
		return
	}
	for _, ls := range [][]Label{l.Objectives, l.Results, l.Risks} {
		for _, x := range ls {
			if es.checkLabel(field, x, true) {
				return
			}
		}
	}
	for _, in := range l.Indicators {
		if in.Name == (Label{}) {
			es.add(field, ReasonRequired)
			return
		}
		if es.checkLabel(field, in.Name, false) || es.checkLabel(field, in.Unit, false) ||
			es.checkLabel(field, in.Verification, true) {
			return
		}
		if in.Objective < 0 || in.Objective > len(l.Objectives) {
			es.add(field, ReasonBadRef)
			return
		}
	}
}

func (es *FieldErrors) checkCatalogueBudget(lines []CatalogueLine) {
	const field = "budget"
	var sum Tenge
	for _, b := range lines {
		if b.Item == (Label{}) {
			es.add(field, ReasonRequired)
			return
		}
		if es.checkLabel(field, b.Item, false) {
			return
		}
		switch {
		case !b.Category.Valid():
			es.add(field, ReasonUnknownCode)
			return
		case b.Quantity <= 0 || b.UnitKZT < 0:
			es.add(field, ReasonNegative)
			return
		case b.Quantity > MaxQuantity || b.Total() > MaxTenge:
			es.add(field, ReasonTooLarge)
			return
		}
		if sum += b.Total(); sum > MaxTenge {
			es.add(field, ReasonTooLarge)
			return
		}
	}
}
