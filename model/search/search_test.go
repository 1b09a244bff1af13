package search

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"frontoffice/model"
)

func idN(n int) string { return fmt.Sprintf("01900000-0000-7000-8000-%012d", n) }

func testIndex() *Index {
	x := New()
	docs := []Doc{
		{ID: idN(1), Kind: model.KindIdea, Title: "Таза әлем: саябақты тазалау", Text: []string{"Мадина Салпенова"}, Direction: "taza_alem", Region: "karaganda", Status: "draft", SDGs: []model.SDG{11, 15}, Updated: 100},
		{ID: idN(2), Kind: model.KindIdea, Title: "Саулық апталығы колледжде", Direction: "saulyq", Region: "shymkent", Status: "ready", SDGs: []model.SDG{3}, Updated: 200},
		{ID: idN(3), Kind: model.KindIdea, Title: "Помощь ветеранам Шымкента", Direction: "qamqor", Region: "shymkent", Status: "draft", Updated: 300},
		{ID: idN(4), Kind: model.KindPerson, Title: "Temirkhan Nurbol", Text: []string{"KSIU"}, Phones: []string{"+77083334455"}, IIN: "791028302728", Region: "karaganda", Updated: 50},
		{ID: idN(5), Kind: model.KindPerson, Title: "Мадина Салпенова", Text: []string{"Қарағанды индустриялық университеті"}, Phones: []string{"+77020001122"}, Updated: 60},
		{ID: idN(6), Kind: model.KindIdea, Title: "Green park: taza alem challenge", Direction: "taza_alem", Region: "almaty", Status: "funded", Updated: 400},
		{ID: idN(7), Kind: model.KindIdea, Title: "Tazalau aksiyasy", Direction: "taza_alem", Region: "almaty", Status: "draft", Updated: 500},
	}
	for _, d := range docs {
		x.Put(d)
	}
	return x
}

func ids(r Result) []string {
	var out []string
	for _, h := range r.Hits {
		out = append(out, h.ID)
	}
	return out
}

