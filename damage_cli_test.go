package main

import (
	"bytes"
	"frontoffice/storage/storetest"
	"math/rand"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"frontoffice/storage"
)

// damagedSentence is the start of the one sentence a damaged store gets (en).
const damagedSentence = "is damaged (part of the file cannot be read)"

// damageSeed is this run's random seed, in the log so a failure can be rerun
// (FRONTOFFICE_DAMAGE_SEED).
func damageSeed(t *testing.T) int64 {
	t.Helper()
	s := time.Now().UnixNano()
	if v := os.Getenv("FRONTOFFICE_DAMAGE_SEED"); v != "" {
		s, _ = strconv.ParseInt(v, 10, 64)
	}
	t.Logf("damage seed %d (FRONTOFFICE_DAMAGE_SEED=%d reruns it)", s, s)
	return s
}

// damagePageAt writes 4 KB of seeded random bytes over page n of path.
func damagePageAt(t *testing.T, path string, n, seed int64) {
	t.Helper()
	buf := make([]byte, 4096)
	rand.New(rand.NewSource(seed)).Read(buf)
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.WriteAt(buf, n*4096); err != nil {
		t.Fatal(err)
	}
	t.Logf("4 KB of random bytes (seed %d) over page %d of %s", seed, n, filepath.Base(path))
}

// ideaLeaf is a page of idea records in use in the store file at path (a
// bbolt leaf page, flag 0x02, holding idea JSON), from the middle of them.
func ideaLeaf(t *testing.T, path string) int64 {
	return storetest.LeafWith(t, path, `"kind":"idea"`, 0)
}

func copyFileTo(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	os.MkdirAll(filepath.Dir(to), 0o700)
	if err := os.WriteFile(to, b, 0o600); err != nil {
		t.Fatal(err)
	}
}

// oneSentence fails unless errs is exactly one line saying the store is
// damaged, with no stack trace.
func oneSentence(t *testing.T, what string, code int, out, errs string) {
	t.Helper()
	lines := strings.Split(strings.TrimSpace(errs), "\n")
	if code != 1 || len(lines) != 1 || !strings.Contains(lines[0], damagedSentence) ||
		strings.Contains(out+errs, "goroutine") || strings.Contains(out+errs, "panic") {
		t.Errorf("%s: exit %d, stderr %q, stdout %q; want exit 1 and the one damaged sentence", what, code, errs, out)
	}
}

// damagedFixture makes a store with demo data and two good daily backups
// (two and one days ago), then damages a page of its ideas. It returns the
// store's path and an undamaged copy of it.
func damagedFixture(t *testing.T) (db, good string) {
	t.Helper()
	dir := t.TempDir()
	db = filepath.Join(dir, "fo.db")
	if code, _, errs := runCLI(t, "demo", "--db", db, "--ideas", "300", "--people", "120", "--lang", "en"); code != 0 {
		t.Fatalf("demo: %s", errs)
	}
	// Daily backups as the app leaves them: made beside the store (an
	// output may not name the backups folder), then moved in.
	os.MkdirAll(filepath.Join(dir, "backups"), 0o700)
	for d := 2; d >= 1; d-- {
		base := "fo-" + time.Now().AddDate(0, 0, -d).Format("2006-01-02") + ".db"
		made := filepath.Join(dir, base)
		if code, _, errs := runCLI(t, "backup", "--db", db, "--out", made); code != 0 {
			t.Fatalf("backup: %s", errs)
		}
		if err := os.Rename(made, filepath.Join(dir, "backups", base)); err != nil {
			t.Fatal(err)
		}
	}
	good = filepath.Join(t.TempDir(), "good.db")
	copyFileTo(t, db, good)
	damagePageAt(t, db, ideaLeaf(t, db), damageSeed(t))
	return db, good
}

