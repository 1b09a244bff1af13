package model

import (
	"testing"
	"time"
)

func entry(id string, date Date, h float64, status HoursStatus) *Hours {
	x := &Hours{Date: date, Hours: h, Status: status, PersonID: "p"}
	x.ID = id
	if status == "verified" {
		x.VerifiedBy = "N. Popova"
		x.VerifiedAt = time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC).Add(time.Duration(len(id)) * time.Hour)
	}
	return x
}

func TestStandingTiersAndCap(t *testing.T) {
	r := DefaultCreditRules()
	cases := []struct {
		name                   string
		entries                []*Hours
		counted, tierH, toNext float64
		amount                 Tenge
	}{
		{"nothing", nil, 0, 0, 20, 0},
		{"just below 20", []*Hours{entry("a", "2026-02-01", 19.5, "verified")}, 19.5, 0, 0.5, 0},
		{"exactly 20", []*Hours{entry("a", "2026-02-01", 12, "verified"), entry("b", "2026-02-02", 8, "verified")}, 20, 20, 30, 20000},
		{"49.5", []*Hours{entry("a", "2026-02-01", 24, "verified"), entry("b", "2026-02-02", 24, "verified"), entry("c", "2026-02-03", 1.5, "verified")}, 49.5, 20, 0.5, 20000},
		{"50", []*Hours{entry("a", "2026-02-01", 24, "verified"), entry("b", "2026-02-02", 24, "verified"), entry("c", "2026-02-03", 2, "verified")}, 50, 50, 0, 50000},
		{"capped at 70", []*Hours{entry("a", "2026-02-01", 24, "verified"), entry("b", "2026-02-02", 24, "verified"), entry("c", "2026-02-03", 24, "verified"), entry("d", "2026-02-04", 10, "verified")}, 70, 50, 0, 50000},
	}
	for _, c := range cases {
		st := r.Standing(c.entries, 2026)
		if st.Counted != c.counted || st.Tier.Hours != c.tierH || st.Tier.Amount != c.amount || st.ToNext != c.toNext {
			t.Errorf("%s: counted %v tier %v amount %v to next %v; want %v %v %v %v",
				c.name, st.Counted, st.Tier.Hours, st.Tier.Amount, st.ToNext, c.counted, c.tierH, c.amount, c.toNext)
		}
	}
	// 82 verified hours are all in the total but only 70 count.
	st := r.Standing(cases[5].entries, 2026)
	if st.Verified != 82 || st.TotalVerified != 82 {
		t.Errorf("verified %v total %v, want 82", st.Verified, st.TotalVerified)
	}
	// With a cap of 30 the 50-hour tier is out of reach, and Validate says so.
	low := CreditRules{Tiers: r.Tiers, Cap: 30}
	if err := low.Validate(); err == nil {
		t.Error("a cap below the top tier should be refused")
	}
	// No cap: everything counts.
	st = CreditRules{Tiers: r.Tiers}.Standing(cases[5].entries, 2026)
	if st.Counted != 82 || st.Tier.Amount != 50000 {
		t.Errorf("no cap: %+v", st)
	}
}

func TestStandingVerifiedOnly(t *testing.T) {
	r := DefaultCreditRules()
	es := []*Hours{
		entry("a", "2026-02-01", 10, "verified"),
		entry("b", "2026-02-02", 15, "pending"),
		entry("c", "2026-02-03", 24, "rejected"),
		entry("d", "2025-12-31", 24, "verified"), // last year: total only
		entry("e", "2026-02-04", 8, "verified"),
	}
	es[4].Deleted = true
	st := r.Standing(es, 2026)
	if st.Verified != 10 || st.Counted != 10 || st.Tier.Amount != 0 {
		t.Errorf("only this year's live verified hours count: %+v", st)
	}
	if st.Pending != 15 || st.PendingCounted != 15 || st.TierIfVerified.Hours != 20 {
		t.Errorf("pending: %+v", st)
	}
	if st.TotalVerified != 34 || st.TotalPending != 15 {
		t.Errorf("totals: %+v", st)
	}
	// Near the cap only part of the pending hours would count.
	es = []*Hours{entry("a", "2026-01-01", 24, "verified"), entry("b", "2026-01-02", 24, "verified"),
		entry("c", "2026-01-03", 20, "verified"), entry("d", "2026-01-04", 5, "pending")}
	if st := r.Standing(es, 2026); st.PendingCounted != 2 {
		t.Errorf("pending that would count under a cap of 70 with 68 verified: %v, want 2", st.PendingCounted)
	}
}

