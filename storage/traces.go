package storage

import (
	"bytes"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"frontoffice/model"
	"frontoffice/model/textfold"

	bolt "go.etcd.io/bbolt"
)

// Traces of a withdrawn person in raw bytes (issue 17).
//
// During a withdrawal the person's phones, IINs and full names (as every
// revision had them) are known, and the erasure looks for them, exactly, in
// the raw bytes of the store's backups after rewriting them. Afterwards the
// values are gone, and `check` still has to say whether a withdrawn person's
// phone or IIN is left in some file. So the withdrawal stores, per phone and
// IIN, a fingerprint only: the first 3 bytes (24 bits) of HMAC-SHA256 under
// a random key kept in the store. A fingerprint names no one: some 16 million
// values share each, so about nine possible mobile numbers and dozens of
// valid IINs match any one of them even for someone who holds the key and
// tries them all; it is not a phone or an IIN kept in another form. `check`
// reads every file's bytes, takes each run of digits that reads as a phone
// (10 digits, or 11 beginning with 7 or 8, separators allowed) or an IIN (12
// digits), and compares its fingerprint. A match says "may": a number of
// someone else's can share the fingerprint (rarely: fingerprints of the
// people the store keeps are left out, so their own phones never match).

// traces are a withdrawn person's values as they were; memory only.
type traces struct {
	phones, iins, names []string
	fileNames           []string // full and other names as typed (file names)
}

// Names are the person's full names and other spellings as they were
// before the withdrawal (certificates beside the store are named by them);
// memory only.
func (e Erasure) Names() []string { return e.traces.fileNames }

// add takes p's phone (10 national digits), guardian's phone, IIN and full
// name, when p still holds them.
func (t *traces) add(p *model.Person) {
	for _, ph := range []string{p.Phone, p.GuardianPhone} {
		if n, why := model.NormalizePhone(ph); why == model.ReasonNone {
			t.phones = appendNew(t.phones, national(n))
		}
	}
	if iin := model.NormalizeIIN(p.IIN); len(iin) == 12 {
		t.iins = appendNew(t.iins, iin)
	}
	if p.ConsentWithdrawn == "" {
		for _, n := range append([]string{p.FullName}, p.OtherNames...) {
			if strings.TrimSpace(n) != "" {
				t.fileNames = appendNew(t.fileNames, n)
			}
		}
	}
	if p.ConsentWithdrawn == "" && len(strings.Fields(p.FullName)) >= 2 {
		for _, n := range []string{p.FullName, strings.ToLower(p.FullName), textfold.Fold(p.FullName)} {
			if len(n) >= 6 {
				t.names = appendNew(t.names, n)
			}
		}
	}
}

func appendNew(ss []string, s string) []string {
	if s == "" || slices.Contains(ss, s) {
		return ss
	}
	return append(ss, s)
}

// national is model.National.
func national(phone string) string { return model.National(phone) }

// found says which of the traces the file at path holds (as "phone",
// "IIN", "name"), never the values.
func (t traces) found(path string) ([]string, error) {
	var out []string
	err := scanRaw(path, func(data []byte, limit int) {
		numberTokens(data, func(at int, phone bool, digits []byte) {
			switch {
			case at >= limit:
			case phone && slices.Contains(t.phones, string(digits)):
				out = appendNew(out, "phone")
			case !phone && slices.Contains(t.iins, string(digits)):
				out = appendNew(out, "IIN")
			}
		})
		for _, n := range t.names {
			if at := bytes.Index(data, []byte(n)); at >= 0 && at < limit {
				out = appendNew(out, "name")
			}
		}
	})
	return out, err
}

// namesIn says which of t's names the file at path holds.
func (t traces) namesIn(path string) (map[string]bool, error) {
	held := map[string]bool{}
	err := scanRaw(path, func(data []byte, limit int) {
		for _, n := range t.names {
			if at := bytes.Index(data, []byte(n)); at >= 0 && at < limit {
				held[n] = true
			}
		}
	})
	return held, err
}

// scanRaw reads the file at path in pieces and calls fn with each: fn
// looks at what begins before limit in data (what begins after is in the
// next piece too, which begins there).
func scanRaw(path string, fn func(data []byte, limit int)) error {
	file, err := os.Open(path)
	if err != nil {
		return err
	}
	defer file.Close()
	const chunk, overlap = 4 << 20, 256
	buf := make([]byte, chunk+overlap)
	have := 0
	for {
		m, err := io.ReadFull(file, buf[have:])
		data := buf[:have+m]
		last := errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF)
		if !last && err != nil {
			return fmt.Errorf("read %s: %w", path, err)
		}
		if last {
			fn(data, len(data))
			return nil
		}
		fn(data, len(data)-overlap)
		have = copy(buf, data[len(data)-overlap:])
	}
}

