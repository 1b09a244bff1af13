package model

import (
	"math"
	"reflect"
	"testing"
	"time"
)

func line(item string, cat BudgetCategory, q int, unit Tenge, src FundSource) BudgetLine {
	return BudgetLine{Item: item, Category: cat, Quantity: q, UnitKZT: unit, Source: src}
}

func TestBudgetTotals(t *testing.T) {
	lines := []BudgetLine{
		line("bags", "materials", 100, 250, SourceGrant),        // 25 000
		line("gloves", "materials", 40, 1_200, SourceCofunding), // 48 000
		line("bus", "transport", 2, 35_000, SourceGrant),        // 70 000
		line("banner", "printing", 1, 12_500, SourceGrant),      // 12 500
		line("tea", "food", 3, 1_999, SourceCofunding),          // 5 997
		line("nothing", "other", 0, 1_000, SourceGrant),         // 0: no quantity
		line("weird", "unknown_cat", 1, 10, SourceGrant),        // kept, last
	}
	got := BudgetTotals(lines)
	want := Totals{
		Categories: []CategoryTotal{
			{"materials", 25_000, 48_000, 73_000},
			{"transport", 70_000, 0, 70_000},
			{"food", 0, 5_997, 5_997},
			{"printing", 12_500, 0, 12_500},
			{"other", 0, 0, 0},
			{"unknown_cat", 10, 0, 10},
		},
		Grant:     107_510,
		Cofunding: 53_997,
		Total:     161_507,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("BudgetTotals =\n%+v\nwant\n%+v", got, want)
	}
	if got.Grant+got.Cofunding != got.Total {
		t.Errorf("grant + co-funding %d != total %d", got.Grant+got.Cofunding, got.Total)
	}
	if z := BudgetTotals(nil); z.Total != 0 || len(z.Categories) != 0 {
		t.Errorf("empty budget: %+v", z)
	}
}

func TestBudgetTotalsNeverOverflow(t *testing.T) {
	huge := line("x", "materials", math.MaxInt, Tenge(math.MaxInt64), SourceGrant)
	if huge.Total() != MaxTenge+1 {
		t.Fatalf("line total = %d", huge.Total())
	}
	lines := make([]BudgetLine, 1000)
	for i := range lines {
		lines[i] = huge
	}
	lines = append(lines, line("y", "food", MaxQuantity, MaxTenge, SourceCofunding))
	got := BudgetTotals(lines)
	if got.Grant != MaxTenge+1 || got.Cofunding != MaxTenge+1 || got.Total != MaxTenge+1 {
		t.Errorf("totals = %+v, want each capped at MaxTenge+1", got)
	}
	if got.Total <= 0 {
		t.Error("the total wrapped around")
	}
	// The capped total is over MaxTenge, so validation refuses it.
	i := &Idea{Budget: lines[:1]}
	es, _ := AsFieldErrors(i.Validate())
	if es.For("budget") != ReasonTooLarge {
		t.Errorf("budget reason = %q", es.For("budget"))
	}
}

func TestProgrammes(t *testing.T) {
	codes := map[string]bool{}
	for _, p := range (Settings{}).Programmes() {
		if p.Code == "" || codes[p.Code] {
			t.Errorf("bad or duplicate code %q", p.Code)
		}
		codes[p.Code] = true
		for _, l := range Langs() {
			if p.Label(l) == "" || p.Name.KK == "" || p.Name.RU == "" {
				t.Errorf("%s has no name in %s", p.Code, l)
			}
		}
		if q, ok := (Settings{}).ProgrammeByCode(p.Code); !ok || q.Code != p.Code {
			t.Errorf("ProgrammeByCode(%q) = %v, %v", p.Code, q, ok)
		}
	}
	for _, c := range []string{"small_grant", "youth_small_grant", "ngo_state_grant", "eco_small_grant"} {
		if !codes[c] {
			t.Errorf("programme %q missing", c)
		}
	}
	if _, ok := (Settings{}).ProgrammeByCode(""); ok {
		t.Error("empty code found")
	}
	youth, _ := (Settings{}).ProgrammeByCode("youth_small_grant")
	if youth.Limit() != 1_000_000 {
		t.Errorf("youth limit = %d", youth.Limit())
	}
	ngo, _ := (Settings{}).ProgrammeByCode("ngo_state_grant")
	// The budget law's MCI of the application's year (issue 20 item 14).
	if ngo.LimitIn(2025) != 3000*3932 || ngo.LimitIn(2026) != 12_975_000 || ngo.LimitIn(2030) != 3000*4325 || ngo.LimitIn(2020) != 3000*3932 {
		t.Errorf("NGO limit 2025 %d, 2026 %d, want 3000 MCI × 3 932 ₸ and 12 975 000 ₸", ngo.LimitIn(2025), ngo.LimitIn(2026))
	}
	ngo.MCI = 4000 // the setting of issue 6
	if ngo.Limit() != 12_000_000 || ngo.LimitIn(2025) != 12_000_000 {
		t.Errorf("NGO limit with MCI 4 000 = %d", ngo.Limit())
	}
	ngo.MCI = 0
	if ngo.Limit() != 3000*DefaultMCI {
		t.Errorf("NGO limit without an MCI = %d", ngo.Limit())
	}
	if g, _ := (Settings{}).ProgrammeByCode("small_grant"); g.Limit() != 0 {
		t.Errorf("generic small grant has a limit %d", g.Limit())
	}
}

