package storage

import (
	"bytes"
	"errors"
	"fmt"
	"sync"

	"frontoffice/model"

	bolt "go.etcd.io/bbolt"
)

// What a big import's reading learns of the people its rows name is handed
// to its writer (batch_swap.go): an ideas.csv names its applicants by phone,
// the reading finds each one (Snapshot.PersonRef), and the writer needs the
// same person's name and phone for each idea's search doc. Reading the
// person twice, and decoding the whole record the first time, was a third
// of such an import's work.

// importPeople is the applicants a SaveEach through the copy knows as they
// are in the store before it (and so in the copy, until the import writes a
// person): filled by the reading's Snapshot and by the writer's own reads,
// read by the writer. Once the import writes a person, what it holds may be
// stale: it is emptied and not used again (off). Safe for both goroutines.
type importPeople struct {
	mu       sync.Mutex
	cur, old map[string]knownApplicant // person id → as stored; the newest in cur
	book     *refBook                  // every person as stored, once a Snapshot made it
	off      bool
	// many: the import is SaveEachCheckedMany's (a big file): its
	// Snapshot makes its book at once (bookAtOnce). Set before the
	// reading starts, not changed after.
	many bool
}

// knownApplicant is a person record's search-doc fields; ok is false for a
// deleted or missing record (applicantsIn's "not found").
type knownApplicant struct {
	a  applicant
	ok bool
}

// importPeopleGen is how many people one of importPeople's two
// generations holds (some 3 MB): the writer is at most SaveInOne and a
// few batches (saveBatch) behind the reading, so the people it asks for
// were found lately; when cur is full it becomes old, the oldest let go.
const importPeopleGen = 16384

func newImportPeople() *importPeople { return &importPeople{cur: map[string]knownApplicant{}} }

// put keeps what the store holds for person id (unless off).
func (c *importPeople) put(id string, a applicant, ok bool) {
	if c == nil {
		return
	}
	c.mu.Lock()
	if !c.off && c.book == nil {
		if len(c.cur) >= importPeopleGen {
			c.old, c.cur = c.cur, make(map[string]knownApplicant, importPeopleGen)
		}
		c.cur[id] = knownApplicant{a, ok}
	}
	c.mu.Unlock()
}

// bigFile reports whether c is a SaveEachCheckedMany's.
func (c *importPeople) bigFile() bool { return c != nil && c.many }

// stop empties c for good: the import wrote a person.
func (c *importPeople) stop() {
	if c == nil {
		return
	}
	c.mu.Lock()
	c.off, c.cur, c.old, c.book = true, nil, nil, nil
	c.mu.Unlock()
}

// useBook answers every person from bk from now on (unless off).
func (c *importPeople) useBook(bk *refBook) {
	if c == nil {
		return
	}
	c.mu.Lock()
	if !c.off {
		c.book, c.cur, c.old = bk, nil, nil
	}
	c.mu.Unlock()
}

// lookup is applicants answered from c, else by from (whose answer c keeps).
func (c *importPeople) lookup(from applicants) applicants {
	if c == nil {
		return from
	}
	return func(id string) (applicant, bool) {
		c.mu.Lock()
		if bk := c.book; bk != nil {
			c.mu.Unlock()
			return bk.applicant(id) // read-only once made
		}
		k, hit := c.cur[id]
		if !hit {
			k, hit = c.old[id]
		}
		off := c.off
		c.mu.Unlock()
		if hit {
			return k.a, k.ok
		}
		a, ok := from(id)
		if !off {
			c.put(id, a, ok)
		}
		return a, ok
	}
}

// refPerson is what PersonRef decodes of a person record.
type refPerson struct {
	ID         string `json:"id"`
	Deleted    bool   `json:"deleted"`
	MergedInto string `json:"merged_into"`
	FullName   string `json:"full_name"`
	Phone      string `json:"phone"`
}

// PersonRef is the id PersonByPhone's person stands as — theirs, or the one
// they were merged into — without decoding their whole record; "" and no
// error when nobody has the phone. While a big SaveEach is under way the
// person's name and phone go to its writer (importPeople).
func (v *Snapshot) PersonRef(phone string) (string, error) {
	if v.tx == nil {
		p, err := v.PersonByPhone(phone)
		if errors.Is(err, ErrNotFound) {
			return "", nil
		}
		if err != nil {
			return "", err
		}
		if p.MergedInto != "" {
			return p.MergedInto, nil
		}
		return p.ID, nil
	}
	norm, r := model.NormalizePhone(phone)
	if r != model.ReasonNone {
		return "", nil
	}
	var id string
	err := v.read(func(tx *bolt.Tx) error {
		if v.book == nil && !v.noBook {
			v.takeBook()
			if v.bookDone == nil && !v.noBook {
				v.asks++
				switch {
				case v.asks == 1 && bookAtOnce(tx, v.s.apps):
					v.setBook(v.bookNow(tx))
				case bookDue(tx, v.asks):
					v.startBook(tx)
				}
			}
		}
		if v.book != nil {
			id = v.book.ref(norm)
			return nil
		}
		rc, err := v.cursors(tx)
		if err != nil {
			return err
		}
		id, err = personRefIn(rc, norm, v.s.apps)
		return err
	})
	if errors.Is(err, ErrNotFound) { // errNoPerson, or a record the index names missing
		return "", nil
	}
	return id, err
}

