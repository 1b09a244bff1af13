package model

import (
	"fmt"
	"testing"
)

// TestNormalPhoneFastPath: a phone already in its normal form is given
// back as it is, as the whole normalisation gives it: every three-digit
// code after "+7", and near misses of the form.
func TestNormalPhoneFastPath(t *testing.T) {
	var in []string
	for code := range 1000 {
		in = append(in, fmt.Sprintf("+7%03d1234567", code))
	}
	in = append(in, "+77011234567", "+7701123456", "+770112345678", "+77011234a67", "+87011234567",
		"77011234567+", " +77011234567", "+77011234567 ", "+7701123456\u0661", "＋77011234567")
	fast := 0
	for _, s := range in {
		p, why := NormalizePhone(s)
		wp, wwhy := normalizePhone(s)
		if p != wp || why != wwhy {
			t.Fatalf("NormalizePhone(%q) = %q, %q; the whole normalisation: %q, %q", s, p, why, wp, wwhy)
		}
		if isNormalPhone(s) {
			fast++
		}
	}
	if fast < 20 {
		t.Fatalf("only %d phones took the fast path", fast)
	}
}

// FuzzNormalPhoneFastPath holds NormalizePhone to the whole normalisation.
func FuzzNormalPhoneFastPath(f *testing.F) {
	for _, s := range []string{"+77011234567", "+77001234567", "+77991234567", "+7701123456x", "8 701 123 45 67"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, why := NormalizePhone(s)
		if wp, wwhy := normalizePhone(s); p != wp || why != wwhy {
			t.Fatalf("NormalizePhone(%q) = %q, %q; the whole normalisation: %q, %q", s, p, why, wp, wwhy)
		}
	})
}
