package storage_test

import (
	"cmp"
	"fmt"
	"maps"
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/storage"
)

// TestLineageConflictOracle: three offices share a few people and, in a
// random sequence, edit them (several times in a row at times), export
// incremental bundles, import one another's earlier bundles and settle
// their conflicts. At the end every office exports a full bundle and every
// bundle is imported into two fresh stores in two random orders (with
// repeats); those stores, and every office once it has the others' full
// bundles, hold the same revisions and the same conflicts.
//
// The conflict flags are held against an oracle written here from
// docs/bundle.md ("Conflicts"), not from storage/sync_lineage.go: a record
// is in conflict iff its history holds a revision that is not an ancestor
// of its current revision, where a revision's parents are the revisions
// whose (rev, hlc) is its (base_rev, base_hlc), a revision without base_hlc
// has seen every revision up to its base_rev, and a parent the set does not
// hold covers every revision below it. (Not "some two revisions neither an
// ancestor of the other": a settlement covers both sides of the conflict it
// settles, which stay unordered between themselves.) Two offices'
// revisions may share a (rev, hlc) (offices behind the newest clock they
// have seen both stamp it +1): both are then on the lineage and the walk
// may go on from either, and the store must agree with one such way. The
// oracle is checked at the acting office after every step, on every office
// and on the fresh stores at the end, and each conflict's Other must be the
// newest revision made beside the current one.
//
// The test also knows what each revision was really made from (the office's
// current revision for an edit, every revision the office held for a
// settlement) and logs where the documented rule and that truth part, by
// cause: a settlement's cover by number (the documented known limit) or a
// (rev, hlc) shared by two offices. FRONTOFFICE_LINEAGE_STRICT=1 fails the
// test on the second.
//
// FRONTOFFICE_LINEAGE_SEED=n reruns one sequence (office ids and keys are
// new each run, so a tie broken by origin may fall the other way).
func TestLineageConflictOracle(t *testing.T) {
	seed := uint64(time.Now().UnixNano())
	if v := os.Getenv("FRONTOFFICE_LINEAGE_SEED"); v != "" {
		n, err := strconv.ParseUint(v, 10, 64)
		if err != nil {
			t.Fatalf("FRONTOFFICE_LINEAGE_SEED=%q: %v", v, err)
		}
		seed = n
	}
	t.Logf("seed %d (rerun: FRONTOFFICE_LINEAGE_SEED=%d)", seed, seed)
	rng := rand.New(rand.NewPCG(seed, 0x11ea9e))
	dir := t.TempDir()

	type linOffice struct {
		s   *storage.Store
		clk *clock
	}
	var offices []*linOffice
	for n := range 3 {
		s, clk := newStore(t)
		s.SetActor(fmt.Sprintf("consultant %d", n))
		// Clocks apart as office PCs are: the same, seconds, hours or a
		// day apart (an office behind stamps its edits just after the
		// newest clock it has seen).
		spread := []time.Duration{0, time.Second, 3 * time.Hour, 26 * time.Hour}[rng.IntN(4)]
		clk.Set(day0.Add(time.Duration(rng.Int64N(int64(spread)+1)) - spread/2))
		offices = append(offices, &linOffice{s: s, clk: clk})
	}
	tick := func(o *linOffice) {
		switch rng.IntN(4) {
		case 0: // the same millisecond
		case 1:
			o.clk.Add(time.Duration(rng.IntN(5)) * time.Millisecond)
		default:
			o.clk.Add(time.Duration(rng.IntN(600_000)) * time.Millisecond)
		}
	}

	// truth: every revision made, with the revisions its office had as its
	// base: the current one for an edit, every one it held for a
	// settlement, none for a new record.
	truth := map[linRev][]linRev{}

	// Shared people: made at office 0, sent to the others.
	var ids []string
	for i := range 2 + rng.IntN(3) {
		p := newPerson(fmt.Sprintf("Адам %d", i), fmt.Sprintf("+7701555%04d", i))
		mustCreate(t, offices[0].s, p)
		truth[linRevOf(p.Env())] = nil
		ids = append(ids, p.ID)
	}
	type linBundle struct {
		from int
		path string
	}
	var bundles []linBundle
	f0, _ := exportTo(t, offices[0].s, dir, false)
	bundles = append(bundles, linBundle{0, f0})
	for _, o := range offices[1:] {
		importFile(t, o.s, f0)
	}

	var counts struct{ edits, exports, imports, settled int }
	steps := 60 + rng.IntN(40)
	for step := range steps {
		n := rng.IntN(len(offices))
		o := offices[n]
		tick(o)
		where := fmt.Sprintf("step %d, office %d", step, n)
		switch op := rng.IntN(20); {
		case op < 8: // edit one person, once or a few times in a row
			id := ids[rng.IntN(len(ids))]
			for k := range 1 + rng.IntN(3) {
				if k > 0 {
					tick(o)
				}
				p, err := storage.GetAs[*model.Person](o.s, model.KindPerson, id)
				if err != nil {
					t.Fatalf("%s: get %s: %v", where, id, err)
				}
				base := linRevOf(p.Env())
				if rng.IntN(2) == 0 {
					p.Organization = fmt.Sprintf("org %d.%d", step, k)
				} else {
					p.Notes = fmt.Sprintf("notes %d.%d", step, k)
				}
				mustUpdate(t, o.s, p)
				truth[linRevOf(p.Env())] = []linRev{base}
				counts.edits++
			}
		case op < 12: // an incremental bundle, kept
			f, _ := exportTo(t, o.s, dir, false)
			bundles = append(bundles, linBundle{n, f})
			counts.exports++
		case op < 18: // an earlier bundle of another office
			var from []linBundle
			for _, b := range bundles {
				if b.from != n {
					from = append(from, b)
				}
			}
			if len(from) == 0 {
				continue
			}
			importFile(t, o.s, from[rng.IntN(len(from))].path)
			counts.imports++
		default: // settle every conflict, keeping one side or the other
			cs, err := o.s.Conflicts()
			if err != nil {
				t.Fatalf("%s: conflicts: %v", where, err)
			}
			for _, c := range cs {
				held := linRevsOf(t, o.s, c.Kind, c.ID)
				chosen := c.Current
				if rng.IntN(2) == 0 {
					chosen = c.Other
				}
				if err := o.s.ResolveConflict(c, chosen); err != nil {
					t.Fatalf("%s: resolve %s: %v", where, c.ID, err)
				}
				r := linRevOf(chosen.Env())
				for _, h := range held {
					truth[r] = append(truth[r], h.id)
				}
				counts.settled++
			}
			if k := o.s.ConflictCount(); k != 0 {
				t.Errorf("%s: %d conflicts left after settling them all", where, k)
			}
		}
		linCheckOracle(t, o.s, ids, where)
	}

	// Every office's full bundle; all bundles into two fresh stores in two
	// random orders, some more than once.
	var fulls []string
	for n, o := range offices {
		tick(o)
		f, _ := exportTo(t, o.s, dir, true)
		bundles = append(bundles, linBundle{n, f})
		fulls = append(fulls, f)
	}
	order := func() []string {
		var out []string
		for _, b := range bundles {
			out = append(out, b.path)
		}
		for range 1 + rng.IntN(len(bundles)/3+1) {
			out = append(out, bundles[rng.IntN(len(bundles))].path)
		}
		rng.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
		return out
	}
	fresh := make([]*storage.Store, 2)
	for i := range fresh {
		fresh[i], _ = newStore(t)
		for _, f := range order() {
			importFile(t, fresh[i], f)
		}
	}
	dump := canonicalDump(t, fresh[0])
	want := linConflictList(t, fresh[0])
	if !equalLines(dump, canonicalDump(t, fresh[1])) {
		t.Errorf("the two fresh stores hold different revisions")
	}
	if got := linConflictList(t, fresh[1]); !slices.Equal(want, got) {
		t.Errorf("the two fresh stores' conflicts differ:\n%v\n%v", want, got)
	}
	// Each office takes the others' full bundles: it then holds what the
	// fresh stores hold, and flags the same records.
	for n, o := range offices {
		for m, f := range fulls {
			if m != n {
				importFile(t, o.s, f)
			}
		}
		if !equalLines(dump, canonicalDump(t, o.s)) {
			t.Errorf("office %d, with every full bundle, differs from the fresh stores", n)
		}
		if got := linConflictList(t, o.s); !slices.Equal(want, got) {
			t.Errorf("office %d's conflicts differ from the fresh stores':\n%v\n%v", n, got, want)
		}
		linCheckOracle(t, o.s, ids, fmt.Sprintf("office %d at the end", n))
	}
	for i, s := range fresh {
		linCheckOracle(t, s, ids, fmt.Sprintf("fresh store %d", i))
	}

	// The documented rule against what really happened, and against the
	// pairwise reading ("two revisions neither an ancestor of the other").
	var st linStats
	for _, id := range ids {
		set := linRevsOf(t, fresh[0], model.KindPerson, id)
		cur := set[len(set)-1]
		ways := linDocLineages(set, cur, &st, nil)
		if len(ways) > 1 {
			st.ambiguous++
		}
		flagged, other := linStoreSays(t, fresh[0], id)
		doc, ok := linStoreLineage(set, ways, flagged, other)
		if !ok {
			continue // linCheckOracle said so
		}
		truly := linTrueAncestors(truth, cur.id)
		// The documented rule with each edit's parent as it really was:
		// what it loses against truly is the settlements' cover by number;
		// what doc loses against it, (rev, hlc) taken for another revision.
		links := linDocLineages(set, cur, nil, func(y linInfo) []linInfo {
			var out []linInfo
			for _, z := range set {
				if ps := truth[y.id]; len(ps) == 1 && z.id == ps[0] {
					out = append(out, z)
				}
			}
			return out
		})[0]
		docConflict, linksConflict, realConflict := false, false, false
		for _, h := range set[:len(set)-1] {
			if _, ok := truth[h.id]; !ok {
				t.Errorf("person %s: revision %+v was never made here", id, h.id)
			}
			if !doc[h.id] {
				docConflict = true
			}
			if !links[h.id] {
				linksConflict = true
			}
			if !truly[h.id] {
				realConflict = true
			}
			switch {
			case truly[h.id] && !links[h.id]:
				t.Errorf("person %s: %+v is a real ancestor the rule, with the real parents, does not reach", id, h.id)
			case doc[h.id] && !links[h.id]:
				st.hiddenByIdent++
				t.Logf("person %s: %+v, made beside the current revision %+v, is taken as seen: "+
					"the lineage went through another office's revision with the same rev and hlc\nrevisions: %+v", id, h.id, cur, set)
			case doc[h.id] && !truly[h.id]:
				st.hiddenBySettlement++
			case !doc[h.id] && links[h.id]:
				st.spuriousByIdent++
				t.Logf("person %s: %+v, seen by the current revision %+v, is taken as made beside: "+
					"the lineage went through another office's revision with the same rev and hlc\nrevisions: %+v", id, h.id, cur, set)
			}
		}
		if realConflict && !linksConflict {
			st.recordsLostBySettlement++
		}
		if linksConflict && !docConflict {
			st.recordsLostByIdent++
			t.Logf("person %s: in conflict, not flagged: a (rev, hlc) shared by two offices", id)
		}
		if docConflict && !linksConflict {
			st.recordsFalseByIdent++
			t.Logf("person %s: flagged, not in conflict: a (rev, hlc) shared by two offices", id)
		}
		if linPairwiseConflict(set) != docConflict {
			st.pairwiseDiffers++
		}
	}
	t.Logf("%d people, %d steps: %d edits, %d exports, %d imports, %d settlements; %d bundles; %d in conflict at the end",
		len(ids), steps, counts.edits, counts.exports, counts.imports, counts.settled, len(bundles), len(want))
	t.Logf("rule vs truth: revisions made beside the current one but taken as seen: %d by a settlement's cover by number (documented limit), "+
		"%d by a (rev, hlc) shared by two offices (and %d seen but taken as made beside); records in conflict not flagged: %d by the first, %d by the second; "+
		"flagged but not in conflict: %d; records whose lineage a shared (rev, hlc) makes ambiguous: %d; the pairwise reading differs on %d records; parents missing: %d",
		st.hiddenBySettlement, st.hiddenByIdent, st.spuriousByIdent, st.recordsLostBySettlement, st.recordsLostByIdent,
		st.recordsFalseByIdent, st.ambiguous, st.pairwiseDiffers, st.missingParents)
	if os.Getenv("FRONTOFFICE_LINEAGE_STRICT") != "" && st.hiddenByIdent+st.spuriousByIdent > 0 {
		t.Errorf("a (rev, hlc) shared by two offices misled the rule on %d revisions", st.hiddenByIdent+st.spuriousByIdent)
	}
}

