package hub_test

import (
	"context"
	"os"
	"testing"
	"time"

	"frontoffice/storage"
	"frontoffice/storage/hub"
)

// BenchmarkHubBulkEnd measures the end of a bulk load alone (finishBulk:
// the index builds, the triggers, autovacuum, the statistics, the
// regrouping) on a hub loaded once: each run drops what a bulk load drops
// (StopBulkHalfWay) and times what the next Open does to finish it. The
// hub's schema, FRONTOFFICE_HUB_BENCH_END_SCHEMA, is kept between runs (the
// benchmark's bundles are loaded into it on the first), so two builds can
// be alternated on the same rows:
//
//	FRONTOFFICE_HUB_BENCH_END_SCHEMA=hub_bench_end FRONTOFFICE_HUB_BENCH_OFFICES=200 \
//	FRONTOFFICE_HUB_BENCH_PER=1650 FRONTOFFICE_HUB_BENCH_DIR=/tmp/hubbench \
//	go test -run '^$' -bench HubBulkEnd -benchtime 1x ./storage/hub/
//
// Unlike a real end, the tables' pages are no longer fresh from the COPYs
// (their hint bits were set by the first run), so it writes less.
func BenchmarkHubBulkEnd(b *testing.B) {
	schema := os.Getenv("FRONTOFFICE_HUB_BENCH_END_SCHEMA")
	if schema == "" {
		b.Skip("set FRONTOFFICE_HUB_BENCH_END_SCHEMA to a schema kept between runs")
	}
	url := pgURL(b)
	ctx := context.Background()
	h, err := hub.Open(ctx, url, hub.Options{Schema: schema})
	if err != nil {
		b.Fatal(err)
	}
	defer h.Close()
	if n, err := hub.CountRecords(ctx, h); err != nil || n == 0 {
		files := benchBundles(b, benchEnv("FRONTOFFICE_HUB_BENCH_OFFICES", 4), benchEnv("FRONTOFFICE_HUB_BENCH_PER", 330))
		srcs := make([]storage.Source, len(files))
		for i, f := range files {
			srcs[i] = storage.FileSource(f)
		}
		h.ImportAll(ctx, srcs, hubOptsTrust, 1, func(i int, _ hub.Imported, err error) bool {
			if err != nil {
				b.Fatal(err)
			}
			return true
		})
	}
	db := dbName(b, url)
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		if err := hub.StopBulkHalfWay(ctx, h); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		t0, c0 := time.Now(), selfCPU()
		meter := startServerMeter(db)
		if err := hub.FinishStoppedBulk(ctx, h); err != nil {
			b.Fatal(err)
		}
		wall, ms := time.Since(t0), meter.end()
		b.ReportMetric(wall.Seconds(), "end-s")
		b.Logf("end %.2f s wall; server CPU %.1f s (backends %.1f + parallel workers %.1f + autovacuum %.1f), loader %.2f s",
			wall.Seconds(), ms.all(), ms.backends, ms.workers, ms.other, selfCPU()-c0)
	}
}
