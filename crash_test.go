//go:build linux || darwin

package main

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/storage"
)

// The crash harness: the program (this test binary re-run as the program,
// see diskfull_test.go's init) is killed with SIGKILL at random moments while
// it saves records one by one, adds demo data in batches, migrates an old
// store and writes a backup. Afterwards the store must pass `check` (bbolt's
// own consistency check included), and every save the program acknowledged
// must be there.
//
// CI runs a few kills of each kind; the long run is
//
//	FRONTOFFICE_CRASH_RUNS=300 go test -run TestCrash -timeout 60m .
//
// (docs/RELIABILITY.md records the last long run).

func init() {
	if os.Getenv("FRONTOFFICE_CRASH_CHILD") == "saves" {
		os.Exit(crashChildSaves(os.Args[1]))
	}
}

// crashChildSaves creates people one after another and prints each id once
// Create has returned: from then on the save is acknowledged.
func crashChildSaves(db string) int {
	s, err := storage.Open(db)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	w := bufio.NewWriter(os.Stdout)
	for i := 0; ; i++ {
		p := model.New(model.KindPerson).(*model.Person)
		p.FullName, p.Consent = "Сақтау "+strconv.Itoa(i), true
		if err := s.Create(p); err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		if i%3 == 0 { // some edits too: a revision and a history entry
			p.Notes = "edited"
			if err := s.Update(p); err != nil {
				fmt.Fprintln(os.Stderr, err)
				return 1
			}
		}
		fmt.Fprintln(w, p.ID)
		w.Flush()
	}
}

// crashRand is the source of the kill moments, seeded from
// $FRONTOFFICE_CRASH_SEED when set, else from the clock; the seed is logged so
// a failing run can be repeated with the same moments.
func crashRand(t *testing.T) *rand.Rand {
	t.Helper()
	seed := uint64(time.Now().UnixNano())
	if v := os.Getenv("FRONTOFFICE_CRASH_SEED"); v != "" {
		n, err := strconv.ParseUint(v, 10, 64)
		if err != nil {
			t.Fatalf("FRONTOFFICE_CRASH_SEED=%q: %v", v, err)
		}
		seed = n
	}
	t.Logf("kill moments from seed %d (rerun with FRONTOFFICE_CRASH_SEED=%d)", seed, seed)
	return rand.New(rand.NewPCG(seed, 0))
}

func crashRuns() int {
	if n, err := strconv.Atoi(os.Getenv("FRONTOFFICE_CRASH_RUNS")); err == nil && n > 0 {
		return n
	}
	return 3
}

// startChild starts this binary as the program (or as a crash child).
func startChild(t *testing.T, env string, args ...string) (*exec.Cmd, io.ReadCloser) {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(exe, args...)
	cmd.Env = append(os.Environ(), env, "LANG=C.UTF-8")
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = io.Discard
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return cmd, out
}

// killAfter kills cmd with SIGKILL after d (or lets it finish first).
func killAfter(cmd *exec.Cmd, d time.Duration) (killed bool) {
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case <-done:
		return false
	case <-time.After(d):
		cmd.Process.Signal(syscall.SIGKILL)
		<-done
		return true
	}
}

// mustCheck runs `frontoffice check` on db as a person would.
func mustCheck(t *testing.T, db, what string) {
	t.Helper()
	if code, out, errs := runCLI(t, "check", "--db", db, "--lang", "en"); code != 0 {
		t.Fatalf("%s: check failed: %s %s", what, out, errs)
	}
}

