package model

// CategoryTotal is what a budget spends on one category.
type CategoryTotal struct {
	Category  BudgetCategory
	Grant     Tenge
	Cofunding Tenge
	Total     Tenge
}

// Totals sums a budget: per category (in display order, only categories
// with lines), per source, and in all. Sums stop just above MaxTenge, so
// they never overflow; anything above MaxTenge is a mistake Validate reports.
type Totals struct {
	Categories []CategoryTotal
	Grant      Tenge
	Cofunding  Tenge
	Total      Tenge
}

// addCapped adds b to a, stopping at MaxTenge+1.
func addCapped(a, b Tenge) Tenge {
	if a+b > MaxTenge {
		return MaxTenge + 1
	}
	return a + b
}

// BudgetTotals sums lines.
func BudgetTotals(lines []BudgetLine) Totals {
	var t Totals
	by := map[BudgetCategory]*CategoryTotal{}
	for _, l := range lines {
		n := l.Total()
		c := by[l.Category]
		if c == nil {
			c = &CategoryTotal{Category: l.Category}
			by[l.Category] = c
		}
		if l.Source == SourceCofunding {
			c.Cofunding = addCapped(c.Cofunding, n)
			t.Cofunding = addCapped(t.Cofunding, n)
		} else {
			c.Grant = addCapped(c.Grant, n)
			t.Grant = addCapped(t.Grant, n)
		}
		c.Total = addCapped(c.Total, n)
		t.Total = addCapped(t.Total, n)
	}
	for _, cat := range BudgetCategories() {
		if c := by[cat]; c != nil {
			t.Categories = append(t.Categories, *c)
			delete(by, cat)
		}
	}
	for _, l := range lines { // unknown categories last, in line order
		if c := by[l.Category]; c != nil {
			t.Categories = append(t.Categories, *c)
			delete(by, l.Category)
		}
	}
	return t
}

// WarningCode says what is wrong with a budget; the UI translates it
// (key "budget.warn.<code>") with the warning's amounts.
type WarningCode string

// The budget warnings.
const (
	// WarnOverLimit: the requested grant (Amount) is over the programme's
	// limit (Limit).
	WarnOverLimit WarningCode = "over_limit"
	// WarnCofundingShort: co-funding (Amount) is below what the programme
	// requires (Limit, which is Pct percent of the grant).
	WarnCofundingShort WarningCode = "cofunding_short"
	// WarnCofundingOverFunds: the co-funding lines (Amount) need more than
	// the funds available (Limit).
	WarnCofundingOverFunds WarningCode = "cofunding_over_funds"
	// WarnGrantMismatch: the requested grant (Limit) is not the total of the
	// grant lines (Amount).
	WarnGrantMismatch WarningCode = "grant_mismatch"
)

// WarningCodes lists every warning, so translations can be checked for each.
func WarningCodes() []WarningCode {
	return []WarningCode{WarnOverLimit, WarnCofundingShort, WarnCofundingOverFunds, WarnGrantMismatch}
}

// Warning is one problem with an idea's budget, with the numbers to show.
type Warning struct {
	Code   WarningCode
	Amount Tenge
	Limit  Tenge
	Pct    int
}

// Requested is the grant an idea asks for: BudgetKZT, or the grant lines'
// total when BudgetKZT is not filled in.
func Requested(i *Idea, t Totals) Tenge {
	if i.BudgetKZT > 0 {
		return i.BudgetKZT
	}
	return t.Grant
}

// Check finds what is wrong with an idea's budget against programme p (the
// zero Programme when none is chosen: only the programme-free checks run).
func Check(i *Idea, p Programme) []Warning {
	t := BudgetTotals(i.Budget)
	req := Requested(i, t)
	var out []Warning
	// Over the limit: what is asked for, or what the grant lines add up to,
	// whichever is more.
	if lim := p.LimitIn(i.Year()); lim > 0 && max(req, t.Grant) > lim {
		out = append(out, Warning{Code: WarnOverLimit, Amount: max(req, t.Grant), Limit: lim})
	}
	if p.MinCofundingPct > 0 && req > 0 {
		// whole tenge, rounded up: 20 % of 1 001 ₸ needs 201 ₸.
		need := (min(req, MaxTenge+1)*Tenge(min(p.MinCofundingPct, 1000)) + 99) / 100
		if t.Cofunding < need {
			out = append(out, Warning{Code: WarnCofundingShort, Amount: t.Cofunding, Limit: need, Pct: p.MinCofundingPct})
		}
	}
	if t.Cofunding > i.FundsAvailable {
		out = append(out, Warning{Code: WarnCofundingOverFunds, Amount: t.Cofunding, Limit: i.FundsAvailable})
	}
	if i.BudgetKZT > 0 && len(i.Budget) > 0 && t.Grant != i.BudgetKZT {
		out = append(out, Warning{Code: WarnGrantMismatch, Amount: t.Grant, Limit: i.BudgetKZT})
	}
	return out
}
