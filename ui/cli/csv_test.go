package cli

import (
	"bytes"
	"context"
	"encoding/csv"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/model/csvio"
	"frontoffice/storage"
	"frontoffice/ui/i18n"
)

// openStore opens a fresh store in a temporary folder, checked and closed at cleanup.
func openStore(t *testing.T, name string) *storage.Store {
	t.Helper()
	s, err := storage.Open(filepath.Join(t.TempDir(), name))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if p := s.Check(); len(p) > 0 {
			t.Errorf("check %s: %v", name, p)
		}
		s.Close()
	})
	return s
}

func create(t *testing.T, s *storage.Store, r model.Record) {
	t.Helper()
	if err := s.Create(r); err != nil {
		t.Fatalf("create %s: %v", r.Env().Kind, err)
	}
}

// office is a store with what export-csv writes: people (one merged away),
// ideas with and without an applicant, hours and a consultation.
type office struct {
	store                *storage.Store
	madina, nurbol, dup  *model.Person
	minor                *model.Person // 14, registered at the desk with a guardian
	park, books, victory *model.Idea
	visits, search       *model.Hours
}

func newOffice(t *testing.T) *office {
	t.Helper()
	o := &office{store: openStore(t, "a.db")}
	created := time.Date(2026, 1, 10, 8, 15, 30, 123456789, time.UTC) // export keeps whole seconds

	person := func(name, phone string) *model.Person {
		p := model.New(model.KindPerson).(*model.Person)
		p.FullName, p.Phone, p.Region = name, phone, "karaganda"
		p.Consent, p.ConsentMethod, p.ConsentAt = true, "paper", "2026-02-13"
		p.CreatedAt = created
		return p
	}
	o.madina = person("Мадина «Ақ» Салпенова", "+77020001122")
	o.madina.Organization = `Колледж "Болашақ", Қарағанды`
	o.madina.BirthYear = 1985
	o.madina.Notes = "not in the CSV"
	create(t, o.store, o.madina)
	o.nurbol = person("Temirkhan Nurbol", "+77083334455")
	o.nurbol.IIN, o.nurbol.BirthYear, o.nurbol.Region = "791028302728", 1979, "astana"
	create(t, o.store, o.nurbol)
	o.minor = person("Айым Серікқызы", "+77015550011")
	o.minor.BirthYear = time.Now().Year() - 14
	o.minor.GuardianName, o.minor.GuardianPhone, o.minor.GuardianConsent = "Серік Ахметов", "+77071112233", true
	create(t, o.store, o.minor)
	o.dup = person("Мадина С.", "+77020009999")
	o.dup.MergedInto = o.madina.ID
	create(t, o.store, o.dup)

	idea := func(title string) *model.Idea {
		i := model.New(model.KindIdea).(*model.Idea)
		i.Title, i.Summary, i.Direction, i.Region, i.Status = title, "Бір жол", "bilim", "karaganda", "draft"
		i.CreatedAt = created
		return i
	}
	o.park = idea("Таза әлем: саябақ")
	o.park.Summary = "Бірінші жол,\nекінші жол «тырнақша» \"quotes\""
	o.park.Direction, o.park.SDGs, o.park.BudgetKZT = "taza_alem", []model.SDG{11, 15}, 45_000
	o.park.ApplicantID = o.madina.ID
	create(t, o.store, o.park)
	o.books = idea("Кітап жинау")
	o.books.ApplicantName, o.books.Organization, o.books.Status = "Ерлан Б.", "Мектеп №5", "consulting"
	create(t, o.store, o.books)
	o.victory = idea("Victory: elders and children")
	o.victory.ApplicantID = o.dup.ID // merged away: export names Madina
	o.victory.Direction, o.victory.Status = "sabaqtastyq", "ready"
	create(t, o.store, o.victory)

	hours := func(p *model.Person, date model.Date, h float64) *model.Hours {
		x := model.New(model.KindHours).(*model.Hours)
		x.PersonID, x.Date, x.Hours, x.Activity, x.Status = p.ID, date, h, "Orphanage visits", "pending"
		return x
	}
	o.visits = hours(o.madina, "2026-02-20", 9.5)
	o.visits.Status, o.visits.VerifiedBy, o.visits.VerifiedAt = "verified", "N. Popova", created
	o.visits.IdeaID = o.park.ID
	create(t, o.store, o.visits)
	o.search = hours(o.nurbol, "2026-03-05", 5)
	create(t, o.store, o.search)

	c := model.New(model.KindConsultation).(*model.Consultation)
	c.Date, c.DurationMin, c.Consultant = "2026-02-13", 45, "Ольга Петрова"
	c.Services, c.PersonID, c.IdeaID = []model.Service{"project_design", "grant_writing"}, o.madina.ID, o.park.ID
	c.Notes, c.NextSteps, c.FollowUp = "Бюджет, команда", "Логфрейм", "2026-02-27"
	create(t, o.store, c)
	return o
}

