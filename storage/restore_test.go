package storage_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/storage"
)

func TestNoBackupOfADamagedStore(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "fo.db")
	filled(t, path)
	s, err := storage.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	// Yesterday's backup, good.
	if _, err := s.AutoBackup(day0.AddDate(0, 0, -1)); err != nil {
		t.Fatal(err)
	}
	s.Close()
	damagePage(t, path, leafWith(t, path, `"kind":"idea"`, 2), seed(t))

	s, err = storage.Open(path)
	if errors.Is(err, storage.ErrDamaged) {
		t.Skip("the damage was met while opening; the app then shows restore")
	}
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	out := filepath.Join(dir, "usb", "copy.db")
	if err := s.BackupFile(context.Background(), out); !errors.Is(err, storage.ErrDamaged) {
		t.Errorf("backup of a damaged store: %v, want ErrDamaged", err)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("a backup of the damaged store exists: %v", err)
	}
	if left, _ := filepath.Glob(filepath.Join(dir, "usb", ".backup-*")); len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
	written, err := s.AutoBackup(day0)
	if !errors.Is(err, storage.ErrDamaged) || written != "" {
		t.Errorf("daily backup of a damaged store: %q, %v; want none, ErrDamaged", written, err)
	}
	list, _ := storage.ListBackups(path)
	if len(list) != 1 || list[0].Problem != nil {
		t.Fatalf("backups after the refusal: %+v, want yesterday's good one only", list)
	}
	if !errors.Is(s.Damage(), storage.ErrDamaged) {
		t.Error("the store is not marked damaged after its copy failed")
	}
}

func TestRotationKeepsAGoodBackup(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "fo.db")
	filled(t, path)
	s, err := storage.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var files []string
	for d := range 9 {
		f, err := s.AutoBackup(day0.AddDate(0, 0, d))
		if err != nil || f == "" {
			t.Fatalf("day %d: %q %v", d, f, err)
		}
		files = append(files, f)
	}
	list, _ := storage.ListBackups(path)
	if len(list) != storage.BackupsKept {
		t.Fatalf("%d backups, want %d", len(list), storage.BackupsKept)
	}
	// The disk spoils the newest seven copies; yesterday's (days 0, 1) are gone
	// by rotation already, so make two more old good ones by hand.
	good := []string{strings.Replace(files[2], day0.AddDate(0, 0, 2).Format("2006-01-02"), day0.AddDate(0, 0, -2).Format("2006-01-02"), 1),
		strings.Replace(files[2], day0.AddDate(0, 0, 2).Format("2006-01-02"), day0.AddDate(0, 0, -1).Format("2006-01-02"), 1)}
	for _, g := range good {
		copyTo(t, files[2], g)
	}
	for i, f := range files[2:] {
		damagePage(t, f, leafWith(t, f, `"kind":"idea"`, 2), int64(i))
	}
	// Today's exists: nothing is written, the rotation must keep the newest
	// good one (day -1) though it is older than the seven it keeps.
	if f, err := s.AutoBackup(day0.AddDate(0, 0, 8)); err != nil || f != "" {
		t.Fatalf("AutoBackup: %q %v", f, err)
	}
	if _, err := os.Stat(good[0]); !os.IsNotExist(err) {
		t.Errorf("the older good backup %s was kept too", filepath.Base(good[0]))
	}
	if info := storage.CheckFile(good[1]); info.Problem != nil {
		t.Fatalf("the last good backup %s was rotated away or spoilt: %v", filepath.Base(good[1]), info.Problem)
	}
	list, _ = storage.ListBackups(path)
	if len(list) != storage.BackupsKept+1 {
		t.Errorf("%d backups, want the %d newest and the good one", len(list), storage.BackupsKept)
	}
	// A sound store's next daily backup is good: the old one may go now.
	if f, err := s.AutoBackup(day0.AddDate(0, 0, 9)); err != nil || f == "" {
		t.Fatalf("AutoBackup: %q %v", f, err)
	}
	if _, err := os.Stat(good[1]); !os.IsNotExist(err) {
		t.Error("the old good backup stays though a newer good one exists")
	}
}

