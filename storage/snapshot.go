package storage

import (
	"errors"
	"fmt"

	"frontoffice/model"

	bolt "go.etcd.io/bbolt"
)

// Snapshot answers many lookups from one read transaction held open (an
// import checks every row against the store: a transaction per lookup cost
// more than the lookup). It sees the store as it was when taken, and gives
// the answers the Store's own methods of the same names give.
//
// bbolt cannot grow the file while a read transaction is open, so a write
// made on this store by the goroutine that holds a Snapshot could wait for
// it forever: close it before writing. On the app's store, which SaveEach
// writes while produce runs (saveEachInOne), a Snapshot holds no
// transaction and reads through the Store's own methods.
type Snapshot struct {
	s     *Store
	tx    *bolt.Tx // nil: through the Store's methods
	end   func()   // rolls tx back and lets its handle go (handle.go)
	reads int
	refs  *refCursors // PersonRef's, once it is first asked
	hours int         // DayHours': 0 not looked yet, 1 the store has no hours, 2 some
	// PersonRef's book (import_book.go), once made; asks counts the
	// lookups until then, noBook says it was tried.
	book     *refBook
	asks     int
	noBook   bool
	bookDone chan *refBook               // the book's goroutine's answer, while it reads
	kinds    map[model.Kind]*bolt.Bucket // Find's, opened at its first look
	// none says a kind has no records at all in this view (looked once):
	// a file imported into a new store asks about every row's id, phone
	// and IIN, and nothing can be found (6 % of a people file's CPU).
	none map[model.Kind]bool
}

// snapshotDrop is how many lookups a Snapshot makes between looking
// whether the store pages it has read add up (overMapped) and giving them
// back then (mem.go): a reading of a whole file touches pages all over the
// store, and the system maps 16 neighbouring pages at each touch.
const snapshotDrop = 64

// Snapshot takes a Snapshot; Close lets it go.
func (s *Store) Snapshot() (*Snapshot, error) {
	if !s.mayCopy() {
		return &Snapshot{s: s}, nil
	}
	tx, end, err := s.db.begin(false)
	if err != nil {
		return nil, err
	}
	return &Snapshot{s: s, tx: tx, end: end}, nil
}

// Close lets the snapshot's transaction go; it may be called twice.
func (v *Snapshot) Close() {
	if v.bookDone != nil {
		<-v.bookDone // its transaction ends with it
		v.bookDone = nil
	}
	if v.tx != nil {
		v.end()
		v.tx, v.refs, v.book, v.kinds = nil, nil, nil, nil
	}
}

// read runs fn in the snapshot's transaction, guarded against damage as
// every transaction is (damage.go).
func (v *Snapshot) read(fn func(tx *bolt.Tx) error) error {
	if v.reads++; v.reads%snapshotDrop == 0 && overMapped() {
		dropMapped(v.tx)
	}
	return v.s.db.guard(func() error { return fn(v.tx) })
}

// Get is Store.Get.
func (v *Snapshot) Get(k model.Kind, id string) (model.Record, error) {
	if v.tx == nil {
		return v.s.Get(k, id)
	}
	var r model.Record
	err := v.read(func(tx *bolt.Tx) error {
		var err error
		r, _, err = getRecord(tx, k, id)
		return err
	})
	return r, err
}

// Find is Get answering nil and no error for a record that is not stored
// (or an id that is not one), through the kind's bucket kept open: an
// import asks it for each row's id, and most are new.
func (v *Snapshot) Find(k model.Kind, id string) (model.Record, error) {
	if v.tx == nil {
		r, err := v.s.Get(k, id)
		if errors.Is(err, ErrNotFound) {
			return nil, nil
		}
		return r, err
	}
	var key [16]byte
	if !parseCanonicalID(key[:], id) || v.noneOf(k) {
		return nil, nil // idKey's error, or nothing of k stored: not found
	}
	var r model.Record
	err := v.read(func(tx *bolt.Tx) error {
		b := v.kinds[k]
		if b == nil {
			var err error
			if b, err = kindBucket(tx, bucketRecords, k); err != nil {
				return err
			}
			if v.kinds == nil {
				v.kinds = map[model.Kind]*bolt.Bucket{}
			}
			v.kinds[k] = b
		}
		if data := b.Get(key[:]); data != nil {
			var err error
			r, err = decode(k, data)
			return err
		}
		return nil
	})
	return r, err
}

