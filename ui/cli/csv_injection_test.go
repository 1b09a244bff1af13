package cli

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"frontoffice/model"
	"frontoffice/model/csvio"
	"frontoffice/storage"
	"frontoffice/ui/i18n"
)

// injectionPayloads are OWASP's CSV-injection payloads and the issue's
// (model/csvio/testdata/csv_injection.txt) that a record may hold: the model
// refuses control characters in stored text, so those with any are left out
// here (model/csvio's tests take them).
func injectionPayloads(t *testing.T) []string {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "..", "model", "csvio", "testdata", "csv_injection.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		p, err := strconv.Unquote(line)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.ContainsAny(p, "\t\r\n") {
			out = append(out, p)
		}
	}
	return out
}

// spreadsheetRuns is how a spreadsheet sees a cell, apart from the code under
// test: = + - @ first (after spaces too, full-width too), or a tab or line
// break first, is a formula or a new cell; and in a Russian or Kazakh locale
// Excel also splits at ";".
func spreadsheetRuns(cell string) bool {
	for _, part := range strings.Split(cell, ";") {
		if part != "" && strings.ContainsRune("\t\r\n", rune(part[0])) {
			return true
		}
		r, _ := utf8.DecodeRuneInString(strings.TrimLeftFunc(part, unicode.IsSpace))
		if strings.ContainsRune("=+-@＝＋－＠", r) {
			return true
		}
	}
	return false
}

// checkCells reads a CSV file the program wrote and fails for any cell outside
// the number columns that a spreadsheet would run; it returns the rows.
func checkCells(t *testing.T, name string, data []byte, numbers ...string) [][]string {
	t.Helper()
	if !bytes.HasPrefix(data, []byte("\ufeff")) {
		t.Errorf("%s has no byte-order mark", name)
	}
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\ufeff")))).ReadAll()
	if err != nil {
		t.Fatalf("%s is not RFC 4180: %v", name, err)
	}
	for _, row := range rows[1:] {
		for i, cell := range row {
			if !slices.Contains(numbers, rows[0][i]) && spreadsheetRuns(cell) {
				t.Errorf("%s: column %s holds %q, which a spreadsheet would run", name, rows[0][i], cell)
			}
		}
	}
	return rows
}

