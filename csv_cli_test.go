package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"frontoffice/model"
	"frontoffice/storage"
)

// The import-csv and export-csv commands end to end, through run, on the
// fixtures in testdata/csv.

func csvFixture(name string) string { return filepath.Join("testdata", "csv", name) }

// counts opens the store at db and counts its people, ideas and hours.
func counts(t *testing.T, db string) [3]int {
	t.Helper()
	s, err := storage.Open(db)
	if err != nil {
		t.Fatalf("open %s: %v", db, err)
	}
	defer s.Close()
	var n [3]int
	for i, k := range []model.Kind{model.KindPerson, model.KindIdea, model.KindHours} {
		if n[i], err = s.Count(k); err != nil {
			t.Fatal(err)
		}
	}
	return n
}

// mustRun runs the command line and stops the test unless it exits with code.
func mustRun(t *testing.T, code int, args ...string) (string, string) {
	t.Helper()
	got, out, errs := runCLI(t, args...)
	if got != code {
		t.Fatalf("%v: exit %d, want %d\nstdout: %s\nstderr: %s", args, got, code, out, errs)
	}
	return out, errs
}

// storeWithPeople is a store holding testdata/csv/people.csv.
func storeWithPeople(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "fo.db")
	mustRun(t, 0, "import-csv", "--db", db, "--kind", "people", csvFixture("people.csv"))
	return db
}

func TestImportCSVThenExport(t *testing.T) {
	db := filepath.Join(t.TempDir(), "fo.db")
	for _, k := range []string{"people", "ideas", "hours"} {
		out, errs := mustRun(t, 0, "import-csv", "--db", db, "--kind", k, csvFixture(k+".csv"))
		if !strings.Contains(out, "Created 3, updated 0, unchanged 0, skipped 0") || errs != "" {
			t.Errorf("import %s: %q %q", k, out, errs)
		}
	}
	if n := counts(t, db); n != [3]int{3, 3, 3} {
		t.Fatalf("people, ideas, hours: %v", n)
	}

	dir := filepath.Join(t.TempDir(), "out")
	out, _ := mustRun(t, 0, "export-csv", "--db", db, "--out", dir)
	if !strings.Contains(out, "people — 3, ideas — 3, consultations — 0, hours entries — 3") {
		t.Errorf("export summary %q", out)
	}
	headers := map[string]string{
		"ideas.csv":         "id,title,summary,direction,region,status,sdgs,applicant_phone,applicant_name,organization,budget_kzt,created_at,updated_at",
		"people.csv":        "id,full_name,phone,iin,birth_year,organization,region,consent,consent_at,created_at,updated_at",
		"hours.csv":         "id,person_phone,date,hours,activity,idea_id,status,verified_by",
		"consultations.csv": "id,date,person_phone,idea_id,consultant,services,duration_min,notes,next_steps,follow_up",
	}
	for name, h := range headers {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.HasPrefix(data, []byte("\xef\xbb\xbf"+h+"\r\n")) {
			t.Errorf("%s starts %q", name, data[:min(len(data), 80)])
		}
	}
	ideas, _ := os.ReadFile(filepath.Join(dir, "ideas.csv"))
	// The phone carries Excel's text mark, so "+" is not taken for a formula (docs/csv.md).
	for _, want := range []string{",taza_alem,karaganda,draft,11;15,'+77020001122,", ",bilim,astana,draft,4,,Ерлан Б.,"} {
		if !bytes.Contains(ideas, []byte(want)) {
			t.Errorf("ideas.csv lacks %q:\n%s", want, ideas)
		}
	}

	// Importing again changes nothing: people are found by phone, exported
	// rows by their id.
	out, _ = mustRun(t, 0, "import-csv", "--db", db, "--kind", "people", csvFixture("people.csv"))
	if !strings.Contains(out, "Created 0, updated 0, unchanged 3") {
		t.Errorf("people again: %q", out)
	}
	for _, k := range []string{"people", "ideas", "hours"} {
		out, _ = mustRun(t, 0, "import-csv", "--db", db, "--kind", k, filepath.Join(dir, k+".csv"))
		if !strings.Contains(out, "Created 0, updated 0, unchanged 3") {
			t.Errorf("exported %s again: %q", k, out)
		}
	}

	// An edited row with its id updates that record, in place.
	edited := bytes.Replace(ideas, []byte("Кітап жинау"), []byte("Кітап жинау және жөндеу"), 1)
	editedPath := filepath.Join(dir, "edited.csv")
	if err := os.WriteFile(editedPath, edited, 0o600); err != nil {
		t.Fatal(err)
	}
	out, _ = mustRun(t, 0, "import-csv", "--db", db, "--kind", "ideas", editedPath)
	if !strings.Contains(out, "Created 0, updated 1, unchanged 2") {
		t.Errorf("edited ideas: %q", out)
	}
	if n := counts(t, db); n != [3]int{3, 3, 3} {
		t.Errorf("after re-imports: %v, want no duplicates", n)
	}
	mustRun(t, 0, "check", "--db", db)
}