func codesOf(ws []Warning) []WarningCode {
	var out []WarningCode
	for _, w := range ws {
		out = append(out, w.Code)
	}
	return out
}

func TestCheckOverLimit(t *testing.T) {
	youth, _ := (Settings{}).ProgrammeByCode("youth_small_grant")
	i := &Idea{BudgetKZT: 1_240_000, Budget: []BudgetLine{line("tent", "rent", 4, 310_000, SourceGrant)}}
	got := Check(i, youth)
	want := []Warning{{Code: WarnOverLimit, Amount: 1_240_000, Limit: 1_000_000}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Check = %+v, want %+v", got, want)
	}
	i.BudgetKZT, i.Budget[0].Quantity = 1_000_000, 1
	i.Budget[0].UnitKZT = 1_000_000
	if got := Check(i, youth); len(got) != 0 {
		t.Errorf("exactly at the limit: %+v", got)
	}
	// Without a requested amount the grant lines are what is asked.
	i.BudgetKZT, i.Budget[0].UnitKZT = 0, 1_000_001
	if got := codesOf(Check(i, youth)); !reflect.DeepEqual(got, []WarningCode{WarnOverLimit}) {
		t.Errorf("grant lines over the limit: %v", got)
	}
	// No programme, no limit.
	if got := Check(i, Programme{}); len(got) != 0 {
		t.Errorf("no programme: %+v", got)
	}
}

func TestCheckCofundingShort(t *testing.T) {
	eco, _ := (Settings{}).ProgrammeByCode("eco_small_grant")
	i := &Idea{BudgetKZT: 500_000, FundsAvailable: 1_000_000, Budget: []BudgetLine{
		line("seedlings", "materials", 100, 5_000, SourceGrant),
		line("transport", "transport", 1, 300_000, SourceCofunding),
	}}
	got := Check(i, eco)
	want := []Warning{{Code: WarnCofundingShort, Amount: 300_000, Limit: 500_000, Pct: 100}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Check = %+v, want %+v", got, want)
	}
	i.Budget[1].UnitKZT = 500_000
	if got := Check(i, eco); len(got) != 0 {
		t.Errorf("co-funding equal to the grant: %+v", got)
	}
	// Rounding is up, to whole tenge: 20 % of 1 001 ₸ is 200.2, so 201 is needed.
	p := Programme{Code: "x", MinCofundingPct: 20}
	j := &Idea{BudgetKZT: 1_001, FundsAvailable: 1_000, Budget: []BudgetLine{
		line("a", "other", 1, 1_001, SourceGrant), line("b", "other", 1, 200, SourceCofunding)}}
	if got := Check(j, p); !reflect.DeepEqual(got, []Warning{{Code: WarnCofundingShort, Amount: 200, Limit: 201, Pct: 20}}) {
		t.Errorf("200 of 201: %+v", got)
	}
	j.Budget[1].UnitKZT = 201
	if got := Check(j, p); len(got) != 0 {
		t.Errorf("201 of 201: %+v", got)
	}
	// An absurd request does not overflow the share.
	j.BudgetKZT = Tenge(math.MaxInt64)
	for _, w := range Check(j, p) {
		if w.Limit < 0 || w.Amount < 0 {
			t.Errorf("overflowed: %+v", w)
		}
	}
}

func TestCheckCofundingOverFunds(t *testing.T) {
	i := &Idea{FundsAvailable: 30_000, Budget: []BudgetLine{
		line("bags", "materials", 10, 4_000, SourceCofunding),
	}}
	got := Check(i, Programme{})
	want := []Warning{{Code: WarnCofundingOverFunds, Amount: 40_000, Limit: 30_000}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Check = %+v, want %+v", got, want)
	}
	i.FundsAvailable = 40_000
	if got := Check(i, Programme{}); len(got) != 0 {
		t.Errorf("funds just enough: %+v", got)
	}
}

