package model

import "testing"

func TestBudgetLineTotal(t *testing.T) {
	for _, c := range []struct {
		q    int
		unit Tenge
		want Tenge
	}{
		{3, 1500, 4500},
		{0, 1500, 0},
		{2, -5, 0},
		{MaxQuantity, MaxTenge, MaxTenge + 1}, // capped, never overflows
	} {
		if got := (BudgetLine{Quantity: c.q, UnitKZT: c.unit}).Total(); got != c.want {
			t.Errorf("%d × %d = %d, want %d", c.q, c.unit, got, c.want)
		}
	}
}

func TestIdeaBudgetAndLogframeValidation(t *testing.T) {
	ok := BudgetLine{Item: "Қапшықтар", Category: "materials", Quantity: 10, UnitKZT: 500, Source: SourceGrant}
	for _, c := range []struct {
		name   string
		change func(i *Idea)
		field  string
		reason Reason
	}{
		{"good line", func(i *Idea) { i.Budget = []BudgetLine{ok} }, "", ReasonNone},
		{"no item", func(i *Idea) { b := ok; b.Item = ""; i.Budget = []BudgetLine{b} }, "budget", ReasonRequired},
		{"unknown category", func(i *Idea) { b := ok; b.Category = "bribes"; i.Budget = []BudgetLine{b} }, "budget", ReasonUnknownCode},
		{"zero quantity", func(i *Idea) { b := ok; b.Quantity = 0; i.Budget = []BudgetLine{b} }, "budget", ReasonNegative},
		{"absurd", func(i *Idea) { b := ok; b.Quantity, b.UnitKZT = MaxQuantity, MaxTenge; i.Budget = []BudgetLine{b} }, "budget", ReasonTooLarge},
		{"sum too large", func(i *Idea) {
			b := ok
			b.Quantity, b.UnitKZT = 1, MaxTenge
			i.Budget = []BudgetLine{b, b}
		}, "budget", ReasonTooLarge},
		{"activity ends before it starts", func(i *Idea) {
			i.Logframe.Activities = []Activity{{Text: "x", Start: "2026-05-02", End: "2026-05-01"}}
		}, "logframe", ReasonMismatch},
		{"indicator of a missing objective", func(i *Idea) {
			i.Logframe.Indicators = []Indicator{{Name: "қатысушылар", Objective: 2}}
		}, "logframe", ReasonBadRef},
		{"negative funds", func(i *Idea) { i.FundsAvailable = -1 }, "funds_available", ReasonNegative},
	} {
		i := validIdea()
		c.change(i)
		fe, _ := AsFieldErrors(i.Validate())
		if c.reason == ReasonNone {
			if len(fe) != 0 {
				t.Errorf("%s: %v", c.name, fe)
			}
			continue
		}
		if fe.For(c.field) != c.reason {
			t.Errorf("%s: %v, want %s %s", c.name, fe, c.field, c.reason)
		}
	}
}
