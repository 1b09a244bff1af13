package model

import (
	"strings"
	"testing"
	"time"
)

// TestParseDateStoredForm: a date already in the stored form is read as
// the layouts read it: every day of 1900–2100 and near misses.
func TestParseDateStoredForm(t *testing.T) {
	in := []string{"2023-02-29", "2024-02-29", "2024-02-30", "2024-13-01", "2024-00-10", "2024-01-00",
		"2024-1-01", "0000-01-01", "9999-12-31", "2024-04-31", "2024/01/01", "+024-01-01", "2024-01-0a"}
	for d := time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC); d.Year() <= 2100; d = d.AddDate(0, 0, 1) {
		in = append(in, d.Format(DateLayout))
	}
	for _, s := range in {
		got, why := ParseDate(s)
		want, wwhy := parseDateLayouts(s)
		if got != want || why != wwhy {
			t.Fatalf("ParseDate(%q) = %q, %q; by the layouts %q, %q", s, got, why, want, wwhy)
		}
	}
}

// FuzzParseDateStoredForm holds ParseDate to its layouts.
func FuzzParseDateStoredForm(f *testing.F) {
	for _, s := range []string{"2024-02-29", "2023-02-29", "01.02.2024", "1.2.2024", "2024-12-31"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, why := ParseDate(s)
		if trimmed := strings.TrimSpace(s); trimmed != "" {
			if want, wwhy := parseDateLayouts(trimmed); got != want || why != wwhy {
				t.Fatalf("ParseDate(%q) = %q, %q; by the layouts %q, %q", s, got, why, want, wwhy)
			}
		}
	})
}