// numberTokens is model.NumberTokens.
func numberTokens(data []byte, fn func(at int, phone bool, digits []byte)) {
	model.NumberTokens(data, fn)
}

// fingerprint is the 24-bit keyed fingerprint of a phone's 10 digits
// ('p') or an IIN ('i').
func fingerprint(key []byte, what byte, digits []byte) [4]byte {
	m := hmac.New(sha256.New, key)
	m.Write([]byte{what})
	m.Write(digits)
	sum := m.Sum(nil)
	return [4]byte{what, sum[0], sum[1], sum[2]}
}

// eraseKey is the store's fingerprint key, made on first use when create.
func eraseKey(tx *bolt.Tx, create bool) ([]byte, error) {
	meta := tx.Bucket(bucketMeta)
	if meta == nil {
		return nil, nil
	}
	if k := meta.Get(keyEraseKey); len(k) == 32 {
		return bytes.Clone(k), nil
	}
	if !create {
		return nil, nil
	}
	k := make([]byte, 32)
	if _, err := rand.Read(k); err != nil {
		return nil, err
	}
	return k, meta.Put(keyEraseKey, k)
}

// rememberFingerprints stores the fingerprints of t's phones and IINs.
func rememberFingerprints(tx *bolt.Tx, t *traces) error {
	if len(t.phones)+len(t.iins) == 0 {
		return nil
	}
	key, err := eraseKey(tx, true)
	if err != nil {
		return err
	}
	b, err := tx.CreateBucketIfNotExists(bucketErasedFP)
	if err != nil {
		return err
	}
	for _, ph := range t.phones {
		fp := fingerprint(key, 'p', []byte(ph))
		if err := b.Put(fp[:], []byte{1}); err != nil {
			return err
		}
	}
	for _, iin := range t.iins {
		fp := fingerprint(key, 'i', []byte(iin))
		if err := b.Put(fp[:], []byte{1}); err != nil {
			return err
		}
	}
	return nil
}

// TraceFinder looks for withdrawn people's phones and IINs, by fingerprint,
// in the raw bytes of files.
type TraceFinder struct {
	key []byte
	fps map[[4]byte]bool
}

// Traces is the finder for this store's withdrawn people; nil when nobody
// withdrew consent here (or the store predates fingerprints).
func (s *Store) Traces() (*TraceFinder, error) {
	var f *TraceFinder
	err := s.db.View(func(tx *bolt.Tx) (err error) {
		f, err = tracesIn(tx)
		return err
	})
	return f, err
}

// tracesIn is Traces in tx.
func tracesIn(tx *bolt.Tx) (*TraceFinder, error) {
	b := tx.Bucket(bucketErasedFP)
	if b == nil {
		return nil, nil
	}
	key, err := eraseKey(tx, false)
	if err != nil || key == nil {
		return nil, err
	}
	f := &TraceFinder{key: key, fps: map[[4]byte]bool{}}
	if err := b.ForEach(func(k, _ []byte) error {
		if len(k) == 4 {
			f.fps[[4]byte(k)] = true
		}
		return nil
	}); err != nil {
		return nil, err
	}
	// The phones and IINs of the people the store keeps are theirs to
	// keep: a fingerprint one of them shares tells nothing.
	rb, err := kindBucket(tx, bucketRecords, model.KindPerson)
	if err != nil {
		return nil, err
	}
	err = rb.ForEach(func(_, v []byte) error {
		r, err := decode(model.KindPerson, v)
		if err != nil {
			return err
		}
		p := r.(*model.Person)
		if p.Deleted || p.ConsentWithdrawn != "" {
			return nil
		}
		var t traces
		t.add(p)
		for _, ph := range t.phones {
			delete(f.fps, fingerprint(key, 'p', []byte(ph)))
		}
		for _, iin := range t.iins {
			delete(f.fps, fingerprint(key, 'i', []byte(iin)))
		}
		return nil
	})
	if err != nil || len(f.fps) == 0 {
		return nil, err
	}
	return f, nil
}

// Find reads the file at path and says how many numbers in it may be a
// withdrawn person's phone or IIN.
func (f *TraceFinder) Find(path string) (int, error) {
	n := 0
	err := scanRaw(path, func(data []byte, limit int) {
		numberTokens(data, func(at int, phone bool, digits []byte) {
			what := byte('i')
			if phone {
				what = 'p'
			}
			if at < limit && f.fps[fingerprint(f.key, what, digits)] {
				n++
			}
		})
	})
	return n, err
}
