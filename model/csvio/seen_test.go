package csvio

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"frontoffice/model"
)

// TestSeenKeysOneToOne: seen answers as a map by the values' text would:
// values that differ in a "+", a leading zero, their length, a digit, the
// case of an id or anything else never meet, and each value finds its own
// line again.
func TestSeenKeysOneToOne(t *testing.T) {
	vals := []string{"", "+", "0", "00", "+0", "+00", "7", "+7", "07", "+07", "1", "10", "01",
		"99999999999999999", "999999999999999999", "+99999999999999999", "100000000000000000",
		"+77011234567", "77011234567", "+7701123456", "077011234567", "050826572783", "50826572783",
		"12345678901234567", "012345678901234567", "a", "+a", "7a", "+77011234567 ", " 77011234567",
		"0197451e-357a-7e7a-a248-12384960c7e6", "0197451E-357A-7E7A-A248-12384960C7E6",
		"0197451e-357a-7e7a-a248-12384960c7e7", "0197451e357a7e7aa24812384960c7e6",
		"0197451e-357a-7e7a-a248-12384960c7e", "00000000-0000-0000-0000-000000000000"}
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		switch r.IntN(3) {
		case 0:
			vals = append(vals, fmt.Sprintf("+7%010d", r.Int64N(1e10)))
		case 1:
			n := 1 + r.IntN(19)
			var b strings.Builder
			if r.IntN(2) == 0 {
				b.WriteByte('+')
			}
			for range n {
				b.WriteByte(byte('0' + r.IntN(10)))
			}
			vals = append(vals, b.String())
		default:
			vals = append(vals, model.NewID())
		}
	}
	s, want := newSeen(), map[string]int{}
	for i, v := range vals {
		gl, gok := s.line(v)
		wl, wok := want[v]
		if gl != wl || gok != wok {
			t.Fatalf("%q before it is taken: line %d, %v; by its text %d, %v", v, gl, gok, wl, wok)
		}
		s.take(v, i+1)
		want[v] = i + 1
	}
	for v, wl := range want {
		if gl, ok := s.line(v); !ok || gl != wl {
			t.Fatalf("%q: line %d, %v; want %d", v, gl, ok, wl)
		}
	}
	if len(s.nums) == 0 || len(s.ids) == 0 || len(s.other) == 0 {
		t.Fatalf("numbers %d, ids %d, other %d: each kind of key should be used", len(s.nums), len(s.ids), len(s.other))
	}
}

// FuzzSeenKeysOneToOne: two values meet in seen only when they are the
// same text.
func FuzzSeenKeysOneToOne(f *testing.F) {
	f.Add("+77011234567", "77011234567")
	f.Add("050826572783", "50826572783")
	f.Add("0197451e-357a-7e7a-a248-12384960c7e6", "0197451E-357A-7E7A-A248-12384960C7E6")
	f.Fuzz(func(t *testing.T, a, b string) {
		s := newSeen()
		s.take(a, 1)
		if _, ok := s.line(b); ok != (a == b) {
			t.Fatalf("%q taken: %q found %v", a, b, ok)
		}
	})
}

// FuzzPackIDAsValidID: packID takes exactly the ids model.ValidID takes.
func FuzzPackIDAsValidID(f *testing.F) {
	f.Add("0197451e-357a-7e7a-a248-12384960c7e6")
	f.Add("0197451E-357A-7E7A-A248-12384960C7E6")
	f.Add("0197451e-357a-7e7a-a248-12384960c7eg")
	f.Add("0197451e0357a-7e7a-a248-12384960c7e6")
	f.Fuzz(func(t *testing.T, v string) {
		if _, ok := packID(v); ok != model.ValidID(v) {
			t.Fatalf("packID(%q) took it %v, ValidID %v", v, ok, model.ValidID(v))
		}
	})
}
