package storage_test

// Export and import at the sizes of DESIGN.md §7, on data from model/demo:
//
//	go test -run='^$' -bench='Bundle' -benchtime=3x ./storage/
//
// Figures go to docs/PERFORMANCE.md ("Sync bundles").

import (
	"bufio"
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/model/demo"
	"frontoffice/storage"
	"frontoffice/storage/bundle"

	"github.com/google/uuid"
	"github.com/klauspost/compress/gzip"
	bolt "go.etcd.io/bbolt"
)

var demoStore struct {
	once   sync.Once
	dir    string
	s      *storage.Store
	bundle string
	err    error
}

// openDemoStore builds (once) a store of 100,000 ideas and 100,000 people
// made by model/demo, with their consultations, visits and hours, and a full
// bundle of it.
func openDemoStore(b *testing.B) (*storage.Store, string) {
	b.Helper()
	demoStore.once.Do(func() {
		demoStore.dir, demoStore.err = os.MkdirTemp("", "frontoffice-syncbench-")
		if demoStore.err != nil {
			return
		}
		s, err := storage.OpenWith(filepath.Join(demoStore.dir, "store.db"), storage.Options{Now: newClock(day0).Now})
		if err != nil {
			demoStore.err = err
			return
		}
		demoStore.s = s
		batch := make([]model.Record, 0, 5000)
		err = demo.Generate(demo.Options{Ideas: syncBenchN(benchIdeas), People: syncBenchN(benchPeople), Seed: 1, Now: day0, Origin: s.OfficeID()}, func(r model.Record) error {
			batch = append(batch, r)
			if len(batch) == cap(batch) {
				err := s.InsertBatch(batch)
				batch = batch[:0]
				return err
			}
			return nil
		})
		if err == nil && len(batch) > 0 {
			err = s.InsertBatch(batch)
		}
		if err != nil {
			demoStore.err = err
			return
		}
		demoStore.bundle = filepath.Join(demoStore.dir, "full.fob")
		_, demoStore.err = s.ExportFile(context.Background(), demoStore.bundle, storage.ExportOptions{Full: true}, nil)
	})
	if demoStore.err != nil {
		b.Fatalf("build the demo store: %v", demoStore.err)
	}
	b.Cleanup(func() {}) // the store lives for the whole run; see closeDemoStore
	return demoStore.s, demoStore.bundle
}

// closeDemoStore closes and removes the sync benchmarks' store and bundle
// (almost 1 GB at full size), once every benchmark has run (TestMain).
func closeDemoStore() {
	if demoStore.s != nil {
		demoStore.s.Close()
	}
	if demoStore.dir != "" {
		os.RemoveAll(demoStore.dir)
	}
}

// BenchmarkBundleExport writes a full bundle (gzip) of the demo store;
// MB/s is of uncompressed bundle bytes.
func BenchmarkBundleExport(b *testing.B) {
	s, _ := openDemoStore(b)
	var res storage.ExportResult
	b.ResetTimer()
	start, cpu0 := time.Now(), cpuTime()
	for range b.N {
		var err error
		res, err = s.Export(context.Background(), io.Discard, storage.ExportOptions{Full: true}, nil)
		if err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(res.Bytes)
	b.ReportMetric(float64(res.Records)*float64(b.N)/time.Since(start).Seconds(), "records/s")
	b.ReportMetric(float64(res.Bytes)*float64(b.N)/(1<<20)/(cpuTime()-cpu0).Seconds(), "MB/cpu-s")
}

// BenchmarkBundleImport merges the full bundle into an empty store, in one
// transaction; it reports records/s and the peak heap it needed.
func BenchmarkBundleImport(b *testing.B) {
	path := benchBundle(b)
	fi, _ := os.Stat(path)
	b.ResetTimer()
	var elapsed, cpu time.Duration
	var records int
	var peak uint64
	var written int64
	for range b.N {
		b.StopTimer()
		dir := b.TempDir()
		s, err := storage.OpenWith(filepath.Join(dir, "in.db"), storage.Options{Now: newClock(day0).Now})
		if err != nil {
			b.Fatal(err)
		}
		runtime.GC()
		stop := watchHeap(&peak)
		b.StartTimer()
		start, cpu0, w0 := time.Now(), cpuTime(), bytesWritten()
		sum, err := s.ImportBundle(context.Background(), fileSource(path), noPass, storage.ImportOptions{Trust: true}, nil)
		elapsed += time.Since(start)
		cpu += cpuTime() - cpu0
		written += bytesWritten() - w0
		b.StopTimer()
		stop()
		if err != nil {
			b.Fatal(err)
		}
		records = sum.Records
		s.Close()
		b.StartTimer()
	}
	b.SetBytes(fi.Size())
	b.ReportMetric(float64(records)*float64(b.N)/elapsed.Seconds(), "records/s")
	b.ReportMetric(float64(peak)/(1<<20), "MB-heap-peak")
	// CPU time does not depend on what else the machine runs: records per
	// CPU-second, and the CPU-seconds per wall-second the import kept busy.
	b.ReportMetric(float64(records)*float64(b.N)/cpu.Seconds(), "records/cpu-s")
	if written > 0 {
		b.ReportMetric(float64(written)/float64(b.N)/(1<<20), "MB-written")
	}
}

// bytesWritten is what the process has written so far (Linux: wchar of
// /proc/self/io, page cache included); 0 where that cannot be read.
func bytesWritten() int64 {
	data, err := os.ReadFile("/proc/self/io")
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(l, "wchar: "); ok {
			n, _ := strconv.ParseInt(v, 10, 64)
			return n
		}
	}
	return 0
}