func find(t *testing.T, x *Index, q Query) Result {
	t.Helper()
	r, err := x.Search(context.Background(), q)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestFoldingFinds(t *testing.T) {
	x := testIndex()
	for q, want := range map[string]string{
		"taza alem": idN(1), "Taza Álem": idN(1), "Taza Älem": idN(1), "ТАЗА ӘЛЕМ": idN(1),
		"saulyq": idN(2), "Saúlyq": idN(2), "саулык": idN(2), "Saýlyq": idN(2),
		"shymkent": idN(3), "Шымкент": idN(3), "Chimkent": idN(3),
		"temirhan": idN(4), "Темирхан": idN(4),
	} {
		r := find(t, x, Query{Text: q})
		found := false
		for _, id := range ids(r) {
			found = found || id == want
		}
		if !found {
			t.Errorf("%q did not find %s: %v", q, want, ids(r))
		}
	}
}

func TestPhoneAndIIN(t *testing.T) {
	x := testIndex()
	for _, q := range []string{"8 708 333 44 55", "+7 (708) 3334455", "7083334455", "87083334455", "+77083334455", "8 708 333", "791028302728", "7910283"} {
		r := find(t, x, Query{Text: q, Filter: Filter{Kind: model.KindPerson}})
		if len(r.Hits) != 1 || r.Hits[0].ID != idN(4) {
			t.Errorf("%q: %v, want Temirkhan", q, ids(r))
		}
	}
}

func TestWordsNarrowAsPrefixes(t *testing.T) {
	x := testIndex()
	if r := find(t, x, Query{Text: "taza"}); r.Total != 3 {
		t.Errorf("taza: %d hits %v, want 3", r.Total, ids(r))
	}
	if r := find(t, x, Query{Text: "taza sayab"}); r.Total != 1 || r.Hits[0].ID != idN(1) {
		t.Errorf("two words should narrow: %v", ids(r))
	}
	if r := find(t, x, Query{Text: "taza nothinglikethis"}); r.Total != 0 || r.Hits == nil && false {
		t.Errorf("an unmatched word should give nothing: %v", ids(r))
	}
}

// Ranking: exact phrase, then all words as word starts, then substrings;
// newer first on ties.
func TestRanking(t *testing.T) {
	x := testIndex()
	r := find(t, x, Query{Text: "taza alem"})
	// 6 (phrase, newer) and 1 (phrase) are tier 0; 7 "tazalau aksiiasi" has no "alem".
	want := []string{idN(6), idN(1)}
	if got := ids(r); !reflect.DeepEqual(got, want) {
		t.Fatalf("taza alem: %v, want %v", got, want)
	}
	r = find(t, x, Query{Text: "taza"})
	// Phrase "taza" as a whole word: 6 (upd 400) and 1 (100) tier 0; "tazalau" starts words: 7 tier 1.
	want = []string{idN(6), idN(1), idN(7)}
	if got := ids(r)[:3]; !reflect.DeepEqual(got, want) {
		t.Fatalf("taza: %v, want first %v", ids(r), want)
	}
	r = find(t, x, Query{Text: "alau"}) // only inside words
	for _, h := range r.Hits {
		if h.Tier != 2 {
			t.Errorf("alau in %s should be tier 2, is %d", h.Title, h.Tier)
		}
	}
}

func TestFiltersAndSorts(t *testing.T) {
	x := testIndex()
	if r := find(t, x, Query{Filter: Filter{Kind: model.KindIdea, Region: "shymkent"}}); r.Total != 2 {
		t.Errorf("region filter: %v", ids(r))
	}
	if r := find(t, x, Query{Filter: Filter{Kind: model.KindIdea, SDG: 15}}); r.Total != 1 || r.Hits[0].ID != idN(1) {
		t.Errorf("SDG filter: %v", ids(r))
	}
	if r := find(t, x, Query{Filter: Filter{Status: "draft", Direction: "taza_alem"}}); r.Total != 2 {
		t.Errorf("status+direction: %v", ids(r))
	}
	r := find(t, x, Query{Filter: Filter{Kind: model.KindIdea}, Sort: ByUpdated})
	if r.Hits[0].ID != idN(7) || r.Hits[len(r.Hits)-1].ID != idN(1) {
		t.Errorf("by updated: %v", ids(r))
	}
	r = find(t, x, Query{Filter: Filter{Kind: model.KindIdea}, Sort: ByTitle})
	if r.Hits[0].Title != "Green park: taza alem challenge" {
		t.Errorf("by title: first %q", r.Hits[0].Title)
	}
	r = find(t, x, Query{Filter: Filter{Kind: model.KindIdea}, Sort: ByUpdated, Offset: 2, Limit: 2})
	if got := ids(r); !reflect.DeepEqual(got, []string{idN(3), idN(2)}) || r.Total != 5 {
		t.Errorf("paging: %v total %d", got, r.Total)
	}
	if r.ByKind[model.KindIdea] != 5 {
		t.Errorf("ByKind: %v", r.ByKind)
	}
}

func TestPutReplacesAndRemove(t *testing.T) {
	x := testIndex()
	x.Put(Doc{ID: idN(1), Kind: model.KindIdea, Title: "Book drive", Updated: 900})
	if r := find(t, x, Query{Text: "taza alem"}); len(r.Hits) != 1 {
		t.Errorf("the old title still finds the doc: %v", ids(r))
	}
	if r := find(t, x, Query{Text: "book"}); len(r.Hits) != 1 || r.Hits[0].ID != idN(1) {
		t.Errorf("the new title does not: %v", ids(r))
	}
	x.Remove(idN(1))
	x.Remove(idN(99)) // unknown: harmless
	if r := find(t, x, Query{Text: "book"}); len(r.Hits) != 0 || x.Has(idN(1)) {
		t.Errorf("removed doc still found")
	}
}

func TestCompactionKeepsResults(t *testing.T) {
	x := New()
	for i := 0; i < 5000; i++ {
		x.Put(Doc{ID: idN(i), Kind: model.KindIdea, Title: fmt.Sprintf("idea number %d", i), Updated: int64(i)})
	}
	for i := 0; i < 5000; i += 2 {
		x.Remove(idN(i))
	}
	if sh := x.shards[0]; len(sh.entries) == 5000 {
		t.Fatalf("expected a compaction, dead=%d", sh.dead)
	}
	r := find(t, x, Query{Text: "number 4999"})
	if len(r.Hits) != 1 || r.Hits[0].ID != idN(4999) {
		t.Fatalf("after compaction: %v", ids(r))
	}
	if r := find(t, x, Query{Text: "idea"}); r.Total != 2500 {
		t.Fatalf("total after removing half: %d", r.Total)
	}
}

func TestCancelled(t *testing.T) {
	x := testIndex()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := x.Search(ctx, Query{Text: "taza"}); !errors.Is(err, context.Canceled) {
		t.Fatalf("a cancelled search should say so, got %v", err)
	}
}

// TestSessionMatchesFreshSearch types random queries letter by letter (and
// deletes some) in one session and checks every answer against a fresh search:
// the incremental shortcut must never change a result.
func TestSessionMatchesFreshSearch(t *testing.T) {
	x := New()
	rng := rand.New(rand.NewPCG(1, 2))
	words := []string{"таза", "әлем", "саулық", "шымкент", "book", "drive", "колледж", "help", "ветеран", "park", "alem", "taza"}
	for i := 0; i < 3000; i++ {
		title := words[rng.IntN(len(words))] + " " + words[rng.IntN(len(words))] + fmt.Sprint(" ", rng.IntN(50))
		x.Put(Doc{ID: idN(i), Kind: model.KindIdea, Title: title, Updated: int64(rng.IntN(1000))})
	}
	s := x.NewSession()
	for trial := 0; trial < 200; trial++ {
		q := words[rng.IntN(len(words))] + " " + words[rng.IntN(len(words))][:2]
		typed := ""
		for _, r := range q {
			typed += string(r)
			if rng.IntN(5) == 0 && len(typed) > 1 {
				typed = string([]rune(typed)[:len([]rune(typed))-1]) // backspace
			}
			got, err := s.Search(context.Background(), Query{Text: typed, Limit: 20})
			if err != nil {
				t.Fatal(err)
			}
			want := find(t, x, Query{Text: typed, Limit: 20})
			if got.Total != want.Total || !reflect.DeepEqual(ids(got), ids(want)) {
				t.Fatalf("session %q: %d %v, fresh %d %v", typed, got.Total, ids(got), want.Total, ids(want))
			}
		}
		if trial%50 == 0 { // a change in the index must not leave a stale cache
			x.Put(Doc{ID: idN(trial), Kind: model.KindIdea, Title: "taza new " + fmt.Sprint(trial), Updated: 5000})
		}
	}
}

func TestEncodeRoundTrip(t *testing.T) {
	d := Doc{ID: idN(1), Kind: model.KindIdea, Title: "Таза әлем", Sub: "Мадина", Phone: "+77020001122",
		Direction: "taza_alem", Region: "karaganda", Status: "draft", SDGs: []model.SDG{3, 15}, Updated: -5}
	got, err := decode(d.Encode())
	if err != nil {
		t.Fatal(err)
	}
	if got.ID != d.ID || got.Title != d.Title || got.Sub != d.Sub || got.Phone != d.Phone || got.Status != d.Status ||
		got.Region != d.Region || got.Direction != d.Direction || got.Updated != d.Updated || got.sdgs != (1<<3|1<<15) ||
		string(got.folded) != "taza alem" {
		t.Fatalf("round trip: %+v", got)
	}
	if err := New().PutEncoded([]byte{9, 9}); !errors.Is(err, ErrBadEncoding) {
		t.Fatalf("bad bytes: %v", err)
	}
}

func FuzzDecode(f *testing.F) {
	f.Add((&Doc{ID: "x", Title: "Таза"}).Encode())
	f.Add([]byte{1, 200, 1})
	f.Fuzz(func(t *testing.T, b []byte) {
		x := New()
		_ = x.PutEncoded(b) // never panics
	})
}

func FuzzQuery(f *testing.F) {
	for _, s := range []string{"taza alem", "8 701", "   ", "ъ", "\x1b[2J", "((((", "a a a a a"} {
		f.Add(s)
	}
	x := testIndex()
	f.Fuzz(func(t *testing.T, q string) {
		r, err := x.Search(context.Background(), Query{Text: q, Limit: 3})
		if err != nil {
			t.Fatal(err)
		}
		if len(r.Hits) > 3 || r.Total < len(r.Hits) {
			t.Fatalf("%q: %d hits of %d", q, len(r.Hits), r.Total)
		}
	})
}

// TestRankingMatchesReference checks every sort, with and without a kind and
// with offsets, against a plain sort of all matches.
func TestRankingMatchesReference(t *testing.T) {
	x := New()
	rng := rand.New(rand.NewPCG(3, 4))
	words := []string{"taza", "alem", "tazalau", "park", "book", "bookdrive", "help", "ehelp"}
	type ref struct {
		id      string
		kind    model.Kind
		folded  []byte
		updated int64
	}
	var all []ref
	for i := 0; i < 40000; i++ { // above parallelOver, so the split paths run
		d := Doc{ID: idN(i), Kind: model.KindIdea, Updated: int64(rng.IntN(300)),
			Title: words[rng.IntN(len(words))] + " " + words[rng.IntN(len(words))]}
		if i%3 == 0 {
			d.Kind = model.KindPerson
		}
		x.Put(d)
		all = append(all, ref{d.ID, d.Kind, d.Folded(), d.Updated})
	}
	for _, text := range []string{"taza", "taza alem", "alem taza", "help", "elp", "book", "a", ""} {
		for _, by := range []Sort{ByRelevance, ByUpdated, ByTitle} {
			for _, kind := range []model.Kind{"", model.KindIdea, model.KindPerson} {
				q := newQueryWords(Words(text))
				var want []ref
				for _, r := range all {
					if (kind == "" || r.kind == kind) && q.containsAll(r.folded, -1) {
						want = append(want, r)
					}
				}
				sortBy := effectiveSort(by, q.words2())
				key := func(r ref) (int, string) {
					switch sortBy {
					case ByRelevance:
						return refTier(q, r.folded), ""
					case ByTitle:
						return 0, string(r.folded)
					}
					return 0, ""
				}
				slices.SortStableFunc(want, func(a, b ref) int {
					ta, sa := key(a)
					tb, sb := key(b)
					if c := cmp.Compare(ta, tb); c != 0 {
						return c
					}
					if c := strings.Compare(sa, sb); c != 0 {
						return c
					}
					return cmp.Compare(b.updated, a.updated)
				})
				got := find(t, x, Query{Text: text, Sort: by, Filter: Filter{Kind: kind}, Offset: 7, Limit: 30})
				if got.Total != len(want) {
					t.Fatalf("%q %v %q: total %d, want %d", text, by, kind, got.Total, len(want))
				}
				want = want[min(7, len(want)):min(37, len(want))]
				if len(got.Hits) != len(want) {
					t.Fatalf("%q %v %q: %d hits, want %d", text, by, kind, len(got.Hits), len(want))
				}
				for k, h := range got.Hits {
					// Ties (same key and time) may come in either order: compare keys.
					w := want[k]
					ht, hs := key(ref{folded: (&Doc{Title: h.Title}).Folded()})
					wt, ws := key(w)
					if h.Updated != w.updated || ht != wt || hs != ws {
						t.Fatalf("%q %v %q: hit %d is %q@%d, want %q@%d", text, by, kind, k, h.Title, h.Updated, w.folded, w.updated)
					}
				}
			}
		}
	}
}

func (q *queryWords) words2() []string {
	var out []string
	for _, w := range q.words {
		out = append(out, string(w))
	}
	return out
}

func TestHideStatus(t *testing.T) {
	x := testIndex()
	all := find(t, x, Query{Filter: Filter{Kind: model.KindIdea}})
	x.Put(Doc{ID: idN(8), Kind: model.KindIdea, Title: "Old archived idea", Status: "archived", Updated: 900})
	hidden := find(t, x, Query{Filter: Filter{Kind: model.KindIdea, HideStatus: "archived"}})
	if hidden.Total != all.Total {
		t.Fatalf("archived idea not hidden: %d, want %d", hidden.Total, all.Total)
	}
	if r := find(t, x, Query{Text: "archived", Filter: Filter{Status: "archived"}}); r.Total != 1 {
		t.Fatalf("asked for archived: %d", r.Total)
	}
}

// refTier is the ranking rule read straight off the text, without signatures.
func refTier(q *queryWords, text []byte) int {
	if len(q.words) == 0 {
		return 2
	}
	if wordTier(text, q.phrase) == 0 {
		return 0
	}
	for _, w := range q.words {
		if wordTier(text, w) == 2 {
			return 2
		}
	}
	return 1
}

// TestSignatureAgreesWithText: the signature shortcuts give the same tier as
// reading the text, for every word and phrase of random texts.
func TestSignatureAgreesWithText(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	alphabet := "abtz09 "
	for n := 0; n < 20000; n++ {
		b := make([]byte, 1+rng.IntN(20))
		for i := range b {
			b[i] = alphabet[rng.IntN(len(alphabet))]
		}
		text := strings.Join(strings.Fields(string(b)), " ")
		if text == "" {
			continue
		}
		qb := make([]byte, 1+rng.IntN(4))
		for i := range qb {
			qb[i] = alphabet[rng.IntN(len(alphabet))]
		}
		words := strings.Fields(string(qb))
		if len(words) == 0 {
			continue
		}
		q := newQueryWords(words)
		if got, want := q.tier([]byte(text), signatureOf(text)), refTier(q, []byte(text)); got != want {
			t.Fatalf("text %q query %q: tier %d, want %d", text, words, got, want)
		}
		if bit, ok := q.oneLetter(); ok {
			if got, want := signatureOf(text).letters&bit != 0, strings.Contains(text, words[0]); got != want {
				t.Fatalf("text %q letter %q: has %v, want %v", text, words[0], got, want)
			}
		}
	}
}

// TestMatchTierAgreesWithText: finding and ranking in one pass (matchTier)
// says what containsAll and the tier read off the text say, for random texts
// and queries of one to three words.
func TestMatchTierAgreesWithText(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	alphabet := "abtz09 é"
	for n := 0; n < 50000; n++ {
		text := randomWords(rng, alphabet, 1+rng.IntN(24))
		query := randomWords(rng, alphabet, 1+rng.IntN(6))
		if text == "" || query == "" {
			continue
		}
		checkMatchTier(t, text, query)
	}
}

// FuzzMatchTier is TestMatchTierAgreesWithText on any bytes.
func FuzzMatchTier(f *testing.F) {
	for _, s := range [][2]string{{"taza alem park", "ta"}, {"a b a", "a b"}, {"8 701 555", "8 7"}, {"xx", "x x"}} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, text, query string) {
		text = strings.Join(strings.Fields(text), " ") // folded texts are words and single spaces
		query = strings.Join(strings.Fields(query), " ")
		if text == "" || query == "" {
			return
		}
		checkMatchTier(t, text, query)
	})
}

