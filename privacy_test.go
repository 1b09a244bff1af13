package main

import (
	"io/fs"
	"path/filepath"
	"runtime"
	"testing"

	"frontoffice/model"
	"frontoffice/storage"
)

// Everything the program writes holds people's data, so every file and
// folder it makes is its owner's only (DESIGN.md §8): the store, its
// backups, CSV exports, applications.
func TestFilesAreTheOwnersOnly(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("Unix permissions")
	}
	old := umask(0o022) // a usual umask: the program must not rely on a strict one
	defer umask(old)
	dir := t.TempDir()
	db := filepath.Join(dir, "office", "fo.db")
	if code, _, errs := runCLI(t, "demo", "--db", db, "--ideas", "20", "--people", "20"); code != 0 {
		t.Fatalf("demo: %s", errs)
	}
	s, err := storage.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	var idea string
	s.List(model.KindIdea, func(r model.Record) error { idea = r.Env().ID; return nil })
	s.Close()
	runs := [][]string{
		{"backup", "--db", db, "--out", filepath.Join(dir, "copies", "copy.db")},
		{"export-csv", "--db", db, "--out", filepath.Join(dir, "csv")},
		{"application", "--db", db, "--format", "html", "--out", filepath.Join(dir, "app.html"), idea},
	}
	for _, args := range runs {
		if code, _, errs := runCLI(t, args...); code != 0 {
			t.Fatalf("%v: %d %s", args, code, errs)
		}
	}
	checked := 0
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || p == dir {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		if info.Mode().Perm()&0o077 != 0 {
			t.Errorf("%s is %v: others can read it", p, info.Mode().Perm())
		}
		checked++
		return nil
	})
	if checked < 8 {
		t.Errorf("only %d files and folders checked", checked)
	}
}
