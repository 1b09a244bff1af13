package storage

import (
	"bytes"
	"fmt"
	"reflect"

	"frontoffice/model"

	bolt "go.etcd.io/bbolt"
)

// SmallBatchesForTest makes every SaveEach of more than inOne records go
// through a copy of the store, in batches of batch records, holding at
// most batch more while the copy is made, until the returned function puts
// the sizes back.
func SmallBatchesForTest(inOne, batch int) (restore func()) {
	oldOne, oldBatch, oldHeld := SaveInOne, saveBatch, startHeld
	SaveInOne, saveBatch, startHeld = inOne, batch, batch
	return func() { SaveInOne, saveBatch, startHeld = oldOne, oldBatch, oldHeld }
}

// OnOpenForTest calls fn with every store file opened, before it is locked,
// until the returned function is called.
func OnOpenForTest(fn func(path string)) (restore func()) {
	openedHook = fn
	return func() { openedHook = nil }
}

// BookAfterForTest makes a Snapshot read the people into its book
// (import_book.go) at its n-th lookup by phone, whatever the store's size,
// until the returned function puts the bounds back; n 0: never.
// The book is made in line (at that lookup); BookInBackgroundAfterForTest
// leaves it to its goroutine, as an import does.
func BookAfterForTest(n int) (restore func()) {
	return bookAfter(n, false)
}

// BookInBackgroundAfterForTest is BookAfterForTest with the book made on
// its own goroutine.
func BookInBackgroundAfterForTest(n int) (restore func()) {
	return bookAfter(n, true)
}

func bookAfter(n int, background bool) (restore func()) {
	oldMin, oldMax, oldBg := bookMinAsks, bookMaxPeople, bookInBackground
	bookMinAsks, bookMaxPeople, bookInBackground = n, 1<<30, background
	if n == 0 {
		bookMinAsks, bookMaxPeople = 1<<30, 0
	}
	return func() { bookMinAsks, bookMaxPeople, bookInBackground = oldMin, oldMax, oldBg }
}

// BookApplicantForTest is what the snapshot's book answers for the
// applicant id (name, phone, live), and what applicantsIn does.
func BookApplicantForTest(s *Store, snap *Snapshot, id string) (book, store [3]string) {
	a, ok := snap.book.applicant(id)
	book = [3]string{a.name, a.phone, fmt.Sprint(ok)}
	s.db.View(func(tx *bolt.Tx) error {
		a, ok := applicantsIn(tx)(id)
		store = [3]string{a.name, a.phone, fmt.Sprint(ok)}
		return nil
	})
	return book, store
}

// SlowCopyForTest makes a big save's copy wait for release before it is
// made, until the returned function is called.
func SlowCopyForTest(release <-chan struct{}) (restore func()) {
	copyHook = func() { <-release }
	return func() { copyHook = nil }
}

// BookSplitForTest makes s's book of people in two halves (the later on
// its own goroutine, in a transaction of its own) and in line, and says
// whether the two are the same and how many people each half read.
func BookSplitForTest(s *Store) (same bool, first, later int, err error) {
	old := bookSplitAt
	bookSplitAt = 2
	defer func() { bookSplitAt = old }()
	err = s.db.View(func(tx *bolt.Tx) error {
		whole := makeRefBook(tx)
		mid := peopleMiddle(tx)
		if whole == nil || mid == nil {
			return fmt.Errorf("book %v, middle %x", whole != nil, mid)
		}
		c := tx.Bucket(bucketRecords).Bucket([]byte(model.KindPerson)).Cursor()
		for k, _ := c.First(); k != nil; k, _ = c.Next() {
			if bytes.Compare(k, mid) < 0 {
				first++
			} else {
				later++
			}
		}
		own, end, err := s.db.begin(false)
		if err != nil {
			return err
		}
		defer end()
		split := makeRefBookSplit(tx, own, s.db.guard)
		same = reflect.DeepEqual(whole, split)
		return nil
	})
	return same, first, later, err
}