func checkMatchTier(t *testing.T, text, query string) {
	t.Helper()
	q := newQueryWords(strings.Fields(query))
	got := q.matchTier([]byte(text), signatureOf(text))
	want := noMatch
	if q.containsAll([]byte(text), -1) {
		want = refTier(q, []byte(text))
	}
	if got != want {
		t.Fatalf("text %q query %q: matchTier %d, want %d", text, query, got, want)
	}
}

func randomWords(rng *rand.Rand, alphabet string, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = alphabet[rng.IntN(len(alphabet))]
	}
	return strings.Join(strings.Fields(string(b)), " ")
}

// TestReadsOlderDocs: docs written before signatures (version 1) or title
// lengths (version 2) were kept still load, with the same signature and
// title length worked out; SameDoc takes them for the doc they encode, and
// nothing else; a cut or padded doc does not load.
func TestReadsOlderDocs(t *testing.T) {
	d := Doc{ID: idN(1), Kind: model.KindIdea, Title: "Таза әлем: a park", Text: []string{"Мадина"}, Updated: 7}
	v3 := d.Encode()
	v2 := append([]byte{2}, v3[1:len(v3)-1]...) // the title's length is one byte here
	v1 := append([]byte{1}, v2[1:len(v2)-32]...)
	a, err := decode(v3)
	if err != nil {
		t.Fatal(err)
	}
	if a.title != len("taza alem a park") || a.sig.letters == 0 {
		t.Fatalf("v3: title %d, signature %+v", a.title, a.sig)
	}
	for _, old := range [][]byte{v2, v1} {
		b, err := decode(old)
		if err != nil {
			t.Fatalf("version %d: %v", old[0], err)
		}
		if a.sig != b.sig || string(a.folded) != string(b.folded) || a.title != b.title {
			t.Fatalf("version %d: %+v %d, want %+v %d", old[0], b.sig, b.title, a.sig, a.title)
		}
		if v, ok := view(old); !ok || v.sig != a.sig || v.titleLen() != a.title {
			t.Fatalf("version %d viewed: %v %+v %d", old[0], ok, v.sig, v.titleLen())
		}
	}
	if v, ok := view(v3); !ok || v.titleLen() != a.title {
		t.Fatalf("v3 viewed: %v %d", ok, v.titleLen())
	}
	other := d
	other.Title = "Таза әлем: a garden"
	switch {
	case !SameDoc(v3, v3) || !SameDoc(v2, v3):
		t.Fatal("a doc, or the same doc in version 2, was not taken for itself")
	case SameDoc(v1, v3) || SameDoc(v3, v2) || SameDoc(v2, other.Encode()) || SameDoc(v2[:len(v2)-1], v3):
		t.Fatal("SameDoc took another doc, or an older one the store never kept")
	}
	for _, bad := range [][]byte{v3[:len(v3)-1], v2[:len(v2)-1], append(slices.Clone(v3), 0)} {
		if _, err := decode(bad); err == nil {
			t.Fatalf("a cut or padded doc was accepted: version %d", bad[0])
		}
		if _, ok := view(bad); ok {
			t.Fatalf("a cut or padded doc was viewed: version %d", bad[0])
		}
	}
}

