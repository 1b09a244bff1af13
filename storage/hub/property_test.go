package hub_test

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/storage"
	"frontoffice/storage/hub"

	"github.com/jackc/pgx/v5"
)

// propertySeed is $FRONTOFFICE_HUB_SEED, else a new one; the test prints it
// so a failure can be run again: FRONTOFFICE_HUB_SEED=N go test -run Property ./storage/hub/
func propertySeed(t *testing.T) uint64 {
	if v, err := strconv.ParseUint(os.Getenv("FRONTOFFICE_HUB_SEED"), 10, 64); err == nil {
		return v
	}
	return uint64(time.Now().UnixNano())
}

// TestPropertyAnyOrderSameRecords: several offices with shared people work
// on their own and on each other's bundles — edits of one record at two
// offices (conflicts), people registered at two desks (one person),
// withdrawals of consent — and every bundle they wrote, loaded
// into the hub in one random order with repeats and into a store in
// another, gives the same records, conflicts, report and credits.
func TestPropertyAnyOrderSameRecords(t *testing.T) {
	t.Parallel()
	propertyRun(t, false)
}

// TestPropertyBulkSameRecords: the same, the hub loading all its bundles at
// once (ImportAll: a bulk load into the empty hub while its bundles are new
// to it, then merges), and its indexes all built again at the end.
func TestPropertyBulkSameRecords(t *testing.T) {
	t.Parallel()
	propertyRun(t, true)
}

// propertyRun is the property tests' run: bulk loads the hub by ImportAll.
func propertyRun(t *testing.T, bulk bool) {
	seed := propertySeed(t)
	t.Logf("seed %d (FRONTOFFICE_HUB_SEED=%d to run it again)", seed, seed)
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	h, schema := openHub(t)
	dir := t.TempDir()
	bundles := propertyBundles(t, rng, seed, dir)
	// Into the hub in one order, with repeats; into a store in another.
	hubOrder := shuffledWithRepeats(rng, len(bundles))
	if bulk {
		indexes := hubIndexes(t, schema)
		srcs := make([]storage.Source, len(hubOrder))
		for i, k := range hubOrder {
			srcs[i] = storage.FileSource(bundles[k])
		}
		h.ImportAll(t.Context(), srcs, hub.ImportOptions{Trust: true}, 3, func(i int, _ hub.Imported, err error) bool {
			if err != nil {
				t.Fatalf("hub import %s: %v", filepath.Base(bundles[hubOrder[i]]), err)
			}
			return true
		})
		t.Logf("%d bundles bulk loaded so far in this test binary", hub.BulkLoaded())
		if after := hubIndexes(t, schema); !reflect.DeepEqual(after, indexes) {
			t.Fatalf("indexes after the bulk load:\n%v\nbefore:\n%v", after, indexes)
		}
	} else {
		for _, k := range hubOrder {
			hubImport(t, h, bundles[k])
		}
	}
	st := loadStore(t, filepath.Join(dir, "regional.db"), bundles, shuffledWithRepeats(rng, len(bundles)))
	// A store ends the same in every order, withdrawals included (a
	// record naming a withdrawn person is erased whenever it arrives:
	// storage/erase_late.go): the hub's order gives what another did.
	if same := loadStore(t, filepath.Join(dir, "same-order.db"), bundles, hubOrder); !sameStores(t, st, same) {
		t.Fatalf("seed %d: the store ends otherwise in the hub's order than in another", seed)
	}
	compareWithStore(t, h, st)
}

