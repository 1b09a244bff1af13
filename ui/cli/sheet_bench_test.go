//go:build unix

package cli

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"frontoffice/model"
	"frontoffice/model/csvio"
	"frontoffice/model/sheetio"
	"frontoffice/storage"
	"frontoffice/ui/i18n"
)

// The workbook benchmarks (docs/PERFORMANCE.md, "2026-12-06 spreadsheets").
// They read the store at $FO_SHEET_BENCH_DB when set (made with
// `frontoffice demo --ideas 100000 --people 100000 --db /tmp/s.db`), else a
// demo store of 2 000 + 2 000 made here. Each reports wall and CPU time and
// the peak of the live heap; $FO_SHEET_HEAP_PROFILE writes a heap profile
// when the heap is at its peak.

func benchStore(b *testing.B) *storage.Store {
	b.Helper()
	path := os.Getenv("FO_SHEET_BENCH_DB")
	if path == "" {
		path = filepath.Join(b.TempDir(), "demo.db")
		s, err := storage.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := Demo(s, i18n.New(model.EN), DemoOptions{Ideas: 2000, People: 2000, Seed: 1}, time.Now(), io.Discard); err != nil {
			b.Fatal(err)
		}
		s.Close()
	}
	s, err := storage.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	return s
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// watchHeap samples the live heap until stopped, keeping the peak in *peak
// (and writing a heap profile at it when $FO_SHEET_HEAP_PROFILE is set).
func watchHeap(peak *uint64) (stop func()) {
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		var m runtime.MemStats
		for {
			runtime.ReadMemStats(&m)
			if m.HeapInuse > *peak {
				*peak = m.HeapInuse
				if path := os.Getenv("FO_SHEET_HEAP_PROFILE"); path != "" && m.HeapInuse > 64<<20 {
					if f, err := os.Create(path); err == nil {
						pprof.WriteHeapProfile(f)
						f.Close()
					}
				}
			}
			select {
			case <-done:
				return
			case <-time.After(20 * time.Millisecond):
			}
		}
	}()
	return func() { close(done); wg.Wait() }
}

// BenchmarkSheetExport: export-sheet's whole workbook.
func BenchmarkSheetExport(b *testing.B) {
	s := benchStore(b)
	tr := i18n.New(model.KK)
	out := filepath.Join(b.TempDir(), "all.xlsx")
	var peak uint64
	var rows int
	var cpu, wall time.Duration
	b.ResetTimer()
	for range b.N {
		runtime.GC()
		stop := watchHeap(&peak)
		start, cpu0 := time.Now(), cpuTime()
		n, err := WriteWorkbook(context.Background(), s, tr, out)
		wall += time.Since(start)
		cpu += cpuTime() - cpu0
		stop()
		if err != nil {
			b.Fatal(err)
		}
		rows = n.People + n.Ideas + n.Hours + n.Consultations
	}
	b.ReportMetric(float64(rows)*float64(b.N)/wall.Seconds(), "rows/s")
	b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
	b.ReportMetric(float64(peak)/(1<<20), "MB-heap-peak")
}

// BenchmarkSheetImport: import-sheet of the people sheet of that workbook
// into an empty store (both readings and the write).
func BenchmarkSheetImport(b *testing.B) {
	s := benchStore(b)
	tr := i18n.New(model.EN)
	book := filepath.Join(b.TempDir(), "all.xlsx")
	n, err := WriteWorkbook(context.Background(), s, tr, book)
	if err != nil {
		b.Fatal(err)
	}
	var peak uint64
	var cpu, wall time.Duration
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		dst, err := storage.Open(filepath.Join(b.TempDir(), "in.db"))
		if err != nil {
			b.Fatal(err)
		}
		runtime.GC()
		w, c := timedSheetImport(b, dst, tr, book, csvio.People, n.People, watchHeap(&peak))
		wall, cpu = wall+w, cpu+c
		b.StartTimer()
	}
	b.ReportMetric(float64(n.People)*float64(b.N)/wall.Seconds(), "rows/s")
	b.ReportMetric(float64(n.People)*float64(b.N)/cpu.Seconds(), "rows/cpu-s")
	b.ReportMetric(float64(peak)/(1<<20), "MB-heap-peak")
}

// BenchmarkSheetImportHours: import-sheet of the hours sheet into a store
// that holds the workbook's people and ideas (imported once, copied fresh
// for each run): the volunteers found by phone, the ideas looked up, the
// copy of the store and its sync (issue 19's hours figure).
func BenchmarkSheetImportHours(b *testing.B) {
	s := benchStore(b)
	tr := i18n.New(model.EN)
	book := filepath.Join(b.TempDir(), "all.xlsx")
	n, err := WriteWorkbook(context.Background(), s, tr, book)
	if err != nil {
		b.Fatal(err)
	}
	base := filepath.Join(b.TempDir(), "base.db")
	dst, err := storage.Open(base)
	if err != nil {
		b.Fatal(err)
	}
	for _, k := range []csvio.Kind{csvio.People, csvio.Ideas} {
		if ok, err := ImportSheet(dst, tr, ImportOptions{Kind: k}, book, io.Discard, io.Discard); err != nil || !ok {
			b.Fatalf("import %s: %v %v", k, ok, err)
		}
	}
	dst.Close()
	stored, err := os.ReadFile(base)
	if err != nil {
		b.Fatal(err)
	}
	var cpu, wall time.Duration
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		path := filepath.Join(b.TempDir(), "in.db")
		if err := os.WriteFile(path, stored, 0o600); err != nil {
			b.Fatal(err)
		}
		dst, err := storage.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		runtime.GC()
		w, c := timedSheetImport(b, dst, tr, book, csvio.Hours, n.Hours, func() {})
		wall, cpu = wall+w, cpu+c
		b.StartTimer()
	}
	b.ReportMetric(float64(n.Hours)*float64(b.N)/wall.Seconds(), "rows/s")
	b.ReportMetric(float64(n.Hours)*float64(b.N)/cpu.Seconds(), "rows/cpu-s")
}