// TestSearchEncodedAgreesWithIndex: the one-shot search of the command line
// gives the same totals and the same page (up to the order of exact ties) as
// the index.
func TestSearchEncodedAgreesWithIndex(t *testing.T) {
	x := New()
	rng := rand.New(rand.NewPCG(7, 8))
	words := []string{"taza", "alem", "tazalau", "park", "book", "help", "Шымкент", "саулық", "a"}
	var encoded [][]byte
	for i := 0; i < 3000; i++ {
		d := Doc{ID: idN(i), Kind: model.KindIdea, Updated: int64(rng.IntN(100)), Status: "draft",
			Title: words[rng.IntN(len(words))] + " " + words[rng.IntN(len(words))], Direction: "bilim"}
		if i%3 == 0 {
			d.Kind, d.Status, d.Direction, d.Phones = model.KindPerson, "", "", []string{fmt.Sprintf("+7701%07d", i)}
		}
		if i%3 == 1 && i%2 == 0 { // an idea found by its applicant's phone
			d.Phones = []string{fmt.Sprintf("+7701%07d", i-1)}
		}
		if i%7 == 0 {
			d.Status = "archived"
		}
		x.Put(d)
		encoded = append(encoded, d.Encode())
	}
	for _, text := range []string{"", "a", "taza", "taza alem", "shymkent", "саулык", "8 701 000", "+7 701 0000990", "701", "zzz"} {
		for _, by := range []Sort{ByRelevance, ByUpdated, ByTitle} {
			for _, f := range []Filter{{}, {Kind: model.KindIdea}, {Kind: model.KindPerson}, {HideStatus: "archived"}, {Direction: "bilim"}} {
				q := Query{Text: text, Sort: by, Filter: f, Offset: 3, Limit: 25}
				want := find(t, x, q)
				got, err := SearchEncoded(context.Background(), slices.Values(encoded), q)
				if err != nil {
					t.Fatal(err)
				}
				if got.Total != want.Total || !reflect.DeepEqual(got.ByKind, want.ByKind) || len(got.Hits) != len(want.Hits) {
					t.Fatalf("%q %v %+v: total %d %v (%d hits), want %d %v (%d hits)", text, by, f,
						got.Total, got.ByKind, len(got.Hits), want.Total, want.ByKind, len(want.Hits))
				}
				for k := range got.Hits {
					g, w := got.Hits[k], want.Hits[k]
					gt, wt := (&Doc{Title: g.Title}).Folded(), (&Doc{Title: w.Title}).Folded()
					byKind := by == ByRelevance && newQueryWords(Words(text)).digits // else kinds tie
					if g.Tier != w.Tier || (byKind && g.Kind != w.Kind) || g.Updated != w.Updated || (by == ByTitle && string(gt) != string(wt)) {
						t.Fatalf("%q %v %+v: hit %d is %q@%d/%d, want %q@%d/%d", text, by, f, k, g.Title, g.Updated, g.Tier, w.Title, w.Updated, w.Tier)
					}
				}
			}
		}
	}
	if _, err := SearchEncoded(context.Background(), slices.Values([][]byte{{9, 9}}), Query{Text: "a"}); err == nil {
		t.Fatal("a bad encoding was not reported")
	}
}

