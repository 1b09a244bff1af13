package main

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestTwoDemoOfficesToldApart: two demo stores trying sync on each other's
// bundles were both "Demo front office", so offices listed two offices of
// one name and report --office NAME could not tell which. A demo office's
// name ends with the last four characters of its id, in the store's
// language, and names one office.
func TestTwoDemoOfficesToldApart(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.db"), filepath.Join(dir, "b.db")
	for _, db := range []string{a, b} {
		if code, _, errs := runCLI(t, "demo", "--db", db, "--ideas", "5", "--people", "5", "--lang", "ru"); code != 0 {
			t.Fatalf("demo: %s", errs)
		}
	}
	this := regexp.MustCompile(`Этот офис: (.+) \(([0-9a-f-]{36})\)`)
	name := func(db string) string {
		t.Helper()
		_, out, _ := runCLI(t, "offices", "--db", db, "--lang", "ru")
		m := this.FindStringSubmatch(out)
		if m == nil {
			t.Fatalf("offices at %s: %q", db, out)
		}
		if want := "Демонстрационный фронт-офис " + m[2][32:]; m[1] != want {
			t.Fatalf("the demo office is named %q, want %q", m[1], want)
		}
		return m[1]
	}
	nameA, nameB := name(a), name(b)
	if nameA == nameB {
		t.Fatalf("both demo offices are named %q", nameA)
	}
	fob := filepath.Join(dir, "a.fob")
	if code, _, errs := runCLI(t, "export", "--db", a, "--out", fob); code != 0 {
		t.Fatalf("export: %s", errs)
	}
	if code, _, errs := runCLI(t, "import", "--db", b, "--trust", fob); code != 0 {
		t.Fatalf("import: %s", errs)
	}
	code, out, errs := runCLI(t, "report", "--db", b, "--lang", "ru", "--office", nameA)
	if code != 0 || strings.Contains(errs, "нескольких") {
		t.Fatalf("report --office %q at b: %d %q %q", nameA, code, out, errs)
	}
}
