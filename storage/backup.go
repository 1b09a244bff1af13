package storage

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"time"

	"frontoffice/model"

	bolt "go.etcd.io/bbolt"
)

// BackupsKept is how many daily automatic backups stay beside the store.
const BackupsKept = 7

// Backup writes a consistent copy of the whole store to w, from one read
// transaction, while the store stays usable.
func (s *Store) Backup(w io.Writer) (int64, error) {
	var n int64
	err := s.db.View(func(tx *bolt.Tx) error {
		var err error
		n, err = tx.WriteTo(w)
		return err
	})
	return n, err
}

// BackupFile writes a copy of the store to path: first to a temporary file in
// the same folder, synced, then renamed, so a half-written copy never bears the
// name. The file is readable by its owner only.
// It refuses the store itself, its backups folder and any store file (see
// CheckOutput); ending ctx stops it and leaves nothing behind.
func (s *Store) BackupFile(ctx context.Context, path string) error {
	if err := s.guardOutput(path); err != nil {
		return err
	}
	if err := CheckOutputFile(path, true); err != nil {
		return err
	}
	return s.backupFile(ctx, path, nil)
}

// Progress is told how many bytes of how many are done; it may be nil.
type Progress func(done, total int64)

// BackupNow writes a backup into the backups folder beside the store, named
// with the date and time (so it is never taken for a daily automatic one
// and never rotated away), telling progress; ending ctx stops it and leaves
// nothing behind. It returns the file written.
func (s *Store) BackupNow(ctx context.Context, now time.Time, progress Progress) (string, error) {
	base := strings.TrimSuffix(filepath.Base(s.path), filepath.Ext(s.path))
	name := filepath.Join(s.BackupDir(), base+"-"+now.Format("2006-01-02-150405")+".db")
	if !s.enterBg() {
		return "", context.Canceled // the store is closing
	}
	defer s.bg.Done()
	ctx, stop := context.WithCancel(ctx)
	defer stop()
	go func() { // closing the store stops it too
		select {
		case <-s.bgCtx.Done():
			stop()
		case <-ctx.Done():
		}
	}()
	if err := s.backupFile(ctx, name, progress); err != nil {
		return "", err
	}
	return name, nil
}

