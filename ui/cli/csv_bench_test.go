//go:build unix

package cli

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/model/csvio"
	"frontoffice/storage"
	"frontoffice/ui/i18n"
)

// writePeopleCSV writes a people.csv of n new students, each with their own
// phone.
func writePeopleCSV(tb testing.TB, path string, n int) {
	tb.Helper()
	f, err := os.Create(path)
	if err != nil {
		tb.Fatal(err)
	}
	w := bufio.NewWriter(f)
	fmt.Fprintln(w, "id,full_name,phone,iin,birth_year,organization,region,consent,consent_at,created_at,updated_at")
	for i := range n {
		fmt.Fprintf(w, ",Студент %d,+7701%07d,,2001,KSIU,karaganda,yes,,,\n", i, i)
	}
	if err := w.Flush(); err != nil {
		tb.Fatal(err)
	}
	if err := f.Close(); err != nil {
		tb.Fatal(err)
	}
}

// writeIdeasCSV writes an ideas.csv of n ideas whose applicants are the
// people of writePeopleCSV, named by phone (an applicant comes back every
// 60,000 rows, as in the demo's ideas.csv: 90k phones, 59k of them differ).
func writeIdeasCSV(tb testing.TB, path string, n, people int) {
	tb.Helper()
	f, err := os.Create(path)
	if err != nil {
		tb.Fatal(err)
	}
	w := bufio.NewWriter(f)
	fmt.Fprintln(w, "id,title,summary,direction,region,status,sdgs,applicant_phone,applicant_name,organization,budget_kzt,created_at,updated_at")
	for i := range n {
		fmt.Fprintf(w, ",Жоба %d,Саябақты тазалау %d,bilim,astana,draft,4,+7701%07d,,,1000,,\n", i, i, i%min(people, 60000))
	}
	if err := w.Flush(); err != nil {
		tb.Fatal(err)
	}
	if err := f.Close(); err != nil {
		tb.Fatal(err)
	}
}

// importCSVTimed imports file into s and returns its wall and CPU time
// (the whole process's: the reading's and the writer's goroutines).
func importCSVTimed(tb testing.TB, s *storage.Store, k csvio.Kind, file string) (wall, cpu time.Duration) {
	tb.Helper()
	tr := i18n.New(model.EN)
	start, cpu0 := time.Now(), importCPU()
	ok, err := ImportCSV(s, tr, ImportOptions{Kind: k}, file, io.Discard, io.Discard)
	wall, cpu = time.Since(start), importCPU()-cpu0
	if !ok || err != nil {
		tb.Fatalf("import %s: %v %v", file, ok, err)
	}
	return wall, cpu
}

// sqliteImport is sqlite3's `.import --csv` time of the files into one
// in-memory database, 0 when sqlite3 is not installed.
func sqliteImport(tb testing.TB, files ...string) time.Duration {
	sq, err := exec.LookPath("sqlite3")
	if err != nil {
		return 0
	}
	args := []string{":memory:"}
	for i, f := range files {
		args = append(args, fmt.Sprintf(".import --csv %s t%d", f, i))
	}
	start := time.Now()
	if out, err := exec.Command(sq, args...).CombinedOutput(); err != nil {
		tb.Fatalf("sqlite3: %v %s", err, out)
	}
	return time.Since(start)
}