// hubIndexes is every index definition in schema, and every trigger with
// whether it is enabled (a bulk load disables the report sums' triggers on
// inserts while it runs: bulk.go).
func hubIndexes(t *testing.T, schema string) []string {
	conn, err := pgx.Connect(t.Context(), pgURL(t))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(t.Context())
	rows, err := conn.Query(t.Context(), `SELECT indexname || ': ' || indexdef FROM pg_indexes WHERE schemaname = $1
		UNION ALL SELECT 'trigger ' || c.relname || '.' || t.tgname || ': ' || t.tgenabled::text FROM pg_trigger t
		JOIN pg_class c ON c.oid = t.tgrelid WHERE NOT t.tgisinternal AND c.relnamespace = $1::regnamespace
		UNION ALL SELECT 'table ' || relname || ': ' || COALESCE(array_to_string(reloptions, ','), '') FROM pg_class
		WHERE relnamespace = $1::regnamespace AND relkind = 'r' ORDER BY 1`, schema)
	if err != nil {
		t.Fatal(err)
	}
	defs, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		t.Fatal(err)
	}
	return defs
}

// propertyBundles makes the offices, lets them work and returns every
// bundle they wrote.
func propertyBundles(t *testing.T, rng *rand.Rand, seed uint64, dir string) []string {
	offices := make([]*storage.Store, 2+rng.IntN(3))
	for i := range offices {
		offices[i] = demoOffice(t, dir, fmt.Sprintf("O%d", i), int64(seed%1000)+int64(i), 3+rng.IntN(6))
	}
	// People at two desks: the same phone (and maybe IIN) at two offices.
	for i := range 1 + rng.IntN(3) {
		phone := fmt.Sprintf("+7701555%04d", i)
		for _, s := range []*storage.Store{offices[rng.IntN(len(offices))], offices[rng.IntN(len(offices))]} {
			p := &model.Person{FullName: fmt.Sprintf("Студент %d", i), Phone: phone, Consent: true, Region: "karaganda"}
			p.Kind, p.ID = model.KindPerson, model.NewID()
			if err := s.Create(p); err != nil {
				t.Fatal(err)
			}
		}
	}
	var bundles []string
	for range 4 + rng.IntN(6) {
		i := rng.IntN(len(offices))
		s := offices[i]
		switch op := rng.IntN(5); {
		case op == 0 && len(bundles) > 0: // an office reads another's bundle
			f := bundles[rng.IntN(len(bundles))]
			if _, err := s.ImportBundle(t.Context(), storage.FileSource(f), nil, storage.ImportOptions{Trust: true}, nil); err != nil {
				t.Logf("office %d skips %s: %v", i, filepath.Base(f), err) // its own bundle back, say
			}
		case op == 1: // an edit of someone (maybe another office's)
			editSomeone(t, rng, s)
		case op == 2: // a withdrawal of consent
			if id := somePerson(t, rng, s); id != "" {
				if err := s.WithdrawConsent(id); err != nil {
					t.Fatal(err)
				}
			}
		default:
			bundles = append(bundles, export(t, s, dir, rng.IntN(2) == 0))
		}
	}
	for _, s := range offices {
		bundles = append(bundles, export(t, s, dir, true))
	}
	return bundles
}

// loadStore is a new store at path that imported bundles in order.
func loadStore(t *testing.T, path string, bundles []string, order []int) *storage.Store {
	st, err := storage.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	for _, k := range order {
		storeImport(t, st, bundles[k])
	}
	return st
}

// sameStores reports whether a and b hold the same revisions and winners.
func sameStores(t *testing.T, a, b *storage.Store) bool {
	ar, ac, ax := dumpStore(t, a)
	br, bc, bx := dumpStore(t, b)
	madeHere(t, ar, ac, a.OfficeID())
	madeHere(t, br, bc, b.OfficeID())
	return reflect.DeepEqual(ar, br) && reflect.DeepEqual(ac, bc) && reflect.DeepEqual(ax, bx)
}

// shuffledWithRepeats is 0..n-1 in a random order, some of them twice.
func shuffledWithRepeats(rng *rand.Rand, n int) []int {
	order := rng.Perm(n)
	for range rng.IntN(n + 1) {
		at := rng.IntN(len(order) + 1)
		order = append(order[:at], append([]int{rng.IntN(n)}, order[at:]...)...)
	}
	return order
}

