//go:build !windows

package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestMemProfile: with FRONTOFFICE_MEMPROFILE set, a run writes a heap
// profile and the memory classes at its end, and one more at each
// SIGUSR1, numbered, while it runs; the run ends as it would have.
func TestMemProfile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "mem.prof")
	t.Setenv("FRONTOFFICE_MEMPROFILE", path)
	code := profiled(func() int {
		if err := syscall.Kill(os.Getpid(), syscall.SIGUSR1); err != nil {
			t.Error(err)
		}
		for end := time.Now().Add(10 * time.Second); time.Now().Before(end); time.Sleep(10 * time.Millisecond) {
			if fi, err := os.Stat(path + ".1.txt"); err == nil && fi.Size() > 0 {
				break
			}
		}
		return 3
	})
	if code != 3 {
		t.Errorf("exit code %d, want 3", code)
	}
	want := []string{path, path + ".txt", path + ".1", path + ".1.txt"}
	for _, p := range want {
		if fi, err := os.Stat(p); err != nil || fi.Size() == 0 {
			t.Errorf("%s not written: %v", filepath.Base(p), err)
		}
	}
	if b, _ := os.ReadFile(path + ".txt"); !strings.Contains(string(b), "/gc/heap/live:bytes") {
		t.Errorf("memory classes without the live heap:\n%s", b)
	}
}
