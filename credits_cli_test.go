package main

import (
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/storage"
	"frontoffice/ui/settings"
)

// creditsStore is a store holding testdata/csv/people.csv and hours of this
// year (and one entry of last year):
//
//	Мадина Салпенова   12 + 9.5 verified, 10 verified last year → counted 21.5, tier 20, 20 000
//	Temirkhan Nurbol   3 × 24 verified, 2 pending               → counted 70 (cap), tier 50, 50 000
//	Әлия Серікқызы     5 pending                                → nothing counted
func creditsStore(t *testing.T) string {
	t.Helper()
	db := storeWithPeople(t)
	// Days of this year that have come by the 4th of January (the credit
	// counts this year's hours; import refuses a day to come): on the 1st
	// to the 3rd it cannot be made, and the tests that need it say so.
	y := time.Now().Year()
	if time.Now().YearDay() < 4 {
		t.Skipf("needs four days of this year behind it (today %s)", time.Now().Format(time.DateOnly))
	}
	rows := []string{
		fmt.Sprintf(",87020001122,%d-01-01,12,Orphanage visits,,verified,N. Popova", y),
		fmt.Sprintf(",87020001122,%d-01-02,\"9,5\",Orphanage visits,,verified,N. Popova", y),
		fmt.Sprintf(",87020001122,%d-05-01,10,Book drive,,verified,N. Popova", y-1),
		fmt.Sprintf(",+7 708 333 44 55,%d-01-01,24,Search for missing people,,verified,N. Popova", y),
		fmt.Sprintf(",+7 708 333 44 55,%d-01-02,24,Search for missing people,,verified,N. Popova", y),
		fmt.Sprintf(",+7 708 333 44 55,%d-01-03,24,Search for missing people,,verified,N. Popova", y),
		fmt.Sprintf(",+7 708 333 44 55,%d-01-04,2,Search for missing people,,,", y),
		fmt.Sprintf(",7011234567,%d-01-04,5,Clean-up,,pending,", y),
	}
	file := filepath.Join(t.TempDir(), "hours.csv")
	data := "\ufeffid,person_phone,date,hours,activity,idea_id,status,verified_by\n" + strings.Join(rows, "\n") + "\n"
	if err := os.WriteFile(file, []byte(data), 0o600); err != nil {
		t.Fatal(err)
	}
	mustRun(t, 0, "import-csv", "--db", db, "--kind", "hours", file)
	return db
}

type creditJSON struct {
	PersonID      string  `json:"person_id"`
	FullName      string  `json:"full_name"`
	Phone         string  `json:"phone"`
	VerifiedHours float64 `json:"verified_hours"`
	PendingHours  float64 `json:"pending_hours"`
	CountedHours  float64 `json:"counted_hours"`
	TierHours     float64 `json:"tier_hours"`
	AmountKZT     int64   `json:"amount_kzt"`
}

var wantCredits = map[string]creditJSON{
	"+77020001122": {FullName: "Мадина Салпенова", VerifiedHours: 31.5, CountedHours: 21.5, TierHours: 20, AmountKZT: 20000},
	"+77083334455": {FullName: "Temirkhan Nurbol", VerifiedHours: 72, PendingHours: 2, CountedHours: 70, TierHours: 50, AmountKZT: 50000},
	"+77011234567": {FullName: "Әлия Серікқызы", PendingHours: 5},
}

