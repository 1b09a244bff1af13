package search

import (
	"bytes"
	"container/heap"
	"context"
	"encoding/binary"
	"iter"
	"slices"
	"unsafe"

	"frontoffice/model"
)

// SearchEncoded answers one query straight from encoded docs (as the store
// keeps them), without building an index: for the command line, which asks one
// question and exits, loading 200,000 docs into an index would cost more
// than the question. The answer is the one Index.Search gives.
func SearchEncoded(ctx context.Context, docs iter.Seq[[]byte], q Query) (Result, error) {
	words := Words(q.Text)
	qw := newQueryWords(words)
	by := effectiveSort(q.Sort, words)
	keep := pageEnd(q)
	res := Result{ByKind: map[model.Kind]int{}}
	best := &onceHeap{by: by}
	n := 0
	var bad error
	for b := range docs {
		if n++; n%checkEvery == 0 && ctx.Err() != nil {
			return Result{}, ctx.Err()
		}
		v, ok := view(b)
		if !ok {
			bad = ErrBadEncoding
			break
		}
		if !v.accept(q.Filter) || !v.matches(qw) {
			continue
		}
		res.Total++
		res.ByKind[model.Kind(v.kind)]++
		c := onceHit{updated: v.updated, tier: 2, seq: n, kind: int8(qw.kindRank(model.Kind(v.kind)))}
		if by == ByRelevance {
			title := 0
			if _, one := qw.oneLetter(); !one {
				title = v.titleLen() // the first keystroke is ranked without it
			}
			c.tier = int8(qw.rank(v.folded, v.sig, title))
		}
		if best.Len() < keep {
			c.raw = bytes.Clone(b)
			c.folded = c.raw[len(c.raw)-len(v.rest)-len(v.folded) : len(c.raw)-len(v.rest)]
			heap.Push(best, c)
			continue
		}
		c.folded = v.folded // compared only; copied if it enters
		if best.before(c, best.items[0]) {
			c.raw = bytes.Clone(b)
			c.folded = c.raw[len(c.raw)-len(v.rest)-len(v.folded) : len(c.raw)-len(v.rest)]
			best.items[0] = c
			heap.Fix(best, 0)
		}
	}
	if bad != nil {
		return Result{}, bad
	}
	hits := best.items
	slices.SortFunc(hits, func(a, b onceHit) int {
		if best.before(a, b) {
			return -1
		}
		if best.before(b, a) {
			return 1
		}
		return 0
	})
	offset := max(0, q.Offset)
	res.Hits = []Hit{}
	for i := offset; i < len(hits); i++ {
		d, err := decode(hits[i].raw)
		if err != nil {
			return Result{}, err
		}
		res.Hits = append(res.Hits, Hit{
			ID: d.ID, Kind: d.Kind, Title: d.Title, Sub: d.Sub, Phone: d.Phone,
			Direction: d.Direction, Region: d.Region, Status: d.Status,
			Updated: d.Updated, Tier: int(hits[i].tier),
		})
	}
	return res, nil
}

// docView is an encoded doc read in place, without copying anything.
type docView struct {
	kind, direction, region, status []byte
	sdgs                            uint32
	updated                         int64
	folded                          []byte
	sig                             signature
	title                           []byte // as shown, not folded
	titleAt                         int    // folded[:titleAt] is the title's; -1: not kept
	rest                            []byte // what follows the folded text
}

func view(b []byte) (v docView, ok bool) {
	if len(b) == 0 || b[0] < 1 || b[0] > encodingVersion {
		return v, false
	}
	i := 1
	field := func() []byte {
		n, k := binary.Uvarint(b[i:])
		if k <= 0 || n > uint64(len(b)-i-k) {
			ok = false
			return nil
		}
		f := b[i+k : i+k+int(n)]
		i += k + int(n)
		return f
	}
	ok = true
	field() // id
	v.kind = field()
	v.title = field()
	field() // sub
	field() // phone
	v.direction, v.region, v.status = field(), field(), field()
	if !ok {
		return v, false
	}
	sdgs, k := binary.Uvarint(b[i:])
	if k <= 0 {
		return v, false
	}
	i += k
	v.sdgs = uint32(sdgs)
	upd, k := binary.Varint(b[i:])
	if k <= 0 {
		return v, false
	}
	i += k
	v.updated = upd
	v.folded = field()
	if !ok {
		return v, false
	}
	v.rest = b[i:]
	v.sig, v.titleAt, ok = afterFolded(b[0], v.rest, v.folded)
	return v, ok
}

// titleLen is how many bytes of v's folded text are its title's (for an
// older doc worked out for a match only: it folds the title again).
func (v *docView) titleLen() int {
	if v.titleAt >= 0 {
		return v.titleAt
	}
	return foldedLen(unsafe.String(unsafe.SliceData(v.title), len(v.title)), v.folded)
}

func (v *docView) accept(f Filter) bool {
	return (f.Kind == "" || string(v.kind) == string(f.Kind)) &&
		(f.Direction == "" || string(v.direction) == string(f.Direction)) &&
		(f.Region == "" || string(v.region) == string(f.Region)) &&
		(f.Status == "" || string(v.status) == string(f.Status)) &&
		(f.HideStatus == "" || string(v.status) != string(f.HideStatus)) &&
		(f.SDG == 0 || v.sdgs&(1<<uint(f.SDG)) != 0)
}

func (v *docView) matches(q *queryWords) bool {
	if bit, ok := q.oneLetter(); ok {
		return v.sig.letters&bit != 0
	}
	return q.containsAll(v.folded, -1)
}

// onceHit is a match kept for the page: its encoding, copied.
type onceHit struct {
	raw     []byte
	folded  []byte
	updated int64
	seq     int // place in the input: on ties the later (a newer id) first, as in the index
	tier    int8
	kind    int8 // queryWords.kindRank
}

// onceHeap keeps the best matches with the worst on top.
type onceHeap struct {
	items []onceHit
	by    Sort
}

// before orders two matches as Index.Search does: tier (or title), then newest.
func (h *onceHeap) before(a, b onceHit) bool {
	switch h.by {
	case ByRelevance:
		if a.tier != b.tier {
			return a.tier < b.tier
		}
		if a.kind != b.kind {
			return a.kind < b.kind
		}
	case ByTitle:
		if c := bytes.Compare(a.folded, b.folded); c != 0 {
			return c < 0
		}
	}
	if a.updated != b.updated {
		return a.updated > b.updated
	}
	return a.seq > b.seq
}

func (h *onceHeap) Len() int           { return len(h.items) }
func (h *onceHeap) Less(i, j int) bool { return h.before(h.items[j], h.items[i]) }
func (h *onceHeap) Swap(i, j int)      { h.items[i], h.items[j] = h.items[j], h.items[i] }
func (h *onceHeap) Push(x any)         { h.items = append(h.items, x.(onceHit)) }
func (h *onceHeap) Pop() any {
	x := h.items[len(h.items)-1]
	h.items = h.items[:len(h.items)-1]
	return x
}
