package cli

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"frontoffice/model"
	"frontoffice/storage"
	"frontoffice/ui/i18n"
)

func syncPerson(name string) *model.Person {
	p := model.New(model.KindPerson).(*model.Person)
	p.FullName, p.Consent, p.Region = name, true, "almaty"
	return p
}

func exchange(t *testing.T, from, to *storage.Store) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "x.fob")
	if _, err := from.ExportFile(context.Background(), path, storage.ExportOptions{}, nil); err != nil {
		t.Fatal(err)
	}
	if to != nil {
		if _, err := to.ImportBundle(context.Background(), storage.FileSource(path), nil, storage.ImportOptions{Trust: true}, nil); err != nil {
			t.Fatal(err)
		}
	}
	return path
}

// settledElsewhere makes a person a and b both edited, which b then settled:
// the bundle returned (b's) brings a the conflict and its settlement.
func settledElsewhere(t *testing.T, a, b *storage.Store) string {
	t.Helper()
	p := syncPerson("Данияр Абенов")
	create(t, a, p)
	exchange(t, a, b)
	p.Organization = "КарУ"
	if err := a.Update(p); err != nil {
		t.Fatal(err)
	}
	pb, _ := storage.GetAs[*model.Person](b, model.KindPerson, p.ID)
	pb.Region = "astana"
	if err := b.Update(pb); err != nil {
		t.Fatal(err)
	}
	exchange(t, a, b)
	cs, err := b.Conflicts()
	if err != nil || len(cs) != 1 {
		t.Fatalf("b's conflicts: %v %v", cs, err)
	}
	if err := b.ResolveConflict(cs[0], cs[0].Current); err != nil {
		t.Fatal(err)
	}
	return exchange(t, b, nil)
}

// TestImportCountsConflictsLeft: a conflict the other office already settled
// (its settlement is in the same bundle) is not counted as a conflict.
func TestImportCountsConflictsLeft(t *testing.T) {
	a, b := openStore(t, "a.db"), openStore(t, "b.db")
	path := settledElsewhere(t, a, b)
	if err := a.TrustOffice(b.OfficeID(), "B", b.PublicKey()); err != nil {
		t.Fatal(err)
	}
	var out, errw bytes.Buffer
	ok, err := SyncImport(a, i18n.New(model.RU), SyncImportOptions{}, []string{path}, &out, &errw)
	if !ok || err != nil {
		t.Fatalf("import: %v %v %s", ok, err, errw.String())
	}
	if n := a.ConflictCount(); n != 0 {
		t.Fatalf("%d conflicts left", n)
	}
	if got := out.String(); !strings.Contains(got, "конфликтов 0") || strings.Contains(got, "конфликтов 1") || strings.Contains(got, "в конфликте") {
		t.Fatalf("summary:\n%s", got)
	}
}

// TestSyncFileErrorsTranslated: a missing bundle or an unwritable place is
// said in the user's language, with no system English.
func TestSyncFileErrorsTranslated(t *testing.T) {
	s := openStore(t, "fo.db")
	tr := i18n.New(model.RU)
	var out, errw bytes.Buffer
	missing := filepath.Join(t.TempDir(), "a2.fob")
	if ok, _ := SyncImport(s, tr, SyncImportOptions{}, []string{missing}, &out, &errw); ok {
		t.Fatal("a missing file imported")
	}
	got := errw.String()
	if !strings.Contains(got, "такого файла или папки нет") || strings.Contains(got, "no such file") || !strings.Contains(got, missing) {
		t.Fatalf("stderr: %s", got)
	}
	create(t, s, syncPerson("Айгерім"))
	dir := t.TempDir()
	errw.Reset()
	if ok, _ := SyncExport(s, tr, SyncExportOptions{Out: dir}, &out, &errw); ok {
		t.Fatal("a bundle written over a folder")
	}
	if got := errw.String(); strings.Contains(got, "is a directory") || strings.Contains(got, "file exists") || !strings.Contains(got, "Не удалось записать пакет") {
		t.Fatalf("stderr: %s", got)
	}
	// A file where a folder should be.
	file := filepath.Join(dir, "file")
	os.WriteFile(file, nil, 0o600)
	errw.Reset()
	if ok, _ := SyncExport(s, tr, SyncExportOptions{Out: filepath.Join(file, "b.fob")}, &out, &errw); ok {
		t.Fatal("a bundle written under a file")
	}
	if got := errw.String(); strings.Contains(got, "not a directory") || !strings.Contains(got, "часть пути — файл, а не папка") {
		t.Fatalf("stderr: %s", got)
	}
}

// TestOwnBundleSaidToBeOwn: this office's own bundle imported here says it
// is its own and for another office (it said only "nothing new"), exit 0;
// another office's bundle with nothing new says nothing new.
func TestOwnBundleSaidToBeOwn(t *testing.T) {
	a, b := openStore(t, "a.db"), openStore(t, "b.db")
	create(t, a, syncPerson("Данияр Абенов"))
	path := exchange(t, a, b)
	for _, c := range []struct {
		s    *storage.Store
		want string
	}{{a, "пакет этого же офиса"}, {b, "ничего нового"}} {
		var out, errw bytes.Buffer
		ok, err := SyncImport(c.s, i18n.New(model.RU), SyncImportOptions{}, []string{path}, &out, &errw)
		if !ok || err != nil || !strings.Contains(out.String(), c.want) {
			t.Fatalf("want %q: %v %v\n%s%s", c.want, ok, err, out.String(), errw.String())
		}
	}
}
