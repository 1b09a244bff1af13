package sheetio

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/xuri/excelize/v2"
)

// While a sheet is being written nothing of it is in the system's
// temporary folder; in the output's folder only a hidden owner-only file,
// and not even that where a file can be removed while open (so a killed
// export leaves nothing); after Close nothing at all. A leftover of a
// killed export is removed by the next book written to that folder. A
// book without a folder keeps its sheets in memory.
func TestSheetFilesBesideTheOutput(t *testing.T) {
	sysTmp := t.TempDir()
	t.Setenv("TMPDIR", sysTmp)
	t.Setenv("TMP", sysTmp)
	dir := t.TempDir()
	leftover := filepath.Join(dir, ".frontoffice-sheet-1.tmp")
	if err := os.WriteFile(leftover, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, in := range []string{dir, ""} {
		b, err := NewBookIn(in)
		if err != nil {
			t.Fatal(err)
		}
		s, err := b.AddSheet("People", []Column{{Name: "phone", Label: "Phone"}})
		if err != nil {
			t.Fatal(err)
		}
		for range 5000 {
			if err := s.Write([]string{"+77015551234"}); err != nil {
				t.Fatal(err)
			}
		}
		for _, d := range []string{sysTmp, dir} {
			entries, _ := os.ReadDir(d)
			for _, e := range entries {
				info, _ := e.Info()
				if d == sysTmp || runtime.GOOS != "windows" || in == "" || e.Name()[0] != '.' {
					t.Errorf("book in %q: %s holds %s (%v) while a sheet is written", in, d, e.Name(), info.Mode())
				}
			}
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
		var out bytes.Buffer
		if _, err := b.WriteTo(&out); err != nil {
			t.Fatal(err)
		}
		if err := b.Close(); err != nil {
			t.Fatal(err)
		}
		f, err := excelize.OpenReader(&out)
		if err != nil {
			t.Fatal(err)
		}
		if rows, _ := f.GetRows("People"); len(rows) != 5001 || rows[5000][0] != "+77015551234" {
			t.Errorf("book in %q: %d rows read back", in, len(rows))
		}
		f.Close()
		for _, d := range []string{sysTmp, dir} {
			if entries, _ := os.ReadDir(d); len(entries) != 0 {
				t.Errorf("book in %q: %s holds %v after Close", in, d, entries)
			}
		}
	}
}
