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

// TestOneReadingAllOrNothing: the file is read once and its good rows are
// written as they come (here through the copy of the store, in batches,
// before the bad row is met); a bad row near the end still refuses the
// whole file with nothing saved and no copy left, and with SkipInvalid
// every other row is saved. The rows before the bad one are no different.
func TestOneReadingAllOrNothing(t *testing.T) {
	defer func(n int) { storage.SaveInOne = n }(storage.SaveInOne)
	storage.SaveInOne = 50 // the big path: copy, batches of 2 000, swap
	const rows = 5000
	file := filepath.Join(t.TempDir(), "people.csv")
	var b strings.Builder
	b.WriteString("id,full_name,phone,iin,birth_year,organization,region,consent,consent_at,created_at,updated_at\n")
	for i := range rows {
		phone := i
		if i == rows-200 {
			phone = 7 // line rows-198 repeats line 9's phone
		}
		fmt.Fprintf(&b, ",Студент %d,+7701%07d,,2001,KSIU,karaganda,yes,,,\n", i, phone)
	}
	if err := os.WriteFile(file, []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	tr := i18n.New(model.EN)
	badLine := fmt.Sprintf("people.csv:%d: column phone:", rows-198)
	for _, skip := range []bool{false, true} {
		s := openStore(t, fmt.Sprintf("skip%v.db", skip))
		var out, errw bytes.Buffer
		ok, err := ImportCSV(s, tr, ImportOptions{Kind: csvio.People, SkipInvalid: skip}, file, &out, &errw)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(errw.String(), badLine) || !strings.Contains(errw.String(), "line 9") {
			t.Errorf("skip %v: the repeat is not told at its line: %q", skip, errw.String())
		}
		n, _ := s.Count(model.KindPerson)
		switch {
		case !skip && (ok || n != 0):
			t.Errorf("a file with a bad row: ok %v, %d people saved (want none)", ok, n)
		case skip && (!ok || n != rows-1):
			t.Errorf("with SkipInvalid: ok %v, %d people saved (want %d)", ok, n, rows-1)
		}
		if _, err := os.Stat(s.Path() + ".importing"); !os.IsNotExist(err) {
			t.Errorf("skip %v: the import's copy is left (%v)", skip, err)
		}
	}
}
