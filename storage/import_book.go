package storage

import (
	"bytes"
	"encoding/binary"
	"hash/maphash"

	"frontoffice/model"

	bolt "go.etcd.io/bbolt"
)

// A big file's rows name a person by phone row after row (an ideas sheet's
// applicants, an hours sheet's volunteers): looked up one at a time, each
// was a seek in the phone index and another in the people (a re-fault of
// their pages once dropped: mem.go) and a partial decode of the person,
// about a fifth of an ideas import's CPU. Once a Snapshot has been asked
// enough of them it reads the people and the phone indexes once, in key
// order, into a refBook, and answers the rest from it: the same answers,
// worked out by personRefIn's own steps over what it read. The writer of
// a big import takes its applicants' names from it too (importPeople).
//
// A refBook holds no pointers (the collector does not walk it): some 100
// bytes a person, 10 MB for 100 000 people. A store it could not answer
// for exactly (a garbled person, an id the index would not give back)
// gets none, and the lookups go on one at a time.

// refBook is PersonRef's answer for every phone value of the person
// indexes, and every person record's search-doc fields.
type refBook struct {
	phones []byte      // the phone values, in order, end to end
	byTel  []bookPhone // one a value, in the same order
	people []bookPerson
	texts  []byte // the people's names and phones, end to end
	// telAt and personAt find a phone in byTel and a key in people: a
	// binary search over 100 000 was half the lookup's time in memory
	// waits.
	telAt, personAt bookIndex
}

// bookIndex is an open-addressing hash table of indexes into one of a
// refBook's slices: a slot holds index+1, 0 for empty.
type bookIndex struct {
	slots []uint32
	mask  uint64
}

var bookSeed = maphash.MakeSeed()

// newBookIndex is a bookIndex with room for n at most half full.
func newBookIndex(n int) bookIndex {
	size := 16
	for size < 2*n {
		size *= 2
	}
	return bookIndex{slots: make([]uint32, size), mask: uint64(size - 1)}
}

// add puts index i in under hash h.
func (x *bookIndex) add(h uint64, i int) {
	for j := h & x.mask; ; j = (j + 1) & x.mask {
		if x.slots[j] == 0 {
			x.slots[j] = uint32(i) + 1
			return
		}
	}
}

// find is the index under hash h that is, -1 for none.
func (x *bookIndex) find(h uint64, is func(i int) bool) int {
	if len(x.slots) == 0 {
		return -1
	}
	for j := h & x.mask; x.slots[j] != 0; j = (j + 1) & x.mask {
		if i := int(x.slots[j]) - 1; is(i) {
			return i
		}
	}
	return -1
}

// keyHash is a person key's hash: a UUIDv7's last 8 bytes are random.
func keyHash(key []byte) uint64 { return binary.LittleEndian.Uint64(key[8:]) * 0x9e3779b97f4a7c15 }

// bookPhone is a phone value (it ends at end in refBook.phones) and whom
// it names (found false: nobody).
type bookPhone struct {
	end   uint32
	found bool
	id    [16]byte
}

// bookPerson is a person record: its key, name and phone (ending at
// nameEnd and phoneEnd in refBook.texts), and whether it is not deleted.
type bookPerson struct {
	key               [16]byte
	nameEnd, phoneEnd uint32
	live              bool
	merged            bool // merged into another (bookMaking.merged says whom)
}

// bookMinAsks and bookMaxPeople bound when a Snapshot makes its refBook:
// after max(bookMinAsks, people/32) lookups by phone (reading all the
// people costs about what a fifth of them looked up one by one does), and
// only for a store of at most bookMaxPeople people (its memory).
// Variables: tests lower them.
var (
	bookMinAsks   = 1024
	bookMaxPeople = 250000
)

