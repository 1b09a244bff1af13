package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"frontoffice/model"
	"frontoffice/storage"
)

// import-sheet and export-sheet end to end, through run (issue 19).

// workbook writes a workbook with one sheet per entry of sheets (name →
// rows; a row's cells are any value excelize takes, so a number stays a
// number as Excel keeps it) and returns its path.
func workbook(t *testing.T, sheets map[string][][]any, order ...string) string {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for i, name := range order {
		if i == 0 {
			f.SetSheetName("Sheet1", name)
		} else if _, err := f.NewSheet(name); err != nil {
			t.Fatal(err)
		}
		for r, row := range sheets[name] {
			cell, _ := excelize.CoordinatesToCellName(1, r+1)
			if err := f.SetSheetRow(name, cell, &row); err != nil {
				t.Fatal(err)
			}
		}
	}
	path := filepath.Join(t.TempDir(), "book.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	return path
}

// person reads the person with phone from the store at db.
func personByPhone(t *testing.T, db, phone string) *model.Person {
	t.Helper()
	s, err := storage.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	p, err := s.PersonByPhone(phone)
	if err != nil {
		t.Fatalf("person %s: %v", phone, err)
	}
	return p
}

// A workbook as an office keeps it: headers labelled in Russian, an IIN and
// phones Excel turned into numbers, a date typed as a date and another as
// 02.03.2026, other sheets beside it. The sheet named «Люди» is read.
func TestImportSheetAsExcelKeepsIt(t *testing.T) {
	db := newEmptyStore(t)
	day := time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)
	path := workbook(t, map[string][][]any{
		"Заметки": {{"что угодно"}},
		"Люди": {
			{"ФИО", "Телефон", "ИИН", "Год рождения", "Организация", "Регион", "Согласие", "Дата согласия"},
			{"Әлия Серікқызы", 77015551234, 61211600012, 2006, "Колледж", "Астана", "да", day},
			{"Ерлан Қожа", 87015551235, nil, nil, nil, "Карагандинская область", "да", "02.03.2026"},
		},
	}, "Заметки", "Люди")
	out, errs := mustRun(t, 0, "import-sheet", "--db", db, "--kind", "people", "--lang", "en", path)
	if !strings.Contains(out, "Created 2") || errs != "" {
		t.Fatalf("import: %q %q", out, errs)
	}
	p := personByPhone(t, db, "+77015551234")
	if p.FullName != "Әлия Серікқызы" || p.IIN != "061211600012" || p.BirthYear != 2006 ||
		p.Region != "astana" || p.ConsentAt != "2026-03-02" {
		t.Errorf("read as %+v", p)
	}
	if p := personByPhone(t, db, "+77015551235"); p.Region != "karaganda" || p.ConsentAt != "2026-03-02" {
		t.Errorf("read as %+v", p)
	}
}

// Headers in Kazakh and English, and the column names, are read alike; a bad
// row is reported by sheet and row; nothing is written unless all are good.
func TestImportSheetHeadersInEachLanguage(t *testing.T) {
	for lang, header := range map[string][]any{
		"kk":      {"Аты-жөні", "Телефон", "ЖСН", "Туған жылы", "Ұйым", "Өңір", "Келісім", "Келісім күні"},
		"en":      {"Full name", "Phone", "IIN", "Birth year", "Organization", "Region", "Consent", "Consent date"},
		"machine": {"full_name", "phone", "iin", "birth_year", "organization", "region", "consent", "consent_at"},
	} {
		t.Run(lang, func(t *testing.T) {
			db := newEmptyStore(t)
			path := workbook(t, map[string][][]any{"Sheet": {header,
				{"Dana", "+7 701 555 12 36", "", 2000, "", "almaty", "yes", ""},
				{"Bad", "12", "", nil, "", "", "yes", ""},
			}}, "Sheet")
			_, errs := mustRun(t, 1, "import-sheet", "--db", db, "--kind", "people", "--lang", "en", path)
			if !strings.Contains(errs, `book.xlsx, sheet «Sheet»:3: column phone:`) {
				t.Errorf("messages: %q", errs)
			}
			if n := counts(t, db); n[0] != 0 {
				t.Errorf("%d people written after a refusal", n[0])
			}
			out, _ := mustRun(t, 0, "import-sheet", "--db", db, "--kind", "people", "--skip-invalid", path)
			if !strings.Contains(out, "Created 1") {
				t.Errorf("skip-invalid: %q", out)
			}
		})
	}
}

// A workbook of several sheets with none named after the kind is refused,
// naming its sheets; an old .xls is refused with what to do.
func TestImportSheetWhichSheet(t *testing.T) {
	db := newEmptyStore(t)
	path := workbook(t, map[string][][]any{"A": {{"x"}}, "B": {{"y"}}}, "A", "B")
	_, errs := mustRun(t, 1, "import-sheet", "--db", db, "--kind", "hours", "--lang", "en", path)
	if !strings.Contains(errs, "no sheet for hours") || !strings.Contains(errs, "A, B") {
		t.Errorf("messages: %q", errs)
	}
	xls := filepath.Join(t.TempDir(), "old.xls")
	if err := os.WriteFile(xls, []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, errs = mustRun(t, 1, "import-sheet", "--db", db, "--kind", "hours", "--lang", "en", xls)
	if !strings.Contains(errs, "Excel 97–2003") {
		t.Errorf("messages: %q", errs)
	}
}
