// Package search is the one search engine for ideas and people: an in-memory
// index of folded text (see model/textfold) searched by substring scans, fast
// enough to answer every keystroke at 100,000 ideas and 100,000 people.
//
// A Doc is what the index knows of one record: what is shown in a result row
// and what is searched. Docs are encoded (Encode) with their folded text
// already made, so the store can keep them and the index loads without folding.
package search

import (
	"bytes"
	"encoding/binary"
	"errors"
	"strings"
	"sync"
	"unsafe"

	"frontoffice/model"
	"frontoffice/model/textfold"
)

// Doc is one searchable record.
type Doc struct {
	ID        string
	Kind      model.Kind // model.KindIdea or model.KindPerson
	Title     string     // an idea's title or a person's full name
	Sub       string     // shown beside the title: an idea's applicant, a person's organisation
	Phone     string     // a person's phone, +77XXXXXXXXX
	Text      []string   // other searched texts: applicant, organisation, locality…
	Phones    []string   // phones that find the record, +77XXXXXXXXX
	IIN       string     // finds its person
	Direction model.Direction
	Region    model.Region
	Status    model.IdeaStatus
	SDGs      []model.SDG
	Updated   int64 // Unix milliseconds of the last change: newer first on ties

	// Prefolded, when not nil, holds Title's folded form (Prefold), then
	// each Text's, made ahead where there are cores to spare (an import
	// folds on its decoding workers, not in the one transaction that
	// writes); a nil entry is folded here. Folded gives the same either way.
	Prefolded [][]byte
}

// Prefold is the folded form of s as Doc.Prefolded holds it (never nil).
func Prefold(s string) []byte { return textfold.AppendFold(make([]byte, 0, len(s)), s) }

func (d *Doc) prefolded(i int) []byte {
	if i < len(d.Prefolded) {
		return d.Prefolded[i]
	}
	return nil
}

// Folded is the search text of d: its title first, then the other texts, then
// the phone in the three ways people type it, then the IIN.
func (d *Doc) Folded() []byte {
	b, _ := d.appendFolded(make([]byte, 0, 96))
	return b
}

// appendFolded appends Folded's bytes to b, and says how many of them are
// the title's (a match there ranks first).
func (d *Doc) appendFolded(b []byte) (_ []byte, title int) {
	start := len(b)
	if f := d.prefolded(0); f != nil {
		b = append(b, f...)
	} else {
		b = textfold.AppendFold(b, d.Title)
	}
	title = len(b) - start
	for i, t := range d.Text {
		f := d.prefolded(i + 1)
		switch {
		case f == nil:
			b = appendWordFrom(b, start, t, true)
		case len(f) > 0: // as appendWordFrom: a space between, none for a text folded to nothing
			if len(b) > start {
				b = append(b, ' ')
			}
			b = append(b, f...)
		}
	}
	for _, p := range d.Phones {
		if len(p) == 12 && strings.HasPrefix(p, "+7") {
			national := p[2:]
			for _, lead := range []byte{'7', '8'} {
				if len(b) > start {
					b = append(b, ' ')
				}
				b = append(append(b, lead), national...)
			}
			b = appendWordFrom(b, start, national, false)
		}
	}
	if d.IIN != "" {
		b = appendWordFrom(b, start, d.IIN, false)
	}
	return b, title
}

// appendWordFrom appends s (folded when fold) to the text that starts at
// b[start], with a space before it unless it is the first word.
func appendWordFrom(b []byte, start int, s string, fold bool) []byte {
	if s == "" {
		return b
	}
	n := len(b)
	if n > start {
		b = append(b, ' ')
	}
	if fold {
		b = textfold.AppendFold(b, s)
	} else {
		b = append(b, s...)
	}
	if n > start && len(b) == n+1 { // folded to nothing: drop the space
		b = b[:n]
	}
	return b
}

// encodingVersion 2 adds the text's signature after it (version 1 docs, as
// kept by stores of schema 3 before it, are still read: their signature is
// worked out at load). Version 3 adds, after the signature, how many bytes of
// the folded text are the title's (an older doc's title is folded again at
// load to know it); SameDoc takes an older doc for the one it encodes.
const encodingVersion = 3

// Encode writes d with its folded text, for the store's search bucket.
func (d *Doc) Encode() []byte {
	b, _ := d.encode(true)
	return b
}

// Unstamped is a doc encoded but for when it was last changed (Updated),
// which Stamp puts in: a doc made ahead of the write that stamps its
// record (a big import's reading makes it while the writer is busy).
// Stamp(u) is Encode of the doc with Updated u (TestStampIsEncode).
type Unstamped struct {
	b  []byte
	at int // where Updated goes in b
}

// EncodeUnstamped is d's encoding less its Updated field.
func (d *Doc) EncodeUnstamped() Unstamped {
	b, at := d.encode(false)
	return Unstamped{b, at}
}