// linRev names one revision: its number, its clock and its office. The
// rule names revisions by (rev, hlc) only.
type linRev struct {
	rev, hlc uint64
	origin   string
}

func linRevOf(e *model.Envelope) linRev { return linRev{e.Rev, e.HLC, e.Origin} }

// linInfo is one revision of a record with its base.
type linInfo struct {
	id               linRev
	baseRev, baseHLC uint64
}

type linStats struct {
	missingParents, ambiguous, hiddenBySettlement, hiddenByIdent, spuriousByIdent     int
	recordsLostBySettlement, recordsLostByIdent, recordsFalseByIdent, pairwiseDiffers int
}

// linRevsOf is every revision s holds of a record: its history, then the
// current one last.
func linRevsOf(t *testing.T, s *storage.Store, k model.Kind, id string) []linInfo {
	t.Helper()
	hist, err := s.History(k, id)
	if err != nil {
		t.Fatalf("history %s: %v", id, err)
	}
	cur, err := s.Get(k, id)
	if err != nil {
		t.Fatalf("get %s: %v", id, err)
	}
	var out []linInfo
	for _, r := range append(hist, cur) {
		e := r.Env()
		out = append(out, linInfo{linRevOf(e), e.BaseRev, e.BaseHLC})
	}
	return out
}

