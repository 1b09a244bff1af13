package storage_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"slices"
	"strings"
	"sync/atomic"
	"testing"

	"frontoffice/model"
	"frontoffice/model/demo"
	"frontoffice/storage"
	"frontoffice/storage/bundle"
)

// onePassBundle is a full bundle of a demo store of more than one import
// batch, in memory.
func onePassBundle(t *testing.T) []byte {
	t.Helper()
	a, _ := newStore(t)
	var rs []model.Record
	demo.Generate(demo.Options{Ideas: 900, People: 900, Seed: 11, Now: day0, Origin: a.OfficeID()}, func(r model.Record) error {
		rs = append(rs, r)
		return nil
	})
	if err := a.InsertBatch(rs); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	res, err := a.Export(context.Background(), &buf, storage.ExportOptions{Full: true}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.Records <= 5000 {
		t.Fatalf("%d records: want more than one import batch", res.Records)
	}
	return buf.Bytes()
}

// countingSource counts how often the bundle is opened (read).
func countingSource(b []byte, opened *atomic.Int32) storage.Source {
	return storage.Source{Name: "full.fob", Open: func() (io.ReadCloser, error) {
		opened.Add(1)
		return io.NopCloser(bytes.NewReader(b)), nil
	}}
}

func noOnePassCopy(t *testing.T, s *storage.Store) {
	t.Helper()
	if _, err := os.Stat(s.Path() + ".importing"); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the import's copy is still beside the store: %v", err)
	}
}

