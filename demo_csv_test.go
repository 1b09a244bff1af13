package main

import (
	"path/filepath"
	"strings"
	"testing"

	"frontoffice/model"
	"frontoffice/storage"
)

// TestDemoExportImportsBack: the demo obeys every rule the desk enforces,
// so its own export-csv goes back through import-csv, with no flag, into an
// empty store: every person, idea and hours entry, each idea with its
// applicant. (Before, 7 people in 100 000 shared an IIN with someone else
// and the import refused the file.)
func TestDemoExportImportsBack(t *testing.T) {
	dir := t.TempDir()
	db, out := filepath.Join(dir, "demo.db"), filepath.Join(dir, "csv")
	mustRun(t, 0, "demo", "--db", db, "--ideas", "3000", "--people", "4000", "--seed", "5")
	mustRun(t, 0, "check", "--db", db)
	mustRun(t, 0, "export-csv", "--db", db, "--out", out)
	want := counts(t, db)
	if want[0] != 4000 || want[1] != 3000 || want[2] == 0 {
		t.Fatalf("the demo made %v", want)
	}

	back := filepath.Join(dir, "back.db")
	for _, k := range []string{"people", "ideas", "hours"} {
		stdout, _ := mustRun(t, 0, "import-csv", "--db", back, "--kind", k, filepath.Join(out, k+".csv"))
		if !strings.Contains(stdout, "skipped 0") {
			t.Errorf("import-csv %s: %s", k, stdout)
		}
	}
	if got := counts(t, back); got != want {
		t.Errorf("imported back %v (people, ideas, hours), the demo had %v", got, want)
	}
	mustRun(t, 0, "check", "--db", back)

	// Each idea keeps its applicant.
	applicants := func(db string) (n int) {
		s, err := storage.Open(db)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		if err := s.List(model.KindIdea, func(r model.Record) error {
			if r.(*model.Idea).ApplicantID != "" {
				n++
			}
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		return n
	}
	if a, b := applicants(db), applicants(back); a != b || a == 0 {
		t.Errorf("%d ideas with an applicant in the demo, %d imported back", a, b)
	}
}
