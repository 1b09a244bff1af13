package bundle

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"testing"
)

// TestParallelGzipIsOnePlainStream: a bundle big enough to be compressed in
// several blocks side by side is still one plain gzip member, read to its
// end by the standard library's reader with multistream off (as gzip(1) and
// this program's older builds read it), line for line what was written.
func TestParallelGzipIsOnePlainStream(t *testing.T) {
	var lines []string
	for i := range 40000 { // about 5 MB: five blocks of 1 MB
		lines = append(lines, fmt.Sprintf(`{"id":"%032x","kind":"person","full_name":"Person %d","notes":"%0100d"}`, i, i, i*7919))
	}
	data := write(t, lines...)
	src := bytes.NewReader(data)
	zr, err := gzip.NewReader(src)
	if err != nil {
		t.Fatal(err)
	}
	zr.Multistream(false)
	plain, err := io.ReadAll(zr)
	if err != nil {
		t.Fatalf("the standard gzip reader: %v", err)
	}
	sc := bufio.NewScanner(bytes.NewReader(plain))
	sc.Buffer(nil, MaxLine)
	var got []string
	for sc.Scan() {
		got = append(got, sc.Text())
	}
	if len(got) != len(lines)+2 {
		t.Fatalf("%d lines in the first gzip member, want %d (manifest, records, trailer)", len(got), len(lines)+2)
	}
	for i, l := range lines {
		if got[i+1] != l {
			t.Fatalf("line %d: %q, want %q", i+2, got[i+1], l)
		}
	}
	if src.Len() != 0 {
		t.Fatalf("%d bytes after the first gzip member", src.Len())
	}
	back, err := readAll(data)
	if err != nil || len(back) != len(lines) {
		t.Fatalf("this package's reader: %d lines, %v", len(back), err)
	}
}
