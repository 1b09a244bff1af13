package sheetio

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
)

// partData holds a sheet's compressed XML between its writing and WriteTo:
// written once from the start, then read at any offset.
type partData interface {
	Write(p []byte) (int, error)
	ReadAt(p []byte, off int64) (int, error)
	discard() // frees it: closes and removes the file
}

// leftoverPattern names a sheet's temporary file in the output's folder:
// hidden (a leading dot), and what removeLeftovers looks for.
const leftoverPattern = ".frontoffice-sheet-*.tmp"

// newPartData is a temporary file in dir, or memory when dir is "".
func newPartData(dir string) (partData, error) {
	if dir == "" {
		return &memData{}, nil
	}
	f, err := os.CreateTemp(dir, leftoverPattern) // 0600
	if err != nil {
		return nil, err
	}
	d := &fileData{File: f}
	if runtime.GOOS != "windows" {
		// The open handle keeps the data until discard; nothing is left
		// in the folder whatever becomes of the process.
		err := os.Remove(f.Name())
		d.removed = err == nil || errors.Is(err, fs.ErrNotExist)
	}
	return d, nil
}

// fileData is a temporary file, already removed from its folder where the
// system allows it.
type fileData struct {
	*os.File
	removed bool
}

func (d *fileData) discard() {
	d.File.Close()
	if !d.removed {
		os.Remove(d.Name())
		d.removed = true
	}
}

// memData is a part kept in memory (a small workbook).
type memData struct{ b []byte }

func (m *memData) Write(p []byte) (int, error) {
	m.b = append(m.b, p...)
	return len(p), nil
}

func (m *memData) ReadAt(p []byte, off int64) (int, error) {
	if off >= int64(len(m.b)) {
		if len(p) == 0 {
			return 0, nil
		}
		return 0, io.EOF
	}
	n := copy(p, m.b[off:])
	if n < len(p) {
		return n, io.EOF
	}
	return n, nil
}

func (m *memData) discard() { m.b = nil }

// removeLeftovers removes the sheets' temporary files an export killed
// before its end left in dir (only where files cannot be removed while
// open). A file of an export still running there cannot be removed either
// (Windows keeps it while open), so only leftovers go.
func removeLeftovers(dir string) {
	names, _ := filepath.Glob(filepath.Join(dir, leftoverPattern))
	for _, name := range names {
		os.Remove(name)
	}
}