func TestEditHoursReturnsToPending(t *testing.T) {
	stored := entry("a", "2026-02-01", 10, "verified")
	same := *stored
	if EditHours(stored, &same) || same.Status != "verified" {
		t.Error("an unchanged verified entry keeps its verification")
	}
	edited := *stored
	edited.Hours = 12
	if !EditHours(stored, &edited) || edited.Status != "pending" || edited.VerifiedBy != "" || !edited.VerifiedAt.IsZero() {
		t.Errorf("an edited verified entry goes back to pending: %+v", edited)
	}
	p := entry("b", "2026-02-01", 10, "pending")
	e2 := *p
	e2.Hours = 3
	if EditHours(p, &e2) || e2.Status != "pending" {
		t.Error("a pending entry stays pending")
	}
}

func TestCreditTiersText(t *testing.T) {
	ts, why := ParseCreditTiers("50 = 50 000; 20:20000\n")
	if why != ReasonNone || len(ts) != 2 || ts[0] != (CreditTier{20, 20000}) || ts[1] != (CreditTier{50, 50000}) {
		t.Fatalf("parse: %v %v", ts, why)
	}
	if got := FormatCreditTiers(ts); got != "20 = 20 000; 50 = 50 000" {
		t.Errorf("format: %q", got)
	}
	again, _ := ParseCreditTiers(FormatCreditTiers(ts))
	if len(again) != 2 || again[1] != ts[1] {
		t.Errorf("round trip: %v", again)
	}
	for _, bad := range []string{"", "20", "x = 5", "20 = lots", "20.3 = 100"} {
		if _, why := ParseCreditTiers(bad); why == ReasonNone {
			t.Errorf("%q should be refused", bad)
		}
	}
	if err := (CreditRules{Tiers: []CreditTier{{20, 30000}, {50, 20000}}}).Validate(); err == nil {
		t.Error("a higher tier paying less should be refused")
	}
	if err := DefaultCreditRules().Validate(); err != nil {
		t.Errorf("defaults: %v", err)
	}
}

func TestCertificateCode(t *testing.T) {
	es := []*Hours{entry("a", "2026-02-01", 10, "verified"), entry("bb", "2026-02-02", 12, "verified"), entry("c", "2026-02-03", 3, "pending")}
	code := CertificateCode("office-1", "p", es)
	if len(code) != CodeLen+1 || code[5] != '-' {
		t.Fatalf("code %q", code)
	}
	if n := MatchCertificate(code, "office-1", "p", es); n != 2 {
		t.Errorf("right code matches %d entries, want 2", n)
	}
	// Typed in lower case, without the dash, with O for 0: still found.
	typed := ""
	for _, r := range code {
		switch r {
		case '-':
		case '0':
			typed += "o"
		default:
			typed += string(r | 0x20)
		}
	}
	if MatchCertificate(typed, "office-1", "p", es) != 2 {
		t.Errorf("typed %q not matched", typed)
	}
	if MatchCertificate(code, "office-2", "p", es) != 0 {
		t.Error("another office's store must not confirm the code")
	}
	if MatchCertificate(code, "office-1", "q", es) != 0 {
		t.Error("another person must not match")
	}
	altered := []byte(code)
	if altered[0] == 'A' {
		altered[0] = 'B'
	} else {
		altered[0] = 'A'
	}
	if MatchCertificate(string(altered), "office-1", "p", es) != 0 {
		t.Error("an altered code must not match")
	}
	// An entry verified later: the old certificate still matches its prefix.
	later := entry("dddd", "2026-03-02", 5, "verified")
	if n := MatchCertificate(code, "office-1", "p", append(es, later)); n != 2 {
		t.Errorf("old certificate after a later entry: %d, want 2", n)
	}
	// A covered entry changed: no match.
	es[0].Hours = 11
	if MatchCertificate(code, "office-1", "p", es) != 0 {
		t.Error("a changed entry must break the code")
	}
}

// TestShowHours: people read a decimal comma in Kazakh and Russian and a
// point in English; whole hours have no decimals.
func TestShowHours(t *testing.T) {
	for _, c := range []struct {
		h    float64
		lang Lang
		want string
	}{{1.5, RU, "1,5"}, {1.5, KK, "1,5"}, {1.5, EN, "1.5"}, {4, RU, "4"}, {0.5, EN, "0.5"}} {
		if got := ShowHours(c.h, c.lang); got != c.want {
			t.Errorf("ShowHours(%v, %s) = %q, want %q", c.h, c.lang, got, c.want)
		}
	}
}