func exportTo(t *testing.T, s *storage.Store, dir string) {
	t.Helper()
	var out, errw bytes.Buffer
	if ok, err := ExportCSV(context.Background(), s, i18n.New(model.EN), dir, &out, &errw); !ok || err != nil {
		t.Fatalf("export: %v %v %s", ok, err, errw.String())
	}
}

func importFile(t *testing.T, s *storage.Store, k csvio.Kind, path string) string {
	t.Helper()
	var out, errw bytes.Buffer
	if ok, err := ImportCSV(s, i18n.New(model.EN), ImportOptions{Kind: k}, path, &out, &errw); !ok || err != nil {
		t.Fatalf("import %s: %v %v %s", path, ok, err, errw.String())
	}
	return out.String()
}

// readCSV reads an exported file: it must start with a BOM and the contract's header.
func readCSV(t *testing.T, path string, k csvio.Kind) [][]string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(data, []byte("\ufeff")) {
		t.Errorf("%s has no byte-order mark", path)
	}
	rows, err := csv.NewReader(bytes.NewReader(data[3:])).ReadAll()
	if err != nil {
		t.Fatalf("%s is not RFC 4180: %v", path, err)
	}
	if !slices.Equal(rows[0], csvio.Header(k)) {
		t.Errorf("%s header %v", path, rows[0])
	}
	return rows
}

// withoutUpdatedAt blanks the updated_at column: an import stamps its own time.
func withoutUpdatedAt(rows [][]string) [][]string {
	i := slices.Index(rows[0], "updated_at")
	for _, r := range rows[1:] {
		if i >= 0 {
			r[i] = ""
		}
	}
	return rows
}

// TestExportImportRoundTrip: export-csv, then import-csv of people, ideas and
// hours into an empty store, gives the same records with the same ids, and
// exporting that store gives the same files.
func TestExportImportRoundTrip(t *testing.T) {
	o := newOffice(t)
	dirA := filepath.Join(t.TempDir(), "a", "csv") // made when missing
	exportTo(t, o.store, dirA)
	for _, k := range csvio.ExportKinds() {
		rows := readCSV(t, filepath.Join(dirA, csvio.FileName(k)), k)
		if want := map[csvio.Kind]int{csvio.People: 3, csvio.Ideas: 3, csvio.Hours: 2, csvio.Consultations: 1}[k]; len(rows)-1 != want {
			t.Errorf("%s: %d rows, want %d", k, len(rows)-1, want)
		}
	}
	// A phone begins with "+", which a spreadsheet takes for a formula: it is
	// written with Excel's text mark (docs/csv.md) and import takes it off.
	phone := "'" + o.madina.Phone
	if c := readCSV(t, filepath.Join(dirA, "consultations.csv"), csvio.Consultations)[1]; c[2] != phone ||
		c[5] != "project_design;grant_writing" || c[6] != "45" || c[9] != "2026-02-27" {
		t.Errorf("consultation row %q", c)
	}
	for _, row := range readCSV(t, filepath.Join(dirA, "ideas.csv"), csvio.Ideas)[1:] {
		if row[0] == o.park.ID && (row[7] != phone || row[8] != o.madina.FullName) {
			t.Errorf("a registered applicant's phone and name should be in the row: %q", row)
		}
	}
	if left, _ := filepath.Glob(filepath.Join(dirA, ".*")); len(left) != 0 {
		t.Errorf("temporary files left: %v", left)
	}

	b := openStore(t, "b.db")
	for _, k := range []csvio.Kind{csvio.People, csvio.Ideas, csvio.Hours} {
		if out := importFile(t, b, k, filepath.Join(dirA, csvio.FileName(k))); !strings.Contains(out, "skipped 0") {
			t.Errorf("import %s: %s", k, out)
		}
	}

	for _, p := range []*model.Person{o.madina, o.nurbol} {
		got, err := storage.GetAs[*model.Person](b, model.KindPerson, p.ID)
		if err != nil {
			t.Fatalf("person %s not imported with its id: %v", p.FullName, err)
		}
		if !got.UpdatedAt.Equal(p.UpdatedAt.Truncate(time.Second)) {
			t.Errorf("%s: updated_at %v, want %v as exported", p.FullName, got.UpdatedAt, p.UpdatedAt)
		}
		if got.FullName != p.FullName || got.Phone != p.Phone || got.IIN != p.IIN || got.BirthYear != p.BirthYear ||
			got.Organization != p.Organization || got.Region != p.Region || !got.Consent || got.ConsentAt != p.ConsentAt ||
			!got.CreatedAt.Equal(p.CreatedAt.Truncate(time.Second)) {
			t.Errorf("person read back\n got %+v\nwant %+v", got, p)
		}
	}
	if n, _ := b.Count(model.KindPerson); n != 3 {
		t.Errorf("%d people, want 3 (the merged-away duplicate is not exported)", n)
	}
	// A minor comes back with their guardian's consent; the guardian's name and
	// phone have no column, so the card asks for them at the desk.
	if got, err := storage.GetAs[*model.Person](b, model.KindPerson, o.minor.ID); err != nil ||
		got.BirthYear != o.minor.BirthYear || !got.Consent || !got.GuardianConsent || got.GuardianName != "" {
		t.Errorf("minor read back: %+v, %v", got, err)
	}
	for _, i := range []*model.Idea{o.park, o.books, o.victory} {
		got, err := storage.GetAs[*model.Idea](b, model.KindIdea, i.ID)
		if err != nil {
			t.Fatalf("idea %s not imported with its id: %v", i.Title, err)
		}
		wantApplicant := i.ApplicantID
		if wantApplicant == o.dup.ID {
			wantApplicant = o.madina.ID
		}
		if got.Title != i.Title || got.Summary != i.Summary || got.Direction != i.Direction || got.Region != i.Region ||
			got.Status != i.Status || !slices.Equal(got.SDGs, i.SDGs) || got.ApplicantID != wantApplicant ||
			got.ApplicantName != i.ApplicantName || got.Organization != i.Organization || got.BudgetKZT != i.BudgetKZT ||
			!got.CreatedAt.Equal(i.CreatedAt.Truncate(time.Second)) {
			t.Errorf("idea read back\n got %+v\nwant %+v", got, i)
		}
	}
	for _, h := range []*model.Hours{o.visits, o.search} {
		got, err := storage.GetAs[*model.Hours](b, model.KindHours, h.ID)
		if err != nil {
			t.Fatalf("hours %s not imported with its id: %v", h.ID, err)
		}
		if got.PersonID != h.PersonID || got.Date != h.Date || got.Hours != h.Hours || got.Activity != h.Activity ||
			got.IdeaID != h.IdeaID || got.Status != h.Status || got.VerifiedBy != h.VerifiedBy {
			t.Errorf("hours read back\n got %+v\nwant %+v", got, h)
		}
	}

	// The second store exports the same files, but for the time of the import.
	dirB := t.TempDir()
	exportTo(t, b, dirB)
	for _, k := range []csvio.Kind{csvio.People, csvio.Ideas, csvio.Hours} {
		a := withoutUpdatedAt(readCSV(t, filepath.Join(dirA, csvio.FileName(k)), k))
		bb := withoutUpdatedAt(readCSV(t, filepath.Join(dirB, csvio.FileName(k)), k))
		if !slices.EqualFunc(a, bb, slices.Equal) {
			t.Errorf("%s differs after the round trip:\n%q\n%q", k, a, bb)
		}
	}
}

