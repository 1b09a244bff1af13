package storage_test

import (
	"bufio"
	"compress/gzip"
	"context"
	"encoding/json"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"

	"filippo.io/age"

	"frontoffice/model"
	"frontoffice/storage"
	"frontoffice/storage/bundle"
)

// TestCrashImportChild is the importing process of TestImportKilled; it does
// nothing unless that test started it.
func TestCrashImportChild(t *testing.T) {
	store, file := os.Getenv("FO_CRASH_STORE"), os.Getenv("FO_CRASH_BUNDLE")
	if store == "" {
		t.Skip("run by TestImportKilled")
	}
	s, err := storage.Open(store)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(store+".started", nil, 0o600)
	batch := func(int) { os.WriteFile(store+".batch", nil, 0o600) }
	if _, err := s.ImportBundle(context.Background(), fileSource(file), noPass, storage.ImportOptions{Trust: true}, batch); err != nil {
		t.Fatal(err)
	}
	s.Close()
}

// crashRecords is the crash test's bundle: two batches and a bit, so a kill
// can land between batches.
const crashRecords = 12000

// TestImportKilled kills an importing process (SIGKILL) at random moments;
// every time the store passes its check and holds all of the bundle, none,
// or a prefix that it names and that importing the bundle again completes.
func TestImportKilled(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	dir := t.TempDir()
	src, _ := newStore(t)
	rs := make([]model.Record, 0, crashRecords)
	for range crashRecords {
		rs = append(rs, newPerson("Адам", ""))
	}
	if _, _, err := src.SaveBatch(rs); err != nil {
		t.Fatal(err)
	}
	bundlePath, _ := exportTo(t, src, dir, true)

	// How long a whole import takes here, to kill within it.
	base := filepath.Join(dir, "base.db")
	b, done := openStore(t, base, newClock(day0))
	mustCreate(t, b, newPerson("Данияр", "+77017654321"))
	done()
	whole := runChild(t, base, bundlePath, copyFile(t, base, filepath.Join(dir, "timing.db")), -1)

	rng := rand.New(rand.NewPCG(7, 7))
	kills := 4 // FRONTOFFICE_CRASH_RUNS=300 for the long run (docs/RELIABILITY.md)
	if n, err := strconv.Atoi(os.Getenv("FRONTOFFICE_CRASH_RUNS")); err == nil && n > 0 {
		kills = n
	}
	for i := range kills {
		path := copyFile(t, base, filepath.Join(dir, "kill.db"))
		after := time.Duration(rng.Int64N(int64(whole)))
		if i == 0 {
			after = -2 // right after the first batch is committed
		}
		runChild(t, base, bundlePath, path, after)
		s, err := storage.Open(path)
		if err != nil {
			t.Fatalf("kill %d after %v: open: %v", i, after, err)
		}
		if p := s.Check(); len(p) > 0 {
			t.Fatalf("kill %d after %v: check:\n%s", i, after, lines(p))
		}
		n, _ := s.Count(model.KindPerson)
		pending := s.PendingImport()
		switch {
		case n == 1 && pending == "": // none of it
		case n == crashRecords+1 && pending == "": // all of it
		case pending == bundlePath:
			// Stopped between batches: a prefix, named, and finished exactly
			// by importing the bundle again.
			if _, err := s.ImportBundle(context.Background(), fileSource(bundlePath), noPass, storage.ImportOptions{Trust: true}, nil); err != nil {
				t.Fatalf("kill %d: resume: %v", i, err)
			}
			if m, _ := s.Count(model.KindPerson); m != crashRecords+1 || s.PendingImport() != "" {
				t.Fatalf("kill %d: after resuming %d people, pending %q", i, m, s.PendingImport())
			}
			if p := s.Check(); len(p) > 0 {
				t.Fatalf("kill %d: check after resuming:\n%s", i, lines(p))
			}
		default:
			t.Fatalf("kill %d after %v: %d people, pending %q: part of the bundle with no way to finish", i, after, n, pending)
		}
		t.Logf("kill %d after %v: %d people, pending %q", i, after, n, filepath.Base(pending))
		s.Close()
		os.Remove(path)
	}
}

