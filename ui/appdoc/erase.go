package appdoc

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"frontoffice/storage"
)

// PersonFiles are the files beside the store (storePath) made for a person:
// certificates named after any of names (CertificateFile's naming: the name,
// then the day) and the applications of ideaIDs, the ideas whose applicant
// they are (named from the title and day, with the idea's id inside: see
// ApplicationPath; or, written before, applications/<idea id>-<code>.<format>). Missing folders are no
// files. The paths are sorted.
func PersonFiles(storePath string, names, ideaIDs []string) ([]string, error) {
	base := filepath.Dir(storePath)
	var out []string
	prefixes := map[string]bool{}
	for _, n := range names {
		if strings.TrimSpace(n) != "" {
			prefixes[fileName(n)+"-"] = true
		}
	}
	err := eachFile(filepath.Join(base, "certificates"), func(name string) bool {
		for p := range prefixes {
			if rest, ok := strings.CutPrefix(name, p); ok {
				day, ok := strings.CutSuffix(rest, ".html")
				if _, err := time.Parse("2006-01-02", day); ok && err == nil {
					return true
				}
			}
		}
		return false
	}, &out)
	if err != nil {
		return nil, err
	}
	apps := filepath.Join(base, "applications")
	err = eachFile(apps, func(name string) bool {
		var named string // the idea the file names inside (ApplicationPath's files)
		if strings.HasSuffix(name, ".html") || strings.HasSuffix(name, ".md") {
			named = FileIdea(filepath.Join(apps, name))
		}
		for _, id := range ideaIDs {
			if id != "" && (strings.HasPrefix(name, id+"-") || named == id) {
				return true
			}
		}
		return false
	}, &out)
	if err != nil {
		return nil, err
	}
	slices.Sort(out)
	return out, nil
}

// eachFile appends to out the regular files of dir whose names match.
func eachFile(dir string, match func(string) bool, out *[]string) error {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("read %s: %w", dir, err)
	}
	for _, e := range entries {
		if e.Type().IsRegular() && match(e.Name()) {
			*out = append(*out, filepath.Join(dir, e.Name()))
		}
	}
	return nil
}

// DeletePersonFiles deletes PersonFiles and returns those it deleted; it
// goes on past a file it cannot delete and returns the first such error.
func DeletePersonFiles(storePath string, names, ideaIDs []string) (deleted []string, err error) {
	files, err := PersonFiles(storePath, names, ideaIDs)
	if err != nil {
		return nil, err
	}
	var first error
	for _, f := range files {
		if err := os.Remove(f); err != nil && !errors.Is(err, os.ErrNotExist) {
			if first == nil {
				first = fmt.Errorf("delete %s: %w", f, err)
			}
			continue
		}
		deleted = append(deleted, f)
	}
	return deleted, first
}

// Finished is what a withdrawal did beyond the store's records (Finish).
type Finished struct {
	Files   []string // files beside the store deleted
	FileErr error    // a file that could not be deleted
	Wiped   storage.Wiped
	WipeErr error // the freed pages could not be wiped
	Backups []storage.BackupErased
	Entry   storage.ErasureLogEntry // as written to the erasure log
	LogErr  error
}

// BackupsRewritten counts the backups rewritten.
func (f Finished) BackupsRewritten() int {
	n := 0
	for _, b := range f.Backups {
		if b.Rewritten && b.Err == nil {
			n++
		}
	}
	return n
}

// Failed reports whether anything the withdrawal should have reached is
// left holding the person's data (a file, freed pages, a backup) or the log
// entry could not be written.
func (f Finished) Failed() bool {
	if f.FileErr != nil || f.WipeErr != nil || f.LogErr != nil {
		return true
	}
	for _, b := range f.Backups {
		if b.Err != nil {
			return true
		}
	}
	return false
}

// Step is the part of Finish under way, for a progress line.
type Step int

const (
	StepFiles   Step = iota // deleting the files made for the person
	StepWipe                // overwriting the store's freed pages (done, of total pages)
	StepBackups             // rewriting the backups (done = which, total = how many)
)

// Finish takes withdrawal e (storage.Withdraw, or one received in a
// bundle: received is the office it came from) to everything beside the
// store's records: the files made for the person are deleted, every backup
// rewritten with the same erasure, the store's freed pages overwritten with
// zeros, and the erasure log told what was erased. It reads the withdrawal
// from the store's pending entry (storage.PendingErasure) and records each
// step done there, so a stop halfway is finished later (FinishPending). It
// goes on past a part that fails and says which in the result. progress,
// when not nil, is told the step under way.
func Finish(s *storage.Store, e storage.Erasure, received string, progress func(step Step, done, total int64)) Finished {
	p, recorded, err := s.PendingErasureOf(e.PersonID)
	if err != nil || !recorded {
		// Not recorded (finished meanwhile, or unreadable): the steps run
		// from memory all the same.
		p, recorded = storage.PendingErasure{Erasure: e, Received: received, Mentions: true}, false
	}
	if p.Received == "" {
		p.Received = received
	}
	return finish(s, p, recorded, progress)
}

// finish runs the steps of p not done yet; recorded: p is the store's
// pending entry, and each step done is recorded there.
func finish(s *storage.Store, p storage.PendingErasure, recorded bool, progress func(step Step, done, total int64)) Finished {
	tell := func(step Step, done, total int64) {
		if progress != nil {
			progress(step, done, total)
		}
	}
	e := p.Erasure
	id := e.PersonID
	var f Finished
	if p.Cleared {
		f.Entry = p.Log
	} else {
		if !p.FilesDone {
			tell(StepFiles, 0, 1)
			f.Files, f.FileErr = DeletePersonFiles(s.Path(), e.Names(), e.ApplicantIdeas)
			p.Files = len(f.Files)
			if recorded {
				if err := s.PendingFilesDone(id, p.Files); err != nil {
					recorded = false
				}
			}
		}
		if !p.BackupsDone {
			f.Backups = s.EraseInBackups(e, func(i, n int, _ string) { tell(StepBackups, int64(i), int64(n)) })
			p.Backups, p.BackupsFailed = f.BackupsRewritten(), 0
			for _, b := range f.Backups {
				if b.Err != nil {
					p.BackupsFailed++
				}
			}
			if recorded {
				if err := s.PendingBackupsDone(id, p.Backups, p.BackupsFailed); err != nil {
					recorded = false
				}
			}
		}
		f.Entry = e.Entry(time.Now(), s.Actor())
		f.Entry.Received = p.Received
		f.Entry.Files = p.Files
		f.Entry.Backups = p.Backups
		f.Entry.BackupsFailed = p.BackupsFailed
		// The entry's personal data goes before the wipe, so the page
		// that held it is among those wiped.
		if recorded {
			if err := s.ClearPending(id, f.Entry); err != nil {
				recorded = false
			}
		}
	}
	tell(StepWipe, 0, 1)
	f.Wiped, f.WipeErr = s.WipeFreed(func(done, total int64) { tell(StepWipe, done, total) })
	f.Entry.FreedPages = f.Wiped.Pages
	f.Entry.WipeFailed = f.WipeErr != nil
	// This write also moves both of bbolt's meta pages off the trees whose
	// pages were just wiped (docs/RELIABILITY.md); the marker goes with it.
	if recorded {
		f.LogErr = s.LogErasureDone(id, f.Entry)
	} else {
		f.LogErr = s.LogErasure(f.Entry)
	}
	return f
}
