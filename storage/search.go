package storage

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"

	"frontoffice/model"
	"frontoffice/model/search"
	"frontoffice/model/textfold"

	bolt "go.etcd.io/bbolt"
)

// The search bucket (buckets.go) holds, for every live idea and person, its search doc
// (search.Doc.Encode: what a result row shows and the folded text searched),
// written in the same transaction as the record. Start-up then loads docs
// without decoding records or folding text, and the in-memory index follows
// every commit.

// searchable reports whether records of kind k are in the search index.
func searchable(k model.Kind) bool { return k == model.KindIdea || k == model.KindPerson }

// applicant is what an idea's doc shows and searches of its applicant (and
// what a kept person's doc searches of a person merged into them).
type applicant struct{ name, phone, iin string }

// applicants looks an idea's applicant up: in tx, or in a table made once when
// many docs are made together.
type applicants func(id string) (applicant, bool)

func applicantsIn(tx *bolt.Tx) applicants {
	return func(id string) (applicant, bool) {
		key, err := idKey(id)
		if err != nil {
			return applicant{}, false
		}
		v := tx.Bucket(bucketRecords).Bucket([]byte(model.KindPerson)).Get(key)
		var p refPerson // only what a doc needs: every idea's doc looks its applicant up
		if v == nil || decodeRefPerson(v, &p) != nil || p.Deleted {
			return applicant{}, false
		}
		return applicant{name: p.FullName, phone: p.Phone}, true
	}
}

// docForWith makes the search doc of r as of tx, an idea's applicant
// looked up through people; ok is false when r is not searched (another
// kind, deleted, or a person merged into another).
func docForWith(tx *bolt.Tx, people applicants, r model.Record) (d search.Doc, ok bool) {
	d, ok = docWith(people, mergedIn(tx), r)
	return withGroup(tx, r, d, ok)
}

// withGroup fits a person's doc to their group (identity.go): a person joined
// into another's group has no doc of their own (one person, one result), and
// the group's earliest is also found by the others' names, phones and IINs
// (another spelling stays findable).
func withGroup(tx *bolt.Tx, r model.Record, d search.Doc, ok bool) (search.Doc, bool) {
	p, isPerson := r.(*model.Person)
	if !ok || !isPerson {
		return d, ok
	}
	key, err := idKey(p.ID)
	if err != nil {
		return d, ok
	}
	if joinedAway(tx, key) {
		return search.Doc{}, false
	}
	for _, m := range groupKeys(tx, key)[1:] {
		rec, _, err := getRecord(tx, model.KindPerson, idString(m))
		if err != nil {
			continue
		}
		q := rec.(*model.Person)
		if q.FullName != "" && q.FullName != p.FullName {
			d.Text = append(d.Text, q.FullName)
		}
		if q.Phone != "" && !slices.Contains(d.Phones, q.Phone) {
			d.Phones = append(d.Phones, q.Phone)
		}
		if q.IIN != "" && q.IIN != p.IIN {
			d.Text = append(d.Text, q.IIN)
		}
	}
	return d, true
}

// mergedIn looks up a person merged into another: their phone and IIN still
// find the kept person.
func mergedIn(tx *bolt.Tx) applicants {
	return func(id string) (applicant, bool) {
		r, _, err := getRecord(tx, model.KindPerson, id)
		if err != nil {
			return applicant{}, false
		}
		p := r.(*model.Person)
		if p.MergedInto == "" {
			return applicant{}, false
		}
		return applicant{p.FullName, p.Phone, p.IIN}, true
	}
}

