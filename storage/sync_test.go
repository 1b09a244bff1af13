package storage_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/model/search"
	"frontoffice/storage"
	"frontoffice/storage/bundle"
)

// fileSource reads a bundle file.
func fileSource(path string) storage.Source {
	return storage.Source{Name: path, Open: func() (io.ReadCloser, error) { return os.Open(path) }}
}

// bytesSource reads a bundle held in memory.
func bytesSource(name string, b []byte) storage.Source {
	return storage.Source{Name: name, Open: func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(b)), nil }}
}

func noPass() (string, error) { return "", nil }

// exportTo writes an incremental (or full) bundle of s to a new file in dir.
func exportTo(t testing.TB, s *storage.Store, dir string, full bool) (string, storage.ExportResult) {
	t.Helper()
	f, err := os.CreateTemp(dir, "*.fob")
	if err != nil {
		t.Fatal(err)
	}
	f.Close()
	res, err := s.ExportFile(context.Background(), f.Name(), storage.ExportOptions{Full: full}, nil)
	if err != nil {
		t.Fatalf("export: %v", err)
	}
	return f.Name(), res
}

// importFile imports one bundle file or stops the test.
func importFile(t testing.TB, s *storage.Store, path string) storage.ImportSummary {
	t.Helper()
	sum, err := s.ImportBundle(context.Background(), fileSource(path), noPass, storage.ImportOptions{Trust: true}, nil)
	if err != nil {
		t.Fatalf("import %s: %v", filepath.Base(path), err)
	}
	return sum
}

// canonicalDump is every revision the store holds, current and earlier, in
// bundle order: the record lines of a full bundle. Two stores with the same
// dump hold the same records and the same history.
func canonicalDump(t testing.TB, s *storage.Store) []string {
	t.Helper()
	var buf bytes.Buffer
	if _, err := s.Export(context.Background(), &buf, storage.ExportOptions{Full: true}, nil); err != nil {
		t.Fatal(err)
	}
	ls := bundleLines(t, buf.Bytes())
	return ls[1 : len(ls)-1]
}

// bundleLines gunzips a bundle and splits its lines (manifest and trailer too).
func bundleLines(t testing.TB, b []byte) []string {
	t.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	plain, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(strings.TrimSuffix(string(plain), "\n"), "\n")
}

func TestExportImportRoundTrip(t *testing.T) {
	a, clkA := newStore(t)
	b, _ := newStore(t)
	dir := t.TempDir()
	p := newPerson("Айгерім Сейтқали", "+77011234567")
	mustCreate(t, a, p)
	i := newIdea("Таза аула", "draft")
	i.ApplicantID = p.ID
	mustCreate(t, a, i)
	clkA.Add(time.Minute)
	i.Title = "Таза аула 2"
	mustUpdate(t, a, i)

	file, res := exportTo(t, a, dir, false)
	if res.Records != 3 || res.Manifest.Counts["idea"] != 2 || res.Manifest.Counts["person"] != 1 || res.Manifest.Counts["office"] != 0 {
		t.Fatalf("first export: %d records, counts %v", res.Records, res.Manifest.Counts)
	}
	sum := importFile(t, b, file)
	if tot := sum.Total(); tot.Added != 2 || tot.Earlier != 0 || tot.Updated != 0 || tot.Conflicts != 0 {
		t.Fatalf("first import: %+v", tot)
	}
	if got := canonicalDump(t, b); !equalLines(got, canonicalDump(t, a)) {
		t.Fatalf("stores differ after import:\n%s\n---\n%s", strings.Join(got, "\n"), strings.Join(canonicalDump(t, a), "\n"))
	}
	if h, _ := b.History(model.KindIdea, i.ID); len(h) != 1 || h[0].(*model.Idea).Title != "Таза аула" {
		t.Fatalf("history after import: %+v", h)
	}
	if r, err := b.SearchOnce(context.Background(), searchQuery("аула")); err != nil || len(r.Hits) == 0 {
		t.Fatalf("the imported idea is not found by search: %+v, %v", r, err)
	}

	// The same bundle again changes nothing and says so.
	before := canonicalDump(t, b)
	again := importFile(t, b, file)
	if tot := again.Total(); tot.Unchanged != 2 || again.Changed() {
		t.Fatalf("second import: %+v", tot)
	}
	if !equalLines(before, canonicalDump(t, b)) {
		t.Fatal("a second import changed the store")
	}

	// Nothing changed since: the next incremental bundle is empty; an edit
	// brings only that record (with its history).
	_, res = exportTo(t, a, dir, false)
	if res.Records != 0 || res.Manifest.Since == 0 {
		t.Fatalf("export with nothing new: %d records, since %d", res.Records, res.Manifest.Since)
	}
	p.Organization = "КарУ"
	mustUpdate(t, a, p)
	_, res = exportTo(t, a, dir, false)
	if res.Records != 2 || res.Manifest.Counts["person"] != 2 {
		t.Fatalf("export after one edit: %d records, %v", res.Records, res.Manifest.Counts)
	}
	// b relays what it merged: its first export carries a's records.
	_, res = exportTo(t, b, dir, false)
	if res.Records != 3 {
		t.Fatalf("relay export: %d records", res.Records)
	}
	if a.LastExport().IsZero() {
		t.Error("no last export time kept")
	}
}