// Booked reports whether PersonRef answers from what it read of the
// people once (import_book.go): each answer is then cheap, and a caller
// need not keep them.
func (v *Snapshot) Booked() bool { return v.book != nil }

// cursors are v's refCursors, opened at the first look (inside read).
func (v *Snapshot) cursors(tx *bolt.Tx) (*refCursors, error) {
	if v.refs == nil {
		var err error
		if v.refs, err = newRefCursors(tx); err != nil {
			return nil, err
		}
	}
	return v.refs, nil
}

// refCursors are the buckets and cursors PersonRef (and PersonByPhone,
// PersonByIIN of a Snapshot) read, opened once per Snapshot: opening a
// bucket and a new cursor's path each cost allocations at every row of a
// big file.
type refCursors struct {
	phone, merged *bolt.Cursor // ixPersonPhone, ixPersonMerged; nil: none
	iin           *bolt.Cursor // ixPersonIIN; nil: none
	people        *bolt.Bucket // the person records
	of            *bolt.Bucket // identity: person key → their group's earliest; nil: none
	buf           []byte
}

func newRefCursors(tx *bolt.Tx) (*refCursors, error) {
	people, err := kindBucket(tx, bucketRecords, model.KindPerson)
	if err != nil {
		return nil, err
	}
	rc := &refCursors{people: people}
	ix := tx.Bucket(bucketIndex)
	if b := ix.Bucket([]byte(ixPersonPhone)); b != nil {
		rc.phone = b.Cursor()
	}
	if b := ix.Bucket([]byte(ixPersonMerged)); b != nil {
		rc.merged = b.Cursor()
	}
	if b := ix.Bucket([]byte(ixPersonIIN)); b != nil {
		rc.iin = b.Cursor()
	}
	rc.of, _, _ = identityBuckets(tx)
	return rc, nil
}

// index is the cursor of the person index named ix (phone or IIN); nil
// for another index, which the caller then reads itself.
func (rc *refCursors) index(ix string) *bolt.Cursor {
	switch ix {
	case ixPersonPhone:
		return rc.phone
	case ixPersonIIN:
		return rc.iin
	}
	return nil
}

// first is the id of value's first entry in the index c reads (scanIndex's
// first answer), nil for none.
func (rc *refCursors) first(c *bolt.Cursor, value string) []byte {
	if c == nil {
		return nil
	}
	rc.buf = append(append(rc.buf[:0], value...), indexValueMarker)
	for k, _ := c.Seek(rc.buf); k != nil; k, _ = c.Next() {
		if len(k) < 17 || k[len(k)-17] != indexValueMarker {
			continue // not an index key; Check reports it
		}
		if string(k[:len(k)-17]) != value {
			return nil
		}
		return k[len(k)-16:]
	}
	return nil
}

// personRefIn is personByIn's lookup by phone, decoding only refPerson;
// the records it reads go to c.
func personRefIn(rc *refCursors, phone string, c *importPeople) (string, error) {
	key := rc.first(rc.phone, phone)
	if key == nil { // a person merged into another: their phone leads there
		key = rc.first(rc.merged, phone)
	}
	if key == nil {
		return "", errNoPerson
	}
	var p refPerson
	for range 8 { // a merge chain is short; the bound guards against a loop
		if err := rc.get(key, &p, c); err != nil {
			return "", err
		}
		if p.MergedInto == "" {
			break
		}
		next, err := idKey(p.MergedInto)
		if err != nil {
			return "", err
		}
		key = next
	}
	if p.Deleted || p.MergedInto != "" {
		return "", errNoPerson
	}
	// One person across offices: their group's earliest record.
	if rc.of != nil {
		if root := rc.of.Get(key); root != nil && !bytes.Equal(root, key) {
			if err := rc.get(root, &p, c); err != nil {
				return "", err
			}
		}
	}
	if p.MergedInto != "" {
		return p.MergedInto, nil
	}
	return p.ID, nil
}

// get decodes the person record at key into *p (getRecord's errors).
func (rc *refCursors) get(key []byte, p *refPerson, c *importPeople) error {
	v := rc.people.Get(key)
	if v == nil {
		return fmt.Errorf("%s %s: %w", model.KindPerson, idString(key), ErrNotFound)
	}
	*p = refPerson{}
	if err := decodeRefPerson(v, p); err != nil {
		return garbledError{err}
	}
	if c != nil {
		c.put(idString(key), applicant{name: p.FullName, phone: p.Phone}, !p.Deleted)
	}
	return nil
}