// TestReimportUnchanged: importing a store's own export changes nothing and
// says so; the revisions stay where they were.
func TestReimportUnchanged(t *testing.T) {
	o := newOffice(t)
	dir := t.TempDir()
	exportTo(t, o.store, dir)
	for k, n := range map[csvio.Kind]int{csvio.People: 3, csvio.Ideas: 3, csvio.Hours: 2} {
		out := importFile(t, o.store, k, filepath.Join(dir, csvio.FileName(k)))
		if want := "Created 0, updated 0, unchanged " + string(rune('0'+n)); !strings.Contains(out, want) {
			t.Errorf("re-import %s: %q, want %q", k, out, want)
		}
	}
	for _, id := range []string{o.park.ID, o.victory.ID} {
		if got, _ := storage.GetAs[*model.Idea](o.store, model.KindIdea, id); got.Rev != 1 {
			t.Errorf("idea %s has rev %d after an unchanged re-import", got.Title, got.Rev)
		}
	}
	if got, _ := storage.GetAs[*model.Person](o.store, model.KindPerson, o.madina.ID); got.Rev != 1 || got.Notes != o.madina.Notes {
		t.Errorf("person after re-import %+v", got)
	}
}

func TestExportCannotWrite(t *testing.T) {
	s := openStore(t, "a.db")
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	for lang, want := range map[model.Lang]string{model.EN: "Cannot write", model.RU: "Не удаётся записать", model.KK: "жазу мүмкін емес"} {
		var out, errw bytes.Buffer
		ok, err := ExportCSV(context.Background(), s, i18n.New(lang), filepath.Join(file, "csv"), &out, &errw)
		if ok || err != nil || !strings.Contains(errw.String(), want) || !strings.Contains(errw.String(), file) {
			t.Errorf("%s: export into a file: %v %v %q", lang, ok, err, errw.String())
		}
	}
}

