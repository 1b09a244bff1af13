package storage_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"frontoffice/storage"
)

// BenchmarkQuickCheck measures the quick check (docs/PERFORMANCE.md) on a
// copy of the store named by FRONTOFFICE_BENCH_DB (a 100 000 + 100 000 demo
// store: `frontoffice demo --db /tmp/big.db --ideas 100000 --people 100000`):
//
//	FRONTOFFICE_BENCH_DB=/tmp/big.db go test -run '^$' -bench QuickCheck -benchtime 3x ./storage/
//
// It reports the walk of the open store (the app's check at start),
// CheckFile (walk and bbolt's page check: what every backup's copy gets, and
// each backup restore lists), and a whole backup with its check against the
// copy alone.
func BenchmarkQuickCheck(b *testing.B) {
	src := os.Getenv("FRONTOFFICE_BENCH_DB")
	if src == "" {
		b.Skip("set FRONTOFFICE_BENCH_DB to a large store")
	}
	dir := b.TempDir()
	path := filepath.Join(dir, "big.db")
	data, err := os.ReadFile(src)
	if err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o600); err != nil {
		b.Fatal(err)
	}
	data = nil
	s, err := storage.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	fi, _ := os.Stat(path)
	var walk, file, backup time.Duration
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		if err := s.QuickCheck(); err != nil {
			b.Fatal(err)
		}
		walk += time.Since(t0)
		out := filepath.Join(dir, "copy.db")
		os.Remove(out)
		t0 = time.Now()
		if err := s.BackupFile(context.Background(), out); err != nil {
			b.Fatal(err)
		}
		backup += time.Since(t0)
		t0 = time.Now()
		if info := storage.CheckFile(out); info.Problem != nil {
			b.Fatal(info.Problem)
		}
		file += time.Since(t0)
	}
	n := float64(b.N)
	b.ReportMetric(float64(walk.Milliseconds())/n, "ms-walk")
	b.ReportMetric(float64(file.Milliseconds())/n, "ms-checkfile")
	b.ReportMetric(float64(backup.Milliseconds())/n, "ms-backup+check")
	b.ReportMetric(float64(fi.Size()>>20), "MB-store")
}
