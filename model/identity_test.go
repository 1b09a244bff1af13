package model

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

// testIIN makes a valid IIN for someone born 2000-01-dd with serial n.
func testIIN(t testing.TB, day, n int) string {
	t.Helper()
	for serial := n; serial < n+50; serial++ {
		head := fmt.Sprintf("0001%02d5%04d", day, serial%10000)
		if d, ok := iinCheck(head); ok {
			return head + string(d)
		}
	}
	t.Fatalf("no IIN for day %d serial %d", day, n)
	return ""
}

func TestIdentityRules(t *testing.T) {
	x, y := testIIN(t, 1, 10), testIIN(t, 2, 20)
	const p1, p2 = "+77015551234", "+77015559999"
	for _, c := range []struct {
		name string
		a, b IdentityKey
		want Likeness
	}{
		{"same IIN, other phones", IdentityKey{ID: "a", IIN: x, Phone: p1}, IdentityKey{ID: "b", IIN: x, Phone: p2}, SamePerson},
		{"same IIN, no phones", IdentityKey{ID: "a", IIN: x}, IdentityKey{ID: "b", IIN: x}, SamePerson},
		{"same phone, no IINs", IdentityKey{ID: "a", Phone: p1}, IdentityKey{ID: "b", Phone: p1}, SamePerson},
		{"same phone, one IIN", IdentityKey{ID: "a", Phone: p1, IIN: x}, IdentityKey{ID: "b", Phone: p1}, SamePerson},
		{"same phone, two IINs", IdentityKey{ID: "a", Phone: p1, IIN: x}, IdentityKey{ID: "b", Phone: p1, IIN: y}, PossibleDuplicate},
		{"nothing shared", IdentityKey{ID: "a", Phone: p1, IIN: x}, IdentityKey{ID: "b", Phone: p2, IIN: y}, Unrelated},
		{"no phone either side", IdentityKey{ID: "a", IIN: x}, IdentityKey{ID: "b", IIN: y}, Unrelated},
	} {
		if got := Compare(c.a, c.b); got != c.want {
			t.Errorf("%s: Compare = %v, want %v", c.name, got, c.want)
		}
		if got := Compare(c.b, c.a); got != c.want {
			t.Errorf("%s (other way): Compare = %v, want %v", c.name, got, c.want)
		}
	}
}

func TestIdentityOf(t *testing.T) {
	iin := testIIN(t, 3, 30)
	p := &Person{Envelope: Envelope{ID: "01"}, Phone: "8 701 555 12 34", IIN: iin[:6] + " " + iin[6:]}
	k, ok := IdentityOf(p)
	if !ok || k.Phone != "+77015551234" || k.IIN != iin {
		t.Errorf("IdentityOf = %+v, %v", k, ok)
	}
	p.IIN = iin[:11] + "x"
	if k, _ := IdentityOf(p); k.IIN != "" {
		t.Errorf("an invalid IIN took part: %+v", k)
	}
	for name, q := range map[string]*Person{
		"deleted":   {Envelope: Envelope{ID: "02", Deleted: true}, Phone: "+77015551234"},
		"merged":    {Envelope: Envelope{ID: "03"}, Phone: "+77015551234", MergedInto: "01"},
		"withdrawn": {Envelope: Envelope{ID: "04"}, ConsentWithdrawn: "2026-01-01"},
		"nothing":   {Envelope: Envelope{ID: "05"}, FullName: "Айгерім"},
	} {
		if _, ok := IdentityOf(q); ok {
			t.Errorf("%s: takes part in joining", name)
		}
	}
}

func TestGroupJoinsToTheEarliest(t *testing.T) {
	x, y := testIIN(t, 1, 10), testIIN(t, 2, 20)
	const p1, p2, p3 = "+77015551234", "+77015559999", "+77475550000"
	g := Group([]IdentityKey{
		{ID: "c", Phone: p1},             // c, a, b: one phone, one IIN among them
		{ID: "a", Phone: p1, IIN: x},     //
		{ID: "b", Phone: p2, IIN: x},     // b: a's IIN on another phone
		{ID: "d", Phone: p2},             // d: b's phone → joins through b
		{ID: "e", Phone: p3, IIN: x},     // e: the IIN again
		{ID: "f", Phone: "+77005550000"}, // alone
	})
	want := map[string]string{"b": "a", "c": "a", "d": "a", "e": "a"}
	if !mapsEqual(g.Canonical, want) {
		t.Errorf("Canonical = %v, want %v", g.Canonical, want)
	}
	if len(g.Duplicates) != 0 {
		t.Errorf("Duplicates = %v", g.Duplicates)
	}
	_ = y
}