// bookDue reports whether a Snapshot asked asks lookups by phone makes its
// refBook now.
func bookDue(tx *bolt.Tx, asks int) bool {
	if asks < bookMinAsks || (asks&(asks-1) != 0 && asks%4096 != 0) {
		return false // looked at the powers of two, then every 4096 asks
	}
	n, ok := bookPeople(tx)
	return ok && asks >= n/32
}

// bookPeople is how many people a book of tx would hold; ok is false for
// a store over bookMaxPeople (or whose count is not known).
func bookPeople(tx *bolt.Tx) (n int, ok bool) {
	v := tx.Bucket(bucketMeta).Get(liveCountKey(model.KindPerson))
	if len(v) != 8 {
		return 0, false
	}
	n = int(binary.BigEndian.Uint64(v))
	return n, n <= bookMaxPeople
}

// bookAtOnce reports whether a Snapshot makes its refBook in line at its
// first lookup by phone: during a SaveEachCheckedMany (a big file, whose
// rows will ask far more than bookDue waits for). Until the book was due,
// each of an ideas.csv's first 4 096 applicants was looked up one by one
// (a tenth of its reading's CPU, most of it first touches of the people's
// pages, which the book then read again), and the book was made on a
// third goroutine beside the reading and the writer. Made at once, it is
// made while the copy of the store is (beginBig), before the writer
// starts.
func bookAtOnce(tx *bolt.Tx, apps *importPeople) bool {
	if !apps.bigFile() {
		return false
	}
	_, ok := bookPeople(tx)
	return ok
}

// bookInBackground: a Snapshot makes its book on a goroutine of its own,
// in a read transaction of its own, and answers one lookup at a time until
// it is made (reading 100 000 people took as long as a tenth of an hours
// sheet, while the other core had little to do: the import's writer does
// not start before SaveInOne rows). A variable: tests make it in line.
var bookInBackground = true

// startBook makes v's book: in line, or on a goroutine reading a
// transaction of its own that sees what v's does (none written between:
// otherwise no book); takeBook takes it once made.
func (v *Snapshot) startBook(tx *bolt.Tx) {
	if !bookInBackground {
		v.setBook(makeRefBook(tx))
		return
	}
	own, end, err := v.s.db.begin(false)
	if err != nil {
		v.noBook = true
		return
	}
	if own.ID() != tx.ID() {
		end()
		v.noBook = true
		return
	}
	done := make(chan *refBook, 1)
	v.bookDone = done
	go func() {
		var bk *refBook
		v.s.db.guard(func() error { bk = makeRefBook(own); return nil })
		end()
		done <- bk
	}()
}

// bookNow makes v's book of tx in line, its later half on the other core in
// a read transaction of its own that sees what tx does (otherwise all in
// line).
func (v *Snapshot) bookNow(tx *bolt.Tx) *refBook {
	if !bookInBackground {
		return makeRefBook(tx)
	}
	own, end, err := v.s.db.begin(false)
	if err != nil {
		return makeRefBook(tx)
	}
	defer end()
	return makeRefBookSplit(tx, own, v.s.db.guard)
}

// takeBook takes v's book if its goroutine has made it (nil: it could not).
func (v *Snapshot) takeBook() {
	if v.bookDone == nil {
		return
	}
	select {
	case bk := <-v.bookDone:
		v.setBook(bk)
	default:
	}
}

// setBook is the end of making v's book; nil: none, one at a time.
func (v *Snapshot) setBook(bk *refBook) {
	v.book, v.noBook, v.bookDone = bk, true, nil
	if bk != nil {
		v.s.apps.useBook(bk)
	}
}

// ref is PersonRef's answer for the normalised phone: the id, "" for
// nobody.
func (bk *refBook) ref(phone string) string {
	i := bk.telAt.find(maphash.String(bookSeed, phone), func(i int) bool { return string(bk.phoneAt(i)) == phone })
	if i < 0 || !bk.byTel[i].found {
		return ""
	}
	return idString(bk.byTel[i].id[:])
}

