// Package bundle reads and writes the .fob files that carry records between
// offices (DESIGN.md §5, docs/bundle.md): gzip of JSON Lines, a manifest
// first, one record revision per line, a trailer last with the count of
// records and the SHA-256 of every byte before it. With a passphrase the whole
// file is an age file (scrypt), readable by the standard `age -d`. Since
// format_version 2 the office that writes a bundle signs it (Ed25519, sign.go):
// the manifest names its public key, the trailer carries the signature.
//
// The package knows the file format only; what the records mean and how they
// are merged is the storage package's business.
package bundle

import (
	"bufio"
	"bytes"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash"
	"io"
	"runtime"
	"time"

	"github.com/klauspost/pgzip"
)

// Format is the manifest's "format" value: what this file is.
const Format = "frontoffice-bundle"

// FormatVersion is the version of the layout this package writes. It reads
// this one and version 1 (the same layout without key and signature: an
// unsigned bundle).
const FormatVersion = 2

// MaxLine is the longest line a reader accepts (a record's JSON); a longer one
// is refused without reading it into memory.
const MaxLine = 16 << 20

// Origin names the office that wrote a bundle.
type Origin struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	// Key is the office's Ed25519 public key, standard base64 (EncodeKey);
	// empty in an unsigned bundle.
	Key string `json:"key,omitempty"`
}

// Manifest is line 1 of a bundle.
type Manifest struct {
	Format        string    `json:"format"`
	FormatVersion int       `json:"format_version"`
	SchemaVersion uint64    `json:"schema_version"`
	Origin        Origin    `json:"origin"`
	CreatedAt     time.Time `json:"created_at"`
	// Since and Until are the writer's change cursors: the bundle holds every
	// record changed after Since up to and including Until (Since is 0 in a
	// full bundle). They are the writer's own numbers, meaningful only to it.
	Since    uint64 `json:"since"`
	Until    uint64 `json:"until"`
	Full     bool   `json:"full"`
	Redacted bool   `json:"redacted,omitempty"`
	// Counts is how many record lines of each kind follow.
	Counts map[string]int `json:"counts"`
	// UnverifiedHours are the ids of hours entries whose revision in this
	// bundle came to the writer in an unsigned bundle and has not been
	// verified there since: a reader does not count them as verified
	// (docs/bundle.md, "Unsigned bundles").
	UnverifiedHours []string `json:"unverified_hours,omitempty"`
}

// Trailer is the last line of a bundle.
type Trailer struct {
	Records int    `json:"records"`
	SHA256  string `json:"sha256"` // hex SHA-256 of every (uncompressed) byte before the trailer line
	// Signature is the writing office's Ed25519 signature of
	// SignedMessage(origin id, origin key, SHA256), standard base64; empty
	// in an unsigned bundle.
	Signature string `json:"signature,omitempty"`
}

// Reason says what is wrong with a bundle, for a translated message.
type Reason string

// Reasons a bundle is refused.
const (
	ReasonNotBundle   Reason = "not_bundle"    // neither gzip nor age
	ReasonCorrupt     Reason = "corrupt"       // gzip stream broken or cut short
	ReasonEmpty       Reason = "empty"         // no manifest
	ReasonLineTooLong Reason = "line_too_long" // a line over MaxLine
	ReasonBadJSON     Reason = "bad_json"      // a line is not JSON
	ReasonManifest    Reason = "bad_manifest"  // line 1 is not a manifest of this format
	ReasonVersion     Reason = "version"       // a format version this program does not read
	ReasonSchema      Reason = "schema"        // written by a newer schema
	ReasonTrailer     Reason = "no_trailer"    // the last line is not a trailer
	ReasonHash        Reason = "hash"          // the trailer's hash does not match
	ReasonCount       Reason = "count"         // the trailer's or manifest's counts do not match
	ReasonTooBig      Reason = "too_big"       // unpacks to far more than its manifest's records can hold
	ReasonRecord      Reason = "bad_record"    // a record fails its checks
	ReasonPassphrase  Reason = "passphrase"    // age: wrong passphrase or not decryptable
	ReasonRedacted    Reason = "redacted"      // a redacted bundle cannot be merged
	ReasonChanged     Reason = "changed"       // the file changed between the check and the merge
	ReasonSignature   Reason = "signature"     // the signature does not match the content and key
)

