package storage_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/storage"
)

// fill stores a few records of several kinds, some updated and some deleted.
func fill(t *testing.T, s *storage.Store) {
	t.Helper()
	p := newPerson("Дана", "+77011234567")
	mustCreate(t, s, p)
	for n, st := range []model.IdeaStatus{"draft", "ready", "funded"} {
		i := newIdea("Идея "+string(st), st)
		mustCreate(t, s, i)
		if n == 0 {
			i.Title = "Жаңа атау"
			mustUpdate(t, s, i)
		}
		if n == 2 {
			if err := s.Delete(model.KindIdea, i.ID); err != nil {
				t.Fatal(err)
			}
		}
	}
	mustCreate(t, s, newVisit(p.ID, "2026-02-13"))
	if err := s.SetSetting("lang", "ru"); err != nil {
		t.Fatal(err)
	}
}

func summaryOf(t *testing.T, s *storage.Store) storage.Summary {
	t.Helper()
	sum, err := s.Summary("2026-02-13")
	if err != nil {
		t.Fatal(err)
	}
	sum.LastBackup = ""
	return sum
}

func sameSummary(a, b storage.Summary) bool {
	if a.People != b.People || a.Ideas != b.Ideas || a.VisitsToday != b.VisitsToday || a.FollowUpsDue != b.FollowUpsDue {
		return false
	}
	for _, st := range model.IdeaStatuses() {
		if a.IdeasByStatus[st] != b.IdeasByStatus[st] {
			return false
		}
	}
	return true
}

func TestBackupFile(t *testing.T) {
	s, _ := newStore(t)
	fill(t, s)
	want := summaryOf(t, s)

	out := filepath.Join(t.TempDir(), "usb", "copy.db")
	if err := s.BackupFile(context.Background(), out); err != nil {
		t.Fatalf("BackupFile: %v", err)
	}
	fi, err := os.Stat(out)
	if err != nil {
		t.Fatal(err)
	}
	if perm := fi.Mode().Perm(); perm != 0o600 {
		t.Errorf("backup mode %v, want 0600", perm)
	}
	if left, _ := filepath.Glob(filepath.Join(filepath.Dir(out), ".backup-*")); len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}

	// The store stays usable while and after it is copied.
	mustCreate(t, s, newIdea("Көшірмеден кейін", "draft"))

	c, err := storage.Open(out)
	if err != nil {
		t.Fatalf("open the backup: %v", err)
	}
	defer c.Close()
	if p := c.Check(); len(p) > 0 {
		t.Errorf("backup check: %q", p)
	}
	if got := summaryOf(t, c); !sameSummary(got, want) {
		t.Errorf("backup summary %+v, want %+v", got, want)
	}
	if c.OfficeID() != s.OfficeID() {
		t.Errorf("backup office %q, want %q", c.OfficeID(), s.OfficeID())
	}
	if v, _ := c.Setting("lang"); v != "ru" {
		t.Errorf("backup setting lang = %q", v)
	}
	// The copy was taken from an open store, so it opens as after an unclean
	// stop: it is checked at open, and the check finds nothing.
	if len(c.Problems) > 0 {
		t.Errorf("problems at opening the backup: %q", c.Problems)
	}
}

func TestBackupWriter(t *testing.T) {
	s, _ := newStore(t)
	fill(t, s)
	want := summaryOf(t, s)

	var buf bytes.Buffer
	n, err := s.Backup(&buf)
	if err != nil {
		t.Fatalf("Backup: %v", err)
	}
	if n != int64(buf.Len()) || n == 0 {
		t.Errorf("Backup reported %d bytes, wrote %d", n, buf.Len())
	}
	path := filepath.Join(t.TempDir(), "from-buffer.db")
	if err := os.WriteFile(path, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	c, done := openStore(t, path, newClock(day0))
	if got := summaryOf(t, c); !sameSummary(got, want) {
		t.Errorf("summary of the copy %+v, want %+v", got, want)
	}
	done()
}

func TestAutoBackupKeepsSeven(t *testing.T) {
	// Brackets in the folder name must not confuse finding the old backups.
	dir := filepath.Join(t.TempDir(), "офис [1]")
	s, _ := openStore(t, filepath.Join(dir, "frontoffice.db"), newClock(day0))
	mustCreate(t, s, newPerson("Дана", "+77011234567"))

	if got := s.LastBackup(); got != "" {
		t.Errorf("LastBackup() before any = %q", got)
	}
	var days []string
	for d := range 10 {
		now := time.Date(2026, 2, 1+d, 18, 0, 0, 0, almaty)
		day := now.Format("2006-01-02")
		days = append(days, day)
		name, err := s.AutoBackup(now)
		if err != nil {
			t.Fatalf("AutoBackup on %s: %v", day, err)
		}
		if name == "" || !strings.Contains(filepath.Base(name), day) || filepath.Dir(name) != s.BackupDir() {
			t.Errorf("AutoBackup on %s wrote %q", day, name)
		}
		again, err := s.AutoBackup(now.Add(time.Hour))
		if err != nil || again != "" {
			t.Errorf("second AutoBackup on %s = %q, %v; want nothing written", day, again, err)
		}
		if got := s.LastBackup(); got != day {
			t.Errorf("LastBackup() = %q, want %q", got, day)
		}
		mustCreate(t, s, newIdea("Идея "+day, "draft"))
	}

	if filepath.Dir(s.BackupDir()) != dir {
		t.Errorf("BackupDir() = %q, want beside the store in %q", s.BackupDir(), dir)
	}
	entries, err := os.ReadDir(s.BackupDir())
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range entries {
		got = append(got, e.Name())
		fi, err := e.Info()
		if err != nil {
			t.Fatal(err)
		}
		if perm := fi.Mode().Perm(); perm != 0o600 {
			t.Errorf("%s: mode %v, want 0600", e.Name(), perm)
		}
	}
	var want []string
	for _, day := range days[len(days)-storage.BackupsKept:] {
		want = append(want, "frontoffice-"+day+".db")
	}
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Errorf("backups kept\n got %v\nwant %v", got, want)
	}
	if sum, err := s.Summary("2026-02-13"); err != nil || sum.LastBackup != days[len(days)-1] {
		t.Errorf("Summary().LastBackup = %q, %v", sum.LastBackup, err)
	}

	// Each backup is the store as it was that day: the first kept one holds
	// the ideas of the days before it.
	c, done := openStore(t, filepath.Join(s.BackupDir(), want[0]), newClock(day0))
	if n := count(t, c, model.KindIdea); n != len(days)-storage.BackupsKept {
		t.Errorf("backup %s holds %d ideas, want %d", want[0], n, len(days)-storage.BackupsKept)
	}
	done()
}

