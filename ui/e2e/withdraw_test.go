package e2e

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"frontoffice/model"
)

// TestWithdrawInTheAppLeavesNothing (issue 17, in Kazakh): a person with a
// phone, an IIN, a second revision and a certificate beside the store is in
// a daily backup made before; a consultant withdraws her consent on her
// card (W, then y); then no file under the store's folder holds her phone,
// IIN or name in its raw bytes, the erasure log in Settings says what was
// erased, and `check` passes.
func TestWithdrawInTheAppLeavesNothing(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "office")
	db := filepath.Join(dir, "fo.db")
	iin := ""
	for d := '0'; d <= '9' && iin == ""; d++ {
		if v := "95030540012" + string(d); model.ValidIIN(v) {
			iin = v
		}
	}
	csv := filepath.Join(t.TempDir(), "people.csv")
	rows := "id,full_name,phone,iin,birth_year,organization,region,consent,consent_at,created_at,updated_at\n" +
		",Гүлназ Төлеубаева,+7 702 987 65 43," + iin + ",1995,KSIU,karaganda,yes,,,\n" +
		",Ерлан Сапаров,+7 702 987 65 44,,2001,KSIU,karaganda,yes,,,\n"
	if err := os.WriteFile(csv, []byte(rows), 0o600); err != nil {
		t.Fatal(err)
	}
	run := func(args ...string) string {
		out, err := exec.Command(binary, args...).CombinedOutput()
		if err != nil {
			t.Fatalf("%v: %v\n%s", args, err, out)
		}
		return string(out)
	}
	run("import-csv", "--db", db, "--kind", "people", csv)
	// A second revision of her (the organization changed), as a CSV row with her id.
	exp := filepath.Join(t.TempDir(), "csv")
	run("export-csv", "--db", db, "--out", exp)
	raw, err := os.ReadFile(filepath.Join(exp, "people.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if again := strings.ReplaceAll(string(raw), "KSIU", "KarTU"); again != string(raw) {
		os.WriteFile(csv, []byte(again), 0o600)
		run("import-csv", "--db", db, "--kind", "people", csv)
	}
	// The daily backup of yesterday, and her certificate.
	copyPath := filepath.Join(t.TempDir(), "copy.db")
	run("backup", "--db", db, "--out", copyPath)
	daily := filepath.Join(dir, "backups", "fo-"+time.Now().AddDate(0, 0, -1).Format("2006-01-02")+".db")
	os.MkdirAll(filepath.Dir(daily), 0o700)
	copyFile(t, copyPath, daily)
	cert := filepath.Join(dir, "certificates", "Гүлназ_Төлеубаева-2026-03-01.html")
	os.MkdirAll(filepath.Dir(cert), 0o700)
	os.WriteFile(cert, []byte("<p>Гүлназ Төлеубаева</p>"), 0o600)

	needles := []string{"7029876543", "702 987 65 43", iin, "Гүлназ Төлеубаева", "Төлеубаева"}
	left := func() []string { return filesHolding(t, dir, needles) }
	if before := left(); len(before) < 3 {
		t.Fatalf("before the withdrawal her data should be in the store, the backup and the certificate: %v", before)
	}

	tm := start(t, 100, 30, nil, "--db", db, "--lang", "kk")
	tm.waitFor("Басты бет")
	tm.keys("p")
	tm.waitFor("Табылды: 2")
	tm.keys("/")
	tm.waitFor("іздеуден шығу")
	tm.literal("87029876543")
	tm.waitUntil("one person by her phone", func(s string) bool {
		return strings.Contains(s, "Табылды: 1") && strings.Contains(s, "▸")
	})
	tm.keys("Enter")
	tm.waitFor("Өзгерістер тарихы") // her card, not the list
	tm.keys("W")
	tm.waitFor("келісімін кері қайтару керек пе?")
	tm.keys("y")
	tm.answerWho("Қазір кім қабылдауда?", "Мадина") // nobody at the desk yet
	// The saying and the card's reload may come apart: wait for a card
	// without her name (a name that stays ends the wait as a failure).
	tm.waitUntil("the card without her name", func(s string) bool {
		return strings.Contains(s, "Келісім кері қайтарылды") && !strings.Contains(s, "Төлеубаева")
	})
	// The erasure log in Settings → change log.
	tm.keys("s")
	tm.waitFor("өзгерістер журналы")
	tm.keys("a")
	tm.waitFor("Өшіру журналы (келісімін қайтарып алғандар): 1")
	// The certificate deleted; yesterday's backup rewritten (and today's,
	// when the app made one at start).
	tm.waitUntil("the counts", func(s string) bool {
		return strings.Contains(s, "файлдар 1, сақтық көшірмелер 1") || strings.Contains(s, "файлдар 1, сақтық көшірмелер 2")
	})
	tm.keys("Escape")
	tm.waitUntil("the change log closed", func(s string) bool { return !strings.Contains(s, "Соңғы өзгерістер") })
	tm.keys("q")
	tm.waitFor("EXIT=0")

	if l := left(); len(l) > 0 {
		t.Errorf("after the withdrawal in the app, files under the store's folder hold: %v", l)
	}
	run("check", "--db", db, "--lang", "kk")
}

// filesHolding lists the files under dir holding any of needles, and which.
func filesHolding(t *testing.T, dir string, needles []string) []string {
	var out []string
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, n := range needles {
			if bytes.Contains(b, []byte(n)) {
				out = append(out, fmt.Sprintf("%s: %s", filepath.Base(p), n))
			}
		}
		return nil
	})
	return out
}