// backupFile is BackupFile that gives up, removing its temporary file, when
// ctx ends, and tells progress (if not nil) as it goes.
func (s *Store) backupFile(ctx context.Context, path string, progress Progress) error {
	s.backups.Lock() // not while a withdrawal erases the backups (erase_backups.go)
	defer s.backups.Unlock()
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return fmt.Errorf("backup to %s: %w", path, err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".backup-*.tmp")
	if err != nil {
		return fmt.Errorf("backup to %s: %w", path, err)
	}
	defer os.Remove(tmp.Name()) // no-op after the rename
	if err := tmp.Chmod(0o600); err != nil {
		tmp.Close()
		return fmt.Errorf("backup to %s: %w", path, err)
	}
	if d := s.Damage(); d != nil { // known already: no copy of it is made
		tmp.Close()
		return fmt.Errorf("backup to %s: %w", path, d)
	}
	var w io.Writer = ctxWriter{ctx, tmp}
	if progress != nil {
		w = &progressWriter{w: w, total: s.size(), tell: progress}
	}
	if _, err := s.Backup(w); err != nil {
		tmp.Close()
		if ctx.Err() != nil { // bbolt passes the cause on as text only
			err = ctx.Err()
		}
		return fmt.Errorf("backup to %s: %w", path, err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("backup to %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("backup to %s: %w", path, err)
	}
	if testHookCopied != nil {
		testHookCopied(ctx)
	}
	if err := finishCopy(ctx, tmp.Name()); err != nil {
		if ctx.Err() != nil {
			err = ctx.Err()
		}
		if errors.Is(err, ErrDamaged) {
			err = s.copyDamaged(err)
		}
		return fmt.Errorf("backup to %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("backup to %s: %w", path, err)
	}
	dropFileCache(path) // written and checked: not read again soon
	return nil
}

// testHookCopied, when set (tests), is called once a copy is written and
// synced, before its check.
var testHookCopied func(ctx context.Context)

// BackupDir is the folder of automatic backups, beside the store.
func (s *Store) BackupDir() string { return filepath.Join(filepath.Dir(s.path), "backups") }

// AutoBackup makes today's backup if there is none yet and keeps only the newest
// BackupsKept, and always one that passes the quick check (see lastGood). It
// returns the file written, or "" when today's existed already. A store that
// fails the quick check gets no backup (a *DamagedError) and none is removed.
func (s *Store) AutoBackup(now time.Time) (string, error) {
	dir := s.BackupDir()
	base := strings.TrimSuffix(filepath.Base(s.path), filepath.Ext(s.path))
	name := filepath.Join(dir, base+"-"+now.Format("2006-01-02")+".db")
	if s.readOnly {
		return "", nil // nothing can change in a store that is only read
	}
	if !s.enterBg() {
		return "", nil // the store is closing: tomorrow's start makes it
	}
	defer s.bg.Done()
	removeStaleTemps(dir)
	written := ""
	if _, err := os.Stat(name); os.IsNotExist(err) {
		// At the lowest priority: the person works meanwhile (lowprio_*.go).
		var err error
		atLowPriority(func() { err = s.backupFile(s.bgCtx, name, nil) })
		if err != nil {
			return "", err
		}
		written = name
	}
	old, err := s.autoBackups()
	if err != nil || len(old) <= BackupsKept {
		return written, err
	}
	spare := lastGood(old, written)
	for i, f := range old[:len(old)-BackupsKept] {
		if i == spare {
			continue
		}
		if err := os.Remove(f); err != nil {
			return written, fmt.Errorf("remove old backup: %w", err)
		}
	}
	return written, nil
}

// lastGood picks, among the automatic backups old (oldest first) about to
// lose all but their newest BackupsKept, the one to keep besides them so
// that at least one backup that passes the quick check stays: -1 when one
// of the kept passes already (written, just made and checked, does), else
// the newest older one that passes (-1 when none does).
func lastGood(old []string, written string) int {
	kept := old[len(old)-BackupsKept:]
	if written != "" && slices.Contains(kept, written) {
		return -1
	}
	for i := len(kept) - 1; i >= 0; i-- {
		if CheckFile(kept[i]).Problem == nil {
			return -1
		}
	}
	for i := len(old) - BackupsKept - 1; i >= 0; i-- {
		if CheckFile(old[i]).Problem == nil {
			return i
		}
	}
	return -1
}

// LastBackup is the newest automatic backup's date ("" when there is none).
func (s *Store) LastBackup() string {
	base := strings.TrimSuffix(filepath.Base(s.path), filepath.Ext(s.path))
	old, _ := s.autoBackups()
	if len(old) == 0 {
		return ""
	}
	n := filepath.Base(old[len(old)-1])
	return strings.TrimSuffix(strings.TrimPrefix(n, base+"-"), ".db")
}

// autoBackups lists the automatic backups, oldest first (the dates in the names
// sort in time order). It reads the folder instead of globbing, because the
// store's own path may hold glob characters such as "[".
func (s *Store) autoBackups() ([]string, error) {
	base := strings.TrimSuffix(filepath.Base(s.path), filepath.Ext(s.path))
	entries, err := os.ReadDir(s.BackupDir())
	if os.IsNotExist(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range entries {
		day, ok := strings.CutPrefix(e.Name(), base+"-")
		if !ok {
			continue
		}
		day, ok = strings.CutSuffix(day, ".db")
		if ok && model.Date(day).Valid() && e.Type().IsRegular() {
			out = append(out, filepath.Join(s.BackupDir(), e.Name()))
		}
	}
	sort.Strings(out)
	return out, nil
}

// finishCopy flags a copy as cleanly closed (it was taken from a consistent
// read transaction, so opening it needs no recovery check) and gives it the
// quick check: walk and bbolt's page check. A copy is a faithful image of
// the store's pages, so a copy that fails means the store itself is damaged.
// Ending ctx stops it (the check is then not passed: ctx's error). The
// pages it reads are let go as it goes, so checking the copy of a big store
// does not show as hundreds of megabytes of the app's memory.
func finishCopy(ctx context.Context, path string) error {
	db, err := openBolt(path, 0o600, &bolt.Options{Timeout: LockTimeout})
	if err != nil {
		return err
	}
	g := newGuardDB(db, path)
	err = g.Update(func(tx *bolt.Tx) error {
		meta := tx.Bucket(bucketMeta)
		if meta == nil {
			return nil
		}
		return meta.Put(keyClean, []byte("1"))
	})
	if err == nil {
		err = g.View(func(tx *bolt.Tx) error {
			if err := walker(ctx)(tx); err != nil {
				return err
			}
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := pageCheckDropping(tx); err != nil {
				return &DamagedError{Path: path, Detail: err.Error()}
			}
			return nil
		})
	}
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	return err
}

// pageCheckDropping is pageCheck that lets go of the file pages it read
// every 10 ms (bbolt's check reads every page, on a goroutine
// of its own); the transaction holds the mapping in place meanwhile.
func pageCheckDropping(tx *bolt.Tx) error {
	stop, stopped := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(stopped)
		t := time.NewTicker(10 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
				dropMapped(tx)
			}
		}
	}()
	err := pageCheck(tx)
	close(stop)
	<-stopped
	dropMapped(tx)
	return err
}

// copyDamaged is called when a fresh copy failed its check: the store
// itself is looked over the same way, with saves held up meanwhile. Damage
// found there is the store's (it refuses writes from then on); a sound store
// means the copy went wrong on its way to the disk.
func (s *Store) copyDamaged(copyErr error) error {
	err := s.exclusiveView(func(tx *bolt.Tx) error {
		if err := walk(tx); err != nil {
			return err
		}
		if err := pageCheck(tx); err != nil {
			return s.db.markDamaged(err.Error())
		}
		return nil
	})
	if err != nil {
		return err
	}
	return fmt.Errorf("the copy failed its check, the store did not: %v", copyErr)
}

// size is the store's size in bytes as a backup would write it.
func (s *Store) size() int64 {
	var n int64
	s.db.View(func(tx *bolt.Tx) error { n = tx.Size(); return nil })
	return n
}

// progressWriter tells how far a copy has come, every megabyte or so.
type progressWriter struct {
	w           io.Writer
	done, total int64
	told        int64
	tell        Progress
}

func (p *progressWriter) Write(b []byte) (int, error) {
	n, err := p.w.Write(b)
	p.done += int64(n)
	if p.done-p.told >= 1<<20 || p.done >= p.total {
		p.told = p.done
		p.tell(p.done, p.total)
	}
	return n, err
}

// ctxWriter fails its writes once ctx is done, so a long copy stops promptly.
type ctxWriter struct {
	ctx context.Context
	w   io.Writer
}

func (c ctxWriter) Write(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.w.Write(p)
}

// removeStaleTemps deletes temporary files a killed backup left in dir. Only
// the program holding the store writes there, so any found now are stale.
func removeStaleTemps(dir string) {
	old, _ := filepath.Glob(filepath.Join(dir, ".backup-*.tmp"))
	for _, f := range old {
		os.Remove(f)
	}
}
