package sync

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/model/demo"
	"frontoffice/model/search"
	"frontoffice/storage"
	"frontoffice/ui/uitest"
)

// appStore opens a store as the app does (trims, the search index loaded
// in the background).
func appStore(t *testing.T) *storage.Store {
	t.Helper()
	s := uitest.OpenStoreWith(t, storage.Options{Now: func() time.Time { return fixedNow }, Trim: time.Hour})
	s.LoadSearch()
	return s
}

// demoBundle writes the full bundle of a demo office of more than one
// import batch, and returns its path and one of its people.
func demoBundle(t *testing.T) (string, *model.Person) {
	t.Helper()
	a := uitest.OpenStore(t, fixedNow)
	var rs []model.Record
	var p *model.Person
	demo.Generate(demo.Options{Ideas: 900, People: 900, Seed: 5, Now: fixedNow, Origin: a.OfficeID()}, func(r model.Record) error {
		if q, ok := r.(*model.Person); ok && p == nil {
			p = q
		}
		rs = append(rs, r)
		return nil
	})
	if err := a.InsertBatch(rs); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "region.fob")
	exportTo(t, a, path)
	return path, p
}

func sameFile(t *testing.T, path string, before os.FileInfo) bool {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return os.SameFile(fi, before)
}

func noCopy(t *testing.T, s *storage.Store) {
	t.Helper()
	if _, err := os.Stat(s.Path() + ".importing"); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the import's copy is beside the store: %v", err)
	}
}

// TestImportReadOnceInApp: Sync → Import of a new office's bundle into
// the app's small store says, while checking, how many records of how many
// it has read; asks whether to trust the office; y puts the copy merged
// during the check in the store's place (the file is another); the summary
// follows, and a search right after finds the imported people and ideas.
func TestImportReadOnceInApp(t *testing.T) {
	path, p := demoBundle(t)
	b := appStore(t)
	before, err := os.Stat(b.Path())
	if err != nil {
		t.Fatal(err)
	}
	h := newHarness(t, b, 100, 30)
	var progress []string
	h.onProgress = func(v string) { progress = append(progress, v) }
	h.keys("right", "enter")
	h.typeText(path)
	h.keys("enter")
	h.mustSee("Trust this office")
	if len(progress) == 0 || !strings.Contains(progress[0], "Checking records of the bundle: 5,000 of 5,") {
		t.Fatalf("progress during the check: %q", progress)
	}
	h.keys("y")
	h.mustSee("total: added")
	if sameFile(t, b.Path(), before) {
		t.Fatal("the import did not take the copy merged while checked")
	}
	noCopy(t, b)
	x, err := b.Search(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	res, err := x.Search(context.Background(), search.Query{Text: p.FullName, Filter: search.Filter{Kind: model.KindPerson}})
	if err != nil || res.Total == 0 || !hasHit(res, p.ID) {
		t.Fatalf("%q after the import: %d found (%v)", p.FullName, res.Total, err)
	}
	if n, _ := b.Count(model.KindIdea); n != 900 || x.Count(model.KindIdea) != 900 {
		t.Fatalf("%d ideas stored, %d found", n, x.Count(model.KindIdea))
	}
}

func hasHit(res search.Result, id string) bool {
	for _, h := range res.Hits {
		if h.ID == id {
			return true
		}
	}
	return false
}

// TestImportReadOnceStopped: esc while the bundle is read, or n to the
// trust question, leaves the app's store as it was and no copy beside it.
func TestImportReadOnceStopped(t *testing.T) {
	path, _ := demoBundle(t)
	for _, lang := range []struct {
		lang            model.Lang
		cancelled, kept string
	}{
		{model.KK, "Тоқтатылды; ештеңе жазылмады.", "Импортталмады; қойма өзгертілмеді"},
		{model.RU, "Прервано; ничего не записано.", "Не импортировано; хранилище не изменено"},
		{model.EN, "Cancelled; nothing was written.", "Not imported; the store was not changed"},
	} {
		b := appStore(t)
		h := newHarnessIn(t, b, lang.lang, 100, 30)
		pressed := make(chan struct{})
		checkReported = func() { <-pressed } // the check reads on once esc was pressed
		t.Cleanup(func() { checkReported = nil })
		h.onProgress = func(string) {
			h.onProgress = nil
			h.keys("esc") // on the first report, while the check runs
			close(pressed)
		}
		h.keys("right", "enter")
		h.typeText(path)
		h.keys("enter")
		h.mustSee(lang.cancelled)
		noCopy(t, b)
		h.keys("enter", "enter")
		h.keys("n")
		h.mustSee(lang.kept)
		noCopy(t, b)
		if n, _ := b.Count(model.KindPerson); n != 0 {
			t.Fatalf("%s: %d people after esc and n", lang.lang, n)
		}
	}
}
