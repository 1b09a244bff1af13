// Package catalogue is the front office's list of ready project ideas for a
// visitor with money or time but no idea of their own (DOMAIN.md §1,
// "funds_use"): the entries shipped with the app, grounded in the seed
// articles, merged with the office's own entries, and a matcher that ranks
// them for a visitor and says why.
package catalogue

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"frontoffice/model"
)

// builtinPrefix starts the fixed ids of the shipped entries, so a draft idea
// made from one still names it after an upgrade (and no UUIDv7 collides).
const builtinPrefix = "00000000-ca7a-4000-8000-"

// builtinID is the fixed id of the n-th shipped entry.
func builtinID(n int) string { return fmt.Sprintf("%s%012d", builtinPrefix, n) }

// IsBuiltin reports whether id names an entry shipped with the app: those
// cannot be edited or deleted, only an office's own entries can.
func IsBuiltin(id string) bool { return strings.HasPrefix(id, builtinPrefix) }

var builtins = func() []*model.CatalogueEntry {
	es := entries()
	for i, e := range es {
		e.ID = builtinID(i + 1)
		e.Kind = model.KindCatalogue
	}
	return es
}()

// Builtin returns the entries shipped with the app, in their fixed order. The
// entries are shared: callers must not change them.
func Builtin() []*model.CatalogueEntry { return append([]*model.CatalogueEntry(nil), builtins...) }

// All merges the shipped entries with the office's own (records of kind
// catalogue, as storage lists them): shipped first, then the office's in the
// order they were made (their ids are time-ordered). Deleted records are left
// out; an office record with a shipped entry's id is ignored.
func All(own []*model.CatalogueEntry) []*model.CatalogueEntry {
	out := Builtin()
	var mine []*model.CatalogueEntry
	for _, e := range own {
		if e == nil || e.Deleted || IsBuiltin(e.ID) {
			continue
		}
		mine = append(mine, e)
	}
	sort.SliceStable(mine, func(i, j int) bool { return mine[i].ID < mine[j].ID })
	return append(out, mine...)
}

// Find returns the entry with id among es, or nil.
func Find(es []*model.CatalogueEntry, id string) *model.CatalogueEntry {
	for _, e := range es {
		if e.ID == id {
			return e
		}
	}
	return nil
}

// Similar is the entry most like an idea with this direction and these SDGs:
// the same direction, then the most SDGs in common, then catalogue order; nil
// when no entry shares the direction. Its texts serve as examples for an
// idea that did not start from the catalogue.
func Similar(es []*model.CatalogueEntry, d model.Direction, sdgs []model.SDG) *model.CatalogueEntry {
	var best *model.CatalogueEntry
	bestScore := -1
	for _, e := range es {
		if e.Direction != d {
			continue
		}
		score := 0
		for _, g := range e.SDGs {
			if slices.Contains(sdgs, g) {
				score++
			}
		}
		if score > bestScore {
			best, bestScore = e, score
		}
	}
	return best
}
