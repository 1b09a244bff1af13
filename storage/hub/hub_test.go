package hub_test

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/model/demo"
	"frontoffice/model/report"
	"frontoffice/storage"
	"frontoffice/storage/bundle/bundletest"
	"frontoffice/storage/hub"

	"github.com/jackc/pgx/v5"
)

// pgURL is the server the hub tests use: $FRONTOFFICE_PG. Without it they
// skip, saying how to run them, unless FRONTOFFICE_E2E_REQUIRED=1 (CI),
// where a hub test that cannot run fails.
func pgURL(t testing.TB) string {
	t.Helper()
	url := os.Getenv("FRONTOFFICE_PG")
	if url == "" {
		msg := "the hub tests need PostgreSQL: set FRONTOFFICE_PG=postgres://USER:PASSWORD@127.0.0.1:5432/DB?sslmode=disable " +
			"(a role that may create schemas in DB; see docs/hub.md)"
		if os.Getenv("FRONTOFFICE_E2E_REQUIRED") == "1" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	return url
}

// openHub opens a hub in a schema of its own (dropped at the end), so tests
// run in parallel on one database.
func openHub(t testing.TB) (*hub.Hub, string) {
	t.Helper()
	url := pgURL(t)
	var b [6]byte
	rand.Read(b[:])
	schema := "hubtest_" + hex.EncodeToString(b[:])
	ctx := context.Background()
	h, err := hub.Open(ctx, url, hub.Options{Schema: schema})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		h.Close()
		conn, err := pgx.Connect(ctx, url)
		if err != nil {
			return
		}
		defer conn.Close(ctx)
		conn.Exec(ctx, "DROP SCHEMA "+pgx.Identifier{schema}.Sanitize()+" CASCADE")
	})
	return h, schema
}