// TestPrefoldedFoldsTheSame: a doc with its texts folded ahead (all, some or
// none of them) folds to the same text as one folded at once, texts that fold
// to nothing included.
func TestPrefoldedFoldsTheSame(t *testing.T) {
	texts := []string{"", "—", "Таза аула", "Қарағанды", "O'zbek", "  ", "Ы", "Almaty 2026", "!!!", "Шымкент-Chimkent"}
	for i := range 2000 {
		d := Doc{Title: texts[i%len(texts)], Phones: []string{"+77011234567"}, IIN: "990101300123"}
		for j := range i % 4 {
			d.Text = append(d.Text, texts[(i/7+j*3)%len(texts)])
		}
		want := string(d.Folded())
		d.Prefolded = make([][]byte, 1+len(d.Text))
		for j := range d.Prefolded {
			if (i>>j)&1 == 0 { // some ahead, some not
				continue
			}
			if j == 0 {
				d.Prefolded[j] = Prefold(d.Title)
			} else {
				d.Prefolded[j] = Prefold(d.Text[j-1])
			}
		}
		if got := string(d.Folded()); got != want {
			t.Fatalf("title %q, texts %q, prefolded %q: %q, want %q", d.Title, d.Text, d.Prefolded, got, want)
		}
	}
}

// TestDecodeKeepsNothingOfItsInput: a doc read back from its encoding holds
// copies (the store hands over bbolt's memory, valid only for a moment).
func TestDecodeKeepsNothingOfItsInput(t *testing.T) {
	in := Doc{ID: idN(1), Kind: model.KindIdea, Title: "Таза әлем", Sub: "Мадина", Phone: "+77011234567",
		Direction: "taza_alem", Region: "karaganda", Status: "draft", Updated: 7}
	b := in.Encode()
	d, err := decode(b)
	if err != nil {
		t.Fatal(err)
	}
	clear(b)
	got := d.Doc
	got.Prefolded, got.Text, got.Phones, got.SDGs, got.IIN = nil, nil, nil, nil, ""
	want := in
	want.Text, want.Phones = nil, nil
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("after its bytes were cleared: %+v, want %+v", got, want)
	}
}