func equalLines(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestConflictFlaggedAndResolved(t *testing.T) {
	a, clkA := newStore(t)
	b, clkB := newStore(t)
	dir := t.TempDir()
	p := newPerson("Данияр Абенов", "+77017654321")
	mustCreate(t, a, p)
	f0, _ := exportTo(t, a, dir, false)
	importFile(t, b, f0)

	// Both offices edit the same revision: a the organisation, b the region.
	clkA.Add(time.Hour)
	clkB.Add(2 * time.Hour) // b's clock is later: b wins
	pa := p
	pa.Organization = "КарУ"
	mustUpdate(t, a, pa)
	pb, err := storage.GetAs[*model.Person](b, model.KindPerson, p.ID)
	if err != nil {
		t.Fatal(err)
	}
	pb.Region = "astana"
	mustUpdate(t, b, pb)

	fa, _ := exportTo(t, a, dir, false)
	fb, _ := exportTo(t, b, dir, false)
	if s := importFile(t, a, fb); s.Total().Conflicts != 1 || s.Total().Updated != 1 {
		t.Fatalf("a imports b: %+v", s.Total())
	}
	if s := importFile(t, b, fa); s.Total().Conflicts != 1 || s.Total().Earlier != 1 {
		t.Fatalf("b imports a: %+v", s.Total())
	}
	if !equalLines(canonicalDump(t, a), canonicalDump(t, b)) {
		t.Fatal("the offices differ after exchanging their edits")
	}
	for _, s := range []*storage.Store{a, b} {
		cs, err := s.Conflicts()
		if err != nil || len(cs) != 1 || s.ConflictCount() != 1 {
			t.Fatalf("conflicts %+v, %v", cs, err)
		}
		c := cs[0]
		if c.Current.(*model.Person).Region != "astana" || c.Other.(*model.Person).Organization != "КарУ" {
			t.Fatalf("conflict sides: %+v / %+v", c.Current, c.Other)
		}
	}

	// a settles it field by field: b's region (current), a's organisation.
	cs, _ := a.Conflicts()
	c := cs[0]
	fields, err := storage.DiffFields(c.Current, c.Other)
	if err != nil || strings.Join(fields, ",") != "organization,region" {
		t.Fatalf("diff %v, %v", fields, err)
	}
	merged, err := storage.MergeFields(c.Current, c.Other, []string{"organization"})
	if err != nil {
		t.Fatal(err)
	}
	if err := a.ResolveConflict(c, merged); err != nil {
		t.Fatal(err)
	}
	if a.ConflictCount() != 0 {
		t.Fatal("still in conflict after the resolution")
	}
	got, _ := storage.GetAs[*model.Person](a, model.KindPerson, p.ID)
	if got.Region != "astana" || got.Organization != "КарУ" || got.Origin != a.OfficeID() {
		t.Fatalf("resolved: %+v", got)
	}
	// The resolution syncs: b takes it and is out of conflict too.
	fr, _ := exportTo(t, a, dir, false)
	importFile(t, b, fr)
	if b.ConflictCount() != 0 || !equalLines(canonicalDump(t, a), canonicalDump(t, b)) {
		t.Fatalf("b after the resolution: %d conflicts", b.ConflictCount())
	}
	// A stale resolution (the record moved on) is refused.
	if err := b.ResolveConflict(c, c.Other); err == nil {
		t.Fatal("a stale resolution was accepted")
	}
}

func TestConsultationsNeverConflict(t *testing.T) {
	a, _ := newStore(t)
	b, _ := newStore(t)
	dir := t.TempDir()
	p := newPerson("Асель", "+77011112233")
	mustCreate(t, a, p)
	c := newConsultation(p.ID, "2026-02-13", "")
	if err := a.LogConsultation(c); err != nil {
		t.Fatal(err)
	}
	f, _ := exportTo(t, a, dir, false)
	importFile(t, b, f)
	fix := newConsultation(p.ID, "2026-02-13", "2026-02-20")
	if err := b.Supersede(c.ID, fix); err != nil {
		t.Fatal(err)
	}
	fb, _ := exportTo(t, b, dir, false)
	if s := importFile(t, a, fb); s.Total().Added != 1 || s.Total().Conflicts != 0 {
		t.Fatalf("import of a correction: %+v", s.Total())
	}
	if a.ConflictCount() != 0 {
		t.Fatal("a consultation is in conflict")
	}
}

func TestRedactedExport(t *testing.T) {
	a, _ := newStore(t)
	p := newPerson("Айгерім Сейтқали", "+77011234567")
	p.IIN = validIIN(t, 7)
	mustCreate(t, a, p)
	i := newIdea("Таза аула", "draft")
	i.ApplicantName = "Ержан Қалиев"
	i.Team = []model.TeamMember{{Name: "Ержан Қалиев", Role: "lead"}}
	mustCreate(t, a, i)
	var buf bytes.Buffer
	res, err := a.Export(context.Background(), &buf, storage.ExportOptions{Full: true, Redact: true}, nil)
	if err != nil || !res.Manifest.Redacted {
		t.Fatalf("redacted export: %+v, %v", res, err)
	}
	text := strings.Join(bundleLines(t, buf.Bytes()), "\n")
	for _, secret := range []string{"Айгерім", "+77011234567", p.IIN, "Ержан"} {
		if strings.Contains(text, secret) {
			t.Errorf("a redacted bundle holds %q", secret)
		}
	}
	if !strings.Contains(text, "Таза аула") || !strings.Contains(text, `"region":"almaty"`) {
		t.Error("a redacted bundle lost what statistics need")
	}
	// A redacted bundle is for statistics: it is never merged.
	b, _ := newStore(t)
	_, err = b.ImportBundle(context.Background(), bytesSource("r.fob", buf.Bytes()), noPass, storage.ImportOptions{Trust: true}, nil)
	if be, ok := bundle.AsError(err); !ok || be.Reason != bundle.ReasonRedacted {
		t.Fatalf("import of a redacted bundle: %v", err)
	}
}

func TestExportLeavesNoPartialFile(t *testing.T) {
	a, _ := newStore(t)
	var rs []model.Record
	for n := range 5000 {
		rs = append(rs, newPerson("Адам "+string(rune('А'+n%30)), ""))
	}
	if _, _, err := a.SaveBatch(rs); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	out := filepath.Join(dir, "x.fob")
	ctx, cancel := context.WithCancel(context.Background())
	_, err := a.ExportFile(ctx, out, storage.ExportOptions{}, func(done, total int) { cancel() })
	if err == nil {
		t.Fatal("a cancelled export succeeded")
	}
	ents, _ := os.ReadDir(dir)
	if len(ents) != 0 {
		t.Fatalf("a cancelled export left %v", ents)
	}
	// …and did not move the cursor: the next export still has everything.
	_, res := exportTo(t, a, dir, false)
	if res.Records != 5000 {
		t.Fatalf("after a cancelled export: %d records", res.Records)
	}
}

func searchQuery(text string) search.Query { return search.Query{Text: text} }

// TestEditOpenedBeforeImportIsStale: a record opened for editing, then
// replaced by another office's revision of the same number, is not saved
// over it: the save is refused as stale, as when a colleague saved first.
func TestEditOpenedBeforeImportIsStale(t *testing.T) {
	a, clkA := newStore(t)
	b, clkB := newStore(t)
	dir := t.TempDir()
	p := newPerson("Асель", "+77011112233")
	mustCreate(t, a, p)
	f, _ := exportTo(t, a, dir, false)
	importFile(t, b, f)
	clkB.Add(time.Hour)
	pb, _ := storage.GetAs[*model.Person](b, model.KindPerson, p.ID)
	pb.Notes = "b"
	mustUpdate(t, b, pb)
	// a's own rev 2 (older clock) and b's rev 2 meet at a: b's wins.
	clkA.Add(time.Minute)
	pa, _ := storage.GetAs[*model.Person](a, model.KindPerson, p.ID)
	pa.Notes = "a"
	mustUpdate(t, a, pa)
	fb, _ := exportTo(t, b, dir, false)
	importFile(t, a, fb)
	pa.Notes = "a again" // pa is a's rev 2, no longer current
	if err := a.Update(pa); !errors.Is(err, storage.ErrStale) {
		t.Fatalf("saving over another office's rev 2: %v", err)
	}
}

// fullDisk accepts a little, then fails as a full disk does.
type fullDisk struct{ room int }

func (d *fullDisk) Write(p []byte) (int, error) {
	if len(p) > d.room {
		n := d.room
		d.room = 0
		return n, syscall.ENOSPC
	}
	d.room -= len(p)
	return len(p), nil
}

// An export onto a full disk fails with the system's no-space error (which
// the app puts in words: ui/common.NoSpace), and does not move the cursor:
// the next export still carries everything.
func TestExportOntoAFullDisk(t *testing.T) {
	a, _ := newStore(t)
	var rs []model.Record
	for n := range 2000 {
		rs = append(rs, newPerson("Адам "+string(rune('А'+n%30)), ""))
	}
	if _, _, err := a.SaveBatch(rs); err != nil {
		t.Fatal(err)
	}
	_, err := a.Export(context.Background(), &fullDisk{room: 4096}, storage.ExportOptions{}, nil)
	if !errors.Is(err, syscall.ENOSPC) {
		t.Fatalf("export onto a full disk: %v", err)
	}
	_, res := exportTo(t, a, t.TempDir(), false)
	if res.Records != 2000 {
		t.Fatalf("after a failed export: %d records in the next one", res.Records)
	}
}

// TestExportSkipEmpty: with SkipEmpty an export that has nothing to carry
// writes no file and leaves the file already at its path as it was;
// without it (the command line's) the empty bundle is written.
func TestExportSkipEmpty(t *testing.T) {
	a, _ := newStore(t)
	mustCreate(t, a, newPerson("Асель", "+77011112233"))
	dir := t.TempDir()
	exportTo(t, a, dir, false) // everything so far
	out := filepath.Join(dir, "next.fob")
	if err := os.WriteFile(out, []byte("kept"), 0o600); err != nil {
		t.Fatal(err)
	}
	res, err := a.ExportFile(context.Background(), out, storage.ExportOptions{SkipEmpty: true}, nil)
	if err != nil || res.Records != 0 || res.Path != "" {
		t.Fatalf("skipped: %+v, %v", res, err)
	}
	if data, _ := os.ReadFile(out); string(data) != "kept" {
		t.Fatalf("the file there became %q", data)
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 2 { // the first bundle and next.fob
		t.Fatalf("files: %v", ents)
	}
	// A change is written as before, with SkipEmpty too.
	mustCreate(t, a, newPerson("Данияр", "+77011112234"))
	res, err = a.ExportFile(context.Background(), out, storage.ExportOptions{SkipEmpty: true}, nil)
	if err != nil || res.Records != 1 || res.Path != out {
		t.Fatalf("with a change: %+v, %v", res, err)
	}
	// Without SkipEmpty nothing new still makes a file.
	empty := filepath.Join(dir, "empty.fob")
	if res, err := a.ExportFile(context.Background(), empty, storage.ExportOptions{}, nil); err != nil || res.Records != 0 {
		t.Fatalf("empty export: %+v, %v", res, err)
	}
	if _, err := os.Stat(empty); err != nil {
		t.Fatal(err)
	}
}
