package storage_test

import (
	"strings"
	"testing"
	"time"

	"frontoffice/model"
)

// TestWithdrawnConsentTravels: office A keeps a person's earlier revisions
// (with name, phone and IIN); office B withdraws the person's consent; once
// B's bundle reaches A, A's history holds none of their personal data — also
// after older bundles carrying the originals arrive again, and at an office C
// that relays — and all three converge to the same revisions.
func TestWithdrawnConsentTravels(t *testing.T) {
	dir := t.TempDir()
	a, clkA := newStore(t)
	b, clkB := newStore(t)
	c, _ := newStore(t)
	const name, phone = "Айгерім Сейтқали", "+77011110001"
	p := newPerson(name, phone)
	p.IIN = validIIN(t, 7)
	mustCreate(t, a, p)
	clkA.Add(time.Minute)
	p.Organization = "KSIU"
	mustUpdate(t, a, p)
	first, _ := exportTo(t, a, dir, false) // revs 1 and 2, with personal data
	importFile(t, b, first)
	importFile(t, c, first)

	// A edits again; B, not having seen it, withdraws later on.
	clkA.Add(time.Minute)
	p.Notes = "әкесінің телефоны"
	mustUpdate(t, a, p)
	second, _ := exportTo(t, a, dir, false)
	importFile(t, c, second)
	clkB.Add(time.Hour)
	if err := b.WithdrawConsent(p.ID); err != nil {
		t.Fatal(err)
	}
	withdrawal, _ := exportTo(t, b, dir, false)

	personal := func(who string, lines []string) {
		t.Helper()
		for _, l := range lines {
			if strings.Contains(l, phone) || strings.Contains(l, p.IIN) || strings.Contains(l, "Айгерім") || strings.Contains(l, "Сейтқали") || strings.Contains(l, "әкесінің") {
				t.Fatalf("%s still keeps personal data: %s", who, l)
			}
		}
	}
	importFile(t, a, withdrawal)
	personal("A after B's withdrawal", canonicalDump(t, a))
	hist, err := a.History(model.KindPerson, p.ID)
	if err != nil || len(hist) != 3 {
		t.Fatalf("A's history: %d revisions, %v (want revs 1, 2 and its own 3, erased)", len(hist), err)
	}
	for _, h := range hist {
		if hp := h.(*model.Person); hp.ConsentWithdrawn == "" || hp.Phone != "" || hp.IIN != "" {
			t.Fatalf("A's history: %+v", hp)
		}
	}

	// The originals arriving again change nothing and bring nothing back.
	for _, f := range []string{first, second} {
		if sum := importFile(t, a, f); sum.Changed() {
			t.Fatalf("an old bundle changed A after the withdrawal: %+v", sum.Total())
		}
	}
	personal("A after the old bundles again", canonicalDump(t, a))

	// C had the originals; it hears of the withdrawal by A's relay.
	relay, _ := exportTo(t, a, dir, false)
	importFile(t, c, relay)
	personal("C after A's relay", canonicalDump(t, c))

	// Everyone gets everything, twice, in both orders: the same revisions
	// everywhere, none with personal data.
	all := []string{first, second, withdrawal, relay}
	fa, _ := exportTo(t, a, dir, true)
	fb, _ := exportTo(t, b, dir, true)
	fc, _ := exportTo(t, c, dir, true)
	all = append(all, fa, fb, fc)
	for round := range 2 {
		for i := range all {
			f := all[i]
			if round == 1 {
				f = all[len(all)-1-i]
			}
			importFile(t, a, f)
			importFile(t, b, f)
			importFile(t, c, f)
		}
	}
	want := canonicalDump(t, a)
	for n, s := range map[string][]string{"B": canonicalDump(t, b), "C": canonicalDump(t, c)} {
		if !equalLines(s, want) {
			t.Fatalf("%s differs from A (%d vs %d revisions)\n%s", n, len(s), len(want), firstDiff(s, want))
		}
		personal(n, s)
	}
	personal("A", want)
	if len(want) != 4 {
		t.Fatalf("%d revisions, want 4 (revs 1, 2, A's 3, B's withdrawal)", len(want))
	}
}