// noneOf reports whether the view holds no record of kind k (deleted ones
// count as records), looked once a kind.
func (v *Snapshot) noneOf(k model.Kind) bool {
	if none, ok := v.none[k]; ok {
		return none
	}
	none := false
	err := v.read(func(tx *bolt.Tx) error {
		b, err := kindBucket(tx, bucketRecords, k)
		if err != nil {
			return err
		}
		first, _ := b.Cursor().First()
		none = first == nil
		return nil
	})
	if err != nil {
		return false // looked the usual way, which says what is wrong
	}
	if v.none == nil {
		v.none = map[model.Kind]bool{}
	}
	v.none[k] = none
	return none
}

// PersonByPhone is Store.PersonByPhone.
func (v *Snapshot) PersonByPhone(phone string) (*model.Person, error) {
	if v.tx == nil {
		return v.s.PersonByPhone(phone)
	}
	p, r := model.NormalizePhone(phone)
	if r != model.ReasonNone {
		return nil, fmt.Errorf("phone %q: %w", phone, ErrNotFound)
	}
	return v.personBy(ixPersonPhone, p)
}

// PersonByIIN is Store.PersonByIIN.
func (v *Snapshot) PersonByIIN(iin string) (*model.Person, error) {
	if v.tx == nil {
		return v.s.PersonByIIN(iin)
	}
	return v.personBy(ixPersonIIN, model.NormalizeIIN(iin))
}

func (v *Snapshot) personBy(ix, value string) (*model.Person, error) {
	if v.noneOf(model.KindPerson) {
		return nil, ErrNotFound // no people, so none in the person indexes either
	}
	var p *model.Person
	err := v.read(func(tx *bolt.Tx) error {
		rc, err := v.cursors(tx)
		if err != nil {
			return err
		}
		if c := rc.index(ix); c != nil && rc.first(c, value) == nil && rc.first(rc.merged, value) == nil {
			return errNoPerson // nobody has it (most rows of a big file): a look through the open cursors
		}
		p, err = personByIn(tx, ix, value)
		return err
	})
	if errors.Is(err, errNoPerson) {
		return nil, ErrNotFound // the usual answer in an import: no error text made
	}
	return p, err
}

// HoursOf is Store.HoursOf.
func (v *Snapshot) HoursOf(personID string) ([]*model.Hours, error) {
	if v.tx == nil {
		return v.s.HoursOf(personID)
	}
	if _, err := idKey(personID); err != nil {
		return nil, err
	}
	var out []*model.Hours
	err := v.read(func(tx *bolt.Tx) error {
		var err error
		out, err = hoursOf(tx, personID)
		return err
	})
	sortHours(out)
	return out, err
}

// Live reports whether a record of kind k with this id is stored and not
// deleted, reading only that of it (an hours row's idea: Get decoded the
// whole idea for it).
func (v *Snapshot) Live(k model.Kind, id string) (bool, error) {
	if v.tx == nil {
		r, err := v.s.Get(k, id)
		if errors.Is(err, ErrNotFound) {
			return false, nil
		}
		return err == nil && !r.Env().Deleted, err
	}
	key, err := idKey(id)
	if err != nil {
		return false, err
	}
	var e struct {
		Deleted bool `json:"deleted"`
	}
	found := false
	err = v.read(func(tx *bolt.Tx) error {
		b, err := kindBucket(tx, bucketRecords, k)
		if err != nil {
			return err
		}
		data := b.Get(key)
		if data == nil {
			return nil
		}
		found = true
		if err := unmarshalStored(data, &e); err != nil {
			return garbledError{err}
		}
		return nil
	})
	return found && !e.Deleted, err
}

// DayHours is the hours the stored entries of the person (all their
// joined records) count on day d, leaving out the entry except
// (csvio.Lookup's). A store with no hours at all answers without a look.
func (v *Snapshot) DayHours(personID string, d model.Date, except string) (float64, error) {
	if v.tx != nil {
		if v.hours == 0 {
			v.hours = 1 // none
			err := v.read(func(tx *bolt.Tx) error {
				if b := tx.Bucket(bucketIndex).Bucket([]byte(ixHoursPerson)); b != nil {
					if k, _ := b.Cursor().First(); k != nil {
						v.hours = 2 // some
					}
				}
				return nil
			})
			if err != nil {
				v.hours = 0
				return 0, err
			}
		}
		if v.hours == 1 {
			return 0, nil
		}
	}
	hs, err := v.HoursOf(personID)
	if err != nil {
		return 0, err
	}
	return model.DayTotal(hs, d, except), nil
}