func TestDamagedStoreEveryCommandOneSentence(t *testing.T) {
	db, _ := damagedFixture(t)
	pristine := filepath.Join(t.TempDir(), "damaged.db")
	copyFileTo(t, db, pristine)
	out := t.TempDir()
	commands := [][]string{
		{"check"},
		{"report"},
		{"report", "--format", "json"},
		{"export", "--full", "--out", filepath.Join(out, "all.fob")},
		{"export-csv", "--out", filepath.Join(out, "csv")},
		{"backup", "--out", filepath.Join(out, "copy.db")},
		{"credits"},
		{"search", "a"},
		{"demo", "--ideas", "5", "--people", "5"},
		{""}, // the app, with no terminal: see the e2e test for its screen
	}
	// Each as the first command after the damage: those that read every
	// record must meet it; any that does not read the damaged page may
	// succeed, but never panics or says anything else.
	for _, c := range commands {
		if c[0] == "" {
			continue
		}
		copyFileTo(t, pristine, db)
		code, o, e := runCLI(t, append(append([]string{}, c...), "--db", db, "--lang", "en")...)
		switch c[0] {
		case "check", "report", "export", "export-csv", "backup":
			oneSentence(t, strings.Join(c, " ")+" (first)", code, o, e)
		default:
			if code != 0 {
				oneSentence(t, strings.Join(c, " ")+" (first)", code, o, e)
			}
		}
	}
	// Once damage was seen (the check found it), every command says so.
	copyFileTo(t, pristine, db)
	runCLI(t, "check", "--db", db)
	for _, c := range commands[:len(commands)-1] {
		code, o, e := runCLI(t, append(append([]string{}, c...), "--db", db, "--lang", "en")...)
		oneSentence(t, strings.Join(c, " "), code, o, e)
	}
	if _, err := os.Stat(filepath.Join(out, "copy.db")); !os.IsNotExist(err) {
		t.Errorf("backup wrote a copy of the damaged store: %v", err)
	}
	// The sentence in the other languages.
	for lang, want := range map[string]string{"ru": "повреждено", "kk": "зақымдалған"} {
		code, _, e := runCLI(t, "report", "--db", db, "--lang", lang)
		if code != 1 || !strings.Contains(e, want) || strings.Count(strings.TrimSpace(e), "\n") != 0 {
			t.Errorf("%s: exit %d, %q", lang, code, e)
		}
	}
}

func TestDamagedMetaPageCommands(t *testing.T) {
	_, good := damagedFixture(t)
	dir := t.TempDir()
	seed := damageSeed(t)
	// One meta page: bbolt uses the other; the store works and checks fine.
	one := filepath.Join(dir, "one.db")
	copyFileTo(t, good, one)
	damagePageAt(t, one, 1, seed)
	if code, o, e := runCLI(t, "check", "--db", one, "--lang", "en"); code != 0 || !strings.Contains(o, "fine") {
		t.Errorf("check with one meta page damaged: exit %d, %q %q", code, o, e)
	}
	// Both: one sentence, exit 1, for every command.
	both := filepath.Join(dir, "both.db")
	copyFileTo(t, good, both)
	damagePageAt(t, both, 0, seed)
	damagePageAt(t, both, 1, seed+1)
	for _, c := range []string{"check", "report", "export-csv", "credits"} {
		args := []string{c, "--db", both, "--lang", "en"}
		if c == "export-csv" {
			args = append(args, "--out", filepath.Join(dir, "csv"))
		}
		code, o, e := runCLI(t, args...)
		oneSentence(t, c+" (both meta pages)", code, o, e)
	}
}

