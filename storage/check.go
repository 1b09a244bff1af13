package storage

import (
	"bytes"
	"fmt"
	"strings"

	"frontoffice/model"

	bolt "go.etcd.io/bbolt"
)

// Check looks the whole store over and returns what is wrong, nothing when all is
// well: every page read (damage.go's walk) and bbolt's own page check (a
// failure there, or a page that cannot be read, is damage: Damage() says so
// afterwards and the store refuses writes), the schema version, that every record and every
// earlier revision decodes under its own id and kind, and that the indexes hold
// exactly the entries the records call for.
func (s *Store) Check() []string {
	var problems, garbled []string
	add := func(format string, args ...any) {
		if len(problems) < 100 {
			problems = append(problems, fmt.Sprintf(format, args...))
		}
	}
	// garble notes a record whose text was changed in the file: damage.
	garble := func(what string) { garbled = append(garbled, what) }
	// A writable transaction, rolled back at the end: bbolt's own check
	// reads the free list, which a writer committing meanwhile changes, so
	// under concurrent saves it could report "reachable freed" pages that
	// are not (and the race detector flags the read). Saves wait for it.
	err := s.exclusiveView(func(tx *bolt.Tx) error {
		// Every page read once first, here, where a damaged one is caught
		// (damage.go); bbolt's check then reads them in a goroutine of its own.
		if err := walk(tx); err != nil {
			return err
		}
		var pageProblems []string
		for err := range tx.Check() {
			add("bbolt: %v", err)
			pageProblems = append(pageProblems, err.Error())
		}
		if len(pageProblems) > 0 {
			return s.db.markDamaged(strings.Join(pageProblems[:min(len(pageProblems), 5)], "; "))
		}
		if v := schemaVersion(tx); v != CurrentSchema() {
			add("schema version %d, want %d", v, CurrentSchema())
		}
		if p := ixPending(tx); p != nil && p.Stats().KeyN > 0 {
			// An import still running; opening the store applies them.
			add("sync/ixpending: the index entries of %d records are not applied yet", p.Stats().KeyN)
		}
		want := map[string]map[string]bool{} // index name → expected keys
		for _, idx := range allIndexes {
			want[idx.name] = map[string]bool{}
		}
		for _, k := range model.Kinds() {
			if checkRecords(tx, k, add, garble, want) {
				checkHistory(tx, k, add, garble)
			}
		}
		checkIndexes(tx, want, add)
		checkSearch(tx, add)
		checkIdentity(tx, add)
		checkSync(tx, add)
		checkKeys(tx, add)
		for _, k := range model.Kinds() {
			kept, _ := countLive(tx, k)
			if n, err := countLiveSlow(tx, k); err == nil && n != kept {
				add("meta: %d live %s kept, %d stored", kept, k, n)
			}
		}
		return nil
	})
	if err != nil {
		add("read: %v", err)
	}
	if len(garbled) > 0 { // records whose text was changed in the file
		s.db.markDamaged(strings.Join(garbled[:min(len(garbled), 5)], "; "))
	}
	return problems
}

// checkRecords checks that every record of kind k decodes under its own id
// and kind, and notes in want the index entries each calls for; false when
// the kind has no bucket.
func checkRecords(tx *bolt.Tx, k model.Kind, add func(string, ...any), garble func(string), want map[string]map[string]bool) bool {
	b, err := kindBucket(tx, bucketRecords, k)
	if err != nil {
		add("records/%s: missing bucket", k)
		return false
	}
	b.ForEach(func(key, v []byte) error {
		r, err := decode(k, v)
		if err != nil {
			add("records/%s/%x: %v", k, key, err)
			garble(fmt.Sprintf("records/%s/%x: %v", k, key, err))
			return nil
		}
		checkEnvelope(add, "records", k, key, r)
		for _, idx := range allIndexes {
			for _, val := range idx.valuesOf(r) {
				want[idx.name][string(indexKey(val, key))] = true
			}
		}
		return nil
	})
	return true
}

// checkHistory checks that every earlier revision of kind k decodes under
// the key its id, rev, clock and content give it.
func checkHistory(tx *bolt.Tx, k model.Kind, add func(string, ...any), garble func(string)) {
	h, err := kindBucket(tx, bucketHistory, k)
	if err != nil {
		add("history/%s: missing bucket", k)
		return
	}
	h.ForEach(func(key, v []byte) error {
		if len(key) != histKeyLen {
			add("history/%s/%x: bad key length", k, key)
			return nil
		}
		r, err := decode(k, v)
		if err != nil {
			add("history/%s/%x: %v", k, key, err)
			garble(fmt.Sprintf("history/%s/%x: %v", k, key, err))
			return nil
		}
		checkEnvelope(add, "history", k, key[:16], r)
		if !bytes.Equal(key[16:24], u64(r.Env().Rev)) {
			add("history/%s/%s: key rev differs from record rev %d", k, idString(key[:16]), r.Env().Rev)
		} else if withdrawnOn(r) != "" && !bytes.Equal(key[24:32], u64(r.Env().HLC)) {
			// An erased revision keeps its key (sync_consent.go):
			// the hash may be of its content before erasure.
			add("history/%s/%s: key clock differs from the revision", k, idString(key[:16]))
		} else if withdrawnOn(r) == "" && !bytes.Equal(key, histKey(key[:16], r.Env(), v)) &&
			!(bytes.Equal(key[24:32], u64(r.Env().HLC)) && erasedInPlace(tx, k, key)) {
			// (A revision a withdrawal erased in place keeps its key: withdraw.go.)
			add("history/%s/%s: key clock or hash differs from the revision", k, idString(key[:16]))
		}
		return nil
	})
}

// checkIndexes checks that the indexes hold exactly the entries in want.
func checkIndexes(tx *bolt.Tx, want map[string]map[string]bool, add func(string, ...any)) {
	root := tx.Bucket(bucketIndex)
	for _, idx := range allIndexes {
		b := root.Bucket([]byte(idx.name))
		if b == nil {
			add("index/%s: missing bucket", idx.name)
			continue
		}
		exp := want[idx.name]
		b.ForEach(func(k, _ []byte) error {
			if !exp[string(k)] {
				add("index/%s: stray entry %q", idx.name, k)
			}
			delete(exp, string(k))
			return nil
		})
		for k := range exp {
			add("index/%s: missing entry %q", idx.name, k)
		}
	}
}

func checkEnvelope(add func(string, ...any), top string, k model.Kind, key []byte, r model.Record) {
	env := r.Env()
	switch {
	case env.Kind != k:
		add("%s/%s/%s: kind %q", top, k, idString(key), env.Kind)
	case env.ID != idString(key):
		add("%s/%s/%s: id %q inside", top, k, idString(key), env.ID)
	case env.Rev == 0:
		add("%s/%s/%s: rev 0", top, k, idString(key))
	}
}

// exclusiveView runs fn in a writable transaction that is always rolled
// back: a consistent read that no writer can interleave with.
func (s *Store) exclusiveView(fn func(tx *bolt.Tx) error) error {
	if s.readOnly { // no writer can commit meanwhile
		return s.db.View(fn)
	}
	return s.db.guard(func() error {
		tx, end, err := s.db.begin(true)
		if err != nil {
			return err
		}
		defer end()
		return fn(tx)
	})
}
