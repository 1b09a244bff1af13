package e2e

import (
	"bytes"
	"frontoffice/storage/storetest"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestRestoreFromTheFirstScreen: a store damaged by 4 KB of random bytes
// over a page of its ideas, with good daily backups beside it. The app
// finds the damage (its daily backup checks the copy), shows the damaged
// store screen with the backups, restores the newest good one on r and y,
// and opens Home on the restored store; the damaged file is kept.
//
// In the second run today's backup was made before the damage: the app
// then finds it by its quick check of the store after start.
func TestRestoreFromTheFirstScreen(t *testing.T) {
	t.Run("daily backup due", func(t *testing.T) { restoreFromFirstScreen(t, 1) })
	t.Run("daily backup made already", func(t *testing.T) { restoreFromFirstScreen(t, 0) })
}

func restoreFromFirstScreen(t *testing.T, newest int) {
	dir := t.TempDir()
	db := filepath.Join(dir, "fo.db")
	if out, err := exec.Command(binary, "demo", "--db", db, "--ideas", "300", "--people", "120").CombinedOutput(); err != nil {
		t.Fatalf("demo: %v\n%s", err, out)
	}
	yesterday := "fo-" + time.Now().AddDate(0, 0, -newest).Format("2006-01-02") + ".db"
	// Daily backups as the app leaves them: made beside the store (an
	// output may not name the backups folder), then moved in.
	os.MkdirAll(filepath.Join(dir, "backups"), 0o700)
	for d := 3; d >= newest; d-- {
		base := "fo-" + time.Now().AddDate(0, 0, -d).Format("2006-01-02") + ".db"
		made := filepath.Join(dir, base)
		if out, err := exec.Command(binary, "backup", "--db", db, "--out", made).CombinedOutput(); err != nil {
			t.Fatalf("backup: %v\n%s", err, out)
		}
		if err := os.Rename(made, filepath.Join(dir, "backups", base)); err != nil {
			t.Fatal(err)
		}
	}
	seed := time.Now().UnixNano()
	if v := os.Getenv("FRONTOFFICE_DAMAGE_SEED"); v != "" {
		seed, _ = strconv.ParseInt(v, 10, 64)
	}
	page := ideaPage(t, db)
	buf := make([]byte, 4096)
	rand.New(rand.NewSource(seed)).Read(buf)
	f, err := os.OpenFile(db, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteAt(buf, page*4096)
	f.Close()
	t.Logf("4 KB of random bytes over page %d, seed %d (FRONTOFFICE_DAMAGE_SEED=%d reruns it)", page, seed, seed)
	damaged, _ := os.ReadFile(db)

	tm := start(t, 100, 30, nil, "--db", db, "--lang", "en")
	s := tm.waitFor("The store is damaged")
	s = tm.waitFor("Press r")
	if !strings.Contains(s, "passes the check") || !strings.Contains(s, "people: 120, ideas: 300") || !strings.Contains(s, "› "+time.Now().AddDate(0, 0, -newest).Format("02.01.2006")) {
		t.Errorf("the screen does not list the backups with the newest good one marked:\n%s", s)
	}
	if strings.Contains(s, "goroutine") {
		t.Fatalf("a stack trace:\n%s", s)
	}
	tm.keys("r")
	tm.waitFor("Restore from " + yesterday)
	tm.keys("н") // the y key on the Russian layout, and «нет»: no answer
	tm.waitFor("«н» is no answer here")
	tm.keys("т") // the n key on the Russian layout: no
	tm.waitFor("Press r")
	tm.keys("r")
	tm.waitFor("Restore from " + yesterday)
	tm.keys("y")
	tm.waitFor("Restored from " + yesterday)
	tm.keys("Enter")
	s = tm.waitFor("People: 120")
	if !strings.Contains(s, "Home") {
		t.Errorf("not on Home after the restore:\n%s", s)
	}
	tm.keys("q")
	tm.waitFor("EXIT=0")

	asides, _ := filepath.Glob(db + ".damaged-*")
	if len(asides) != 1 {
		t.Fatalf("damaged store kept as %v", asides)
	}
	// The app opened it before it met the damage (its clean mark was
	// written), but the damaged page and the records are there as they were,
	// for salvage.
	if kept, _ := os.ReadFile(asides[0]); len(kept) < len(damaged) || !bytes.Equal(kept[page*4096:(page+1)*4096], buf) {
		t.Error("the damaged store was not kept as it was")
	}
	if out, err := exec.Command(binary, "check", "--db", db).CombinedOutput(); err != nil {
		t.Errorf("the restored store: %v\n%s", err, out)
	}
	// No backup of the damaged store was made: today's is of the restored one.
	out, err := exec.Command(binary, "restore", "--db", db, "--from", asides[0], "--lang", "en").CombinedOutput()
	if err == nil || !strings.Contains(string(out), "damaged") {
		t.Errorf("restore --from the damaged file: %v\n%s", err, out)
	}
	today := filepath.Join(dir, "backups", "fo-"+time.Now().Format("2006-01-02")+".db")
	if _, err := os.Stat(today); err == nil {
		if out, err := exec.Command(binary, "check", "--db", today).CombinedOutput(); err != nil {
			t.Errorf("today's backup fails its check: %v\n%s", err, out)
		}
	}
}

// ideaPage is a bbolt leaf page of the file holding ideas.
func ideaPage(t *testing.T, path string) int64 {
	return storetest.LeafWith(t, path, `"kind":"idea"`, 0)
}
