package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"frontoffice/storage/bundle"
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
	code, out, errs = runCLI(t, "import", "--db", b, "--lang", "en", first)
	if code != 0 || !strings.Contains(out, "people: added 30") {
		t.Fatalf("import: %d %q %q", code, out, errs)
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
	code, out, errs = runCLI(t, "import", "--db", c, "--lang", "en", first, cut)
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
	if code, out, errs = runCLI(t, "import", "--db", d, "--passphrase-file", pf, "--lang", "en", enc); code != 0 || !strings.Contains(out, "added") {
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
	if code, _, errs := runCLI(t, "import", "--db", fresh, bundle); code != 0 {
		t.Fatalf("a good bundle: %s", errs)
	}
	if _, err := os.Stat(fresh); err != nil {
		t.Errorf("a good first import made no store: %v", err)
	}
}