// linDocLineages is what x has seen by docs/bundle.md, one set of
// revisions per way its lineage may go: its parent (the revision named by
// its base_rev and base_hlc), that one's, and so on; a revision without
// base_hlc has seen every revision up to its base_rev; a parent the set does
// not hold covers every revision below it. Two offices' revisions with the
// same (rev, hlc) both answer a base: both are on the lineage (the rule
// names revisions so), and the walk goes on from one of them (the first in
// key order, by a hash of its content), so each is a way. parents, when
// set, names y's parents instead, each revision by all it is.
func linDocLineages(set []linInfo, x linInfo, st *linStats, parents func(y linInfo) []linInfo) []map[linRev]bool {
	var out []map[linRev]bool
	cover := func(anc map[linRev]bool, upTo uint64) {
		for _, z := range set {
			if z.id.rev <= upTo {
				anc[z.id] = true
			}
		}
		out = append(out, anc)
	}
	var walk func(y linInfo, anc map[linRev]bool)
	walk = func(y linInfo, anc map[linRev]bool) {
		if y.baseHLC == 0 {
			cover(anc, y.baseRev)
			return
		}
		var ps []linInfo
		if parents != nil {
			ps = parents(y)
		} else {
			for _, z := range set {
				if z.id.rev == y.baseRev && z.id.hlc == y.baseHLC {
					ps = append(ps, z)
				}
			}
		}
		if len(ps) == 0 {
			if st != nil {
				st.missingParents++
			}
			cover(anc, y.baseRev-1)
			return
		}
		for i, z := range ps {
			a := anc
			if i < len(ps)-1 {
				a = maps.Clone(anc)
			}
			for _, w := range set {
				if w.id.rev == z.id.rev && w.id.hlc == z.id.hlc && (parents == nil || w.id == z.id) {
					a[w.id] = true // the rule names it by (rev, hlc): every revision so named
				}
			}
			walk(z, a)
		}
	}
	walk(x, map[linRev]bool{})
	return out
}