// Error is a refused bundle: which line (0 when not about one line) and why.
type Error struct {
	Line   int
	Reason Reason
	Detail string // for logs and the curious; may be empty
	Err    error
}

func (e *Error) Error() string {
	s := string(e.Reason)
	if e.Line > 0 {
		s = fmt.Sprintf("line %d: %s", e.Line, s)
	}
	if e.Detail != "" {
		s += ": " + e.Detail
	}
	if e.Err != nil {
		s += ": " + e.Err.Error()
	}
	return s
}

func (e *Error) Unwrap() error { return e.Err }

// AsError finds a bundle Error in err's chain.
func AsError(err error) (*Error, bool) {
	var e *Error
	ok := errors.As(err, &e)
	return e, ok
}

func fail(line int, r Reason, detail string, err error) *Error {
	return &Error{Line: line, Reason: r, Detail: detail, Err: err}
}

// Writer writes one bundle: NewWriter writes the manifest, Record each line,
// Close the trailer. It buffers a little and never holds the bundle in memory.
type Writer struct {
	key     ed25519.PrivateKey
	origin  Origin
	gz      *pgzip.Writer
	buf     *bufio.Writer
	sum     hash.Hash
	records int
	bytes   int64
}

// NewWriter starts a bundle on w with manifest m (Format and FormatVersion
// are filled in). With key (the writing office's private key) the manifest
// names its public key and Close signs the bundle; with nil it is unsigned.
func NewWriter(w io.Writer, m Manifest, key ed25519.PrivateKey) (*Writer, error) {
	m.Format, m.FormatVersion = Format, FormatVersion
	m.Origin.Key = ""
	if key != nil {
		if len(key) != ed25519.PrivateKeySize {
			return nil, errors.New("bundle: not an Ed25519 private key")
		}
		m.Origin.Key = EncodeKey(key.Public().(ed25519.PublicKey))
	}
	if m.Counts == nil {
		m.Counts = map[string]int{}
	}
	// The stream is compressed on every core (pgzip: 1 MB blocks deflated
	// side by side, joined into one plain gzip member that any gzip reader,
	// this program's older builds included, reads as before), while the
	// caller walks the store ahead of it.
	gz, err := pgzip.NewWriterLevel(w, pgzip.BestSpeed)
	if err != nil {
		return nil, err
	}
	if err := gz.SetConcurrency(1<<20, 2*runtime.GOMAXPROCS(0)); err != nil {
		return nil, err
	}
	bw := &Writer{key: key, origin: m.Origin, gz: gz, sum: sha256.New()}
	bw.buf = bufio.NewWriterSize(io.MultiWriter(gz, bw.sum), 256<<10)
	line, err := json.Marshal(m)
	if err != nil {
		return nil, err
	}
	if err := bw.line(line); err != nil {
		return nil, err
	}
	return bw, nil
}

func (w *Writer) line(b []byte) error {
	if bytes.IndexByte(b, '\n') >= 0 {
		return errors.New("bundle: a line holds a newline")
	}
	if _, err := w.buf.Write(b); err != nil {
		return err
	}
	w.bytes += int64(len(b)) + 1
	return w.buf.WriteByte('\n')
}

// Record writes one record line: the record's JSON on one line.
func (w *Writer) Record(data []byte) error {
	if err := w.line(data); err != nil {
		return err
	}
	w.records++
	return nil
}

// Records is how many record lines were written.
func (w *Writer) Records() int { return w.records }

// Bytes is how many uncompressed bytes were written so far.
func (w *Writer) Bytes() int64 { return w.bytes }

// Close writes the trailer and ends the gzip stream (not the underlying writer).
func (w *Writer) Close() error {
	if err := w.buf.Flush(); err != nil {
		return err
	}
	t := Trailer{Records: w.records, SHA256: hex.EncodeToString(w.sum.Sum(nil))}
	if w.key != nil {
		t.Signature = Sign(w.key, w.origin, t.SHA256)
	}
	line, err := json.Marshal(t)
	if err != nil {
		return err
	}
	if _, err := w.gz.Write(append(line, '\n')); err != nil {
		return err
	}
	return w.gz.Close()
}
