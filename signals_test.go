//go:build linux || darwin

package main

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/storage"
)

// Issue 18 item 7: Ctrl+C (SIGINT) or SIGTERM during import, demo, export,
// backup and CSV import stops the work at a transaction boundary, closes the
// store cleanly (the next start checks nothing in full), says what was done
// and how to finish, and exits 130 or 143. Each case runs the program (this
// test binary, see reexec_test.go) and signals it once its work is under
// way, as shown by an effect (a progress line, a temporary file), never
// after a fixed wait.

// child is the program running with its standard error read line by line.
type child struct {
	cmd   *exec.Cmd
	mu    sync.Mutex
	lines []string
	seen  chan struct{} // a new line arrived
	done  chan struct{} // stderr closed
	out   strings.Builder
}

func startProgram(t *testing.T, args ...string) *child {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	c := &child{cmd: exec.Command(exe, args...), seen: make(chan struct{}, 1), done: make(chan struct{})}
	c.cmd.Env = append(os.Environ(), "FRONTOFFICE_RUN_MAIN=1", "LANG=C.UTF-8")
	c.cmd.Stdout = &c.out
	errPipe, err := c.cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := c.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		defer close(c.done)
		sc := bufio.NewScanner(errPipe)
		for sc.Scan() {
			c.mu.Lock()
			c.lines = append(c.lines, sc.Text())
			c.mu.Unlock()
			select {
			case c.seen <- struct{}{}:
			default:
			}
		}
	}()
	return c
}

// waitFor waits until ok holds (a line of stderr, a file on disk), looking
// again at each new line and every few milliseconds; the bound only stops a
// test whose child never got under way.
func (c *child) waitFor(t *testing.T, what string, ok func(lines []string) bool) {
	t.Helper()
	deadline := time.After(90 * time.Second)
	tick := time.NewTicker(5 * time.Millisecond)
	defer tick.Stop()
	for {
		c.mu.Lock()
		got := ok(c.lines)
		c.mu.Unlock()
		if got {
			return
		}
		select {
		case <-c.seen:
		case <-tick.C:
		case <-c.done:
			c.mu.Lock()
			got, lines := ok(c.lines), strings.Join(c.lines, "\n")
			c.mu.Unlock()
			if !got {
				t.Fatalf("the program ended before %s: %s", what, lines)
			}
			return
		case <-deadline:
			c.mu.Lock()
			lines := strings.Join(c.lines, "\n")
			c.mu.Unlock()
			t.Fatalf("no %s in 90 s; the program said:\n%s", what, lines)
		}
	}
}

// stop sends sig and returns the exit code and everything said on stderr.
func (c *child) stop(t *testing.T, sig syscall.Signal) (int, string) {
	t.Helper()
	if err := c.cmd.Process.Signal(sig); err != nil {
		t.Fatal(err)
	}
	<-c.done
	err := c.cmd.Wait()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode() // -1: killed by the signal, not stopped by the program
	} else if err != nil {
		t.Fatal(err)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return code, strings.Join(c.lines, "\n")
}

func hasLine(re string) func([]string) bool {
	r := regexp.MustCompile(re)
	return func(lines []string) bool {
		for _, l := range lines {
			if r.MatchString(l) {
				return true
			}
		}
		return false
	}
}

func fileAppears(dir, pattern string) func([]string) bool {
	return func([]string) bool {
		m, _ := filepath.Glob(filepath.Join(dir, pattern))
		return len(m) > 0
	}
}

// checkClean runs `check` as a person would: it passes, and the store was
// closed cleanly (no full check of a store left open).
func checkClean(t *testing.T, db string) {
	t.Helper()
	code, out, errs := runCLI(t, "check", "--db", db, "--lang", "en")
	if code != 0 || strings.Contains(errs, "was not closed properly") {
		t.Errorf("check after the stop: exit %d, %q %q", code, out, errs)
	}
}

