//go:build linux || darwin

package main

import (
	"crypto/sha256"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/storage"
)

func fileSum(t *testing.T, path string) [32]byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(b)
}

// noTemps fails when a temporary file was left in dir.
func noTemps(t *testing.T, dir string) {
	t.Helper()
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".tmp") {
			t.Errorf("a temporary file was left behind: %s", filepath.Join(dir, e.Name()))
		}
	}
}

// Issue 18 item 1: no --out of any command lands on the open store (by its
// name, a link or a hard link), on its backups or on any store file; an
// existing file is replaced only with --force; each refusal is exit 1 with a
// sentence, and the store is unchanged.
func TestOutputsNeverOverwriteAStore(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "fo.db")
	mustRun(t, 0, "demo", "--db", db, "--ideas", "30", "--people", "30")
	// A daily backup, as the app makes one, and a copy made by hand.
	s, err := storage.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	daily, err := s.AutoBackup(time.Now())
	if err != nil || daily == "" {
		t.Fatalf("daily backup: %q %v", daily, err)
	}
	s.Close()
	other := filepath.Join(dir, "copy.db")
	mustRun(t, 0, "backup", "--db", db, "--out", other)
	os.Symlink(db, filepath.Join(dir, "link.db"))
	os.Link(db, filepath.Join(dir, "hard.fob"))
	before := storeCounts(t, db)
	otherBefore := fileSum(t, other)
	dailyBefore := fileSum(t, daily)

	targets := map[string]string{
		db:                             "is the store itself",
		filepath.Join(dir, "link.db"):  "is the store itself",
		filepath.Join(dir, "hard.fob"): "is the store itself",
		daily:                          "backups folder",
		filepath.Join(filepath.Dir(daily), "new.fob"): "backups folder",
		other: "is a frontoffice store",
	}
	for target, want := range targets {
		for _, args := range [][]string{
			{"export", "--full", "--out", target},
			{"export", "--full", "--force", "--out", target},
			{"backup", "--out", target},
			{"backup", "--force", "--out", target},
			{"application", "--out", target, "any-idea"},
			{"application", "--format", "html", "--force", "--out", target, "any-idea"},
			{"certificate", "--out", target, "+77011234567"},
			{"certificate", "--force", "--out", target, "+77011234567"},
		} {
			args = append(args, "--db", db, "--lang", "en")
			code, out, errs := runCLI(t, args...)
			if code != 1 || !strings.Contains(errs, want) {
				t.Errorf("%v: exit %d, %q %q; want 1 and %q", args, code, out, errs, want)
			}
		}
	}
	// export-csv writes four files into its folder: none may be a store.
	csvDir := filepath.Join(dir, "csv")
	os.MkdirAll(csvDir, 0o700)
	os.Link(db, filepath.Join(csvDir, "people.csv"))
	if code, _, errs := runCLI(t, "export-csv", "--db", db, "--force", "--out", csvDir, "--lang", "en"); code != 1 || !strings.Contains(errs, "is the store itself") {
		t.Errorf("export-csv over a hard link to the store: exit %d, %q", code, errs)
	}
	if code, _, errs := runCLI(t, "export-csv", "--db", db, "--out", filepath.Dir(daily), "--lang", "en"); code != 1 || !strings.Contains(errs, "backups folder") {
		t.Errorf("export-csv into the backups folder: exit %d, %q", code, errs)
	}

	// (The store's own bytes change with every open: its clean mark.)
	if fileSum(t, other) != otherBefore || fileSum(t, daily) != dailyBefore {
		t.Error("a backup changed")
	}
	if after := storeCounts(t, db); after[model.KindIdea] != before[model.KindIdea] || after[model.KindPerson] != before[model.KindPerson] {
		t.Errorf("the store changed: %v → %v", before, after)
	}
	noTemps(t, dir)
	noTemps(t, filepath.Dir(daily))
}

// An existing output is replaced only with --force, through a temporary file
// renamed into place; without it, exit 1, a sentence, and the file as it was.
func TestOutputExistsNeedsForce(t *testing.T) {
	dir := t.TempDir()
	db, ready, _ := applicationStore(t)
	old := []byte("an office's own notes")
	for _, c := range []struct {
		name string
		args []string
	}{
		{"b.fob", []string{"export", "--full"}},
		{"copy.db", []string{"backup"}},
		{"app.md", []string{"application", ready.ID}},
	} {
		out := filepath.Join(dir, c.name)
		os.WriteFile(out, old, 0o600)
		args := append(append([]string{}, c.args...), "--db", db, "--out", out, "--lang", "en")
		code, _, errs := runCLI(t, args...)
		if code != 1 || !strings.Contains(errs, "exists already; add --force to replace it") {
			t.Errorf("%v: exit %d, %q", c.args, code, errs)
		}
		if b, _ := os.ReadFile(out); string(b) != string(old) {
			t.Errorf("%v: the existing file was changed without --force", c.args)
		}
		code, _, errs = runCLI(t, append(args, "--force")...)
		if code != 0 {
			t.Errorf("%v --force: exit %d, %q", c.args, code, errs)
		}
		if b, _ := os.ReadFile(out); string(b) == string(old) {
			t.Errorf("%v --force: the file was not replaced", c.args)
		}
	}
	// export-csv: any of its four files existing asks for --force.
	csvDir := filepath.Join(dir, "csv")
	os.MkdirAll(csvDir, 0o700)
	os.WriteFile(filepath.Join(csvDir, "hours.csv"), old, 0o600)
	if code, _, errs := runCLI(t, "export-csv", "--db", db, "--out", csvDir, "--lang", "ru"); code != 1 || !strings.Contains(errs, "добавьте --force") {
		t.Errorf("export-csv over an existing file: exit %d, %q", code, errs)
	}
	if _, err := os.Stat(filepath.Join(csvDir, "people.csv")); err == nil {
		t.Error("export-csv wrote some files before refusing")
	}
	mustRun(t, 0, "export-csv", "--db", db, "--out", csvDir, "--force")
	noTemps(t, dir)
	noTemps(t, csvDir)
}