// prefoldDoc folds ahead the texts of r's doc that are r's own, in docWith's
// order (the title, then each text): an idea's applicant is looked up when
// the doc is made, so it is left nil, as are a person's merged IINs after the
// organisation. nil when r has no doc. Encoding gives the same bytes with or
// without (TestPrefoldedDocs).
func prefoldDoc(r model.Record) [][]byte {
	if r.Env().Deleted {
		return nil
	}
	switch r := r.(type) {
	case *model.Person:
		if r.MergedInto == "" {
			return prefoldTexts(r.FullName, r.Organization)
		}
	case *model.Idea:
		folds := prefoldTexts(r.Title, "", r.Organization, r.Locality)
		folds[1] = nil // the applicant's name: looked up when the doc is made
		return folds
	}
	return nil
}

// prefoldTexts is search.Prefold of each text, folded into one buffer (one
// allocation for a record's texts instead of one each).
func prefoldTexts(texts ...string) [][]byte {
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	buf := make([]byte, 0, n+16)
	out := make([][]byte, len(texts))
	for i, t := range texts {
		at := len(buf)
		buf = textfold.AppendFold(buf, t)
		out[i] = buf[at:len(buf):len(buf)] // never nil, as Prefold's
	}
	return out
}

func docWith(people, merged applicants, r model.Record) (d search.Doc, ok bool) {
	env := r.Env()
	if env.Deleted {
		return d, false
	}
	switch r := r.(type) {
	case *model.Person:
		if r.MergedInto != "" {
			return d, false
		}
		d = search.Doc{ID: r.ID, Kind: model.KindPerson, Title: r.FullName, Sub: r.Organization,
			Phone: r.Phone, Text: []string{r.Organization}, Phones: nonEmpty(r.Phone), IIN: r.IIN,
			Region: r.Region}
		d.Text = append(d.Text, r.OtherNames...)
		for _, id := range r.MergedFrom {
			if a, ok := merged(id); ok {
				d.Phones = append(d.Phones, nonEmpty(a.phone)...)
				if a.iin != "" {
					d.Text = append(d.Text, a.iin)
				}
			}
		}
	case *model.Idea:
		name, phone := r.ApplicantName, ""
		if r.ApplicantID != "" {
			if a, ok := people(r.ApplicantID); ok {
				name, phone = a.name, a.phone
			}
		}
		d = search.Doc{ID: r.ID, Kind: model.KindIdea, Title: r.Title, Sub: name,
			Text: []string{name, r.Organization, r.Locality}, Phones: nonEmpty(phone),
			Direction: r.Direction, Region: r.Region, Status: r.Status, SDGs: r.SDGs}
	default:
		return d, false
	}
	d.Updated = env.UpdatedAt.UnixMilli()
	return d, true
}

func nonEmpty(s string) []string {
	if s == "" {
		return nil
	}
	return []string{s}
}

// researchRecord brings the search bucket up to date with r (just written
// over old) inside tx, and queues the same change for the in-memory index.
// folds, when not nil, are r's texts folded ahead (prefoldDoc).
func researchRecord(tx writeTx, key []byte, old, r model.Record, folds [][]byte) error {
	return researchRecordWith(tx, key, old, r, docAhead{folds: folds}, applicantsIn(tx.Tx))
}