// bigStore makes a store of n people quickly (one batch) and a full bundle of it.
func bigStore(t *testing.T, dir string, n int) (db, fob string) {
	t.Helper()
	db = filepath.Join(dir, "big.db")
	s, err := storage.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	rs := make([]model.Record, 0, n)
	for i := range n {
		p := model.New(model.KindPerson).(*model.Person)
		p.FullName, p.Consent = fmt.Sprintf("Адам %d", i), true
		rs = append(rs, p)
	}
	if _, _, err := s.SaveBatch(rs); err != nil {
		t.Fatal(err)
	}
	fob = filepath.Join(dir, "big.fob")
	if _, err := s.ExportFile(context.Background(), fob, storage.ExportOptions{Full: true}, nil); err != nil {
		t.Fatal(err)
	}
	s.Close()
	return db, fob
}

func people(t *testing.T, db string) int {
	t.Helper()
	return storeCounts(t, db)[model.KindPerson]
}

func TestSignalStopsImport(t *testing.T) {
	dir := t.TempDir()
	const n = 22000 // five batches: the stop lands between two of them
	_, fob := bigStore(t, dir, n)
	db := filepath.Join(dir, "in.db")
	c := startProgram(t, "import", "--trust", "--db", db, "--lang", "en", fob)
	c.waitFor(t, "first batch merged", hasLine(`records merged: [\d,]+ \(of`))
	code, errs := c.stop(t, syscall.SIGINT)
	m := regexp.MustCompile(`stopped at your request; records merged: ([\d  ,]+) \(of 22,000\)\. What was merged stays; import the file again to finish\.`).FindStringSubmatch(errs)
	if code != 130 || m == nil {
		t.Fatalf("Ctrl+C during import: exit %d, %q", code, errs)
	}
	checkClean(t, db)
	if got, said := people(t, db), digitsIn(t, m[1]); got != said || got >= n {
		t.Errorf("the import says %d merged; the store holds %d people", said, got)
	}
	// Finishing it, as the message says.
	code, out, errs2 := runCLI(t, "import", "--trust", "--db", db, "--lang", "en", fob)
	if code != 0 || !strings.Contains(errs2, "was interrupted: import it again to finish it") {
		t.Errorf("finishing: exit %d %q %q", code, out, errs2)
	}
	if got := people(t, db); got != n {
		t.Errorf("after finishing: %d people, want %d", got, n)
	}
}

func TestSignalStopsDemo(t *testing.T) {
	db := filepath.Join(t.TempDir(), "fo.db")
	c := startProgram(t, "demo", "--db", db, "--lang", "en", "--ideas", "20000", "--people", "20000")
	c.waitFor(t, "a batch saved", hasLine(`Records saved: [\d,]+…`))
	code, errs := c.stop(t, syscall.SIGTERM)
	m := regexp.MustCompile(`Saved before it stopped: people ([\d  ,]+), ideas ([\d  ,]+), consultations ([\d  ,]+), visits ([\d  ,]+), hours entries ([\d  ,]+)\.\nStopped at your request\. To add more, run demo again with another --seed\.`).FindStringSubmatch(errs)
	if code != 143 || m == nil {
		t.Fatalf("SIGTERM during demo: exit %d, %q", code, errs)
	}
	checkClean(t, db)
	counts := storeCounts(t, db)
	for i, k := range []model.Kind{model.KindPerson, model.KindIdea, model.KindConsultation, model.KindVisit, model.KindHours} {
		if said := digitsIn(t, m[i+1]); counts[k] != said {
			t.Errorf("the demo says %d %s saved; the store holds %d", said, k, counts[k])
		}
	}
}

