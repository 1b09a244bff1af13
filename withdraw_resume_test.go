package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/storage"
	"frontoffice/ui/appdoc"
	"frontoffice/ui/cli"
	"frontoffice/ui/i18n"
)

// withdrawNeedles are Айгерім's values as withdrawStore made them.
func withdrawNeedles(p *model.Person) map[string]string {
	return map[string]string{"phone": "7011110001", "IIN": p.IIN, "full name": "Айгерім Сейтқали", "surname": "Сейтқали"}
}

// withBackups gives the store at db a daily backup and one made by hand.
func withBackups(t *testing.T, db string) {
	t.Helper()
	s, err := storage.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.AutoBackup(time.Now()); err != nil {
		t.Fatal(err)
	}
	if _, err := s.BackupNow(context.Background(), time.Now().Add(time.Minute), nil); err != nil {
		t.Fatal(err)
	}
}

// A withdrawal stopped after the records' transaction (no Finish: the
// program killed there) is recorded as pending; check on a read-only store
// says so, and FinishPending, when the store is opened again, deletes her
// files, rewrites the backups, wipes the freed pages and logs it, so that
// no file under the store's folder holds her phone, IIN or name.
func TestStoppedWithdrawalIsFinishedOnOpen(t *testing.T) {
	db, aigerim, _, _ := withdrawStore(t)
	dir := filepath.Dir(db)
	withBackups(t, db)
	s, err := storage.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Withdraw(aigerim.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil { // stopped here: Finish never ran
		t.Fatal(err)
	}
	needles := withdrawNeedles(aigerim)
	if left := rawLeft(t, dir, needles); len(left) == 0 {
		t.Fatal("before the resume her data should be left somewhere (else the test proves nothing)")
	}
	cert := filepath.Join(dir, "certificates", "Айгерім_Сейтқали-2026-03-01.html")
	if _, err := os.Stat(cert); err != nil {
		t.Fatalf("her certificate should be there still: %v", err)
	}

	// check on a store opened read-only (nothing resumes) says it.
	ro, err := storage.OpenWith(db, storage.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	tr := i18n.New(model.EN)
	var out bytes.Buffer
	ok, err := cli.Check(ro, tr, &out)
	ro.Close()
	if err != nil || ok || !strings.Contains(out.String(), "The withdrawal of consent of person "+aigerim.ID+" is not finished") {
		t.Errorf("check on the read-only store: ok %v, err %v:\n%s", ok, err, out.String())
	}
	if strings.Contains(out.String(), "7011110001") || strings.Contains(out.String(), "Сейтқали") {
		t.Errorf("check says her data:\n%s", out.String())
	}

	s, err = storage.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	lines, failed := appdoc.FinishPending(s, tr)
	if failed || len(lines) != 1 || !strings.Contains(lines[0], "interrupted withdrawal of consent is finished ("+aigerim.ID+"): files deleted: 2, backups rewritten: 2") {
		t.Errorf("FinishPending: failed %v:\n%s", failed, strings.Join(lines, "\n"))
	}
	if s.HasPendingErasures() {
		t.Error("still pending after FinishPending")
	}
	log, err := s.ErasureLog()
	if err != nil || len(log) != 1 || log[0].Person != aigerim.ID || log[0].Backups != 2 || log[0].Files != 2 {
		t.Errorf("erasure log: %+v %v", log, err)
	}
	// Nothing pending: nothing said, nothing done.
	if lines, failed := appdoc.FinishPending(s, tr); len(lines) != 0 || failed {
		t.Errorf("FinishPending again: %v", lines)
	}
	s.Close()
	if _, err := os.Stat(cert); !os.IsNotExist(err) {
		t.Errorf("her certificate is still there: %v", err)
	}
	if left := rawLeft(t, dir, needles); len(left) > 0 {
		t.Errorf("after the resume, files under the store's folder hold: %v", left)
	}
	mustRun(t, 0, "check", "--db", db)
}

// runKilled runs the program with args in a process of its own that kills
// itself (as kill -9) at the kill point named; it fails the test if the
// process was not killed.
func runKilled(t *testing.T, point string, args ...string) {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "FRONTOFFICE_RUN_MAIN=1", "FRONTOFFICE_TEST_KILL_AT="+point)
	var errb bytes.Buffer
	cmd.Stderr = &errb
	err := cmd.Run()
	if ee, ok := err.(*exec.ExitError); !ok || ee.Exited() {
		t.Fatalf("%v should have been killed at %s: %v\n%s", args, point, err, errb.String())
	}
}

// `frontoffice withdraw` killed right after the records' transaction: the
// next command that opens the store (check) finishes the withdrawal, and
// nothing of hers is left under the store's folder.
func TestWithdrawKilledAfterTheRecordsIsFinished(t *testing.T) {
	db, aigerim, _, _ := withdrawStore(t)
	dir := filepath.Dir(db)
	withBackups(t, db)
	runKilled(t, "withdraw-records", "withdraw", "--db", db, aigerim.ID)
	needles := withdrawNeedles(aigerim)
	if left := rawLeft(t, dir, needles); len(left) == 0 {
		t.Fatal("the kill should have left her data somewhere (else the test proves nothing)")
	}
	out, errs := mustRun(t, 0, "check", "--db", db, "--lang", "en")
	if !strings.Contains(errs, "An interrupted withdrawal of consent is finished ("+aigerim.ID+")") {
		t.Errorf("check should say what it finished:\n%s\n%s", out, errs)
	}
	if left := rawLeft(t, dir, needles); len(left) > 0 {
		t.Errorf("after check, files under the store's folder hold: %v", left)
	}
	s, err := storage.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if log, err := s.ErasureLog(); err != nil || len(log) != 1 {
		t.Errorf("erasure log: %+v %v", log, err)
	}
}

// An import that brings a withdrawal, killed after the merge's commit and
// before this office's other records are erased: the next command that
// opens the store erases them, the files and the backups.
func TestImportKilledAfterMergingAWithdrawalIsFinished(t *testing.T) {
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
	withBackups(t, dbB)

	mustRun(t, 0, "withdraw", "--db", dbA, aigerim.ID)
	second := filepath.Join(t.TempDir(), "second.fob")
	mustRun(t, 0, "export", "--db", dbA, "--full", "--out", second)
	runKilled(t, "import-merged", "import", "--db", dbB, "--trust", second)
	needles := withdrawNeedles(aigerim)
	if left := rawLeft(t, dirB, needles); len(left) == 0 {
		t.Fatal("the kill should have left her data somewhere (else the test proves nothing)")
	}
	_, errs := mustRun(t, 0, "check", "--db", dbB, "--lang", "en")
	if !strings.Contains(errs, "An interrupted withdrawal of consent is finished ("+aigerim.ID+"): files deleted: 1, backups rewritten: 2") {
		t.Errorf("check should say what it finished:\n%s", errs)
	}
	if left := rawLeft(t, dirB, needles); len(left) > 0 {
		t.Errorf("at the receiving office, after check, files hold: %v", left)
	}
	s, err := storage.Open(dbB)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	log, err := s.ErasureLog()
	if err != nil || len(log) != 1 || log[0].Received == "" {
		t.Errorf("erasure log: %+v %v", log, err)
	}
}