// runChild imports bundle into store in a child process and kills it after d
// (d == -1: let it finish; -2: kill it after its first batch). It returns how long the child ran.
func runChild(t *testing.T, _ string, bundlePath, store string, d time.Duration) time.Duration {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashImportChild$")
	cmd.Env = append(os.Environ(), "FO_CRASH_STORE="+store, "FO_CRASH_BUNDLE="+bundlePath)
	start := time.Now()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	if d >= 0 || d == -2 {
		// Count from when the child has the store open (d == -2: from its
		// first committed batch).
		mark := store + ".started"
		if d == -2 {
			mark, d = store+".batch", 0
		}
		// The bound only ends a child that never gets there (a loaded
		// machine under -race may take long to start it).
		seen := false
		for deadline := time.Now().Add(90 * time.Second); !seen && time.Now().Before(deadline); time.Sleep(time.Millisecond) {
			_, err := os.Stat(mark)
			seen = err == nil
		}
		if !seen {
			t.Logf("no %s in 90 s: killed without it", filepath.Base(mark))
		}
		time.Sleep(d)
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
		os.Remove(store + ".started")
		os.Remove(store + ".batch")
		return time.Since(start)
	}
	if err := cmd.Wait(); err != nil {
		t.Fatalf("child import: %v", err)
	}
	os.Remove(store + ".started")
	os.Remove(store + ".batch")
	return time.Since(start)
}

func copyFile(t *testing.T, from, to string) string {
	t.Helper()
	data, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return to
}

// TestEncryptedBundleOpensWithAge: an --encrypt bundle is a standard age file:
// age's own reader with the passphrase, then gzip and encoding/json, read it.
func TestEncryptedBundleOpensWithAge(t *testing.T) {
	bundle.ScryptWorkFactor = 10 // fast in tests; files still open with the default limit
	a, _ := newStore(t)
	p := newPerson("Айгерім", "+77011234567")
	mustCreate(t, a, p)
	path := filepath.Join(t.TempDir(), "enc.fob")
	if _, err := a.ExportFile(context.Background(), path, storage.ExportOptions{Full: true, Passphrase: "қар жауды"}, nil); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	id, err := age.NewScryptIdentity("қар жауды")
	if err != nil {
		t.Fatal(err)
	}
	plain, err := age.Decrypt(f, id)
	if err != nil {
		t.Fatal(err)
	}
	zr, err := gzip.NewReader(plain)
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(nil, 16<<20)
	var objs []map[string]any
	for sc.Scan() {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatal(err)
		}
		objs = append(objs, m)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(objs) != 3 || objs[0]["format"] != "frontoffice-bundle" || objs[1]["full_name"] != "Айгерім" || objs[2]["records"] != float64(1) {
		t.Fatalf("decrypted bundle: %v", objs)
	}

	// The app reads it back with the passphrase, and refuses a wrong one.
	b, _ := newStore(t)
	if _, err := b.ImportBundle(context.Background(), fileSource(path), func() (string, error) { return "жоқ", nil }, storage.ImportOptions{Trust: true}, nil); err == nil {
		t.Fatal("a wrong passphrase opened the bundle")
	} else if be, ok := bundle.AsError(err); !ok || be.Reason != bundle.ReasonPassphrase {
		t.Fatalf("wrong passphrase: %v", err)
	}
	sum, err := b.ImportBundle(context.Background(), fileSource(path), func() (string, error) { return "қар жауды", nil }, storage.ImportOptions{Trust: true}, nil)
	if err != nil || sum.Total().Added != 1 {
		t.Fatalf("import of the encrypted bundle: %+v, %v", sum, err)
	}
}
