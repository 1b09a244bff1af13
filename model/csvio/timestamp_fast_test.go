package csvio

import (
	"testing"
	"time"
)

// TestParseTimestampFast: export's own form of a time is read as
// time.Parse reads it: every hour of four years (a leap day among them)
// and near misses.
func TestParseTimestampFast(t *testing.T) {
	in := []string{"2023-02-29T10:00:00Z", "2024-02-29T23:59:59Z", "2024-02-30T00:00:00Z", "2024-13-01T00:00:00Z",
		"2024-01-01T24:00:00Z", "2024-01-01T23:60:00Z", "2024-01-01T23:00:60Z", "2024-01-01T23:00:00+05:00",
		"2024-01-01 23:00:00Z", "2024-01-01T23:00:00z", "0000-01-01T00:00:00Z", "2024-00-01T00:00:00Z",
		"2024-01-00T00:00:00Z", "2024-01-01T23:00:0aZ", "2024-06-31T12:00:00Z"}
	for d := time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC); d.Year() < 2027; d = d.Add(time.Hour + 61*time.Second) {
		in = append(in, d.Format("2006-01-02T15:04:05Z"))
	}
	fast := 0
	for _, s := range in {
		got, ok := parseTimestamp(s)
		want, wok := parseTimestampAny(s)
		if got != want || ok != wok {
			t.Fatalf("parseTimestamp(%q) = %v, %v; time.Parse's way %v, %v", s, got, ok, want, wok)
		}
		if _, f := parseUTCSecond(s); f {
			fast++
		}
	}
	if fast < 1000 {
		t.Fatalf("only %d times took the fast path", fast)
	}
}

// FuzzParseTimestampFast holds parseTimestamp to time.Parse's way.
func FuzzParseTimestampFast(f *testing.F) {
	for _, s := range []string{"2024-02-29T23:59:59Z", "2023-02-29T10:00:00Z", "2024-01-01T24:00:00Z", "2024-01-01"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, ok := parseTimestamp(s)
		if want, wok := parseTimestampAny(s); got != want || ok != wok {
			t.Fatalf("parseTimestamp(%q) = %v, %v; time.Parse's way %v, %v", s, got, ok, want, wok)
		}
	})
}

// TestYesNoExportWords: the words export writes in the consent column are
// read without folding them as folding them reads them.
func TestYesNoExportWords(t *testing.T) {
	for s, want := range map[string]bool{"yes": true, "no": false} {
		if f := fold(s); yesWords[f] != want || noWords[f] == want {
			t.Fatalf("%q folds to %q (yes %v, no %v)", s, f, yesWords[f], noWords[f])
		}
		if v, ok := parseYesNo(s); !ok || v != want {
			t.Fatalf("parseYesNo(%q) = %v, %v", s, v, ok)
		}
	}
}