func TestImportCSVRefusesBadFiles(t *testing.T) {
	dir := t.TempDir()
	badHours := filepath.Join(dir, "hours_bad.csv")
	if err := os.WriteFile(badHours, []byte("\ufeffid,person_phone,date,hours,activity,idea_id,status,verified_by\n"+
		",87020001122,2026-02-20,2,Visits,,,\n"+
		",8 701 999 99 99,2026-02-20,2,Visits,,,\n"+
		",87020001122,2026-02-30,nine,Visits,,done,\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		file, kind, lang string
		want             []string
	}{
		{csvFixture("people_bad.csv"), "people", "en", []string{
			"people_bad.csv:2: column consent: says no: personal data is stored only with the person's consent",
			`people_bad.csv:4: column phone: is not a Kazakhstan phone number`, `"8 999 123"`,
			"people_bad.csv:5: column iin: is not a valid IIN",
			"people_bad.csv:6: column phone: line 3 of this file already has the same person",
			"Nothing was imported: rows with problems: 4", "--skip-invalid"}},
		{csvFixture("people_bad.csv"), "people", "ru", []string{
			"people_bad.csv:5: столбец iin: ", "Ничего не импортировано"}},
		{csvFixture("ideas_bad.csv"), "ideas", "en", []string{
			"ideas_bad.csv:3: column direction: is not an allowed value: use one of the codes bilim, qamqor",
			`ideas_bad.csv:4: column budget_kzt: must be a number, without letters (the cell holds "сорок тысяч")`,
			"ideas_bad.csv:5: column applicant_phone: nobody in the store has this phone: import people.csv first",
			"ideas_bad.csv:6: this line has 4 columns, the header has 13"}},
		{csvFixture("ideas.csv"), "ideas", "en", []string{ // before people.csv: applicants unknown
			"ideas.csv:2: column applicant_phone: nobody in the store has this phone: import people.csv first"}},
		{csvFixture("ideas_missing_column.csv"), "ideas", "en", []string{
			"ideas_missing_column.csv:1: column region: the header lacks this column",
			"ideas_missing_column.csv:1: column colour: is not a column of ideas.csv",
			"Nothing was imported from"}},
		{csvFixture("ideas_quotes.csv"), "ideas", "en", []string{ // line 3's bare quote is not reached: the file is broken
			"ideas_quotes.csv:4: column title: a quoted cell is not closed properly", "so the whole file is refused",
			"Nothing was imported from"}},
		{csvFixture("people_cp1251.csv"), "people", "en", []string{
			"people_cp1251.csv:3: the file is not UTF-8 text (perhaps saved as Windows-1251", "CSV UTF-8", "(*.xlsx)", "import-sheet"}},
		{csvFixture("people_cp1251.csv"), "people", "ru", []string{"people_cp1251.csv:3: файл не в кодировке UTF-8", "«Книга Excel (*.xlsx)»"}},
		{csvFixture("people_cp1251.csv"), "people", "kk", []string{"people_cp1251.csv:3: файл UTF-8 кодтауында емес", "«Excel жұмыс кітабы (*.xlsx)»"}},
		{csvFixture("empty.csv"), "people", "en", []string{"empty.csv: the file is empty"}},
		{csvFixture("bom_only.csv"), "ideas", "en", []string{"bom_only.csv: the file is empty"}},
		{filepath.Join(dir, "nowhere.csv"), "people", "en", []string{"Cannot read", "there is no such file"}},
		{dir, "people", "en", []string{"Cannot read", "it is a folder, not a file"}}, // opens, then fails to read
		{badHours, "hours", "en", []string{
			"hours_bad.csv:3: column person_phone: nobody in the store has this phone: import people.csv first",
			"hours_bad.csv:4: column date: ", "hours_bad.csv:4: column hours: ", "hours_bad.csv:4: column status: "}},
	} {
		t.Run(filepath.Base(tc.file)+"/"+tc.lang, func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "fo.db")
			if tc.file != csvFixture("ideas.csv") {
				db = storeWithPeople(t)
			}
			before := counts(t, db)
			out, errs := mustRun(t, 1, "import-csv", "--db", db, "--lang", tc.lang, "--kind", tc.kind, tc.file)
			for _, w := range tc.want {
				if !strings.Contains(errs, w) {
					t.Errorf("stderr lacks %q:\n%s", w, errs)
				}
			}
			if out != "" {
				t.Errorf("stdout of a refused import: %q", out)
			}
			if after := counts(t, db); after != before {
				t.Errorf("a refused file changed the store: %v, was %v", after, before)
			}
			mustRun(t, 0, "check", "--db", db)
		})
	}
}

