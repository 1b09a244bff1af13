package storage

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode"

	"frontoffice/model"
	"frontoffice/storage/bundle"

	bolt "go.etcd.io/bbolt"
)

// ExportOptions choose what a bundle holds and how it is written.
type ExportOptions struct {
	Full   bool // every record, not only what changed since the last export
	Redact bool // drop names, phones and IINs (a bundle for statistics; never merged)
	// Passphrase, when not empty, encrypts the file with age (scrypt).
	Passphrase string
	// SkipEmpty: an export with no record writes no file and leaves one
	// already there as it is (the app's: a consultant would carry an
	// empty file to the other office). ExportResult.Path is then "".
	SkipEmpty bool
}

// ExportResult is what an export wrote.
type ExportResult struct {
	Path     string
	Manifest bundle.Manifest
	Records  int
	Bytes    int64 // uncompressed bundle bytes
	// CursorKept is true when the store, opened read-only, could not note
	// the export: the next incremental export carries these records again.
	CursorKept bool
}

// ExportProgress is told now and then how many record lines of total are written.
type ExportProgress func(done, total int)

// BundleDir is where the app puts bundles by default: beside the store.
func (s *Store) BundleDir() string { return filepath.Join(filepath.Dir(s.path), "bundles") }

// DefaultBundlePath is a new file in BundleDir named after the office and
// the day, "<office>-2026-11-22.fob" (-2, -3… when taken).
func (s *Store) DefaultBundlePath(now time.Time) string {
	return s.DefaultBundlePathIn(s.BundleDir(), now)
}

// DefaultBundlePathIn is DefaultBundlePath in folder dir (a USB stick's,
// say): today's name for this office, not yet taken there.
func (s *Store) DefaultBundlePathIn(dir string, now time.Time) string {
	name := s.officeID
	if o, err := s.Office(); err == nil && o.Name != "" {
		name = o.Name
	}
	slug := strings.Trim(strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r)
		}
		return '-'
	}, name), "-")
	if len([]rune(slug)) > 40 {
		slug = string([]rune(slug)[:40])
	}
	if slug == "" {
		slug = "office"
	}
	return freeName(filepath.Join(dir, slug+"-"+now.Format(model.DateLayout)))
}

// freeName is base.fob, or base-2.fob, base-3.fob… the first that is not
// there.
func freeName(base string) string {
	p := base + ".fob"
	for i := 2; ; i++ {
		if _, err := os.Stat(p); err != nil {
			return p // not there (or not to be looked at: the export says why)
		}
		p = fmt.Sprintf("%s-%d.fob", base, i)
	}
}

