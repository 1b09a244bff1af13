package storage

import (
	"bytes"
	"context"
	"encoding/binary"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// An import paces the collector at importGCPercent while any import runs in
// a process without the search index, then gives the pace back; with the
// index in use (the app), or GOGC set, the pace stays as it was.
func TestPaceGCForImport(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	current := func() int { p := debug.SetGCPercent(100); debug.SetGCPercent(p); return p }
	open := func() *Store {
		s, err := Open(filepath.Join(t.TempDir(), "s.db"))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	}
	t.Setenv("GOGC", "")
	s := open()
	a := s.paceGCForImport()
	if got := current(); got != importGCPercent {
		t.Fatalf("during an import: %d, want %d", got, importGCPercent)
	}
	b := s.paceGCForImport()
	a()
	a() // twice does no harm
	if got := current(); got != importGCPercent {
		t.Errorf("one import of two ended: %d, want %d", got, importGCPercent)
	}
	b()
	if got := current(); got != 100 {
		t.Errorf("after the imports: %d, want 100", got)
	}

	app := open()
	if _, err := app.Search(context.Background()); err != nil {
		t.Fatal(err)
	}
	app.paceGCForImport()
	if got := current(); got != 100 {
		t.Errorf("with the search index in use: %d, want 100", got)
	}
	t.Setenv("GOGC", "50")
	s.paceGCForImport()
	if got := current(); got != 100 {
		t.Errorf("with GOGC set: %d, want 100", got)
	}
}

// After a big import in the app, settleWatch gives back what piles up in the
// seconds after: heap dead since the last collection (the collector is held
// off here, so nothing else would free it) and store pages read (the
// process's file pages, Linux). It waits for those effects, not for a time.
func TestSettleWatchGivesBack(t *testing.T) {
	s, err := Open(filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	val := bytes.Repeat([]byte{'x'}, 4000)
	if err := s.db.Update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucket([]byte("settle-test"))
		for i := 0; err == nil && i < 8000; i++ { // 32 MB of pages
			err = b.Put(binary.BigEndian.AppendUint32(nil, uint32(i)), val)
		}
		return err
	}); err != nil {
		t.Fatal(err)
	}
	floor, files := s.releaseMappedAndMeasure()
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	runtime.GC()
	done := make(chan struct{})
	go func() { defer close(done); s.settleWatch(time.Minute, 5*time.Millisecond) }()
	var garbage [][]byte
	for range 32 {
		garbage = append(garbage, make([]byte, 1<<20))
	}
	garbage = nil
	if files { // without the watch, these pages would stay resident
		s.db.View(func(tx *bolt.Tx) error {
			var sum int
			tx.Bucket([]byte("settle-test")).ForEach(func(_, v []byte) error { sum += int(v[len(v)-1]); return nil })
			return nil
		})
	}
	deadline := time.Now().Add(30 * time.Second)
	for {
		n, _ := sharedResident()
		gave := heapSlack() <= settleSlack && (!files || n-floor <= settleSlack)
		if gave {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("after 30 s: heap slack %d MB, file pages %d MB", heapSlack()>>20, n>>20)
		}
		time.Sleep(10 * time.Millisecond)
	}
	s.bgCancel() // the watch ends with the store
	<-done
}

// settleKeep holds what TestSettleWatchCollectsWhatDiedQuietly lets die.
var settleKeep [][]byte

// After an import the screens drop lists that were live at the last
// collection, allocating little meanwhile: nothing looks like slack until a
// collection finds them dead. settleWatch collects once the program that
// touched the heap is still (settleQuiet). The collector is held off here:
// without that rule the 32 MB stay counted live until the ticks' own
// allocations add up to a slack (heapSlack), which the test does not wait
// for.
func TestSettleWatchCollectsWhatDiedQuietly(t *testing.T) {
	s, err := Open(filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	for range 32 {
		settleKeep = append(settleKeep, make([]byte, 1<<20))
	}
	debug.FreeOSMemory() // collected, and no free spans left from earlier tests: no slack
	liveNow := func() uint64 {
		m := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
		metrics.Read(m)
		return m[0].Value.Uint64()
	}
	before := liveNow()
	done := make(chan struct{})
	go func() { defer close(done); s.settleWatch(time.Minute, 5*time.Millisecond) }()
	settleKeep = nil                             // a screen's list, dropped
	deadline := time.Now().Add(90 * time.Second) // only ends a watch that never collects
	collected := func() bool { return liveNow()+16<<20 <= before }
	for !collected() {
		if len(settleKeep) < 128 { // and a little allocated, slowly: 1 MB in all
			settleKeep = append(settleKeep, make([]byte, 8<<10))
		}
		// The slack is read before the live heap: a collection finishing
		// between the two (the watch's) shows in the second.
		if slack := heapSlack(); (time.Now().After(deadline) || slack > settleSlack/2) && !collected() {
			t.Fatalf("not collected while still: the heap counted live is %d MB, was %d MB; slack %d MB", liveNow()>>20, before>>20, slack>>20)
		}
		time.Sleep(10 * time.Millisecond)
	}
	s.bgCancel()
	<-done
	settleKeep = nil
}