// A bundle imported into a new store is read once, and gives the very store,
// summary and history the usual two readings give.
func TestOnePassImportMatchesUsual(t *testing.T) {
	full := onePassBundle(t)
	var opened atomic.Int32
	one, _ := newStore(t)
	sumOne, err := one.ImportBundle(context.Background(), countingSource(full, &opened), noPass, storage.ImportOptions{Trust: true}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if n := opened.Load(); n != 1 {
		t.Errorf("the bundle was read %d times into a new store, want once", n)
	}
	storage.SetOnePassMostForTest(t, 0)
	opened.Store(0)
	usual, _ := newStore(t)
	sumUsual, err := usual.ImportBundle(context.Background(), countingSource(full, &opened), noPass, storage.ImportOptions{Trust: true}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if n := opened.Load(); n != 2 {
		t.Errorf("the usual way read the bundle %d times, want twice", n)
	}
	if sumOne.Records != sumUsual.Records || sumOne.Total() != sumUsual.Total() {
		t.Errorf("summaries differ: one pass %d %+v, usual %d %+v", sumOne.Records, sumOne.Total(), sumUsual.Records, sumUsual.Total())
	}
	if a, b := canonicalDump(t, one), canonicalDump(t, usual); !slices.Equal(a, b) {
		t.Errorf("the stores differ: %d and %d revisions", len(a), len(b))
	}
	for _, s := range []*storage.Store{one, usual} {
		if p := s.Check(); len(p) > 0 {
			t.Errorf("check: %v", p)
		}
		if s.PendingImport() != "" || s.PendingIndexCount() != 0 {
			t.Errorf("pending import %q, %d pending index marks", s.PendingImport(), s.PendingIndexCount())
		}
		noOnePassCopy(t, s)
	}
	ko, _ := one.KnownOffices()
	ku, _ := usual.KnownOffices()
	if len(ko) != 1 || len(ku) != 1 || ko[0].LastSHA256 != ku[0].LastSHA256 || ko[0].LastSHA256 == "" {
		t.Errorf("offices known: one pass %+v, usual %+v", ko, ku)
	}
}

// A bundle refused in its last batch changes nothing, leaves no copy, and is
// refused with the error the usual check gives.
func TestOnePassRefusedChangesNothing(t *testing.T) {
	ls := bundleLines(t, onePassBundle(t))
	man, recs := ls[0], slices.Clone(ls[1:len(ls)-1])
	last := len(recs) - 3
	recs[last] = strings.Replace(recs[last], `"rev":1,`, `"rev":0,`, 1)
	bad := rawBundle(t, man, recs, "")
	var errs [2]error
	for i, most := range []int{1000, 0} {
		storage.SetOnePassMostForTest(t, most)
		s, _ := newStore(t)
		_, errs[i] = s.ImportBundle(context.Background(), bytesSource("bad.fob", bad), noPass, storage.ImportOptions{Trust: true, AllowUnsigned: true}, nil)
		if errs[i] == nil {
			t.Fatal("a bundle with a record of rev 0 was imported")
		}
		if n := count(t, s, model.KindPerson) + count(t, s, model.KindIdea); n != 0 {
			t.Errorf("%d records in the store after a refused bundle", n)
		}
		noOnePassCopy(t, s)
	}
	a, okA := bundle.AsError(errs[0])
	b, okB := bundle.AsError(errs[1])
	if !okA || !okB || a.Line != b.Line || a.Reason != b.Reason {
		t.Errorf("one pass says %v, the usual way %v", errs[0], errs[1])
	}
}

// A store written between the check and the merge keeps what was written and
// gets the whole bundle (checked again the usual way); a check dropped
// (Checked.Drop) is checked again too.
func TestOnePassStoreWrittenMeanwhile(t *testing.T) {
	full := onePassBundle(t)
	for _, drop := range []bool{false, true} {
		var opened atomic.Int32
		s, _ := newStore(t)
		c, err := s.CheckForImportOnePassForTest(context.Background(), countingSource(full, &opened), noPass)
		if err != nil {
			t.Fatal(err)
		}
		c.TrustNew = true
		p := newPerson("Мейіржан", "+77015550011")
		if drop {
			c.Drop()
		} else if err := s.Create(p); err != nil {
			t.Fatal(err)
		}
		sum, err := s.MergeChecked(c, nil)
		if err != nil {
			t.Fatal(err)
		}
		if n := opened.Load(); n != 3 {
			t.Errorf("drop %v: the bundle was read %d times, want 3 (once, then checked and merged)", drop, n)
		}
		want := sum.Records
		if !drop {
			want++
			if _, err := s.Get(model.KindPerson, p.ID); err != nil {
				t.Errorf("the person written meanwhile: %v", err)
			}
		}
		if got := len(canonicalDump(t, s)); got != want {
			t.Errorf("drop %v: %d revisions in the store, want %d", drop, got, want)
		}
		noOnePassCopy(t, s)
	}
}

// Ctrl+C while a bundle is merged as it is checked: nothing merged, no copy.
func TestOnePassStoppedChangesNothing(t *testing.T) {
	full := onePassBundle(t)
	s, _ := newStore(t)
	ctx, cancel := context.WithCancel(context.Background())
	src := storage.Source{Name: "full.fob", Open: func() (io.ReadCloser, error) {
		return io.NopCloser(&cancelAfter{r: bytes.NewReader(full), n: len(full) / 2, cancel: cancel}), nil
	}}
	_, err := s.ImportBundle(ctx, src, noPass, storage.ImportOptions{Trust: true}, nil)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("stopped import: %v", err)
	}
	if n := len(canonicalDump(t, s)); n != 0 {
		t.Errorf("%d revisions in the store after a stop during the check", n)
	}
	if s.PendingImport() != "" {
		t.Errorf("pending import %q", s.PendingImport())
	}
	noOnePassCopy(t, s)
}

// cancelAfter reads r and cancels once n bytes are read.
type cancelAfter struct {
	r      io.Reader
	n      int
	cancel func()
}

func (c *cancelAfter) Read(p []byte) (int, error) {
	k, err := c.r.Read(p)
	if c.n -= k; c.n <= 0 {
		c.cancel()
	}
	return k, err
}

// A new office's bundle not trusted: refused, nothing merged, no copy; then
// trusted: merged.
func TestOnePassUntrustedThenTrusted(t *testing.T) {
	full := onePassBundle(t)
	s, _ := newStore(t)
	_, err := s.ImportBundle(context.Background(), bytesSource("full.fob", full), noPass, storage.ImportOptions{}, nil)
	var te *storage.TrustError
	if !errors.As(err, &te) {
		t.Fatalf("an untrusted office's bundle: %v", err)
	}
	if n := len(canonicalDump(t, s)); n != 0 {
		t.Errorf("%d revisions after a refused signer", n)
	}
	noOnePassCopy(t, s)
	sum, err := s.ImportBundle(context.Background(), bytesSource("full.fob", full), noPass, storage.ImportOptions{Trust: true}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := len(canonicalDump(t, s)); got != sum.Records {
		t.Errorf("%d revisions, %d imported", got, sum.Records)
	}
	noOnePassCopy(t, s)
}

// The import command's one reading (CheckForImportOnce): Ctrl+C after the
// first batch was merged into the copy ends the merging at a batch boundary,
// the rest is still read and checked, and merging keeps the whole batches
// merged, names the bundle pending, and importing it again finishes it
// exactly, as a stop after the usual check does. A bundle that fails its
// checks after the stop keeps nothing.
func TestOnePassStopKeepsWholeBatches(t *testing.T) {
	full := onePassBundle(t)
	for _, broken := range []bool{false, true} {
		b := full
		if broken { // its trailer's hash no longer matches
			ls := bundleLines(t, full)
			b = rawBundle(t, ls[0], slices.Clone(ls[1:len(ls)-1]), strings.Repeat("0", 64))
		}
		s, _ := newStore(t)
		ctx, cancel := context.WithCancel(context.Background())
		var opened atomic.Int32
		var said []int
		c, err := s.CheckForImportOnce(ctx, countingSource(b, &opened), noPass, func(lines, of int) {
			said = append(said, lines)
			cancel() // after the first batch merged
		})
		if broken {
			if err == nil {
				t.Fatal("a broken bundle stopped midway was found sound")
			}
			if n := len(canonicalDump(t, s)); n != 0 || s.PendingImport() != "" {
				t.Errorf("a broken bundle stopped midway left %d revisions, pending %q", n, s.PendingImport())
			}
			noOnePassCopy(t, s)
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		c.TrustNew = true
		sum, err := s.MergeCheckedContext(ctx, c, nil)
		if !errors.Is(err, context.Canceled) || len(said) != 1 || sum.Records != said[0] || sum.Records == 0 {
			t.Fatalf("stopped: %v, merged %d, progress said %v", err, sum.Records, said)
		}
		if n := len(canonicalDump(t, s)); n != sum.Records {
			t.Errorf("the store holds %d revisions; the import says %d merged", n, sum.Records)
		}
		if s.PendingImport() != "full.fob" {
			t.Errorf("pending import %q", s.PendingImport())
		}
		if p := s.Check(); len(p) > 0 {
			t.Errorf("check: %v", p)
		}
		noOnePassCopy(t, s)
		if n := opened.Load(); n != 1 {
			t.Errorf("read %d times, want once", n)
		}
		all, err := s.ImportBundle(context.Background(), bytesSource("full.fob", full), noPass, storage.ImportOptions{}, nil)
		if err != nil {
			t.Fatal(err)
		}
		fresh, _ := newStore(t)
		if _, err := fresh.ImportBundle(context.Background(), bytesSource("full.fob", full), noPass, storage.ImportOptions{Trust: true}, nil); err != nil {
			t.Fatal(err)
		}
		if a, b := canonicalDump(t, s), canonicalDump(t, fresh); !slices.Equal(a, b) || s.PendingImport() != "" {
			t.Errorf("finished: %d revisions (%d this time), a whole import %d; pending %q", len(a), all.Records, len(b), s.PendingImport())
		}
	}
}