// linBeside is the history of set (all but its last, the current revision)
// that anc does not hold: the revisions made beside the current one.
func linBeside(set []linInfo, anc map[linRev]bool) []linRev {
	var out []linRev
	for _, h := range set[:len(set)-1] {
		if !anc[h.id] {
			out = append(out, h.id)
		}
	}
	return out
}

// linNewest is the newest of rs by clock, then office.
func linNewest(rs []linRev) linRev {
	return slices.MaxFunc(rs, func(a, b linRev) int {
		if a.hlc != b.hlc {
			return cmp.Compare(a.hlc, b.hlc)
		}
		return cmp.Compare(a.origin, b.origin)
	})
}

// linStoreLineage is the first of the documented lineages that gives what
// the store says: in conflict or not, and the newest revision made beside.
func linStoreLineage(set []linInfo, ways []map[linRev]bool, flagged bool, other linRev) (map[linRev]bool, bool) {
	for _, anc := range ways {
		beside := linBeside(set, anc)
		if flagged != (len(beside) > 0) {
			continue
		}
		if n := linNewest(append(beside, other)); flagged && (n.hlc != other.hlc || n.origin != other.origin || !slices.Contains(beside, n)) {
			continue
		}
		return anc, true
	}
	return nil, false
}

// linStoreSays is whether s has the record in conflict, and its other side.
func linStoreSays(t *testing.T, s *storage.Store, id string) (bool, linRev) {
	t.Helper()
	cs, err := s.Conflicts()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cs {
		if c.ID == id {
			return true, linRevOf(c.Other.Env())
		}
	}
	return false, linRev{}
}

