package storage_test

import (
	"compress/gzip"
	"context"
	"crypto/sha256"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"frontoffice/model"
	"frontoffice/storage"
)

func wantRefused(t *testing.T, err error, why storage.OutputReason, what string) {
	t.Helper()
	oe, ok := storage.AsOutputError(err)
	if !ok || oe.Reason != why {
		t.Errorf("%s: got %v, want refused as %s", what, err, why)
	}
}

// An output never lands on the open store (by any name: a link, a hard link),
// in its backups folder or on any store file; an existing file is replaced
// only when asked.
func TestCheckOutput(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "fo.db")
	s, done := openStore(t, db, newClock(day0))
	defer done()
	mustCreate(t, s, newPerson("Айгерім", "+77011234567"))
	if _, err := s.AutoBackup(day0); err != nil {
		t.Fatal(err)
	}
	other := filepath.Join(dir, "copy.db")
	if err := s.BackupFile(context.Background(), other); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(db, filepath.Join(dir, "link.db")); err != nil {
		t.Fatal(err)
	}
	if err := os.Link(db, filepath.Join(dir, "hard")); err != nil {
		t.Fatal(err)
	}
	text := filepath.Join(dir, "old.fob")
	os.WriteFile(text, []byte("old"), 0o600)
	// A store whose first page was overwritten still counts as a store.
	damaged := filepath.Join(dir, "damaged.db")
	data, _ := os.ReadFile(other)
	copy(data[:4096], make([]byte, 4096))
	os.WriteFile(damaged, data, 0o600)

	rel, _ := filepath.Rel(mustGetwd(t), db)
	for _, c := range []struct {
		path string
		why  storage.OutputReason
	}{
		{db, storage.OutputIsStore},
		{rel, storage.OutputIsStore},
		{filepath.Join(dir, ".", "sub", "..", "fo.db"), storage.OutputIsStore},
		{filepath.Join(dir, "link.db"), storage.OutputIsStore},
		{filepath.Join(dir, "hard"), storage.OutputIsStore},
		{filepath.Join(s.BackupDir(), "fo-"+day0.Format("2006-01-02")+".db"), storage.OutputInBackups},
		{filepath.Join(s.BackupDir(), "new.fob"), storage.OutputInBackups},
		{other, storage.OutputStoreFile},
		{damaged, storage.OutputStoreFile},
		{dir, storage.OutputIsDir},
	} {
		for _, replace := range []bool{false, true} {
			wantRefused(t, s.CheckOutput(c.path, replace), c.why, c.path)
		}
	}
	wantRefused(t, s.CheckOutput(text, false), storage.OutputExists, "an existing file")
	if err := s.CheckOutput(text, true); err != nil {
		t.Errorf("an existing file with replace: %v", err)
	}
	if err := s.CheckOutput(filepath.Join(dir, "new", "x.fob"), false); err != nil {
		t.Errorf("a new file: %v", err)
	}

	// The writers themselves refuse too, whatever their caller checked.
	before := sum(t, db)
	if _, err := s.ExportFile(context.Background(), filepath.Join(dir, "link.db"), storage.ExportOptions{Full: true}, nil); err == nil {
		t.Error("export over the store was written")
	}
	if err := s.BackupFile(context.Background(), db); err == nil {
		t.Error("a backup over the store was written")
	}
	if err := s.BackupFile(context.Background(), other); err == nil {
		t.Error("a backup over another store file was written")
	}
	if sum(t, db) != before {
		t.Error("the store's file changed")
	}
	if n := count(t, s, model.KindPerson); n != 1 {
		t.Errorf("%d people after the refused writes", n)
	}
}

func mustGetwd(t *testing.T) string {
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	return wd
}

func sum(t *testing.T, path string) [32]byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(b)
}

// Identify tells a store from a bundle, a CSV, an empty file and anything else.
func TestIdentify(t *testing.T) {
	dir := t.TempDir()
	s, _ := newStore(t)
	mustCreate(t, s, newPerson("Айгерім", "+77011234567"))
	fob, _ := exportTo(t, s, dir, true)
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	gz := filepath.Join(dir, "x.gz")
	f, _ := os.Create(gz)
	zw := gzip.NewWriter(f)
	zw.Write([]byte("{}"))
	zw.Close()
	f.Close()
	for _, c := range []struct {
		path string
		want storage.FileKind
	}{
		{filepath.Join(dir, "none.db"), storage.FileMissing},
		{s.Path(), storage.FileStore},
		{fob, storage.FileBundle},
		{gz, storage.FileBundle},
		{write("enc.fob", []byte("age-encryption.org/v1\n-> scrypt x 18\n")), storage.FileBundle},
		{write("people.csv", []byte("\xef\xbb\xbfid,full_name,phone\n,Айгерім,+77011234567\n")), storage.FileCSV},
		{write("semi.csv", []byte("id;full_name\n")), storage.FileCSV},
		{write("empty.db", nil), storage.FileEmpty},
		{write("notes.txt", []byte("just some words\n")), storage.FileOther},
		{write("bin", []byte{0, 1, 2, 3, 4, 5}), storage.FileOther},
		{dir, storage.FileDir},
	} {
		got, err := storage.Identify(c.path)
		if err != nil || got != c.want {
			t.Errorf("Identify(%s) = %v, %v; want %v", filepath.Base(c.path), got, err, c.want)
		}
	}
}

