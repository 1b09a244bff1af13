package model

import (
	"math"
	"strings"
	"testing"
)

func TestTengeString(t *testing.T) {
	tests := []struct {
		in   Tenge
		want string
	}{
		{0, "0 ₸"},
		{1, "1 ₸"},
		{12, "12 ₸"},
		{999, "999 ₸"},
		{1000, "1 000 ₸"},
		{9999, "9 999 ₸"},
		{50000, "50 000 ₸"},
		{100000, "100 000 ₸"},
		{999999, "999 999 ₸"},
		{1000000, "1 000 000 ₸"},
		{1234567, "1 234 567 ₸"},
		{MaxTenge, "10 000 000 000 ₸"},
		{-1, "-1 ₸"},
		{-999, "-999 ₸"},
		{-1000, "-1 000 ₸"},
		{-50000, "-50 000 ₸"},
		{-123456, "-123 456 ₸"},
		{-1000000, "-1 000 000 ₸"},
		{math.MaxInt64, "9 223 372 036 854 775 807 ₸"},
		{math.MinInt64, "-9 223 372 036 854 775 808 ₸"},
	}
	for _, tt := range tests {
		// The spaces inside a sum do not break (issue 20 item 16).
		tt.want = strings.ReplaceAll(tt.want, " ", NoBreak)
		if got := tt.in.String(); got != tt.want {
			t.Errorf("Tenge(%d).String() = %q, want %q", int64(tt.in), got, tt.want)
		}
	}
}

func TestGroupDigits(t *testing.T) {
	tests := map[int64]string{
		0:        "0",
		7:        "7",
		100:      "100",
		1000:     "1 000",
		10000:    "10 000",
		-10000:   "-10 000",
		-100:     "-100",
		12345678: "12 345 678",
	}
	for in, want := range tests {
		if got := GroupDigits(in); got != want {
			t.Errorf("GroupDigits(%d) = %q, want %q", in, got, want)
		}
	}
}

func TestParseTenge(t *testing.T) {
	tests := []struct {
		in   string
		want Tenge
		why  Reason
	}{
		{"50000", 50000, ReasonNone},
		{"50 000", 50000, ReasonNone},
		{"50 000 ₸", 50000, ReasonNone},
		{"50000₸", 50000, ReasonNone},
		{"50,000", 50000, ReasonNone},
		{"1,000,000", 1000000, ReasonNone},
		{"1 000 000 тг", 1000000, ReasonNone},
		{"1 000 000 тг.", 1000000, ReasonNone},
		{"50000тг", 50000, ReasonNone},
		{"50 000 KZT", 50000, ReasonNone},
		{"50 000 kzt", 50000, ReasonNone},
		{"50 000 тенге", 50000, ReasonNone},
		{"50 000 теңге", 50000, ReasonNone},
		{"50 000 tenge", 50000, ReasonNone},
		{"50\u00a0000\u00a0₸", 50000, ReasonNone}, // no-break spaces, as copied from a document
		{"50\u202f000", 50000, ReasonNone},        // narrow no-break space
		{"50'000", 50000, ReasonNone},
		{"50_000", 50000, ReasonNone},
		{"  7  ", 7, ReasonNone},
		{"0", 0, ReasonNone},
		{"000", 0, ReasonNone},
		{"0 ₸", 0, ReasonNone},
		{"007", 7, ReasonNone},
		{"999", 999, ReasonNone},
		{"10 000 000 000", MaxTenge, ReasonNone},
		{"000000000000000000001", 1, ReasonNone}, // leading zeros do not count towards size

		{"", 0, ReasonRequired},
		{"   ", 0, ReasonRequired},
		{"₸", 0, ReasonRequired},
		{" тг ", 0, ReasonRequired},
		{"abc", 0, ReasonBadNumber},
		{"12a", 0, ReasonBadNumber},
		{"a12", 0, ReasonBadNumber},
		{"12.5", 0, ReasonBadNumber},
		{"50.000", 0, ReasonBadNumber},
		{"+5", 0, ReasonBadNumber},
		{"5-", 0, ReasonBadNumber},
		{"5 - 6", 0, ReasonBadNumber},
		{"1e6", 0, ReasonBadNumber},
		{"0x10", 0, ReasonBadNumber},
		{"５０", 0, ReasonBadNumber}, // full-width digits
		{"$50", 0, ReasonBadNumber},
		{"50 $", 0, ReasonBadNumber},
		{"50 ₸ ₸", 0, ReasonBadNumber},
		{"\x1b[31m5", 0, ReasonBadNumber},
		// Separators without digits are not an amount.
		{",", 0, ReasonBadNumber},
		{"_", 0, ReasonBadNumber},
		{" , ₸", 0, ReasonBadNumber},
		// A decimal comma is not a thousands separator: "1,5" is not fifteen tenge.
		{"1,5", 0, ReasonBadNumber},
		{"50 000,50", 0, ReasonBadNumber},
		{"50 000,00 ₸", 0, ReasonBadNumber},
		{"50,0000", 0, ReasonBadNumber},
		{"50,", 0, ReasonBadNumber},
		{"-5", 0, ReasonNegative},
		{"-50 000 ₸", 0, ReasonNegative},
		{" -5", 0, ReasonNegative},
		{"-", 0, ReasonNegative},
		{"10 000 000 001", 0, ReasonTooLarge},
		{"99999999999", 0, ReasonTooLarge},
		{"99999999999999", 0, ReasonTooLarge},
		{"99999999999999999999999999", 0, ReasonTooLarge}, // beyond int64
	}
	for _, tt := range tests {
		got, why := ParseTenge(tt.in)
		if got != tt.want || why != tt.why {
			t.Errorf("ParseTenge(%q) = %d, %q; want %d, %q", tt.in, int64(got), why, int64(tt.want), tt.why)
		}
	}
}

func TestParseTengeRoundTrip(t *testing.T) {
	for _, v := range []Tenge{0, 1, 999, 1000, 50000, 1000000, 123456789, MaxTenge} {
		got, why := ParseTenge(v.String())
		if got != v || why != ReasonNone {
			t.Errorf("ParseTenge(%q) = %d, %q; want %d", v.String(), int64(got), why, int64(v))
		}
	}
}

// TestTengeStringReadsBack: a sum as shown, no-break spaces and all, reads
// back as the same amount.
func TestTengeStringReadsBack(t *testing.T) {
	for _, v := range []Tenge{0, 7, 1000, 200000, 41000, MaxTenge} {
		if got, r := ParseTenge(v.String()); r != ReasonNone || got != v {
			t.Errorf("ParseTenge(%q) = %d, %q", v.String(), got, r)
		}
	}
}
