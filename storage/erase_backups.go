package storage

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"frontoffice/model"
)

// A withdrawal reaches the backups (issue 17): every store file in the
// backups folder that holds the person is rewritten with the same erasure,
// on a copy, its freed pages wiped, checked, then renamed over the backup,
// so a backup is always either as it was or erased and sound.

// BackupErased is what EraseInBackups did with one backup.
type BackupErased struct {
	File string // the backup's path
	// Rewritten: the backup held the person and was rewritten; false: it
	// was read and holds nothing of theirs.
	Rewritten bool
	Err       error // the backup could not be erased (it is left as it was)
}

// BackupProgress is told which backup (1…n) is being read or rewritten.
type BackupProgress func(i, n int, file string)

// EraseInBackups applies withdrawal e to every backup in the backups folder
// (daily ones and those made with "backup now"): each is read, and one that
// holds any of the person's phone, IIN or name (or a record of theirs not
// yet withdrawn) is copied, opened as a store, withdrawn there the same way,
// its freed pages wiped, checked (sound, and none of those values left in
// its bytes) and renamed over the backup. A backup that is damaged or fails
// is left as it was and said in its Err. It returns one entry per backup.
func (s *Store) EraseInBackups(e Erasure, progress BackupProgress) []BackupErased {
	// A backup being written waits, or is waited for: one copied before the
	// withdrawal is in the folder before it is listed below.
	s.backups.Lock()
	defer s.backups.Unlock()
	dir := s.BackupDir()
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return []BackupErased{{File: dir, Err: err}}
	}
	// A rewrite stopped halfway (the program killed) left its copy: it may
	// hold the person still.
	stale, _ := filepath.Glob(filepath.Join(dir, ".erase-*.tmp"))
	for _, f := range stale {
		os.Remove(f)
	}
	var files []string
	for _, d := range entries {
		if d.Type().IsRegular() && strings.HasSuffix(d.Name(), ".db") && !strings.HasPrefix(d.Name(), ".") {
			files = append(files, filepath.Join(dir, d.Name()))
		}
	}
	slices.Sort(files)
	if len(files) == 0 {
		return nil
	}
	// A name someone else in the store bears too (namesakes are common)
	// is theirs to keep: the backups are checked for what the store itself
	// no longer holds.
	if len(e.traces.names) > 0 {
		names := traces{names: e.traces.names}
		if held, err := names.namesIn(s.path); err == nil {
			e.traces.names = slices.DeleteFunc(slices.Clone(e.traces.names), func(n string) bool { return held[n] })
		}
	}
	out := make([]BackupErased, 0, len(files))
	for i, f := range files {
		if progress != nil {
			progress(i+1, len(files), f)
		}
		rewritten, err := s.eraseInBackup(f, e)
		out = append(out, BackupErased{File: f, Rewritten: rewritten, Err: err})
	}
	return out
}

// eraseInBackup applies e to the backup at path (see EraseInBackups).
func (s *Store) eraseInBackup(path string, e Erasure) (rewritten bool, err error) {
	// A backup that holds a record of theirs not withdrawn is rewritten
	// (found by id, quickly); one that does not is read through for their
	// phone, IIN or name all the same (a copy made between the erasure and
	// the wipe keeps them in freed pages).
	if !s.backupHolds(path, e.PersonIDs) {
		held, err := e.traces.found(path)
		if err != nil {
			return false, err
		}
		if len(held) == 0 {
			return false, nil
		}
	}
	tmp, err := copyBeside(path, ".erase-*.tmp")
	if err != nil {
		return false, err
	}
	defer os.Remove(tmp) // no-op after the rename
	b, err := OpenWith(tmp, Options{Now: s.now})
	if err != nil {
		return false, err
	}
	b.SetActor(s.Actor())
	for _, id := range e.PersonIDs {
		_, err := b.withdraw(id, false)
		if err != nil && !errors.Is(err, ErrNotFound) {
			b.Close()
			return false, err
		}
	}
	if _, err := b.WipeFreed(nil); err != nil {
		b.Close()
		return false, err
	}
	if err := b.Close(); err != nil { // its last write moves both meta pages off the wiped ones
		return false, err
	}
	// Checked: sound, and nothing of theirs left in its bytes.
	if fi := CheckFile(tmp); fi.Problem != nil {
		return false, fmt.Errorf("after erasing: %w", fi.Problem)
	}
	left, err := e.traces.found(tmp)
	if err != nil {
		return false, err
	}
	if len(left) > 0 {
		return false, fmt.Errorf("after erasing, the copy still holds the person's %s", strings.Join(left, ", "))
	}
	if err := syncFile(tmp); err != nil {
		return false, err
	}
	if err := os.Rename(tmp, path); err != nil {
		return false, err
	}
	syncDir(filepath.Dir(path))
	return true, nil
}

// backupHolds reports whether the backup at path holds a record of ids
// whose consent is not withdrawn there yet (read only).
func (s *Store) backupHolds(path string, ids []string) bool {
	b, err := OpenWith(path, Options{ReadOnly: true, Now: s.now})
	if err != nil {
		return true // the rewrite says what is wrong
	}
	defer b.Close()
	for _, id := range ids {
		r, err := b.Get(model.KindPerson, id)
		if p, ok := r.(*model.Person); err == nil && ok && !p.Deleted && p.ConsentWithdrawn == "" {
			return true
		}
	}
	return false
}

// copyBeside copies the file at path to a new temporary file in its folder
// (named by pattern, owner only), synced; it returns the copy's path.
func copyBeside(path, pattern string) (string, error) {
	src, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer src.Close()
	dst, err := os.CreateTemp(filepath.Dir(path), pattern)
	if err != nil {
		return "", err
	}
	if err := dst.Chmod(0o600); err == nil {
		_, err = io.Copy(dst, src)
		if err == nil {
			err = dst.Sync()
		}
		if cerr := dst.Close(); err == nil {
			err = cerr
		}
		if err == nil {
			return dst.Name(), nil
		}
	} else {
		dst.Close()
	}
	os.Remove(dst.Name())
	return "", err
}

func syncFile(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	err = f.Sync()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}
