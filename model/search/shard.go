package search

import (
	"bytes"
	"context"
	"math"
	"slices"
	"sync"

	"frontoffice/model"
)

// entry is what a result row shows of a doc; searches never read it, only
// the page they return.
type entry struct {
	id      string
	title   string
	sub     string
	phone   string
	updated int64
	// The direction, region and status are hot's codes (shard.names).
}

// hot is what every search reads of a doc, kept apart from entry and small
// (one cache line) so a scan of 100,000 docs touches as little memory as it
// can. The doc's folded text lives in shard.buf[off:end]; its codes are
// numbered per shard (shard.codes).
type hot struct {
	off, end                  int32
	sig                       signature
	sdgs                      uint32
	direction, region, status uint16
	title                     uint16 // the text's first title bytes are the title's
	alive                     bool
}

// signature sums up a doc's folded text in a few bits, so the first
// keystrokes (one or two letters, when nearly every doc matches) are matched
// and ranked without reading the text: which letters it has, which letters
// start a word or are a word alone, and a 64-bit filter of its words' first
// two letters.
type signature struct {
	letters, starts, singles, pairs uint64
}

// letterBit is the bit of a folded byte: a–z and 0–9 each have their own,
// anything else shares the last one (and is never trusted alone).
func letterBit(c byte) uint64 {
	switch {
	case c >= 'a' && c <= 'z':
		return 1 << (c - 'a')
	case c >= '0' && c <= '9':
		return 1 << (26 + c - '0')
	}
	return 1 << 63
}

const otherBit = uint64(1) << 63

func pairBit(a, b byte) uint64 { return 1 << ((uint(a)*31 + uint(b)) % 64) }

func signatureOf[T string | []byte](text T) signature {
	var g signature
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c == ' ' {
			continue
		}
		bit := letterBit(c)
		g.letters |= bit
		if i == 0 || text[i-1] == ' ' {
			g.starts |= bit
			if i+1 == len(text) || text[i+1] == ' ' {
				g.singles |= bit
			}
			if i+1 < len(text) {
				g.pairs |= pairBit(c, text[i+1]) // a space too: phrases start so
			}
		}
	}
	return g
}

// shard is the docs of one kind: their folded texts back to back in one
// buffer (each followed by '\n'), so a word is searched with one scan of
// memory instead of 100,000 small ones.
type shard struct {
	kind    model.Kind
	buf     []byte
	entries []entry
	hot     []hot // in step with entries
	codes   map[string]uint16
	names   []string // code → string; names[0] is ""
	dead    int
	version uint64

	// newest lists entry indices newest first. It stays right while docs are
	// added newer than all others (the usual case: a save) and is rebuilt on
	// the first search after any other change.
	newest   []int32
	newestOK bool

	// titles lists entry indices in alphabetical order, built when first
	// asked for after a change. Searches share the index's read lock, so it
	// has its own.
	titleMu sync.Mutex
	titles  []int32
	titlesV uint64

	orderMu sync.Mutex // guards rebuilding newest under the read lock
}

func (s *shard) alive() int { return len(s.entries) - s.dead }

// code numbers a code string within the shard; "" is 0.
func (s *shard) code(v string) uint16 {
	if v == "" {
		return 0
	}
	if n, ok := s.codes[v]; ok {
		return n
	}
	if s.codes == nil {
		s.codes = map[string]uint16{}
		s.names = []string{""}
	}
	n := uint16(len(s.codes) + 1)
	s.codes[v] = n
	s.names = append(s.names, v)
	return n
}

// name is the string of code c ("" for 0).
func (s *shard) name(c uint16) string {
	if int(c) < len(s.names) {
		return s.names[c]
	}
	return ""
}

