package storage

import (
	"os"
	"strings"
	"testing"
)

// threadNice is the nice value of the calling thread (/proc/thread-self/stat).
func threadNice(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("/proc/thread-self/stat")
	if err != nil {
		t.Skipf("no /proc/thread-self: %v", err)
	}
	s := string(b)
	fields := strings.Fields(s[strings.LastIndexByte(s, ')')+2:])
	return fields[16] // field 19 of proc(5), counted after the name
}

// TestAtLowPriority: the daily backup's work runs on a thread at nice 19,
// and no other work inherits that thread; a panic in it reaches the caller.
func TestAtLowPriority(t *testing.T) {
	var inside string
	atLowPriority(func() { inside = threadNice(t) })
	if inside != "19" {
		t.Errorf("nice inside %s, want 19", inside)
	}
	for range 20 { // the niced thread was thrown away: none of the others is
		done := make(chan string)
		go func() { done <- threadNice(t) }()
		if n := <-done; n == "19" {
			t.Fatal("a goroutine ran on the niced thread afterwards")
		}
	}
	defer func() {
		if recover() != "boom" {
			t.Error("a panic in the work did not reach the caller")
		}
	}()
	atLowPriority(func() { panic("boom") })
}
