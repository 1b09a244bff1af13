package storage_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/model/search"
	"frontoffice/storage"
)

// openAppStore opens a store as the app does: with trims, its search index
// loaded, other goroutines sharing it.
func openAppStore(t *testing.T) *storage.Store {
	t.Helper()
	s, _ := openStoreWith(t, filepath.Join(t.TempDir(), "app.db"), storage.Options{Now: newClock(day0).Now, Trim: time.Hour})
	if _, err := s.Search(context.Background()); err != nil {
		t.Fatal(err)
	}
	return s
}

// fileID is the store file's identity: a copy swapped in is another file.
func fileID(t *testing.T, s *storage.Store) os.FileInfo {
	t.Helper()
	fi, err := os.Stat(s.Path())
	if err != nil {
		t.Fatal(err)
	}
	return fi
}

// importInApp checks and merges full as the app's Sync screen does.
func importInApp(ctx context.Context, s *storage.Store, full []byte) (storage.ImportSummary, error) {
	c, err := s.CheckForImportInOne(ctx, bytesSource("full.fob", full), noPass, nil)
	if err != nil {
		return storage.ImportSummary{}, err
	}
	c.TrustNew = true
	return s.MergeChecked(c, nil)
}

// blockedWriter takes the first write, says so, and waits for release.
type blockedWriter struct {
	started, release chan struct{}
	once             sync.Once
}

func (w *blockedWriter) Write(p []byte) (int, error) {
	w.once.Do(func() { close(w.started); <-w.release })
	return len(p), nil
}

// waitFor polls cond until it holds, failing after a generous bound (the
// outcome is the condition, never the time).
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for end := time.Now().Add(time.Minute); !cond(); time.Sleep(5 * time.Millisecond) {
		if time.Now().After(end) {
			t.Fatalf("waited a minute for %s", what)
		}
	}
}

// The app's store takes the one-pass copy and swaps it in while its other
// goroutines read: readers never fail, a read transaction open on the old
// file (a backup) finishes on it and the swap waits for it, and afterwards
// every read and search sees the imported records, through the same index
// and search sessions opened before.
func TestSwapUnderReaders(t *testing.T) {
	full := onePassBundle(t)
	s := openAppStore(t)
	own := newPerson("Айгерім Сейтқали", "+77011234567")
	mustCreate(t, s, own)
	x, _ := s.Search(context.Background())
	sess := x.NewSession()
	before := fileID(t, s)

	stop := make(chan struct{})
	var readers sync.WaitGroup
	var readErr atomic.Pointer[error]
	for i := range 4 {
		readers.Add(1)
		go func() {
			defer readers.Done()
			for n := 0; ; n++ {
				select {
				case <-stop:
					return
				default:
				}
				var err error
				switch (i + n) % 3 {
				case 0:
					_, err = s.Get(model.KindPerson, own.ID)
				case 1:
					_, err = s.Count(model.KindIdea)
				case 2:
					_, err = s.SearchOnce(context.Background(), search.Query{Text: "Айгерім"})
				}
				if err != nil {
					readErr.Store(&err)
				}
			}
		}()
	}
	backup := &blockedWriter{started: make(chan struct{}), release: make(chan struct{})}
	var backupErr error
	backupDone := make(chan struct{})
	go func() {
		defer close(backupDone)
		_, backupErr = s.Backup(backup)
	}()
	<-backup.started // a read transaction is open on the file being replaced

	var sum storage.ImportSummary
	var importErr error
	imported := make(chan struct{})
	go func() {
		defer close(imported)
		sum, importErr = importInApp(context.Background(), s, full)
	}()
	waitFor(t, "the copy in the store's place", func() bool { return !os.SameFile(before, fileID(t, s)) })
	waitFor(t, "the imported ideas read", func() bool { n, _ := s.Count(model.KindIdea); return n > 0 })
	select {
	case <-imported:
		t.Fatal("the swap ended while a read transaction was still open on the old file")
	default:
	}
	close(backup.release)
	<-backupDone
	<-imported
	close(stop)
	readers.Wait()
	if importErr != nil || backupErr != nil {
		t.Fatalf("import: %v; backup of the old file: %v", importErr, backupErr)
	}
	if p := readErr.Load(); p != nil {
		t.Fatalf("a reader failed during the swap: %v", *p)
	}
	people, ideas := count(t, s, model.KindPerson), count(t, s, model.KindIdea)
	if people != 901 || ideas != 900 || sum.Records == 0 {
		t.Fatalf("%d people, %d ideas after the import (%d records)", people, ideas, sum.Records)
	}
	if _, err := s.Get(model.KindPerson, own.ID); err != nil {
		t.Fatalf("the person saved before the import: %v", err)
	}
	searchesFind(t, s, x, sess, people, ideas)
	noOnePassCopy(t, s)
}

// searchesFind: the index the screens hold (x, and a session opened on it
// before the import) finds every person and idea of the store, and a
// person by name.
func searchesFind(t *testing.T, s *storage.Store, x *search.Index, sess *search.Session, people, ideas int) {
	t.Helper()
	y, err := s.Search(context.Background()) // waits for the index loaded again, as at start-up
	if err != nil || y != x {
		t.Fatalf("the index after the import: %p, %v; want the same %p", y, err, x)
	}
	for k, want := range map[model.Kind]int{model.KindPerson: people, model.KindIdea: ideas} {
		res, err := sess.Search(context.Background(), search.Query{Filter: search.Filter{Kind: k}, Limit: 1})
		if err != nil || res.Total != want {
			t.Fatalf("%s: the search finds %d (%v), want %d", k, res.Total, err, want)
		}
		name := res.Hits[0].Title
		res, err = x.Search(context.Background(), search.Query{Text: name, Filter: search.Filter{Kind: k}})
		if err != nil || res.Total == 0 {
			t.Fatalf("%s %q not found by its name: %v", k, name, err)
		}
	}
}