func TestRestorePicksTheNewestGoodBackup(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "fo.db")
	filled(t, path)
	s, err := storage.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.AutoBackup(day0.AddDate(0, 0, -3)); err != nil { // 400 ideas
		t.Fatal(err)
	}
	mustCreate(t, s, newIdea("Кейінгі идея", "draft"))
	newest, err := s.AutoBackup(day0.AddDate(0, 0, -2)) // 401 ideas
	if err != nil {
		t.Fatal(err)
	}
	mustCreate(t, s, newIdea("Тағы бір", "draft"))
	spoilt, err := s.AutoBackup(day0.AddDate(0, 0, -1)) // 402, but spoilt below
	if err != nil {
		t.Fatal(err)
	}
	// Restore refuses while the store is open.
	if _, err := storage.Restore(path, "", day0); !errors.Is(err, storage.ErrInUse) {
		t.Errorf("restore under an open store: %v, want ErrInUse", err)
	}
	s.Close()
	damagePage(t, spoilt, leafWith(t, spoilt, `"kind":"idea"`, 2), seed(t))
	damagePage(t, path, leafWith(t, path, `"kind":"idea"`, 2), seed(t)+1)
	damaged, _ := os.ReadFile(path)

	list, err := storage.ListBackups(path)
	if err != nil || len(list) != 3 {
		t.Fatalf("ListBackups: %v %v", list, err)
	}
	if list[0].Path != spoilt || list[0].Problem == nil || list[1].Path != newest || list[1].Problem != nil {
		t.Fatalf("list (newest first, the spoilt one failing): %+v", list)
	}
	if list[1].Counts[model.KindIdea] != 401 || list[1].Counts[model.KindPerson] != 60 {
		t.Errorf("counts of %s: %v", filepath.Base(newest), list[1].Counts)
	}
	now := time.Date(2026, 3, 1, 9, 30, 5, 0, time.Local)
	res, err := storage.Restore(path, "", now)
	if err != nil {
		t.Fatal(err)
	}
	if res.From.Path != newest || res.WasSound {
		t.Errorf("restored from %s (sound before: %v), want %s", res.From.Path, res.WasSound, newest)
	}
	if want := path + ".damaged-20260301-093005"; res.MovedTo != want {
		t.Errorf("moved aside to %s, want %s", res.MovedTo, want)
	}
	if kept, _ := os.ReadFile(res.MovedTo); !bytes.Equal(kept, damaged) {
		t.Error("the damaged store was not kept as it was")
	}
	s, err = storage.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if n, _ := s.Count(model.KindIdea); n != 401 {
		t.Errorf("%d ideas after restore, want 401", n)
	}
	if p := s.Check(); len(p) > 0 {
		t.Errorf("check after restore: %v", p)
	}
	s.Close()

	// --from a damaged file is refused; a second restore keeps both asides.
	if _, err := storage.Restore(path, spoilt, now); !errors.Is(err, storage.ErrDamaged) {
		t.Errorf("restore from a damaged backup: %v, want ErrDamaged", err)
	}
	res, err = storage.Restore(path, list[2].Path, now)
	if err != nil {
		t.Fatal(err)
	}
	if !res.WasSound || res.MovedTo != path+".before-restore-20260301-093005" {
		t.Errorf("second restore: %+v", res)
	}
}

func TestSalvageCopiesWhatCanBeRead(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "fo.db")
	ideas := filled(t, path)
	s, err := storage.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	office, fingerprint := s.OfficeID(), s.Fingerprint()
	if err := s.SetSetting("lang", "kk"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	damagePage(t, path, leafWith(t, path, `"kind":"idea"`, 2), seed(t))

	out := filepath.Join(dir, "saved.db")
	rep, err := storage.Salvage(path, out, false)
	if err != nil {
		t.Fatal(err)
	}
	lostIdeas := 0
	for _, l := range rep.Lost {
		t.Logf("lost: %s after %x before %x", l.Bucket, l.After, l.Before)
		if l.Bucket == "records/idea" {
			lostIdeas++
		}
	}
	if lostIdeas != 1 || len(rep.Lost) > 3 {
		t.Errorf("lost runs: %+v, want one in records/idea (and maybe its history)", rep.Lost)
	}
	if rep.Copied[model.KindPerson] != 60 {
		t.Errorf("people copied: %d, want 60", rep.Copied[model.KindPerson])
	}
	n := rep.Copied[model.KindIdea]
	if n >= 400 || n < 300 {
		t.Errorf("ideas copied: %d of 400 (one page lost)", n)
	}
	t.Logf("copied %d ideas, %d people", n, rep.Copied[model.KindPerson])

	s, err = storage.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if p := s.Check(); len(p) > 0 {
		t.Fatalf("check of the salvaged store: %v", p)
	}
	if s.OfficeID() != office {
		t.Error("the salvaged store has another office id")
	}
	// The same key: the other offices take its bundles as they did (a new
	// one made them refuse them as forged).
	if s.Fingerprint() != fingerprint {
		t.Errorf("the salvaged store signs with another key: %s, was %s", s.Fingerprint(), fingerprint)
	}
	if v, _ := s.Setting("lang"); v != "kk" {
		t.Errorf("setting lang = %q", v)
	}
	got := 0
	s.List(model.KindIdea, func(r model.Record) error {
		i := r.(*model.Idea)
		if ideas[i.ID] != i.Title {
			t.Errorf("idea %s: %q, want %q", i.ID, i.Title, ideas[i.ID])
		}
		got++
		return nil
	})
	if c, _ := s.Count(model.KindIdea); got != n || c != n {
		t.Errorf("salvaged store holds %d ideas (count %d), report says %d", got, c, n)
	}

	// Never over the store, never over another store's file (out is one
	// now), even with force: salvage --force replaced another office's
	// store. Over any other existing file only with force.
	if _, err := storage.Salvage(path, path, true); !errors.Is(err, storage.ErrOutputIsStore) {
		t.Errorf("salvage over the store: %v", err)
	}
	for _, force := range []bool{false, true} {
		if _, err := storage.Salvage(path, out, force); !errors.Is(err, storage.ErrOutputIsStoreFile) {
			t.Errorf("salvage over another store (force %v): %v", force, err)
		}
	}
	other := filepath.Join(filepath.Dir(out), "notes.txt")
	if err := os.WriteFile(other, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := storage.Salvage(path, other, false); !errors.Is(err, storage.ErrOutputExists) {
		t.Errorf("salvage over an existing file: %v", err)
	}
	if _, err := storage.Salvage(path, other, true); err != nil || !storage.IsStoreFile(other) {
		t.Errorf("salvage --force over a file that is no store: %v", err)
	}
}
