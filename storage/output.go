package storage

// Where outputs may go (DESIGN.md §4): a bundle, a copy, a CSV or a printed
// document never lands on the open store, on a file in its backups folder or
// on any other store file, and replaces an existing file only when asked.

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
)

// OutputReason says why an output path was refused.
type OutputReason string

// Why an output path is refused.
const (
	OutputIsStore   OutputReason = "is_store"   // the open store itself (or a link to it)
	OutputInBackups OutputReason = "in_backups" // inside the store's backups folder
	OutputStoreFile OutputReason = "store_file" // another store (a backup, a copy)
	OutputIsDir     OutputReason = "is_dir"     // a folder where a file was asked for
	OutputExists    OutputReason = "exists"     // a file that is replaced only when asked
)

// OutputError is an output path refused before anything was written.
type OutputError struct {
	Path   string
	Reason OutputReason
}

func (e *OutputError) Error() string {
	return fmt.Sprintf("output %s refused: %s", e.Path, e.Reason)
}

// AsOutputError finds an *OutputError in err's chain.
func AsOutputError(err error) (*OutputError, bool) {
	var oe *OutputError
	ok := errors.As(err, &oe)
	return oe, ok
}

// CheckOutput says whether a file may be written to path: never the open
// store, a file in its backups folder or any store file; an existing file
// only when replace is true. It writes nothing.
func (s *Store) CheckOutput(path string, replace bool) error {
	if err := s.guardOutput(path); err != nil {
		return err
	}
	return CheckOutputFile(path, replace)
}

// guardOutput refuses the open store and its backups folder, whatever the
// caller allows; CheckOutputFile does the rest.
func (s *Store) guardOutput(path string) error {
	out := resolvePath(path)
	if out == resolvePath(s.path) {
		return &OutputError{path, OutputIsStore}
	}
	if a, err := os.Stat(path); err == nil {
		if b, err := os.Stat(s.path); err == nil && os.SameFile(a, b) { // a hard link
			return &OutputError{path, OutputIsStore}
		}
	}
	if rel, err := filepath.Rel(resolvePath(s.BackupDir()), out); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && rel != "." {
		return &OutputError{path, OutputInBackups}
	}
	return nil
}

// CheckOutputFile is CheckOutput without an open store: it refuses store
// files and folders always, an existing file unless replace is true.
func CheckOutputFile(path string, replace bool) error {
	fi, err := os.Stat(path)
	if err != nil {
		if _, lerr := os.Lstat(path); lerr == nil && !replace {
			return &OutputError{path, OutputExists} // a dangling link: writing would replace it
		}
		return nil
	}
	if fi.IsDir() {
		return &OutputError{path, OutputIsDir}
	}
	if IsStoreFile(path) {
		return &OutputError{path, OutputStoreFile}
	}
	if !replace {
		return &OutputError{path, OutputExists}
	}
	return nil
}

// resolvePath is path made absolute with its links followed, as far as it
// exists (a file still to be written: its folder's).
func resolvePath(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = filepath.Clean(path)
	}
	if r, err := filepath.EvalSymlinks(abs); err == nil {
		return r
	}
	dir, base := filepath.Split(abs)
	if dir == abs || dir == "" {
		return abs
	}
	return filepath.Join(resolvePath(filepath.Clean(dir)), base)
}

// boltMagic is the number every bbolt meta page holds after its 16-byte page
// header (bbolt's internal/common: page id u64, flags u16, count u16,
// overflow u32; then meta: magic u32, version u32, page size u32…), in the
// machine's byte order; bbolt writes it in little-endian on every system
// frontoffice is built for.
const boltMagic = 0xED0CDAED

// IsStoreFile reports whether path holds a bbolt file (a store, a backup,
// a copy): either of its two meta pages carries bbolt's magic. It reads a
// few bytes and never opens the file as a store.
func IsStoreFile(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	return isBolt(f)
}

func isBolt(r io.ReaderAt) bool {
	var b [24]byte
	if n, _ := r.ReadAt(b[:], 0); n == len(b) {
		if binary.LittleEndian.Uint32(b[16:20]) == boltMagic {
			return true
		}
	}
	// Page 0 damaged: the second meta page, at the page size the store was
	// made with (the system's, usually 4 KB; 16 KB on some ARM machines).
	for _, ps := range []int64{4096, int64(os.Getpagesize()), 16384, 65536} {
		if n, _ := r.ReadAt(b[:], ps); n == len(b) && binary.LittleEndian.Uint32(b[16:20]) == boltMagic {
			return true
		}
	}
	return false
}

// FileKind is what a file given as a store turns out to be.
type FileKind int

// What a file is, as far as frontoffice can tell from its first bytes.
const (
	FileMissing FileKind = iota // nothing there
	FileStore                   // a bbolt file
	FileEmpty                   // zero bytes
	FileDir                     // a folder
	FileBundle                  // a bundle (gzip or age)
	FileCSV                     // text that looks like a CSV file
	FileOther                   // anything else
)

// Identify says what the file at path is, reading its first few kilobytes.
func Identify(path string) (FileKind, error) {
	fi, err := os.Stat(path)
	if errors.Is(err, os.ErrNotExist) {
		return FileMissing, nil
	}
	if err != nil {
		return FileOther, err
	}
	if fi.IsDir() {
		return FileDir, nil
	}
	if fi.Size() == 0 {
		return FileEmpty, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return FileOther, err
	}
	defer f.Close()
	if isBolt(f) {
		return FileStore, nil
	}
	head := make([]byte, 4096)
	n, _ := f.ReadAt(head, 0)
	head = head[:n]
	switch {
	case bytes.HasPrefix(head, []byte{0x1f, 0x8b}), bytes.HasPrefix(head, []byte("age-encryption.org/")):
		return FileBundle, nil
	case looksLikeCSV(head):
		return FileCSV, nil
	}
	return FileOther, nil
}

// looksLikeCSV: printable text (after a byte-order mark) whose first line
// has a comma, a semicolon or a tab in it.
func looksLikeCSV(head []byte) bool {
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	line, _, _ := bytes.Cut(head, []byte("\n"))
	if len(line) == 0 || !bytes.ContainsAny(line, ",;\t") {
		return false
	}
	for _, c := range head {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' {
			return false
		}
	}
	return true
}

// ReadOnlyPath reports whether the store at path can only be read: the
// file or its folder is not writable by its mode bits (which hold even for
// an administrator), or opening it for writing is refused.
func ReadOnlyPath(path string) bool {
	if fi, err := os.Stat(path); err == nil && fi.Mode().Perm()&0o200 == 0 {
		return true
	}
	if fi, err := os.Stat(filepath.Dir(path)); err == nil && fi.Mode().Perm()&0o200 == 0 {
		return true
	}
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return errors.Is(err, os.ErrPermission) || errors.Is(err, syscall.EROFS)
	}
	f.Close()
	return false
}
