package storage

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"
)

// FRONTOFFICE_IMPORT_TRACE=1 prints, when a bundle's merge ends, where its
// wall time went, to standard error: how long the writer spent in its
// transactions (and in bbolt's commits), how long it waited for the next
// batch, how long the batches waited for the writer, and, merged into a
// copy, the end (deferred index entries, groups, sync, rename). It is how
// docs/PERFORMANCE.md (session 14) found the writer to be the longest lane
// on an idle machine. A big import-csv or import-sheet (SaveEach through a
// copy, batch_swap.go) prints its own steps the same way: the writer's
// transactions and waits, the reading waiting for the writer, and the
// copy's end step by step. Only names of steps and times are printed,
// never data.

// importTraceOut is where the trace goes (tests read it).
var importTraceOut io.Writer = os.Stderr

// importTrace sums one merge's waits and work; nil when tracing is off.
type importTrace struct {
	start time.Time
	mu    sync.Mutex
	steps []string // in the order first seen
	sums  map[string]time.Duration
}

func newImportTrace() *importTrace {
	if os.Getenv("FRONTOFFICE_IMPORT_TRACE") == "" {
		return nil
	}
	return &importTrace{start: time.Now(), sums: map[string]time.Duration{}}
}

// add counts the time since t0 to step.
func (t *importTrace) add(step string, t0 time.Time) {
	if t == nil {
		return
	}
	d := time.Since(t0)
	t.mu.Lock()
	defer t.mu.Unlock()
	if _, ok := t.sums[step]; !ok {
		t.steps = append(t.steps, step)
	}
	t.sums[step] += d
}

// print writes each step's sum, and the whole merge's wall time.
func (t *importTrace) print() {
	if t == nil {
		return
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	for _, s := range t.steps {
		fmt.Fprintf(importTraceOut, "import trace: %-48s %7.3f s\n", s, t.sums[s].Seconds())
	}
	fmt.Fprintf(importTraceOut, "import trace: %-48s %7.3f s\n", "all of it", time.Since(t.start).Seconds())
}
