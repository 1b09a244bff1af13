package search

import (
	"bytes"
	"cmp"
	"context"
	"slices"
	"strings"

	"frontoffice/model"
)

// queryWords is a query's words as bytes, made once per search so that
// checking a doc allocates nothing.
type queryWords struct {
	words   [][]byte
	phrase  []byte // the words joined by single spaces
	longest int    // index of the longest word: the one scanned for
	// digits: the query is one word of digits (Words: a phone or an IIN
	// however typed). Among matches of one tier, people then come first:
	// the number is theirs, an idea only names its applicant's.
	digits bool
}

func newQueryWords(words []string) *queryWords {
	q := &queryWords{phrase: []byte(strings.Join(words, " "))}
	for i, w := range words {
		q.words = append(q.words, []byte(w))
		if len(w) > len(words[q.longest]) {
			q.longest = i
		}
	}
	q.digits = len(words) == 1 && strings.Trim(words[0], "0123456789") == ""
	return q
}

// kindRank orders kinds within a tier: people first for a number (digits),
// else no order.
func (q *queryWords) kindRank(k model.Kind) int {
	if q.digits && k != model.KindPerson {
		return 1
	}
	return 0
}

// oneLetter reports whether the query is a single letter or digit, and its
// signature bit: such a query is answered from signatures alone.
func (q *queryWords) oneLetter() (uint64, bool) {
	if len(q.words) != 1 || len(q.words[0]) != 1 {
		return 0, false
	}
	bit := letterBit(q.words[0][0])
	return bit, bit != otherBit
}

func (q *queryWords) containsAll(text []byte, skip int) bool {
	for i, w := range q.words {
		if i != skip && !bytes.Contains(text, w) {
			return false
		}
	}
	return true
}

// tier ranks one matching doc: 0 when the query is in it as a phrase of whole
// words, 1 when every word starts a word, 2 when the words are only inside words.
func (q *queryWords) tier(text []byte, sig signature) int {
	if len(q.words) == 0 {
		return 2
	}
	if len(q.words) == 1 {
		return sigWordTier(text, sig, q.words[0])
	}
	if sigWordTier(text, sig, q.phrase) == 0 {
		return 0
	}
	for _, w := range q.words {
		if sigWordTier(text, sig, w) == 2 {
			return 2
		}
	}
	return 1
}

// A match's rank: its tier (0–2) when every word is in the title (a
// person's name, an idea's title), else elsewhere plus its tier, so that
// «Ахмет» lists the Ахметовs before the students of the university named
// after Қожа Ахмет Ясауи. noMatch is matchTier's answer for a doc that lacks
// a word; ranks counts the ranks.
const (
	elsewhere = 3
	ranks     = 2 * elsewhere
	noMatch   = ranks
)

// rank is a matching doc's rank as a ranked Index search gives it: the
// first keystroke (one letter) is ranked from the signature alone, by its
// tier (0-2), without looking at the title.
func (q *queryWords) rank(text []byte, sig signature, title int) int {
	if _, one := q.oneLetter(); one || len(q.words) == 0 {
		return q.tier(text, sig)
	}
	return q.ranked(text, sig, title)
}

// ranked is matchTier with the title looked at first (text[:title]): a
// match there needs no scan of the rest.
func (q *queryWords) ranked(text []byte, sig signature, title int) int {
	if title > 0 {
		if t := q.titleTier(text[:title]); t != noMatch {
			return t
		}
	}
	if t := q.matchTier(text, sig); t != noMatch {
		return elsewhere + t
	}
	return noMatch
}

// titleTier is matchTier over a title alone, which has no signature of its
// own (titles are short: the scans are too).
func (q *queryWords) titleTier(title []byte) int {
	worst := 0
	for _, w := range q.words {
		t := wordTierOrNone(title, w)
		if t == noMatch {
			return noMatch
		}
		worst = max(worst, t)
	}
	if worst == 2 || len(q.words) == 1 {
		return worst
	}
	if wordTier(title, q.phrase) == 0 {
		return 0
	}
	return 1
}

