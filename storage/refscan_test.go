package storage

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"frontoffice/model"

	bolt "go.etcd.io/bbolt"
)

// refSeeds are stored persons and near misses: escapes, other cases, other
// types, nesting, broken JSON.
var refSeeds = []string{
	`{}`,
	`{"id":"019749e9-6c18-703a-b18e-5ad565947005","kind":"person","rev":3,"deleted":true,"full_name":"Айгерім Сәрсенбаева","phone":"+77011234567","merged_into":"019749e9-6c18-703a-b18e-5ad565947006"}`,
	`{"full_name":"A \"B\" <C>","phone":"+7701"}`,
	`{"full_name":"A \u003cB\u003e"}`,
	`{"Full_Name":"x","full_name":"y"}`,
	`{"ID":"x"}`,
	`{"id":null,"deleted":null}`,
	`{"id":5}`,
	`{"deleted":1}`,
	`{"notes":"a\\b\nc","other_names":["a","b"],"x":{"y":[1,-2.5e+3,0.1,true,false,null]}}`,
	`{"birth_year":01}`,
	`{"a":1.}`,
	`{"a":-}`,
	`{"a":"\x"}`,
	`{"a":"\u12"}`,
	`{"full_name":"a","full_name":"b"}`,
	`{"full_name":"` + "\xff" + `"}`,
	`{"a":[}`,
	`{"a":1,}`,
	`{"a" :1}`,
	` {"a":1}`,
	`{"a":1}x`,
	`{"a":tru}`,
	`{"a":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}`,
	`{"full_name":"a` + "\t" + `b"}`,
}

// FuzzScanRef: whatever scanRef reads, encoding/json reads the same into
// a refPerson; and what it gives up on, decodeRefPerson decodes as
// unmarshalStored does. The corpus is testdata/fuzz/FuzzScanRef.
func FuzzScanRef(f *testing.F) {
	for _, s := range refSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, v []byte) {
		var want refPerson
		wantErr := json.Unmarshal(v, &want)
		var fs refFields
		if scanRef(v, &fs) {
			if wantErr != nil {
				t.Fatalf("scanRef read %q, which encoding/json refuses: %v", v, wantErr)
			}
			got := refPerson{ID: string(fs.id), Deleted: fs.deleted, MergedInto: string(fs.mergedInto),
				FullName: string(fs.fullName), Phone: string(fs.phone)}
			if got != want {
				t.Fatalf("scanRef(%q) = %+v, encoding/json %+v", v, got, want)
			}
		}
		var got refPerson
		gotErr := decodeRefPerson(v, &got)
		var slow refPerson
		slowErr := unmarshalStored(v, &slow)
		if (gotErr == nil) != (slowErr == nil) || got != slow {
			t.Fatalf("decodeRefPerson(%q) = %+v, %v; unmarshalStored %+v, %v", v, got, gotErr, slow, slowErr)
		}
	})
}

// TestScanRefReadsStoredPeople: a person as the store writes them is read
// by scanRef itself (not by the slower way), every field as decoded, and
// refFieldsOf checks the id against the record's key.
func TestScanRefReadsStoredPeople(t *testing.T) {
	p := &model.Person{Envelope: model.Envelope{ID: "019749e9-6c18-703a-b18e-5ad565947005", Kind: model.KindPerson,
		Rev: 2, UpdatedAt: time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC), Deleted: true},
		FullName: "Айгерім Сәрсенбаева", Phone: "+77011234567", IIN: "990101300123", BirthYear: 1999,
		MergedInto: "019749e9-6c18-703a-b18e-5ad565947006", OtherNames: []string{"Aigerim"}, Notes: "екі\nжол",
		CreatedAt: time.Date(2025, 6, 7, 10, 22, 3, 0, time.UTC)}
	v, err := encodeRecord(p)
	if err != nil {
		t.Fatal(err)
	}
	var f refFields
	if !scanRef(v, &f) {
		t.Fatalf("scanRef gave up on a stored person: %s", v)
	}
	if string(f.id) != p.ID || string(f.fullName) != p.FullName || string(f.phone) != p.Phone ||
		string(f.mergedInto) != p.MergedInto || !f.deleted {
		t.Errorf("scanRef read %+v from %s", f, v)
	}
	key, _ := idKey(p.ID)
	if !f.isKey(key) {
		t.Error("isKey: the record's own key is not its id")
	}
	other, _ := idKey(p.MergedInto)
	if f.isKey(other) || f.isKey(key[:8]) {
		t.Error("isKey: another key taken for the id")
	}

	// A name with a quote is stored escaped: read the slower way, the same.
	p.FullName = `Айгерім "Ай" <Сәрсенбаева>`
	v, _ = encodeRecord(p)
	if scanRef(v, &f) {
		t.Fatalf("scanRef read an escaped name as it is: %s", v)
	}
	if !refFieldsOf(v, &f) || string(f.fullName) != p.FullName {
		t.Errorf("refFieldsOf read %q, want %q", f.fullName, p.FullName)
	}
	if !strings.Contains(string(v), `\u003c`) {
		t.Fatalf("the test's name was not escaped: %s", v)
	}
}

// panicky panics when decoded, as go-json does on some malformed input.
type panicky struct{}

func (*panicky) UnmarshalJSON([]byte) error { panic("index out of range") }

// TestGoccyPanicIsAnError: where go-json panics, its callers get an error
// and read the data by encoding/json instead of crashing the app.
func TestGoccyPanicIsAnError(t *testing.T) {
	if err := goccyUnmarshal([]byte(`{}`), new(panicky)); err == nil {
		t.Error("goccyUnmarshal: no error where go-json panicked")
	}
}

// BenchmarkRefBook reads the people of the store named by
// FRONTOFFICE_BENCH_DB (opened, not changed) into a phone book, as an
// ideas file's import does before its writer starts: in line, and in
// halves (the later on the other core, as the import's first lookup does).
//
//	FRONTOFFICE_BENCH_DB=/tmp/big.db go test -run '^$' -bench RefBook ./storage/
func BenchmarkRefBook(b *testing.B) {
	path := os.Getenv("FRONTOFFICE_BENCH_DB")
	if path == "" {
		b.Skip("FRONTOFFICE_BENCH_DB is not set")
	}
	s, err := Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	for _, halves := range []bool{false, true} {
		b.Run(map[bool]string{false: "in-line", true: "halves"}[halves], func(b *testing.B) {
			for b.Loop() {
				if err := s.db.View(func(tx *bolt.Tx) error {
					var bk *refBook
					if halves {
						own, end, err := s.db.begin(false)
						if err != nil {
							return err
						}
						bk = makeRefBookSplit(tx, own, s.db.guard)
						end()
					} else {
						bk = makeRefBook(tx)
					}
					if bk == nil {
						b.Fatal("no book")
					}
					return nil
				}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