// bothSearches is the index's search and the one-shot search over the same
// docs encoded, by name: they must answer alike.
func bothSearches(x *Index, encoded [][]byte) map[string]func(Query) (Result, error) {
	return map[string]func(Query) (Result, error){
		"index":   func(q Query) (Result, error) { return x.Search(context.Background(), q) },
		"encoded": func(q Query) (Result, error) { return SearchEncoded(context.Background(), slices.Values(encoded), q) },
	}
}

// TestPersonFirstForTheirNumber: a phone or IIN, however typed, lists its
// person before the ideas that name them as applicant, even when those ideas
// are newer; so does their name, which is their title.
func TestPersonFirstForTheirNumber(t *testing.T) {
	x := New()
	var encoded [][]byte
	put := func(d Doc) { x.Put(d); encoded = append(encoded, d.Encode()) }
	put(Doc{ID: idN(1), Kind: model.KindPerson, Title: "Aigerim Sadykova", Phones: []string{"+77015551234"}, IIN: "950101400123", Updated: 10})
	put(Doc{ID: idN(2), Kind: model.KindIdea, Title: "Kitap alemi", Text: []string{"Aigerim Sadykova"}, Phones: []string{"+77015551234"}, IIN: "950101400123", Status: "draft", Updated: 20})
	put(Doc{ID: idN(3), Kind: model.KindIdea, Title: "Taza aula", Text: []string{"Aigerim Sadykova"}, Phones: []string{"+77015551234"}, IIN: "950101400123", Status: "draft", Updated: 30})
	for _, q := range []string{"8 701 555 12 34", "+7 701 5551234", "87015551234", "7015551234", "8 (701) 555-12-34", "950101400123", "9501014"} {
		for name, search := range bothSearches(x, encoded) {
			r, err := search(Query{Text: q})
			if err != nil {
				t.Fatal(err)
			}
			if r.Total != 3 || r.Hits[0].ID != idN(1) {
				t.Errorf("%s %q: %v, want the person first", name, q, ids(r))
			}
		}
	}
	// A name is the person's title and only the ideas' applicant: the
	// person first, then the ideas, newest first.
	if r := find(t, x, Query{Text: "aigerim"}); !reflect.DeepEqual(ids(r), []string{idN(1), idN(3), idN(2)}) {
		t.Errorf("a name: %v, want the person, then the newest idea", ids(r))
	}
}