func TestImportCSVSkipInvalidAndDryRun(t *testing.T) {
	db := filepath.Join(t.TempDir(), "fo.db")
	out, _ := mustRun(t, 0, "import-csv", "--db", db, "--dry-run", "--kind", "people", csvFixture("people.csv"))
	if !strings.Contains(out, "Dry run, nothing was written: would create 3") {
		t.Errorf("dry run: %q", out)
	}
	_, errs := mustRun(t, 1, "import-csv", "--db", db, "--dry-run", "--kind", "people", csvFixture("people_bad.csv"))
	if !strings.Contains(errs, "people_bad.csv:2: column consent") || !strings.Contains(errs, "Dry run, nothing was written: rows with problems: 4") {
		t.Errorf("dry run of a bad file: %q", errs)
	}
	out, _ = mustRun(t, 0, "import-csv", "--db", db, "--dry-run", "--skip-invalid", "--kind", "people", csvFixture("people_bad.csv"))
	if !strings.Contains(out, "would create 1, update 0, leave 0 unchanged, skip 4") {
		t.Errorf("dry run skipping bad rows: %q", out)
	}
	if n := counts(t, db); n != [3]int{} {
		t.Fatalf("a dry run wrote %v", n)
	}

	out, errs = mustRun(t, 0, "import-csv", "--db", db, "--skip-invalid", "--kind", "people", csvFixture("people_bad.csv"))
	if !strings.Contains(out, "Created 1, updated 0, unchanged 0, skipped 4") || !strings.Contains(errs, "people_bad.csv:4: column phone") {
		t.Errorf("skip invalid: %q %q", out, errs)
	}
	s, err := storage.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	p, err := s.PersonByPhone("+77020008888")
	n, _ := s.Count(model.KindPerson)
	s.Close()
	if err != nil || p.FullName != "Fine Person" || n != 1 {
		t.Errorf("after --skip-invalid: %d people, %+v, %v", n, p, err)
	}
}

