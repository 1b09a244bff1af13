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
	mu  sync.Mutex
	m   map[string]knownApplicant // person id → as stored
	off bool
}

// knownApplicant is a person record's search-doc fields; ok is false for a
// deleted or missing record (applicantsIn's "not found").
type knownApplicant struct {
	a  applicant
	ok bool
}

// maxImportPeople bounds importPeople: some 10 MB.
const maxImportPeople = 100000

func newImportPeople() *importPeople { return &importPeople{m: map[string]knownApplicant{}} }

// put keeps what the store holds for person id (unless off or full).
func (c *importPeople) put(id string, a applicant, ok bool) {
	if c == nil {
		return
	}
	c.mu.Lock()
	if !c.off && len(c.m) < maxImportPeople {
		c.m[id] = knownApplicant{a, ok}
	}
	c.mu.Unlock()
}

// stop empties c for good: the import wrote a person.
func (c *importPeople) stop() {
	if c == nil {
		return
	}
	c.mu.Lock()
	c.off, c.m = true, nil
	c.mu.Unlock()
}

// lookup is applicants answered from c, else by from (whose answer c keeps).
func (c *importPeople) lookup(from applicants) applicants {
	if c == nil {
		return from
	}
	return func(id string) (applicant, bool) {
		c.mu.Lock()
		k, hit := c.m[id]
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
		var err error
		id, err = personRefIn(tx, norm, v.s.apps)
		return err
	})
	if errors.Is(err, ErrNotFound) { // errNoPerson, or a record the index names missing
		return "", nil
	}
	return id, err
}

// personRefIn is personByIn's lookup by phone, decoding only refPerson;
// the records it reads go to c.
func personRefIn(tx *bolt.Tx, phone string, c *importPeople) (string, error) {
	var key []byte
	scanIndex(tx, ixPersonPhone, phone, "", func(_ string, k []byte) bool { key = k; return false })
	if key == nil {
		scanIndex(tx, ixPersonMerged, phone, "", func(_ string, k []byte) bool { key = k; return false })
	}
	if key == nil {
		return "", errNoPerson
	}
	var p refPerson
	for range 8 { // a merge chain is short; the bound guards against a loop
		if err := getRef(tx, key, &p, c); err != nil {
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
	if root := canonicalKey(tx, key); !bytes.Equal(root, key) {
		if err := getRef(tx, root, &p, c); err != nil {
			return "", err
		}
	}
	if p.MergedInto != "" {
		return p.MergedInto, nil
	}
	return p.ID, nil
}

// getRef decodes the person record at key into *p (getRecord's errors).
func getRef(tx *bolt.Tx, key []byte, p *refPerson, c *importPeople) error {
	v := tx.Bucket(bucketRecords).Bucket([]byte(model.KindPerson)).Get(key)
	if v == nil {
		return fmt.Errorf("%s %s: %w", model.KindPerson, idString(key), ErrNotFound)
	}
	*p = refPerson{}
	if err := unmarshalStored(v, p); err != nil {
		return garbledError{err}
	}
	c.put(idString(key), applicant{name: p.FullName, phone: p.Phone}, !p.Deleted)
	return nil
}
