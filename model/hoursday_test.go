package model

import "testing"

func hoursOn(id string, d Date, h float64, status HoursStatus) *Hours {
	return &Hours{Envelope: Envelope{ID: id, Kind: KindHours}, Date: d, Hours: h, Status: status}
}

func TestHoursDayReason(t *testing.T) {
	for _, c := range []struct {
		d, today Date
		want     Reason
	}{
		{"2026-02-10", "2026-02-13", ReasonNone},
		{"2026-02-13", "2026-02-13", ReasonNone},
		{"2026-02-14", "2026-02-13", ReasonFutureDate},
		{"2126-02-10", "2026-02-13", ReasonFutureDate},
		{"1999-12-31", "2026-02-13", ReasonTooEarly},
		{"2000-01-01", "2026-02-13", ReasonNone},
	} {
		if got := HoursDayReason(c.d, c.today); got != c.want {
			t.Errorf("HoursDayReason(%s, today %s) = %q, want %q", c.d, c.today, got, c.want)
		}
	}
}

// TestForReview: the case — three verified 24 h entries on one day
// and one dated 2126 — holds them all back; a day of exactly 24 h counts;
// rejected and deleted entries are not part of a day.
func TestForReview(t *testing.T) {
	es := []*Hours{
		hoursOn("a", "2026-02-10", 24, "verified"),
		hoursOn("b", "2026-02-10", 24, "verified"),
		hoursOn("c", "2026-02-10", 24, "verified"),
		hoursOn("d", "2126-02-10", 24, "verified"),
		hoursOn("e", "2026-02-11", 12, "verified"),
		hoursOn("f", "2026-02-11", 12, "pending"),
		hoursOn("g", "2026-02-11", 8, "rejected"),
		hoursOn("h", "2026-02-12", 20, "verified"),
	}
	del := hoursOn("i", "2026-02-12", 10, "verified")
	del.Deleted = true
	es = append(es, del)
	got := ForReview(es, "2026-02-13")
	want := map[string]Reason{"a": ReasonDayOver24, "b": ReasonDayOver24, "c": ReasonDayOver24, "d": ReasonFutureDate}
	if len(got) != len(want) {
		t.Fatalf("ForReview = %v, want %v", got, want)
	}
	for id, r := range want {
		if got[id] != r {
			t.Errorf("%s: %q, want %q", id, got[id], r)
		}
	}
	st := DefaultCreditRules().Standing(Countable(es, "2026-02-13"), 2026)
	if st.Verified != 32 || st.Tier.Amount != 20000 {
		t.Errorf("counted %v h, %v ₸; want 32 h (12 + 20) and 20 000 ₸", st.Verified, st.Tier.Amount)
	}
	if d := OverDays(es); len(d) != 1 || d[0] != "2026-02-10" {
		t.Errorf("OverDays = %v", d)
	}
	if got := DayTotal(es, "2026-02-11", "f"); got != 12 {
		t.Errorf("DayTotal without f = %v, want 12", got)
	}
}
