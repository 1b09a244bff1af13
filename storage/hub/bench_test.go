package hub_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"frontoffice/model/report"
	"frontoffice/storage"
	"frontoffice/storage/hub"

	"github.com/jackc/pgx/v5"
)

// The many-offices benchmark (issue 22, docs/PERFORMANCE.md "2026-12-06
// evening: hub"): every office's full bundle, made by the demo generator
// with a seed and an office of its own, loaded into an empty hub; beside it
// a plain COPY of the same lines into a one-column table, the ceiling; then
// hub report over them.
//
// By default 4 offices of about 2 000 records; the full run is
//
//	FRONTOFFICE_HUB_BENCH_OFFICES=200 FRONTOFFICE_HUB_BENCH_PER=1650 \
//	FRONTOFFICE_HUB_BENCH_DIR=/tmp/hubbench go test -run '^$' -bench HubLoad -benchtime 1x ./storage/hub/
//
// (PER people and PER ideas an office: about 6 records each, 10 000 a
// office). FRONTOFFICE_HUB_BENCH_DIR keeps the bundles between runs.

func benchEnv(name string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(name)); err == nil && v > 0 {
		return v
	}
	return def
}

// benchBundles makes (or finds, in dir) n offices' full bundles.
func benchBundles(b testing.TB, n, per int) []string {
	b.Helper()
	dir := os.Getenv("FRONTOFFICE_HUB_BENCH_DIR")
	if dir == "" {
		dir = b.TempDir()
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		b.Fatal(err)
	}
	var files []string
	for i := range n {
		f := filepath.Join(dir, fmt.Sprintf("office-%03d-%d.fob", i, per))
		if _, err := os.Stat(f); err != nil {
			work, err := os.MkdirTemp(dir, "work-")
			if err != nil {
				b.Fatal(err)
			}
			s := demoOffice(b, work, fmt.Sprintf("Office %03d", i), int64(1000+i), per)
			tmp := export(b, s, work, true)
			s.Close()
			if err := os.Rename(tmp, f); err != nil {
				b.Fatal(err)
			}
			os.RemoveAll(work)
		}
		files = append(files, f)
	}
	return files
}