// A save made in the app after the copy was finished, just before it would
// take the store's place, is kept: the copy is not swapped in and the
// bundle is merged the usual way, into the store that holds the save.
func TestSwapRefusedWhenWrittenMeanwhile(t *testing.T) {
	full := onePassBundle(t)
	s := openAppStore(t)
	before := fileID(t, s)
	late := newPerson("Данияр Оспанов", "+77017654321")
	storage.SetSwapHookForTest(t, func() {
		mustCreate(t, s, late)
	})
	if _, err := importInApp(context.Background(), s, full); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Get(model.KindPerson, late.ID); err != nil {
		t.Fatalf("the save made during the import was lost: %v", err)
	}
	if people, ideas := count(t, s, model.KindPerson), count(t, s, model.KindIdea); people != 901 || ideas != 900 {
		t.Fatalf("%d people, %d ideas after the import", people, ideas)
	}
	if !os.SameFile(before, fileID(t, s)) {
		t.Error("the copy was swapped in over a save")
	}
	x, _ := s.Search(context.Background())
	if res, _ := x.Search(context.Background(), search.Query{Text: "Данияр Оспанов"}); res.Total != 1 {
		t.Errorf("the save made during the import: %d found", res.Total)
	}
	noOnePassCopy(t, s)
}

// Saves made by another goroutine all through the app's import are all
// kept, and so is the whole bundle, whichever way it was merged.
func TestSwapKeepsConcurrentSaves(t *testing.T) {
	full := onePassBundle(t)
	s := openAppStore(t)
	stop := make(chan struct{})
	var saved []string
	var saveErr error
	done := make(chan struct{})
	go func() {
		defer close(done)
		for i := 0; ; i++ {
			select {
			case <-stop:
				return
			default:
			}
			p := newPerson(fmt.Sprintf("Сауле %d", i), fmt.Sprintf("+7702%07d", i))
			if saveErr = s.Create(p); saveErr != nil {
				return
			}
			saved = append(saved, p.ID)
		}
	}()
	_, err := importInApp(context.Background(), s, full)
	close(stop)
	<-done
	if err != nil || saveErr != nil {
		t.Fatalf("import: %v; save: %v", err, saveErr)
	}
	for _, id := range saved {
		if _, err := s.Get(model.KindPerson, id); err != nil {
			t.Fatalf("person %s saved during the import: %v", id, err)
		}
	}
	if people := count(t, s, model.KindPerson); people != 900+len(saved) {
		t.Fatalf("%d people, want 900 + %d saved", people, len(saved))
	}
	noOnePassCopy(t, s)
}

// An import stopped during its check (esc on the Sync screen) leaves the
// app's store as it was, and no copy; the next import takes the copy again.
func TestOnePassInAppStopped(t *testing.T) {
	full := onePassBundle(t)
	s := openAppStore(t)
	before := fileID(t, s)
	ctx, cancel := context.WithCancel(context.Background())
	var reported atomic.Int32
	_, err := s.CheckForImportInOne(ctx, bytesSource("full.fob", full), noPass, func(lines, of int) {
		if reported.Add(1) == 1 && (lines == 0 || of < lines) {
			t.Errorf("progress %d of %d", lines, of)
		}
		cancel()
	})
	if !errors.Is(err, context.Canceled) || reported.Load() == 0 {
		t.Fatalf("stopped check: %v after %d reports", err, reported.Load())
	}
	if n := count(t, s, model.KindPerson) + count(t, s, model.KindIdea); n != 0 {
		t.Fatalf("%d records after a stopped check", n)
	}
	noOnePassCopy(t, s)
	if _, err := importInApp(context.Background(), s, full); err != nil {
		t.Fatal(err)
	}
	if os.SameFile(before, fileID(t, s)) {
		t.Error("the next import did not take the copy")
	}
}

var _ io.Writer = (*blockedWriter)(nil)

// An app that stops while its trust question waits (closed, or killed)
// leaves only the copy the check merged into; the next Open deletes it and
// finds the store as it was.
func TestOnePassCopyLeftRemovedAtOpen(t *testing.T) {
	full := onePassBundle(t)
	path := filepath.Join(t.TempDir(), "app.db")
	s, done := openStoreWith(t, path, storage.Options{Now: newClock(day0).Now, Trim: time.Hour})
	c, err := s.CheckForImportInOne(context.Background(), bytesSource("full.fob", full), noPass, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Drop()
	if _, err := os.Stat(path + ".importing"); err != nil {
		t.Fatalf("no copy while the question waits: %v", err)
	}
	done()
	s, _ = openStoreWith(t, path, storage.Options{Now: newClock(day0).Now, Trim: time.Hour})
	noOnePassCopy(t, s)
	if n := count(t, s, model.KindPerson) + count(t, s, model.KindIdea); n != 0 {
		t.Fatalf("%d records after the app stopped at the question", n)
	}
}