func TestCreditsFormats(t *testing.T) {
	db := creditsStore(t)

	out, _ := mustRun(t, 0, "credits", "--db", db, "--format", "json")
	var got []creditJSON
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("json: %v\n%s", err, out)
	}
	if len(got) != len(wantCredits) {
		t.Fatalf("json has %d people, want %d:\n%s", len(got), len(wantCredits), out)
	}
	for _, g := range got {
		w, ok := wantCredits[g.Phone]
		w.PersonID, w.Phone = g.PersonID, g.Phone
		if !ok || g != w || g.PersonID == "" {
			t.Errorf("json row\n got %+v\nwant %+v", g, w)
		}
	}

	out, _ = mustRun(t, 0, "credits", "--db", db, "--format", "csv")
	if !strings.HasPrefix(out, "\ufeff") {
		t.Error("csv lacks the byte-order mark")
	}
	recs, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(out, "\ufeff"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(recs[0], ",") != "person_id,full_name,phone,verified_hours,pending_hours,counted_hours,tier_hours,amount_kzt" {
		t.Errorf("csv header %v", recs[0])
	}
	if len(recs) != 4 {
		t.Fatalf("csv rows: %d", len(recs))
	}
	for _, r := range recs[1:] {
		// The phone carries Excel's text mark ("+" would be a formula; docs/csv.md).
		if !strings.HasPrefix(r[2], "'+7") {
			t.Errorf("csv phone %q, want it marked as text", r[2])
		}
		w := wantCredits[strings.TrimPrefix(r[2], "'")]
		want := []string{w.FullName, fmt.Sprint(w.VerifiedHours), fmt.Sprint(w.PendingHours), fmt.Sprint(w.CountedHours), fmt.Sprint(w.TierHours), fmt.Sprint(w.AmountKZT)}
		got := []string{r[1], r[3], r[4], r[5], r[6], r[7]}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("csv row %v, want %v", got, want)
		}
	}

	out, _ = mustRun(t, 0, "credits", "--db", db)
	out = strings.ReplaceAll(out, "\u00a0", " ") // a sum's no-break spaces, read as spaces
	for _, w := range []string{"Social student credit", "Мадина Салпенова", "21.5", "50 000", "3 people, 70 000 ₸ in all."} {
		if !strings.Contains(out, w) {
			t.Errorf("text lacks %q:\n%s", w, out)
		}
	}
	out, _ = mustRun(t, 0, "credits", "--db", db, "--lang", "ru")
	if !strings.Contains(out, "Социальный студенческий кредит") || !strings.Contains(out, "Сумма, ₸") {
		t.Errorf("ru text:\n%s", out)
	}
	mustRun(t, 2, "credits", "--db", db, "--format", "xml")

	// The office's own rules: one tier of 10 h, no cap.
	s, err := storage.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	s.SetSetting(settings.KeyCreditTiers, "10 = 5 000")
	s.SetSetting(settings.KeyCreditCap, "0")
	s.Close()
	out, _ = mustRun(t, 0, "credits", "--db", db, "--format", "json")
	got = nil
	json.Unmarshal([]byte(out), &got)
	for _, g := range got {
		if g.Phone == "+77083334455" && (g.CountedHours != 72 || g.TierHours != 10 || g.AmountKZT != 5000) {
			t.Errorf("with the office's rules: %+v", g)
		}
	}
}

func TestCreditsEmptyStore(t *testing.T) {
	db := newEmptyStore(t)
	out, _ := mustRun(t, 0, "credits", "--db", db, "--format", "json")
	if strings.TrimSpace(out) != "[]" {
		t.Errorf("empty store: %q", out)
	}
}

var codeRE = regexp.MustCompile(`<b>([0-9A-Z]{5}-[0-9A-Z]{5})</b>`)

func TestCertificateAndCodeCheck(t *testing.T) {
	db := creditsStore(t)
	dir := t.TempDir()
	file := filepath.Join(dir, "madina.html")
	// The phone unquoted, in pieces, as a consultant would type it.
	_, errs := mustRun(t, 0, "certificate", "--db", db, "--lang", "kk", "--out", file, "8", "702", "000", "11", "22")
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	html := string(data)
	for _, w := range []string{"Алғыс хат", "Мадина Салпенова", "31,5", "Orphanage visits", "Book drive", "N. Popova", `lang="kk"`} {
		if !strings.Contains(html, w) {
			t.Errorf("certificate lacks %q", w)
		}
	}
	dec := xml.NewDecoder(strings.NewReader(strings.Replace(html, "<!DOCTYPE html>", "", 1)))
	for {
		if _, err := dec.Token(); err != nil {
			if err.Error() != "EOF" {
				t.Errorf("certificate is not well-formed: %v", err)
			}
			break
		}
	}
	m := codeRE.FindStringSubmatch(html)
	if m == nil {
		t.Fatalf("no code in the certificate:\n%s", html)
	}
	code := m[1]
	if !strings.Contains(errs, code) {
		t.Errorf("the command should name the code: %q", errs)
	}

	out, _ := mustRun(t, 0, "check", "--db", db, "--code", code)
	if !strings.Contains(out, "Мадина Салпенова") || !strings.Contains(out, "31.5") {
		t.Errorf("check --code: %q", out)
	}
	mustRun(t, 0, "check", "--db", db, "--code", strings.ToLower(strings.ReplaceAll(code, "-", "")))
	altered := []rune(code)
	if altered[0] == 'Z' {
		altered[0] = 'Y'
	} else {
		altered[0] = 'Z'
	}
	out, _ = mustRun(t, 1, "check", "--db", db, "--code", string(altered))
	if !strings.Contains(out, "does not match") {
		t.Errorf("altered code: %q", out)
	}
	mustRun(t, 1, "check", "--db", db, "--code", "12")
	// An empty code is a wrong code, not a request for the whole check.
	if out, _ := mustRun(t, 1, "check", "--db", db, "--code", ""); !strings.Contains(out, "not a verification code") {
		t.Errorf("empty code: %q", out)
	}
	// The same spreadsheets in another store: another office, another code.
	other := creditsStore(t)
	mustRun(t, 1, "check", "--db", other, "--code", code)
	// Plain check is unchanged.
	out, _ = mustRun(t, 0, "check", "--db", db)
	if !strings.Contains(out, "is fine") {
		t.Errorf("plain check: %q", out)
	}

	// Changing a covered entry breaks the code.
	s, err := storage.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	p, _ := s.PersonByPhone("+77020001122")
	hs, _ := s.HoursOf(p.ID)
	hs[0].Hours = 1
	if err := s.Update(hs[0]); err != nil {
		t.Fatal(err)
	}
	s.Close()
	mustRun(t, 1, "check", "--db", db, "--code", code)

	// Nobody, and someone without verified hours: exit 1, said on stderr.
	_, errs = mustRun(t, 1, "certificate", "--db", db, "+77019999999")
	if !strings.Contains(errs, "nobody") {
		t.Errorf("unknown person: %q", errs)
	}
	_, errs = mustRun(t, 1, "certificate", "--db", db, "7011234567")
	if !strings.Contains(errs, "no verified hours") {
		t.Errorf("no verified hours: %q", errs)
	}
	mustRun(t, 2, "certificate", "--db", db)
	_ = model.CodeLen
}