func (s *shard) add(d *decoded) int32 {
	off := len(s.buf)
	s.buf = append(s.buf, d.folded...)
	s.buf = append(s.buf, '\n')
	i := int32(len(s.entries))
	s.entries = append(s.entries, entry{id: d.ID, title: d.Title, sub: d.Sub, phone: d.Phone, updated: d.Updated})
	s.hot = append(s.hot, hot{
		off: int32(off), end: int32(off + len(d.folded)), sig: d.sig, sdgs: d.sdgs,
		direction: s.code(string(d.Direction)), region: s.code(string(d.Region)),
		status: s.code(string(d.Status)), title: uint16(min(d.title, math.MaxUint16)), alive: true,
	})
	s.version++
	if s.newestOK && (len(s.newest) == 0 || d.Updated >= s.entries[s.newest[0]].updated) {
		s.newest = slices.Insert(s.newest, 0, i)
	} else {
		s.newestOK = false
	}
	return i
}

// kill marks entry i removed. It reports whether the shard was compacted,
// which moves entries: the caller then re-reads every entry's place.
func (s *shard) kill(i int32) bool {
	s.hot[i].alive = false
	s.dead++
	s.version++
	if s.dead > 1024 && s.dead > len(s.entries)/4 {
		s.compact()
		return true
	}
	return false
}

// compact drops removed docs from the buffer and the entry lists.
func (s *shard) compact() {
	buf := make([]byte, 0, len(s.buf))
	entries := make([]entry, 0, s.alive())
	hots := make([]hot, 0, s.alive())
	for i, h := range s.hot {
		if !h.alive {
			continue
		}
		text := s.buf[h.off:h.end]
		h.off = int32(len(buf))
		buf = append(buf, text...)
		buf = append(buf, '\n')
		h.end = h.off + int32(len(text))
		entries = append(entries, s.entries[i])
		hots = append(hots, h)
	}
	s.buf, s.entries, s.hot, s.dead, s.newestOK = buf, entries, hots, 0, false
}

// filter is a Filter in the shard's code numbers.
type filter struct {
	direction, region, status, hide uint16
	sdg                             uint32
	none                            bool // asks for a code no doc here has
}

func (s *shard) compile(f Filter) filter {
	var c filter
	known := func(v string) uint16 {
		if v == "" {
			return 0
		}
		n, ok := s.codes[v]
		if !ok {
			c.none = true
		}
		return n
	}
	c.direction = known(string(f.Direction))
	c.region = known(string(f.Region))
	c.status = known(string(f.Status))
	c.hide = s.codes[string(f.HideStatus)] // unknown: nothing to hide
	if f.SDG != 0 {
		c.sdg = 1 << uint(f.SDG)
	}
	return c
}

func (c *filter) accept(h *hot) bool {
	return h.alive &&
		(c.direction == 0 || h.direction == c.direction) &&
		(c.region == 0 || h.region == c.region) &&
		(c.status == 0 || h.status == c.status) &&
		(c.hide == 0 || h.status != c.hide) &&
		(c.sdg == 0 || h.sdgs&c.sdg != 0)
}

// checkEvery is how many docs pass between looks at the context.
const checkEvery = 4096

// parallelOver is the size from which work is split across two goroutines:
// this product's PCs have two cores.
const parallelOver = 16384

// split runs work on [0,n) in one or two parts and joins their answers in order.
func split[T any](n int, work func(lo, hi int) ([]T, error)) ([]T, error) {
	if n < parallelOver {
		return work(0, n)
	}
	mid := n / 2
	var second []T
	var err2 error
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		second, err2 = work(mid, n)
	}()
	first, err1 := work(0, mid)
	wg.Wait()
	if err1 != nil {
		return nil, err1
	}
	if err2 != nil {
		return nil, err2
	}
	return append(first, second...), nil
}

// matchAll returns the entries (in index order) passing f and containing
// every word. With tiers (one byte per entry), it also ranks each match
// there, so page need not read the texts again.
func (s *shard) matchAll(ctx context.Context, q *queryWords, f Filter, tiers []int8) ([]int32, error) {
	c := s.compile(f)
	if c.none {
		return nil, nil
	}
	return split(len(s.hot), func(lo, hi int) ([]int32, error) {
		return s.scan(ctx, q, &c, lo, hi, tiers)
	})
}

