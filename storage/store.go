// Package storage keeps the office's records in one bbolt file. It is the only
// package that knows buckets, keys and encodings.
//
// The bucket tree, with every bucket and key name, is drawn in buckets.go.
//
// Record kinds are model.Kinds(). Every write goes through one bbolt update
// transaction that writes the record, its history and its index entries together.
package storage

import (
	"context"
	"crypto/ed25519"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	"frontoffice/model"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// Errors a caller can recognise with errors.Is and turn into a translated sentence.
var (
	ErrInUse        = errors.New("the store is in use by another frontoffice program")
	ErrNotFound     = errors.New("record not found")
	ErrStale        = errors.New("the record was changed by someone else since it was opened")
	ErrExists       = errors.New("a record with this id already exists")
	ErrNewerSchema  = errors.New("the store was written by a newer version of frontoffice")
	ErrUnknownKind  = errors.New("unknown record kind")
	ErrNotPermitted = errors.New("this kind of record cannot be changed this way")
	// ErrReadOnly is a write to a store opened read-only (Options.ReadOnly).
	// It is bbolt's own error, so every write path reports it as is.
	ErrReadOnly = berrors.ErrDatabaseReadOnly
	// ErrNeedsUpgrade is a read-only store written by an older version: it
	// must be migrated, which needs writing.
	ErrNeedsUpgrade = errors.New("the store needs upgrading to this version, which needs write access")
)

// LockTimeout is how long Open waits for another program to release the store.
const LockTimeout = time.Second

// Options tune Open; the zero value is right for the app.
type Options struct {
	Timeout time.Duration    // lock wait; LockTimeout when zero
	Now     func() time.Time // the clock; time.Now when nil (tests fix it)
	// Trim, when set, gives back the store pages the process has read, a
	// few seconds after opening and then every Trim (the interactive app:
	// its screens read parts of the store now and then; see mem.go).
	Trim time.Duration
	// Checking, when set, is called before a store that was not closed
	// cleanly is checked in full (Recovered), which takes a while at 100,000
	// records: whoever opens it can say so meanwhile.
	Checking func()
	// ReadOnly opens the store for reading only (a file or folder that
	// cannot be written): nothing is created, migrated or marked; every
	// write fails with ErrReadOnly.
	ReadOnly bool
}

// Store is an open store. Its methods are safe for concurrent use.
type Store struct {
	db       *guardDB // bbolt, every transaction guarded (damage.go)
	path     string
	officeID string
	pub      ed25519.PublicKey // this office's key (offices.go)
	now      func() time.Time

	mu    sync.Mutex // guards actor, hlc and hlcLater
	actor string
	hlc   uint64
	// hlcLater is a transaction whose writer records the clock once, at
	// its end (putHLC), instead of nextHLC at every record: a big save's
	// batch of 5 000 (batch_swap.go).
	hlcLater *bolt.Tx

	// backups is held while a backup is written (from its copy to its
	// rename) and while a withdrawal erases the backups: a backup under way
	// then is either in the folder, to be erased, or begun after the erasure.
	backups sync.Mutex

	// Background work (automatic backups) stops when the store closes.
	bgCtx    context.Context
	bgCancel context.CancelFunc
	bg       sync.WaitGroup
	bgMu     sync.Mutex // orders enterBg with Close

	live *liveIndex // the in-memory search index (search.go)

	// apps is what a big SaveEach's reading learned of the people it
	// names, for its writer (import_refs.go); nil outside one.
	apps *importPeople

	// copying: a bundle read once is merged into a copy of the store, to
	// take its place (sync_onepass.go); the trims wait meanwhile.
	copying atomic.Bool

	readOnly bool // opened with Options.ReadOnly
	trims    bool // opened with Options.Trim: the app, whose goroutines share db

	// Recovered is true when the previous run did not close the store cleanly;
	// Problems then holds what the check at open found (empty: all is well).
	Recovered bool
	Problems  []string
}

// Open opens the store at path, creating its folder and file on first use,
// applying migrations, and checking it when the last run stopped uncleanly.
// A store held by another program gives ErrInUse after about a second.
func Open(path string) (*Store, error) { return OpenWith(path, Options{}) }

// OpenWith is Open with options.
func OpenWith(path string, o Options) (*Store, error) {
	if o.Timeout == 0 {
		o.Timeout = LockTimeout
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.ReadOnly {
		return openReadOnly(path, o)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("create folder for store %s: %w", path, err)
	}
	bdb, err := openLocked(path, 0o600, bolt.Options{Timeout: o.Timeout})
	if err != nil {
		if errors.Is(err, berrors.ErrTimeout) {
			return nil, fmt.Errorf("open store %s: %w", path, ErrInUse)
		}
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	removeLeftoverCopy(path) // a big import killed before its end (batch_swap.go)
	db := newGuardDB(bdb, path)
	s := &Store{db: db, path: path, now: o.Now, live: &liveIndex{done: make(chan struct{})}, trims: o.Trim > 0}
	s.bgCtx, s.bgCancel = context.WithCancel(context.Background())
	if o.Trim > 0 {
		s.bg.Add(1)
		go s.trimLoop(o.Trim)
	}
	var wasOpen bool
	err = db.Update(func(tx *bolt.Tx) error {
		if err := migrate(tx, migrations); err != nil {
			return err
		}
		meta := tx.Bucket(bucketMeta)
		wasOpen = string(meta.Get(keyClean)) == "0"
		if id := meta.Get(keyOfficeID); id != nil {
			s.officeID = string(id)
		} else {
			s.officeID = model.NewID()
			if err := meta.Put(keyOfficeID, []byte(s.officeID)); err != nil {
				return err
			}
		}
		key, err := signingKey(tx)
		if err != nil {
			return err
		}
		s.pub = key.Public().(ed25519.PublicKey)
		if v := meta.Get(keyHLC); len(v) == 8 {
			s.hlc = binary.BigEndian.Uint64(v)
		}
		return meta.Put(keyClean, []byte("0"))
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	if err := s.applyPendingIndexes(); err != nil { // an import was stopped (ixpending.go)
		db.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	if err := s.regroupIfStale(); err != nil { // nor was its grouping of people (identity.go)
		db.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	if wasOpen {
		// Damage first, quickly and without a word (damage.go): a damaged
		// store is not checked in full, it is refused with one sentence.
		err := db.View(walk)
		if err == nil {
			if o.Checking != nil {
				o.Checking()
			}
			s.Recovered = true
			s.Problems = s.Check()
			err = s.Damage()
		}
		if err != nil {
			s.bgCancel()
			s.bg.Wait()
			db.Close()
			return nil, fmt.Errorf("open store %s: %w", path, err)
		}
	}
	return s, nil
}

// openReadOnly is OpenWith for a store that can only be read: it must
// exist, hold this program's schema, and is neither migrated nor marked.
func openReadOnly(path string, o Options) (*Store, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	bdb, err := openLocked(path, 0o600, bolt.Options{Timeout: o.Timeout, ReadOnly: true})
	if err != nil {
		if errors.Is(err, berrors.ErrTimeout) {
			return nil, fmt.Errorf("open store %s: %w", path, ErrInUse)
		}
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	db := newGuardDB(bdb, path)
	s := &Store{db: db, path: path, now: o.Now, live: &liveIndex{done: make(chan struct{})}, readOnly: true, trims: o.Trim > 0}
	var wasOpen bool
	err = db.View(func(tx *bolt.Tx) error {
		have, want := schemaVersion(tx), CurrentSchema()
		switch {
		case have > want:
			return fmt.Errorf("schema %d, this program knows up to %d: %w", have, want, ErrNewerSchema)
		case have < want:
			return fmt.Errorf("schema %d, this program writes %d: %w", have, want, ErrNeedsUpgrade)
		}
		meta := tx.Bucket(bucketMeta)
		wasOpen = string(meta.Get(keyClean)) == "0"
		s.officeID = string(meta.Get(keyOfficeID))
		if v := meta.Get(keyHLC); len(v) == 8 {
			s.hlc = binary.BigEndian.Uint64(v)
		}
		return nil
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	s.bgCtx, s.bgCancel = context.WithCancel(context.Background())
	if o.Trim > 0 {
		s.bg.Add(1)
		go s.trimLoop(o.Trim)
	}
	if wasOpen {
		if o.Checking != nil {
			o.Checking()
		}
		s.Recovered = true
		s.Problems = s.Check()
	}
	return s, nil
}

// ReadOnly reports whether the store was opened for reading only.
func (s *Store) ReadOnly() bool { return s.readOnly }

// Close marks the store as cleanly closed and releases it.
// Background work still running (an automatic backup) is cancelled first and
// leaves no partial file behind.
func (s *Store) Close() error {
	s.bgMu.Lock()
	s.bgCancel()
	s.bgMu.Unlock()
	s.bg.Wait()
	var err error
	if !s.readOnly {
		err = s.db.Update(func(tx *bolt.Tx) error {
			return tx.Bucket(bucketMeta).Put(keyClean, []byte("1"))
		})
	}
	if cerr := s.db.Close(); err == nil {
		err = cerr
	}
	return err
}

// enterBg counts background work in (Close waits for it to call s.bg.Done)
// and reports false, counting nothing, once the store is closing.
func (s *Store) enterBg() bool {
	s.bgMu.Lock()
	defer s.bgMu.Unlock()
	if s.bgCtx.Err() != nil {
		return false
	}
	s.bg.Add(1)
	return true
}

// Path is the store's file.
func (s *Store) Path() string { return s.path }

// OfficeID is this office's id, the origin of every revision made here.
func (s *Store) OfficeID() string { return s.officeID }

// SetActor names the consultant written as updated_by on the following writes.
func (s *Store) SetActor(name string) {
	s.mu.Lock()
	s.actor = name
	s.mu.Unlock()
}

// Actor is the consultant written as updated_by.
func (s *Store) Actor() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.actor
}

// nextHLC returns a hybrid-logical-clock value that is never behind the wall
// clock nor behind any value issued or seen before, and records it in tx.
// The top 48 bits are Unix milliseconds, the low 16 a counter.
//
// Its low 8 bits are the office's own (hlcSlot): two offices that saw the
// same clock (one whose clock ran ahead, in the bundle both imported) and
// then each edited the same revision made the same value, and a rev and
// its clock name a revision (base_hlc, the conflict rule) — one office's
// edit was taken for the other's. Offices of different slots never make
// the same value; 256 values a millisecond are left to each.
func (s *Store) nextHLC(tx *bolt.Tx) (uint64, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	wall := uint64(s.now().UnixMilli()) << 16
	next := s.hlc + 1
	if wall > s.hlc {
		next = wall
	}
	slot := hlcSlot(s.officeID)
	next += (slot - next) & 0xff // up to the next value of the office's slot
	if tx != s.hlcLater {
		if err := tx.Bucket(bucketMeta).Put(keyHLC, u64(next)); err != nil {
			return 0, err
		}
	}
	s.hlc = next
	return next, nil
}

// HLCSlot is the low 8 bits of the clock values office id makes (the hub
// makes its own revisions' the same way).
func HLCSlot(id string) uint64 { return hlcSlot(id) }

// hlcSlot is the low 8 bits of the clock values office id makes.
func hlcSlot(id string) uint64 {
	h := fnv.New32a()
	h.Write([]byte(id))
	return uint64(h.Sum32() & 0xff)
}

// recordHLCLater makes nextHLC leave the clock's value out of tx until
// putHLC, which the caller must call before tx commits; nil ends it.
func (s *Store) recordHLCLater(tx *bolt.Tx) {
	s.mu.Lock()
	s.hlcLater = tx
	s.mu.Unlock()
}

// putHLC records in tx the clock's last value, which nextHLC left out.
func (s *Store) putHLC(tx *bolt.Tx) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return tx.Bucket(bucketMeta).Put(keyHLC, u64(s.hlc))
}

// Setting returns a value of this store's own settings, "" when unset.
func (s *Store) Setting(key string) (string, error) {
	var v string
	err := s.db.View(func(tx *bolt.Tx) error {
		v = string(tx.Bucket(bucketSettings).Get([]byte(key)))
		return nil
	})
	return v, err
}

// SetSetting stores a value of this store's own settings.
func (s *Store) SetSetting(key, value string) error {
	return s.db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketSettings).Put([]byte(key), []byte(value))
	})
}

// SchemaVersion is the store's schema version after migrations.
func (s *Store) SchemaVersion() (uint64, error) {
	var v uint64
	err := s.db.View(func(tx *bolt.Tx) error {
		v = schemaVersion(tx)
		return nil
	})
	return v, err
}

func u64(n uint64) []byte {
	b := make([]byte, 8)
	binary.BigEndian.PutUint64(b, n)
	return b
}

// openedHook, when set (tests), is called with every store file opened,
// before bbolt locks it.
var openedHook func(path string)

// openLocked opens path with bbolt, which waits for the file's lock, and
// makes sure that the file it locked is still the one named path: a big
// import renames a new file over the store while holding the old one's lock
// (batch_swap.go), and a program that opened the old file and waited for
// its lock would otherwise work on a file that nobody sees any more. It
// opens again then (a few times at most).
func openLocked(path string, mode os.FileMode, o bolt.Options) (*bolt.DB, error) {
	for try := 0; ; try++ {
		var file *os.File
		o.OpenFile = func(name string, flag int, perm os.FileMode) (*os.File, error) {
			f, err := os.OpenFile(name, flag, perm)
			if err == nil {
				file = f
				if openedHook != nil {
					openedHook(name)
				}
			}
			return f, err
		}
		db, err := openBolt(path, mode, &o)
		if err != nil || file == nil || stillNamed(file, path) {
			return db, err
		}
		db.Close()
		if try == 9 {
			return nil, fmt.Errorf("the file was replaced while it was opened: %w", ErrInUse)
		}
	}
}

// stillNamed reports whether path names the open file f.
func stillNamed(f *os.File, path string) bool {
	a, err := f.Stat()
	if err != nil {
		return true // nothing to compare: keep it
	}
	b, err := os.Stat(path)
	return err == nil && os.SameFile(a, b)
}