func TestCSVUsage(t *testing.T) {
	db := filepath.Join(t.TempDir(), "fo.db")
	// The store exists: a failed first import-csv leaves none behind, and a
	// reading command on a missing store says so before its usage.
	if code, _, errs := runCLI(t, "demo", "--db", db, "--ideas", "0", "--people", "0"); code != 0 {
		t.Fatal(errs)
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"import-csv", "--db", db, csvFixture("people.csv")}, "--kind ideas, people or hours"},
		{[]string{"import-csv", "--db", db, "--kind", "consultations", csvFixture("people.csv")}, "--kind"},
		{[]string{"import-csv", "--db", db, "--kind", "people"}, "import-csv"},
		{[]string{"import-csv", "--db", db, "--kind", "people", "a.csv", "b.csv"}, "import-csv"},
		{[]string{"import-csv", "--db", db, "--kind", "people", "--bogus", "a.csv"}, "bogus"},
		{[]string{"export-csv", "--db", db}, "--out"},
		{[]string{"--lang", "ru", "export-csv", "--db", db}, "Укажите, в какую папку"},
	} {
		code, out, errs := runCLI(t, tc.args...)
		if code != 2 || !strings.Contains(errs, tc.want) || out != "" {
			t.Errorf("%v: exit %d, stderr %q (want 2 and %q)", tc.args, code, errs, tc.want)
		}
	}
	// A folder that cannot be made is a failure, not a usage error.
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if code, _, errs := runCLI(t, "export-csv", "--db", db, "--out", filepath.Join(file, "dir")); code != 1 || !strings.Contains(errs, "Cannot write") {
		t.Errorf("export into a file: exit %d, %q", code, errs)
	}
}

// TestImportCSVRowNamesAStoredPerson: a row without an id whose phone is
// someone's never renames them; the other spelling is kept and the row is
// listed with what it changed, with --dry-run too (DESIGN.md §5).
func TestImportCSVRowNamesAStoredPerson(t *testing.T) {
	db := filepath.Join(t.TempDir(), "fo.db")
	first := filepath.Join(t.TempDir(), "first.csv")
	again := filepath.Join(t.TempDir(), "again.csv")
	const header = "id,full_name,phone,iin,birth_year,organization,region,consent,consent_at,created_at,updated_at\n"
	os.WriteFile(first, []byte(header+",Айгерім Сәрсенбаева,8 701 555 12 34,,2001,,,yes,,,\n"), 0o600)
	os.WriteFile(again, []byte(header+",Aigerim Sarsenbayeva,+7 701 555 12 34,,2001,ALT University,,yes,,,\n"), 0o600)
	mustRun(t, 0, "import-csv", "--db", db, "--kind", "people", first)
	for _, dry := range []bool{true, false} {
		args := []string{"import-csv", "--db", db, "--lang", "en", "--kind", "people", again}
		if dry {
			args = append(args, "--dry-run")
		}
		out, _ := mustRun(t, 0, args...)
		if !strings.Contains(out, "update 1") && !strings.Contains(out, "updated 1") {
			t.Errorf("dry run %v: the row is not counted as an update:\n%s", dry, out)
		}
		for _, want := range []string{again + ":2: this is Айгерім Сәрсенбаева (found by phone): the name stays",
			"«Aigerim Sarsenbayeva» is kept as another spelling", "the row changes: organization"} {
			if !strings.Contains(out, want) {
				t.Errorf("dry run %v: output lacks %q:\n%s", dry, want, out)
			}
		}
	}
	s, err := storage.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	p, err := s.PersonByPhone("87015551234")
	if err != nil || p.FullName != "Айгерім Сәрсенбаева" || p.Organization != "ALT University" ||
		len(p.OtherNames) != 1 || p.OtherNames[0] != "Aigerim Sarsenbayeva" {
		t.Fatalf("after the import: %+v, %v", p, err)
	}
	if n, _ := s.Count(model.KindPerson); n != 1 {
		t.Errorf("%d people, want 1", n)
	}
}

