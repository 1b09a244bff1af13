package main

import (
	"bytes"
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"frontoffice/storage"
)

// rawLeft are the files under dir whose raw bytes hold any of needles, each
// with what it holds.
func rawLeft(t *testing.T, dir string, needles map[string]string) []string {
	t.Helper()
	var left []string
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for what, v := range needles {
			if bytes.Contains(raw, []byte(v)) {
				left = append(left, filepath.Base(p)+": "+what)
			}
		}
		return nil
	})
	return left
}

// The "done when": a person who stands in a team, has a certificate
// and is in a backup (a daily one and one made by hand) is withdrawn; then
// the raw bytes of the store, of every file under its folder and of a new
// full bundle hold none of her phone, IIN or full name, and check passes.
// A backup of before, put back beside the store, is what check reports.
func TestWithdrawalLeavesNothingInAnyFile(t *testing.T) {
	db, aigerim, _, _ := withdrawStore(t)
	dir := filepath.Dir(db)
	s, err := storage.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	aigerim.Organization = "колледж" // one more revision
	if err := s.Update(aigerim); err != nil {
		t.Fatal(err)
	}
	if _, err := s.AutoBackup(time.Now()); err != nil {
		t.Fatal(err)
	}
	if _, err := s.BackupNow(context.Background(), time.Now().Add(time.Minute), nil); err != nil {
		t.Fatal(err)
	}
	old := filepath.Join(t.TempDir(), "old.db") // kept outside, for the end
	if err := s.BackupFile(context.Background(), old); err != nil {
		t.Fatal(err)
	}
	s.Close()
	needles := map[string]string{"phone": "7011110001", "IIN": aigerim.IIN, "full name": "Айгерім Сейтқали", "surname": "Сейтқали"}
	if left := rawLeft(t, dir, needles); len(left) < 4 {
		t.Fatalf("before the withdrawal her data should be in the store and the backups: %v", left)
	}

	out, errs := mustRun(t, 0, "withdraw", "--db", db, "--lang", "en", aigerim.ID)
	for _, w := range []string{"Backups rewritten: 2 of 2", "Freed pages of the store overwritten with zeros:", "Written to the erasure log"} {
		if !strings.Contains(out, w) {
			t.Errorf("withdraw output lacks %q:\n%s", w, out)
		}
	}
	if !strings.Contains(errs, "Rewriting the backups… 2/2") {
		t.Errorf("no progress line on stderr: %q", errs)
	}
	bundle := filepath.Join(dir, "exports", "all.fob")
	mustRun(t, 0, "export", "--db", db, "--full", "--out", bundle)
	if left := rawLeft(t, dir, needles); len(left) > 0 {
		t.Errorf("after the withdrawal, files under the store's folder hold: %v", left)
	}
	out, _ = mustRun(t, 0, "check", "--db", db, "--lang", "en")
	if strings.Contains(out, "withdrew") {
		t.Errorf("check:\n%s", out)
	}
	// The backups are sound stores still.
	backups, _ := filepath.Glob(filepath.Join(dir, "backups", "*.db"))
	for _, b := range backups {
		if fi := storage.CheckFile(b); fi.Problem != nil {
			t.Errorf("%s after the rewrite: %v", b, fi.Problem)
		}
	}

	// An old copy beside the store: check names the file, never the value.
	raw, err := os.ReadFile(old)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "copy-from-usb.db"), raw, 0o600); err != nil {
		t.Fatal(err)
	}
	out, _ = mustRun(t, 1, "check", "--db", db, "--lang", "en")
	if !strings.Contains(out, "copy-from-usb.db: holds a number that may be the phone or IIN of a person who withdrew consent") {
		t.Errorf("check should name the old copy:\n%s", out)
	}
	if strings.Contains(out, "7011110001") || strings.Contains(out, aigerim.IIN) {
		t.Errorf("check says the value:\n%s", out)
	}

	// check reads the program's files beside the store, not everything in
	// a shared folder (a store kept in a home folder): an old copy inside
	// backups/ is found; one in a folder of the person's own is not read.
	if err := os.Remove(filepath.Join(dir, "copy-from-usb.db")); err != nil {
		t.Fatal(err)
	}
	own := filepath.Join(dir, "Photos", "2025")
	if err := os.MkdirAll(own, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(own, "copy.db"), raw, 0o600); err != nil {
		t.Fatal(err)
	}
	if out, _ = mustRun(t, 0, "check", "--db", db, "--lang", "en"); strings.Contains(out, "withdrew") {
		t.Errorf("check read a folder that is not the program's:\n%s", out)
	}
	if err := os.WriteFile(filepath.Join(dir, "backups", "frontoffice-old.db"), raw, 0o600); err != nil {
		t.Fatal(err)
	}
	out, _ = mustRun(t, 1, "check", "--db", db, "--lang", "en")
	if !strings.Contains(out, "frontoffice-old.db: holds a number") {
		t.Errorf("check should name the old copy in backups/:\n%s", out)
	}
}

// A withdrawal received in a bundle reaches the receiving office's files,
// freed pages and backups as it did the first office's.
func TestReceivedWithdrawalReachesFilesAndBackups(t *testing.T) {
	dbA, aigerim, _, _ := withdrawStore(t)
	dbB := filepath.Join(t.TempDir(), "office-b", "fo.db")
	dirB := filepath.Dir(dbB)
	first := filepath.Join(t.TempDir(), "first.fob")
	mustRun(t, 0, "export", "--db", dbA, "--full", "--out", first)
	mustRun(t, 0, "import", "--db", dbB, "--trust", first)
	cert := filepath.Join(dirB, "certificates", "Айгерім_Сейтқали-2026-03-02.html")
	os.MkdirAll(filepath.Dir(cert), 0o700)
	if err := os.WriteFile(cert, []byte("<p>Айгерім Сейтқали</p>"), 0o600); err != nil {
		t.Fatal(err)
	}
	s, err := storage.Open(dbB)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.AutoBackup(time.Now()); err != nil {
		t.Fatal(err)
	}
	s.Close()

	mustRun(t, 0, "withdraw", "--db", dbA, aigerim.ID)
	second := filepath.Join(t.TempDir(), "second.fob")
	mustRun(t, 0, "export", "--db", dbA, "--full", "--out", second)
	out, _ := mustRun(t, 0, "import", "--db", dbB, "--lang", "en", "--trust", second)
	if !strings.Contains(out, "person "+aigerim.ID+" is erased at this office too") || !strings.Contains(out, "files 1, backups 1") {
		t.Errorf("import output:\n%s", out)
	}
	needles := map[string]string{"phone": "7011110001", "IIN": aigerim.IIN, "full name": "Айгерім Сейтқали", "surname": "Сейтқали"}
	if left := rawLeft(t, dirB, needles); len(left) > 0 {
		t.Errorf("at the receiving office, files hold: %v", left)
	}
	mustRun(t, 0, "check", "--db", dbB)
}
