//go:build linux

package storage

import (
	"os"
	"strconv"
	"strings"
	"testing"
)

// sharedResident reads the open /proc/self/statm again at each call: it
// answers what a fresh reading of the file does, call after call.
func TestSharedResidentReadsStatmAgain(t *testing.T) {
	fresh := func() int64 {
		b, err := os.ReadFile("/proc/self/statm")
		if err != nil {
			t.Skip("no /proc here")
		}
		n, _ := strconv.ParseInt(strings.Fields(string(b))[2], 10, 64)
		return n * int64(os.Getpagesize())
	}
	for range 3 {
		before := fresh()
		got, ok := sharedResident()
		after := fresh()
		const slack = 4 << 20 // the runtime may map or drop a little meanwhile
		if !ok || got < min(before, after)-slack || got > max(before, after)+slack {
			t.Fatalf("sharedResident %d, %v; a fresh read says %d then %d", got, ok, before, after)
		}
	}
}
