package storage

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// startWriteback is a hint to the system: the file stays as it was, and a
// path that is gone is no failure.
func TestStartWritebackLeavesTheFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "copy")
	want := bytes.Repeat([]byte("frontoffice "), 100000)
	if err := os.WriteFile(path, want, 0o600); err != nil {
		t.Fatal(err)
	}
	startWriteback(path)
	startWriteback(filepath.Join(t.TempDir(), "gone"))
	got, err := os.ReadFile(path)
	if err != nil || !bytes.Equal(got, want) {
		t.Fatalf("the file changed: %d bytes, %v", len(got), err)
	}
}
