package model

import "sort"

// Hours that can happen (issue 16). Verified hours are money, so the
// entries of one person — all their offices' together, once the identity
// rules have joined them — must add up to a day a person can live:
//
//   - an entry is for a day from 2000-01-01 to today;
//   - one person has at most 24 hours on one day, in all entries together.
//
// Where an entry is typed (the Hours screens, a CSV file) both rules refuse
// it. Entries from other offices are not refused on import (each office was
// right alone, or its clock was): they are flagged for review, and do not
// count toward the credit until a consultant corrects one of them.

// MaxDayHours is the most hours one person can have on one day.
const MaxDayHours = 24.0

// FirstHoursDay is the earliest day an hours entry may be for.
const FirstHoursDay Date = "2000-01-01"

// HoursDayReason says whether hours may be logged for day d when it is today:
// ReasonNone, ReasonFutureDate or ReasonTooEarly.
func HoursDayReason(d, today Date) Reason {
	switch {
	case d < FirstHoursDay:
		return ReasonTooEarly
	case today != "" && d > today:
		return ReasonFutureDate
	}
	return ReasonNone
}

// counts reports whether an entry takes part in a day's total: a live entry
// that is not rejected.
func counts(h *Hours) bool { return h != nil && !h.Deleted && h.Status != "rejected" }

// DayTotal is the hours of entries on day d, leaving out the entry with id
// except (the one being edited).
func DayTotal(entries []*Hours, d Date, except string) float64 {
	total := 0.0
	for _, h := range entries {
		if counts(h) && h.Date == d && h.ID != except {
			total += h.Hours
		}
	}
	return total
}

// ForReview returns, for one person's entries, those that need a
// consultant before they count, and why: every entry of a day whose entries
// together pass MaxDayHours (ReasonDayOver24), and every entry dated before
// FirstHoursDay or after today (ReasonTooEarly, ReasonFutureDate).
func ForReview(entries []*Hours, today Date) map[string]Reason {
	out := map[string]Reason{}
	byDay := map[Date]float64{}
	for _, h := range entries {
		if !counts(h) {
			continue
		}
		if r := HoursDayReason(h.Date, today); r != ReasonNone {
			out[h.ID] = r
			continue
		}
		byDay[h.Date] += h.Hours
	}
	for _, h := range entries {
		if counts(h) && byDay[h.Date] > MaxDayHours {
			if _, ok := out[h.ID]; !ok {
				out[h.ID] = ReasonDayOver24
			}
		}
	}
	return out
}

// Countable is entries without those ForReview holds back, in their order.
func Countable(entries []*Hours, today Date) []*Hours {
	held := ForReview(entries, today)
	if len(held) == 0 {
		return entries
	}
	out := make([]*Hours, 0, len(entries))
	for _, h := range entries {
		if _, ok := held[h.ID]; !ok {
			out = append(out, h)
		}
	}
	return out
}

// OverDays lists the days (sorted) on which entries pass MaxDayHours.
func OverDays(entries []*Hours) []Date {
	byDay := map[Date]float64{}
	for _, h := range entries {
		if counts(h) {
			byDay[h.Date] += h.Hours
		}
	}
	var out []Date
	for d, t := range byDay {
		if t > MaxDayHours {
			out = append(out, d)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}