// TestImportHoursCSV: hours.csv with good and bad rows, dry run, skipping,
// an edit of a verified entry through the file, and the export → import
// round trip giving the same credits.
func TestImportHoursCSV(t *testing.T) {
	db := storeWithPeople(t)
	dir := t.TempDir()
	day := time.Now().Format(time.DateOnly) // this year's, and not to come
	file := filepath.Join(dir, "hours.csv")
	write := func(rows ...string) {
		data := "\ufeffid,person_phone,date,hours,activity,idea_id,status,verified_by\n" + strings.Join(rows, "\n") + "\n"
		if err := os.WriteFile(file, []byte(data), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	write(fmt.Sprintf(",87020001122,%s,8,Clean-up,,verified,N. Popova", day),
		fmt.Sprintf(",87020001122,%s,25,Clean-up,,,", day), // more than a day
		fmt.Sprintf(",87779999999,%s,3,Clean-up,,,", day),  // nobody has this phone
		fmt.Sprintf(",+7 708 333 44 55,%s,2.5,Clean-up,,,", day))
	_, errs := mustRun(t, 1, "import-csv", "--db", db, "--kind", "hours", file)
	for _, w := range []string{"hours.csv:3: column hours", "hours.csv:4: column person_phone", "Nothing was imported"} {
		if !strings.Contains(errs, w) {
			t.Errorf("stderr lacks %q:\n%s", w, errs)
		}
	}
	if n := counts(t, db)[2]; n != 0 {
		t.Fatalf("a refused file wrote %d entries", n)
	}
	out, _ := mustRun(t, 0, "import-csv", "--db", db, "--kind", "hours", "--dry-run", "--skip-invalid", file)
	if !strings.Contains(out, "would create 2") || counts(t, db)[2] != 0 {
		t.Errorf("dry run: %q, %d entries", out, counts(t, db)[2])
	}
	mustRun(t, 0, "import-csv", "--db", db, "--kind", "hours", "--skip-invalid", file)
	if n := counts(t, db)[2]; n != 2 {
		t.Fatalf("skip-invalid wrote %d entries, want 2", n)
	}

	// Export, then change the verified entry's hours in the file: back to pending.
	exp := filepath.Join(dir, "out")
	mustRun(t, 0, "export-csv", "--db", db, "--out", exp)
	data, err := os.ReadFile(filepath.Join(exp, "hours.csv"))
	if err != nil {
		t.Fatal(err)
	}
	fresh := filepath.Join(t.TempDir(), "fresh.db")
	mustRun(t, 0, "import-csv", "--db", fresh, "--kind", "people", filepath.Join(exp, "people.csv"))
	mustRun(t, 0, "import-csv", "--db", fresh, "--kind", "hours", filepath.Join(exp, "hours.csv"))
	a, _ := mustRun(t, 0, "credits", "--db", db, "--format", "csv")
	b, _ := mustRun(t, 0, "credits", "--db", fresh, "--format", "csv")
	if a != b {
		t.Errorf("credits after the round trip differ:\n%s\n%s", a, b)
	}
	if !strings.Contains(a, ",8,0,8,0,0") {
		t.Errorf("8 verified hours expected:\n%s", a)
	}
	edited := strings.Replace(string(data), ",8,Clean-up,", ",9,Clean-up,", 1)
	if edited == string(data) {
		t.Fatalf("no 8-hour row in the export:\n%s", data)
	}
	if err := os.WriteFile(file, []byte(edited), 0o600); err != nil {
		t.Fatal(err)
	}
	out, _ = mustRun(t, 0, "import-csv", "--db", db, "--kind", "hours", file)
	if !strings.Contains(out, "updated 1") {
		t.Errorf("edit through the file: %q", out)
	}
	a, _ = mustRun(t, 0, "credits", "--db", db, "--format", "csv")
	if !strings.Contains(a, ",0,9,0,0,0") {
		t.Errorf("the edited verified entry should be pending now:\n%s", a)
	}
}
