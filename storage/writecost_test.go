package storage

import (
	"bytes"
	"encoding/json"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/model/demo"

	"github.com/google/uuid"
)

// TestIDKeyAgreesWithUUID: idKey takes exactly the ids that uuid.Parse
// reads and writes back the same (the canonical form), with the same bytes.
func TestIDKeyAgreesWithUUID(t *testing.T) {
	ids := []string{
		"01a24cd8-d70a-7d81-b6a7-474fa6989a5d", "00000000-0000-0000-0000-000000000000",
		"ffffffff-ffff-ffff-ffff-ffffffffffff", "01A24CD8-D70A-7D81-B6A7-474FA6989A5D",
		"{01a24cd8-d70a-7d81-b6a7-474fa6989a5d}", "urn:uuid:01a24cd8-d70a-7d81-b6a7-474fa6989a5d",
		"01a24cd8d70a7d81b6a7474fa6989a5d", "01a24cd8-d70a-7d81-b6a7-474fa6989a5", "",
		"01a24cd8-d70a-7d81-b6a7-474fa6989a5g", "01a24cd8xd70a-7d81-b6a7-474fa6989a5d",
		"01a24cd8-d70a-7d81-b6a7-474fa6989a5d ", "0-a24cd8-d70a-7d81-b6a7-474fa6989a5d",
		"01a24cd8-d70a-7d81-b6a7-474fa6989a-d", "01a24cd8-d70a-7d81-b6a7-474f\xff6989a5d",
	}
	for range 200 {
		ids = append(ids, model.NewID(), uuid.NewString())
	}
	// Every byte value in every place of a good id.
	good := []byte(ids[0])
	for at := range good {
		for c := range 256 {
			b := bytes.Clone(good)
			b[at] = byte(c)
			ids = append(ids, string(b))
		}
	}
	for _, id := range ids {
		u, err := uuid.Parse(id)
		want := err == nil && u.String() == id
		key, err := idKey(id)
		if (err == nil) != want {
			t.Fatalf("idKey(%q): err %v, want ok %v", id, err, want)
		}
		if want && !bytes.Equal(key, u[:]) {
			t.Fatalf("idKey(%q) = %x, want %x", id, key, u[:])
		}
		if err != nil && !isNotFound(err) {
			t.Fatalf("idKey(%q): %v is not ErrNotFound", id, err)
		}
	}
}

// TestEncodeRecordIsMarshal: every record is stored as json.Marshal's bytes,
// also when written through the plans: demo records of every kind and
// records with values the plans leave to encoding/json.
func TestEncodeRecordIsMarshal(t *testing.T) {
	n := 0
	check := func(r model.Record) {
		t.Helper()
		n++
		want, werr := json.Marshal(r)
		got, err := encodeRecord(r)
		if (err == nil) != (werr == nil) || !bytes.Equal(got, want) {
			t.Fatalf("%s: encodeRecord = %s, %v\nwant %s, %v", r.Env().Kind, got, err, want, werr)
		}
	}
	forEachSample(t, 9, check)
	p := &model.Person{Envelope: model.Envelope{ID: model.NewID(), Kind: model.KindPerson, Rev: 1},
		FullName: "<Ә & \"Б\">\u2028", Phone: "+77011234567"}
	check(p)
	if n < 60 {
		t.Fatalf("only %d records checked", n)
	}
}

// demoPeopleAndIdeas are records as the demo makes them, for the
// benchmarks of one record's write.
func demoPeopleAndIdeas(b *testing.B) []model.Record {
	var rs []model.Record
	err := demo.Generate(demo.Options{People: 200, Ideas: 200, Seed: 4, Now: time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)}, func(r model.Record) error {
		switch r.(type) {
		case *model.Person, *model.Idea:
			rs = append(rs, r)
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	return rs
}

// BenchmarkWriteCost times the parts of one record's write that were made
// cheaper on 2026-12-06, each beside the way it was done before.
func BenchmarkWriteCost(b *testing.B) {
	rs := demoPeopleAndIdeas(b)
	b.Run("json/std", func(b *testing.B) {
		b.ReportAllocs()
		for i := range b.N {
			json.Marshal(rs[i%len(rs)])
		}
	})
	b.Run("json/encodeRecord", func(b *testing.B) {
		b.ReportAllocs()
		for i := range b.N {
			encodeRecord(rs[i%len(rs)])
		}
	})
	b.Run("idKey/uuid", func(b *testing.B) {
		b.ReportAllocs()
		for i := range b.N {
			id := rs[i%len(rs)].Env().ID
			if u, err := uuid.Parse(id); err != nil || u.String() != id {
				b.Fatal(err)
			}
		}
	})
	b.Run("idKey/direct", func(b *testing.B) {
		b.ReportAllocs()
		for i := range b.N {
			if _, err := idKey(rs[i%len(rs)].Env().ID); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// forEachSample calls check with demo records of every kind (made with
// seed) and with each kind's empty record.
func forEachSample(t *testing.T, seed int64, check func(model.Record)) {
	t.Helper()
	err := demo.Generate(demo.Options{Ideas: 30, People: 30, Seed: seed, Now: time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)}, func(r model.Record) error {
		check(r)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range model.Kinds() {
		check(model.New(k))
	}
}