// TestExportCSVNeutralisesInjection: people, ideas, hours and consultations
// whose texts are injection payloads (as a CSV import or another office's
// bundle may bring them) are exported with no cell a spreadsheet would run;
// import-csv of those files into an empty store gives back exactly the same
// texts, and the phones the same phones.
func TestExportCSVNeutralisesInjection(t *testing.T) {
	a := openStore(t, "a.db")
	payloads := injectionPayloads(t)
	var people []*model.Person
	var ideas []*model.Idea
	for n, p := range payloads {
		person := model.New(model.KindPerson).(*model.Person)
		person.FullName, person.Organization, person.Phone = p, p, fmt.Sprintf("+7702%07d", n)
		person.Consent, person.ConsentMethod, person.ConsentAt, person.Region = true, "paper", "2026-02-13", "karaganda"
		create(t, a, person)
		people = append(people, person)

		i := model.New(model.KindIdea).(*model.Idea)
		i.Title, i.Summary, i.Organization = p, p, p
		i.Direction, i.Region, i.Status = "bilim", "astana", "draft"
		if n%2 == 0 {
			i.ApplicantName = p // no registered applicant: the name is the idea's own
		} else {
			i.ApplicantID = person.ID
		}
		create(t, a, i)
		ideas = append(ideas, i)

		h := model.New(model.KindHours).(*model.Hours)
		h.PersonID, h.Date, h.Hours, h.Activity, h.Status = person.ID, "2026-02-10", 2, p, "pending"
		create(t, a, h)

		c := model.New(model.KindConsultation).(*model.Consultation)
		c.Date, c.DurationMin, c.Consultant, c.Notes, c.NextSteps = "2026-02-13", 30, p, p, p
		c.Services, c.PersonID, c.IdeaID = []model.Service{"project_design"}, person.ID, i.ID
		create(t, a, c)
	}

	dir := filepath.Join(t.TempDir(), "csv")
	exportTo(t, a, dir)
	numbers := []string{"budget_kzt", "birth_year", "hours", "duration_min"}
	for _, k := range csvio.ExportKinds() {
		data, err := os.ReadFile(filepath.Join(dir, csvio.FileName(k)))
		if err != nil {
			t.Fatal(err)
		}
		if rows := checkCells(t, csvio.FileName(k), data, numbers...); len(rows)-1 != len(payloads) {
			t.Errorf("%s: %d rows, want %d", k, len(rows)-1, len(payloads))
		}
	}

	b := openStore(t, "b.db")
	for _, k := range []csvio.Kind{csvio.People, csvio.Ideas, csvio.Hours} {
		if out := importFile(t, b, k, filepath.Join(dir, csvio.FileName(k))); !strings.Contains(out, fmt.Sprintf("Created %d,", len(payloads))) {
			t.Errorf("import %s: %s", k, out)
		}
	}
	for n, want := range people {
		got, err := b.PersonByPhone(want.Phone)
		if err != nil {
			t.Fatalf("%q: phone %s: %v", payloads[n], want.Phone, err)
		}
		if got.ID != want.ID || got.FullName != want.FullName || got.Organization != want.Organization {
			t.Errorf("person %q came back as %q, %q (id %s, want %s)", want.FullName, got.FullName, got.Organization, got.ID, want.ID)
		}
	}
	for _, want := range ideas {
		r, err := b.Get(model.KindIdea, want.ID)
		if err != nil {
			t.Fatal(err)
		}
		got := r.(*model.Idea)
		if got.Title != want.Title || got.Summary != want.Summary || got.Organization != want.Organization ||
			got.ApplicantID != want.ApplicantID || (want.ApplicantID == "" && got.ApplicantName != want.ApplicantName) {
			t.Errorf("idea %q came back as %+v", want.Title, got)
		}
	}
	var activities []string
	if err := b.List(model.KindHours, func(r model.Record) error {
		activities = append(activities, r.(*model.Hours).Activity)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	slices.Sort(activities)
	want := slices.Clone(payloads)
	slices.Sort(want)
	if !slices.Equal(activities, want) {
		t.Errorf("hours' activities came back as %q, want %q", activities, want)
	}
}

// TestCreditsCSVNeutralisesInjection: credits --format csv writes a payload
// name safe to open and the phone with the text mark; the hours stay numbers.
func TestCreditsCSVNeutralisesInjection(t *testing.T) {
	s := openStore(t, "credits.db")
	for n, p := range injectionPayloads(t) {
		person := model.New(model.KindPerson).(*model.Person)
		person.FullName, person.Phone = p, fmt.Sprintf("+7702%07d", n)
		person.Consent, person.ConsentMethod, person.ConsentAt = true, "paper", "2026-02-01"
		create(t, s, person)
		if _, err := s.LogHoursBatch(model.Hours{Date: "2026-02-10", Activity: "Concert"},
			[]storage.BulkHours{{PersonID: person.ID, Hours: 1.5}}); err != nil {
			t.Fatal(err)
		}
	}
	var out bytes.Buffer
	if err := Credits(s, i18n.New(model.EN), "csv", creditsNow, &out); err != nil {
		t.Fatal(err)
	}
	rows := checkCells(t, "credits.csv", out.Bytes(), creditHeader[3:]...)
	if !slices.Equal(rows[0], creditHeader) || len(rows) < 2 {
		t.Fatalf("credits.csv: %q", rows)
	}
	for _, row := range rows[1:] {
		if !strings.HasPrefix(row[2], "'+7702") || row[4] != "1.5" {
			t.Errorf("credits row %q: the phone with its text mark, pending hours 1.5", row)
		}
	}
}
