package storage_test

import (
	"context"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"frontoffice/storage"
)

// Every backup that holds the person is rewritten and checked; a damaged
// one is said (not skipped) and left as it was; one made after the erasure
// and the wipe holds nothing and is only read.
func TestEraseInBackups(t *testing.T) {
	s, path, p, _ := wipeFixture(t)
	dir := filepath.Join(filepath.Dir(path), "backups")
	if _, err := s.AutoBackup(day0); err != nil {
		t.Fatal(err)
	}
	good := filepath.Join(dir, "store-"+day0.Format("2006-01-02")+".db")
	// A damaged backup: the good one with its pages after the first few
	// overwritten, holding her phone still.
	raw, err := os.ReadFile(good)
	if err != nil {
		t.Fatal(err)
	}
	for i := 4 * 4096; i < len(raw) && i < 12*4096; i++ {
		raw[i] = 0xff
	}
	raw = append(raw, []byte("+77011110001")...)
	damaged := filepath.Join(dir, "store-"+day0.AddDate(0, 0, -1).Format("2006-01-02")+".db")
	if err := os.WriteFile(damaged, raw, 0o600); err != nil {
		t.Fatal(err)
	}
	e, err := s.Withdraw(p.ID)
	if err != nil {
		t.Fatal(err)
	}
	// As appdoc.Finish does: the pending entry's personal data goes before the wipe.
	if err := s.ClearPending(p.ID, storage.ErasureLogEntry{}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.WipeFreed(nil); err != nil {
		t.Fatal(err)
	}
	later, err := s.BackupNow(context.Background(), day0.Add(time.Hour), nil)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, b := range s.EraseInBackups(e, nil) {
		switch {
		case b.Err != nil:
			got[b.File] = "failed"
			t.Logf("%s: %v", filepath.Base(b.File), b.Err)
		case b.Rewritten:
			got[b.File] = "rewritten"
		default:
			got[b.File] = "read"
		}
	}
	want := map[string]string{good: "rewritten", damaged: "failed", later: "read"}
	for f, w := range want {
		if got[f] != w {
			t.Errorf("%s: %s, want %s (all: %v)", filepath.Base(f), got[f], w, got)
		}
	}
	traces := append(withdrawnTraces(p.IIN), "Айгерім Сейтқали")
	if hits := rawHits(t, good, traces); len(hits) > 0 {
		t.Errorf("the rewritten backup still holds %v", hits)
	}
	if after, _ := os.ReadFile(damaged); string(after) != string(raw) {
		t.Errorf("the damaged backup was changed")
	}
}

// TestBackupUnderWayWhenAWithdrawalComes: a daily backup copying the store
// (at the lowest priority, so slow on a busy machine) when a withdrawal
// comes and its backups are erased: the backup, renamed into the folder
// after the erasure listed it, must not keep the person. It is held between
// its copy and its rename here; the erasure may wait for it.
func TestBackupUnderWayWhenAWithdrawalComes(t *testing.T) {
	s, path, p, _ := wipeFixture(t)
	copied, release := make(chan struct{}), make(chan struct{})
	var once atomic.Bool
	storage.SetCopiedHookForTest(t, func(context.Context) {
		if once.CompareAndSwap(false, true) { // the daily backup's copy only
			close(copied)
			<-release
		}
	})
	backedUp := make(chan error, 1)
	go func() { _, err := s.AutoBackup(day0); backedUp <- err }()
	select { // the copy holds her; it is not in the folder yet
	case <-copied:
	case err := <-backedUp:
		t.Fatalf("the daily backup ended before its copy was held: %v", err)
	}
	e, err := s.Withdraw(p.ID)
	if err != nil {
		t.Fatal(err)
	}
	erased := make(chan []storage.BackupErased, 1)
	go func() { erased <- s.EraseInBackups(e, nil) }()
	close(release)
	if err := <-backedUp; err != nil {
		t.Fatal(err)
	}
	got := <-erased
	daily := filepath.Join(filepath.Dir(path), "backups", "store-"+day0.Format("2006-01-02")+".db")
	if hits := rawHits(t, daily, append(withdrawnTraces(p.IIN), "Айгерім Сейтқали")); len(hits) > 0 {
		t.Errorf("the backup under way when she withdrew holds %v (the erasure saw %d backups: %+v)", hits, len(got), got)
	}
}
