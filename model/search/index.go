package search

import (
	"context"
	"encoding/binary"
	"iter"
	"slices"
	"strings"
	"sync"
	"unicode"

	"frontoffice/model"
	"frontoffice/model/textfold"
)

// Index holds every searchable doc, one shard per kind, so that a screen that
// shows only ideas scans only ideas. It is safe for concurrent use: searches
// share a read lock; Put and Remove take the write lock briefly.
type Index struct {
	mu      sync.RWMutex
	shards  []*shard // in the order kinds were first seen
	byID    map[string]loc
	version uint64 // bumped by every change
}

type loc struct {
	s *shard
	i int32
}

// New returns an empty index.
func New() *Index { return &Index{byID: map[string]loc{}} }

func (x *Index) shardFor(k model.Kind) *shard {
	for _, s := range x.shards {
		if s.kind == k {
			return s
		}
	}
	s := &shard{kind: k}
	x.shards = append(x.shards, s)
	return s
}

// Put adds d or replaces the doc with its id.
func (x *Index) Put(d Doc) {
	folded, title := d.appendFolded(make([]byte, 0, 96))
	dd := decoded{Doc: d, sdgs: sdgMask(d.SDGs), folded: folded, sig: signatureOf(folded), title: title}
	x.mu.Lock()
	defer x.mu.Unlock()
	x.putLocked(&dd)
}

