package storage

import (
	"context"
	"path/filepath"
	"runtime/debug"
	"testing"
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