// matchTier is containsAll and tier in one pass: noMatch when a word is
// missing, else the doc's tier. Typing ranks every match (a rare whole word
// seldom fills the page early), so finding a word and ranking it are one
// scan of the text instead of two.
func (q *queryWords) matchTier(text []byte, sig signature) int {
	worst := 0
	for _, w := range q.words {
		t := sigWordTierOrNone(text, sig, w)
		if t == noMatch {
			return noMatch
		}
		worst = max(worst, t)
	}
	if worst == 2 || len(q.words) == 1 {
		return worst
	}
	// Every word starts a word; the phrase may still be whole.
	if sigWordTier(text, sig, q.phrase) == 0 {
		return 0
	}
	return 1
}

// letterTier is the tier of a one-letter word (its bit) the doc holds:
// alone as a word, starting one, or inside one.
func (g signature) letterTier(bit uint64) int {
	switch {
	case g.singles&bit != 0:
		return 0
	case g.starts&bit != 0:
		return 1
	}
	return 2
}

// sigWordTierOrNone is sigWordTier, or noMatch when w is not in text.
func sigWordTierOrNone(text []byte, sig signature, w []byte) int {
	if len(w) == 1 {
		if bit := letterBit(w[0]); bit != otherBit {
			if sig.letters&bit == 0 {
				return noMatch
			}
			return sig.letterTier(bit)
		}
	} else if len(w) >= 2 && sig.pairs&pairBit(w[0], w[1]) == 0 {
		if bytes.Contains(text, w) {
			return 2
		}
		return noMatch
	}
	return wordTierOrNone(text, w)
}

// sigWordTier is wordTier, answered from the signature when it can be: a
// one-letter word exactly, a longer one when no word starts with its first
// two letters (the pair filter has no false negatives).
func sigWordTier(text []byte, sig signature, w []byte) int {
	if len(w) == 1 {
		if bit := letterBit(w[0]); bit != otherBit {
			return sig.letterTier(bit)
		}
	} else if len(w) >= 2 && sig.pairs&pairBit(w[0], w[1]) == 0 {
		return 2
	}
	return wordTier(text, w)
}

// wordTier is 0 when w is in text as whole words, 1 when it starts a word,
// else 2 — in one pass over the occurrences of w.
func wordTier(text, w []byte) int {
	if len(w) == 1 {
		return letterTier(text, w[0])
	}
	return min(wordTierOrNone(text, w), 2)
}

// wordTierOrNone is wordTier of a word of two or more bytes, or noMatch when
// it does not occur.
func wordTierOrNone(text, w []byte) int {
	if len(w) == 1 {
		if bytes.IndexByte(text, w[0]) < 0 {
			return noMatch
		}
		return letterTier(text, w[0])
	}
	best := noMatch
	for from := 0; from <= len(text)-len(w); {
		j := bytes.Index(text[from:], w)
		if j < 0 {
			break
		}
		at := from + j
		if at == 0 || text[at-1] == ' ' {
			end := at + len(w)
			if end == len(text) || text[end] == ' ' {
				return 0
			}
			best = 1
		} else if best == noMatch {
			best = 2
		}
		from = at + 1
	}
	return best
}

// letterTier is wordTier for a one-letter word (the first keystroke, when
// nearly every doc matches): one plain pass, no search calls per occurrence.
func letterTier(text []byte, c byte) int {
	best := 2
	atStart := true
	for i, b := range text {
		if b == c && atStart {
			if i+1 == len(text) || text[i+1] == ' ' {
				return 0
			}
			best = 1
		}
		atStart = b == ' '
	}
	return best
}

// scored is a match placed on a page.
type scored struct {
	s    *shard
	i    int32
	tier int8
}