// bundleLines is every record line of the bundles (canonical JSON), as read.
func bundleLines(b *testing.B, files []string) [][]any {
	var rows [][]any
	for _, f := range files {
		_, _, _, err := storage.ReadBundle(context.Background(), storage.FileSource(f), nil, time.Now(), nil, func(r storage.BundleRecord) error {
			rows = append(rows, []any{string(r.Data)})
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	return rows
}

// TestHubBenchBundles only makes the benchmark's bundles into
// FRONTOFFICE_HUB_BENCH_DIR (FRONTOFFICE_HUB_BENCH_GEN=1), so a later run
// measures the load alone.
func TestHubBenchBundles(t *testing.T) {
	if os.Getenv("FRONTOFFICE_HUB_BENCH_GEN") != "1" || os.Getenv("FRONTOFFICE_HUB_BENCH_DIR") == "" {
		t.Skip("set FRONTOFFICE_HUB_BENCH_GEN=1 and FRONTOFFICE_HUB_BENCH_DIR to make the benchmark's bundles")
	}
	files := benchBundles(t, benchEnv("FRONTOFFICE_HUB_BENCH_OFFICES", 4), benchEnv("FRONTOFFICE_HUB_BENCH_PER", 330))
	t.Logf("%d bundles in %s", len(files), os.Getenv("FRONTOFFICE_HUB_BENCH_DIR"))
}

var hubOptsTrust = hub.ImportOptions{Trust: true}

// serverCPU is the CPU time, in seconds, of the PostgreSQL processes serving
// database db on this machine (Linux /proc; 0 elsewhere or when not
// readable): with the test's own, the load-independent cost of a load.
// It leaves out the parallel workers a backend starts (their command line
// names no database) and every process that ended: serverMeter counts those.
func serverCPU(db string) float64 {
	dirs, _ := filepath.Glob("/proc/[0-9]*")
	var sum float64
	for _, dir := range dirs {
		if classify(dir, db, nil) == 2 {
			sum += procCPU(dir)
		}
	}
	return sum
}

// procCPU is the CPU seconds of the process whose /proc directory is dir.
func procCPU(dir string) float64 {
	stat, err := os.ReadFile(filepath.Join(dir, "stat"))
	if err != nil {
		return 0
	}
	f := strings.Fields(string(stat[strings.LastIndexByte(string(stat), ')')+2:]))
	if len(f) <= 12 {
		return 0
	}
	u, _ := strconv.ParseFloat(f[11], 64)
	s, _ := strconv.ParseFloat(f[12], 64)
	return (u + s) / 100 // USER_HZ
}

// serverMeter samples db's processes every 100 ms until stopped: the CPU
// they spent meanwhile, parallel workers (index builds) and processes that
// ended included (each as last seen: at most 100 ms of each is missed).
// A process's command line is read once (a PostgreSQL one while it names
// nothing of ours yet: a new process has its title set just after it
// starts), so a sample reads little more than the stat of db's processes.
type serverMeter struct {
	stop    chan struct{}
	done    chan meterSum
	workers int // parallel workers seen (for the test)
}

// meterSum is a meter's CPU seconds: of the backends (named db, as
// serverCPU counts them), of their parallel workers, and of the rest that
// name db (autovacuum).
type meterSum struct{ backends, workers, other float64 }

func (m meterSum) all() float64 { return m.backends + m.workers + m.other }

// meterProc is what a meter knows of a pid: 0 not looked at, 1 not ours, 2
// a backend of ours, 3 a parallel worker of ours, 4 another process naming db.
type meterProc struct {
	class     int
	base, cpu float64
}

func startServerMeter(db string) *serverMeter {
	m := &serverMeter{stop: make(chan struct{}), done: make(chan meterSum, 1)}
	procs := map[int]*meterProc{}
	m.sample(db, procs, true)
	go func() {
		tick := time.NewTicker(100 * time.Millisecond)
		defer tick.Stop()
		for stopped := false; !stopped; {
			select {
			case <-m.stop:
				stopped = true
			case <-tick.C:
			}
			m.sample(db, procs, false)
		}
		var sum meterSum
		for _, p := range procs {
			switch p.class {
			case 2:
				sum.backends += p.cpu - p.base
			case 3:
				sum.workers += p.cpu - p.base
			case 4:
				sum.other += p.cpu - p.base
			}
		}
		m.done <- sum
	}()
	return m
}

// sample reads the CPU of db's processes into procs (first: as their base).
func (m *serverMeter) sample(db string, procs map[int]*meterProc, first bool) {
	dirs, _ := filepath.Glob("/proc/[0-9]*")
	for _, dir := range dirs {
		pid, _ := strconv.Atoi(filepath.Base(dir))
		p := procs[pid]
		if p == nil {
			p = &meterProc{}
			procs[pid] = p
		}
		if p.class == 0 {
			p.class = classify(dir, db, procs)
			if p.class == 3 {
				m.workers++
			}
		}
		if p.class > 1 {
			if p.cpu = procCPU(dir); first {
				p.base = p.cpu
			}
		}
	}
}

// classify is meterProc's class of the process in dir (0 while a
// PostgreSQL process's title names nothing yet).
func classify(dir, db string, procs map[int]*meterProc) int {
	cmd, err := os.ReadFile(filepath.Join(dir, "cmdline"))
	if err != nil || !strings.Contains(string(cmd), "postgres") {
		return 1
	}
	line := strings.TrimRight(strings.ReplaceAll(string(cmd), "\x00", " "), " ")
	if !strings.HasPrefix(line, "postgres: ") {
		return 0
	}
	const w = "parallel worker for PID "
	if at := strings.Index(line, w); at >= 0 {
		var leader int
		if _, err := fmt.Sscanf(line[at+len(w):], "%d", &leader); err == nil && procs[leader] != nil && procs[leader].class == 2 {
			return 3
		}
		return 1
	}
	switch {
	case !strings.Contains(line+" ", " "+db+" "):
		return 1
	case strings.Contains(line, "autovacuum"):
		return 4
	}
	return 2
}

// end stops m and is the CPU seconds it counted.
func (m *serverMeter) end() meterSum {
	close(m.stop)
	return <-m.done
}

// selfCPU is this process's CPU time in seconds.
func selfCPU() float64 {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()).Seconds()
}

func BenchmarkHubLoad(b *testing.B) {
	n := benchEnv("FRONTOFFICE_HUB_BENCH_OFFICES", 4)
	per := benchEnv("FRONTOFFICE_HUB_BENCH_PER", 330)
	files := benchBundles(b, n, per)
	lines := bundleLines(b, files)
	url := pgURL(b)
	ctx := context.Background()
	b.ResetTimer()
	for range b.N {
		// The ceiling: the same lines by COPY into a plain table.
		conn, err := pgx.Connect(ctx, url)
		if err != nil {
			b.Fatal(err)
		}
		conn.Exec(ctx, "DROP TABLE IF EXISTS hub_bench_lines")
		if _, err := conn.Exec(ctx, "CREATE TABLE hub_bench_lines (line text)"); err != nil {
			b.Fatal(err)
		}
		t0 := time.Now()
		if _, err := conn.CopyFrom(ctx, pgx.Identifier{"hub_bench_lines"}, []string{"line"}, pgx.CopyFromRows(lines)); err != nil {
			b.Fatal(err)
		}
		copyTime := time.Since(t0)
		conn.Exec(ctx, "DROP TABLE hub_bench_lines")
		conn.Close(ctx)

		// FRONTOFFICE_HUB_BENCH_PARALLEL=N: only N side by side.
		ways := []int{1, 3}
		if p := benchEnv("FRONTOFFICE_HUB_BENCH_PARALLEL", 0); p > 0 {
			ways = []int{p}
		}
		for _, parallel := range ways {
			loadOnce(b, files, len(lines), parallel, copyTime)
		}
	}
}

// loadOnce loads files into a new hub, parallel side by side (ImportAll),
// and reports the figures beside copyTime, the plain COPY's.
func loadOnce(b *testing.B, files []string, lines, parallel int, copyTime time.Duration) {
	ctx := context.Background()
	h, _ := openHub(b)
	db := dbName(b, pgURL(b))
	srcs := make([]storage.Source, len(files))
	for i, f := range files {
		srcs[i] = storage.FileSource(f)
	}
	t0 := time.Now()
	sc0, gc0 := serverCPU(db), selfCPU()
	meter := startServerMeter(db)
	h.ImportAll(ctx, srcs, hubOptsTrust, parallel, func(i int, _ hub.Imported, err error) bool {
		if err != nil {
			b.Fatal(err)
		}
		return true
	})
	load := time.Since(t0)
	sc1, gc1 := serverCPU(db), selfCPU()
	ms := meter.end()
	t0 = time.Now()
	if _, err := h.Report(ctx, report.Filter{}, time.UTC); err != nil {
		b.Fatal(err)
	}
	rep := time.Since(t0)
	sc2 := serverCPU(db)
	sfx := fmt.Sprintf("-p%d", parallel)
	b.ReportMetric(float64(lines)/load.Seconds(), "rec/s"+sfx)
	b.ReportMetric(float64(lines)/copyTime.Seconds(), "copy-rec/s")
	b.ReportMetric(rep.Seconds(), "report-s"+sfx)
	b.ReportMetric(float64(lines), "records")
	b.Logf("%d offices, %d records, %d side by side: load %.1f s (%.0f rec/s; CPU: server %.1f s = backends %.1f + parallel workers %.1f + autovacuum %.1f "+
		"(as counted before: %.1f s), loader %.1f s: %.0f µs a record), plain COPY %.1f s (%.0f rec/s), report %.2f s (server CPU %.2f s)",
		len(files), lines, parallel, load.Seconds(), float64(lines)/load.Seconds(), ms.all(), ms.backends, ms.workers, ms.other, sc1-sc0, gc1-gc0,
		(ms.all()+gc1-gc0)/float64(lines)*1e6, copyTime.Seconds(), float64(lines)/copyTime.Seconds(), rep.Seconds(), sc2-sc1)
}

// TestServerMeterSeesParallelWorkers: an index build PostgreSQL runs with
// parallel workers is counted with its workers (BenchmarkHubLoad's server
// CPU; the bulk load's index builds run so).
func TestServerMeterSeesParallelWorkers(t *testing.T) {
	url := pgURL(t)
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	var workers int
	if err := conn.QueryRow(ctx, "SELECT current_setting('max_parallel_maintenance_workers')::int").Scan(&workers); err != nil {
		t.Fatal(err)
	}
	if workers == 0 {
		t.Skip("the server builds no index with parallel workers (max_parallel_maintenance_workers = 0)")
	}
	table := fmt.Sprintf("hubtest_meter_%d", os.Getpid())
	defer conn.Exec(context.Background(), "DROP TABLE IF EXISTS "+table)
	if _, err := conn.Exec(ctx, "CREATE TABLE "+table+" AS SELECT md5(i::text) AS t FROM generate_series(1, 1000000) i"); err != nil {
		t.Fatal(err)
	}
	if _, err := conn.Exec(ctx, "SET min_parallel_table_scan_size = 0; SET maintenance_work_mem = '256MB'; ALTER TABLE "+
		table+" SET (parallel_workers = 2)"); err != nil {
		t.Fatal(err)
	}
	db := dbName(t, url)
	m := startServerMeter(db)
	before := serverCPU(db)
	if _, err := conn.Exec(ctx, "CREATE INDEX ON "+table+" (t)"); err != nil {
		t.Fatal(err)
	}
	backends := serverCPU(db) - before
	sum := m.end()
	t.Logf("index build: %.2f CPU-s with its workers (%+v), %.2f without; %d workers seen", sum.all(), sum, backends, m.workers)
	if m.workers == 0 {
		t.Fatal("no parallel worker of this database seen during a parallel index build")
	}
}

// dbName is the database url names.
func dbName(b testing.TB, url string) string {
	cfg, err := pgx.ParseConfig(url)
	if err != nil {
		b.Fatal(err)
	}
	return cfg.Database
}