// ExportFile writes a bundle to path: into a temporary file beside it,
// renamed into place only when complete and synced, so a cancelled or
// crashed export leaves no half-written bundle under the final name. A
// successful export (not a redacted one) moves the incremental cursor.
func (s *Store) ExportFile(ctx context.Context, path string, o ExportOptions, progress ExportProgress) (ExportResult, error) {
	wrap := func(err error) error { return fmt.Errorf("export to %s: %w", path, err) }
	if err := s.guardOutput(path); err != nil {
		return ExportResult{}, err
	}
	if err := CheckOutputFile(path, true); err != nil {
		return ExportResult{}, err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return ExportResult{}, wrap(err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".export-*.tmp")
	if err != nil {
		return ExportResult{}, wrap(err)
	}
	defer os.Remove(tmp.Name()) // no-op after the rename
	defer tmp.Close()
	var w io.Writer = tmp
	var enc io.WriteCloser
	if o.Passphrase != "" {
		if enc, err = bundle.Encrypt(tmp, o.Passphrase); err != nil {
			return ExportResult{}, wrap(err)
		}
		w = enc
	}
	res, err := s.Export(ctx, w, o, progress)
	if err != nil {
		return ExportResult{}, wrap(err)
	}
	if o.SkipEmpty && res.Records == 0 {
		return res, nil // the temporary file goes (deferred)
	}
	if enc != nil {
		if err := enc.Close(); err != nil {
			return ExportResult{}, wrap(err)
		}
	}
	if err := tmp.Sync(); err != nil {
		return ExportResult{}, wrap(err)
	}
	if err := tmp.Close(); err != nil {
		return ExportResult{}, wrap(err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return ExportResult{}, wrap(err)
	}
	res.Path = path
	if s.readOnly {
		res.CursorKept = !o.Redact // a read-only store cannot note the export
		return res, nil
	}
	if !o.Redact {
		err = s.db.Update(func(tx *bolt.Tx) error {
			meta := tx.Bucket(bucketMeta)
			if getU64(meta, keyExportedSeq) < res.Manifest.Until {
				if err := meta.Put(keyExportedSeq, u64(res.Manifest.Until)); err != nil {
					return err
				}
			}
			return meta.Put(keyLastExport, []byte(s.now().UTC().Format(time.RFC3339)))
		})
		if err != nil {
			return res, wrap(err)
		}
	}
	return res, nil
}

// Export writes a bundle (gzip, not encrypted: ExportFile encrypts) to w from
// one read transaction: what changed since the last export, or everything
// with o.Full. Records go kind by kind (person, idea, consultation, visit,
// hours, catalogue, office), in id order within a kind; a record's earlier
// revisions come right before its current one. Memory stays constant: values
// are copied from the store to w one at a time.
func (s *Store) Export(ctx context.Context, w io.Writer, o ExportOptions, progress ExportProgress) (ExportResult, error) {
	defer s.release()
	var res ExportResult
	err := s.db.View(func(tx *bolt.Tx) error {
		meta := tx.Bucket(bucketMeta)
		m := bundle.Manifest{
			SchemaVersion: schemaVersion(tx),
			Origin:        bundle.Origin{ID: s.officeID},
			CreatedAt:     s.now().UTC().Truncate(time.Second),
			Until:         getU64(meta, keyChangeSeq),
			Full:          o.Full,
			Redacted:      o.Redact,
			Counts:        map[string]int{},
		}
		if !o.Full {
			m.Since = getU64(meta, keyExportedSeq)
		}
		if r, _, err := getRecord(tx, model.KindOffice, s.officeID); err == nil {
			m.Origin.Name = r.(*model.Office).Name
		}
		m.UnverifiedHours = unverifiedToExport(tx, m.Since)
		key, err := signingKey(tx)
		if err != nil {
			return err
		}
		total := 0
		err = walkExport(tx, m.Since, func(k model.Kind, _ []byte) error {
			m.Counts[string(k)]++
			total++
			return nil
		})
		if err != nil {
			return err
		}
		bw, err := bundle.NewWriter(w, m, key)
		if err != nil {
			return err
		}
		err = readAhead(tx, m.Since, func(k model.Kind, v []byte) error {
			if o.Redact {
				if v, err = redact(v); err != nil {
					return err
				}
			}
			if err := bw.Record(v); err != nil {
				return err
			}
			if n := bw.Records(); n%2048 == 0 {
				if err := ctx.Err(); err != nil {
					return err
				}
				if progress != nil {
					progress(n, total)
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
		if err := bw.Close(); err != nil {
			return err
		}
		if progress != nil {
			progress(total, total)
		}
		m.Origin.Key = bundle.EncodeKey(s.pub)
		res = ExportResult{Manifest: m, Records: bw.Records(), Bytes: bw.Bytes()}
		return nil
	})
	return res, err
}

// walkExport calls fn with every revision to export, in bundle order: for
// each record changed after since, its history then its current revision.
// v is valid only during the call. The changed marks, the history and the
// records of a kind are all in id order: their cursors move forward together
// (a step to the next key when it is near, a seek when it is far, as in an
// incremental export), so each page is read once, not searched from the root
// for every record.
func walkExport(tx *bolt.Tx, since uint64, fn func(k model.Kind, v []byte) error) error {
	changed := tx.Bucket(bucketSync).Bucket(bucketChanged)
	for _, k := range model.Kinds() {
		recs, err := kindBucket(tx, bucketRecords, k)
		if err != nil {
			return err
		}
		hc := follower{c: tx.Bucket(bucketHistory).Bucket([]byte(k)).Cursor()}
		rc := follower{c: recs.Cursor()}
		prefix := syncKey(k, nil)
		c := changed.Cursor()
		for sk, seq := c.Seek(prefix); sk != nil && bytes.HasPrefix(sk, prefix); sk, seq = c.Next() {
			if len(seq) != 8 || getU64Bytes(seq) <= since {
				continue
			}
			id := sk[len(prefix):]
			for hc.to(id); hc.k != nil && bytes.HasPrefix(hc.k, id); hc.next() {
				if err := fn(k, hc.v); err != nil {
					return err
				}
			}
			if rc.to(id); rc.v != nil && bytes.Equal(rc.k, id) {
				if err := fn(k, rc.v); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// follower is a cursor visited with ascending targets.
type follower struct {
	c       *bolt.Cursor
	k, v    []byte
	started bool
}

// to moves to the first key at or after target (never back): a few steps
// when it is near, else a seek.
func (f *follower) to(target []byte) {
	if !f.started {
		f.k, f.v = f.c.Seek(target)
		f.started = true
		return
	}
	for i := 0; f.k != nil && bytes.Compare(f.k, target) < 0; i++ {
		if i == 16 {
			f.k, f.v = f.c.Seek(target)
			return
		}
		f.k, f.v = f.c.Next()
	}
}

func (f *follower) next() { f.k, f.v = f.c.Next() }

// readAhead walks the export (walkExport) on its own goroutine, copying the
// lines into blocks of about 1 MB handed over in order, so the store's pages
// are read while the blocks before are hashed and compressed. emit gets each
// line (valid only during the call); an error from either side stops both.
func readAhead(tx *bolt.Tx, since uint64, emit func(k model.Kind, v []byte) error) error {
	type block struct {
		buf   []byte
		ends  []int
		kinds []model.Kind
		err   error
	}
	const size = 1 << 20
	full := make(chan *block, 3)
	free := make(chan *block, 4)
	stop := make(chan struct{})
	for range cap(free) {
		free <- &block{buf: make([]byte, 0, size+size/4)}
	}
	go func() {
		defer close(full)
		b := <-free
		send := func() bool {
			select {
			case full <- b:
			case <-stop:
				return false
			}
			select {
			case b = <-free:
				b.buf, b.ends, b.kinds = b.buf[:0], b.ends[:0], b.kinds[:0]
				return true
			case <-stop:
				return false
			}
		}
		err := walkExport(tx, since, func(k model.Kind, v []byte) error {
			b.buf = append(b.buf, v...)
			b.ends = append(b.ends, len(b.buf))
			b.kinds = append(b.kinds, k)
			if len(b.buf) >= size && !send() {
				return errStopped
			}
			return nil
		})
		if err == errStopped {
			return
		}
		b.err = err
		select {
		case full <- b:
		case <-stop:
		}
	}()
	defer func() {
		close(stop)
		for range full { // the walk ends, leaving the transaction
		}
	}()
	for b := range full {
		at := 0
		for i, end := range b.ends {
			if err := emit(b.kinds[i], b.buf[at:end]); err != nil {
				return err
			}
			at = end
		}
		if b.err != nil {
			return b.err
		}
		free <- b
	}
	return nil
}

var errStopped = errors.New("stopped")

func getU64Bytes(v []byte) uint64 {
	var n uint64
	for _, c := range v {
		n = n<<8 | uint64(c)
	}
	return n
}

// redact keeps of one record's JSON only what redaction keeps.
func redact(v []byte) ([]byte, error) {
	var m map[string]any
	if err := json.Unmarshal(v, &m); err != nil {
		return nil, err
	}
	kind, _ := m["kind"].(string)
	keepOnly(m, "", model.Kind(kind))
	return json.Marshal(m)
}

// keepOnly drops from object m (at path prefix) every field redaction does
// not keep; an undecided object, or array of objects, is looked into, an
// undecided value of any other sort is dropped.
func keepOnly(m map[string]any, prefix string, k model.Kind) {
	for key, val := range m {
		path := key
		if prefix != "" {
			path = prefix + "." + key
		}
		keep, decided := redactDecision(k, path)
		if decided {
			if !keep {
				delete(m, key)
			}
			continue
		}
		switch x := val.(type) {
		case map[string]any:
			keepOnly(x, path, k)
			continue
		case []any:
			objects := len(x) > 0
			for _, e := range x {
				if o, ok := e.(map[string]any); ok {
					keepOnly(o, path, k)
				} else {
					objects = false
				}
			}
			if objects {
				continue
			}
		}
		delete(m, key)
	}
}