// BenchmarkImportCSV100k: `import-csv` of 100,000 people into an empty
// store, then 100,000 ideas naming them by phone, as rows/s (wall) and
// rows per CPU-second, beside sqlite3's `.import --csv` of the same files
// in the same run (x-sqlite3: how many times its time ours is; issue 23
// asks ≤ 3, and ≥ 100,000 rows/s).
//
//	go test -run XXX -bench ImportCSV100k -benchtime 1x -benchmem ./ui/cli/
func BenchmarkImportCSV100k(b *testing.B) {
	const rows = 100000
	dir := b.TempDir()
	people, ideas := filepath.Join(dir, "people.csv"), filepath.Join(dir, "ideas.csv")
	writePeopleCSV(b, people, rows)
	writeIdeasCSV(b, ideas, rows, rows)
	b.ReportAllocs()
	var wall, cpu time.Duration
	b.ResetTimer()
	for i := range b.N {
		b.StopTimer()
		s, err := storage.Open(filepath.Join(dir, fmt.Sprintf("s%d.db", i)))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		for _, f := range []struct {
			kind csvio.Kind
			file string
		}{{csvio.People, people}, {csvio.Ideas, ideas}} {
			w, c := importCSVTimed(b, s, f.kind, f.file)
			wall, cpu = wall+w, cpu+c
		}
		b.StopTimer()
		for _, k := range []model.Kind{model.KindPerson, model.KindIdea} {
			if n, _ := s.Count(k); n != rows {
				b.Fatalf("%d %s imported, want %d", n, k, rows)
			}
		}
		s.Close()
		b.StartTimer()
	}
	b.StopTimer()
	per := wall.Seconds() / float64(b.N)
	b.ReportMetric(2*rows/per, "rows/s")
	b.ReportMetric(2*rows/(cpu.Seconds()/float64(b.N)), "rows/CPU-s")
	if sq := sqliteImport(b, people, ideas); sq > 0 {
		b.ReportMetric(per/sq.Seconds(), "x-sqlite3")
	}
}

// BenchmarkImportCSVLinear: the time a row takes at 100,000 rows against
// at 10,000 (people into an empty store, then as many ideas), both in one
// run, so the machine's load weighs on both alike: per-row-x is the ratio
// of CPU per row (1: linear in rows); it fails over 2. (10,000 rows go in
// one transaction of the store, 100,000 through the copy: SaveEach.)
//
//	go test -run XXX -bench ImportCSVLinear -benchtime 1x -benchmem ./ui/cli/
func BenchmarkImportCSVLinear(b *testing.B) {
	dir := b.TempDir()
	sizes := []int{10000, 100000}
	files := map[int][2]string{}
	for _, n := range sizes {
		p, i := filepath.Join(dir, fmt.Sprintf("people%d.csv", n)), filepath.Join(dir, fmt.Sprintf("ideas%d.csv", n))
		writePeopleCSV(b, p, n)
		writeIdeasCSV(b, i, n, n)
		files[n] = [2]string{p, i}
	}
	b.ReportAllocs()
	cpu := map[int]time.Duration{}
	wall := map[int]time.Duration{}
	b.ResetTimer()
	for i := range b.N {
		for _, n := range sizes {
			b.StopTimer()
			s, err := storage.Open(filepath.Join(dir, fmt.Sprintf("s%d-%d.db", n, i)))
			if err != nil {
				b.Fatal(err)
			}
			b.StartTimer()
			for j, k := range []csvio.Kind{csvio.People, csvio.Ideas} {
				w, c := importCSVTimed(b, s, k, files[n][j])
				wall[n], cpu[n] = wall[n]+w, cpu[n]+c
			}
			b.StopTimer()
			s.Close()
			b.StartTimer()
		}
	}
	b.StopTimer()
	perRow := func(m map[int]time.Duration, n int) float64 { return m[n].Seconds() / float64(n) }
	x := perRow(cpu, 100000) / perRow(cpu, 10000)
	b.ReportMetric(x, "per-row-x")
	b.ReportMetric(perRow(wall, 100000)/perRow(wall, 10000), "wall-per-row-x")
	b.ReportMetric(2*100000/(cpu[100000].Seconds()/float64(b.N)), "rows/CPU-s@100k")
	if x > 2 {
		b.Errorf("a row costs %.2f× the CPU at 100,000 rows that it does at 10,000: not linear", x)
	}
}

// importCPU is the CPU time this process has used.
func importCPU() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
