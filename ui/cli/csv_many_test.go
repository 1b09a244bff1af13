package cli

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"frontoffice/model"
	"frontoffice/model/csvio"
	"frontoffice/storage"
	"frontoffice/ui/i18n"
)

// TestBigFileCopiedFromTheFirstRow: a file of manyBytes or more is saved
// through a copy of the store from its first row (the store's file is
// replaced), whatever its number of rows, with the same refusals, messages
// in kk/ru/en, counts and records as a file saved in one transaction.
func TestBigFileCopiedFromTheFirstRow(t *testing.T) {
	defer func(n int64) { manyBytes = n }(manyBytes)
	dir := t.TempDir()
	var people, ideas strings.Builder
	people.WriteString("id,full_name,phone,iin,birth_year,organization,region,consent,consent_at,created_at,updated_at\n")
	ideas.WriteString("id,title,summary,direction,region,status,sdgs,applicant_phone,applicant_name,organization,budget_kzt,created_at,updated_at\n")
	for i := range 300 {
		phone := i
		if i == 250 {
			phone = 7 // repeats line 9's phone
		}
		fmt.Fprintf(&people, "01974532-0659-703a-b18e-%012d,Студент %d,+7701%07d,,2001,KSIU,karaganda,yes,,2025-06-06T12:01:37Z,2025-06-06T12:01:37Z\n", i, i, phone)
		fmt.Fprintf(&ideas, "01974533-0659-703a-b18e-%012d,Таза әлем %d,,taza_alem,karaganda,draft,4,+7701%07d,,KSIU,,2025-06-07T12:01:37Z,2025-06-07T12:01:37Z\n", i, i, (i*7)%320)
	}
	files := map[csvio.Kind]string{csvio.People: filepath.Join(dir, "people.csv"), csvio.Ideas: filepath.Join(dir, "ideas.csv")}
	for k, text := range map[csvio.Kind]string{csvio.People: people.String(), csvio.Ideas: ideas.String()} {
		if err := os.WriteFile(files[k], []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	for _, lang := range []model.Lang{model.KK, model.RU, model.EN} {
		for _, skip := range []bool{false, true} {
			var told [2]string
			var exported [2]map[string][]byte
			for i, many := range []int64{1 << 40, 0} {
				manyBytes = many
				s := openStore(t, fmt.Sprintf("%s-%v-%d.db", lang, skip, i))
				for _, k := range []csvio.Kind{csvio.People, csvio.Ideas} {
					before, _ := os.Stat(s.Path())
					var out, errw bytes.Buffer
					ok, err := ImportCSV(s, i18n.New(lang), ImportOptions{Kind: k, SkipInvalid: skip}, files[k], &out, &errw)
					told[i] += fmt.Sprintf("%s: %v %v\n%s%s", k, ok, err, out.String(), errw.String())
					after, _ := os.Stat(s.Path())
					if copied := !os.SameFile(before, after); copied != (many == 0 && skip) {
						t.Errorf("%s %s skip %v manyBytes %d: saved through a copy %v", k, lang, skip, many, copied)
					}
					if _, err := os.Stat(s.Path() + ".importing"); !os.IsNotExist(err) {
						t.Errorf("%s %s skip %v: the import's copy is left (%v)", k, lang, skip, err)
					}
				}
				exported[i] = exportFiles(t, s, filepath.Join(dir, fmt.Sprintf("out-%s-%v-%d", lang, skip, i)))
			}
			if told[0] != told[1] {
				t.Errorf("%s skip %v: in one transaction\n%s\nthrough a copy\n%s", lang, skip, told[0], told[1])
			}
			for name, b := range exported[0] {
				if !bytes.Equal(b, exported[1][name]) {
					t.Errorf("%s skip %v: %s differs", lang, skip, name)
				}
			}
		}
	}
}

// exportFiles is export-csv of s into dir: each file's bytes by name.
func exportFiles(t *testing.T, s *storage.Store, dir string) map[string][]byte {
	t.Helper()
	exportTo(t, s, dir)
	files := map[string][]byte{}
	names, _ := filepath.Glob(filepath.Join(dir, "*.csv"))
	for _, name := range names {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		files[filepath.Base(name)] = b
	}
	if len(files) < 2 {
		t.Fatalf("export wrote %d files", len(files))
	}
	return files
}