// A store that cannot be written opens read-only: everything reads, every
// write says ErrReadOnly, and the file is not touched, not even at close.
func TestReadOnlyStore(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "fo.db")
	s, done := openStore(t, db, newClock(day0))
	p := newPerson("Айгерім", "+77011234567")
	mustCreate(t, s, p)
	done()
	if storage.ReadOnlyPath(db) {
		t.Fatal("a writable store taken as read-only")
	}
	if err := os.Chmod(db, 0o400); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(db, 0o600) })
	if !storage.ReadOnlyPath(db) {
		t.Fatal("a 0400 store not taken as read-only")
	}
	before := sum(t, db)
	r, err := storage.OpenWith(db, storage.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	if !r.ReadOnly() {
		t.Error("ReadOnly() is false")
	}
	if n := count(t, r, model.KindPerson); n != 1 {
		t.Errorf("%d people", n)
	}
	if pr := r.Check(); len(pr) > 0 {
		t.Errorf("check: %v", pr)
	}
	copyPath := filepath.Join(dir, "copy.db")
	if err := r.BackupFile(context.Background(), copyPath); err != nil {
		t.Errorf("backup of a read-only store: %v", err)
	}
	res, err := r.ExportFile(context.Background(), filepath.Join(dir, "all.fob"), storage.ExportOptions{Full: true}, nil)
	if err != nil || res.Records == 0 || !res.CursorKept {
		t.Errorf("export of a read-only store: %+v %v", res, err)
	}
	if f, err := r.AutoBackup(day0); f != "" || err != nil {
		t.Errorf("an automatic backup of a read-only store: %q %v", f, err)
	}
	p.Notes = "changed"
	if err := r.Update(p); !errors.Is(err, storage.ErrReadOnly) {
		t.Errorf("update: %v, want ErrReadOnly", err)
	}
	if err := r.SetSetting("lang", "kk"); !errors.Is(err, storage.ErrReadOnly) {
		t.Errorf("setting: %v, want ErrReadOnly", err)
	}
	if err := r.Close(); err != nil {
		t.Errorf("close: %v", err)
	}
	if sum(t, db) != before {
		t.Error("the read-only store's file changed")
	}
	// A folder that cannot be written makes the store read-only too.
	os.Chmod(db, 0o600)
	os.Chmod(dir, 0o500)
	defer os.Chmod(dir, 0o700)
	if !storage.ReadOnlyPath(db) {
		t.Error("a store in a 0500 folder not taken as read-only")
	}
}

// A read-only store of an older schema is not migrated: it says so.
func TestReadOnlyOldStoreSaysUpgrade(t *testing.T) {
	db := filepath.Join(t.TempDir(), "old.db")
	gunzipTo(t, filepath.Join("testdata", "schemas", "v9.db.gz"), db)
	if _, err := storage.OpenWith(db, storage.Options{ReadOnly: true}); !errors.Is(err, storage.ErrNeedsUpgrade) {
		t.Errorf("open read-only: %v, want ErrNeedsUpgrade", err)
	}
}

func gunzipTo(t *testing.T, from, to string) {
	t.Helper()
	f, err := os.Open(from)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	out, err := os.Create(to)
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	if _, err := out.ReadFrom(zr); err != nil {
		t.Fatal(err)
	}
}

// An import stopped between batches (Ctrl+C) keeps what it merged, says how
// much, names the bundle as pending, and importing it again finishes it.
func TestImportStoppedAtABatch(t *testing.T) {
	storage.SetOnePassMostForTest(t, 0) // into a store that holds records already (sync_onepass.go)
	dir := t.TempDir()
	src, _ := newStore(t)
	const n = 12000
	rs := make([]model.Record, 0, n)
	for range n {
		rs = append(rs, newPerson("Адам", ""))
	}
	if _, _, err := src.SaveBatch(rs); err != nil {
		t.Fatal(err)
	}
	fob, _ := exportTo(t, src, dir, true)
	s, _ := newStore(t)
	c, err := s.CheckForImport(context.Background(), fileSource(fob), noPass)
	if err != nil {
		t.Fatal(err)
	}
	c.TrustNew = true // the other office, trusted as a consultant would
	ctx, cancel := context.WithCancel(context.Background())
	sum, err := s.MergeCheckedContext(ctx, c, func(int) { cancel() }) // stop once a batch is in
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("stopped import: %v", err)
	}
	if sum.Records == 0 || sum.Records >= n || sum.Records%5000 != 0 {
		t.Errorf("stopped import says %d lines merged", sum.Records)
	}
	if got := count(t, s, model.KindPerson); got != sum.Records {
		t.Errorf("%d people in the store, the summary says %d", got, sum.Records)
	}
	if s.PendingImport() == "" {
		t.Error("a stopped import is not named as pending")
	}
	if p := s.Check(); len(p) > 0 {
		t.Errorf("check after the stop: %v", p)
	}
	importFile(t, s, fob)
	if got := count(t, s, model.KindPerson); got != n || s.PendingImport() != "" {
		t.Errorf("after importing again: %d people, pending %q", got, s.PendingImport())
	}
}

// A CSV import's one transaction is rolled back when stopped: nothing saved.
func TestSaveBatchStopped(t *testing.T) {
	s, _ := newStore(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, _, err := s.SaveBatchContext(ctx, []model.Record{newPerson("Адам", "")}); !errors.Is(err, context.Canceled) {
		t.Errorf("stopped batch: %v", err)
	}
	if n := count(t, s, model.KindPerson); n != 0 {
		t.Errorf("%d people saved by a stopped batch", n)
	}
}
