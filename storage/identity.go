package storage

// One person across offices: the store keeps the outcome of model.Group (the
// identity rules) for its people, so every figure counts a joined group once.
//
//	identity
//	  of                      member id (16 bytes) → the group's earliest id (16 bytes)
//	  members                 earliest id (16) + member id (16) → nil
//	  dups                    id (16) + other id (16) → nil, both ways: possible duplicates
//
// Only joined records that are not their group's earliest are in of; a
// person absent from it stands for themselves. The buckets are derived from
// the people alone (as an index is), so every office that holds the same
// records holds the same groups, whatever the order of its imports. They are
// brought up to date in the transaction that writes a person (around that
// person) and, after an import, once for the whole store (an import's index
// entries are written at its end: ixpending.go), marked by identity_stale in
// meta until done.

import (
	"bytes"
	"slices"

	"frontoffice/model"

	bolt "go.etcd.io/bbolt"
)

// identityBuckets returns the identity buckets, nil before schema 13.
func identityBuckets(tx *bolt.Tx) (of, members, dups *bolt.Bucket) {
	top := tx.Bucket(bucketIdentity)
	if top == nil {
		return nil, nil, nil
	}
	return top.Bucket(bucketIdentOf), top.Bucket(bucketIdentMemb), top.Bucket(bucketIdentDups)
}

// migrateIdentity creates the identity buckets and groups the people already
// stored (schema 13).
func migrateIdentity(tx *bolt.Tx) error {
	top, err := tx.CreateBucketIfNotExists(bucketIdentity)
	if err != nil {
		return err
	}
	for _, name := range [][]byte{bucketIdentOf, bucketIdentMemb, bucketIdentDups} {
		if _, err := top.CreateBucketIfNotExists(name); err != nil {
			return err
		}
	}
	return regroupAll(writeTx{Tx: tx}) // the index is not loaded yet: it reads the bucket
}

// canonicalKey is the id key of the person that the person key stands as:
// their group's earliest, else key itself.
func canonicalKey(tx *bolt.Tx, key []byte) []byte {
	of, _, _ := identityBuckets(tx)
	if of != nil {
		if v := of.Get(key); v != nil {
			return bytes.Clone(v)
		}
	}
	return key
}

// canonicalID is canonicalKey for an id in text.
func canonicalID(tx *bolt.Tx, id string) string {
	key, err := idKey(id)
	if err != nil {
		return id
	}
	return idString(canonicalKey(tx, key))
}

// groupKeys returns the keys of the group key belongs to, its earliest
// first; just key when it is joined with nobody.
func groupKeys(tx *bolt.Tx, key []byte) [][]byte {
	root := canonicalKey(tx, key)
	out := [][]byte{root}
	_, members, _ := identityBuckets(tx)
	if members == nil {
		return out
	}
	c := members.Cursor()
	for k, _ := c.Seek(root); k != nil && bytes.HasPrefix(k, root); k, _ = c.Next() {
		if len(k) == 32 {
			out = append(out, bytes.Clone(k[16:]))
		}
	}
	return out
}

// groupIDs is groupKeys for an id in text: the ids of the person's group,
// its earliest first; just id when it is joined with nobody (or not an id).
func groupIDs(tx *bolt.Tx, id string) []string {
	key, err := idKey(id)
	if err != nil {
		return []string{id}
	}
	var out []string
	for _, k := range groupKeys(tx, key) {
		out = append(out, idString(k))
	}
	return out
}

// joinedIDs maps every person joined into another's group to the group's
// earliest id: few entries, read at once for a walk over many records.
func joinedIDs(tx *bolt.Tx) map[string]string {
	out := map[string]string{}
	of, _, _ := identityBuckets(tx)
	if of != nil {
		of.ForEach(func(k, v []byte) error {
			out[idString(k)] = idString(v)
			return nil
		})
	}
	return out
}

// joinedCount is how many live people are joined into another's group.
func joinedCount(tx *bolt.Tx) int {
	of, _, _ := identityBuckets(tx)
	if of == nil {
		return 0
	}
	return of.Stats().KeyN
}

// joinedAway reports whether the person key is joined into another's group.
func joinedAway(tx *bolt.Tx, key []byte) bool {
	of, _, _ := identityBuckets(tx)
	return of != nil && of.Get(key) != nil
}

// markIdentityStale asks for the whole store to be grouped again once an
// import's index entries are in (regroupIfStale).
func markIdentityStale(tx *bolt.Tx) error {
	if tx.Bucket(bucketIdentity) == nil {
		return nil
	}
	return tx.Bucket(bucketMeta).Put(keyIdentityStale, []byte("1"))
}

