package storage

import (
	"encoding/binary"
	"errors"
	"fmt"
	"os"

	"frontoffice/model"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// The quick check (DESIGN.md §8: no backup is made from a store that fails
// it) reads every page of the file once, without decoding a record: every
// bucket's branch, leaf and overflow pages through a cursor, which makes
// bbolt check each page's header (walk), then bbolt's own consistency check
// (pageCheck: every page reachable once or free, keys in order, the free
// list sound). Random bytes over any page in use are found; a record whose
// text was changed while its page stayed well-formed is left to the full
// `check`, which decodes every record. docs/PERFORMANCE.md has its cost.

// QuickCheck walks every page of the open store in one read transaction,
// without holding up saves. It returns nil, or a *DamagedError (and the
// store refuses writes from then on). Closing the store stops it (nil).
// The app runs it in the background at every start when no daily backup
// (which checks its copy) is due.
func (s *Store) QuickCheck() error {
	if !s.enterBg() {
		return nil
	}
	defer s.bg.Done()
	defer s.release() // it read every page: give them back (mem.go)
	err := s.db.View(walker(s.bgCtx))
	switch {
	case errors.Is(err, ErrDamaged):
		return err
	case err != nil && s.bgCtx.Err() != nil:
		return nil
	case err != nil:
		return fmt.Errorf("check store %s: %w", s.path, err)
	}
	return nil
}

// FileInfo is what a look at a store file (a backup) found.
type FileInfo struct {
	Counts map[model.Kind]int // live records of each kind
	Schema uint64
	// Problem is nil when the file passed the quick check, else why not
	// (a *DamagedError for a damaged file).
	Problem error
}

// CheckFile opens the store file at path read-only (it is not changed, not
// even marked as opened) and gives it the quick check: the walk and bbolt's
// page check. A file another program holds open gives ErrInUse.
func CheckFile(path string) FileInfo {
	fi := FileInfo{Counts: map[model.Kind]int{}}
	db, err := openBolt(path, 0o600, &bolt.Options{ReadOnly: true, PreLoadFreelist: true, Timeout: LockTimeout})
	if err != nil {
		fi.Problem = openErr(path, err)
		return fi
	}
	defer db.Close()
	g := newGuardDB(db, path)
	fi.Problem = g.View(func(tx *bolt.Tx) error {
		if err := walk(tx); err != nil {
			return err
		}
		if err := pageCheck(tx); err != nil {
			return &DamagedError{Path: path, Detail: err.Error()}
		}
		if tx.Bucket(bucketMeta) == nil || tx.Bucket(bucketRecords) == nil {
			return fmt.Errorf("%s: not a frontoffice store", path)
		}
		fi.Schema = schemaVersion(tx)
		for _, k := range model.Kinds() {
			if tx.Bucket(bucketRecords).Bucket([]byte(k)) == nil {
				continue // a kind newer than this backup's schema
			}
			fi.Counts[k] = fileCount(tx, k)
		}
		return nil
	})
	return fi
}

// openErr words an error from opening a store file.
func openErr(path string, err error) error {
	if errors.Is(err, ErrDamaged) {
		return err
	}
	if errors.Is(err, berrors.ErrTimeout) {
		return fmt.Errorf("open store %s: %w", path, ErrInUse)
	}
	if os.IsNotExist(err) {
		return err
	}
	return fmt.Errorf("open store %s: %w", path, err)
}

// fileCount is a kind's live count as the file keeps it in meta; a store
// from before those counts gives the number of its records.
func fileCount(tx *bolt.Tx, k model.Kind) int {
	if v := tx.Bucket(bucketMeta).Get(liveCountKey(k)); len(v) == 8 {
		return int(binary.BigEndian.Uint64(v))
	}
	return tx.Bucket(bucketRecords).Bucket([]byte(k)).Stats().KeyN
}