// TestTitleFirst: a word in a person's name (or an idea's title) ranks
// before the same word anywhere else, whole word or not: «Ахмет» lists the
// people named so before the newer students of the university named after
// Қожа Ахмет Ясауи, in the index and in the one-shot search alike.
func TestTitleFirst(t *testing.T) {
	x := New()
	var encoded [][]byte
	put := func(d Doc) { x.Put(d); encoded = append(encoded, d.Encode()) }
	put(Doc{ID: idN(1), Kind: model.KindPerson, Title: "Мирас Мұратов", Text: []string{"Қожа Ахмет Ясауи атындағы университет"}, Updated: 30})
	put(Doc{ID: idN(2), Kind: model.KindPerson, Title: "Арман Ахметов", Text: []string{"Торайғыров университеті"}, Updated: 10})
	put(Doc{ID: idN(3), Kind: model.KindPerson, Title: "Ахмет Байтұрсынұлы", Text: []string{"Абай атындағы ҚазҰПУ"}, Updated: 5})
	put(Doc{ID: idN(4), Kind: model.KindIdea, Title: "Ахмет Ясауи оқулары", Text: []string{"Мирас Мұратов"}, Status: "draft", Updated: 40})
	for q, want := range map[string][]string{
		"ахмет":         {idN(4), idN(3), idN(2), idN(1)}, // whole word in a title, then a word start in one, then elsewhere
		"Akhmet yasaui": {idN(4), idN(1)},                 // the idea's title holds both words; the student's university does
		"мұратов":       {idN(1), idN(4)},                 // the person, then the idea naming them
		"университет":   {idN(1), idN(2)},                 // elsewhere only: whole word, then word start
	} {
		for name, search := range bothSearches(x, encoded) {
			r, err := search(Query{Text: q})
			if err != nil {
				t.Fatal(err)
			}
			if got := ids(r); !reflect.DeepEqual(got, want) {
				t.Errorf("%s %q: %v, want %v", name, q, got, want)
			}
		}
	}
}
