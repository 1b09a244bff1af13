package search

import (
	"testing"

	"frontoffice/model"
)

// TestReserveExactly: EncodedSize tells, without decoding, a doc's kind and
// the text it takes, so a load that reserves by it fills the index in place:
// nothing grows or is left over (the transient peak at opening a big store
// came from growing and compacting by guess).
func TestReserveExactly(t *testing.T) {
	var docs [][]byte
	for i := range 300 {
		d := Doc{ID: idN(i), Kind: model.KindIdea, Title: "Таза әлем саябақ", Text: []string{"Мадина", "Қарағанды"}, Direction: "taza_alem", Updated: int64(i)}
		if i%3 == 0 {
			d = Doc{ID: idN(i), Kind: model.KindPerson, Title: "Temirkhan Nurbol", Phones: []string{"+77083334455"}, IIN: "791028302728"}
		}
		docs = append(docs, d.Encode())
	}
	n, text := map[model.Kind]int{}, map[model.Kind]int{}
	for i, b := range docs {
		k, size, ok := EncodedSize(b)
		d, err := decode(b)
		if !ok || err != nil || k != d.Kind || size != len(d.folded)+1 {
			t.Fatalf("doc %d: EncodedSize %q %d %v, decoded %q with %d bytes of text", i, k, size, ok, d.Kind, len(d.folded))
		}
		n[k]++
		text[k] += size
	}
	x := New()
	for _, k := range []model.Kind{model.KindIdea, model.KindPerson} {
		x.Reserve(k, n[k], text[k])
	}
	load := func(yield func([]byte) bool) {
		for _, b := range docs {
			if !yield(b) {
				return
			}
		}
	}
	if err := x.LoadEncoded(load); err != nil {
		t.Fatal(err)
	}
	// The allocator rounds a reservation up to its size class (an eighth
	// at most for these small ones, next to nothing for megabytes); growing
	// would double it.
	near := func(c, want int) bool { return c >= want && c <= want+want/4 }
	for _, s := range x.shards {
		if len(s.buf) != text[s.kind] || !near(cap(s.buf), text[s.kind]) ||
			!near(cap(s.entries), n[s.kind]) || !near(cap(s.hot), n[s.kind]) {
			t.Errorf("%s: buf %d of %d (want %d), entries %d of %d, hot %d of %d (want %d)", s.kind,
				len(s.buf), cap(s.buf), text[s.kind], len(s.entries), cap(s.entries), len(s.hot), cap(s.hot), n[s.kind])
		}
	}
	if x.Len() != len(docs) {
		t.Fatalf("%d docs loaded, want %d", x.Len(), len(docs))
	}
	for _, bad := range [][]byte{nil, {0}, {9, 1, 2}, docs[0][:10]} {
		if _, _, ok := EncodedSize(bad); ok {
			t.Errorf("EncodedSize(%v) is ok", bad)
		}
	}
}