// PutEncoded adds a doc written by Doc.Encode (as kept in the store).
func (x *Index) PutEncoded(b []byte) error {
	d, err := decode(b)
	if err != nil {
		return err
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	x.putLocked(&d)
	return nil
}

// Reserve makes room for n more docs of kind k with about textBytes of
// folded text, so a load of many does not copy the index over and over as it
// grows (EncodedSize tells both exactly, from the encoded docs).
func (x *Index) Reserve(k model.Kind, n, textBytes int) {
	x.mu.Lock()
	defer x.mu.Unlock()
	s := x.shardFor(k)
	s.entries = slices.Grow(s.entries, n)
	s.hot = slices.Grow(s.hot, n)
	s.buf = slices.Grow(s.buf, textBytes)
	if len(x.byID) == 0 {
		total := 0 // every kind reserved so far
		for _, s := range x.shards {
			total += cap(s.entries)
		}
		x.byID = make(map[string]loc, total)
	}
}

// EncodedSize reads, without decoding, the kind of an encoded doc and how
// many bytes of the index's text buffer it takes (its folded text and a
// separator), so a load can Reserve exactly what it will use; ok is false
// for bytes that do not decode.
func EncodedSize(b []byte) (k model.Kind, textBytes int, ok bool) {
	if len(b) == 0 || b[0] < 1 || b[0] > encodingVersion {
		return "", 0, false
	}
	at := foldedAt(b)
	if at < 0 {
		return "", 0, false
	}
	// The kind is the second string, after the id.
	idLen, n := binary.Uvarint(b[1:])
	i := 1 + n + int(idLen)
	kindLen, n := binary.Uvarint(b[i:])
	kind := b[i+n : i+n+int(kindLen)]
	folded, n := binary.Uvarint(b[at:])
	if n <= 0 || folded > uint64(len(b)-at-n) {
		return "", 0, false
	}
	if c, ok := codeStrings[string(kind)]; ok {
		k = model.Kind(c)
	} else {
		k = model.Kind(string(kind))
	}
	return k, int(folded) + 1, true
}

// LoadEncoded adds many encoded docs under one lock, as at start-up. A doc
// that does not decode stops the load with ErrBadEncoding; those before it stay.
func (x *Index) LoadEncoded(docs iter.Seq[[]byte]) error {
	x.mu.Lock()
	defer x.mu.Unlock()
	fresh := len(x.byID) == 0 // the store's ids are unique: nothing to replace
	for b := range docs {
		d, err := decode(b)
		if err != nil {
			return err
		}
		if fresh {
			s := x.shardFor(d.Kind)
			x.byID[d.ID] = loc{s, s.add(&d)}
			x.version++
			continue
		}
		x.putLocked(&d)
	}
	return nil
}

func (x *Index) putLocked(d *decoded) {
	x.removeLocked(d.ID)
	s := x.shardFor(d.Kind)
	i := s.add(d)
	x.byID[d.ID] = loc{s, i}
	x.version++
}

// Remove drops the doc with id, if any.
func (x *Index) Remove(id string) {
	x.mu.Lock()
	defer x.mu.Unlock()
	x.removeLocked(id)
}

func (x *Index) removeLocked(id string) {
	l, ok := x.byID[id]
	if !ok {
		return
	}
	delete(x.byID, id)
	x.version++
	if l.s.kill(l.i) {
		for i := range l.s.entries {
			x.byID[l.s.entries[i].id] = loc{l.s, int32(i)}
		}
	}
}

// Len is the number of docs.
func (x *Index) Len() int {
	x.mu.RLock()
	defer x.mu.RUnlock()
	return len(x.byID)
}

// Count is the number of docs of kind k.
func (x *Index) Count(k model.Kind) int {
	x.mu.RLock()
	defer x.mu.RUnlock()
	for _, s := range x.shards {
		if s.kind == k {
			return s.alive()
		}
	}
	return 0
}

// Has reports whether a doc with id is indexed.
func (x *Index) Has(id string) bool {
	x.mu.RLock()
	defer x.mu.RUnlock()
	_, ok := x.byID[id]
	return ok
}

// Sort orders results.
type Sort int

// The orders a result list can take.
const (
	ByRelevance Sort = iota // exact phrase, then word starts, then substrings; newer first on ties
	ByUpdated               // newest first
	ByTitle                 // alphabetical by folded title
)

// Filter narrows results by codes; zero values mean "any".
type Filter struct {
	Kind      model.Kind
	Direction model.Direction
	Region    model.Region
	Status    model.IdeaStatus
	SDG       model.SDG
	// HideStatus leaves out docs with this status (the Ideas list hides
	// archived ideas unless they are asked for).
	HideStatus model.IdeaStatus
}

// Query is one search.
type Query struct {
	Text   string
	Filter Filter
	Sort   Sort
	Offset int // skip this many results (paging)
	Limit  int // at most this many hits; 0 means 100
}

// Hit is one result row.
type Hit struct {
	ID        string
	Kind      model.Kind
	Title     string
	Sub       string
	Phone     string
	Direction model.Direction
	Region    model.Region
	Status    model.IdeaStatus
	Updated   int64
	Tier      int // in the title: 0 exact phrase, 1 all words as word starts, 2 substrings; elsewhere: 3, 4, 5 (one letter: 0-2, the title not looked at)
}

// Result is a page of hits and how many matched in all.
type Result struct {
	Hits   []Hit
	Total  int
	ByKind map[model.Kind]int
}

// Words turns what a person typed into folded search words. A query made only
// of digits and phone punctuation ("8 701 123-45-67", "+7 (701) 1234567") is one
// word of its digits, so phones and IINs are found however they are typed.
func Words(q string) []string {
	q = strings.TrimSpace(q)
	if q == "" {
		return nil
	}
	digits, phoneLike := make([]byte, 0, len(q)), true
	for _, r := range q {
		switch {
		case r >= '0' && r <= '9':
			digits = append(digits, byte(r))
		case r == ' ' || r == '+' || r == '-' || r == '(' || r == ')' || r == '.' || unicode.IsSpace(r):
		default:
			phoneLike = false
		}
	}
	if phoneLike && len(digits) > 0 {
		return []string{string(digits)}
	}
	return textfold.Words(textfold.Fold(q))
}

// Session is one search box: it remembers its last matches, so typing one more
// letter searches only among them. The screens run one search at a time per
// session and cancel the previous one when a key arrives.
type Session struct {
	x       *Index
	mu      sync.Mutex
	words   []string
	filter  Filter
	matches map[*shard]cached
	// tiers is a byte per entry of each shard, reused from search to search:
	// a ranked search writes the tier of every match there (only matches'
	// bytes are ever read).
	tiers map[*shard][]int8
}

type cached struct {
	version uint64
	list    []int32
}

// NewSession starts a search box on x.
func (x *Index) NewSession() *Session { return &Session{x: x} }

// Search runs q on the index (see Session.Search for the incremental version).
func (x *Index) Search(ctx context.Context, q Query) (Result, error) {
	return x.NewSession().Search(ctx, q)
}

// Search runs q. It returns ctx.Err() as soon as ctx is cancelled (a newer
// keystroke), so no one waits for an answer nobody will read.
func (s *Session) Search(ctx context.Context, q Query) (Result, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	x := s.x
	x.mu.RLock()
	defer x.mu.RUnlock()

	words := Words(q.Text)
	qw := newQueryWords(words)
	incremental := s.matches != nil && s.filter == q.Filter && narrows(s.words, words)
	next := map[*shard]cached{}
	res := Result{ByKind: map[model.Kind]int{}}
	keep := pageEnd(q)
	var pages [][]scored
	for _, sh := range x.shards {
		if q.Filter.Kind != "" && sh.kind != q.Filter.Kind {
			continue
		}
		var list []int32
		var err error
		tiers := s.tiersFor(sh, effectiveSort(q.Sort, words))
		if c, ok := s.matches[sh]; incremental && ok && c.version == sh.version {
			list, err = sh.matchList(ctx, qw, q.Filter, c.list, tiers)
		} else {
			list, err = sh.matchAll(ctx, qw, q.Filter, tiers)
		}
		if err != nil {
			return Result{}, err
		}
		next[sh] = cached{sh.version, list}
		if len(list) > 0 {
			res.ByKind[sh.kind] = len(list)
		}
		res.Total += len(list)
		p, err := sh.page(ctx, list, effectiveSort(q.Sort, words), keep, tiers)
		if err != nil {
			return Result{}, err
		}
		pages = append(pages, p)
	}
	s.words, s.filter, s.matches = words, q.Filter, next
	res.Hits = mergePages(pages, qw, effectiveSort(q.Sort, words), q.Offset, keep)
	return res, nil
}

// tiersFor returns the session's tier bytes for sh when results are ranked
// (by relevance), else nil.
func (s *Session) tiersFor(sh *shard, by Sort) []int8 {
	if by != ByRelevance {
		return nil
	}
	t := s.tiers[sh]
	if len(t) < len(sh.hot) {
		if s.tiers == nil {
			s.tiers = map[*shard][]int8{}
		}
		t = make([]int8, len(sh.hot)+len(sh.hot)/8)
		s.tiers[sh] = t
	}
	return t
}

func pageEnd(q Query) int {
	limit := q.Limit
	if limit <= 0 {
		limit = 100
	}
	return max(0, q.Offset) + limit
}

// effectiveSort is the sort asked for, except that relevance means nothing
// without words: then newest first.
func effectiveSort(s Sort, words []string) Sort {
	if s == ByRelevance && len(words) == 0 {
		return ByUpdated
	}
	return s
}

// narrows reports whether every doc matching now also matched before: each
// earlier word is inside some new word.
func narrows(before, now []string) bool {
	for _, b := range before {
		found := false
		for _, n := range now {
			if strings.Contains(n, b) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// Replace makes x hold what y holds, y not to be used after: an index loaded
// again (the store's file replaced by an import's copy) keeps its identity,
// and every Session on x finds y's docs from its next search on (the
// shards are new, so nothing a session remembers of the old ones is used).
func (x *Index) Replace(y *Index) {
	y.mu.Lock()
	shards, byID, v := y.shards, y.byID, y.version
	y.shards, y.byID = nil, map[string]loc{}
	y.mu.Unlock()
	x.mu.Lock()
	defer x.mu.Unlock()
	x.shards, x.byID = shards, byID
	x.version += v + 1
}

// Compact gives back what loading reserved and did not use: the text
// buffers and entry lists are cut to their length. Call it once after a
// big load; searches wait for it (it holds the lock for a copy of each).
func (x *Index) Compact() {
	x.mu.Lock()
	defer x.mu.Unlock()
	for _, s := range x.shards {
		if s == nil {
			continue
		}
		if cap(s.buf) > len(s.buf)+len(s.buf)/32 {
			s.buf = append(make([]byte, 0, len(s.buf)), s.buf...)
		}
		if cap(s.entries) > len(s.entries)+len(s.entries)/32 {
			s.entries = append(make([]entry, 0, len(s.entries)), s.entries...)
		}
		if cap(s.hot) > len(s.hot)+len(s.hot)/32 {
			s.hot = append(make([]hot, 0, len(s.hot)), s.hot...)
		}
	}
}