// regroupIfStale groups the whole store again when an import asked for it.
func (s *Store) regroupIfStale() error {
	stale := false
	s.db.View(func(tx *bolt.Tx) error {
		stale = tx.Bucket(bucketMeta).Get(keyIdentityStale) != nil
		return nil
	})
	if !stale {
		return nil
	}
	return s.db.Update(func(tx *bolt.Tx) error {
		if err := regroupAll(s.writing(tx)); err != nil {
			return err
		}
		return tx.Bucket(bucketMeta).Delete(keyIdentityStale)
	})
}

// regroupAll groups every person who shares a phone or IIN with another, and
// undoes every group or duplicate that no longer holds.
func regroupAll(w writeTx) error {
	tx := w.Tx
	var seeds [][]byte
	for _, ix := range []string{ixPersonPhone, ixPersonIIN} {
		b := tx.Bucket(bucketIndex).Bucket([]byte(ix))
		if b == nil {
			continue
		}
		var prev []byte
		var first []byte
		c := b.Cursor()
		for k, _ := c.First(); k != nil; k, _ = c.Next() {
			if len(k) < 17 || k[len(k)-17] != indexValueMarker {
				continue
			}
			value, id := k[:len(k)-17], k[len(k)-16:]
			if bytes.Equal(value, prev) {
				if first != nil {
					seeds = append(seeds, first)
					first = nil
				}
				seeds = append(seeds, bytes.Clone(id))
				continue
			}
			prev, first = bytes.Clone(value), bytes.Clone(id)
		}
	}
	of, members, dups := identityBuckets(tx)
	for _, b := range []*bolt.Bucket{of, dups} {
		if b == nil {
			continue
		}
		b.ForEach(func(k, _ []byte) error {
			seeds = append(seeds, bytes.Clone(k[:16]))
			return nil
		})
	}
	if members != nil {
		members.ForEach(func(k, _ []byte) error {
			seeds = append(seeds, bytes.Clone(k[:16]))
			return nil
		})
	}
	return regroup(w, seeds)
}

// regroupPerson brings the groups around a person just written up to date.
func regroupPerson(w writeTx, key []byte, old, r model.Record) error {
	tx := w.Tx
	if tx.Bucket(bucketIdentity) == nil {
		return nil
	}
	if _, ok := r.(*model.Person); !ok {
		return nil
	}
	if _, ok := old.(*model.Person); ok && !identityChanged(old.(*model.Person), r.(*model.Person)) {
		return nil
	}
	// The people who share a phone or IIN with it, before or after.
	seeds := [][]byte{key}
	for _, rec := range []model.Record{old, r} {
		p, ok := rec.(*model.Person)
		if !ok {
			continue
		}
		if p.Phone != "" {
			scanIndex(tx, ixPersonPhone, p.Phone, "", func(_ string, id []byte) bool {
				seeds = append(seeds, bytes.Clone(id))
				return true
			})
		}
		if p.IIN != "" {
			scanIndex(tx, ixPersonIIN, p.IIN, "", func(_ string, id []byte) bool {
				seeds = append(seeds, bytes.Clone(id))
				return true
			})
		}
	}
	if len(seeds) == 1 && !joinedAway(tx, key) && !hasMembers(tx, key) && !hasDups(tx, key) {
		return nil // alone before and after: the usual case
	}
	return regroup(w, seeds)
}

// identityChanged reports whether a person's edit can change who they are.
func identityChanged(a, b *model.Person) bool {
	return a.Phone != b.Phone || a.IIN != b.IIN || a.Deleted != b.Deleted || a.MergedInto != b.MergedInto ||
		a.ConsentWithdrawn != b.ConsentWithdrawn || !slices.Equal(a.Apart, b.Apart)
}

func hasMembers(tx *bolt.Tx, key []byte) bool {
	_, members, _ := identityBuckets(tx)
	if members == nil {
		return false
	}
	k, _ := members.Cursor().Seek(key)
	return k != nil && bytes.HasPrefix(k, key)
}

func hasDups(tx *bolt.Tx, key []byte) bool {
	_, _, dups := identityBuckets(tx)
	if dups == nil {
		return false
	}
	k, _ := dups.Cursor().Seek(key)
	return k != nil && bytes.HasPrefix(k, key)
}

// regroup applies model.Group to everyone reachable from seeds (through
// shared phones and IINs, and the groups and duplicates stored now) and
// rewrites what changed: the groups, the duplicates, and the search docs of
// every person whose group changed (a joined person is found under their
// group's earliest: search.go).
func regroup(w writeTx, seeds [][]byte) error {
	tx := w.Tx
	of, members, dups := identityBuckets(tx)
	if of == nil {
		return nil
	}
	order, keys, err := reachPeople(tx, dups, seeds)
	if err != nil {
		return err
	}
	g := model.Group(keys)
	redo, err := putCanonical(of, members, order, g)
	if err != nil {
		return err
	}
	if err := putDuplicates(dups, order, g); err != nil {
		return err
	}
	// The search docs of everyone whose group changed.
	for _, key := range order {
		if !redo[string(key)] {
			continue
		}
		r, _, err := getRecord(tx, model.KindPerson, idString(key))
		if isNotFound(err) {
			continue
		}
		if err != nil {
			return err
		}
		if err := putDoc(w, key, r); err != nil {
			return err
		}
	}
	return nil
}

