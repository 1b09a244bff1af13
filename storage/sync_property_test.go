package storage_test

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/storage"
)

// office is one simulated office in the property test.
type office struct {
	s   *storage.Store
	clk *clock
}

// TestSyncConverges: several offices make random creates, edits and deletes
// (their clocks days apart), exchange incremental bundles in random orders
// with duplicates and relays; once every bundle has reached every office all
// stores are identical, the conflicts are the same everywhere, every revision
// ever made is in every store, and every store passes its check.
func TestSyncConverges(t *testing.T) {
	seeds := []uint64{1, 2, 3, 4}
	if testing.Short() {
		seeds = seeds[:1]
	}
	for _, seed := range seeds {
		t.Run(fmt.Sprint(seed), func(t *testing.T) { syncProperty(t, seed, 3+int(seed%2), 200) })
	}
}

func syncProperty(t *testing.T, seed uint64, nOffices, steps int) {
	rng := rand.New(rand.NewPCG(seed, 99))
	dir := t.TempDir()
	var offices []*office
	for n := range nOffices {
		// Clocks days apart, as office PCs are.
		clk := newClock(day0.Add(time.Duration(rng.IntN(5*24)-60) * time.Hour))
		s, _ := openStore(t, filepath.Join(dir, fmt.Sprintf("office%d.db", n)), clk)
		s.SetActor(fmt.Sprintf("consultant %d", n))
		offices = append(offices, &office{s: s, clk: clk})
	}
	var ids []struct {
		kind model.Kind
		id   string
	}
	made := map[string]bool{}            // every revision ever made, as its JSON
	withdrawn := map[string]model.Date{} // person id → the day consent was withdrawn
	remember := func(r model.Record) {
		data, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		made[string(data)] = true
	}
	phones := []string{"+77015550001", "+77015550002", "+77015550003", "+77475550004"}
	iins := []string{validIIN(t, 1), validIIN(t, 2), validIIN(t, 3)}
	var bundles []string
	for step := range steps {
		o := offices[rng.IntN(len(offices))]
		o.clk.Add(time.Duration(rng.IntN(90_000)) * time.Millisecond)
		switch op := rng.IntN(10); {
		case op < 3 || len(ids) == 0: // create
			var r model.Record
			switch rng.IntN(3) {
			case 0:
				// One student registered at several desks: phones and IINs
				// from small pools, so offices' records meet (identity.go).
				p := newPerson(fmt.Sprintf("Адам %d", step), "")
				if rng.IntN(3) > 0 {
					p.Phone = phones[rng.IntN(len(phones))]
				}
				if rng.IntN(3) == 0 {
					p.IIN = iins[rng.IntN(len(iins))]
				}
				r = p
			case 1:
				r = newIdea(fmt.Sprintf("Идея %d", step), "draft")
			default:
				// Verified hours for someone this office has.
				if len(ids) == 0 {
					continue
				}
				x := ids[rng.IntN(len(ids))]
				if x.kind != model.KindPerson {
					continue
				}
				if p, err := o.s.Get(x.kind, x.id); err != nil || p.Env().Deleted {
					continue
				}
				h := newHours(x.id, "2026-02-10", float64(1+rng.IntN(8)))
				mustCreate(t, o.s, h)
				if _, err := o.s.VerifyHours(h.ID); err != nil {
					t.Fatalf("step %d: verify: %v", step, err)
				}
				h2, _ := o.s.Get(model.KindHours, h.ID)
				remember(h)
				remember(h2)
				r = nil
			}
			if r == nil {
				continue
			}
			mustCreate(t, o.s, r)
			remember(r)
			ids = append(ids, struct {
				kind model.Kind
				id   string
			}{r.Env().Kind, r.Env().ID})
		case op < 6: // edit something this office has
			x := ids[rng.IntN(len(ids))]
			r, err := o.s.Get(x.kind, x.id)
			if err != nil {
				continue // not here yet
			}
			if _, ok := r.(*model.Person); ok && withdrawn[x.id] == "" && rng.IntN(8) == 0 {
				// Consent withdrawn (once per person): this office erases
				// the person's history, and every office will once the
				// withdrawal reaches it.
				if err := o.s.WithdrawConsent(x.id); err != nil {
					continue // deleted here
				}
				withdrawn[x.id] = model.DateOf(o.clk.Now())
				w, _ := o.s.Get(x.kind, x.id)
				remember(w)
				continue
			}
			switch v := r.(type) {
			case *model.Person:
				v.Notes = fmt.Sprintf("правка %d", step)
				if rng.IntN(2) == 0 {
					v.Organization = fmt.Sprintf("колледж %d", rng.IntN(3))
				}
			case *model.Idea:
				v.Summary = fmt.Sprintf("правка %d", step)
			}
			if err := o.s.Update(r); err != nil {
				t.Fatalf("step %d: update: %v", step, err)
			}
			remember(r)
		case op < 7: // delete
			x := ids[rng.IntN(len(ids))]
			if _, err := o.s.Get(x.kind, x.id); err != nil {
				continue
			}
			if err := o.s.Delete(x.kind, x.id); err != nil {
				t.Fatalf("step %d: delete: %v", step, err)
			}
			r, _ := o.s.Get(x.kind, x.id)
			remember(r)
		case op < 9: // export what changed here (incremental, so relays too)
			f, _ := exportTo(t, o.s, dir, false)
			bundles = append(bundles, f)
		default: // import a bundle, maybe one seen before
			if len(bundles) > 0 {
				importFile(t, o.s, bundles[rng.IntN(len(bundles))])
			}
		}
		// Resolve a conflict now and then, as a consultant would.
		if rng.IntN(8) == 0 {
			if cs, _ := o.s.Conflicts(); len(cs) > 0 {
				c := cs[rng.IntN(len(cs))]
				chosen := c.Current
				if rng.IntN(2) == 0 {
					chosen = c.Other
				}
				if err := o.s.ResolveConflict(c, chosen); err != nil {
					t.Fatalf("step %d: resolve: %v", step, err)
				}
				remember(chosen)
			}
		}
	}
	// Every office exports what it has left, then every bundle reaches every
	// office in a random order, some twice.
	for _, o := range offices {
		f, _ := exportTo(t, o.s, dir, false)
		bundles = append(bundles, f)
	}
	for _, o := range offices {
		order := rng.Perm(len(bundles))
		order = append(order, order[:len(order)/3]...)
		for _, i := range order {
			importFile(t, o.s, bundles[i])
		}
	}
	want := canonicalDump(t, offices[0].s)
	wantConflicts := conflictIDs(t, offices[0].s)
	wantCredits := creditsOf(t, offices[0].s)
	for n, o := range offices {
		got := canonicalDump(t, o.s)
		if !equalLines(got, want) {
			t.Fatalf("office %d differs from office 0 (%d vs %d revisions)\n%s", n, len(got), len(want), firstDiff(got, want))
		}
		if c := conflictIDs(t, o.s); !slices.Equal(c, wantConflicts) {
			t.Fatalf("office %d conflicts %v, office 0 %v", n, c, wantConflicts)
		}
		// The same people, joined the same way, earn the same credit; the
		// check below holds every group to the rules (checkIdentity).
		if c := creditsOf(t, o.s); !slices.Equal(c, wantCredits) {
			t.Fatalf("office %d credits %v, office 0 %v", n, c, wantCredits)
		}
		if p := o.s.Check(); len(p) > 0 {
			t.Fatalf("office %d check:\n%s", n, lines(p))
		}
		have := map[string]bool{}
		for _, l := range got {
			have[l] = true
		}
		for rev := range made {
			// A withdrawn person's revisions are erased in history; one
			// that won (made where the withdrawal had not arrived) is not.
			if !have[rev] {
				rev = erasedIfWithdrawn(t, rev, withdrawn)
			}
			if !have[rev] {
				t.Fatalf("office %d lost a revision: %s", n, rev)
			}
		}
		// Importing everything again changes nothing.
		for _, f := range bundles[:2] {
			if s := importFile(t, o.s, f); s.Changed() {
				t.Fatalf("office %d: a repeated import changed something: %+v", n, s.Total())
			}
		}
	}
	live, _ := offices[0].s.Count(model.KindPerson)
	sum, _ := offices[0].s.Summary("2026-02-13")
	t.Logf("%d offices, %d revisions, %d records in conflict, %d bundles, %d withdrawals, %d people joined into others, %d credit lines",
		len(offices), len(want), len(wantConflicts), len(bundles), len(withdrawn), live-sum.People, len(wantCredits))
}

