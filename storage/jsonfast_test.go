package storage

import (
	"encoding/json"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/model/demo"
)

// FuzzUnmarshalMatchesStd holds the fast decoder to encoding/json: for any
// bytes and any kind, both accept or both refuse, and what they accept
// encodes to the same canonical JSON. Seeds are demo records of every kind.
//
//	go test -run='^$' -fuzz=FuzzUnmarshalMatchesStd -fuzztime=5m -fuzzminimizetime=3s ./storage/
func FuzzUnmarshalMatchesStd(f *testing.F) {
	addDemoSeeds(f)
	f.Add([]byte(`{"kind":"idea","zz":[1,,],"title":"x"}`))
	f.Add([]byte("{\"kind\":\"person\",\"full_name\":\"a\x01b\"}"))
	f.Add([]byte(`{"kind":"hours","hours":1.5e400}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, k := range model.Kinds() {
			std := model.New(k)
			errStd := json.Unmarshal(data, std)
			fast, enc, canon, errFast := decodeCanonical(k, data)
			if (errStd == nil) != (errFast == nil) {
				t.Fatalf("%s: encoding/json says %v, the fast path %v", k, errStd, errFast)
			}
			if errStd != nil {
				continue
			}
			want, _ := json.Marshal(std)
			if b, _ := json.Marshal(fast); string(b) != string(want) || string(enc) != string(want) {
				t.Fatalf("%s: encoding/json reads\n%s\nthe fast path\n%s (%s)", k, want, b, enc)
			}
			if canon != (string(data) == string(want)) {
				t.Fatalf("%s: canonical %v for\n%s", k, canon, data)
			}
			if !canon {
				continue
			}
			known, err := decodeKnownCanonical(k, data)
			if err != nil {
				t.Fatalf("%s: canonical JSON refused: %v", k, err)
			}
			if b, _ := json.Marshal(known); string(b) != string(want) {
				t.Fatalf("%s: encoding/json reads\n%s\nthe fast reader\n%s", k, want, b)
			}
		}
	})
}

// addDemoSeeds seeds a fuzzer of record lines with json.Marshal of three
// demo records of every kind.
func addDemoSeeds(f *testing.F) {
	seen := map[model.Kind]int{}
	demo.Generate(demo.Options{Ideas: 20, People: 20, Seed: 3, Now: time.Date(2026, 2, 13, 9, 30, 0, 0, time.UTC)}, func(r model.Record) error {
		if k := r.Env().Kind; seen[k] < 3 {
			seen[k]++
			data, _ := json.Marshal(r)
			f.Add(data)
		}
		return nil
	})
}