func TestRestoreAndSalvageCommands(t *testing.T) {
	db, _ := damagedFixture(t)
	// Not under an open store.
	held, err := storage.Open(db)
	if err == nil {
		code, _, e := runCLI(t, "restore", "--db", db, "--lang", "en")
		if code != 1 || !strings.Contains(e, "open in another frontoffice window") {
			t.Errorf("restore under an open store: exit %d, %q", code, e)
		}
		held.Close()
		runCLI(t, "check", "--db", db) // marks it damaged again, closed uncleanly
	}

	// Salvage refuses to write over a file or over the store.
	exists := filepath.Join(t.TempDir(), "exists.db")
	os.WriteFile(exists, []byte("keep me"), 0o600)
	if code, _, e := runCLI(t, "salvage", "--db", db, "--out", exists, "--lang", "en"); code != 1 || !strings.Contains(e, "exists already") {
		t.Errorf("salvage over a file: exit %d, %q", code, e)
	}
	if b, _ := os.ReadFile(exists); string(b) != "keep me" {
		t.Error("salvage changed the existing file")
	}
	if code, _, e := runCLI(t, "salvage", "--db", db, "--out", db, "--force", "--lang", "en"); code != 1 || !strings.Contains(e, "the store itself") {
		t.Errorf("salvage over the store: exit %d, %q", code, e)
	}
	// Another store's file is never replaced, not even with --force.
	other := filepath.Join(t.TempDir(), "other.db")
	if code, _, e := runCLI(t, "demo", "--db", other, "--ideas", "1", "--people", "1"); code != 0 {
		t.Fatal(e)
	}
	otherWas, _ := os.ReadFile(other)
	if code, _, e := runCLI(t, "salvage", "--db", db, "--out", other, "--force", "--lang", "en"); code != 1 || !strings.Contains(e, "another store's file") {
		t.Errorf("salvage over another store: exit %d, %q", code, e)
	}
	if after, _ := os.ReadFile(other); !bytes.Equal(otherWas, after) {
		t.Error("salvage --force changed another store")
	}
	if code, _, _ := runCLI(t, "salvage", "--db", db); code != 2 {
		t.Errorf("salvage without --out: exit %d, want 2", code)
	}
	saved := filepath.Join(t.TempDir(), "saved.db")
	code, o, e := runCLI(t, "salvage", "--db", db, "--out", saved, "--lang", "en")
	if code != 0 || !strings.Contains(o, "Salvaged into") || !strings.Contains(o, "Could not be read:") || !strings.Contains(o, "ideas: the records with ids between") {
		t.Errorf("salvage: exit %d\n%s%s", code, o, e)
	}
	if code, o, e := runCLI(t, "check", "--db", saved, "--lang", "en"); code != 0 {
		t.Errorf("check of the salvaged store: exit %d %s%s", code, o, e)
	}

	// Restore: the list, the newest good backup, the damaged file kept.
	before, _ := os.ReadFile(db)
	code, o, e = runCLI(t, "restore", "--db", db, "--lang", "en")
	yesterday := "fo-" + time.Now().AddDate(0, 0, -1).Format("2006-01-02") + ".db"
	if code != 0 || !strings.Contains(o, "Backups in") || !strings.Contains(o, "passes the check") ||
		!strings.Contains(o, "Restored the store "+db+" from "+filepath.Join(filepath.Dir(db), "backups", yesterday)) ||
		!strings.Contains(o, "people: 120, ideas: 300") {
		t.Fatalf("restore: exit %d\n%s%s", code, o, e)
	}
	asides, _ := filepath.Glob(db + ".damaged-*")
	if len(asides) != 1 {
		t.Fatalf("damaged file kept as %v", asides)
	}
	if kept, _ := os.ReadFile(asides[0]); !bytes.Equal(kept, before) {
		t.Error("the damaged file was changed")
	}
	if code, o, e := runCLI(t, "check", "--db", db, "--lang", "en"); code != 0 || !strings.Contains(o, "fine") {
		t.Errorf("check after restore: exit %d %s%s", code, o, e)
	}
	// --from the salvaged store.
	code, o, e = runCLI(t, "restore", "--db", db, "--from", saved, "--lang", "en")
	if code != 0 || !strings.Contains(o, "passed the check; it is kept as") {
		t.Errorf("restore --from: exit %d\n%s%s", code, o, e)
	}
	// Usage text names both commands, in every language.
	for _, lang := range []string{"en", "ru", "kk"} {
		_, o, _ := runCLI(t, "--help", "--lang", lang)
		if !strings.Contains(o, "frontoffice restore [--from") || !strings.Contains(o, "frontoffice salvage --out") {
			t.Errorf("%s usage lacks restore/salvage", lang)
		}
	}
}
