package hub

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"frontoffice/storage"
)

// BenchmarkHubRead is the loader's share of a hub load without the server:
// every bundle of FRONTOFFICE_HUB_BENCH_DIR (the HubLoad benchmark's) read,
// checked and made into staging rows, as stage does, and the rows encoded
// for COPY as loadFresh does. It reports CPU-µs a record, the figure a
// profile (-cpuprofile) breaks down.
func BenchmarkHubRead(b *testing.B) {
	dir := os.Getenv("FRONTOFFICE_HUB_BENCH_DIR")
	if dir == "" {
		b.Skip("set FRONTOFFICE_HUB_BENCH_DIR to the HubLoad benchmark's bundles")
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.fob"))
	if n := benchN(); n > 0 && n < len(files) {
		files = files[:n]
	}
	ctx := context.Background()
	b.ResetTimer()
	for range b.N {
		records := 0
		for _, f := range files {
			var rows [][]any
			var rm rowMaker
			_, _, _, err := storage.ReadBundle(ctx, storage.FileSource(f), nil, time.Now(), nil, func(r storage.BundleRecord) error {
				rows = append(rows, rm.row(r))
				return nil
			})
			if err != nil {
				b.Fatal(err)
			}
			encodeFresh(b, rows)
			records += len(rows)
		}
		b.ReportMetric(float64(records), "records")
	}
}

// encodeFresh encodes rows as loadFresh's COPYs into revisions and
// records do, sending nothing.
func encodeFresh(b *testing.B, rows [][]any) {
	enc := func(cols []string, extra ...any) {
		idx := make([]int, len(cols))
		for i, c := range cols {
			idx[i] = colIndex[c]
		}
		if _, err := io.Copy(io.Discard, newCopyRows(rows, idx, extra)); err != nil {
			b.Fatal(err)
		}
	}
	enc([]string{"kind", "id", "rev", "base_rev", "hlc", "origin", "sha", "deleted", "data"})
	enc([]string{"kind", "id", "rev", "base_rev", "hlc", "origin", "sha"}, false, time.Now())
}

func benchN() int {
	n := 0
	for _, c := range os.Getenv("FRONTOFFICE_HUB_READ_FILES") {
		if c < '0' || c > '9' {
			return 0
		}
		n = n*10 + int(c-'0')
	}
	return n
}