// somePerson is a random person of s who has not withdrawn ("" if none).
func somePerson(t *testing.T, rng *rand.Rand, s *storage.Store) string {
	var ids []string
	if err := s.List(model.KindPerson, func(r model.Record) error {
		if p := r.(*model.Person); p.ConsentWithdrawn == "" && p.MergedInto == "" && !p.Deleted {
			ids = append(ids, p.ID)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if len(ids) == 0 {
		return ""
	}
	return ids[rng.IntN(len(ids))]
}

// editSomeone changes a random person's organisation.
func editSomeone(t *testing.T, rng *rand.Rand, s *storage.Store) {
	id := somePerson(t, rng, s)
	if id == "" {
		return
	}
	p, err := storage.GetAs[*model.Person](s, model.KindPerson, id)
	if err != nil {
		t.Fatal(err)
	}
	p.Organization = fmt.Sprintf("колледж %d", rng.IntN(1000))
	if err := s.Update(p); err != nil {
		t.Fatal(err)
	}
}

// TestBulkLoadSameAsStore: three offices' first bundles, with people at two
// desks (one person across offices), go in by a bulk load (no merge), the
// first again after them (merged: nothing changes); the hub ends as a
// store that imported them, identity groups and all.
func TestBulkLoadSameAsStore(t *testing.T) {
	t.Parallel()
	h, schema := openHub(t)
	dir := t.TempDir()
	offices := make([]*storage.Store, 3)
	for i := range offices {
		offices[i] = demoOffice(t, dir, fmt.Sprintf("B%d", i), int64(500+i), 6)
	}
	for i := range 3 {
		phone := fmt.Sprintf("+7701666%04d", i)
		for _, s := range []*storage.Store{offices[i], offices[(i+1)%3]} {
			p := &model.Person{FullName: fmt.Sprintf("Студент %d", i), Phone: phone, Consent: true, Region: "karaganda"}
			p.Kind, p.ID = model.KindPerson, model.NewID()
			if err := s.Create(p); err != nil {
				t.Fatal(err)
			}
		}
	}
	var bundles []string
	for _, s := range offices {
		bundles = append(bundles, export(t, s, dir, true))
	}
	order := []int{0, 1, 2, 0}
	srcs := make([]storage.Source, len(order))
	for i, k := range order {
		srcs[i] = storage.FileSource(bundles[k])
	}
	indexes := hubIndexes(t, schema)
	before := hub.BulkLoaded()
	var again []bool
	h.ImportAll(t.Context(), srcs, hub.ImportOptions{Trust: true}, 2, func(i int, res hub.Imported, err error) bool {
		if err != nil {
			t.Fatalf("hub import %d: %v", i, err)
		}
		again = append(again, res.Again)
		return true
	})
	if n := hub.BulkLoaded() - before; n < 3 {
		t.Fatalf("%d bundles bulk loaded, want 3", n)
	}
	if !reflect.DeepEqual(again, []bool{false, false, false, true}) {
		t.Fatalf("loaded again: %v", again)
	}
	if after := hubIndexes(t, schema); !reflect.DeepEqual(after, indexes) {
		t.Fatalf("indexes after the bulk load:\n%v\nbefore:\n%v", after, indexes)
	}
	sameGroupsAsTable(t, h)
	compareWithStore(t, h, loadStore(t, filepath.Join(dir, "regional.db"), bundles, []int{2, 1, 0}))
}

// importAllTrusted loads srcs by ImportAll (two at a time, trusted),
// failing the test on any error, and says how many were bulk loaded.
func importAllTrusted(t *testing.T, h *hub.Hub, srcs []storage.Source) int64 {
	t.Helper()
	before := hub.BulkLoaded()
	h.ImportAll(t.Context(), srcs, hub.ImportOptions{Trust: true}, 2, func(i int, _ hub.Imported, err error) bool {
		if err != nil {
			t.Fatalf("hub import %d: %v", i, err)
		}
		return true
	})
	return hub.BulkLoaded() - before
}

// TestBigBundlesStream: bundles bigger than the loader holds in memory
// stream into staging and are merged (a bulk load ends before its first):
// the hub ends as a store that imported them, its indexes as before. Not
// parallel: it lowers the limit for its own run.
func TestBigBundlesStream(t *testing.T) {
	defer hub.SetMemCap(hub.SetMemCap(5))
	h, schema := openHub(t)
	dir := t.TempDir()
	var bundles []string
	for i := range 3 {
		bundles = append(bundles, export(t, demoOffice(t, dir, fmt.Sprintf("S%d", i), int64(700+i), 4), dir, true))
	}
	srcs := []storage.Source{storage.FileSource(bundles[0]), storage.FileSource(bundles[1]), storage.FileSource(bundles[2])}
	indexes := hubIndexes(t, schema)
	if n := importAllTrusted(t, h, srcs); n != 0 {
		t.Fatalf("%d bundles bulk loaded, want none", n)
	}
	if after := hubIndexes(t, schema); !reflect.DeepEqual(after, indexes) {
		t.Fatalf("indexes after:\n%v\nbefore:\n%v", after, indexes)
	}
	compareWithStore(t, h, loadStore(t, filepath.Join(dir, "regional.db"), bundles, []int{1, 2, 0}))
}

// TestBulkStoppedFinishedAtOpen: a bulk load stopped after dropping the
// indexes (the sums tables' keys too; not the partial ones it keeps),
// disabling the report sums' triggers and pausing autovacuum (a crash) is
// finished by the next Open — also when some tables were finished already (a
// finishBulk that failed after their transactions committed): the same
// indexes, every trigger enabled again, no table left with autovacuum off.
func TestBulkStoppedFinishedAtOpen(t *testing.T) {
	t.Parallel()
	h, schema := openHub(t)
	before := hubIndexes(t, schema)
	if !slices.ContainsFunc(before, func(s string) bool { return strings.HasPrefix(s, "trigger people.s_people_ins: O") }) {
		t.Fatalf("no enabled trigger s_people_ins in %v", before)
	}
	if err := hub.StopBulkHalfWay(t.Context(), h); err != nil {
		t.Fatal(err)
	}
	stopped := hubIndexes(t, schema)
	if !slices.ContainsFunc(stopped, func(s string) bool { return strings.HasPrefix(s, "trigger people.s_people_ins: D") }) {
		t.Fatalf("the bulk load did not disable s_people_ins: %v", stopped)
	}
	if !slices.Contains(stopped, "table revisions: autovacuum_enabled=false") {
		t.Fatalf("the bulk load did not pause autovacuum on revisions: %v", stopped)
	}
	has := func(prefix string) bool {
		return slices.ContainsFunc(stopped, func(s string) bool { return strings.HasPrefix(s, prefix) })
	}
	if has("s_ideas_pkey:") || has("revisions_pkey:") || !has("records_conflict:") || !has("consultations_supersedes:") {
		t.Fatalf("the bulk load kept a key or index it drops (s_ideas_pkey, revisions_pkey) or dropped one it keeps "+
			"(records_conflict, consultations_supersedes): %v", stopped)
	}
	// The end of a bulk load finished revisions and people (their indexes,
	// people's triggers, both tables' autovacuum), then failed: the next
	// Open does the rest.
	for _, table := range []string{"revisions", "people"} {
		if err := hub.FinishTableOnly(t.Context(), h, table); err != nil {
			t.Fatal(err)
		}
	}
	h2, err := hub.Open(t.Context(), pgURL(t), hub.Options{Schema: schema})
	if err != nil {
		t.Fatal(err)
	}
	defer h2.Close()
	if after := hubIndexes(t, schema); !reflect.DeepEqual(after, before) {
		t.Fatalf("after Open:\n%v\nbefore the bulk load:\n%v", after, before)
	}
}

// sameGroupsAsTable fails unless h's identity groups (a bulk load's, made
// from the loader's keys) are those the people table gives (regroupAll's),
// and there are some.
func sameGroupsAsTable(t *testing.T, h *hub.Hub) {
	t.Helper()
	groups, err := hub.Groups(t.Context(), h)
	if err != nil {
		t.Fatal(err)
	}
	if err := hub.RegroupFromTable(t.Context(), h); err != nil {
		t.Fatal(err)
	}
	if again, err := hub.Groups(t.Context(), h); err != nil || !reflect.DeepEqual(again, groups) || len(groups) == 0 {
		t.Fatalf("groups of the bulk load:\n%v\nfrom the people table (%v):\n%v", groups, err, again)
	}
}

// TestBulkGroupsEveryoneLoaded: a bulk load of bundles all new to the hub
// groups, once its last bundle is committed, everyone it loaded, as the
// people table gives them (sameGroupsAsTable; TestBulkLoadSameAsStore
// covers a bulk load ended by a bundle not new).
func TestBulkGroupsEveryoneLoaded(t *testing.T) {
	t.Parallel()
	h, _ := openHub(t)
	dir := t.TempDir()
	var srcs []storage.Source
	for i := range 3 {
		s := demoOffice(t, dir, fmt.Sprintf("G%d", i), int64(900+i), 6)
		p := &model.Person{FullName: "Студент", Phone: "+77016660099", Consent: true, Region: "karaganda"}
		p.Kind, p.ID = model.KindPerson, model.NewID()
		if err := s.Create(p); err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, storage.FileSource(export(t, s, dir, true)))
	}
	if n := importAllTrusted(t, h, srcs); n < 3 {
		t.Fatalf("%d bundles bulk loaded, want 3", n)
	}
	sameGroupsAsTable(t, h)
}

// TestMigrationIDFirstKeepsStoppedBulk: migration 00007 puts the id first
// in the primary keys of revisions and records, also in the list a bulk
// load stopped before it (a crash) left to build: the next Open builds the
// keys id first.
func TestMigrationIDFirstKeepsStoppedBulk(t *testing.T) {
	t.Parallel()
	h, schema := openHub(t)
	before := hubIndexes(t, schema)
	for _, want := range []string{"records_pkey ON " + schema + ".records USING btree (id, kind)",
		"revisions_pkey ON " + schema + ".revisions USING btree (id, kind, rev, hlc, sha)"} {
		if !slices.ContainsFunc(before, func(s string) bool { return strings.Contains(s, want) }) {
			t.Fatalf("no %s in %v", want, before)
		}
	}
	if err := hub.StopBulkHalfWay(t.Context(), h); err != nil {
		t.Fatal(err)
	}
	// As a bulk load stopped before the migration left them.
	for _, k := range [][2]string{{"(id, kind, rev, hlc, sha)", "(kind, id, rev, hlc, sha)"}, {"(id, kind)", "(kind, id)"}} {
		if err := hub.SetBulkIndexes(t.Context(), h, k[0], k[1]); err != nil {
			t.Fatal(err)
		}
	}
	if err := hub.RunMigrationUp(t.Context(), h, "00007_id_first.sql"); err != nil {
		t.Fatal(err)
	}
	// The end of a bulk load finished revisions, then failed: the next Open
	// builds the rest.
	if err := hub.FinishTableOnly(t.Context(), h, "revisions"); err != nil {
		t.Fatal(err)
	}
	h2, err := hub.Open(t.Context(), pgURL(t), hub.Options{Schema: schema})
	if err != nil {
		t.Fatal(err)
	}
	defer h2.Close()
	if after := hubIndexes(t, schema); !reflect.DeepEqual(after, before) {
		t.Fatalf("after Open:\n%v\nbefore the bulk load:\n%v", after, before)
	}
}