// page ranks a shard's matches (list, in index order) and returns its best
// keep of them, best first.
//
// By relevance, tiers holds each match's tier (matchAll and matchList
// write it, Session.tiersFor gives the bytes); other sorts need none.
func (s *shard) page(ctx context.Context, list []int32, by Sort, keep int, tiers []int8) ([]scored, error) {
	if len(list) == 0 || keep <= 0 {
		return nil, nil
	}
	matched := make([]uint64, (len(s.hot)+63)/64)
	for _, i := range list {
		matched[i>>6] |= 1 << (uint(i) & 63)
	}
	has := func(i int32) bool { return matched[i>>6]&(1<<(uint(i)&63)) != 0 }

	if by != ByRelevance {
		order := s.newestOrder()
		if by == ByTitle {
			order = s.titleOrder()
		}
		out := make([]scored, 0, min(keep, len(list)))
		for _, i := range order {
			if has(i) {
				out = append(out, scored{s: s, i: i, tier: 2})
				if len(out) == keep {
					break
				}
			}
		}
		return out, nil
	}

	// Walking newest first, the first keep docs of each tier are that tier's
	// best; once tier 0 has keep, nothing later can enter the page.
	order := s.newestOrder()
	type buckets [ranks][]int32
	work := func(lo, hi int) ([]buckets, error) {
		var b buckets
		for n, i := range order[lo:hi] {
			if n%checkEvery == 0 && ctx.Err() != nil {
				return nil, ctx.Err()
			}
			if !has(i) {
				continue
			}
			t := int(tiers[i])
			if len(b[t]) < keep {
				b[t] = append(b[t], i)
				if t == 0 && len(b[0]) == keep {
					break
				}
			}
		}
		return []buckets{b}, nil
	}
	var parts []buckets
	var err error
	if len(list) < parallelOver {
		parts, err = work(0, len(order)) // few matches: one goroutine is quicker
	} else {
		parts, err = split(len(order), work)
	}
	if err != nil {
		return nil, err
	}
	out := make([]scored, 0, keep)
	for t := 0; t < ranks && len(out) < keep; t++ {
		for _, p := range parts {
			for _, i := range p[t] {
				if len(out) == keep {
					break
				}
				out = append(out, scored{s: s, i: i, tier: int8(t)})
			}
		}
	}
	return out, nil
}

// mergePages joins the shards' pages into one, in the query's order, and
// cuts it to [offset, keep).
func mergePages(pages [][]scored, q *queryWords, by Sort, offset, keep int) []Hit {
	var all []scored
	if len(pages) == 1 {
		all = pages[0]
	} else {
		for _, p := range pages {
			all = append(all, p...)
		}
		slices.SortStableFunc(all, func(a, b scored) int {
			ea, eb := &a.s.entries[a.i], &b.s.entries[b.i]
			switch by {
			case ByRelevance:
				if c := cmp.Compare(a.tier, b.tier); c != 0 {
					return c
				}
				if c := cmp.Compare(q.kindRank(a.s.kind), q.kindRank(b.s.kind)); c != 0 {
					return c
				}
			case ByTitle:
				ha, hb := &a.s.hot[a.i], &b.s.hot[b.i]
				if c := bytes.Compare(a.s.buf[ha.off:ha.end], b.s.buf[hb.off:hb.end]); c != 0 {
					return c
				}
			}
			return cmp.Compare(eb.updated, ea.updated)
		})
	}
	offset = max(0, offset)
	if offset >= len(all) {
		return []Hit{}
	}
	all = all[offset:min(len(all), keep)]
	hits := make([]Hit, len(all))
	for k, sc := range all {
		e, h := &sc.s.entries[sc.i], &sc.s.hot[sc.i]
		hits[k] = Hit{
			ID: e.id, Kind: sc.s.kind, Title: e.title, Sub: e.sub, Phone: e.phone,
			Direction: model.Direction(sc.s.name(h.direction)), Region: model.Region(sc.s.name(h.region)),
			Status:  model.IdeaStatus(sc.s.name(h.status)),
			Updated: e.updated, Tier: int(sc.tier),
		}
	}
	return hits
}
