package bundle

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash"
	"io"

	"github.com/klauspost/compress/gzip"
)

// Reader reads a bundle line by line, checking as it goes: gzip, line length,
// the manifest, and at the end the trailer's count and hash. Next returns
// io.EOF only after the trailer has been checked, so a caller that reaches
// io.EOF has read a whole, intact bundle.
type Reader struct {
	Manifest Manifest
	// Trailer is the checked trailer, once Next has returned io.EOF.
	Trailer Trailer
	// Signed is true, once Next has returned io.EOF, when the bundle is
	// signed and its signature verifies with the key its manifest names
	// (Manifest.Origin.Key). A signature that does not verify is an error
	// (ReasonSignature); a bundle of format_version 1, or one without a
	// signature, is read as unsigned. Whether that key is the office's is
	// for the caller to decide.
	Signed bool

	br      *bufio.Reader
	sum     hash.Hash
	bufs    [2][]byte
	pending []byte // the line after the one last returned, not yet hashed
	pendNo  int
	pendOK  bool
	which   int
	records int
	// counted is the records the manifest counts; unpacked the bytes of
	// record lines read so far: a bundle that runs far past what its
	// manifest says is stopped as it goes (a gzip bomb), not at its end.
	counted  int
	unpacked int64
	done     bool
	maxSchem uint64
}

// NewReader reads the manifest of the gzip bundle in r. It refuses a bundle
// whose format is not this one, whose format version is neither 1 nor
// FormatVersion, or whose schema version is above maxSchema.
func NewReader(r io.Reader, maxSchema uint64) (*Reader, error) {
	gz, err := gzip.NewReader(r)
	if err != nil {
		if errors.Is(err, io.EOF) {
			return nil, fail(0, ReasonEmpty, "", nil)
		}
		if errors.Is(err, gzip.ErrHeader) {
			return nil, fail(0, ReasonNotBundle, "", nil)
		}
		return nil, fail(0, ReasonCorrupt, "", err)
	}
	br := &Reader{br: bufio.NewReaderSize(gz, 64<<10), sum: sha256.New(), maxSchem: maxSchema}
	line, err := br.readLine(1, 0)
	if errors.Is(err, io.EOF) {
		return nil, fail(0, ReasonEmpty, "", nil)
	}
	if err != nil {
		return nil, err
	}
	if err := br.manifest(line); err != nil {
		return nil, err
	}
	br.sum.Write(line)
	br.sum.Write([]byte{'\n'})
	for _, n := range br.Manifest.Counts {
		br.counted += n
	}
	br.which = 1
	if err := br.readPending(2); err != nil {
		return nil, err
	}
	if !br.pendOK {
		return nil, fail(1, ReasonTrailer, "the bundle ends after its manifest", nil)
	}
	return br, nil
}

func (r *Reader) manifest(line []byte) error {
	var m Manifest
	if err := json.Unmarshal(line, &m); err != nil {
		if !json.Valid(line) {
			return fail(1, ReasonBadJSON, "", err)
		}
		return fail(1, ReasonManifest, "", err)
	}
	if m.Format != Format {
		return fail(1, ReasonManifest, fmt.Sprintf("format %q", m.Format), nil)
	}
	if m.FormatVersion != 1 && m.FormatVersion != FormatVersion {
		return fail(1, ReasonVersion, fmt.Sprintf("format_version %d, this program reads 1 and %d", m.FormatVersion, FormatVersion), nil)
	}
	if m.FormatVersion >= 2 && m.Origin.Key != "" {
		if _, err := DecodeKey(m.Origin.Key); err != nil {
			return fail(1, ReasonManifest, "origin key", err)
		}
	}
	if m.SchemaVersion > r.maxSchem {
		return fail(1, ReasonSchema, fmt.Sprintf("schema_version %d, this program knows up to %d", m.SchemaVersion, r.maxSchem), nil)
	}
	for k, n := range m.Counts {
		if n < 0 {
			return fail(1, ReasonManifest, fmt.Sprintf("count of %s is %d", k, n), nil)
		}
	}
	r.Manifest = m
	return nil
}

// readLine reads line no into r.bufs[into] without its newline; io.EOF when
// the stream ends cleanly before it.
func (r *Reader) readLine(no, into int) ([]byte, error) {
	acc := r.bufs[into][:0]
	defer func() { r.bufs[into] = acc[:0] }()
	for {
		frag, err := r.br.ReadSlice('\n')
		if len(acc)+len(frag) > MaxLine+1 {
			return nil, fail(no, ReasonLineTooLong, fmt.Sprintf("longer than %d MB", MaxLine>>20), nil)
		}
		acc = append(acc, frag...)
		switch {
		case err == nil:
			return acc[:len(acc)-1], nil
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case errors.Is(err, io.EOF):
			if len(acc) == 0 {
				return nil, io.EOF
			}
			return nil, fail(no, ReasonCorrupt, "the last line does not end (the file is cut short?)", nil)
		default:
			return nil, fail(no, ReasonCorrupt, "", err)
		}
	}
}