// Made reports whether u holds a doc (the zero Unstamped holds none).
func (u Unstamped) Made() bool { return u.b != nil }

// Stamp is the doc's encoding with Updated updated, in one allocation.
func (u Unstamped) Stamp(updated int64) []byte {
	b := make([]byte, 0, len(u.b)+binary.MaxVarintLen64)
	b = append(b, u.b[:u.at]...)
	b = binary.AppendVarint(b, updated)
	return append(b, u.b[u.at:]...)
}

// encode is Encode, or without Updated (at: where it would go) when not
// stamped.
func (d *Doc) encode(stamped bool) (b []byte, at int) {
	// The folded text is made in a buffer used again, so the encoding is
	// one allocation of its exact size (the store keeps it until commit).
	fp := foldBufs.Get().(*[]byte)
	folded, title := d.appendFolded((*fp)[:0])
	n := 1 + 9*binary.MaxVarintLen64 + 32 + len(folded) + len(d.ID) + len(d.Kind) + len(d.Title) + len(d.Sub) +
		len(d.Phone) + len(d.Direction) + len(d.Region) + len(d.Status)
	b = make([]byte, 0, n+2*binary.MaxVarintLen64)
	b = append(b, encodingVersion)
	b = appendString(b, d.ID)
	b = appendString(b, string(d.Kind))
	b = appendString(b, d.Title)
	b = appendString(b, d.Sub)
	b = appendString(b, d.Phone)
	b = appendString(b, string(d.Direction))
	b = appendString(b, string(d.Region))
	b = appendString(b, string(d.Status))
	b = binary.AppendUvarint(b, uint64(sdgMask(d.SDGs)))
	at = len(b)
	if stamped {
		b = binary.AppendVarint(b, d.Updated)
	}
	b = binary.AppendUvarint(b, uint64(len(folded)))
	b = append(b, folded...)
	g := signatureOf(folded)
	b = binary.LittleEndian.AppendUint64(b, g.letters)
	b = binary.LittleEndian.AppendUint64(b, g.starts)
	b = binary.LittleEndian.AppendUint64(b, g.singles)
	b = binary.LittleEndian.AppendUint64(b, g.pairs)
	b = binary.AppendUvarint(b, uint64(title))
	if cap(folded) <= 64<<10 {
		*fp = folded
		foldBufs.Put(fp)
	}
	return b, at
}

var foldBufs = sync.Pool{New: func() any { b := make([]byte, 0, 256); return &b }}

// ErrBadEncoding is returned for bytes that Encode did not write.
var ErrBadEncoding = errors.New("search: bad doc encoding")

// decoded is a Doc as read back, with its folded text.
type decoded struct {
	Doc
	sdgs   uint32
	folded []byte // valid only while the encoded bytes are
	sig    signature
	title  int // folded[:title] is the title's
}

func decode(b []byte) (decoded, error) {
	var d decoded
	if len(b) == 0 || b[0] < 1 || b[0] > encodingVersion {
		return d, ErrBadEncoding
	}
	// Only what a result row shows is copied out of b, in one string shared
	// by the fields (id, title, sub, phone); the kind and the codes are the
	// program's own constants; the folded text is handed on as a slice of b,
	// which the index copies into its buffer. The header is read through a
	// string view of b that nothing keeps.
	at := foldedAt(b)
	if at < 0 {
		return d, ErrBadEncoding
	}
	r := reader{b: unsafe.String(unsafe.SliceData(b[1:at]), at-1)}
	id, kind, title, sub, phone := r.str(), r.str(), r.str(), r.str(), r.str()
	direction, region, status := r.str(), r.str(), r.str()
	d.sdgs = uint32(r.uvarint())
	d.Updated = r.varint()
	if r.bad || r.b != "" {
		return d, ErrBadEncoding
	}
	row := id + title + sub + phone // a copy: the view above is not kept
	d.ID, row = row[:len(id)], row[len(id):]
	d.Title, row = row[:len(title)], row[len(title):]
	d.Sub, d.Phone = row[:len(sub)], row[len(sub):]
	d.Kind = model.Kind(intern(kind))
	d.Direction = model.Direction(intern(direction))
	d.Region = model.Region(intern(region))
	d.Status = model.IdeaStatus(intern(status))
	n, k := binary.Uvarint(b[at:])
	if k <= 0 || n > uint64(len(b)-at-k) {
		return d, ErrBadEncoding
	}
	d.folded = b[at+k : at+k+int(n)]
	var ok bool
	if d.sig, d.title, ok = afterFolded(b[0], b[at+k+int(n):], d.folded); !ok {
		return d, ErrBadEncoding
	}
	if d.title < 0 {
		d.title = foldedLen(d.Title, d.folded)
	}
	return d, nil
}