func (bk *refBook) phoneAt(i int) []byte {
	start := uint32(0)
	if i > 0 {
		start = bk.byTel[i-1].end
	}
	return bk.phones[start:bk.byTel[i].end]
}

// person is the index of the person record at key in bk.people, -1 for
// none.
func (bk *refBook) person(key []byte) int {
	if len(key) != 16 {
		return -1
	}
	return bk.personAt.find(keyHash(key), func(i int) bool { return bytes.Equal(bk.people[i].key[:], key) })
}

// applicant is applicantsIn's answer for id.
func (bk *refBook) applicant(id string) (applicant, bool) {
	key, err := idKey(id)
	if err != nil {
		return applicant{}, false
	}
	i := bk.person(key)
	if i < 0 || !bk.people[i].live {
		return applicant{}, false
	}
	p, start := &bk.people[i], uint32(0)
	if i > 0 {
		start = bk.people[i-1].phoneEnd
	}
	return applicant{name: string(bk.texts[start:p.nameEnd]), phone: string(bk.texts[p.nameEnd:p.phoneEnd])}, true
}

// bookMaking is a refBook being made, and what it needs until the phones
// are answered: each merged person's merged_into, each group's earliest.
type bookMaking struct {
	bk     *refBook
	merged map[[16]byte][16]byte // person → the one they were merged into
	root   map[[16]byte][]byte   // identity: member → their group's earliest, when another
}

// makeRefBook reads the people and the person indexes of tx into a
// refBook; nil when the store holds something it could not answer for as
// personRefIn does.
func makeRefBook(tx *bolt.Tx) *refBook { return makeRefBookSplit(tx, nil, nil) }

// makeRefBookSplit is makeRefBook with the later half of the people read
// on a goroutine of its own, in other: a read transaction of the same
// store that sees what tx does, under guard (the store's: a fault in its
// mapped pages is damage, not a crash). Made at an import's first lookup,
// the book is what the reading waits for, while the other core has little
// to do once the copy is made (BenchmarkRefBook at 100 000 people: 173–188
// ms in line, 89–125 in halves; in an ideas file's import 170–180 ms, 145–
// 160). A nil other: all in line.
func makeRefBookSplit(tx, other *bolt.Tx, guard func(func() error) error) *refBook {
	m := newBookMaking()
	var mid []byte
	if other != nil && other.ID() == tx.ID() {
		mid = peopleMiddle(tx)
	}
	var later *bookMaking
	var done chan bool
	if mid != nil {
		later, done = newBookMaking(), make(chan bool, 1)
		go func() {
			ok := false
			guard(func() error {
				ok = later.readPeople(other, mid, nil, 2)
				return nil
			})
			done <- ok
		}()
		// other is read until the goroutine ends, even if this one fails.
		defer func() {
			if done != nil {
				<-done
			}
		}()
	}
	var phones, merged phoneFirsts
	n, _ := bookPeople(tx)
	// The first half has room for all: the later is appended to it (in
	// room of its own, its pages were touched twice: a tenth of the book).
	ok := m.readPeople(tx, nil, mid, 1) && m.readGroups(tx) &&
		phones.read(tx, ixPersonPhone, min(n, bookMaxPeople)) && merged.read(tx, ixPersonMerged, 0) // about one phone a person
	if done != nil {
		laterOK := <-done
		done = nil
		ok = ok && laterOK && m.join(later)
	}
	if !ok {
		return nil
	}
	bk := m.bk
	bk.personAt = newBookIndex(len(bk.people))
	for i := range bk.people {
		bk.personAt.add(keyHash(bk.people[i].key[:]), i)
	}
	if !m.answerAll(phones.values, phones.keys, merged.values, merged.keys) {
		return nil
	}
	bk.telAt = newBookIndex(len(bk.byTel))
	for i := range bk.byTel {
		bk.telAt.add(maphash.Bytes(bookSeed, bk.phoneAt(i)), i)
	}
	return bk
}

