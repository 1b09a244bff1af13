package hub_test

import (
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"frontoffice/model"
	"frontoffice/model/report"
	"frontoffice/storage"
	"frontoffice/storage/hub"
)

// TestReportSumsSameAsFull: offices edit ideas (status, region, direction,
// goals, target groups: their own and each other's, so winners change
// office), delete records, correct consultations, withdraw people and read
// each other's bundles; every bundle goes into the hub in a random order
// with repeats, a bulk load first, then one by one. After each load the
// sums kept at load time equal the sums counted again from the tables, and
// the report read from them equals the full queries' under every filter.
func TestReportSumsSameAsFull(t *testing.T) {
	t.Parallel()
	seed := propertySeed(t)
	t.Logf("seed %d (FRONTOFFICE_HUB_SEED=%d to run it again)", seed, seed)
	rng := rand.New(rand.NewPCG(seed, seed^0x5bd1e995))
	h, _ := openHub(t)
	dir := t.TempDir()
	offices := make([]*storage.Store, 3)
	for i := range offices {
		offices[i] = demoOffice(t, dir, fmt.Sprintf("S%d", i), int64(seed%1000)+int64(i), 4+rng.IntN(5))
	}
	var bundles []string
	for range 8 + rng.IntN(8) {
		s := offices[rng.IntN(len(offices))]
		switch rng.IntN(7) {
		case 0:
			if len(bundles) > 0 {
				f := bundles[rng.IntN(len(bundles))]
				if _, err := s.ImportBundle(t.Context(), storage.FileSource(f), nil, storage.ImportOptions{Trust: true}, nil); err != nil {
					t.Logf("skips %s: %v", filepath.Base(f), err)
				}
			}
		case 1, 2:
			editIdea(t, rng, s)
		case 3:
			deleteOne(t, rng, s)
		case 4:
			correctConsultation(t, rng, s)
		case 5:
			if id := somePerson(t, rng, s); id != "" {
				if err := s.WithdrawConsent(id); err != nil {
					t.Fatal(err)
				}
			}
		default:
			bundles = append(bundles, export(t, s, dir, rng.IntN(3) == 0))
		}
	}
	for _, s := range offices {
		bundles = append(bundles, export(t, s, dir, true))
	}
	// Half the runs load in the order written (each edit after what it
	// edits: winners change), with repeats; the others in any order.
	order := shuffledWithRepeats(rng, len(bundles))
	if rng.IntN(2) == 0 {
		slices.Sort(order)
	}
	bulk := min(len(order), 2+rng.IntN(2))
	srcs := make([]storage.Source, bulk)
	for i, k := range order[:bulk] {
		srcs[i] = storage.FileSource(bundles[k])
	}
	h.ImportAll(t.Context(), srcs, hub.ImportOptions{Trust: true}, 3, func(i int, _ hub.Imported, err error) bool {
		if err != nil {
			t.Fatalf("hub import: %v", err)
		}
		return true
	})
	sumsSameAsFull(t, h, "after the bulk load")
	for _, k := range order[bulk:] {
		hubImport(t, h, bundles[k])
		sumsSameAsFull(t, h, "after "+filepath.Base(bundles[k]))
	}
}

// TestBulkSumsInsertedOrAdded: a bulk load inserts the sums of a bundle whose
// origins are new to it plainly and adds those of one whose office came
// before in it (an office's later bundle, all its records new: still bulk
// loaded); the sums equal the tables' and the report the full queries', and
// the hub ends as a store that imported the bundles. It fails when a
// repeated origin's sums are inserted plainly (their keys are there
// already) or when none are.
func TestBulkSumsInsertedOrAdded(t *testing.T) {
	t.Parallel()
	h, _ := openHub(t)
	dir := t.TempDir()
	var bundles []string
	offices := make([]*storage.Store, 3)
	for i := range offices {
		offices[i] = demoOffice(t, dir, fmt.Sprintf("C%d", i), int64(800+i), 5)
		bundles = append(bundles, export(t, offices[i], dir, true))
	}
	// Office C0's later records, in a bundle of their own: a person and a
	// consultation (its sums' key, the office alone, is there already).
	p := &model.Person{FullName: "Студент", Phone: "+77015550001", Consent: true, Region: "karaganda"}
	p.Kind, p.ID = model.KindPerson, model.NewID()
	if err := offices[0].Create(p); err != nil {
		t.Fatal(err)
	}
	c := &model.Consultation{Date: "2026-11-20", DurationMin: 30, Consultant: "Мадина", PersonID: p.ID,
		Services: []model.Service{model.Services()[0]}}
	c.Kind, c.ID = model.KindConsultation, model.NewID()
	if err := offices[0].Create(c); err != nil {
		t.Fatal(err)
	}
	bundles = append(bundles, export(t, offices[0], dir, false))
	srcs := make([]storage.Source, len(bundles))
	for i, f := range bundles {
		srcs[i] = storage.FileSource(f)
	}
	loaded, inserted := hub.BulkLoaded(), hub.BulkSumsInserted()
	h.ImportAll(t.Context(), srcs, hub.ImportOptions{Trust: true}, 2, func(i int, _ hub.Imported, err error) bool {
		if err != nil {
			t.Fatalf("hub import %d: %v", i, err)
		}
		return true
	})
	// Other tests' bulk loads may count meanwhile: at least these.
	if n := hub.BulkLoaded() - loaded; n < 4 {
		t.Fatalf("%d bundles bulk loaded, want 4", n)
	}
	if n := hub.BulkSumsInserted() - inserted; n < 3 {
		t.Fatalf("%d bundles' sums inserted plainly, want 3", n)
	}
	sumsSameAsFull(t, h, "after the bulk load")
	compareWithStore(t, h, loadStore(t, filepath.Join(dir, "regional.db"), bundles, []int{3, 2, 1, 0}))
}

