package storage

import (
	"encoding/json"
	"math"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"
	"unsafe"

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
	addDemoSeeds(f)
	f.Add([]byte(`{"kind":"hours","hours":1e-7,"verified_at":"0001-01-01T00:00:00Z"}`))
	f.Add([]byte(`{"kind":"person","full_name":"\u003c"}`))
	f.Add([]byte(`{"kind":"idea","id":"x","rev":01}`))
	f.Add([]byte(`{"kind":"idea","id":"x","rev":-0,"hlc":18446744073709551616}`))
	f.Add([]byte(`{"i8":-128,"u8":255,"i16":-32768,"u16":65535,"i32":2147483647,"u32":4294967295,"i64":-9223372036854775808,"u64":1844674407370955161,"n":0,"f":-0,"s":"a","l":[],"p":{"i8":1,"n":0,"s":""},"ps":[{"n":0,"s":"x"},{"n":0,"s":"","t":"2026-02-13T09:30:00+05:00"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, k := range model.Kinds() {
			onePassAgrees(t, k, data)
		}
		probeAgrees(t, data)
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

// onePassProbe holds every sort of field the decode plans read, at every
// integer size.
type onePassProbe struct {
	I8  int8             `json:"i8,omitempty"`
	U8  uint8            `json:"u8,omitempty"`
	I16 int16            `json:"i16,omitempty"`
	U16 uint16           `json:"u16,omitempty"`
	I32 int32            `json:"i32,omitempty"`
	U32 uint32           `json:"u32,omitempty"`
	I64 int64            `json:"i64,omitempty"`
	U64 uint64           `json:"u64,omitempty"`
	N   int              `json:"n"`
	F   float64          `json:"f,omitempty"`
	B   bool             `json:"b,omitempty"`
	S   string           `json:"s"`
	T   time.Time        `json:"t,omitzero"`
	L   []string         `json:"l,omitempty"`
	P   *onePassInner    `json:"p,omitempty"`
	PS  []onePassInner   `json:"ps,omitempty"`
	LL  [][]model.Region `json:"ll,omitempty"`
}

// onePassInner is a struct inside onePassProbe.
type onePassInner struct {
	I8 int8      `json:"i8,omitempty"`
	N  int       `json:"n"`
	S  string    `json:"s"`
	T  time.Time `json:"t,omitzero"`
	L  []string  `json:"l,omitempty"`
}

// probeAgrees: what the one pass reads as an onePassProbe, encoding/json
// reads to the same value, which encodes to the very bytes.
func probeAgrees(t *testing.T, data []byte) bool {
	t.Helper()
	var got onePassProbe
	p := decPlanFor(reflect.TypeFor[onePassProbe]())
	if p == nil {
		t.Fatal("onePassProbe has no decode plan")
	}
	d := canonDec{b: data}
	if !p(&d, unsafe.Pointer(&got)) || d.i != len(data) {
		return false
	}
	var want onePassProbe
	if err := json.Unmarshal(data, &want); err != nil {
		t.Fatalf("encoding/json refuses what the one pass reads: %v\n%s", err, data)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("for\n%s\nthe one pass made %+v\nencoding/json  %+v", data, got, want)
	}
	if b, err := json.Marshal(&got); err != nil || string(b) != string(data) {
		t.Fatalf("the one pass read\n%s\nwhich encodes to\n%s", data, b)
	}
	return true
}

// TestOnePassAtTheLimits: integers of every size at and past their limits,
// numbers not in AppendInt's or the canon plan's form, nested values: the
// one pass reads exactly the canonical ones, as encoding/json does.
func TestOnePassAtTheLimits(t *testing.T) {
	yes := []string{`{"i8":-128,"n":0,"s":""}`, `{"i8":127,"n":0,"s":""}`, `{"u8":255,"n":0,"s":""}`,
		`{"i16":-32768,"u16":65535,"n":0,"s":""}`, `{"i32":-2147483648,"u32":4294967295,"n":0,"s":""}`,
		`{"i64":-9223372036854775808,"n":-1,"s":""}`, `{"i64":9223372036854775807,"n":0,"s":""}`,
		`{"u64":9999999999999999999,"n":0,"s":""}`, `{"n":0,"f":1e-7,"s":""}`, `{"n":0,"f":0.000001,"s":""}`,
		`{"n":0,"f":123456789.125,"b":true,"s":""}`, `{"n":0,"f":-1e+21,"s":""}`,
		`{"n":0,"s":"","l":["a","қ,]"]}`, `{"n":0,"s":"","p":{"n":1,"s":"x","l":["y"]},"ps":[{"n":2,"s":""}]}`,
		`{"n":0,"s":"","t":"2026-02-13T09:30:00.5Z","ll":[null,[],["a"]]}`}
	no := []string{`{"i8":-129,"n":0,"s":""}`, `{"i8":128,"n":0,"s":""}`, `{"u8":256,"n":0,"s":""}`,
		`{"i16":32768,"n":0,"s":""}`, `{"u32":4294967296,"n":0,"s":""}`, `{"i64":9223372036854775808,"n":0,"s":""}`,
		`{"u64":18446744073709551615,"n":0,"s":""}`, `{"u8":-1,"n":0,"s":""}`, `{"n":-0,"s":""}`, `{"n":01,"s":""}`,
		`{"n":+1,"s":""}`, `{"n":1.0,"s":""}`, `{"n":1e2,"s":""}`, `{"n":0,"f":-0,"s":""}`, `{"n":0,"f":0.0,"s":""}`, `{"n":0,"s":"","l":[]}`, `{"n":0,"f":1e-07,"s":""}`,
		`{"n":0,"f":1E2,"s":""}`, `{"i8":0,"n":0,"s":""}`, `{"n":0,"s":"","l":null}`, `{"n":0,"s":"","b":false}`,
		`{"n":0,"s":"\u0041"}`, `{"n":0,"s":"<"}`, `{"s":"","n":0}`, `{"n":0,"s":"","t":"0001-01-01T00:00:00Z"}`,
		`{"n":0,"s":"","t":"2026-02-13T09:30:00.50Z"}`, `{"n":0,"s":"","l":["a",]}`, `{"n":0,"s":"","l":["a""b"]}`,
		`{"n":0,"s":"","ps":[{"n":0,"s":""},]}`, `{"n":0, "s":""}`, `{"n":0,"s":""}x`, `{"n":0,"s":"","ll":[[1]]}`}
	no = append(no, `{"n":0,"s":"","ps":[`+strings.Repeat(",", 1<<16)+`]}`)
	for _, s := range yes {
		if !probeAgrees(t, []byte(s)) {
			t.Errorf("the one pass does not read the canonical %s", s)
		}
	}
	for _, s := range no {
		if probeAgrees(t, []byte(s)) {
			t.Errorf("the one pass reads %s, which is not canonical", s)
		}
	}
}

// BenchmarkDecodeLine decodes the canonical lines of demo records of every
// kind by the one pass and by the way it replaced (goccy and the
// re-encoding proof), in the same run:
//
//	go test -run '^$' -bench DecodeLine -benchmem ./storage/
func BenchmarkDecodeLine(b *testing.B) {
	type line struct {
		k    model.Kind
		data []byte
	}
	var lines []line
	size := 0
	demo.Generate(demo.Options{Ideas: 1000, People: 1000, Seed: 7, Now: time.Date(2026, 2, 13, 9, 30, 0, 0, time.UTC)}, func(r model.Record) error {
		data, err := json.Marshal(r)
		lines = append(lines, line{r.Env().Kind, data})
		size += len(data)
		return err
	})
	for _, way := range []struct {
		name string
		dec  func(model.Kind, []byte) (model.Record, []byte, bool, error)
	}{{"one-pass", decodeCanonical}, {"goccy+proof", decodeCanonicalTwice}} {
		b.Run(way.name, func(b *testing.B) {
			b.SetBytes(int64(size))
			for range b.N {
				for _, l := range lines {
					if _, _, canon, err := way.dec(l.k, l.data); err != nil || !canon {
						b.Fatalf("%s: canonical %v, %v", l.k, canon, err)
					}
				}
			}
			b.ReportMetric(float64(b.N*len(lines))/b.Elapsed().Seconds(), "lines/s")
		})
	}
}

// TestOnePassBoundsItsSlices: an array of nothing but commas is not made
// at its count's size before its values are read (a line of 64 KB would
// have asked for 5 MB of empty structs).
func TestOnePassBoundsItsSlices(t *testing.T) {
	line := []byte(`{"n":0,"s":"","ps":[` + strings.Repeat(",", 1<<16) + `]}`)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	if probeAgrees(t, line) {
		t.Fatal("the one pass reads an array of commas")
	}
	runtime.ReadMemStats(&after)
	if grew := after.TotalAlloc - before.TotalAlloc; grew > 1<<20 {
		t.Fatalf("reading a %d-byte line allocated %d bytes", len(line), grew)
	}
}
