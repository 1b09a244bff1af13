package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/metrics"
	"runtime/pprof"
	"strings"
	"sync"
)

// memProfiler writes heap profiles for docs/PERFORMANCE.md when
// $FRONTOFFICE_MEMPROFILE names a file: one at the end of the run (at that
// path), and on Unix one each time the process gets SIGUSR1 (at path.1,
// path.2, …: `kill -USR1 PID` at the moment to look at, e.g. 5 s after an
// import's summary). Each profile is taken right after a collection, so its
// in-use figures are what is live, and beside it path….txt gives the
// runtime's memory classes (live heap, objects not yet collected,
// fragmentation, free and released spans, stacks) before and after that
// collection. A heap profile holds allocation sites and sizes, no
// values: nothing of the store.
type memProfiler struct {
	path string
	mu   sync.Mutex
	n    int
}

// startMemProfile sets the profiler up when $FRONTOFFICE_MEMPROFILE is set;
// stop writes the last profile and stops listening.
func startMemProfile() (stop func()) {
	path := os.Getenv("FRONTOFFICE_MEMPROFILE")
	if path == "" {
		return func() {}
	}
	p := &memProfiler{path: path}
	unlisten := p.onSignal()
	return func() {
		unlisten()
		p.write(path)
	}
}

// next writes the next numbered profile (a signal's).
func (p *memProfiler) next() {
	p.mu.Lock()
	p.n++
	n := p.n
	p.mu.Unlock()
	p.write(fmt.Sprintf("%s.%d", p.path, n))
}

// write collects, then writes the heap profile to path and the memory
// classes to path.txt; a failure is said on stderr and changes nothing else.
func (p *memProfiler) write(path string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	before := memClasses()
	runtime.GC()
	after := memClasses()
	if err := writeFileWith(path, func(f *os.File) error { return pprof.Lookup("heap").WriteTo(f, 0) }); err != nil {
		fmt.Fprintln(os.Stderr, err)
	}
	if err := writeFileWith(path+".txt", func(f *os.File) error { return writeMemClasses(f, before, after) }); err != nil {
		fmt.Fprintln(os.Stderr, err)
	}
}

func writeFileWith(path string, fill func(*os.File) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := fill(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// memClasses reads the runtime's memory classes and heap figures.
func memClasses() []metrics.Sample {
	var samples []metrics.Sample
	for _, d := range metrics.All() {
		if d.Kind == metrics.KindUint64 && (strings.HasPrefix(d.Name, "/memory/classes/") || d.Name == "/gc/heap/live:bytes" || d.Name == "/gc/heap/goal:bytes") {
			samples = append(samples, metrics.Sample{Name: d.Name})
		}
	}
	metrics.Read(samples)
	return samples
}

// writeMemClasses writes the memory classes before and after the
// collection, one a line, in MB.
func writeMemClasses(f *os.File, before, after []metrics.Sample) error {
	if _, err := fmt.Fprintf(f, "%-50s %10s %10s\n", "(MB)", "before GC", "after GC"); err != nil {
		return err
	}
	mb := func(s metrics.Sample) float64 { return float64(s.Value.Uint64()) / (1 << 20) }
	for i := range before {
		if _, err := fmt.Fprintf(f, "%-50s %10.1f %10.1f\n", before[i].Name, mb(before[i]), mb(after[i])); err != nil {
			return err
		}
	}
	return nil
}
