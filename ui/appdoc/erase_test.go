package appdoc

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestPersonFilesAreTheirsOnly(t *testing.T) {
	dir := t.TempDir()
	store := filepath.Join(dir, "fo.db")
	files := []string{
		"certificates/Айгерім_Сейтқали-2026-03-01.html",      // hers
		"certificates/Aigerim_Seitkali-2025-12-30.html",      // hers, another spelling
		"certificates/Айгерім_Сейтқали_Кызы-2026-03-01.html", // somebody else
		"certificates/Айгерім_Сейтқали-notes.html",           // not a certificate's name
		"applications/idea-1-K7M2Q.md",                       // her idea's
		"applications/idea-1-K7M2Q.html",                     // her idea's
		"applications/idea-10-K7M2Q.md",                      // another idea's
		"reports/Айгерім_Сейтқали-2026-03-01.html",           // not a folder a withdrawal reaches
	}
	for _, f := range files {
		p := filepath.Join(dir, f)
		os.MkdirAll(filepath.Dir(p), 0o700)
		if err := os.WriteFile(p, nil, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	deleted, err := DeletePersonFiles(store, []string{"Айгерім Сейтқали", "Aigerim  Seitkali"}, []string{"idea-1"})
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, f := range []string{files[4], files[5], files[1], files[0]} {
		want = append(want, filepath.Join(dir, f))
	}
	slices.Sort(want)
	if !slices.Equal(deleted, want) {
		t.Errorf("deleted %v\nwant %v", deleted, want)
	}
	for _, f := range []string{files[2], files[3], files[6], files[7]} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Errorf("%s should stay: %v", f, err)
		}
	}
	// No folders: nothing to delete, no error.
	if got, err := PersonFiles(filepath.Join(t.TempDir(), "fo.db"), []string{"A B"}, []string{"x"}); err != nil || len(got) != 0 {
		t.Errorf("no folders: %v %v", got, err)
	}
}