// TestImportCSVRefusesBrokenFiles (issue 18): a file whose structure is
// broken is refused whole at the line where the trouble starts, also with
// --skip-invalid, and the message prints no control byte of the file.
func TestImportCSVRefusesBrokenFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		return path
	}
	const header = "id,full_name,phone,iin,birth_year,organization,region,consent,consent_at,created_at,updated_at\n"
	var big strings.Builder
	big.WriteString("\ufeff" + header)
	for i := range 1000 {
		name := fmt.Sprintf("Person %d", i)
		if i == 1 {
			name = `"Person 1` // row 2 of the data, line 3 of the file
		}
		fmt.Fprintf(&big, ",%s,8702%07d,,1990,X,karaganda,yes,,,\n", name, i)
	}
	row := ",A,87020008888,,1990,X,karaganda,yes,,,\n"
	utf16 := []byte{0xff, 0xfe}
	for _, r := range header + row {
		utf16 = append(utf16, byte(r), 0)
	}
	for _, tc := range []struct {
		file, lang string
		want       []string
	}{
		{write("unclosed.csv", []byte(big.String())), "en", []string{
			"unclosed.csv:3: column full_name: a quoted cell opens on this line and is never closed",
			"so the whole file is refused", "Nothing was imported from", "--skip-invalid skips bad rows, not a broken file"}},
		{write("unclosed.csv", []byte(big.String())), "ru", []string{
			"unclosed.csv:3: столбец full_name: ячейка в кавычках открывается в этой строке и не закрывается",
			"Из файла", "--skip-invalid пропускает ошибочные строки"}},
		{write("unclosed.csv", []byte(big.String())), "kk", []string{
			"unclosed.csv:3: full_name бағаны: осы жолда тырнақшамен ашылған ұяшық", "--skip-invalid қате жолдарды"}},
		{write("tabs.csv", []byte(strings.ReplaceAll(header+row, ",", "\t"))), "en", []string{
			"tabs.csv:1: the columns are separated by tabs, but a comma is expected", "CSV UTF-8 (Comma delimited)"}},
		{write("semicolons.csv", []byte(strings.ReplaceAll(header+row, ",", ";"))), "ru", []string{
			"semicolons.csv:1: столбцы разделены точкой с запятой, а нужна запятая"}},
		{write("utf16.csv", utf16), "en", []string{"utf16.csv:1: the file is UTF-16", "CSV UTF-8"}},
		{write("utf16.csv", utf16), "kk", []string{"utf16.csv:1: файл UTF-8 емес, UTF-16 кодтауында"}},
		{write("nul.csv", []byte(header+row+",B\x00\x00,87020007777,,1990,X,karaganda,yes,,,\n")), "en", []string{
			"nul.csv:3: a NUL byte (code 0) on this line"}},
		{write("\x1b[31mred.csv", []byte(header+",\"A\n")), "en", []string{
			`\x1b[31mred.csv":2: column full_name: a quoted cell opens on this line and is never closed`}},
	} {
		t.Run(filepath.Base(tc.file)+"/"+tc.lang, func(t *testing.T) {
			db := storeWithPeople(t)
			before := counts(t, db)
			out, errs := mustRun(t, 1, "import-csv", "--db", db, "--lang", tc.lang, "--skip-invalid", "--kind", "people", tc.file)
			for _, w := range tc.want {
				if !strings.Contains(errs, w) {
					t.Errorf("stderr lacks %q:\n%s", w, errs)
				}
			}
			if strings.IndexFunc(errs, func(r rune) bool { return r != '\n' && unicode.IsControl(r) }) >= 0 {
				t.Errorf("stderr holds control bytes: %q", errs)
			}
			if out != "" {
				t.Errorf("stdout of a refused import: %q", out)
			}
			if after := counts(t, db); after != before {
				t.Errorf("a refused file changed the store: %v, was %v", after, before)
			}
		})
	}
}
