package personform

import (
	"testing"
	"time"
)

// TestSplit: what is typed in a search box goes to the field it looks like.
func TestSplit(t *testing.T) {
	for _, c := range []struct{ typed, name, phone, iin string }{
		{"8 701 123 45 67", "", "8 701 123 45 67", ""},
		{"+7 (701) 1234567", "", "+7 (701) 1234567", ""},
		{"8 701", "", "8 701", ""},
		{"791028302728", "", "", "791028302728"},
		{"7910 2830 2728", "", "", "791028302728"},
		{"791028302729", "", "", "791028302729"}, // a mistyped IIN: its field says the check digit is wrong
		{"  Айгерім Сейтқали ", "Айгерім Сейтқали", "", ""},
		{"", "", "", ""},
	} {
		name, phone, iin := Split(c.typed)
		if name != c.name || phone != c.phone || iin != c.iin {
			t.Errorf("Split(%q) = %q, %q, %q; want %q, %q, %q", c.typed, name, phone, iin, c.name, c.phone, c.iin)
		}
	}
}

// TestPersonMinorNeedsGuardian: the rules both forms share.
func TestPersonMinorNeedsGuardian(t *testing.T) {
	now := time.Date(2026, 11, 22, 10, 0, 0, 0, time.UTC)
	v := Fresh("Дана", "karaganda", "2026-11-22")
	v.BirthYear, v.Consent = "2012", true
	_, fe := v.Person(nil, nil, now)
	for _, f := range []string{"guardian_name", "guardian_phone", "guardian_consent"} {
		if fe.For(f) == "" {
			t.Errorf("a minor without a guardian: no problem on %s (%v)", f, fe)
		}
	}
	v.GuardianName, v.GuardianPhone, v.GuardianConsent = "Гүлнар", "8 701 333 44 55", true
	p, fe := v.Person(nil, nil, now)
	if len(fe) > 0 || p.GuardianPhone != "+77013334455" || p.ConsentAt != "2026-11-22" {
		t.Fatalf("a minor with a guardian: %v %+v", fe, p)
	}
	v.Consent = false
	if _, fe := v.Person(nil, nil, now); fe.For("consent") == "" {
		t.Errorf("no consent accepted: %v", fe)
	}
}
