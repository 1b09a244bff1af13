package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestDeskTwoVisits is a morning at the walk-in desk: a new visitor is
// registered in six fields and put in the queue; a returning one, found by
// the phone typed the domestic way, is put in the queue with enter, enter;
// then one of them is served and finished with single keys.
func TestDeskTwoVisits(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "fo.db")
	csv := filepath.Join(dir, "people.csv")
	rows := "id,full_name,phone,iin,birth_year,organization,region,consent,consent_at,created_at,updated_at\n" +
		",Нұрлан Әбенов,+77021234567,,1999,KazNU,almaty,yes,2026-10-01,,\n"
	if err := os.WriteFile(csv, []byte(rows), 0o600); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(binary, "import-csv", "--db", db, "--kind", "people", csv).CombinedOutput(); err != nil {
		t.Fatalf("import-csv: %v\n%s", err, out)
	}

	tm := start(t, 100, 30, nil, "--db", db, "--lang", "en")
	tm.waitFor("Home")
	tm.keys("d")
	tm.waitFor("Nobody in the queue yet today")

	// A new visitor: nobody matches the name, enter opens the form with it.
	tm.literal("Айгерім Сейтқали")
	tm.waitFor("Nobody found")
	tm.next()
	tm.waitFor("Register a visitor")
	tm.nextTo("Phone") // 1 the name, as typed
	tm.literal("8 701 123 45 67")
	tm.nextTo("Birth year") // 2 phone
	tm.literal("2001")
	tm.nextTo("Organisation") // 3 birth year
	tm.literal("ALT University")
	tm.nextTo("Purpose") // 4 organisation
	tm.nextTo("Consent") // 5 purpose: volunteer registration, the first day's default
	tm.keys("Down")
	tm.next() // 6 consent: on a paper form
	// Nobody is at the desk yet: the first save asks who is working.
	tm.waitFor("Who is working at the desk?")
	tm.literal("Мадина")
	tm.keys("Enter")
	s := tm.waitFor("Registered Айгерім Сейтқали")
	if !strings.Contains(s, "Waiting: 1") {
		t.Fatalf("the new visitor is not in the queue:\n%s", s)
	}

	// A returning visitor: the phone, then two keystrokes.
	tm.literal("8 702 123 45 67")
	tm.waitUntil("the returning visitor found by phone", func(s string) bool {
		return strings.Contains(s, "Found: 1") && strings.Contains(s, "▸ Нұрлан Әбенов")
	})
	tm.keys("Enter")
	tm.waitFor("Purpose of the visit")
	tm.keys("Enter")
	s = tm.waitFor("Нұрлан Әбенов is in the queue")
	if !strings.Contains(s, "Waiting: 2") || !strings.Contains(s, "Айгерім Сейтқали") {
		t.Fatalf("both visitors should wait in the queue:\n%s", s)
	}

	// Serve the first to come, then finish her visit.
	tm.keys("Tab")
	tm.waitFor("▸ ○")
	tm.keys("s")
	tm.waitFor("With a consultant: 1")
	tm.keys("Down", "f")
	s = tm.waitFor("Done: 1")
	if !strings.Contains(s, "Waiting: 1") {
		t.Fatalf("queue after serving and finishing:\n%s", s)
	}
	tm.keys("h")
	s = tm.waitFor("Visitors today: 2")
	if !strings.Contains(s, "Waiting in the queue now: 1") {
		t.Fatalf("home does not count the queue:\n%s", s)
	}
	tm.keys("q")
	tm.waitFor("EXIT=0")

	if out, err := exec.Command(binary, "check", "--db", db).CombinedOutput(); err != nil {
		t.Fatalf("store not fine after the desk: %v\n%s", err, out)
	}
	out, err := exec.Command(binary, "search", "--db", db, "--json", "--kind", "person", "Seitqali").CombinedOutput()
	if err != nil || strings.Count(string(out), `"kind": "person"`) != 1 {
		t.Fatalf("the new visitor should be one person: %v\n%s", err, out)
	}
}