func TestGroupPhoneUnderTwoIINs(t *testing.T) {
	x, y := testIIN(t, 1, 10), testIIN(t, 2, 20)
	const p1 = "+77015551234"
	g := Group([]IdentityKey{
		{ID: "a", Phone: p1, IIN: x},
		{ID: "b", Phone: p1, IIN: y},
		{ID: "c", Phone: p1},                     // whose? nobody's by this phone
		{ID: "d", Phone: "+77015550000", IIN: y}, // b by IIN
	})
	if want := map[string]string{"d": "b"}; !mapsEqual(g.Canonical, want) {
		t.Errorf("Canonical = %v, want %v", g.Canonical, want)
	}
	if want := [][2]string{{"a", "b"}, {"a", "c"}, {"b", "c"}}; !slices.Equal(g.Duplicates, want) {
		t.Errorf("Duplicates = %v, want %v", g.Duplicates, want)
	}
}

func TestGroupKeptApart(t *testing.T) {
	const p1 = "+77015551234"
	g := Group([]IdentityKey{
		{ID: "a", Phone: p1},
		{ID: "b", Phone: p1, Apart: []string{"a"}},
		{ID: "c", Phone: p1},
	})
	if want := map[string]string{"c": "a"}; !mapsEqual(g.Canonical, want) {
		t.Errorf("Canonical = %v, want %v (b kept apart stands alone)", g.Canonical, want)
	}
	// Kept apart from someone in another group: nothing changes.
	g = Group([]IdentityKey{{ID: "a", Phone: p1}, {ID: "b", Phone: p1, Apart: []string{"z"}}})
	if want := map[string]string{"b": "a"}; !mapsEqual(g.Canonical, want) {
		t.Errorf("Canonical = %v, want %v", g.Canonical, want)
	}
}

// TestGroupProperties: on random people, the outcome does not depend on the
// order of the records or repeats among them; no group holds two IINs; any
// two records with one valid IIN are one person; every group's root is its
// least id.
func TestGroupProperties(t *testing.T) {
	seed := uint64(20261206)
	rng := rand.New(rand.NewPCG(seed, 1))
	t.Logf("seed %d", seed)
	iins := []string{testIIN(t, 1, 10), testIIN(t, 2, 20), testIIN(t, 3, 30), testIIN(t, 4, 40)}
	phones := []string{"+77015550001", "+77015550002", "+77015550003", "+77015550004", "+77015550005"}
	for round := range 500 {
		n := 2 + rng.IntN(9)
		var ks []IdentityKey
		for i := range n {
			k := IdentityKey{ID: fmt.Sprintf("%02d", i)}
			if rng.IntN(3) > 0 {
				k.Phone = phones[rng.IntN(len(phones))]
			}
			if rng.IntN(2) == 0 {
				k.IIN = iins[rng.IntN(len(iins))]
			}
			if rng.IntN(8) == 0 {
				k.Apart = []string{fmt.Sprintf("%02d", rng.IntN(n))}
			}
			ks = append(ks, k)
		}
		g := Group(ks)
		shuffled := slices.Clone(ks)
		rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		shuffled = append(shuffled, shuffled[:rng.IntN(len(shuffled))]...)
		g2 := Group(shuffled)
		if !mapsEqual(g.Canonical, g2.Canonical) || !slices.Equal(g.Duplicates, g2.Duplicates) {
			t.Fatalf("round %d: order changed the outcome:\n%v\n%v\nkeys %+v", round, g, g2, ks)
		}
		root := func(id string) string {
			if r, ok := g.Canonical[id]; ok {
				return r
			}
			return id
		}
		iinOf := map[string]string{}
		for _, k := range ks {
			r := root(k.ID)
			if r > k.ID {
				t.Fatalf("round %d: %s points to a later id %s", round, k.ID, r)
			}
			if _, ok := g.Canonical[r]; ok {
				t.Fatalf("round %d: %s points to %s, which points on", round, k.ID, r)
			}
			if k.IIN == "" {
				continue
			}
			if other, ok := iinOf[r]; ok && other != k.IIN {
				t.Fatalf("round %d: group %s holds two IINs; keys %+v", round, r, ks)
			}
			iinOf[r] = k.IIN
		}
		for _, a := range ks {
			for _, b := range ks {
				if a.IIN != "" && a.IIN == b.IIN && len(a.Apart) == 0 && len(b.Apart) == 0 && root(a.ID) != root(b.ID) {
					t.Fatalf("round %d: %s and %s share an IIN and were not joined; keys %+v", round, a.ID, b.ID, ks)
				}
			}
		}
	}
}

func mapsEqual(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}
