package model

import (
	"slices"
	"strings"
)

// One person across offices (DESIGN.md §6, issue 16). Each office keeps its
// own person records; when records of one student meet in a store (through
// a bundle, a CSV file or the hub), these rules decide who is who. They are
// pure functions of the records, so every reader of bundles — this app in
// every office and the regional hub — gets the same answer whatever the
// order and number of imports:
//
//   - the same valid IIN is the same person;
//   - the same phone is the same person, unless the people on that phone
//     carry two different valid IINs: then nobody on that phone is joined by
//     it, and the pairs are shown to a consultant as possible duplicates;
//   - a joined group is one person under its earliest id (ids are UUIDv7, so
//     the least id is the record made first); the others point to it;
//   - a record that a consultant kept apart from another (an undone join,
//     Person.Apart) stands alone whenever its group would hold that other.

// IdentityKey is what the rules read of a person record.
type IdentityKey struct {
	ID    string
	Phone string   // normalised (+77XXXXXXXXX), "" when none
	IIN   string   // a valid IIN, "" when none or not valid
	Apart []string // ids this record was kept apart from
}

// IdentityOf is the key of p, or false when p takes no part in joining: a
// deleted record, one the desk merged into another, or a person who withdrew
// consent (nothing identifies them any more).
func IdentityOf(p *Person) (IdentityKey, bool) {
	if p == nil || p.Deleted || p.MergedInto != "" || p.ConsentWithdrawn != "" {
		return IdentityKey{}, false
	}
	k := IdentityKey{ID: p.ID, Apart: p.Apart}
	if ph, r := NormalizePhone(p.Phone); r == ReasonNone {
		k.Phone = ph
	}
	if iin := NormalizeIIN(p.IIN); ValidIIN(iin) {
		k.IIN = iin
	}
	if k.Phone == "" && k.IIN == "" {
		return IdentityKey{}, false
	}
	return k, true
}

// Likeness is what the rules say of two person records.
type Likeness int

const (
	// Unrelated records share neither a valid IIN nor a phone.
	Unrelated Likeness = iota
	// SamePerson records are one person: the same valid IIN, or the same
	// phone and no two different IINs.
	SamePerson
	// PossibleDuplicate records share a phone but carry two different valid
	// IINs: two people, shown to a consultant, never joined automatically.
	PossibleDuplicate
)

// Compare applies the rules to two records alone. Whether they end up joined
// in a store also depends on the others on the same phone: see Group.
func Compare(a, b IdentityKey) Likeness {
	switch {
	case a.IIN != "" && a.IIN == b.IIN:
		return SamePerson
	case a.Phone == "" || a.Phone != b.Phone:
		return Unrelated
	case a.IIN != "" && b.IIN != "":
		return PossibleDuplicate
	}
	return SamePerson
}

// Grouping is the outcome of the rules over a set of records.
type Grouping struct {
	// Canonical maps every joined record that is not its group's earliest
	// to that earliest id. A record absent from it stands for itself.
	Canonical map[string]string
	// Duplicates lists the pairs (lesser id first, sorted) that share a
	// phone the rules cannot join by, because two different valid IINs are
	// on it: possible duplicates for a consultant to look at.
	Duplicates [][2]string
}

// Group applies the rules to keys, which should hold every live person that
// shares a phone or IIN with any of them (a store's or hub's whole
// neighbourhood of a record); the outcome does not depend on their order.
func Group(keys []IdentityKey) Grouping {
	ks := slices.Clone(keys)
	slices.SortFunc(ks, func(a, b IdentityKey) int { return strings.Compare(a.ID, b.ID) })
	ks = slices.CompactFunc(ks, func(a, b IdentityKey) bool { return a.ID == b.ID })
	alone := map[string]bool{}
	for {
		root := join(ks, alone)
		// A record kept apart from a member of its group leaves it; the
		// rest are grouped again without it, until nobody has to leave.
		left := false
		for _, k := range ks {
			if alone[k.ID] {
				continue
			}
			for _, other := range k.Apart {
				if other != k.ID && root[other] != "" && root[other] == root[k.ID] {
					alone[k.ID], left = true, true
					break
				}
			}
		}
		if !left {
			g := Grouping{Canonical: map[string]string{}, Duplicates: duplicates(ks, root)}
			for id, r := range root {
				if r != id {
					g.Canonical[id] = r
				}
			}
			return g
		}
	}
}

// join unites ks (sorted by id) by the rules, leaving out those alone, and
// returns each record's group root, the least id of the group.
func join(ks []IdentityKey, alone map[string]bool) map[string]string {
	parent := make(map[string]string, len(ks))
	var find func(string) string
	find = func(id string) string {
		p := parent[id]
		if p == id {
			return id
		}
		r := find(p)
		parent[id] = r
		return r
	}
	union := func(a, b string) {
		ra, rb := find(a), find(b)
		switch {
		case ra < rb:
			parent[rb] = ra
		case rb < ra:
			parent[ra] = rb
		}
	}
	byIIN := map[string]string{}
	byPhone := map[string][]IdentityKey{}
	for _, k := range ks {
		parent[k.ID] = k.ID
		if alone[k.ID] {
			continue
		}
		if k.IIN != "" {
			if first, ok := byIIN[k.IIN]; ok {
				union(first, k.ID)
			} else {
				byIIN[k.IIN] = k.ID
			}
		}
		if k.Phone != "" {
			byPhone[k.Phone] = append(byPhone[k.Phone], k)
		}
	}
	for _, on := range byPhone {
		if len(on) < 2 || distinctIINs(on) > 1 {
			continue // a phone under two IINs joins nobody
		}
		for _, k := range on[1:] {
			union(on[0].ID, k.ID)
		}
	}
	root := make(map[string]string, len(ks))
	for _, k := range ks {
		root[k.ID] = find(k.ID)
	}
	return root
}

func distinctIINs(on []IdentityKey) int {
	var seen []string
	for _, k := range on {
		if k.IIN != "" && !slices.Contains(seen, k.IIN) {
			seen = append(seen, k.IIN)
		}
	}
	return len(seen)
}

// duplicates lists the pairs of ks (sorted by id) on one phone that the
// rules leave apart because the phone is under two different IINs.
func duplicates(ks []IdentityKey, root map[string]string) [][2]string {
	byPhone := map[string][]IdentityKey{}
	for _, k := range ks {
		if k.Phone != "" {
			byPhone[k.Phone] = append(byPhone[k.Phone], k)
		}
	}
	var out [][2]string
	for _, on := range byPhone {
		if distinctIINs(on) < 2 {
			continue
		}
		for i, a := range on {
			for _, b := range on[i+1:] {
				if root[a.ID] != root[b.ID] && !slices.Contains(a.Apart, b.ID) && !slices.Contains(b.Apart, a.ID) {
					out = append(out, [2]string{a.ID, b.ID})
				}
			}
		}
	}
	slices.SortFunc(out, func(a, b [2]string) int {
		if c := strings.Compare(a[0], b[0]); c != 0 {
			return c
		}
		return strings.Compare(a[1], b[1])
	})
	return out
}