// reachPeople is everyone reached from seeds through shared phones and
// IINs, groups and duplicates, in the order reached, and the identity keys
// of those stored.
func reachPeople(tx *bolt.Tx, dups *bolt.Bucket, seeds [][]byte) (order [][]byte, keys []model.IdentityKey, err error) {
	seen := map[string]bool{}
	var queue [][]byte
	push := func(id []byte) {
		if len(id) == 16 && !seen[string(id)] {
			seen[string(id)] = true
			queue = append(queue, bytes.Clone(id))
		}
	}
	for _, s := range seeds {
		push(s)
	}
	for len(queue) > 0 {
		key := queue[0]
		queue = queue[1:]
		order = append(order, key)
		for _, g := range groupKeys(tx, key) {
			push(g)
		}
		c := dups.Cursor()
		for k, _ := c.Seek(key); k != nil && bytes.HasPrefix(k, key); k, _ = c.Next() {
			push(k[16:])
		}
		r, _, err := getRecord(tx, model.KindPerson, idString(key))
		if isNotFound(err) {
			continue
		}
		if err != nil {
			return nil, nil, err
		}
		k, ok := model.IdentityOf(r.(*model.Person))
		if !ok {
			continue
		}
		keys = append(keys, k)
		for _, by := range [2][2]string{{ixPersonPhone, k.Phone}, {ixPersonIIN, k.IIN}} {
			if by[1] != "" {
				scanIndex(tx, by[0], by[1], "", func(_ string, id []byte) bool {
					push(id)
					return true
				})
			}
		}
	}
	return order, keys, nil
}

// putCanonical writes each reached person's earliest (of, members) where
// it changed; redo are the people whose search doc changes with it.
func putCanonical(of, members *bolt.Bucket, order [][]byte, g model.Grouping) (redo map[string]bool, err error) {
	redo = map[string]bool{}
	for _, key := range order {
		was := of.Get(key)
		var now []byte
		if c, ok := g.Canonical[idString(key)]; ok {
			now, _ = idKey(c)
		}
		if bytes.Equal(was, now) {
			continue
		}
		redo[string(key)] = true
		if was != nil {
			redo[string(was)] = true
			if err := of.Delete(key); err != nil {
				return nil, err
			}
			if err := members.Delete(slices.Concat(was, key)); err != nil {
				return nil, err
			}
		}
		if now != nil {
			redo[string(now)] = true
			if err := of.Put(key, now); err != nil {
				return nil, err
			}
			if err := members.Put(slices.Concat(now, key), nil); err != nil {
				return nil, err
			}
		}
	}
	return redo, nil
}

// putDuplicates writes the duplicates of everyone reached anew.
func putDuplicates(dups *bolt.Bucket, order [][]byte, g model.Grouping) error {
	want := map[string]bool{}
	for _, d := range g.Duplicates {
		a, errA := idKey(d[0])
		b, errB := idKey(d[1])
		if errA != nil || errB != nil {
			continue
		}
		want[string(slices.Concat(a, b))], want[string(slices.Concat(b, a))] = true, true
	}
	for _, key := range order {
		var stale [][]byte
		c := dups.Cursor()
		for k, _ := c.Seek(key); k != nil && bytes.HasPrefix(k, key); k, _ = c.Next() {
			if !want[string(k)] {
				stale = append(stale, bytes.Clone(k))
			}
		}
		for _, k := range stale {
			if err := dups.Delete(k); err != nil {
				return err
			}
		}
	}
	for k := range want {
		if dups.Get([]byte(k)) == nil {
			if err := dups.Put([]byte(k), nil); err != nil {
				return err
			}
		}
	}
	return nil
}

