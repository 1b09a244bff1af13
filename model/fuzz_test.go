package model

import (
	"regexp"
	"testing"
)

var normalPhone = regexp.MustCompile(`^\+77\d{9}$`)

func FuzzNormalizePhone(f *testing.F) {
	for _, s := range []string{
		"8 701 123 45 67", "+7 (701) 1234567", "7011234567", "77011234567",
		"+7 708 333 44 55", "87020001122", "8 7212 41 00 00", "+7 495 123 45 67",
		"+7 703 123 45 67", "", "8 701 abc 45 67", "870112345", "+8 701 123 45 67",
		"8\u00a0701\u00a0123\u00a045\u00a067", "++77011234567",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, why := NormalizePhone(s)
		if why != ReasonNone {
			if p != "" {
				t.Fatalf("NormalizePhone(%q) refused (%s) but returned %q", s, why, p)
			}
			if why != ReasonRequired && why != ReasonBadPhone {
				t.Fatalf("NormalizePhone(%q) reason %q", s, why)
			}
			if PhoneDigitsKey(s) != "" {
				t.Fatalf("PhoneDigitsKey(%q) = %q for a refused number", s, PhoneDigitsKey(s))
			}
			return
		}
		if !normalPhone.MatchString(p) {
			t.Fatalf("NormalizePhone(%q) = %q, not +77XXXXXXXXX", s, p)
		}
		if again, why := NormalizePhone(p); again != p || why != ReasonNone {
			t.Fatalf("NormalizePhone(%q) = %q, %q; normalising %q again should not change it", p, again, why, s)
		}
		if k := PhoneDigitsKey(s); k != p[2:] {
			t.Fatalf("PhoneDigitsKey(%q) = %q, want %q", s, k, p[2:])
		}
	})
}

func FuzzValidIIN(f *testing.F) {
	for _, s := range []string{
		"791028302728", "061211600012", "850115400911", "791028302729",
		"791328302728", "790230302728", "791028002728", "791028702728",
		"79102830272", "7910283027280", "79102830272a", "", "000229500000",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		born, dateOK := IINBirthDate(s)
		if !ValidIIN(s) {
			return
		}
		if len(s) != 12 {
			t.Fatalf("ValidIIN(%q) with %d bytes", s, len(s))
		}
		for i := range len(s) {
			if s[i] < '0' || s[i] > '9' {
				t.Fatalf("ValidIIN(%q) with a non-digit", s)
			}
		}
		if !dateOK {
			t.Fatalf("ValidIIN(%q) but IINBirthDate fails", s)
		}
		if y := born.Year(); y < 1800 || y > 2099 {
			t.Fatalf("IINBirthDate(%q) = %v, outside 1800–2099", s, born)
		}
		if got := born.Format("060102"); got != s[:6] {
			t.Fatalf("IINBirthDate(%q) = %v, which is %s, not the IIN's first six digits", s, born, got)
		}
		if d, ok := iinCheck(s[:11]); !ok || d != s[11] {
			t.Fatalf("ValidIIN(%q), but DOMAIN.md §7 gives check digit %c (ok=%v)", s, d, ok)
		}
		if NormalizeIIN(s) != s {
			t.Fatalf("NormalizeIIN(%q) = %q", s, NormalizeIIN(s))
		}
	})
}

func FuzzParseTenge(f *testing.F) {
	for _, s := range []string{
		"50000", "50 000", "50 000 ₸", "50,000", "1 000 000 тг", "0", "abc", "12a",
		"-5", "", "99999999999999", "10 000 000 000", "10 000 000 001", "1,5", ",",
		"50\u00a0000 ₸", "007", "50 000 тенге",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, why := ParseTenge(s)
		if why != ReasonNone {
			if v != 0 {
				t.Fatalf("ParseTenge(%q) refused (%s) but returned %d", s, why, int64(v))
			}
			switch why {
			case ReasonRequired, ReasonBadNumber, ReasonNegative, ReasonTooLarge:
			default:
				t.Fatalf("ParseTenge(%q) reason %q", s, why)
			}
			return
		}
		if v < 0 || v > MaxTenge {
			t.Fatalf("ParseTenge(%q) = %d, outside 0..MaxTenge", s, int64(v))
		}
		back, why := ParseTenge(v.String())
		if back != v || why != ReasonNone {
			t.Fatalf("ParseTenge(%q) = %d; ParseTenge(%q) = %d, %q", s, int64(v), v.String(), int64(back), why)
		}
	})
}