// BenchmarkBundleCheck is the first half of an import: reading and checking
// the whole bundle, which changes nothing.
func BenchmarkBundleCheck(b *testing.B) {
	s, path := openDemoStore(b)
	b.ResetTimer()
	start := time.Now()
	var records int
	for range b.N {
		_, t, err := s.CheckBundle(context.Background(), fileSource(path), noPass)
		if err != nil {
			b.Fatal(err)
		}
		records = t.Records
	}
	b.ReportMetric(float64(records)*float64(b.N)/time.Since(start).Seconds(), "records/s")
}

// cpuTime is the process's user+system time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// watchHeap samples the heap in use until stopped, keeping the peak in *peak.
// It reads runtime/metrics, which (unlike runtime.ReadMemStats) does not
// stop the world: sampling every 50 ms stopped the import's every goroutine
// 20 times a second, a cost BenchmarkBundleRawBbolt, its reference, never
// paid. What it reads is MemStats.HeapInuse: the heap's objects and the
// unused room of the spans holding them.
func watchHeap(peak *uint64) (stop func()) {
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		samples := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}, {Name: "/memory/classes/heap/unused:bytes"}}
		for {
			metrics.Read(samples)
			*peak = max(*peak, samples[0].Value.Uint64()+samples[1].Value.Uint64())
			select {
			case <-done:
				return
			case <-time.After(50 * time.Millisecond):
			}
		}
	}()
	return func() { close(done); wg.Wait() }
}

// syncBenchN is n, or $FO_SYNC_BENCH_N when set (a smaller run to profile).
func syncBenchN(n int) int {
	if v, err := strconv.Atoi(os.Getenv("FO_SYNC_BENCH_N")); err == nil && v > 0 {
		return v
	}
	return n
}

// benchBundle is the bundle the import benchmarks read: $FRONTOFFICE_BENCH_BUNDLE
// when set (docs/perf.sh: the bundle its run exported), else the demo
// store's full bundle.
func benchBundle(b *testing.B) string {
	if p := os.Getenv("FRONTOFFICE_BENCH_BUNDLE"); p != "" {
		return p
	}
	_, path := openDemoStore(b)
	return path
}

// BenchmarkBundleRawBbolt is the reference for BenchmarkBundleImport: the
// same bundle's lines, unzipped from the same file, loaded into a bare bbolt
// file, as fast as bbolt takes them: one bucket per kind, keys (the record's
// id, then its place in the bundle) ascending, in transactions of the same
// importBatch lines, without any check, index or search doc. Import at
// ≥ 70 % of this is the budget (issue 23).
func BenchmarkBundleRawBbolt(b *testing.B) {
	path := benchBundle(b)
	var elapsed, cpu time.Duration
	var records int
	for range b.N {
		b.StopTimer()
		dir := b.TempDir()
		b.StartTimer()
		start, cpu0 := time.Now(), cpuTime()
		n, err := rawLoad(path, filepath.Join(dir, "raw.db"))
		elapsed += time.Since(start)
		cpu += cpuTime() - cpu0
		if err != nil {
			b.Fatal(err)
		}
		records = n
	}
	b.ReportMetric(float64(records)*float64(b.N)/elapsed.Seconds(), "records/s")
	b.ReportMetric(float64(records)*float64(b.N)/cpu.Seconds(), "records/cpu-s")
}

// rawLoad puts every record line of the bundle at path into a new bbolt file
// (BenchmarkBundleRawBbolt) and returns how many it put.
func rawLoad(path, dbPath string) (int, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(bufio.NewReaderSize(f, 256<<10))
	if err != nil {
		return 0, err
	}
	db, err := bolt.Open(dbPath, 0o600, nil)
	if err != nil {
		return 0, err
	}
	defer db.Close()
	br := bufio.NewReaderSize(zr, 1<<20)
	type kv struct {
		bucket string
		k, v   []byte
	}
	var batch []kv
	put := func() error {
		err := db.Update(func(tx *bolt.Tx) error {
			for _, e := range batch {
				bk, err := tx.CreateBucketIfNotExists([]byte(e.bucket))
				if err != nil {
					return err
				}
				bk.FillPercent = 0.95 // keys ascending, as the import packs its own
				if err := bk.Put(e.k, e.v); err != nil {
					return err
				}
			}
			return nil
		})
		batch = batch[:0]
		return err
	}
	n := 0
	for no := 1; ; no++ {
		line, err := br.ReadBytes('\n')
		if err == io.EOF {
			break
		}
		if err != nil {
			return n, err
		}
		kind := bundle.Kind(line)
		if no == 1 || kind == "" { // the manifest; the trailer has no kind
			continue
		}
		i := bytes.Index(line, []byte(`"id":"`))
		if i < 0 || len(line) < i+6+36 {
			return n, fmt.Errorf("line %d: no id", no)
		}
		id, err := uuid.ParseBytes(line[i+6 : i+6+36])
		if err != nil {
			return n, fmt.Errorf("line %d: %w", no, err)
		}
		key := binary.BigEndian.AppendUint64(id[:], uint64(no))
		batch = append(batch, kv{kind, key, bytes.TrimSuffix(line, []byte("\n"))})
		n++
		if len(batch) == 5000 { // storage's importBatch
			if err := put(); err != nil {
				return n, err
			}
		}
	}
	return n, put()
}