func TestAutoBackupLeavesOtherFiles(t *testing.T) {
	s, _ := newStore(t)
	if err := os.MkdirAll(s.BackupDir(), 0o700); err != nil {
		t.Fatal(err)
	}
	mine := filepath.Join(s.BackupDir(), "my-own-copy.db")
	if err := os.WriteFile(mine, []byte("keep me"), 0o600); err != nil {
		t.Fatal(err)
	}
	for d := range 9 {
		if _, err := s.AutoBackup(time.Date(2026, 3, 1+d, 12, 0, 0, 0, time.UTC)); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := os.Stat(mine); err != nil {
		t.Errorf("a file the consultant put there was removed: %v", err)
	}
	if got := s.LastBackup(); got != "2026-03-09" {
		t.Errorf("LastBackup() = %q", got)
	}
}

// TestBackgroundWorkWhileClosing: backups asked for while the store closes
// either finish before it closes or do not start; none is left running on
// a closed store (run with -race).
func TestBackgroundWorkWhileClosing(t *testing.T) {
	for range 20 {
		s, err := storage.Open(filepath.Join(t.TempDir(), "fo.db"))
		if err != nil {
			t.Fatal(err)
		}
		done := make(chan struct{})
		var made []string
		var errs []error
		go func() {
			defer close(done)
			for i := range 5 {
				name, err := s.AutoBackup(time.Date(2026, 2, 10+i, 9, 0, 0, 0, time.UTC))
				if name != "" {
					made = append(made, name)
				}
				if err != nil {
					errs = append(errs, err)
				}
			}
		}()
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
		<-done
		// A backup either stopped because the store closed, or is whole.
		for _, err := range errs {
			if !errors.Is(err, context.Canceled) {
				t.Errorf("a backup during the close failed otherwise: %v", err)
			}
		}
		for _, name := range made {
			b, err := storage.Open(name)
			if err != nil {
				t.Fatalf("backup %s said made does not open: %v", name, err)
			}
			if p := b.Check(); len(p) > 0 {
				t.Errorf("backup %s said made fails its check: %v", name, p)
			}
			b.Close()
		}
		if _, err := s.BackupNow(context.Background(), time.Now(), nil); err == nil {
			t.Fatal("a backup of a closed store should not be made")
		}
	}
}

// TestCloseDuringDailyBackup: the app closes while the daily backup, which
// now runs after the first screen, is checking its copy: the close stops it
// and waits for it, and backups/ holds nothing (no half-made copy, no
// temporary file); the next start makes the day's backup whole.
func TestCloseDuringDailyBackup(t *testing.T) {
	path := filepath.Join(t.TempDir(), "fo.db")
	s, err := storage.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	fill(t, s)
	copied := make(chan struct{})
	storage.SetCopiedHookForTest(t, func(ctx context.Context) {
		close(copied)
		<-ctx.Done() // the store is closing
	})
	day := time.Date(2026, 2, 13, 9, 0, 0, 0, time.UTC)
	type result struct {
		name string
		err  error
	}
	res := make(chan result, 1)
	go func() {
		name, err := s.AutoBackup(day)
		res <- result{name, err}
	}()
	<-copied
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	r := <-res
	if r.name != "" || !errors.Is(r.err, context.Canceled) {
		t.Fatalf("a backup stopped by the close gave %q, %v", r.name, r.err)
	}
	left, _ := os.ReadDir(filepath.Join(filepath.Dir(path), "backups"))
	for _, e := range left {
		t.Errorf("left in backups/: %s", e.Name())
	}

	storage.SetCopiedHookForTest(t, nil)
	s, err = storage.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	name, err := s.AutoBackup(day)
	if err != nil || name == "" {
		t.Fatalf("the next start's backup: %q, %v", name, err)
	}
	if fi := storage.CheckFile(name); fi.Problem != nil {
		t.Fatalf("the backup fails its check: %v", fi.Problem)
	}
}
