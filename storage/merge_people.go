package storage

import "frontoffice/model"

// The people a bundle's merge has written, for its ideas' search docs.
//
// An idea's search doc shows its applicant's name and phone; a merge read
// them from the store for every idea it wrote (a Get and a decode of the
// person: a twentieth of a whole bundle's import, on the writer's core).
// A bundle brings its people before their ideas, so the merge keeps what
// it wrote of each person and answers from that. What it keeps is exactly
// what applicantsIn would read back: the person as the merge stored them.
// Only a merge into a copy of the store keeps them (sync_onepass.go: no
// one else writes the copy; the app may edit a person of the store in the
// middle of an import). A person written another way meanwhile
// (erase_late.go erasing records that name someone withdrawn here) empties
// it (forget), so an answer is never older than the store.

// mergedPeople is a merge's people, by id; nil: none kept (look in the store).
type mergedPeople struct {
	known map[[16]byte]mergedPerson
}

// mergedPerson is a person's name and phone in one string (one copy: a
// decoded record's strings may share the buffer of the bundle lines it
// came from, which keeping them would keep); name < 0: deleted.
type mergedPerson struct {
	both string
	name int
}

// mergedPeopleMost is how many people one merge keeps (some 100 bytes
// each): a bundle with more looks the rest up in the store.
const mergedPeopleMost = 1 << 20

func newMergedPeople() *mergedPeople {
	return &mergedPeople{known: map[[16]byte]mergedPerson{}}
}

// note keeps r, just stored, when it is a person.
func (mp *mergedPeople) note(r model.Record) {
	p, ok := r.(*model.Person)
	if mp == nil || !ok {
		return
	}
	var id [16]byte
	if !parseCanonicalID(id[:], p.ID) {
		return
	}
	if _, had := mp.known[id]; !had && len(mp.known) >= mergedPeopleMost {
		return
	}
	if p.Deleted {
		mp.known[id] = mergedPerson{name: -1}
		return
	}
	mp.known[id] = mergedPerson{both: p.FullName + p.Phone, name: len(p.FullName)}
}

// forget drops everything kept: people were written another way.
func (mp *mergedPeople) forget() {
	if mp != nil {
		clear(mp.known)
	}
}

// lookup is applicants answered from mp, else by from.
func (mp *mergedPeople) lookup(from applicants) applicants {
	if mp == nil {
		return from
	}
	return func(id string) (applicant, bool) {
		var key [16]byte
		if !parseCanonicalID(key[:], id) {
			return from(id)
		}
		v, ok := mp.known[key]
		if !ok {
			return from(id)
		}
		if v.name < 0 {
			return applicant{}, false // deleted
		}
		return applicant{name: v.both[:v.name], phone: v.both[v.name:]}, true
	}
}
