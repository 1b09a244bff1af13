package bundle

import (
	"bytes"
	"compress/gzip"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"
)

// testKey signs the bundles the tests write (a fixed seed: the fuzz corpus
// stays valid).
var testKey = ed25519.NewKeyFromSeed(bytes.Repeat([]byte{7}, ed25519.SeedSize))

// write makes a bundle of the given record lines, signed with testKey.
func write(t testing.TB, lines ...string) []byte { return writeWith(t, testKey, lines...) }

// writeWith makes a bundle of the given record lines, signed with key (nil: unsigned).
func writeWith(t testing.TB, key ed25519.PrivateKey, lines ...string) []byte {
	t.Helper()
	var buf bytes.Buffer
	w, err := NewWriter(&buf, Manifest{SchemaVersion: 11, Origin: Origin{ID: "o"}, CreatedAt: time.Date(2026, 2, 13, 4, 30, 0, 0, time.UTC), Counts: map[string]int{"person": len(lines)}}, key)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range lines {
		if err := w.Record([]byte(l)); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// readAll reads a bundle through, returning its lines or the first error.
func readAll(data []byte) ([]string, error) {
	r, err := NewReader(bytes.NewReader(data), 11)
	if err != nil {
		return nil, err
	}
	var out []string
	for {
		l, _, err := r.Next()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		if len(l) > MaxLine {
			panic("a line over MaxLine came through")
		}
		out = append(out, string(l))
	}
}

func TestRoundTrip(t *testing.T) {
	in := []string{`{"id":"a","kind":"person"}`, `{"id":"b","kind":"person"}`}
	got, err := readAll(write(t, in...))
	if err != nil || len(got) != 2 || got[0] != in[0] || got[1] != in[1] {
		t.Fatalf("%v, %v", got, err)
	}
	if got, err := readAll(write(t)); err != nil || len(got) != 0 {
		t.Fatalf("an empty bundle: %v, %v", got, err)
	}
}

func TestKind(t *testing.T) {
	for line, want := range map[string]string{
		`{"id":"x","kind":"idea","title":"a"}`: "idea",
		`{"title":"a", "kind" : "person"}`:     "person",
		`{"title":"a"}`:                        "",
		`not json`:                             "",
	} {
		if got := Kind([]byte(line)); got != want {
			t.Errorf("Kind(%s) = %q, want %q", line, got, want)
		}
	}
}

// FuzzReader: whatever the bytes, the reader returns lines or an error,
// never panics, never hands out a line over MaxLine, and accepts only
// bundles whose trailer matches. The kept corpus is testdata/fuzz/FuzzReader.
func FuzzReader(f *testing.F) {
	f.Add(write(f, `{"id":"a","kind":"person"}`))
	f.Add(write(f))
	f.Add([]byte{})
	f.Add([]byte("age-encryption.org/v1\n"))
	var plain bytes.Buffer
	zw := gzip.NewWriter(&plain)
	io.WriteString(zw, "{\"format\":\"frontoffice-bundle\",\"format_version\":1}\n{\"records\":0,\"sha256\":\"x\"}\n")
	zw.Close()
	f.Add(plain.Bytes())
	f.Fuzz(func(t *testing.T, data []byte) {
		lines, err := readAll(data)
		if err != nil {
			if _, ok := AsError(err); !ok {
				t.Fatalf("not a bundle error: %v", err)
			}
			return
		}
		// Accepted: the file really is gzip of a manifest, the lines handed
		// out, and a trailer that counts them and hashes every byte before it.
		if err := trailerHolds(data, lines); err != nil {
			t.Fatalf("accepted a bundle whose trailer does not hold: %v", err)
		}
		// Writing the same lines again gives a bundle read the same, line by line.
		again, err := readAll(write(t, lines...))
		if err != nil || len(again) != len(lines) {
			t.Fatalf("rewritten: %v, %v", again, err)
		}
		for i := range lines {
			if again[i] != lines[i] {
				t.Fatalf("line %d read back as %q, was %q", i+2, again[i], lines[i])
			}
		}
	})
}

// trailerHolds checks data the long way, without the reader: gunzip it, take
// the last line as the trailer, and compare its count and hash with the
// record lines read and the bytes before it.
func trailerHolds(data []byte, lines []string) error {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return err
	}
	plain, err := io.ReadAll(zr)
	if err != nil {
		return err
	}
	body := bytes.TrimSuffix(plain, []byte("\n"))
	cut := bytes.LastIndexByte(body, '\n')
	if cut < 0 {
		return errors.New("no line before the trailer")
	}
	var tr Trailer
	if err := json.Unmarshal(body[cut+1:], &tr); err != nil {
		return fmt.Errorf("trailer %q: %v", body[cut+1:], err)
	}
	sum := sha256.Sum256(plain[:cut+1])
	if tr.SHA256 != hex.EncodeToString(sum[:]) {
		return fmt.Errorf("trailer hash %s, the bytes before it hash to %x", tr.SHA256, sum)
	}
	if tr.Records != len(lines) {
		return fmt.Errorf("trailer counts %d records, %d were read", tr.Records, len(lines))
	}
	if err := signatureHolds(plain[:cut+1], tr); err != nil {
		return err
	}
	var want []string
	for _, l := range strings.Split(string(plain[:cut]), "\n")[1:] {
		if l != "" {
			want = append(want, l)
		}
	}
	if len(want) != len(lines) {
		return fmt.Errorf("%d record lines in the file, %d read", len(want), len(lines))
	}
	return nil
}

func TestOpenPlainAndEmpty(t *testing.T) {
	if _, err := Open(bytes.NewReader(nil), nil); err == nil {
		t.Fatal("an empty file opened")
	} else if e, ok := AsError(err); !ok || e.Reason != ReasonEmpty {
		t.Fatalf("empty: %v", err)
	}
	data := write(t, `{"kind":"person"}`)
	r, err := Open(bytes.NewReader(data), func() (string, error) { t.Fatal("asked for a passphrase"); return "", nil })
	if err != nil {
		t.Fatal(err)
	}
	got, _ := io.ReadAll(r)
	if !bytes.Equal(got, data) {
		t.Fatal("a plain bundle came back changed")
	}
}

// TestBombStopsEarly: a bundle that unpacks far past what its manifest
// counts (a gzip bomb: 55 MB that unpack to gigabytes) is stopped as it is
// read, not at its end, and says why; so is one with more records than its
// manifest counts.
func TestBombStopsEarly(t *testing.T) {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	io.WriteString(zw, `{"format":"frontoffice-bundle","format_version":1,"schema_version":11,"origin":{"id":"o"},"counts":{"person":2}}`+"\n")
	line := `{"id":"x","kind":"person","notes":"` + strings.Repeat("a", 1<<20) + `"}` + "\n"
	for range 20 { // 20 MiB unpacked, for 2 records
		io.WriteString(zw, line)
	}
	zw.Close()
	r, err := NewReader(bytes.NewReader(buf.Bytes()), 11)
	if err != nil {
		t.Fatal(err)
	}
	read := 0
	for {
		_, no, err := r.Next()
		if err == nil {
			read++
			continue
		}
		e, ok := AsError(err)
		if !ok || (e.Reason != ReasonTooBig && e.Reason != ReasonCount) {
			t.Fatalf("after %d lines: %v", read, err)
		}
		if read > 2 || no > 4 {
			t.Fatalf("stopped only after %d lines (line %d)", read, no)
		}
		break
	}

	// Within its count, bytes alone stop it: 200 records claimed (64 MiB at
	// most), 1 MiB each.
	buf.Reset()
	zw = gzip.NewWriter(&buf)
	io.WriteString(zw, `{"format":"frontoffice-bundle","format_version":1,"schema_version":11,"origin":{"id":"o"},"counts":{"person":200}}`+"\n")
	for range 100 {
		io.WriteString(zw, line)
	}
	zw.Close()
	r, err = NewReader(bytes.NewReader(buf.Bytes()), 11)
	if err != nil {
		t.Fatal(err)
	}
	read = 0
	for {
		_, _, err := r.Next()
		if err == nil {
			read++
			continue
		}
		if e, ok := AsError(err); !ok || e.Reason != ReasonTooBig {
			t.Fatalf("after %d lines: %v", read, err)
		}
		break
	}
	if limit := UnpackedLimit(200); read == 100 || int64(read)<<20 > limit+1<<20 {
		t.Errorf("read %d MiB past the limit of %d MiB", read, limit>>20)
	}
}