// readPending reads line no into the buffer not holding the last returned line.
func (r *Reader) readPending(no int) error {
	line, err := r.readLine(no, r.which)
	if errors.Is(err, io.EOF) {
		r.pending, r.pendOK = nil, false
		return nil
	}
	if err != nil {
		return err
	}
	r.pending, r.pendNo, r.pendOK = line, no, true
	r.which ^= 1
	return nil
}

// Next returns the next record line and its line number (from 1, the
// manifest). The line is valid until the following call. At the end it checks
// the trailer and returns io.EOF, or an *Error saying what is wrong.
func (r *Reader) Next() (line []byte, no int, err error) {
	if r.done {
		return nil, 0, io.EOF
	}
	cur, curNo := r.pending, r.pendNo
	if err := r.readPending(curNo + 1); err != nil {
		return nil, 0, err
	}
	if !r.pendOK { // cur is the last line: the trailer
		r.done = true
		return nil, 0, r.trailer(cur, curNo)
	}
	r.sum.Write(cur)
	r.sum.Write([]byte{'\n'})
	r.records++
	r.unpacked += int64(len(cur)) + 1
	if r.records > r.counted {
		return nil, 0, fail(curNo, ReasonCount, fmt.Sprintf("more records than the %d its manifest counts", r.counted), nil)
	}
	if limit := UnpackedLimit(r.counted); r.unpacked > limit {
		return nil, 0, fail(curNo, ReasonTooBig, fmt.Sprintf("over %d bytes unpacked for %d records", limit, r.counted), nil)
	}
	return cur, curNo, nil
}

// UnpackedLimit is the most bytes of record lines a bundle whose manifest
// counts n records may unpack to: 256 KiB a record on average (the longest
// an idea with every text full reaches is about 200 KiB; most are under
// 2 KiB), and 64 MiB whatever the count.
func UnpackedLimit(n int) int64 { return max(64<<20, int64(n)*256<<10) }

// Sum is the SHA-256 of the bundle read so far, up to and including the
// last line Next returned: the same bytes read again give the same sums at
// the same lines, so a second reading can prove it reads what the first did.
func (r *Reader) Sum() []byte { return r.sum.Sum(nil) }

func (r *Reader) trailer(line []byte, no int) error {
	var t Trailer
	if err := json.Unmarshal(line, &t); err != nil || t.SHA256 == "" {
		if !json.Valid(line) {
			return fail(no, ReasonBadJSON, "", err)
		}
		return fail(no, ReasonTrailer, "the last line is not a trailer", err)
	}
	if got := hex.EncodeToString(r.sum.Sum(nil)); got != t.SHA256 {
		return fail(no, ReasonHash, fmt.Sprintf("sha256 %s, trailer says %s", got, t.SHA256), nil)
	}
	if t.Records != r.records {
		return fail(no, ReasonCount, fmt.Sprintf("%d records, trailer says %d", r.records, t.Records), nil)
	}
	total := 0
	for _, n := range r.Manifest.Counts {
		total += n
	}
	if total != r.records {
		return fail(no, ReasonCount, fmt.Sprintf("%d records, manifest counts %d", r.records, total), nil)
	}
	if r.Manifest.FormatVersion >= 2 && t.Signature != "" {
		if r.Manifest.Origin.Key == "" {
			return fail(no, ReasonSignature, "a signature, and no key in the manifest", nil)
		}
		if !Verify(r.Manifest.Origin, t.SHA256, t.Signature) {
			return fail(no, ReasonSignature, "the signature does not verify with the manifest's key", nil)
		}
		r.Signed = true
	}
	r.Trailer = t
	return io.EOF
}

// Kind is the "kind" of a record line, found without decoding the whole line
// (the envelope comes first in every record this program writes); "" when
// the line has none. Callers still check the decoded record's kind.
func Kind(line []byte) string {
	const marker = `"kind":"`
	i := bytes.Index(line, []byte(marker))
	if i < 0 {
		var probe struct {
			Kind string `json:"kind"`
		}
		if json.Unmarshal(line, &probe) != nil {
			return ""
		}
		return probe.Kind
	}
	rest := line[i+len(marker):]
	j := bytes.IndexByte(rest, '"')
	if j < 0 {
		return ""
	}
	return string(rest[:j])
}
