package storage

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// BenchmarkImportPhases times an import's three phases on a bundle of your
// choosing (none given: skipped), into an empty store each time:
//
//	frontoffice export --db big.db --full --out full.fob
//	FRONTOFFICE_BENCH_BUNDLE=full.fob go test -run='^$' -bench=ImportPhases -benchtime=3x ./storage/
//
// check-s is the check pass (nothing written), merge-s the merge pass, ix-s
// putting the deferred index entries (ixpending.go).
func BenchmarkImportPhases(b *testing.B) {
	path := os.Getenv("FRONTOFFICE_BENCH_BUNDLE")
	if path == "" {
		b.Skip("FRONTOFFICE_BENCH_BUNDLE is not set")
	}
	var check, merge, ix time.Duration
	records := 0
	for range b.N {
		b.StopTimer()
		s, err := Open(filepath.Join(b.TempDir(), "in.db"))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		t0 := time.Now()
		c, err := s.CheckForImport(context.Background(), FileSource(path), func() (string, error) { return "", nil })
		if err != nil {
			b.Fatal(err)
		}
		t1 := time.Now()
		sum, err := s.mergeChecked(context.Background(), c, nil)
		if err != nil {
			b.Fatal(err)
		}
		t2 := time.Now()
		if err := s.applyPendingIndexes(); err != nil {
			b.Fatal(err)
		}
		t3 := time.Now()
		b.StopTimer()
		check, merge, ix = check+t1.Sub(t0), merge+t2.Sub(t1), ix+t3.Sub(t2)
		records = sum.Records
		s.Close()
		b.StartTimer()
	}
	n := float64(b.N)
	b.ReportMetric(check.Seconds()/n, "check-s")
	b.ReportMetric(merge.Seconds()/n, "merge-s")
	b.ReportMetric(ix.Seconds()/n, "ix-s")
	b.ReportMetric(float64(records)*n/(check+merge+ix).Seconds(), "records/s")
}