func TestCheckGrantMismatch(t *testing.T) {
	i := &Idea{BudgetKZT: 100_000, Budget: []BudgetLine{
		line("bags", "materials", 10, 4_000, SourceGrant),
		line("tea", "food", 10, 500, SourceCofunding),
	}, FundsAvailable: 5_000}
	got := Check(i, Programme{})
	want := []Warning{{Code: WarnGrantMismatch, Amount: 40_000, Limit: 100_000}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Check = %+v, want %+v", got, want)
	}
	i.BudgetKZT = 40_000
	if got := Check(i, Programme{}); len(got) != 0 {
		t.Errorf("matching: %+v", got)
	}
	// No lines yet: nothing to compare with.
	i.Budget = nil
	if got := Check(i, Programme{}); len(got) != 0 {
		t.Errorf("no lines: %+v", got)
	}
}

func TestCheckIdeaUsesItsProgramme(t *testing.T) {
	i := &Idea{BudgetKZT: 1_240_000, Programme: "youth_small_grant"}
	if got := codesOf(Settings{}.CheckIdea(i)); !reflect.DeepEqual(got, []WarningCode{WarnOverLimit}) {
		t.Errorf("CheckIdea = %v", got)
	}
	i.Programme = "gone"
	if got := (Settings{}).CheckIdea(i); len(got) != 0 {
		t.Errorf("unknown programme: %+v", got)
	}
}

// TestOverLimitCountsTheGrantLines: lines adding up to more than the
// programme gives are over the limit even when the requested amount is not.
func TestOverLimitCountsTheGrantLines(t *testing.T) {
	i := &Idea{BudgetKZT: 250_000, Budget: []BudgetLine{
		{Item: "a", Category: "materials", Quantity: 10, UnitKZT: 5_000, Source: SourceGrant},
		{Item: "b", Category: "services", Quantity: 1, UnitKZT: 2_000_000, Source: SourceGrant},
	}}
	p, _ := (Settings{}).ProgrammeByCode("youth_small_grant")
	var over *Warning
	for _, w := range Check(i, p) {
		if w.Code == WarnOverLimit {
			over = &w
		}
	}
	if over == nil || over.Amount != 2_050_000 || over.Limit != 1_000_000 {
		t.Fatalf("over-limit warning: %+v", over)
	}
}

func TestSetMCIMovesTheStateGrantLimit(t *testing.T) {
	own := Programme{Code: "own_1", MaxMCI: 10}
	st := Settings{MCI: 4000, Office: []Programme{own}}
	if p, _ := st.ProgrammeByCode("own_1"); p.Limit() != 10*4000 {
		t.Fatalf("own programme's limit %d", p.Limit())
	}
	if p, _ := (Settings{MCI: 3000}).ProgrammeByCode("ngo_state_grant"); p.LimitIn(2026) != 3000*3000 {
		t.Fatalf("value's limit %d", p.LimitIn(2026))
	}
	year := time.Now().Year()
	p, _ := st.ProgrammeByCode("ngo_state_grant")
	if p.Limit() != 3000*4000 || st.MCIIn(year) != 4000 {
		t.Fatalf("limit %d with MCI %d", p.Limit(), st.MCIIn(year))
	}
	st = Settings{}
	if st.MCIIn(year) != MCIFor(year) || st.MCI != 0 {
		t.Fatalf("0 should restore the budget law's, got %d", st.MCIIn(year))
	}
	if p, _ := st.ProgrammeByCode("ngo_state_grant"); p.LimitIn(2026) != 12_975_000 {
		t.Fatalf("2026 limit %d", p.LimitIn(2026))
	}
}

// TestMCIByYear: the dated table (DOMAIN.md §8), and a budget checked
// against the MCI of its application's year.
func TestMCIByYear(t *testing.T) {
	for year, want := range map[int]Tenge{2024: 3932, 2025: 3932, 2026: 4325, 2027: 4325} {
		if got := MCIFor(year); got != want {
			t.Errorf("MCIFor(%d) = %v, want %v", year, got, want)
		}
	}
	ngo, _ := (Settings{}).ProgrammeByCode("ngo_state_grant")
	i := &Idea{BudgetKZT: 12_000_000, StartDate: "2025-03-01"} // over 3000 × 3 932 = 11 796 000
	if ws := Check(i, ngo); len(ws) != 1 || ws[0].Code != WarnOverLimit || ws[0].Limit != 11_796_000 {
		t.Errorf("2025: %+v", ws)
	}
	i.StartDate = "2026-03-01" // under 12 975 000
	if ws := Check(i, ngo); len(ws) != 0 {
		t.Errorf("2026: %+v", ws)
	}
	i.StartDate, i.CreatedAt = "", time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	if i.Year() != 2025 {
		t.Errorf("year of an undated idea made in 2025: %d", i.Year())
	}
}
