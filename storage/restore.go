package storage

// Restore: put the newest good backup (or a chosen file) in the store's
// place, after moving the store that was there aside under a name that says
// when and why. Nothing is deleted.

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// BackupFile is one store file in the backups folder, looked at.
type BackupFile struct {
	Path  string
	Time  time.Time // from its name (a daily backup: that day), else when it was written
	Daily bool      // an automatic daily backup (rotated: the newest BackupsKept stay)
	FileInfo
}

// ErrNoGoodBackup is a restore with no backup that passes the quick check.
var ErrNoGoodBackup = errors.New("no backup passes the check")

// ListBackups lists the store files in the backups folder beside the store
// at storePath, newest first, each given the quick check (CheckFile). No
// folder means no backups.
func ListBackups(storePath string) ([]BackupFile, error) {
	dir := filepath.Join(filepath.Dir(storePath), "backups")
	entries, err := os.ReadDir(dir)
	if os.IsNotExist(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	base := strings.TrimSuffix(filepath.Base(storePath), filepath.Ext(storePath))
	var out []BackupFile
	for _, e := range entries {
		name := e.Name()
		if !e.Type().IsRegular() || strings.HasPrefix(name, ".") || !strings.HasSuffix(name, ".db") {
			continue
		}
		b := BackupFile{Path: filepath.Join(dir, name)}
		stamp := strings.TrimSuffix(strings.TrimPrefix(name, base+"-"), ".db")
		if t, err := time.ParseInLocation("2006-01-02", stamp, time.Local); err == nil && strings.HasPrefix(name, base+"-") {
			b.Time, b.Daily = t, true
		} else if t, err := time.ParseInLocation("2006-01-02-150405", stamp, time.Local); err == nil && strings.HasPrefix(name, base+"-") {
			b.Time = t
		} else if fi, err := e.Info(); err == nil {
			b.Time = fi.ModTime()
		}
		b.FileInfo = CheckFile(b.Path)
		out = append(out, b)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if !out[i].Time.Equal(out[j].Time) {
			return out[i].Time.After(out[j].Time)
		}
		return out[i].Path > out[j].Path
	})
	return out, nil
}

// Restored says what Restore did.
type Restored struct {
	From     BackupFile // the file put in the store's place
	MovedTo  string     // where the store that was there went ("" when there was none)
	WasSound bool       // the store moved aside passed the quick check
}

// Restore puts a backup in the store's place: from, when given, else the
// newest backup that passes the quick check. The store that was there is
// first moved aside, never deleted: to PATH.damaged-YYYYMMDD-HHMMSS when it
// fails the quick check, else PATH.before-restore-YYYYMMDD-HHMMSS. It holds
// the store's lock meanwhile, so it fails with ErrInUse while the app (or
// any program) has the store open.
func Restore(storePath, from string, now time.Time) (Restored, error) {
	var res Restored
	// How the store is, before it is locked here (bbolt's own lock, taken
	// to read it, would wait for ours): a program holding it says so too.
	current := CheckFile(storePath)
	if errors.Is(current.Problem, ErrInUse) {
		return res, fmt.Errorf("restore %s: %w", storePath, ErrInUse)
	}
	res.WasSound = current.Problem == nil
	// The lock: nobody may open the store while it is replaced.
	lock, err := os.OpenFile(storePath, os.O_RDWR, 0)
	switch {
	case os.IsNotExist(err):
		lock = nil // no store: the backup simply takes its place
	case err != nil:
		return res, err
	default:
		if err := lockFile(lock); err != nil {
			lock.Close()
			if errors.Is(err, ErrInUse) {
				return res, fmt.Errorf("restore %s: %w", storePath, ErrInUse)
			}
			return res, fmt.Errorf("restore %s: %w", storePath, err)
		}
		defer func() {
			if lock != nil {
				unlockFile(lock)
				lock.Close()
			}
		}()
	}

	if from != "" {
		if same(from, storePath) {
			return res, fmt.Errorf("restore from %s: %w", from, ErrOutputIsStore)
		}
		res.From = BackupFile{Path: from, FileInfo: CheckFile(from)}
		if fi, err := os.Stat(from); err == nil {
			res.From.Time = fi.ModTime()
		}
		if res.From.Problem != nil {
			return res, fmt.Errorf("restore from %s: %w", from, res.From.Problem)
		}
	} else {
		list, err := ListBackups(storePath)
		if err != nil {
			return res, err
		}
		found := false
		for _, b := range list {
			if b.Problem == nil {
				res.From, found = b, true
				break
			}
		}
		if !found {
			return res, fmt.Errorf("restore %s: %w", storePath, ErrNoGoodBackup)
		}
	}

	// The copy is made beside the store, then the store moves aside and the
	// copy takes its name: the store's name is without a file only between
	// two renames.
	tmp, err := copyFile(res.From.Path, filepath.Dir(storePath))
	if err != nil {
		return res, fmt.Errorf("restore from %s: %w", res.From.Path, err)
	}
	defer os.Remove(tmp) // no-op once renamed
	if lock != nil {
		why := "damaged"
		if res.WasSound {
			why = "before-restore"
		}
		res.MovedTo = asideName(storePath, why, now)
		if !renameLocked {
			unlockFile(lock)
			lock.Close()
			lock = nil
		}
		if err := os.Rename(storePath, res.MovedTo); err != nil {
			return res, fmt.Errorf("move %s aside: %w", storePath, err)
		}
	}
	if err := os.Rename(tmp, storePath); err != nil {
		return res, fmt.Errorf("restore from %s: %w", res.From.Path, err)
	}
	syncDir(filepath.Dir(storePath))
	return res, nil
}

// asideName is where the store goes when replaced: PATH.WHY-YYYYMMDD-HHMMSS,
// with -2, -3… when that is taken.
func asideName(path, why string, now time.Time) string {
	name := fmt.Sprintf("%s.%s-%s", path, why, now.Format("20060102-150405"))
	for i := 2; ; i++ {
		if _, err := os.Lstat(name); os.IsNotExist(err) {
			return name
		}
		name = fmt.Sprintf("%s.%s-%s-%d", path, why, now.Format("20060102-150405"), i)
	}
}

// copyFile copies src into a new temporary file in dir (synced, owner
// only) and returns its name.
func copyFile(src, dir string) (string, error) {
	in, err := os.Open(src)
	if err != nil {
		return "", err
	}
	defer in.Close()
	out, err := os.CreateTemp(dir, ".restore-*.tmp")
	if err != nil {
		return "", err
	}
	ok := false
	defer func() {
		if !ok {
			out.Close()
			os.Remove(out.Name())
		}
	}()
	if err := out.Chmod(0o600); err != nil {
		return "", err
	}
	if _, err := io.Copy(out, in); err != nil {
		return "", err
	}
	if err := out.Sync(); err != nil {
		return "", err
	}
	if err := out.Close(); err != nil {
		return "", err
	}
	ok = true
	return out.Name(), nil
}

// syncDir makes the renames in dir durable (where the system allows).
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}
