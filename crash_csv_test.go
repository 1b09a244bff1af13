//go:build linux || darwin

package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestCrashDuringBigCSVImport: `import-csv` of a file big enough to go
// through a copy of the store (storage.SaveInOne) is killed with SIGKILL at
// random moments once the copy is being written. The store must pass
// `check` and hold either none of the file or all of it, and the copy left
// behind is gone once the store is opened again.
func TestCrashDuringBigCSVImport(t *testing.T) {
	rng := crashRand(t)
	dir := t.TempDir()
	writePeople := func(path string, n, from int) {
		f, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		w := bufio.NewWriter(f)
		fmt.Fprintln(w, "id,full_name,phone,iin,birth_year,organization,region,consent,consent_at,created_at,updated_at")
		for i := from; i < from+n; i++ {
			fmt.Fprintf(w, ",Студент %d,+7701%07d,,2001,KSIU,karaganda,yes,,,\n", i, i)
		}
		w.Flush()
		f.Close()
	}
	small, big := filepath.Join(dir, "small.csv"), filepath.Join(dir, "big.csv")
	writePeople(small, 100, 0)
	const bigRows = 15000
	writePeople(big, bigRows, 100)
	base := filepath.Join(dir, "base.db")
	if code, _, errs := runCLI(t, "import-csv", "--db", base, "--kind", "people", small); code != 0 {
		t.Fatal(errs)
	}
	pristine, err := os.ReadFile(base)
	if err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "fo.db")
	outcomes := map[string]int{}
	for run := range crashRuns() {
		if err := os.WriteFile(db, pristine, 0o600); err != nil {
			t.Fatal(err)
		}
		cmd, out := startChild(t, "FRONTOFFICE_RUN_MAIN=1", "import-csv", "--db", db, "--kind", "people", big)
		go io.Copy(io.Discard, out)
		exited := make(chan struct{})
		var werr error
		go func() { werr = cmd.Wait(); close(exited) }()
		// Wait for the copy to appear (or the program to end), then kill
		// it within the time the rest of the import takes.
		appeared := false
		for !appeared {
			if _, err := os.Stat(db + ".importing"); err == nil {
				appeared = true
				break
			}
			select {
			case <-exited:
			case <-time.After(time.Millisecond):
				continue
			}
			break
		}
		if appeared {
			select {
			case <-exited:
			case <-time.After(time.Duration(rng.IntN(1500)) * time.Millisecond):
				cmd.Process.Kill()
				<-exited
			}
		}
		killed := werr != nil
		leftover := false
		if _, err := os.Stat(db + ".importing"); err == nil {
			leftover = true
		}
		mustCheck(t, db, fmt.Sprintf("run %d, after a killed import-csv", run))
		n := people(t, db)
		switch {
		case n == 100 && killed:
			outcomes["killed, none of the file"]++
		case n == 100+bigRows:
			outcomes["all of the file"]++
		default:
			t.Fatalf("run %d: %d people after the import (killed %v), want 100 or %d", run, n, killed, 100+bigRows)
		}
		if leftover {
			outcomes["killed with the copy half written"]++
		}
		if _, err := os.Stat(db + ".importing"); err == nil {
			t.Fatalf("run %d: the copy is still there after the store was opened again", run)
		}
	}
	t.Logf("%d runs: %v", crashRuns(), outcomes)
}
