package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"frontoffice/storage"
	"frontoffice/storage/bundle"
	"frontoffice/storage/bundle/bundletest"
)

// TestExportImportCommands drives export and import as a person would: an
// incremental bundle, an encrypted one, a second import that changes nothing,
// a damaged file refused with its line, and usage errors.
func TestExportImportCommands(t *testing.T) {
	bundle.ScryptWorkFactor = 10
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.db"), filepath.Join(dir, "b.db")
	if code, _, errs := runCLI(t, "demo", "--db", a, "--ideas", "40", "--people", "30"); code != 0 {
		t.Fatalf("demo: %s", errs)
	}
	first := filepath.Join(dir, "out", "a1.fob")
	code, out, errs := runCLI(t, "export", "--db", a, "--out", first, "--lang", "en")
	if code != 0 || !strings.Contains(out, "Bundle written") {
		t.Fatalf("export: %d %q %q", code, out, errs)
	}
	code, out, _ = runCLI(t, "export", "--db", a, "--out", filepath.Join(dir, "a2.fob"), "--lang", "en")
	if code != 0 || !strings.Contains(out, "Nothing changed") {
		t.Fatalf("second export: %d %q", code, out)
	}
	// The first bundle of an office: refused until trusted, saying its
	// fingerprint and what to do, and no store is left behind.
	_, aOffices, _ := runCLI(t, "offices", "--db", a, "--lang", "en")
	fp := regexp.MustCompile(`key fingerprint: ([0-9a-f]{4}( [0-9a-f]{4}){3})`).FindStringSubmatch(aOffices)
	if fp == nil {
		t.Fatalf("offices at a: %q", aOffices)
	}
	code, out, errs = runCLI(t, "import", "--db", b, "--lang", "en", first)
	if code != 1 || !strings.Contains(errs, fp[1]) || !strings.Contains(errs, "--trust") || !strings.Contains(errs, "Demo front office") || !strings.Contains(errs, "not changed") {
		t.Fatalf("untrusted import: %d %q %q", code, out, errs)
	}
	if _, err := os.Stat(b); !os.IsNotExist(err) {
		t.Fatalf("a refused first import left a store: %v", err)
	}
	code, out, errs = runCLI(t, "import", "--db", b, "--lang", "en", "--trust", first)
	if code != 0 || !strings.Contains(out, "people: added 30") || !strings.Contains(out, "is trusted now (key "+fp[1]+")") {
		t.Fatalf("import: %d %q %q", code, out, errs)
	}
	code, out, _ = runCLI(t, "offices", "--db", b, "--lang", "en")
	if code != 0 || !strings.Contains(out, "Known offices: 1") || !strings.Contains(out, "Demo front office") || !strings.Contains(out, fp[1]) {
		t.Fatalf("offices at b: %d %q", code, out)
	}
	code, out, _ = runCLI(t, "import", "--db", b, "--lang", "ru", first)
	if code != 0 || !strings.Contains(out, "ничего нового") {
		t.Fatalf("second import: %d %q", code, out)
	}

	// A damaged file: where and why, exit 1, and the good file given with it
	// is not imported either.
	data, _ := os.ReadFile(first)
	cut := filepath.Join(dir, "cut.fob")
	os.WriteFile(cut, data[:len(data)/2], 0o600)
	c := filepath.Join(dir, "c.db")
	code, out, errs = runCLI(t, "import", "--db", c, "--lang", "en", "--trust", first, cut)
	if code != 1 || !strings.Contains(errs, "cut.fob") || !strings.Contains(errs, "not changed") {
		t.Fatalf("damaged import: %d %q %q", code, out, errs)
	}
	// A refused first import leaves no store behind.
	if code, _, errs = runCLI(t, "check", "--db", c, "--lang", "en"); code != 1 || !strings.Contains(errs, "No store at") {
		t.Fatalf("after a refused import: %d %q", code, errs)
	}

	// Encrypted, passphrase from the environment and from a file.
	enc := filepath.Join(dir, "enc.fob")
	t.Setenv("FRONTOFFICE_PASSPHRASE", "жаңбыр")
	if code, _, errs = runCLI(t, "export", "--db", a, "--full", "--encrypt", "--out", enc); code != 0 {
		t.Fatalf("encrypted export: %q", errs)
	}
	head, _ := os.ReadFile(enc)
	if !strings.HasPrefix(string(head), "age-encryption.org/v1") {
		t.Fatal("the encrypted bundle is not an age file")
	}
	t.Setenv("FRONTOFFICE_PASSPHRASE", "")
	pf := filepath.Join(dir, "pass.txt")
	os.WriteFile(pf, []byte("жаңбыр\n"), 0o600)
	d := filepath.Join(dir, "d.db")
	if code, out, errs = runCLI(t, "import", "--db", d, "--passphrase-file", pf, "--lang", "en", "--trust", enc); code != 0 || !strings.Contains(out, "added") {
		t.Fatalf("encrypted import: %d %q %q", code, out, errs)
	}
	os.WriteFile(pf, []byte("wrong\n"), 0o600)
	if code, _, errs = runCLI(t, "import", "--db", d, "--passphrase-file", pf, "--lang", "en", enc); code != 1 || !strings.Contains(errs, "passphrase") {
		t.Fatalf("wrong passphrase: %d %q", code, errs)
	}

	// Usage errors.
	for _, args := range [][]string{{"export", "--db", a}, {"import", "--db", a}, {"export", "--db", a, "--bogus"}} {
		if code, _, _ := runCLI(t, args...); code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
}

// A failed first import into a store that did not exist leaves no store
// behind; a good one makes it.
func TestFailedImportMakesNoStore(t *testing.T) {
	dir := t.TempDir()
	src, bundle := filepath.Join(dir, "a.db"), filepath.Join(dir, "a.fob")
	if code, _, errs := runCLI(t, "demo", "--db", src, "--ideas", "10", "--people", "10"); code != 0 {
		t.Fatal(errs)
	}
	if code, _, errs := runCLI(t, "export", "--db", src, "--full", "--out", bundle); code != 0 {
		t.Fatal(errs)
	}
	data, err := os.ReadFile(bundle)
	if err != nil {
		t.Fatal(err)
	}
	cut := filepath.Join(dir, "cut.fob")
	if err := os.WriteFile(cut, data[:len(data)/2], 0o600); err != nil {
		t.Fatal(err)
	}
	fresh := filepath.Join(dir, "new.db")
	if code, _, _ := runCLI(t, "import", "--db", fresh, cut); code != 1 {
		t.Fatalf("a cut bundle: exit %d", code)
	}
	if _, err := os.Stat(fresh); !os.IsNotExist(err) {
		t.Errorf("a failed import left a store behind: %v", err)
	}
	if code, _, errs := runCLI(t, "import", "--db", fresh, "--trust", bundle); code != 0 {
		t.Fatalf("a good bundle: %s", errs)
	}
	if _, err := os.Stat(fresh); err != nil {
		t.Errorf("a good first import made no store: %v", err)
	}
	// So does a CSV file or workbook that is missing or refused.
	bad := filepath.Join(dir, "people.csv")
	if err := os.WriteFile(bad, []byte("full_name,phone\nНет согласия,87011234567\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"import-csv", "--kind", "people", filepath.Join(dir, "missing.csv")},
		{"import-csv", "--kind", "people", bad},
		{"import-sheet", "--kind", "people", filepath.Join(dir, "missing.xlsx")},
	} {
		none := filepath.Join(t.TempDir(), "none.db")
		if code, _, _ := runCLI(t, append(args[:1:1], append([]string{"--db", none}, args[1:]...)...)...); code != 1 {
			t.Fatalf("%v: exit %d", args, code)
		}
		if _, err := os.Stat(none); !os.IsNotExist(err) {
			t.Errorf("%v left a store behind: %v", args, err)
		}
	}
}

// storeSum is the SHA-256 of everything a store holds that an import could
// change: every revision (a full bundle's record lines, current and
// history) and the offices it trusts. (The file itself changes on every
// opening: the clean-close mark.)
func storeSum(t *testing.T, db string) [32]byte {
	t.Helper()
	s, err := storage.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var buf bytes.Buffer
	if _, err := s.Export(context.Background(), &buf, storage.ExportOptions{Full: true}, nil); err != nil {
		t.Fatal(err)
	}
	zr, err := gzip.NewReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := io.ReadAll(zr)
	ls := strings.Split(strings.TrimSuffix(string(raw), "\n"), "\n")
	offices, err := s.KnownOffices()
	if err != nil {
		t.Fatal(err)
	}
	known, _ := json.Marshal(offices)
	return sha256.Sum256([]byte(strings.Join(ls[1:len(ls)-1], "\n") + string(known) + s.PendingImport()))
}

// totalVerified is the verified hours credits --format json lists at db.
func totalVerified(t *testing.T, db string) float64 {
	t.Helper()
	code, out, errs := runCLI(t, "credits", "--db", db, "--format", "json")
	if code != 0 {
		t.Fatalf("credits: %s", errs)
	}
	var lines []struct {
		Verified float64 `json:"verified_hours"`
	}
	if err := json.Unmarshal([]byte(out), &lines); err != nil {
		t.Fatal(err)
	}
	total := 0.0
	for _, l := range lines {
		total += l.Verified
	}
	return total
}

// TestForgedBundlesOnTheCommandLine: a trusted office's bundle with one
// field changed and its trailer recomputed is refused (exit 1, the store's
// file unchanged), also with --trust and --allow-unsigned; the office's own
// bundle imports as nothing new; an unsigned bundle is refused unless
// --allow-unsigned, and then its verified hours do not count here.
func TestForgedBundlesOnTheCommandLine(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.db"), filepath.Join(dir, "b.db")
	for _, db := range []string{a, b} {
		if code, _, errs := runCLI(t, "demo", "--db", db, "--ideas", "10", "--people", "20"); code != 0 {
			t.Fatal(errs)
		}
	}
	full := filepath.Join(dir, "a.fob")
	if code, _, errs := runCLI(t, "export", "--db", a, "--full", "--out", full); code != 0 {
		t.Fatal(errs)
	}
	if code, _, errs := runCLI(t, "import", "--db", b, "--trust", full); code != 0 {
		t.Fatal(errs)
	}
	if totalVerified(t, a) == 0 {
		t.Fatal("the demo has no verified hours to forge")
	}

	forged := bundletest.Edit(t, full, func(ls []string) {
		for i, l := range ls {
			if strings.Contains(l, `"kind":"hours"`) && strings.Contains(l, `"status":"verified"`) {
				ls[i] = regexp.MustCompile(`"hours":[0-9.]+`).ReplaceAllString(l, `"hours":24`)
				return
			}
		}
		t.Fatal("no verified hours line")
	})
	before := storeSum(t, b)
	for _, extra := range [][]string{nil, {"--trust", "--allow-unsigned"}} {
		args := append([]string{"import", "--db", b, "--lang", "en"}, extra...)
		code, _, errs := runCLI(t, append(args, forged)...)
		if code != 1 || !strings.Contains(errs, "signature does not match") || !strings.Contains(errs, "not changed") {
			t.Fatalf("forged %v: %d %q", extra, code, errs)
		}
		if storeSum(t, b) != before {
			t.Fatal("a forged bundle changed the store")
		}
	}
	// In Russian and Kazakh too.
	if _, _, errs := runCLI(t, "import", "--db", b, "--lang", "ru", forged); !strings.Contains(errs, "подпись не соответствует") {
		t.Fatalf("ru: %q", errs)
	}
	if _, _, errs := runCLI(t, "import", "--db", b, "--lang", "kk", forged); !strings.Contains(errs, "қолтаңба мазмұнға сәйкес емес") {
		t.Fatalf("kk: %q", errs)
	}

	// b's own bundle: nothing new.
	own := filepath.Join(dir, "b.fob")
	if code, _, errs := runCLI(t, "export", "--db", b, "--full", "--out", own); code != 0 {
		t.Fatal(errs)
	}
	if code, out, errs := runCLI(t, "import", "--db", b, "--lang", "en", own); code != 0 || !strings.Contains(out, "nothing new") || !strings.Contains(out, "own bundle") {
		t.Fatalf("own bundle: %d %q %q", code, out, errs)
	}

	// Unsigned (an older frontoffice's bundle).
	unsigned := bundletest.Edit(t, full, func(ls []string) {
		ls[0] = strings.Replace(ls[0], `"format_version":2`, `"format_version":1`, 1)
		ls[0] = regexp.MustCompile(`,"key":"[^"]*"`).ReplaceAllString(ls[0], "")
		ls[len(ls)-1] = regexp.MustCompile(`,"signature":"[^"]*"`).ReplaceAllString(ls[len(ls)-1], "")
	})
	e := filepath.Join(dir, "e.db")
	if code, _, errs := runCLI(t, "demo", "--db", e, "--ideas", "0", "--people", "0"); code != 0 {
		t.Fatal(errs)
	}
	before = storeSum(t, e)
	code, _, errs := runCLI(t, "import", "--db", e, "--lang", "en", "--trust", unsigned)
	if code != 1 || !strings.Contains(errs, "not signed") || !strings.Contains(errs, "--allow-unsigned") {
		t.Fatalf("unsigned: %d %q", code, errs)
	}
	if storeSum(t, e) != before {
		t.Fatal("a refused unsigned bundle changed the store")
	}
	code, out, errs := runCLI(t, "import", "--db", e, "--lang", "en", "--allow-unsigned", unsigned)
	if code != 0 || !strings.Contains(out, "stay pending until a consultant here verifies them") {
		t.Fatalf("allowed unsigned: %d %q %q", code, out, errs)
	}
	if v := totalVerified(t, e); v != 0 {
		t.Fatalf("unsigned verified hours count: %v", v)
	}
	csvDir := filepath.Join(dir, "csv")
	if code, _, errs := runCLI(t, "export-csv", "--db", e, "--out", csvDir); code != 0 {
		t.Fatal(errs)
	}
	if hours, _ := os.ReadFile(filepath.Join(csvDir, "hours.csv")); strings.Contains(string(hours), ",verified,") || !strings.Contains(string(hours), ",pending,") {
		t.Fatalf("hours.csv after an unsigned bundle:\n%s", hours)
	}
	if code, out, _ := runCLI(t, "offices", "--db", e, "--lang", "en"); code != 0 || !strings.Contains(out, "No other office is known yet") {
		t.Fatalf("offices after an unsigned bundle: %q", out)
	}
}
