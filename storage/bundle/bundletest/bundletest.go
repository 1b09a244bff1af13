// Package bundletest edits bundle files for tests the way someone with a
// text editor would: gunzip, change lines, recompute the trailer's hash as
// docs/bundle.md explains it, gzip again. What it makes is a forgery (or a
// bundle of an older version), which the reader must take or refuse for what
// it is.
package bundletest

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// Edit gunzips the bundle at path, lets edit change its lines (manifest,
// records, trailer), recomputes the trailer's hash and writes the result to
// a new file in a temporary folder of t, whose path it returns.
func Edit(t testing.TB, path string, edit func(lines []string)) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(string(raw), "\n"), "\n")
	edit(lines)
	n := len(lines) - 1
	sum := sha256.Sum256([]byte(strings.Join(lines[:n], "\n") + "\n"))
	lines[n] = sha.ReplaceAllString(lines[n], `"sha256":"`+hex.EncodeToString(sum[:])+`"`)
	var out bytes.Buffer
	zw := gzip.NewWriter(&out)
	io.WriteString(zw, strings.Join(lines, "\n")+"\n")
	zw.Close()
	dst := filepath.Join(t.TempDir(), "edited.fob")
	if err := os.WriteFile(dst, out.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	return dst
}

// Unsign is the bundle at path as a version-1 bundle (an older frontoffice's):
// no signature, the trailer's hash made right again.
func Unsign(t testing.TB, path string) string {
	t.Helper()
	return Edit(t, path, func(ls []string) {
		ls[0] = strings.Replace(ls[0], `"format_version":2`, `"format_version":1`, 1)
		ls[len(ls)-1] = signature.ReplaceAllString(ls[len(ls)-1], "")
	})
}

var (
	sha       = regexp.MustCompile(`"sha256":"[0-9a-f]*"`)
	signature = regexp.MustCompile(`,"signature":"[^"]*"`)
)
