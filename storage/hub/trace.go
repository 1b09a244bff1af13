package hub

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
)

// FRONTOFFICE_HUB_TRACE=1 prints, for every step of an import (the COPY,
// each merge statement, the commit), its wall time and the CPU time the
// server's process spent on it (read from /proc: Linux, the server on this
// machine), to standard error: how docs/PERFORMANCE.md found what a record
// costs. Only SQL text and times are printed, never data.

type traceKey struct{}

// tracer follows one import's server process.
type tracer struct {
	pid  int
	last float64
}

// withTrace is ctx with a tracer of tx's server process, when tracing is on.
func withTrace(ctx context.Context, tx pgx.Tx) context.Context {
	if os.Getenv("FRONTOFFICE_HUB_TRACE") == "" {
		return ctx
	}
	t := &tracer{}
	if err := tx.QueryRow(ctx, "SELECT pg_backend_pid()").Scan(&t.pid); err != nil {
		return ctx
	}
	t.last = t.cpu()
	return context.WithValue(ctx, traceKey{}, t)
}

// cpu is the server process's CPU time so far, in milliseconds (0 when
// not readable).
func (t *tracer) cpu() float64 {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(t.pid) + "/stat")
	if err != nil {
		return 0
	}
	f := strings.Fields(string(b[strings.LastIndexByte(string(b), ')')+2:]))
	if len(f) < 13 {
		return 0
	}
	u, _ := strconv.ParseFloat(f[11], 64)
	s, _ := strconv.ParseFloat(f[12], 64)
	return (u + s) * 10 // USER_HZ 100
}

// traceStep prints step q (begun at t0) when ctx traces.
func traceStep(ctx context.Context, q string, t0 time.Time) {
	t, ok := ctx.Value(traceKey{}).(*tracer)
	if !ok {
		return
	}
	c := t.cpu()
	fmt.Fprintf(os.Stderr, "hub trace: server %6.0f ms, wall %6.0f ms: %.60s\n", c-t.last,
		float64(time.Since(t0).Microseconds())/1000, strings.Join(strings.Fields(q), " "))
	t.last = c
}

// traceSum prints two sums of wall time (what a loop spent on each of two
// steps) when tracing is on.
func traceSum(a string, ta time.Duration, b string, tb time.Duration) {
	if os.Getenv("FRONTOFFICE_HUB_TRACE") == "" {
		return
	}
	fmt.Fprintf(os.Stderr, "hub trace: %s %.1f s, %s %.1f s\n", a, ta.Seconds(), b, tb.Seconds())
}

// traceWall prints the wall time of step a (begun at t0) when tracing is on.
func traceWall(a string, t0 time.Time) {
	if os.Getenv("FRONTOFFICE_HUB_TRACE") == "" {
		return
	}
	fmt.Fprintf(os.Stderr, "hub trace: %s %.1f s\n", a, time.Since(t0).Seconds())
}