// afterFolded reads what follows the folded text of a doc of encoding
// version v (rest): its signature (worked out from folded in a version 1
// doc) and how many of folded's bytes are its title's (-1 before version 3:
// foldedLen works it out).
func afterFolded(v byte, rest, folded []byte) (sig signature, title int, ok bool) {
	if v < 2 {
		return signatureOf(folded), -1, len(rest) == 0
	}
	if len(rest) < 32 {
		return sig, 0, false
	}
	sig = signature{
		letters: binary.LittleEndian.Uint64(rest[0:]), starts: binary.LittleEndian.Uint64(rest[8:]),
		singles: binary.LittleEndian.Uint64(rest[16:]), pairs: binary.LittleEndian.Uint64(rest[24:]),
	}
	if v < 3 {
		return sig, -1, len(rest) == 32
	}
	n, k := binary.Uvarint(rest[32:])
	if k <= 0 || 32+k != len(rest) || n > uint64(len(folded)) {
		return sig, 0, false
	}
	return sig, int(n), true
}

// SameDoc reports whether stored, a doc as a store keeps it, is the doc
// current encodes: the same bytes, or the same doc in an older encoding
// (version 2, which kept no title length), which is read as well.
func SameDoc(stored, current []byte) bool {
	if bytes.Equal(stored, current) {
		return true
	}
	if len(stored) == 0 || stored[0] != 2 || len(current) == 0 || current[0] != 3 {
		return false
	}
	at := foldedAt(current)
	if at < 0 {
		return false
	}
	n, k := binary.Uvarint(current[at:])
	end := at + k + int(n) + 32 // past the folded text and the signature
	if k <= 0 || end > len(current) {
		return false
	}
	return len(stored) == end && bytes.Equal(stored[1:], current[1:end])
}

// foldedLen is how many bytes of folded, a doc's folded text, are its
// title's, for a doc that did not keep it: the title is folded again.
func foldedLen(title string, folded []byte) int {
	fp := foldBufs.Get().(*[]byte)
	*fp = textfold.AppendFold((*fp)[:0], title)
	n := len(*fp)
	if cap(*fp) <= 64<<10 {
		foldBufs.Put(fp)
	}
	return min(n, len(folded))
}

// foldedAt is where the folded text's length starts in an encoded doc, past
// the eight strings and two numbers before it; -1 when b is too short.
func foldedAt(b []byte) int {
	i := 1
	for f := 0; f < 8; f++ {
		n, k := binary.Uvarint(b[i:])
		if k <= 0 || n > uint64(len(b)-i-k) {
			return -1
		}
		i += k + int(n)
	}
	for f := 0; f < 2; f++ {
		_, k := binary.Uvarint(b[i:]) // zig-zag varint: same length
		if k <= 0 {
			return -1
		}
		i += k
	}
	return i
}

func sdgMask(gs []model.SDG) uint32 {
	var m uint32
	for _, g := range gs {
		if g.Valid() {
			m |= 1 << uint(g)
		}
	}
	return m
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

type reader struct {
	b   string
	bad bool
}

func (r *reader) uvarint() uint64 {
	v, n := uvarint(r.b)
	if n <= 0 {
		r.bad = true
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *reader) varint() int64 {
	ux, n := uvarint(r.b) // zig-zag, as binary.AppendVarint writes
	v := int64(ux >> 1)
	if ux&1 != 0 {
		v = ^v
	}
	if n <= 0 {
		r.bad = true
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *reader) str() string {
	n := r.uvarint()
	if r.bad || n > uint64(len(r.b)) {
		r.bad = true
		return ""
	}
	s := r.b[:n]
	r.b = r.b[n:]
	return s
}

// codeStrings are the codes docs hold (kinds, directions, regions,
// statuses), each once: a decoded doc refers to these instead of copies.
var codeStrings = func() map[string]string {
	m := map[string]string{}
	add := func(s string) { m[s] = s }
	for _, k := range model.Kinds() {
		add(string(k))
	}
	for _, v := range model.Directions() {
		add(string(v))
	}
	for _, v := range model.Regions() {
		add(string(v))
	}
	for _, v := range model.IdeaStatuses() {
		add(string(v))
	}
	return m
}()

// intern is the program's own copy of code s, or a fresh copy of a code it
// does not know (s may be a view of bytes that are not kept).
func intern(s string) string {
	if c, ok := codeStrings[s]; ok {
		return c
	}
	return strings.Clone(s)
}

// uvarint is binary.Uvarint on a string.
func uvarint(s string) (uint64, int) {
	var x uint64
	var shift uint
	for i := 0; i < len(s) && i < binary.MaxVarintLen64; i++ {
		c := s[i]
		if c < 0x80 {
			if i == binary.MaxVarintLen64-1 && c > 1 {
				return 0, -(i + 1)
			}
			return x | uint64(c)<<shift, i + 1
		}
		x |= uint64(c&0x7f) << shift
		shift += 7
	}
	return 0, 0
}