func TestCrashDuringSaves(t *testing.T) {
	db := filepath.Join(t.TempDir(), "fo.db")
	rng := crashRand(t)
	acked := map[string]bool{}
	kills := 0
	for run := range crashRuns() {
		cmd, out := startChild(t, "FRONTOFFICE_CRASH_CHILD=saves", db)
		lines := make(chan string, 1<<16)
		first := make(chan struct{})
		go func() {
			sc := bufio.NewScanner(out)
			n := 0
			for sc.Scan() {
				lines <- sc.Text()
				if n++; n == 1 {
					close(first)
				}
			}
			close(lines)
		}()
		// Kill at a random moment once saving is under way (a slow start,
		// as under -race, would otherwise kill it before any save).
		select {
		case <-first:
		case <-time.After(90 * time.Second): // only ends a child that never saves
			t.Fatalf("run %d: the child saved nothing in 90 s", run)
		}
		if killAfter(cmd, time.Duration(rng.IntN(200))*time.Millisecond) {
			kills++
		}
		for id := range lines {
			acked[id] = true
		}
		mustCheck(t, db, fmt.Sprintf("run %d", run))
	}
	s, err := storage.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for id := range acked {
		if _, err := s.Get(model.KindPerson, id); err != nil {
			t.Errorf("acknowledged save %s missing after the kills: %v", id, err)
		}
	}
	t.Logf("%d kills during saves, %d acknowledged saves all present", kills, len(acked))
	if len(acked) == 0 {
		t.Error("nothing was saved before the kills: the harness is not testing anything")
	}
}

func TestCrashDuringDemoAndBackup(t *testing.T) {
	rng := crashRand(t)
	dir := t.TempDir()
	db := filepath.Join(dir, "fo.db")
	if code, _, errs := runCLI(t, "demo", "--db", db, "--ideas", "200", "--people", "200"); code != 0 {
		t.Fatal(errs)
	}
	backupKills := 0
	for run := range crashRuns() {
		seed := strconv.Itoa(100 + run)
		// A demo this size takes seconds (10 000 + 10 000 take over 2 s
		// without -race), so a kill within 600 ms lands in the middle of it.
		cmd, out := startChild(t, "FRONTOFFICE_RUN_MAIN=1", "demo", "--db", db, "--ideas", "20000", "--people", "20000", "--seed", seed)
		go io.Copy(io.Discard, out)
		if !killAfter(cmd, time.Duration(30+rng.IntN(570))*time.Millisecond) {
			t.Fatalf("run %d: the demo ended before it was killed: nothing was tested", run)
		}
		mustCheck(t, db, "after a killed demo")

		backup := filepath.Join(dir, "copies", "b"+seed+".db")
		cmd, out = startChild(t, "FRONTOFFICE_RUN_MAIN=1", "backup", "--db", db, "--out", backup)
		go io.Copy(io.Discard, out)
		if killAfter(cmd, time.Duration(rng.IntN(60))*time.Millisecond) {
			backupKills++
		}
		mustCheck(t, db, "after a killed backup")
		if _, err := os.Stat(backup); err == nil {
			mustCheck(t, backup, "the backup that bears its name") // complete, or not there at all
		}
	}
	// A backup may finish before its kill; either way the store and any
	// file named as the backup must pass the check above.
	t.Logf("%d demos killed, %d of %d backups killed before they finished", crashRuns(), backupKills, crashRuns())
}

func TestCrashDuringMigration(t *testing.T) {
	rng := crashRand(t)
	kills := 0
	for run := range crashRuns() {
		db := filepath.Join(t.TempDir(), "old.db")
		gz, err := os.Open(filepath.Join("storage", "testdata", "schemas", "v2.db.gz"))
		if err != nil {
			t.Fatal(err)
		}
		zr, err := gzip.NewReader(gz)
		if err != nil {
			t.Fatal(err)
		}
		f, err := os.OpenFile(db, os.O_CREATE|os.O_WRONLY, 0o600)
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(f, zr)
		f.Close()
		gz.Close()
		// Any command opens the store, and opening migrates it.
		cmd, out := startChild(t, "FRONTOFFICE_RUN_MAIN=1", "check", "--db", db)
		go io.Copy(io.Discard, out)
		if killAfter(cmd, time.Duration(rng.IntN(40))*time.Millisecond) {
			kills++
		}
		mustCheck(t, db, fmt.Sprintf("run %d: after a killed migration", run))
		s, err := storage.Open(db)
		if err != nil {
			t.Fatal(err)
		}
		n, _ := s.Count(model.KindIdea)
		p, _ := s.Count(model.KindPerson)
		s.Close()
		if n != 40 || p != 40 {
			t.Errorf("run %d: %d ideas and %d people after a killed migration, want 40 and 40", run, n, p)
		}
	}
	// A migration may finish before its kill; the counts above hold either way.
	t.Logf("%d of %d migrations killed before they finished", kills, crashRuns())
}
