package bundle

import (
	"bytes"
	"compress/gzip"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"
	"testing"
)

// signatureHolds checks a bundle's signature the long way, as docs/bundle.md
// tells a regional system to: from the manifest's origin id and key and the
// trailer's hash, with nothing of this package but the JSON types. A bundle
// of version 1, or without a signature, holds trivially (it is unsigned).
func signatureHolds(body []byte, tr Trailer) error {
	first, _, _ := bytes.Cut(body, []byte("\n"))
	var m struct {
		Version int `json:"format_version"`
		Origin  struct {
			ID  string `json:"id"`
			Key string `json:"key"`
		} `json:"origin"`
	}
	if err := json.Unmarshal(first, &m); err != nil {
		return err
	}
	if m.Version < 2 || tr.Signature == "" {
		return nil
	}
	pub, err := base64.StdEncoding.DecodeString(m.Origin.Key)
	if err != nil || len(pub) != 32 {
		return fmt.Errorf("key %q", m.Origin.Key)
	}
	sig, err := base64.StdEncoding.DecodeString(tr.Signature)
	if err != nil {
		return err
	}
	msg := "frontoffice-bundle-signature-v2\n" + m.Origin.ID + "\n" + m.Origin.Key + "\n" + tr.SHA256 + "\n"
	if !ed25519.Verify(pub, []byte(msg), sig) {
		return errors.New("the signature does not verify")
	}
	return nil
}

// plainLines is the uncompressed lines of a bundle (without their newlines).
func plainLines(t *testing.T, data []byte) []string {
	t.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(strings.TrimSuffix(string(raw), "\n"), "\n")
}

// rehash writes lines back as a bundle after recomputing the trailer's
// hash, as docs/bundle.md explains it is computed — what someone editing a
// bundle by hand does. The trailer's other fields (the signature) stay.
func rehash(t *testing.T, lines []string) []byte {
	t.Helper()
	body := strings.Join(lines[:len(lines)-1], "\n") + "\n"
	var tr map[string]any
	if err := json.Unmarshal([]byte(lines[len(lines)-1]), &tr); err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256([]byte(body))
	tr["sha256"] = hex.EncodeToString(sum[:])
	tl, _ := json.Marshal(tr)
	var out bytes.Buffer
	zw := gzip.NewWriter(&out)
	io.WriteString(zw, body+string(tl)+"\n")
	zw.Close()
	return out.Bytes()
}

func readSigned(data []byte) (*Reader, error) {
	r, err := NewReader(bytes.NewReader(data), 11)
	if err != nil {
		return nil, err
	}
	for {
		if _, _, err := r.Next(); err != nil {
			if errors.Is(err, io.EOF) {
				return r, nil
			}
			return r, err
		}
	}
}

func wantReason(t *testing.T, err error, want Reason) {
	t.Helper()
	e, ok := AsError(err)
	if !ok || e.Reason != want {
		t.Fatalf("got %v, want reason %s", err, want)
	}
}

// TestSignedRoundTrip: a bundle written with a key names the key and reads
// back signed; the signature is the documented one (signatureHolds).
func TestSignedRoundTrip(t *testing.T) {
	data := write(t, `{"id":"a","kind":"person"}`)
	r, err := readSigned(data)
	if err != nil {
		t.Fatal(err)
	}
	if !r.Signed || r.Manifest.FormatVersion != 2 || r.Manifest.Origin.Key != EncodeKey(testKey.Public().(ed25519.PublicKey)) {
		t.Fatalf("signed %v, version %d, key %q", r.Signed, r.Manifest.FormatVersion, r.Manifest.Origin.Key)
	}
	if err := trailerHolds(data, []string{`{"id":"a","kind":"person"}`}); err != nil {
		t.Fatal(err)
	}
	if fp := Fingerprint(testKey.Public().(ed25519.PublicKey)); !regexp.MustCompile(`^[0-9a-f]{4}( [0-9a-f]{4}){3}$`).MatchString(fp) {
		t.Fatalf("fingerprint %q", fp)
	}
	// Unsigned: no key, no signature, read as unsigned.
	r, err = readSigned(writeWith(t, nil, `{"id":"a","kind":"person"}`))
	if err != nil || r.Signed || r.Manifest.Origin.Key != "" || r.Trailer.Signature != "" {
		t.Fatalf("unsigned: %v %v %+v", err, r.Signed, r.Trailer)
	}
}

