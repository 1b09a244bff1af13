//go:build linux || darwin

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// readingCalls are the commands that only read, as a person types them.
func readingCalls(dir string) [][]string {
	return [][]string{
		{"check"},
		{"check", "--code", "ABCD-EFGH"},
		{"search", "taza"},
		{"report"},
		{"credits"},
		{"export", "--full", "--out", filepath.Join(dir, "out.fob")},
		{"export-csv", "--out", filepath.Join(dir, "csv")},
		{"backup", "--out", filepath.Join(dir, "copy.db")},
		{"application", "some-idea"},
		{"certificate", "+77011234567"},
	}
}

// Issue 18 item 6: the commands that only read never create a file or a
// folder: a missing store is one sentence and exit 1.
func TestReadingCommandsCreateNothing(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "nonexistent", "x.db")
	for _, args := range readingCalls(dir) {
		args = append(args, "--db", db, "--lang", "en")
		code, out, errs := runCLI(t, args...)
		if code != 1 || !strings.Contains(errs, "No store at "+db+"; start the app or `frontoffice demo` to create one.") {
			t.Errorf("%v: exit %d, %q %q", args, code, out, errs)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("reading commands created %v", entries)
	}
}

// A file that is not a store is named for what it is, never turned into a
// store, and left as it was.
func TestWrongFileAsStore(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "fo.db")
	mustRun(t, 0, "demo", "--db", good, "--ideas", "5", "--people", "5")
	bundle := filepath.Join(dir, "office.fob")
	mustRun(t, 0, "export", "--db", good, "--full", "--out", bundle)
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		os.WriteFile(p, b, 0o600)
		return p
	}
	empty := write("empty.db", nil)
	csv := write("people.csv", []byte("\xef\xbb\xbfid,full_name,phone,iin\n,Айгерім,+77011234567,\n"))
	text := write("notes.txt", []byte("not a store at all: just words that go on for a while to fill a page\n"))
	for _, c := range []struct {
		file, want string
	}{
		{empty, "is an empty file, not a store. If a new store should be made there, delete it first"},
		{bundle, "is a bundle, not a store: import it with `frontoffice import " + bundle + "`"},
		{csv, "is a CSV file, not a store: import it with `frontoffice import-csv"},
		{text, "is not a frontoffice store"},
		{dir, "is a folder; --db takes the store's file"},
	} {
		before, _ := os.ReadFile(c.file)
		for _, args := range append(readingCalls(t.TempDir()), []string{"demo", "--ideas", "1", "--people", "1"}, []string{"import", bundle}) {
			args = append(args, "--db", c.file, "--lang", "en")
			code, out, errs := runCLI(t, args...)
			if code != 1 || !strings.Contains(errs, c.want) || strings.Contains(errs, "Something went wrong") {
				t.Errorf("%v: exit %d, %q %q; want 1 and %q", args, code, out, errs, c.want)
			}
		}
		if c.file != dir {
			if after, _ := os.ReadFile(c.file); string(after) != string(before) {
				t.Errorf("%s was changed", filepath.Base(c.file))
			}
		}
	}
}

// A store that can only be read (its file, or its folder) opens read-only:
// check, backup, export, search, report and credits work; the commands that
// write say why they cannot; the file is not touched.
func TestReadOnlyStoreCommands(t *testing.T) {
	for _, how := range []string{"file", "folder"} {
		t.Run(how, func(t *testing.T) {
			dir := t.TempDir()
			storeDir := filepath.Join(dir, "office")
			db := filepath.Join(storeDir, "fo.db")
			mustRun(t, 0, "demo", "--db", db, "--ideas", "20", "--people", "20")
			lock := db
			if how == "folder" {
				lock = storeDir
			}
			mode := os.FileMode(0o400)
			if how == "folder" {
				mode = 0o500
			}
			if err := os.Chmod(lock, mode); err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { os.Chmod(storeDir, 0o700); os.Chmod(db, 0o600) })
			before := fileSum(t, db)
			out := t.TempDir()
			for _, args := range [][]string{
				{"check"},
				{"search", "a"},
				{"report"},
				{"credits"},
				{"backup", "--out", filepath.Join(out, "copy.db")},
				{"export-csv", "--out", filepath.Join(out, "csv")},
			} {
				args = append(args, "--db", db, "--lang", "en")
				if code, o, errs := runCLI(t, args...); code != 0 {
					t.Errorf("%v on a read-only store: exit %d, %q %q", args, code, o, errs)
				}
			}
			code, _, errs := runCLI(t, "export", "--full", "--db", db, "--out", filepath.Join(out, "b.fob"), "--lang", "en")
			if code != 0 || !strings.Contains(errs, "this export was not noted") {
				t.Errorf("export of a read-only store: exit %d, %q", code, errs)
			}
			mustCheck(t, filepath.Join(out, "copy.db"), "the copy of a read-only store")
			for _, args := range [][]string{
				{"demo", "--ideas", "1", "--people", "1"},
				{"import", filepath.Join(out, "b.fob")},
			} {
				args = append(args, "--db", db, "--lang", "ru")
				code, _, errs := runCLI(t, args...)
				if code != 1 || !strings.Contains(errs, "доступно только для чтения") || strings.Contains(errs, "permission denied") {
					t.Errorf("%v on a read-only store: exit %d, %q", args, code, errs)
				}
			}
			if fileSum(t, db) != before {
				t.Error("the read-only store's file changed")
			}
			if entries, _ := os.ReadDir(storeDir); len(entries) != 1 {
				t.Errorf("something was written beside the read-only store: %v", entries)
			}
		})
	}
}