// researchRecordWith is researchRecord with r's applicant (an idea's)
// looked up through people, and what was made ahead of r's doc.
func researchRecordWith(tx writeTx, key []byte, old, r model.Record, ahead docAhead, people applicants) error {
	if !searchable(r.Env().Kind) {
		return nil
	}
	if old != nil {
		ahead.docMade = docMade{} // made of r as it came, not as the revision of old
	}
	if err := putDocWith(tx, key, r, ahead, people); err != nil {
		return err
	}
	// An applicant's new name or phone is shown and searched in their ideas.
	if p, ok := r.(*model.Person); ok && old != nil {
		o := old.(*model.Person)
		if o.FullName != p.FullName || o.Phone != p.Phone || o.Deleted != p.Deleted || o.MergedInto != p.MergedInto {
			var ids [][]byte
			scanIndex(tx.Tx, ixIdeaApplicant, p.ID, "", func(_ string, id []byte) bool {
				ids = append(ids, bytes.Clone(id))
				return true
			})
			for _, id := range ids {
				idea, _, err := getRecord(tx.Tx, model.KindIdea, idString(id))
				if err != nil {
					return err
				}
				if err := putDoc(tx, id, idea); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// putDoc writes or removes r's doc in the search bucket and tells the live index
// once tx commits.
func putDoc(tx writeTx, key []byte, r model.Record) error { return putDocFolded(tx, key, r, nil) }

// putDocFolded is putDoc with r's texts folded ahead (prefoldDoc), or nil.
func putDocFolded(tx writeTx, key []byte, r model.Record, folds [][]byte) error {
	return putDocWith(tx, key, r, docAhead{folds: folds}, applicantsIn(tx.Tx))
}

// putDocWith is putDocFolded with an idea's applicant looked up through
// people, and the doc as made ahead when it was (docAhead).
func putDocWith(tx writeTx, key []byte, r model.Record, ahead docAhead, people applicants) error {
	b := tx.Bucket(bucketSearch)
	b.FillPercent = recordFill // ids are UUIDv7: new docs land at the end
	enc, ok := ahead.stamped(tx.Tx, people, r), true
	if enc == nil {
		var d search.Doc
		d, ok = docForWith(tx.Tx, people, r)
		d.Prefolded = ahead.folds
		if ok {
			enc = d.Encode()
		}
	}
	live := tx.live
	if !ok {
		if err := b.Delete(key); err != nil {
			return err
		}
		if live != nil {
			id := r.Env().ID
			tx.OnCommit(func() { live.apply(func(x *search.Index) { x.Remove(id) }) })
		}
		return nil
	}
	if err := b.Put(key, enc); err != nil {
		return err
	}
	if live != nil {
		tx.OnCommit(func() { live.apply(func(x *search.Index) { x.PutEncoded(enc) }) })
	}
	return nil
}

// migrateSearch (schema 3) creates the search bucket and fills it from the
// records already stored.
func migrateSearch(tx *bolt.Tx) error {
	b, err := tx.CreateBucketIfNotExists(bucketSearch)
	if err != nil {
		return err
	}
	b.FillPercent = recordFill
	// People come first, so their names are at hand for their ideas.
	table := map[string]applicant{}
	people := func(id string) (applicant, bool) { a, ok := table[id]; return a, ok }
	for _, k := range []model.Kind{model.KindPerson, model.KindIdea} {
		err := tx.Bucket(bucketRecords).Bucket([]byte(k)).ForEach(func(key, v []byte) error {
			r, err := decode(k, v)
			if err != nil {
				return err
			}
			if p, ok := r.(*model.Person); ok && !p.Deleted {
				table[p.ID] = applicant{name: p.FullName, phone: p.Phone}
			}
			d, ok := docWith(people, mergedIn(tx), r)
			if d, ok = withGroup(tx, r, d, ok); ok {
				return b.Put(key, d.Encode())
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// checkSearch adds a problem for every search doc that is missing, stale or
// left over.
func checkSearch(tx *bolt.Tx, add func(string, ...any)) {
	b := tx.Bucket(bucketSearch)
	if b == nil {
		add("search: missing bucket")
		return
	}
	want := 0
	table := map[string]applicant{}
	people := func(id string) (applicant, bool) { a, ok := table[id]; return a, ok }
	for _, k := range []model.Kind{model.KindPerson, model.KindIdea} {
		tx.Bucket(bucketRecords).Bucket([]byte(k)).ForEach(func(key, v []byte) error {
			r, err := decode(k, v)
			if err != nil {
				return nil // reported by the record check
			}
			if p, ok := r.(*model.Person); ok && !p.Deleted {
				table[p.ID] = applicant{name: p.FullName, phone: p.Phone}
			}
			d, ok := docWith(people, mergedIn(tx), r)
			d, ok = withGroup(tx, r, d, ok)
			got := b.Get(key)
			switch {
			case ok && got == nil:
				add("search: %s %s is missing", k, r.Env().ID)
			case ok && !search.SameDoc(got, d.Encode()):
				add("search: %s %s is out of date", k, r.Env().ID)
			case !ok && got != nil:
				add("search: %s %s should not be there", k, r.Env().ID)
			}
			if ok {
				want++
			}
			return nil
		})
	}
	if n := b.Stats().KeyN; n != want {
		add("search: %d docs, want %d", n, want)
	}
}

// liveIndex is a store's in-memory search index. It is loaded from the search
// bucket on first use (or in the background from start-up); commits made while
// it loads are queued and applied after, so it never misses one. When a copy
// of the store takes the file's place (batch_swap.go), it is loaded again
// from the new file (reloadSearch): meanwhile it is loading again, with a
// new done, and the index keeps its identity (search.Index.Replace), so the
// screens' search sessions on it stay good.
type liveIndex struct {
	mu      sync.Mutex
	x       *search.Index
	state   int // notLoaded, loading, loaded
	pending []func(*search.Index)
	done    chan struct{}
	err     error
	gen     int // which load is the current one: an older one's result is dropped
}

const (
	notLoaded = iota
	loading
	loaded
)

// inUse reports whether the index is loaded or loading: the app searches,
// the command line mostly does not.
func (l *liveIndex) inUse() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.state != notLoaded
}

// apply runs a change on the index now, later (while it loads), or not at all
// (not loaded yet: the load will read the change from the bucket).
func (l *liveIndex) apply(fn func(*search.Index)) {
	l.mu.Lock()
	defer l.mu.Unlock()
	switch l.state {
	case loading:
		l.pending = append(l.pending, fn)
	case loaded:
		fn(l.x)
	}
}

// writeTx is a write transaction with the in-memory index its commit
// updates, passed down the write path to putDocWith (it is the store's,
// which stays its own when a big save's copy is swapped in). live is nil
// where no index reads the file: migrations at open (the index is not
// loaded yet and will read the bucket) and a big save's copy (batch_swap.go).
type writeTx struct {
	*bolt.Tx
	live *liveIndex
}

// writing is tx with s's live index.
func (s *Store) writing(tx *bolt.Tx) writeTx { return writeTx{Tx: tx, live: s.live} }

// LoadSearch starts loading the search index in the background, if it is not
// loaded or loading already. The app calls it right after opening, so the
// first screen is not kept waiting and the index is ready by the time anyone
// types.
func (s *Store) LoadSearch() {
	l := s.live
	l.mu.Lock()
	if l.state != notLoaded {
		l.mu.Unlock()
		return
	}
	l.state = loading // from here every commit is queued
	gen := l.gen
	l.mu.Unlock()
	s.startLoad(gen)
}

// reloadSearch loads the index again from the store's file, which a copy
// has just replaced (batch_swap.go's swapIn), if it is loaded or loading:
// searches wait for the new load, as at start-up, and commits made
// meanwhile are queued for it. A load of the old file still under way is
// dropped when it ends.
func (s *Store) reloadSearch() {
	l := s.live
	l.mu.Lock()
	if l.state == notLoaded { // the first use reads the new file
		l.mu.Unlock()
		return
	}
	if l.state == loaded {
		l.done = make(chan struct{})
	}
	l.gen++
	l.state, l.pending = loading, nil
	gen := l.gen
	l.mu.Unlock()
	s.startLoad(gen)
}

// startLoad runs load gen in the background.
func (s *Store) startLoad(gen int) {
	if !s.enterBg() { // the store is closing: there is nothing to load into
		s.live.loaded(gen, nil, errors.New("the store is closed"))
		return
	}
	go func() {
		defer s.bg.Done()
		s.loadSearch(gen)
	}()
}

func (s *Store) loadSearch(gen int) {
	x := search.New()
	err := s.db.View(func(tx *bolt.Tx) error {
		// A first pass counts each kind's docs and text, so the index is
		// made at its final size and filled in place: reserving by guess
		// (half the bucket's bytes each) and growing what did not fit, then
		// compacting, held 220 MB for a moment at 100,000 ideas and 100,000
		// people, for 85 MB kept. The pass reads only the search bucket's
		// pages, which the load reads next anyway.
		c := tx.Bucket(bucketSearch).Cursor()
		type size struct{ n, text int }
		sizes := map[model.Kind]*size{}
		var kinds []model.Kind
		for k, v := c.First(); k != nil; k, v = c.Next() {
			kind, text, ok := search.EncodedSize(v)
			if !ok {
				continue // the load reports it
			}
			sz := sizes[kind]
			if sz == nil {
				sz = &size{}
				sizes[kind] = sz
				kinds = append(kinds, kind)
			}
			sz.n++
			sz.text += text
		}
		for _, k := range kinds {
			x.Reserve(k, sizes[k].n, sizes[k].text)
		}
		var bad error
		err := x.LoadEncoded(func(yield func([]byte) bool) {
			for k, v := c.First(); k != nil; k, v = c.Next() {
				if s.bgCtx.Err() != nil {
					bad = s.bgCtx.Err()
					return
				}
				if !yield(v) {
					return
				}
			}
		})
		if err == nil {
			err = bad
		}
		return err
	})
	if err == nil {
		// What loading reserved and did not use goes back, and so do the
		// store's pages it read (DESIGN.md §7: memory).
		x.Compact()
		s.release()
	}
	s.live.loaded(gen, x, err)
}

// loaded ends load gen with x (nil: none) and its error, unless a later
// load replaced it: the commits queued meanwhile go into x, which becomes
// the index (or what the index holds, when loaded again).
func (l *liveIndex) loaded(gen int, x *search.Index, err error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if gen != l.gen {
		return
	}
	if x != nil {
		for _, fn := range l.pending {
			fn(x)
		}
		if l.x == nil {
			l.x = x
		} else {
			l.x.Replace(x)
		}
	}
	l.pending, l.err, l.state = nil, nil, loaded
	if err != nil {
		l.err = fmt.Errorf("load search index: %w", err)
	}
	close(l.done)
}

// wait is what a search waits on: closed once the index is loaded.
func (l *liveIndex) wait() chan struct{} {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.done
}

// Search returns the store's search index, loading it first if need be. It
// waits at most until ctx is done.
func (s *Store) Search(ctx context.Context) (*search.Index, error) {
	s.LoadSearch()
	l := s.live
	select {
	case <-l.wait():
		l.mu.Lock()
		defer l.mu.Unlock()
		return l.x, l.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// SearchReady reports whether the index is loaded (Search will not wait).
func (s *Store) SearchReady() bool {
	select {
	case <-s.live.wait():
		return true
	default:
		return false
	}
}

// RebuildSearch makes the search bucket afresh from the records (a repair for
// what Check reports as stale search docs).
func (s *Store) RebuildSearch() error {
	return s.db.Update(rebuildSearch)
}

func rebuildSearch(tx *bolt.Tx) error {
	if err := tx.DeleteBucket(bucketSearch); err != nil {
		return err
	}
	return migrateSearch(tx)
}

// SearchOnce answers one query from the search bucket without loading the
// index (the command line's search). When the index is loaded already, it
// is used instead.
func (s *Store) SearchOnce(ctx context.Context, q search.Query) (search.Result, error) {
	if s.SearchReady() {
		if x, err := s.Search(ctx); err == nil {
			return x.Search(ctx, q)
		}
	}
	var res search.Result
	err := s.db.View(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketSearch).Cursor()
		var err error
		res, err = search.SearchEncoded(ctx, func(yield func([]byte) bool) {
			for k, v := c.First(); k != nil; k, v = c.Next() {
				if !yield(v) {
					return
				}
			}
		}, q)
		return err
	})
	return res, err
}