// TestTamperedBundleRefused: one field changed and the trailer's hash
// recomputed (the trailer checks out) is refused by its signature; so is a
// signature with its key taken out, or a signature of another bundle.
func TestTamperedBundleRefused(t *testing.T) {
	data := write(t, `{"id":"a","kind":"hours","hours":2}`, `{"id":"b","kind":"person"}`)
	lines := plainLines(t, data)
	edited := append([]string(nil), lines...)
	edited[1] = strings.Replace(edited[1], `"hours":2`, `"hours":24`, 1)
	_, err := readSigned(rehash(t, edited))
	wantReason(t, err, ReasonSignature)

	// The same lines, rehashed, still verify: rehash is faithful.
	if r, err := readSigned(rehash(t, lines)); err != nil || !r.Signed {
		t.Fatalf("unchanged, rehashed: %v", err)
	}

	// The key taken out of the manifest, the signature left.
	nokey := append([]string(nil), lines...)
	nokey[0] = regexp.MustCompile(`,"key":"[^"]*"`).ReplaceAllString(nokey[0], "")
	_, err = readSigned(rehash(t, nokey))
	wantReason(t, err, ReasonSignature)

	// Another key in the manifest: the old signature does not verify with it.
	other := ed25519.NewKeyFromSeed(bytes.Repeat([]byte{9}, ed25519.SeedSize))
	swapped := append([]string(nil), lines...)
	swapped[0] = strings.Replace(swapped[0], EncodeKey(testKey.Public().(ed25519.PublicKey)), EncodeKey(other.Public().(ed25519.PublicKey)), 1)
	_, err = readSigned(rehash(t, swapped))
	wantReason(t, err, ReasonSignature)

	// A key that is not one.
	bad := append([]string(nil), lines...)
	bad[0] = strings.Replace(bad[0], EncodeKey(testKey.Public().(ed25519.PublicKey)), "bm90IGEga2V5", 1)
	_, err = readSigned(rehash(t, bad))
	wantReason(t, err, ReasonManifest)
}

// TestStrippedSignatureIsUnsigned: the signature removed (the trailer
// rehashed) leaves an unsigned bundle, which the caller refuses unless told
// otherwise; a version-1 bundle is unsigned whatever its trailer holds.
func TestStrippedSignatureIsUnsigned(t *testing.T) {
	lines := plainLines(t, write(t, `{"id":"a","kind":"person"}`))
	stripped := append([]string(nil), lines...)
	stripped[2] = regexp.MustCompile(`,"signature":"[^"]*"`).ReplaceAllString(stripped[2], "")
	r, err := readSigned(rehash(t, stripped))
	if err != nil || r.Signed {
		t.Fatalf("stripped: %v, signed %v", err, r != nil && r.Signed)
	}
	v1 := append([]string(nil), lines...)
	v1[0] = strings.Replace(v1[0], `"format_version":2`, `"format_version":1`, 1)
	r, err = readSigned(rehash(t, v1))
	if err != nil || r.Signed {
		t.Fatalf("version 1: %v, signed %v", err, r != nil && r.Signed)
	}
	v3 := append([]string(nil), lines...)
	v3[0] = strings.Replace(v3[0], `"format_version":2`, `"format_version":3`, 1)
	_, err = readSigned(rehash(t, v3))
	wantReason(t, err, ReasonVersion)
}

// BenchmarkSign and BenchmarkVerify are what signing costs a bundle: one
// signature when it is written, one check when it is read, whatever its size.
func BenchmarkSign(b *testing.B) {
	o := Origin{ID: "0193", Key: EncodeKey(testKey.Public().(ed25519.PublicKey))}
	sum := strings.Repeat("ab", 32)
	for range b.N {
		Sign(testKey, o, sum)
	}
}

func BenchmarkVerify(b *testing.B) {
	o := Origin{ID: "0193", Key: EncodeKey(testKey.Public().(ed25519.PublicKey))}
	sum := strings.Repeat("ab", 32)
	sig := Sign(testKey, o, sum)
	for range b.N {
		if !Verify(o, sum, sig) {
			b.Fatal("does not verify")
		}
	}
}