// timedSheetImport imports kind's sheet of book into dst with the
// benchmark's timer running only meanwhile, calls ended as soon as it ends,
// checks that dst holds want records of the kind, and closes dst.
func timedSheetImport(b *testing.B, dst *storage.Store, tr *i18n.Translator, book string, kind csvio.Kind, want int, ended func()) (wall, cpu time.Duration) {
	b.StartTimer()
	start, cpu0 := time.Now(), cpuTime()
	ok, err := ImportSheet(dst, tr, ImportOptions{Kind: kind}, book, io.Discard, io.Discard)
	wall, cpu = time.Since(start), cpuTime()-cpu0
	b.StopTimer()
	ended()
	if err != nil || !ok {
		b.Fatalf("import %s: %v %v", kind, ok, err)
	}
	if got, _ := dst.Count(kind.RecordKind()); got != want {
		b.Fatalf("%d %s imported, want %d", got, kind, want)
	}
	dst.Close()
	return wall, cpu
}

// benchBook is the workbook of the bench store: $FO_SHEET_BENCH_BOOK when
// that file exists (written there the first time), else one made here.
func benchBook(b *testing.B) (string, SheetCounts) {
	b.Helper()
	path := os.Getenv("FO_SHEET_BENCH_BOOK")
	if path == "" {
		path = filepath.Join(b.TempDir(), "all.xlsx")
	}
	if _, err := os.Stat(path); err == nil {
		return path, SheetCounts{}
	}
	n, err := WriteWorkbook(context.Background(), benchStore(b), i18n.New(model.EN), path)
	if err != nil {
		b.Fatal(err)
	}
	return path, n
}

// BenchmarkSheetParse: the reading alone — the people sheet of the workbook
// parsed into csvio rows (our XML reader and csvio.ParseSheet, rows handed
// to Each and dropped), as import-sheet's first reading does; nothing
// written.
func BenchmarkSheetParse(b *testing.B) {
	path, _ := benchBook(b)
	labels := SheetLabels(csvio.People)
	var rows int
	var cpu, wall time.Duration
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		start, cpu0 := time.Now(), cpuTime()
		book, err := sheetio.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		sheet, err := book.FindSheet(csvio.People, sheetNames(csvio.People))
		if err != nil {
			b.Fatal(err)
		}
		it, err := book.Rows(sheet)
		if err != nil {
			b.Fatal(err)
		}
		res, err := csvio.ParseSheet(csvio.People, it, csvio.Options{Labels: labels, Each: func(csvio.Row) error { return nil }})
		if err != nil || res.Refused {
			b.Fatalf("%v %+v", err, res.Problems)
		}
		it.Close()
		book.Close()
		wall += time.Since(start)
		cpu += cpuTime() - cpu0
		rows = res.Good()
	}
	b.ReportMetric(float64(rows)*float64(b.N)/wall.Seconds(), "rows/s")
	b.ReportMetric(float64(rows)*float64(b.N)/cpu.Seconds(), "rows/cpu-s")
}

// BenchmarkSheetRows: the XML reading alone (the rows' cells, no rules),
// ours and excelize's row iterator, for the ratio.
func BenchmarkSheetRows(b *testing.B) {
	path, _ := benchBook(b)
	sheet := i18n.New(model.EN).T("sheet.name.people")
	b.Run("ours", func(b *testing.B) {
		b.ReportAllocs()
		for range b.N {
			book, err := sheetio.Open(path)
			if err != nil {
				b.Fatal(err)
			}
			it, err := book.Rows(sheet)
			if err != nil {
				b.Fatal(err)
			}
			n := 0
			for _, _, err := it.Next(); err == nil; _, _, err = it.Next() {
				n++
			}
			it.Close()
			book.Close()
			b.ReportMetric(float64(n), "rows")
		}
	})
	b.Run("excelize", func(b *testing.B) {
		b.ReportAllocs()
		for range b.N {
			f, err := excelize.OpenFile(path, excelize.Options{UnzipXMLSizeLimit: 4 << 20})
			if err != nil {
				b.Fatal(err)
			}
			it, err := f.Rows(sheet)
			if err != nil {
				b.Fatal(err)
			}
			n := 0
			for it.Next() {
				if _, err := it.Columns(excelize.Options{RawCellValue: true}); err != nil {
					b.Fatal(err)
				}
				n++
			}
			it.Close()
			f.Close()
			b.ReportMetric(float64(n), "rows")
		}
	})
}