// matchList is matchAll over the candidates of an earlier, wider query.
func (s *shard) matchList(ctx context.Context, q *queryWords, f Filter, cands []int32, tiers []int8) ([]int32, error) {
	c := s.compile(f)
	if c.none {
		return nil, nil
	}
	return split(len(cands), func(lo, hi int) ([]int32, error) {
		out := make([]int32, 0, (hi-lo)/2+16)
		for n, i := range cands[lo:hi] {
			if n%checkEvery == 0 && ctx.Err() != nil {
				return nil, ctx.Err()
			}
			h := &s.hot[i]
			if c.accept(h) && s.has(q, h, i, -1, tiers) {
				out = append(out, i)
			}
		}
		return out, nil
	})
}

// has reports whether entry i (h) holds every word but skip (-1: none), and
// with tiers ranks it there.
func (s *shard) has(q *queryWords, h *hot, i int32, skip int, tiers []int8) bool {
	text := s.buf[h.off:h.end]
	if tiers == nil {
		return q.containsAll(text, skip)
	}
	t := q.ranked(text, h.sig, int(h.title))
	tiers[i] = int8(t)
	return t != noMatch
}

// scan searches entries [lo, hi). With words, it looks through the buffer
// for the longest word and checks the rest only where it occurs.
func (s *shard) scan(ctx context.Context, q *queryWords, c *filter, lo, hi int, tiers []int8) ([]int32, error) {
	var out []int32
	if lo >= hi {
		return out, nil
	}
	if len(q.words) == 0 {
		out = make([]int32, 0, hi-lo)
		for i := lo; i < hi; i++ {
			if (i-lo)%checkEvery == 0 && ctx.Err() != nil {
				return nil, ctx.Err()
			}
			if c.accept(&s.hot[i]) {
				out = append(out, int32(i))
			}
		}
		return out, nil
	}
	if bit, ok := q.oneLetter(); ok {
		// The first keystroke: the signature says which docs have the letter.
		for i := lo; i < hi; i++ {
			if (i-lo)%checkEvery == 0 && ctx.Err() != nil {
				return nil, ctx.Err()
			}
			h := &s.hot[i]
			if h.sig.letters&bit != 0 && c.accept(h) {
				out = append(out, int32(i))
				if tiers != nil {
					// From the signature alone: the first keystroke ranks
					// by where the letter is in a word (0-2), not by field,
					// so a page of whole-letter words ends the walk early.
					tiers[i] = int8(q.matchTier(s.buf[h.off:h.end], h.sig))
				}
			}
		}
		return out, nil
	}
	w := q.words[q.longest]
	stop := int(s.hot[hi-1].end)
	pos, i, steps := int(s.hot[lo].off), lo, 0
	for pos < stop {
		j := bytes.Index(s.buf[pos:stop], w)
		if j < 0 {
			break
		}
		at := pos + j
		for int(s.hot[i].end) < at { // texts are in entry order: walk to the one holding at
			i++
		}
		h := &s.hot[i]
		if c.accept(h) && s.has(q, h, int32(i), q.longest, tiers) {
			out = append(out, int32(i))
		}
		pos = int(h.end) + 1
		i++
		if steps++; steps%checkEvery == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
	}
	return out, nil
}

// newestOrder returns entry indices newest first (dead ones included; callers
// skip them).
func (s *shard) newestOrder() []int32 {
	s.orderMu.Lock()
	defer s.orderMu.Unlock()
	if s.newestOK {
		return s.newest
	}
	order := make([]int32, len(s.entries))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(a, b int32) int {
		ua, ub := s.entries[a].updated, s.entries[b].updated
		switch {
		case ua > ub:
			return -1
		case ua < ub:
			return 1
		}
		return int(b - a) // the later added first
	})
	s.newest, s.newestOK = order, true
	return order
}

// titleOrder returns entry indices in alphabetical order of folded text
// (which starts with the title), newest first among equals.
func (s *shard) titleOrder() []int32 {
	s.titleMu.Lock()
	defer s.titleMu.Unlock()
	if s.titles != nil && s.titlesV == s.version {
		return s.titles
	}
	order := slices.Clone(s.newestOrder())
	slices.SortStableFunc(order, func(a, b int32) int {
		ha, hb := &s.hot[a], &s.hot[b]
		return bytes.Compare(s.buf[ha.off:ha.end], s.buf[hb.off:hb.end])
	})
	s.titles, s.titlesV = order, s.version
	return order
}