// TestEveryReasonTranslated: every reason a CSV problem can carry reads as a
// sentence in each language, never as a key.
func TestEveryReasonTranslated(t *testing.T) {
	reasons := []model.Reason{
		csvio.ReasonEmptyFile, csvio.ReasonNotUTF8, csvio.ReasonSemicolons, csvio.ReasonBareQuote,
		csvio.ReasonBadQuote, csvio.ReasonColumnCount, csvio.ReasonMissingColumn, csvio.ReasonUnknownColumn,
		csvio.ReasonRepeatedColumn, csvio.ReasonEmptyColumnName, csvio.ReasonBadConsent, csvio.ReasonNoConsent,
		csvio.ReasonUnknownApplicant, csvio.ReasonUnknownPerson, csvio.ReasonUnknownIdea, csvio.ReasonBadID,
		csvio.ReasonDeleted, csvio.ReasonRepeatsLine, csvio.ReasonTakenBy, csvio.ReasonMinor,
		csvio.ReasonYearVsIIN, csvio.ReasonBadSDGs, csvio.ReasonTabs, csvio.ReasonUTF16, csvio.ReasonNULByte,
		csvio.ReasonUnclosedQuote, csvio.ReasonCellTooBig, csvio.ReasonQuotedTooBig, csvio.ReasonRowTooBig,
		model.ReasonRequired, model.ReasonTooLong, model.ReasonUnknownCode, model.ReasonBadPhone,
		model.ReasonBadIIN, model.ReasonBadYear, model.ReasonBadNumber, model.ReasonNegative,
		model.ReasonTooLarge, model.ReasonBadDate, model.ReasonBadHours, model.ReasonConsentNeeded,
		model.ReasonControlChars, model.ReasonBadRef,
	}
	for _, lang := range model.Langs() {
		tr := i18n.New(lang)
		for _, r := range reasons {
			p := csvio.Problem{Line: 3, Column: "phone", Reason: r, Value: "8 999", Allowed: []string{"a", "b"},
				Got: 4, Want: 13, OtherLine: 2, OtherName: "Мадина", OtherID: "x"}
			got := ProblemText(tr, csvio.People, "people.csv", p)
			if strings.Contains(got, "reason.") || strings.Contains(got, "%!") || !strings.HasPrefix(got, "people.csv:3: ") {
				t.Errorf("%s %s: %q", lang, r, got)
			}
		}
	}
}

func TestProblemTextSaysWhereAndWhy(t *testing.T) {
	for _, tc := range []struct {
		lang model.Lang
		p    csvio.Problem
		want string
	}{
		{model.EN, csvio.Problem{Line: 4, Column: "budget_kzt", Reason: model.ReasonBadNumber, Value: "сорок тысяч"},
			`ideas.csv:4: column budget_kzt: must be a number, without letters (the cell holds "сорок тысяч")`},
		{model.RU, csvio.Problem{Line: 5, Column: "applicant_phone", Reason: csvio.ReasonUnknownApplicant, Value: "8 701 999 99 99"},
			`ideas.csv:5: столбец applicant_phone: в хранилище нет человека с этим телефоном: сначала импортируйте people.csv`},
		{model.KK, csvio.Problem{Line: 3, Reason: csvio.ReasonNotUTF8},
			"ideas.csv:3: файл UTF-8 кодтауында емес"},
		{model.EN, csvio.Problem{Reason: csvio.ReasonEmptyFile}, "ideas.csv: the file is empty"},
		{model.EN, csvio.Problem{Line: 6, Reason: csvio.ReasonColumnCount, Got: 4, Want: 13},
			"ideas.csv:6: this line has 4 columns, the header has 13"},
	} {
		if got := ProblemText(i18n.New(tc.lang), csvio.Ideas, "ideas.csv", tc.p); !strings.HasPrefix(got, tc.want) {
			t.Errorf("%s: %q, want it to start with %q", tc.lang, got, tc.want)
		}
	}
}

// TestExportLeavesOutWithdrawnConsent: a person who withdrew consent, and their
// hours, are not in the spreadsheets; the files still import cleanly.
func TestExportLeavesOutWithdrawnConsent(t *testing.T) {
	o := newOffice(t)
	if err := o.store.WithdrawConsent(o.nurbol.ID); err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "csv")
	exportTo(t, o.store, dir)
	people := readCSV(t, filepath.Join(dir, "people.csv"), csvio.People)
	for _, row := range people[1:] {
		if row[0] == o.nurbol.ID {
			t.Fatalf("withdrawn person exported: %q", row)
		}
	}
	b := openStore(t, "b.db")
	for _, k := range []csvio.Kind{csvio.People, csvio.Ideas, csvio.Hours} {
		if out := importFile(t, b, k, filepath.Join(dir, csvio.FileName(k))); !strings.Contains(out, "skipped 0") {
			t.Errorf("import %s: %s", k, out)
		}
	}
}
