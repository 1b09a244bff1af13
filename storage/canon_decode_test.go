package storage

import (
	"encoding/json"
	"math"
	"reflect"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/model/demo"
)

// onePassAgrees checks decodeOnePass against the way it replaced (goccy
// and the re-encoding proof, decodeCanonicalTwice) and encoding/json for
// data read as kind k: a line the one pass reads is one the old proof
// found canonical, and the record is the one both old readers make.
// It reports whether the one pass read it.
func onePassAgrees(t *testing.T, k model.Kind, data []byte) bool {
	t.Helper()
	r, ok := decodeOnePass(k, data)
	if !ok {
		return false
	}
	old, enc, canon, err := decodeCanonicalTwice(k, data)
	if err != nil || !canon || string(enc) != string(data) {
		t.Fatalf("%s: the one pass reads\n%s\nthe old proof: canonical %v, err %v", k, data, canon, err)
	}
	std := model.New(k)
	if err := json.Unmarshal(data, std); err != nil {
		t.Fatalf("%s: encoding/json refuses what the one pass reads: %v\n%s", k, err, data)
	}
	if !reflect.DeepEqual(r, old) || !reflect.DeepEqual(r, std) {
		t.Fatalf("%s: for\n%s\nthe one pass made %+v\nthe old proof  %+v\nencoding/json  %+v", k, data, r, old, std)
	}
	if b, err := json.Marshal(r); err != nil || string(b) != string(data) {
		t.Fatalf("%s: the one pass's record encodes to\n%s, not\n%s", k, b, data)
	}
	return true
}

// FuzzOnePassAgreesWithProof: for any bytes read as any kind, what the one
// pass reads the old proof (goccy, then the record encoded again and
// compared) found canonical, and all three readers (one pass, goccy,
// encoding/json) make the same record.
//
//	go test -run='^$' -fuzz=FuzzOnePassAgreesWithProof -fuzztime=2m ./storage/
func FuzzOnePassAgreesWithProof(f *testing.F) {
	seen := map[model.Kind]int{}
	demo.Generate(demo.Options{Ideas: 20, People: 20, Seed: 3, Now: time.Date(2026, 2, 13, 9, 30, 0, 0, time.UTC)}, func(r model.Record) error {
		if k := r.Env().Kind; seen[k] < 3 {
			seen[k]++
			data, _ := json.Marshal(r)
			f.Add(data)
		}
		return nil
	})
	f.Add([]byte(`{"kind":"hours","hours":1e-7,"verified_at":"0001-01-01T00:00:00Z"}`))
	f.Add([]byte(`{"kind":"person","full_name":"\u003c"}`))
	f.Add([]byte(`{"kind":"idea","id":"x","rev":01}`))
	f.Add([]byte(`{"kind":"idea","id":"x","rev":-0,"hlc":18446744073709551616}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, k := range model.Kinds() {
			onePassAgrees(t, k, data)
		}
	})
}

// TestOnePassReadsCanonicalLines: the one pass reads (and agrees on) the
// canonical line of demo records of every kind, and of the same records
// with awkward values in every field that need no escape nor exponent;
// lines that are not canonical it leaves to the old proof.
func TestOnePassReadsCanonicalLines(t *testing.T) {
	strs := []string{"", "a", "қазақша Ү ү", "emoji 🙂", "x y/z", "0"}
	floats := []float64{0, math.Copysign(0, -1), 0.5, 1.5, 24, 1e-6, 123456789.125, 1e20, -3.25}
	times := []time.Time{{}, time.Date(2026, 2, 13, 9, 30, 0, 123456789, time.UTC),
		time.Date(2026, 2, 13, 9, 30, 0, 0, time.FixedZone("", 5*3600)),
		time.Date(2026, 2, 13, 9, 30, 0, 0, time.FixedZone("", 5*3600+17))}
	n := 0
	check := func(r model.Record) {
		t.Helper()
		data, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		k := r.Env().Kind
		if !onePassAgrees(t, k, data) {
			t.Fatalf("%s: the one pass does not read the canonical\n%s", k, data)
		}
		n++
		for _, bad := range [][]byte{append(append([]byte(nil), data...), ' '), append([]byte{' '}, data...),
			[]byte(string(data[:len(data)-1]) + `,"zz":1}`), data[:len(data)-1]} {
			if _, ok := decodeOnePass(k, bad); ok {
				t.Fatalf("%s: the one pass reads what is not canonical:\n%s", k, bad)
			}
		}
	}
	i := 0
	demo.Generate(demo.Options{Ideas: 40, People: 40, Seed: 5, Now: time.Date(2026, 2, 13, 9, 30, 0, 0, time.UTC)}, func(r model.Record) error {
		check(r)
		i++
		k := r.Env().Kind
		mutate(reflect.ValueOf(r).Elem(), i, strs, floats, times)
		r.Env().Kind = k
		check(r)
		return nil
	})
	for _, k := range model.Kinds() {
		r := model.New(k)
		for j := range 30 {
			mutate(reflect.ValueOf(r).Elem(), j, strs, floats, times)
			r.Env().Kind = k
			check(r)
		}
	}
	if n < 200 {
		t.Fatalf("only %d records checked", n)
	}
}