// sumsSameAsFull holds the kept sums to the tables, and the report from
// them to the full queries', under filters that read them and some that
// do not.
func sumsSameAsFull(t *testing.T, h *hub.Hub, when string) {
	t.Helper()
	ctx := t.Context()
	if d, err := hub.SumsDrift(ctx, h); err != nil || d != "" {
		t.Fatalf("%s: sums kept differ from the tables: %s %v", when, d, err)
	}
	filters := []report.Filter{{}, {Region: "karaganda"}, {Region: "almaty"}, {Direction: "ecology"}, {Direction: "bilim"},
		{From: "2026-01-01"}}
	offices, err := h.Offices(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range append(offices, report.Office{ID: h.OfficeID()}) {
		filters = append(filters, report.Filter{Office: o.ID}, report.Filter{Office: o.ID, Region: "karaganda"})
	}
	for _, f := range filters {
		hub.SetFullReport(h, false)
		got, err := h.Report(ctx, f, nil)
		if err != nil {
			t.Fatal(err)
		}
		hub.SetFullReport(h, true)
		want, err := h.Report(ctx, f, nil)
		hub.SetFullReport(h, false)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%s: report %+v from the sums differs:\nsums %+v\nfull %+v", when, f, got, want)
		}
	}
}

// someID is a random live record of kind k in s ("" if none).
func someID(t *testing.T, rng *rand.Rand, s *storage.Store, k model.Kind) string {
	var ids []string
	if err := s.List(k, func(r model.Record) error {
		if !r.Env().Deleted {
			ids = append(ids, r.Env().ID)
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

// editIdea changes what the report counts of a random idea of s.
func editIdea(t *testing.T, rng *rand.Rand, s *storage.Store) {
	id := someID(t, rng, s, model.KindIdea)
	if id == "" {
		return
	}
	i, err := storage.GetAs[*model.Idea](s, model.KindIdea, id)
	if err != nil {
		t.Fatal(err)
	}
	pick := func(n int) int { return rng.IntN(n) }
	switch pick(4) {
	case 0:
		i.Status = model.IdeaStatuses()[pick(len(model.IdeaStatuses()))]
	case 1:
		i.Region = model.Regions()[pick(len(model.Regions()))]
	case 2:
		i.Direction = model.Directions()[pick(len(model.Directions()))]
	}
	i.SDGs = nil
	for range pick(3) {
		i.SDGs = append(i.SDGs, model.SDGs()[pick(len(model.SDGs()))])
	}
	i.TargetGroups = nil
	for _, g := range model.TargetGroups()[:pick(3)] {
		i.TargetGroups = append(i.TargetGroups, model.Reach{Group: g, Planned: pick(50), Reached: pick(20)})
	}
	if err := s.Update(i); err != nil {
		t.Logf("idea not changed: %v", err) // a status it may not take, say
	}
}

// deleteOne deletes a random idea, person, consultation, visit or hours entry of s.
func deleteOne(t *testing.T, rng *rand.Rand, s *storage.Store) {
	k := []model.Kind{model.KindIdea, model.KindPerson, model.KindConsultation, model.KindVisit, model.KindHours}[rng.IntN(5)]
	if id := someID(t, rng, s, k); id != "" {
		if err := s.Delete(k, id); err != nil {
			t.Logf("%s not deleted: %v", k, err)
		}
	}
}

// correctConsultation adds a correction of a random consultation of s
// (other services).
func correctConsultation(t *testing.T, rng *rand.Rand, s *storage.Store) {
	id := someID(t, rng, s, model.KindConsultation)
	if id == "" {
		return
	}
	c, err := storage.GetAs[*model.Consultation](s, model.KindConsultation, id)
	if err != nil {
		t.Fatal(err)
	}
	n := &model.Consultation{Date: c.Date, DurationMin: c.DurationMin, Consultant: c.Consultant, PersonID: c.PersonID,
		IdeaID: c.IdeaID, Supersedes: c.ID}
	n.Kind, n.ID = model.KindConsultation, model.NewID()
	all := model.Services()
	n.Services = []model.Service{all[rng.IntN(len(all))], all[rng.IntN(len(all))]}
	if err := s.Create(n); err != nil {
		t.Logf("no correction: %v", err)
	}
}