// erasedIfWithdrawn is revision rev (JSON) as stores keep it in history once
// its person's withdrawal has reached them: erased, same rev and clock.
func erasedIfWithdrawn(t *testing.T, rev string, withdrawn map[string]model.Date) string {
	var p model.Person
	if err := json.Unmarshal([]byte(rev), &p); err != nil || p.Kind != model.KindPerson || withdrawn[p.ID] == "" || p.ConsentWithdrawn != "" {
		return rev
	}
	p.WithdrawConsent(withdrawn[p.ID])
	data, err := json.Marshal(&p)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func conflictIDs(t *testing.T, s *storage.Store) []string {
	cs, err := s.Conflicts()
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, c := range cs {
		out = append(out, c.ID)
	}
	return out
}

func firstDiff(a, b []string) string {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return strings.Join([]string{a[i], b[i]}, "\n")
		}
	}
	return "(one is a prefix of the other)"
}

// creditsOf lists each credit line as "person id: verified hours, amount".
func creditsOf(t *testing.T, s *storage.Store) []string {
	t.Helper()
	lines, err := s.Credits(model.DefaultCreditRules(), 2026)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, l := range lines {
		out = append(out, fmt.Sprintf("%s: %v h, %d", l.Person.ID, l.Standing.TotalVerified, l.Standing.Tier.Amount))
	}
	slices.Sort(out)
	return out
}