func newBookMaking() *bookMaking {
	return &bookMaking{bk: &refBook{}, merged: map[[16]byte][16]byte{}, root: map[[16]byte][]byte{}}
}

// peopleMiddle is a person key about halfway through the people of tx (by
// the time their ids were made: UUIDv7), nil when there are too few to
// split or the keys are not ids. Only the halves' sizes depend on it.
func peopleMiddle(tx *bolt.Tx) []byte {
	b, err := kindBucket(tx, bucketRecords, model.KindPerson)
	if err != nil {
		return nil
	}
	if n, ok := bookPeople(tx); !ok || n < bookSplitAt {
		return nil
	}
	c := b.Cursor()
	first, _ := c.First()
	last, _ := c.Last()
	if len(first) != 16 || len(last) != 16 {
		return nil
	}
	lo, hi := binary.BigEndian.Uint64(first), binary.BigEndian.Uint64(last)
	if hi-lo < 2 {
		return nil
	}
	mid := make([]byte, 16)
	binary.BigEndian.PutUint64(mid, lo+(hi-lo)/2)
	return mid
}

// bookSplitAt is how many people a book must hold to be read in two
// halves (a variable: tests lower it).
var bookSplitAt = 20000

// join appends the people later read (those from the middle on).
func (m *bookMaking) join(later *bookMaking) bool {
	bk, shift := m.bk, uint32(len(m.bk.texts))
	if len(bk.texts)+len(later.bk.texts) >= 1<<31 {
		return false
	}
	bk.texts = append(bk.texts, later.bk.texts...)
	for _, p := range later.bk.people {
		p.nameEnd, p.phoneEnd = p.nameEnd+shift, p.phoneEnd+shift
		bk.people = append(bk.people, p)
	}
	for k, v := range later.merged {
		m.merged[k] = v
	}
	return true
}

// readPeople reads every person record with a key from from (nil: the
// first) up to to (nil: the last), in key order; of is how many parts the
// people are read in, for the room made ahead.
func (m *bookMaking) readPeople(tx *bolt.Tx, from, to []byte, of int) bool {
	b, err := kindBucket(tx, bucketRecords, model.KindPerson)
	if err != nil {
		return false
	}
	bk, c, n := m.bk, b.Cursor(), 0
	if v := tx.Bucket(bucketMeta).Get(liveCountKey(model.KindPerson)); len(v) == 8 {
		live := int(min(binary.BigEndian.Uint64(v), uint64(bookMaxPeople)))/of + 64
		bk.people, bk.texts = make([]bookPerson, 0, live), make([]byte, 0, live*48) // no copies as they grow
	}
	var f refFields
	k, v := c.First()
	if from != nil {
		k, v = c.Seek(from)
	}
	for ; k != nil && (to == nil || bytes.Compare(k, to) < 0); k, v = c.Next() {
		if n++; n%4096 == 0 && overMapped() {
			dropMapped(tx) // the pages read so far: counted as this process's memory
		}
		if len(k) != 16 || v == nil || !refFieldsOf(v, &f) || !f.isKey(k) {
			return false
		}
		if len(f.mergedInto) > 0 {
			into, err := idKey(string(f.mergedInto))
			if err != nil {
				return false // personRefIn fails on it
			}
			m.merged[[16]byte(k)] = [16]byte(into)
		}
		bk.texts = append(append(bk.texts, f.fullName...), f.phone...)
		bk.people = append(bk.people, bookPerson{key: [16]byte(k), live: !f.deleted, merged: len(f.mergedInto) > 0,
			nameEnd: uint32(len(bk.texts) - len(f.phone)), phoneEnd: uint32(len(bk.texts))})
	}
	return len(bk.texts) < 1<<31
}