// checkIdentity adds a problem for every group or duplicate stored that the
// identity rules, applied to all the people afresh, do not give.
func checkIdentity(tx *bolt.Tx, add func(string, ...any)) {
	of, members, dups := identityBuckets(tx)
	if of == nil || members == nil || dups == nil {
		add("identity: missing bucket")
		return
	}
	if tx.Bucket(bucketMeta).Get(keyIdentityStale) != nil {
		return // an import's grouping is still to come; opening the store does it
	}
	var keys []model.IdentityKey
	b, err := kindBucket(tx, bucketRecords, model.KindPerson)
	if err != nil {
		return // reported by the record check
	}
	b.ForEach(func(_, v []byte) error {
		r, err := decode(model.KindPerson, v)
		if err != nil {
			return nil // reported by the record check
		}
		if k, ok := model.IdentityOf(r.(*model.Person)); ok {
			keys = append(keys, k)
		}
		return nil
	})
	g := model.Group(keys)
	n := 0
	of.ForEach(func(k, v []byte) error {
		n++
		if want := g.Canonical[idString(k)]; want != idString(v) {
			add("identity/of: %s stands as %s, the rules say %q", idString(k), idString(v), want)
		}
		if members.Get(slices.Concat(v, k)) == nil {
			add("identity/members: %s lacks %s", idString(v), idString(k))
		}
		return nil
	})
	if n != len(g.Canonical) {
		add("identity/of: %d joined people, the rules join %d", n, len(g.Canonical))
	}
	if m := members.Stats().KeyN; m != n {
		add("identity/members: %d entries for %d joined people", m, n)
	}
	if d := dups.Stats().KeyN; d != 2*len(g.Duplicates) {
		add("identity/dups: %d entries, the rules find %d pairs", d, len(g.Duplicates))
	}
	for _, d := range g.Duplicates {
		a, _ := idKey(d[0])
		b, _ := idKey(d[1])
		if dups.Get(slices.Concat(a, b)) == nil || dups.Get(slices.Concat(b, a)) == nil {
			add("identity/dups: %s and %s are not listed", d[0], d[1])
		}
	}
}

// JoinedRecord is one record of a person's group, or one possible duplicate,
// as a person's card shows it.
type JoinedRecord struct {
	Person *model.Person
	// Office is the name of the office that registered the record ("" when
	// its office record has not arrived), OfficeID that office's id.
	Office, OfficeID string
}

// Joined returns, for the person id, the group's earliest id, the other
// records joined with it (earliest first), and the records that may be the
// same person but were not joined (a phone under two IINs).
func (s *Store) Joined(id string) (earliest string, joined, maybe []JoinedRecord, err error) {
	key, err := idKey(id)
	if err != nil {
		return "", nil, nil, err
	}
	err = s.db.View(func(tx *bolt.Tx) error {
		group := groupKeys(tx, key)
		earliest = idString(group[0])
		describe := func(k []byte) (JoinedRecord, error) {
			r, _, err := getRecord(tx, model.KindPerson, idString(k))
			if err != nil {
				return JoinedRecord{}, err
			}
			j := JoinedRecord{Person: r.(*model.Person), OfficeID: registeredBy(tx, k, r)}
			if o, _, err := getRecord(tx, model.KindOffice, j.OfficeID); err == nil {
				j.Office = o.(*model.Office).Name
			}
			return j, nil
		}
		for _, k := range group {
			if bytes.Equal(k, key) {
				continue
			}
			j, err := describe(k)
			if err != nil {
				return err
			}
			joined = append(joined, j)
		}
		_, _, dups := identityBuckets(tx)
		if dups == nil {
			return nil
		}
		seen := map[string]bool{}
		for _, k := range group {
			c := dups.Cursor()
			for d, _ := c.Seek(k); d != nil && bytes.HasPrefix(d, k); d, _ = c.Next() {
				other := d[16:]
				if seen[string(other)] {
					continue
				}
				seen[string(other)] = true
				j, err := describe(other)
				if err != nil {
					return err
				}
				maybe = append(maybe, j)
			}
		}
		return nil
	})
	return earliest, joined, maybe, err
}

// registeredBy is the office that made the person's first revision.
func registeredBy(tx *bolt.Tx, key []byte, cur model.Record) string {
	h, err := kindBucket(tx, bucketHistory, model.KindPerson)
	if err == nil {
		if k, v := h.Cursor().Seek(key); k != nil && bytes.HasPrefix(k, key) {
			if r, err := decode(model.KindPerson, v); err == nil {
				return r.Env().Origin
			}
		}
	}
	return cur.Env().Origin
}

// KeepApart records that the person id is not the person otherID, as a
// consultant says when the rules joined two people wrongly: an edit of id
// (Person.Apart) that travels with the next bundle, so every office parts
// them the same way. The record stands alone from then on (model.Group).
func (s *Store) KeepApart(id, otherID string) error {
	p, err := GetAs[*model.Person](s, model.KindPerson, id)
	if err != nil {
		return err
	}
	if id == otherID || slices.Contains(p.Apart, otherID) {
		return nil
	}
	if _, err := idKey(otherID); err != nil {
		return err
	}
	p.Apart = append(slices.Clone(p.Apart), otherID)
	return s.Update(p)
}