func TestSignalStopsExport(t *testing.T) {
	dir := t.TempDir()
	db, _ := bigStore(t, dir, 22000)
	outDir := filepath.Join(dir, "out")
	os.Mkdir(outDir, 0o700)
	out := filepath.Join(outDir, "b.fob")
	// Encrypted: the passphrase's key is worked out (scrypt, about a
	// second) after the temporary file is made and before any record is
	// written, so the stop lands inside the export.
	t.Setenv("FRONTOFFICE_PASSPHRASE", "жаңбыр")
	lastExport := func() time.Time {
		s, err := storage.Open(db)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		return s.LastExport()
	}
	noted := lastExport()
	c := startProgram(t, "export", "--db", db, "--lang", "en", "--full", "--encrypt", "--out", out)
	c.waitFor(t, "the export's temporary file", fileAppears(outDir, ".export-*.tmp"))
	code, errs := c.stop(t, syscall.SIGINT)
	if code != 130 || !strings.Contains(errs, "Stopped at your request: no bundle was written, and the next export still carries everything.") {
		t.Fatalf("Ctrl+C during export: exit %d, %q", code, errs)
	}
	if entries, _ := os.ReadDir(outDir); len(entries) != 0 {
		t.Errorf("a stopped export left %v", entries)
	}
	checkClean(t, db)
	if got := lastExport(); !got.Equal(noted) {
		t.Errorf("a stopped export was noted: last export %v, before %v", got, noted)
	}
}

// A copy and a CSV import are one step each: the stop comes before it ends
// (nothing written, exit 130) or, on a fast machine, after (the whole of it,
// exit 0); either way the words are true and the store is sound.
func TestSignalStopsBackupAndCSVImport(t *testing.T) {
	dir := t.TempDir()
	db, _ := bigStore(t, dir, 22000)
	copyPath := filepath.Join(dir, "copies", "copy.db")
	os.Mkdir(filepath.Dir(copyPath), 0o700)
	c := startProgram(t, "backup", "--db", db, "--lang", "en", "--out", copyPath)
	c.waitFor(t, "the backup's temporary file", fileAppears(filepath.Dir(copyPath), ".backup-*.tmp"))
	code, errs := c.stop(t, syscall.SIGINT)
	switch {
	case code == 130 && strings.Contains(errs, "Stopped at your request: no copy was written."):
		if _, err := os.Stat(copyPath); err == nil {
			t.Error("a stopped backup bears its name")
		}
	case code == 0:
		t.Logf("the backup ended before the signal")
		mustCheck(t, copyPath, "the backup")
	default:
		t.Errorf("Ctrl+C during backup: exit %d, %q", code, errs)
	}
	if m, _ := filepath.Glob(filepath.Join(filepath.Dir(copyPath), "*.tmp")); len(m) > 0 {
		t.Errorf("a stopped backup left %v", m)
	}
	checkClean(t, db)

	csvPath := filepath.Join(dir, "people.csv")
	var b strings.Builder
	b.WriteString("id,full_name,phone,iin,birth_year,organization,region,consent,consent_at,created_at,updated_at\n")
	for i := range 20000 {
		fmt.Fprintf(&b, ",Студент %d,+7701%07d,,2001,KSIU,karaganda,yes,,,\n", i, i)
	}
	os.WriteFile(csvPath, []byte(b.String()), 0o600)
	target := filepath.Join(dir, "csv.db")
	c = startProgram(t, "import-csv", "--db", target, "--lang", "en", "--kind", "people", csvPath)
	c.waitFor(t, "the rows being saved", hasLine(`^Saving 20,000 rows…`))
	code, errs = c.stop(t, syscall.SIGINT)
	switch {
	case code == 130 && strings.Contains(errs, "Stopped at your request: nothing was imported. Run the same command again to import the file."):
		if got := people(t, target); got != 0 {
			t.Errorf("a stopped CSV import saved %d people", got)
		}
	case code == 0:
		t.Logf("the CSV import ended before the signal")
		if got := people(t, target); got != 20000 {
			t.Errorf("a finished CSV import saved %d people", got)
		}
	default:
		t.Fatalf("Ctrl+C during import-csv: exit %d, %q", code, errs)
	}
	checkClean(t, target)
}