// readGroups reads the identity bucket's members whose earliest is
// another.
func (m *bookMaking) readGroups(tx *bolt.Tx) bool {
	of, _, _ := identityBuckets(tx)
	if of == nil {
		return true
	}
	return of.ForEach(func(k, v []byte) error {
		if len(k) == 16 && !bytes.Equal(k, v) {
			m.root[[16]byte(k)] = bytes.Clone(v)
		}
		return nil
	}) == nil
}

// phoneFirsts is an index's values, each with the key of its first
// entry (personRefIn's answer is that entry's person), in value order.
type phoneFirsts struct {
	values [][]byte
	keys   [][16]byte
}

// read reads index name of tx; room is how many values to make room for.
// False: a value the index's seek would not find as its scan does.
func (p *phoneFirsts) read(tx *bolt.Tx, name string, room int) bool {
	b := tx.Bucket(bucketIndex).Bucket([]byte(name))
	if b == nil {
		return true
	}
	p.values, p.keys = make([][]byte, 0, room), make([][16]byte, 0, room)
	c := b.Cursor()
	for k, _ := c.First(); k != nil; k, _ = c.Next() {
		if len(k) < 17 || k[len(k)-17] != indexValueMarker {
			continue // not an index key (rc.first passes it by too)
		}
		v := k[:len(k)-17]
		if bytes.IndexByte(v, indexValueMarker) >= 0 {
			return false // a seek for it would not find it as first does
		}
		if n := len(p.values); n > 0 && bytes.Equal(p.values[n-1], v) {
			continue // the value's first entry answers
		}
		p.values, p.keys = append(p.values, v), append(p.keys, [16]byte(k[len(k)-16:]))
	}
	return true
}

// answerAll fills the book's phones from both indexes' first entries, in
// value order, the phone index's answering where both hold a value.
func (m *bookMaking) answerAll(phones [][]byte, pkeys [][16]byte, merged [][]byte, mkeys [][16]byte) bool {
	bk := m.bk
	bk.byTel = make([]bookPhone, 0, len(phones)+len(merged))
	bk.phones = make([]byte, 0, (len(phones)+len(merged))*12) // "+77XXXXXXXXX"
	add := func(v []byte, key [16]byte) bool {
		id, found, ok := m.answer(key)
		if !ok {
			return false
		}
		bk.phones = append(bk.phones, v...)
		bk.byTel = append(bk.byTel, bookPhone{end: uint32(len(bk.phones)), found: found, id: id})
		return true
	}
	i, j := 0, 0
	for i < len(phones) || j < len(merged) {
		switch {
		case j == len(merged) || i < len(phones) && bytes.Compare(phones[i], merged[j]) < 0:
			if !add(phones[i], pkeys[i]) {
				return false
			}
			i++
		case i == len(phones) || bytes.Compare(phones[i], merged[j]) > 0:
			if !add(merged[j], mkeys[j]) {
				return false
			}
			j++
		default: // both: the phone index's entry
			if !add(phones[i], pkeys[i]) {
				return false
			}
			i, j = i+1, j+1
		}
	}
	return len(bk.phones) < 1<<31
}

// answer is personRefIn's answer for the person at key: the id, found
// false for nobody; ok is false where personRefIn would fail.
func (m *bookMaking) answer(key [16]byte) (id [16]byte, found, ok bool) {
	bk := m.bk
	var p int
	for range 8 { // personRefIn's bound on a merge chain
		if p = bk.person(key[:]); p < 0 {
			return id, false, true // a record the index names missing: nobody
		}
		if !bk.people[p].merged {
			break
		}
		key = m.merged[key]
	}
	if bk.people[p].merged || !bk.people[p].live {
		return id, false, true
	}
	if root, ok := m.root[key]; ok {
		if p = bk.person(root); p < 0 {
			return id, false, true
		}
		if bk.people[p].merged {
			return m.merged[bk.people[p].key], true, true // their merged_into as it is
		}
		return bk.people[p].key, true, true
	}
	return key, true, true
}