// linCheckOracle holds s's conflicts against the documented rule computed
// here: the same records, and each conflict's Other the newest revision
// made beside the current one.
func linCheckOracle(t *testing.T, s *storage.Store, ids []string, where string) {
	t.Helper()
	if n, cs := s.ConflictCount(), linConflictList(t, s); n != len(cs) {
		t.Errorf("%s: ConflictCount %d, Conflicts lists %d", where, n, len(cs))
	}
	for _, id := range ids {
		set := linRevsOf(t, s, model.KindPerson, id)
		ways := linDocLineages(set, set[len(set)-1], nil, nil)
		flagged, other := linStoreSays(t, s, id)
		if _, ok := linStoreLineage(set, ways, flagged, other); !ok {
			var beside [][]linRev
			for _, anc := range ways {
				beside = append(beside, linBeside(set, anc))
			}
			t.Errorf("%s: person %s: store says conflict %v (other side %+v); the documented rule, made beside: %v\nrevisions: %+v",
				where, id, flagged, other, beside, set)
		}
	}
}

// linTrueAncestors is every revision x was really made from, directly or
// through others (truth: each revision's bases as the test made it).
func linTrueAncestors(truth map[linRev][]linRev, x linRev) map[linRev]bool {
	anc := map[linRev]bool{}
	stack := slices.Clone(truth[x])
	for len(stack) > 0 {
		y := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if anc[y] {
			continue
		}
		anc[y] = true
		stack = append(stack, truth[y]...)
	}
	return anc
}

// linPairwiseConflict is the pairwise reading: some two revisions of the
// set, neither an ancestor of the other (by the documented links).
func linPairwiseConflict(set []linInfo) bool {
	anc := make([]map[linRev]bool, len(set))
	for i, x := range set {
		anc[i] = map[linRev]bool{}
		for _, way := range linDocLineages(set, x, nil, nil) {
			maps.Copy(anc[i], way)
		}
	}
	for i := range set {
		for j := i + 1; j < len(set); j++ {
			if !anc[i][set[j].id] && !anc[j][set[i].id] {
				return true
			}
		}
	}
	return false
}

// linConflictList is s's conflicts as kind/id, with the two sides' rev and
// hlc, in order.
func linConflictList(t *testing.T, s *storage.Store) []string {
	t.Helper()
	cs, err := s.Conflicts()
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, c := range cs {
		cu, ot := c.Current.Env(), c.Other.Env()
		out = append(out, fmt.Sprintf("%s/%s %d@%d~%d@%d", c.Kind, c.ID, cu.Rev, cu.HLC, ot.Rev, ot.HLC))
	}
	return out
}
