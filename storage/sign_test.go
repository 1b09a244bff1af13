package storage_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/model/report"
	"frontoffice/storage"
	"frontoffice/storage/bundle"
)

// Signed bundles and trust (docs/bundle.md, "Signature", "Trust",
// "Unsigned bundles").

// fileHash is the SHA-256 of the store's file: a refused bundle must not
// change one byte of it.
func fileHash(t *testing.T, s *storage.Store) string {
	t.Helper()
	data, err := os.ReadFile(s.Path())
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// gzipLines writes lines (manifest, records, trailer) as a bundle file's bytes.
func gzipLines(lines []string) []byte {
	var out bytes.Buffer
	zw := gzip.NewWriter(&out)
	io.WriteString(zw, strings.Join(lines, "\n")+"\n")
	zw.Close()
	return out.Bytes()
}

// rehashed is lines with the trailer's hash recomputed as docs/bundle.md
// explains it, the rest of the trailer (the signature) left as it was: what
// someone editing a bundle in a text editor does.
func rehashed(t *testing.T, lines []string) []byte {
	t.Helper()
	n := len(lines) - 1
	sum := sha256.Sum256([]byte(strings.Join(lines[:n], "\n") + "\n"))
	var tr map[string]any
	if err := json.Unmarshal([]byte(lines[n]), &tr); err != nil {
		t.Fatal(err)
	}
	tr["sha256"] = hex.EncodeToString(sum[:])
	tl, _ := json.Marshal(tr)
	return gzipLines(append(append([]string(nil), lines[:n]...), string(tl)))
}

// forged rewrites a real bundle's records as coming from origin, signed with
// key (nil: unsigned), made with the bundle package as a forger would.
func forged(t *testing.T, real []byte, origin string, key ed25519.PrivateKey) []byte {
	t.Helper()
	ls := bundleLines(t, real)
	var m bundle.Manifest
	if err := json.Unmarshal([]byte(ls[0]), &m); err != nil {
		t.Fatal(err)
	}
	m.Origin.ID = origin
	var out bytes.Buffer
	w, err := bundle.NewWriter(&out, m, key)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range ls[1 : len(ls)-1] {
		if err := w.Record([]byte(l)); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

func newKey(t *testing.T) ed25519.PrivateKey {
	t.Helper()
	_, k, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func exportBytes(t *testing.T, s *storage.Store) []byte {
	t.Helper()
	var buf bytes.Buffer
	if _, err := s.Export(context.Background(), &buf, storage.ExportOptions{Full: true}, nil); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// refused imports data into s with opts and wants a refusal for why (a
// storage.TrustReason or a bundle.Reason), with the store's file unchanged.
func refused(t *testing.T, s *storage.Store, data []byte, o storage.ImportOptions, why string) {
	t.Helper()
	before, dump := fileHash(t, s), canonicalDump(t, s)
	_, err := s.ImportBundle(context.Background(), bytesSource("x.fob", data), noPass, o, nil)
	var got string
	if te, ok := storage.AsTrustError(err); ok {
		got = string(te.Reason)
	} else if be, ok := bundle.AsError(err); ok {
		got = string(be.Reason)
	}
	if got != why {
		t.Fatalf("import: %v (reason %q), want refused for %q", err, got, why)
	}
	if fileHash(t, s) != before || !equalLines(dump, canonicalDump(t, s)) {
		t.Fatal("a refused bundle changed the store")
	}
}

// officeWith is a store with a named office and one person.
func officeWith(t *testing.T, name, person, phone string) (*storage.Store, *model.Person) {
	t.Helper()
	s, _ := newStore(t)
	o, err := s.Office()
	if err != nil {
		t.Fatal(err)
	}
	o.Name = name
	if err := s.SaveOffice(o); err != nil {
		t.Fatal(err)
	}
	p := newPerson(person, phone)
	mustCreate(t, s, p)
	return s, p
}

// TestSignedBundleTrustOnFirstUse: every store has a key from its first
// opening; its bundles name it and are signed. The first bundle of an office
// is refused until trusted (the store unchanged); trusted, it imports, the
// office is listed with its fingerprint and last bundle, and its next
// bundles need no question.
func TestSignedBundleTrustOnFirstUse(t *testing.T) {
	a, _ := officeWith(t, "Қарағанды жастар орталығы", "Айгерім Сейтқали", "+77011234567")
	b, _ := newStore(t)
	if len(a.PublicKey()) != ed25519.PublicKeySize || a.Fingerprint() == b.Fingerprint() {
		t.Fatalf("keys: %x %q %q", a.PublicKey(), a.Fingerprint(), b.Fingerprint())
	}
	path, res := exportTo(t, a, t.TempDir(), false)
	if res.Manifest.Origin.Key != bundle.EncodeKey(a.PublicKey()) {
		t.Fatalf("manifest key %q", res.Manifest.Origin.Key)
	}
	data, _ := os.ReadFile(path)
	ls := bundleLines(t, data)
	if !strings.Contains(ls[0], `"format_version":2`) || !strings.Contains(ls[len(ls)-1], `"signature":"`) {
		t.Fatalf("manifest %s, trailer %s", ls[0], ls[len(ls)-1])
	}

	refused(t, b, data, storage.ImportOptions{}, string(storage.TrustUnknown))
	c, err := b.CheckForImport(context.Background(), fileSource(path), noPass)
	if err != nil {
		t.Fatal(err)
	}
	if c.Signer.State != storage.SignerNew || c.Signer.Fingerprint != a.Fingerprint() || c.Signer.Name != "Қарағанды жастар орталығы" {
		t.Fatalf("signer %+v", c.Signer)
	}
	if _, err := b.MergeChecked(c, nil); err == nil {
		t.Fatal("merged a new office's bundle nobody trusted")
	}
	c.TrustNew = true
	sum, err := b.MergeChecked(c, nil)
	if err != nil || sum.Kinds[model.KindPerson].Added != 1 {
		t.Fatalf("trusted import: %+v %v", sum, err)
	}
	offices, err := b.KnownOffices()
	if err != nil || len(offices) != 1 {
		t.Fatalf("offices: %+v %v", offices, err)
	}
	o := offices[0]
	if o.ID != a.OfficeID() || o.Fingerprint() != a.Fingerprint() || o.Name != "Қарағанды жастар орталығы" ||
		o.TrustedBy != "Айгерим" || o.LastImport.IsZero() || !o.LastBundle.Equal(res.Manifest.CreatedAt) {
		t.Fatalf("known office %+v", o)
	}

	// Its next bundle: known, no question.
	mustCreate(t, a, newPerson("Данияр Абенов", "+77017654321"))
	next, _ := exportTo(t, a, t.TempDir(), false)
	c, err = b.CheckForImport(context.Background(), fileSource(next), noPass)
	if err != nil || c.Signer.State != storage.SignerKnown || c.Permitted() != nil {
		t.Fatalf("known office: %+v %v", c, err)
	}
	if sum, err := b.MergeChecked(c, nil); err != nil || sum.Kinds[model.KindPerson].Added != 1 {
		t.Fatalf("next bundle: %+v %v", sum, err)
	}
	if p := b.Check(); len(p) > 0 {
		t.Fatal(p)
	}
}

// TestOfficesLastBundleIsTheNewest: `offices` lists the newest bundle of
// an office imported here and when it came; the same bundle imported again,
// or an older one after it, changes neither (they moved "imported" to now).
func TestOfficesLastBundleIsTheNewest(t *testing.T) {
	a, aclk := newStore(t)
	b, bclk := newStore(t)
	if err := b.TrustOffice(a.OfficeID(), "A", a.PublicKey()); err != nil {
		t.Fatal(err)
	}
	mustCreate(t, a, newPerson("Айгерім Сейтқали", "+77011234567"))
	older, _ := exportTo(t, a, t.TempDir(), true)
	aclk.Add(24 * time.Hour)
	mustCreate(t, a, newPerson("Данияр Абенов", "+77017654321"))
	newer, res := exportTo(t, a, t.TempDir(), true)

	last := func() storage.KnownOffice {
		t.Helper()
		offices, err := b.KnownOffices()
		if err != nil || len(offices) != 1 {
			t.Fatalf("offices: %+v %v", offices, err)
		}
		return offices[0]
	}
	importFile(t, b, newer)
	want := last()
	if !want.LastBundle.Equal(res.Manifest.CreatedAt) || !want.LastImport.Equal(bclk.Now().UTC().Truncate(time.Second)) {
		t.Fatalf("after the newer bundle: %+v (bundle made %v)", want, res.Manifest.CreatedAt)
	}
	for _, path := range []string{newer, older} {
		bclk.Add(time.Hour)
		importFile(t, b, path)
		if got := last(); !got.LastBundle.Equal(want.LastBundle) || !got.LastImport.Equal(want.LastImport) || got.LastSHA256 != want.LastSHA256 {
			t.Errorf("after importing %s again: %+v, want %+v", filepath.Base(path), got, want)
		}
	}
	aclk.Add(24 * time.Hour)
	mustCreate(t, a, newPerson("Асқар Нұрланұлы", "+77019876543"))
	newest, res := exportTo(t, a, t.TempDir(), false)
	importFile(t, b, newest)
	if got := last(); !got.LastBundle.Equal(res.Manifest.CreatedAt) || !got.LastImport.Equal(bclk.Now().UTC().Truncate(time.Second)) {
		t.Errorf("after a newer bundle: %+v", got)
	}
}

// TestTamperedBundleRefused: one field of a signed bundle changed (verified
// hours made more) and the trailer's hash recomputed is refused for its
// signature, from a trusted office, whatever the consultant allows.
func TestTamperedBundleRefused(t *testing.T) {
	a, person := officeWith(t, "A", "Айгерім Сейтқали", "+77011234567")
	h := newHours(person.ID, "2026-02-12", 2)
	mustCreate(t, a, h)
	if _, err := a.VerifyHours(h.ID); err != nil {
		t.Fatal(err)
	}
	b, _ := newStore(t)
	if err := b.TrustOffice(a.OfficeID(), "A", a.PublicKey()); err != nil {
		t.Fatal(err)
	}
	data := exportBytes(t, a)
	ls := bundleLines(t, data)
	edited := append([]string(nil), ls...)
	n := 0
	for i, l := range edited {
		if strings.Contains(l, `"kind":"hours"`) && strings.Contains(l, `"status":"verified"`) {
			edited[i] = strings.Replace(l, `"hours":2`, `"hours":24`, 1)
			n++
		}
	}
	if n != 1 {
		t.Fatalf("%d verified hours lines", n)
	}
	refused(t, b, rehashed(t, edited), storage.ImportOptions{Trust: true, AllowUnsigned: true}, string(bundle.ReasonSignature))
	// The untouched bundle, rehashed the same way, imports: the refusal is
	// the edit's.
	if _, err := b.ImportBundle(context.Background(), bytesSource("a.fob", rehashed(t, ls)), noPass, storage.ImportOptions{}, nil); err != nil {
		t.Fatal(err)
	}
}

// TestOwnOfficeIDRefused: a bundle claiming the importing office's own id
// under another key, or unsigned, is refused, the store unchanged; its own
// genuine bundle imports as nothing new.
func TestOwnOfficeIDRefused(t *testing.T) {
	a, _ := officeWith(t, "A", "Айгерім Сейтқали", "+77011234567")
	other, _ := officeWith(t, "B", "Данияр Абенов", "+77017654321")
	real := exportBytes(t, other)
	everything := storage.ImportOptions{Trust: true, AllowUnsigned: true}
	refused(t, a, forged(t, real, a.OfficeID(), newKey(t)), everything, string(storage.TrustOwnOffice))
	refused(t, a, forged(t, real, a.OfficeID(), nil), everything, string(storage.TrustOwnOffice))

	sum, err := a.ImportBundle(context.Background(), bytesSource("own.fob", exportBytes(t, a)), noPass, storage.ImportOptions{}, nil)
	if err != nil || sum.Changed() {
		t.Fatalf("own bundle: %+v %v", sum.Total(), err)
	}
	if offices, _ := a.KnownOffices(); len(offices) != 0 {
		t.Fatalf("the office lists itself as another: %+v", offices)
	}
}

// TestKnownOfficeOtherKeyRefused: an office known here, arriving under
// another key, is refused (also with --trust), the store unchanged.
func TestKnownOfficeOtherKeyRefused(t *testing.T) {
	a, _ := officeWith(t, "A", "Айгерім Сейтқали", "+77011234567")
	b, _ := newStore(t)
	importFile(t, b, func() string { p, _ := exportTo(t, a, t.TempDir(), true); return p }())
	forgery := forged(t, exportBytes(t, a), a.OfficeID(), newKey(t))
	refused(t, b, forgery, storage.ImportOptions{Trust: true, AllowUnsigned: true}, string(storage.TrustKeyChanged))
	var te *storage.TrustError
	_, err := b.ImportBundle(context.Background(), bytesSource("f.fob", forgery), noPass, storage.ImportOptions{Trust: true}, nil)
	if !errors.As(err, &te) || te.KnownFingerprint != a.Fingerprint() || te.Signer.Fingerprint == a.Fingerprint() {
		t.Fatalf("%v", err)
	}
	if err := b.TrustOffice(a.OfficeID(), "A", newKey(t).Public().(ed25519.PublicKey)); err == nil {
		t.Fatal("TrustOffice replaced a trusted key")
	}
}

// unsignedOf is a real bundle made unsigned: format_version 1, no key, no
// signature (what an older frontoffice writes).
func unsignedOf(t *testing.T, real []byte) []byte {
	t.Helper()
	ls := bundleLines(t, real)
	var m map[string]any
	json.Unmarshal([]byte(ls[0]), &m)
	m["format_version"] = 1
	delete(m["origin"].(map[string]any), "key")
	ml, _ := json.Marshal(m)
	ls[0] = string(ml)
	var tr map[string]any
	json.Unmarshal([]byte(ls[len(ls)-1]), &tr)
	delete(tr, "signature")
	tl, _ := json.Marshal(tr)
	ls[len(ls)-1] = string(tl)
	return rehashed(t, ls)
}

// TestUnsignedBundleHoursWaitForVerification: an unsigned bundle is refused
// unless allowed; allowed, its verified hours count as pending here — in
// credits, the Hours list, reports and certificates — until a consultant here
// verifies them, and a relay passes that on to the offices it exports to.
func TestUnsignedBundleHoursWaitForVerification(t *testing.T) {
	a, person := officeWith(t, "A", "Айгерім Сейтқали", "+77011234567")
	h := newHours(person.ID, "2026-02-12", 12)
	mustCreate(t, a, h)
	if _, err := a.VerifyHours(h.ID); err != nil {
		t.Fatal(err)
	}
	data := unsignedOf(t, exportBytes(t, a))
	b, _ := newStore(t)
	refused(t, b, data, storage.ImportOptions{Trust: true}, string(storage.TrustUnsigned))
	c, err := b.CheckForImport(context.Background(), bytesSource("old.fob", data), noPass)
	if err != nil || c.Signer.State != storage.SignerUnsigned {
		t.Fatalf("%+v %v", c, err)
	}
	c.AllowUnsigned = true
	if _, err := b.MergeChecked(c, nil); err != nil {
		t.Fatal(err)
	}
	standing := func(s *storage.Store) model.Standing {
		t.Helper()
		lines, err := s.Credits(model.DefaultCreditRules(), 2026)
		if err != nil || len(lines) != 1 {
			t.Fatalf("credits: %+v %v", lines, err)
		}
		return lines[0].Standing
	}
	if st := standing(b); st.Verified != 0 || st.Pending != 12 {
		t.Fatalf("unsigned verified hours count: %+v", st)
	}
	if !b.UnverifiedHere(h.ID) {
		t.Fatal("not marked unverified here")
	}
	list, _ := b.HoursList()
	if len(list) != 1 || list[0].Hours.Status != "pending" || list[0].Hours.VerifiedBy != "" {
		t.Fatalf("Hours lists it as %+v", list[0].Hours)
	}
	if r, err := b.Report(context.Background(), report.Filter{}, storage.ReportOptions{}); err != nil || r.VerifiedHours != 0 {
		t.Fatalf("report: %v verified, %v", r.VerifiedHours, err)
	}
	if offices, _ := b.KnownOffices(); len(offices) != 0 {
		t.Fatalf("an unsigned bundle made an office known: %+v", offices)
	}

	// b relays to c, which trusts b: c does not count them either.
	cs, _ := newStore(t)
	importFile(t, cs, func() string { p, _ := exportTo(t, b, t.TempDir(), true); return p }())
	if st := standing(cs); st.Verified != 0 || st.Pending != 12 {
		t.Fatalf("relayed unverified hours count at c: %+v", st)
	}

	// A consultant at b verifies: a new revision, counted at b, and at c
	// once it arrives.
	if n, err := b.VerifyHours(h.ID); err != nil || n != 1 {
		t.Fatalf("verify here: %d %v", n, err)
	}
	if st := standing(b); st.Verified != 12 || st.Tier.Amount != 0 {
		t.Fatalf("after verifying here: %+v", st)
	}
	if b.UnverifiedHere(h.ID) {
		t.Fatal("still unverified after verifying here")
	}
	importFile(t, cs, func() string { p, _ := exportTo(t, b, t.TempDir(), false); return p }())
	if st := standing(cs); st.Verified != 12 {
		t.Fatalf("at c after b verified: %+v", st)
	}
	for _, s := range []*storage.Store{b, cs} {
		if p := s.Check(); len(p) > 0 {
			t.Fatal(p)
		}
	}
}

// TestKeyNeverLeavesTheStore: no bundle — full, encrypted or redacted —
// holds the private key, in any encoding the store could write it.
func TestKeyNeverLeavesTheStore(t *testing.T) {
	a, _ := officeWith(t, "A", "Айгерім Сейтқали", "+77011234567")
	raw := rawSigningKey(t, a)
	for _, o := range []storage.ExportOptions{{Full: true}, {Full: true, Redact: true}} {
		data := exportBytes2(t, a, o)
		plain := strings.Join(bundleLines(t, data), "\n")
		for _, enc := range keyEncodings(raw) {
			if strings.Contains(plain, enc) {
				t.Fatalf("the private key is in a bundle (%+v)", o)
			}
		}
	}
}

func exportBytes2(t *testing.T, s *storage.Store, o storage.ExportOptions) []byte {
	t.Helper()
	var buf bytes.Buffer
	if _, err := s.Export(context.Background(), &buf, o, nil); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// rawSigningKey reads the seed half of the store's private key from its
// file (the store closed and opened again around it).
func rawSigningKey(t *testing.T, s *storage.Store) []byte {
	t.Helper()
	data, err := os.ReadFile(s.Path())
	if err != nil {
		t.Fatal(err)
	}
	// The private key is 64 bytes whose second half is the public key.
	pub := []byte(s.PublicKey())
	i := bytes.Index(data, pub)
	for i >= 0 && i < 32 {
		j := bytes.Index(data[i+1:], pub)
		if j < 0 {
			i = -1
			break
		}
		i += 1 + j
	}
	for i >= 32 {
		seed := data[i-32 : i]
		if bytes.Equal(ed25519.NewKeyFromSeed(seed).Public().(ed25519.PublicKey), pub) {
			return seed
		}
		j := bytes.Index(data[i+1:], pub)
		if j < 0 {
			break
		}
		i += 1 + j
	}
	t.Fatalf("no private key found in %s", filepath.Base(s.Path()))
	return nil
}

// keyEncodings are the ways a key could be written out: raw, hex, base64.
func keyEncodings(seed []byte) []string {
	priv := ed25519.NewKeyFromSeed(seed)
	var out []string
	for _, b := range [][]byte{seed, priv} {
		out = append(out, string(b), hex.EncodeToString(b), base64.StdEncoding.EncodeToString(b),
			base64.RawStdEncoding.EncodeToString(b), base64.URLEncoding.EncodeToString(b))
	}
	return out
}
