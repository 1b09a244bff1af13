package storage

import (
	"encoding/json"
	"math"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"frontoffice/model"
	"frontoffice/model/demo"
)

// Every kind of record has a plan: the fast proof is what imports use.
func TestCanonPlanForEveryKind(t *testing.T) {
	for _, k := range model.Kinds() {
		if planFor(reflect.TypeOf(model.New(k))) == nil {
			t.Errorf("%s: no plan; its lines would be proven by encoding/json", k)
		}
	}
}

// TestCanonEncoderAgreesWithStd: the plans write json.Marshal's bytes for
// demo records of every kind and for the same records with awkward values
// in every string, number, time and slice.
func TestCanonEncoderAgreesWithStd(t *testing.T) {
	strs := []string{"", "a", `q"uote`, `back\slash`, "<b>&amp;</b>", "tab\there", "nl\n", "\x00\x1f\x7f",
		"\u2028\u2029", "bad \xff utf8", "қазақша Ү ү", "emoji 🙂", "\xed\xa0\x80"}
	floats := []float64{0, math.Copysign(0, -1), 0.5, 1.5, 24, 1e-7, 1e-6, 123456789.125, 1e20, 1e21, 1e300, -3.25, 5e-324}
	times := []time.Time{{}, time.Date(2026, 2, 13, 9, 30, 0, 123456789, time.UTC),
		time.Date(2026, 2, 13, 9, 30, 0, 0, time.FixedZone("", 5*3600)),
		time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(-1, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2026, 2, 13, 9, 30, 0, 0, time.FixedZone("", 5*3600+17))}
	n := 0
	check := func(r model.Record) {
		t.Helper()
		n++
		want, err := json.Marshal(r)
		got, ok := appendCanonical(nil, r)
		if err != nil {
			if ok {
				t.Fatalf("%s: encoding/json refuses (%v), the plan wrote %s", r.Env().Kind, err, got)
			}
			return
		}
		if !ok || string(got) != string(want) {
			t.Fatalf("%s (ok %v):\n got %s\nwant %s", r.Env().Kind, ok, got, want)
		}
	}
	i := 0
	demo.Generate(demo.Options{Ideas: 40, People: 40, Seed: 5, Now: time.Date(2026, 2, 13, 9, 30, 0, 0, time.UTC)}, func(r model.Record) error {
		check(r)
		i++
		mutate(reflect.ValueOf(r).Elem(), i, strs, floats, times)
		check(r)
		return nil
	})
	for _, k := range model.Kinds() {
		r := model.New(k)
		check(r)
		for j := range 30 {
			mutate(reflect.ValueOf(r).Elem(), j, strs, floats, times)
			check(r)
		}
	}
	if n < 200 {
		t.Fatalf("only %d records checked", n)
	}
}

// mutate sets every settable field of v to one of the awkward values, chosen by i.
func mutate(v reflect.Value, i int, strs []string, floats []float64, times []time.Time) {
	switch v.Kind() {
	case reflect.String:
		v.SetString(strs[i%len(strs)])
	case reflect.Float64:
		v.SetFloat(floats[i%len(floats)])
	case reflect.Bool:
		v.SetBool(i%2 == 0)
	case reflect.Int, reflect.Int64, reflect.Int32:
		v.SetInt(int64(i%5) - 2)
	case reflect.Slice:
		switch i % 3 {
		case 0:
			v.Set(reflect.Zero(v.Type()))
		case 1:
			v.Set(reflect.MakeSlice(v.Type(), 0, 0))
		default:
			s := reflect.MakeSlice(v.Type(), 2, 2)
			for j := range 2 {
				mutate(s.Index(j), i+j+1, strs, floats, times)
			}
			v.Set(s)
		}
	case reflect.Struct:
		if v.Type() == timeType {
			v.Set(reflect.ValueOf(times[i%len(times)]))
			return
		}
		for f := range v.NumField() {
			if v.Type().Field(f).IsExported() && v.Field(f).CanSet() {
				mutate(v.Field(f), i+f, strs, floats, times)
			}
		}
	case reflect.Pointer:
		if i%2 == 0 {
			v.Set(reflect.Zero(v.Type()))
		} else {
			p := reflect.New(v.Type().Elem())
			mutate(p.Elem(), i+1, strs, floats, times)
			v.Set(p)
		}
	}
}

// FuzzCanonAgreesWithStd holds the fast proof to the one it replaced: for
// any bytes read as any kind, the plan writes json.Marshal's bytes, so a
// line is found canonical exactly when encoding/json's re-encoding gives
// it back (a line the old proof refused is refused).
//
//	go test -run='^$' -fuzz=FuzzCanonAgreesWithStd -fuzztime=2m ./storage/
func FuzzCanonAgreesWithStd(f *testing.F) {
	addDemoSeeds(f)
	f.Add([]byte(`{"kind":"hours","hours":1e-7,"verified_at":"0001-01-01T00:00:00Z"}`))
	f.Add([]byte(`{"kind":"person","full_name":"<\u2028>"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, k := range model.Kinds() {
			r := model.New(k)
			if json.Unmarshal(data, r) != nil {
				continue
			}
			want, err := json.Marshal(r)
			got, ok := appendCanonical(nil, r)
			if err == nil && (!ok || string(got) != string(want)) || err != nil && ok {
				t.Fatalf("%s (ok %v, err %v):\n got %s\nwant %s", k, ok, err, got, want)
			}
			if encodesTo(r, data) != stdEncodesTo(r, data) {
				t.Fatalf("%s: the fast proof says %v of\n%s", k, !stdEncodesTo(r, data), data)
			}
		}
	})
}

// TestPlainString: the one-pass plainString answers as its definition
// (no escape byte, valid UTF-8, no U+2028/9) over awkward and random
// strings.
func TestPlainString(t *testing.T) {
	def := func(s string) bool {
		for i := 0; i < len(s); i++ {
			if c := s[i]; c < 0x20 || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' {
				return false
			}
		}
		return utf8.ValidString(s) && !strings.Contains(s, "\u2028") && !strings.Contains(s, "\u2029")
	}
	cases := []string{"", "a", "Әлия", "қазақша Ү ү", "emoji 🙂", "\u2028", "x\u2029", "\xed\xa0\x80", "bad \xff", "\xd0",
		"\xd0a", "\xc1\x81", "\xc2\x80", "\xdf\xbf", "\xe2\x80", "\xe2\x80\xa7", "\x7f", "\x1f", "a<b", "\xf4\x90\x80\x80", "\uFFFD"}
	pieces := []string{"a", " ", "\"", "\\", "<", "&", "\x00", "\x7f", "Ә", "ү", "\u2028", "\u2029", "\u2027", "🙂",
		"\xd0", "\xd1", "\x80", "\xbf", "\xe2", "\xe2\x80", "\xed\xa0\x80", "\xef\xbf\xbd", "\xf0\x9f", "\xc0\xaf"}
	rng := rand.New(rand.NewPCG(22, 10))
	for range 200_000 {
		var b strings.Builder
		for range rng.IntN(8) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		cases = append(cases, b.String())
	}
	for _, s := range cases {
		if got, want := plainString(s), def(s); got != want {
			t.Fatalf("plainString(%q) = %v, want %v", s, got, want)
		}
	}
}