// demoOffice makes an office store with demo data (seed) and returns it,
// with its name and region set.
func demoOffice(t testing.TB, dir, name string, seed int64, n int) *storage.Store {
	t.Helper()
	s, err := storage.Open(filepath.Join(dir, name+".db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	o, err := s.Office()
	if err != nil {
		t.Fatal(err)
	}
	o.Name, o.Region = name, "karaganda"
	if err := s.SaveOffice(o); err != nil {
		t.Fatal(err)
	}
	var batch []model.Record
	err = demo.Generate(demo.Options{Ideas: n, People: n, Seed: seed, Now: time.Date(2026, 11, 20, 12, 0, 0, 0, time.UTC),
		Origin: s.OfficeID(), Consultants: []string{"Мадина"}}, func(r model.Record) error {
		batch = append(batch, r)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.InsertBatch(batch); err != nil {
		t.Fatal(err)
	}
	return s
}

// export writes s's changes since its last export to a new bundle in dir.
func export(t testing.TB, s *storage.Store, dir string, full bool) string {
	t.Helper()
	f, err := os.CreateTemp(dir, "*.fob")
	if err != nil {
		t.Fatal(err)
	}
	f.Close()
	os.Remove(f.Name())
	if _, err := s.ExportFile(context.Background(), f.Name(), storage.ExportOptions{Full: full}, nil); err != nil {
		t.Fatal(err)
	}
	return f.Name()
}

func hubImport(t testing.TB, h *hub.Hub, file string) hub.Imported {
	t.Helper()
	res, err := h.Import(context.Background(), storage.FileSource(file), nil, hub.ImportOptions{Trust: true})
	if err != nil {
		t.Fatalf("hub import %s: %v", filepath.Base(file), err)
	}
	return res
}

func storeImport(t testing.TB, s *storage.Store, file string) storage.ImportSummary {
	t.Helper()
	sum, err := s.ImportBundle(context.Background(), storage.FileSource(file), nil, storage.ImportOptions{Trust: true}, nil)
	if err != nil {
		t.Fatalf("import %s: %v", filepath.Base(file), err)
	}
	return sum
}

// dumpHub is every revision the hub holds, as JSON lines sorted, with the
// winners marked, for comparing with a store's canonicalDump.
func dumpHub(t testing.TB, h *hub.Hub) (revs []string, current map[string]string, conflicts []string) {
	t.Helper()
	d, err := h.Dump(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return d.Revisions, d.Current, d.Conflicts
}

// dumpStore is the same of a store, read from its full bundle (which holds
// every revision, each record's history then its current one).
func dumpStore(t testing.TB, s *storage.Store) (revs []string, current map[string]string, conflicts []string) {
	t.Helper()
	f := export(t, s, t.TempDir(), true)
	current = map[string]string{}
	_, _, _, err := storage.ReadBundle(context.Background(), storage.FileSource(f), nil, time.Now(), nil, func(r storage.BundleRecord) error {
		revs = append(revs, string(r.Data))
		current[string(r.Record.Env().Kind)+" "+r.Record.Env().ID] = string(r.Data)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(revs)
	cs, err := s.Conflicts()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cs {
		conflicts = append(conflicts, string(c.Kind)+" "+c.ID)
	}
	slices.Sort(conflicts)
	return revs, current, conflicts
}

func TestImportOneBundle(t *testing.T) {
	t.Parallel()
	h, _ := openHub(t)
	dir := t.TempDir()
	a := demoOffice(t, dir, "Алғашқы", 1, 60)
	f := export(t, a, dir, true)
	res := hubImport(t, h, f)
	tot := res.Summary.Total()
	if tot.Added == 0 || tot.Added != res.Summary.Records {
		t.Fatalf("added %d of %d records", tot.Added, res.Summary.Records)
	}
	if res.Signer.State != storage.SignerNew {
		t.Fatalf("signer %v, want new (trusted now)", res.Signer.State)
	}
	// The same records as a store that imported it.
	s, err := storage.Open(filepath.Join(dir, "regional.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	storeImport(t, s, f)
	compareWithStore(t, h, s)
}

// compareWithStore holds the hub to the store: the same revisions, the same
// winners, the same conflicts, the same report and credits.
func compareWithStore(t *testing.T, h *hub.Hub, s *storage.Store) {
	t.Helper()
	hr, hc, hx := dumpHub(t, h)
	sr, sc, sx := dumpStore(t, s)
	madeHere(t, hr, hc, h.OfficeID())
	madeHere(t, sr, sc, s.OfficeID())
	if !reflect.DeepEqual(hr, sr) {
		t.Fatalf("revisions differ: hub %d, store %d\n%s", len(hr), len(sr), firstDiff(hr, sr))
	}
	if !reflect.DeepEqual(hc, sc) {
		for k, v := range sc {
			if hc[k] != v {
				t.Fatalf("current %s differs:\nhub   %s\nstore %s", k, hc[k], v)
			}
		}
		t.Fatalf("current records differ: hub %d, store %d", len(hc), len(sc))
	}
	if fmt.Sprint(hx) != fmt.Sprint(sx) {
		t.Fatalf("conflicts differ: hub %v, store %v", hx, sx)
	}
	ctx := context.Background()
	for _, f := range []report.Filter{{}, {Region: "karaganda"}, {From: "2026-06-01", To: "2026-10-31"}, {Direction: "ecology"}} {
		want, err := s.Report(ctx, f, storage.ReportOptions{Loc: time.UTC})
		if err != nil {
			t.Fatal(err)
		}
		got, err := h.Report(ctx, f, time.UTC)
		if err != nil {
			t.Fatal(err)
		}
		hereRow(&got)
		hereRow(&want)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("report %+v differs:\nhub   %+v\nstore %+v", f, got, want)
		}
	}
	want, err := s.Credits(model.DefaultCreditRules(), 2026)
	if err != nil {
		t.Fatal(err)
	}
	got, err := h.Credits(ctx, model.DefaultCreditRules(), 2026, model.DateOf(time.Now()))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) {
		t.Fatalf("credits: hub %d lines, store %d", len(got), len(want))
	}
	for i := range want {
		if got[i].Person.ID != want[i].Person.ID || !reflect.DeepEqual(got[i].Standing, want[i].Standing) || got[i].Held != want[i].Held {
			t.Fatalf("credit line %d: hub %+v %+v, store %+v %+v", i, got[i].Person.ID, got[i].Standing, want[i].Person.ID, want[i].Standing)
		}
	}
}

// hereRow names the by-office row of the hub's or store's own office (the
// records it revised) "here", their ids being their own, and keeps the rows
// in order of office.
func hereRow(r *report.Report) {
	for i := range r.ByOffice {
		if r.ByOffice[i].Here {
			r.ByOffice[i].Office = "here"
		}
	}
	slices.SortStableFunc(r.ByOffice, func(a, b report.OfficeRow) int { return strings.Compare(a.Office, b.Office) })
}

// madeHere blanks, in revs and current, who and when of the revisions made
// by the hub or store itself (office id here): a withdrawal received erases
// the person from a current record by a new revision, under the clock and
// office of whoever received it. The rest of such a revision must be the
// same.
func madeHere(t *testing.T, revs []string, current map[string]string, here string) {
	t.Helper()
	blank := func(line string) string {
		if !strings.Contains(line, `"origin":"`+here+`"`) {
			return line
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatal(err)
		}
		if m["origin"] != here {
			return line
		}
		m["origin"], m["hlc"], m["updated_at"], m["updated_by"] = "here", 0, "", ""
		out, err := json.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		return string(out)
	}
	for i := range revs {
		revs[i] = blank(revs[i])
	}
	slices.Sort(revs)
	for k, v := range current {
		current[k] = blank(v)
	}
}

func firstDiff(a, b []string) string {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return "hub   " + a[i] + "\nstore " + b[i]
		}
	}
	return "(one is a prefix of the other)"
}

// TestThreeOfficesAnyOrder: bundles of three demo offices, with people of
// one student at two desks and an edit of the same record at two offices
// (a conflict), loaded into the hub in one order and into a store in
// another give the same records, report and credits; loading one again
// changes nothing; a bad bundle changes nothing; the hub's own export reads
// back into a store as the same records.
func TestThreeOfficesAnyOrder(t *testing.T) {
	t.Parallel()
	h, _ := openHub(t)
	dir := t.TempDir()
	a := demoOffice(t, dir, "A", 1, 40)
	b := demoOffice(t, dir, "B", 2, 40)
	c := demoOffice(t, dir, "C", 3, 40)
	// One student registered at A and at C (the same phone): one person.
	pa := &model.Person{FullName: "Айгерім Сейтқали", Phone: "+77015550099", Consent: true, Region: "karaganda"}
	pc := &model.Person{FullName: "Aigerim Seitkali", Phone: "+77015550099", Consent: true, Region: "karaganda"}
	for _, x := range []struct {
		s *storage.Store
		p *model.Person
	}{{a, pa}, {c, pc}} {
		x.p.Kind = model.KindPerson
		x.p.ID = model.NewID()
		if err := x.s.Create(x.p); err != nil {
			t.Fatal(err)
		}
	}
	fa := export(t, a, dir, true)
	// B edits A's person after seeing A's bundle, and so does C: a conflict.
	storeImport(t, b, fa)
	storeImport(t, c, fa)
	for i, s := range []*storage.Store{b, c} {
		p, err := storage.GetAs[*model.Person](s, model.KindPerson, pa.ID)
		if err != nil {
			t.Fatal(err)
		}
		p.Organization = fmt.Sprintf("колледж %d", i)
		if err := s.Update(p); err != nil {
			t.Fatal(err)
		}
	}
	fb, fc := export(t, b, dir, true), export(t, c, dir, true)

	for _, f := range []string{fc, fa, fb, fa} {
		hubImport(t, h, f)
	}
	s, err := storage.Open(filepath.Join(dir, "regional.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, f := range []string{fb, fc, fa} {
		storeImport(t, s, f)
	}
	compareWithStore(t, h, s)
	if _, _, x := dumpHub(t, h); len(x) == 0 {
		t.Fatal("no conflict: two offices edited one person from the same revision")
	}

	// Loading one again changes nothing, and says so.
	before, _ := h.Dump(context.Background())
	if res := hubImport(t, h, fb); res.Summary.Changed() || !res.Again {
		t.Fatalf("a bundle loaded again changed something: %+v again=%v", res.Summary.Total(), res.Again)
	}
	// A bad bundle (one byte of a record changed) changes nothing.
	d := demoOffice(t, dir, "D", 4, 10)
	bad := corrupt(t, export(t, d, dir, true))
	if _, err := h.Import(context.Background(), storage.FileSource(bad), nil, hub.ImportOptions{Trust: true}); err == nil {
		t.Fatal("a corrupt bundle was loaded")
	}
	// An office not trusted yet, without --trust, changes nothing either.
	if _, err := h.Import(context.Background(), storage.FileSource(export(t, d, dir, true)), nil, hub.ImportOptions{}); err == nil {
		t.Fatal("a new office's bundle was loaded without --trust")
	} else if te, ok := storage.AsTrustError(err); !ok || te.Reason != storage.TrustUnknown {
		t.Fatalf("want unknown office, got %v", err)
	}
	if after, _ := h.Dump(context.Background()); !reflect.DeepEqual(after, before) {
		t.Fatal("a refused bundle changed the hub")
	}

	// The hub's export reads into a new store (import --trust) as the same records.
	out := filepath.Join(dir, "hub.fob")
	if _, err := h.Export(context.Background(), out, hub.ExportOptions{}); err != nil {
		t.Fatal(err)
	}
	s2, err := storage.Open(filepath.Join(dir, "national.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	storeImport(t, s2, out)
	compareWithStore(t, h, s2)
}

// corrupt changes the last record of bundle f as an editor would (the
// trailer's hash made right again): its signature no longer verifies, and
// only at the end, after every other record went into staging.
func corrupt(t testing.TB, f string) string {
	t.Helper()
	return bundletest.Edit(t, f, func(lines []string) {
		n := len(lines) - 2
		lines[n] = strings.Replace(lines[n], `"updated_by":"`, `"updated_by":"x`, 1)
	})
}
