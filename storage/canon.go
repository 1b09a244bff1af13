package storage

import (
	"encoding"
	"encoding/json"
	"math"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"
)

// A fast proof of canonical form (issue 23 item 6).
//
// An import proves every bundle line to be the record's canonical JSON —
// what json.Marshal gives — by encoding the decoded record again and
// comparing. encoding/json's encoder took a fifth of the check pass. This
// one encodes by a plan made once per type from the same struct tags, for
// the few sorts of value the records hold: strings, booleans, integers,
// floats, time.Time, slices and structs (embedded ones inlined). Where
// encoding/json could write something other than the plain form, the value
// goes through encoding/json itself: a string with anything to escape, a
// float written with an exponent. A type holding anything else (a map, an
// interface, a Marshaler other than time.Time, a tag's ",string") has no
// plan, and its records are proven by encoding/json as before. So the bytes
// are encoding/json's whatever the record; TestCanonEncoderAgreesWithStd
// and FuzzCanonAgreesWithStd hold the two together.

// canonPlan encodes a value of one type; nil for a type without a plan.
type canonPlan func(b []byte, v reflect.Value) ([]byte, bool)

var canonPlans sync.Map // reflect.Type → canonPlan (nil: none)

// appendCanonical appends json.Marshal(r)'s bytes to b; ok false when r's
// type has no plan or a value could not be encoded (the caller then asks
// encoding/json).
func appendCanonical(b []byte, r any) ([]byte, bool) {
	v := reflect.ValueOf(r)
	p := planFor(v.Type())
	if p == nil {
		return b, false
	}
	return p(b, v)
}

func planFor(t reflect.Type) canonPlan {
	if p, ok := canonPlans.Load(t); ok {
		return p.(canonPlan)
	}
	p := makePlan(t, map[reflect.Type]bool{})
	canonPlans.Store(t, p)
	return p
}

var (
	timeType      = reflect.TypeFor[time.Time]()
	marshalerType = reflect.TypeFor[json.Marshaler]()
	textType      = reflect.TypeFor[encoding.TextMarshaler]()
)

// makePlan builds t's plan, nil when t holds what the plans do not cover.
func makePlan(t reflect.Type, seen map[reflect.Type]bool) canonPlan {
	if t == timeType {
		return encodeTime
	}
	if t.Implements(marshalerType) || reflect.PointerTo(t).Implements(marshalerType) ||
		t.Implements(textType) || reflect.PointerTo(t).Implements(textType) {
		return nil
	}
	switch t.Kind() {
	case reflect.String:
		return encodeString
	case reflect.Bool:
		return encodeBool
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return func(b []byte, v reflect.Value) ([]byte, bool) { return strconv.AppendInt(b, v.Int(), 10), true }
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return func(b []byte, v reflect.Value) ([]byte, bool) { return strconv.AppendUint(b, v.Uint(), 10), true }
	case reflect.Float64:
		return encodeFloat
	case reflect.Pointer:
		return pointerPlan(t, seen)
	case reflect.Slice:
		return slicePlan(t, seen)
	case reflect.Struct:
		return structPlan(t, seen)
	}
	return nil // maps, interfaces, arrays, float32, …: encoding/json's
}

func pointerPlan(t reflect.Type, seen map[reflect.Type]bool) canonPlan {
	if seen[t] {
		return nil // a type that holds itself
	}
	seen[t] = true
	elem := makePlan(t.Elem(), seen)
	delete(seen, t)
	if elem == nil {
		return nil
	}
	return func(b []byte, v reflect.Value) ([]byte, bool) {
		if v.IsNil() {
			return append(b, "null"...), true
		}
		return elem(b, v.Elem())
	}
}

func slicePlan(t reflect.Type, seen map[reflect.Type]bool) canonPlan {
	if t.Elem().Kind() == reflect.Uint8 {
		return nil // []byte: base64
	}
	elem := makePlan(t.Elem(), seen)
	if elem == nil {
		return nil
	}
	return func(b []byte, v reflect.Value) ([]byte, bool) {
		if v.IsNil() {
			return append(b, "null"...), true
		}
		b = append(b, '[')
		for i := range v.Len() {
			if i > 0 {
				b = append(b, ',')
			}
			var ok bool
			if b, ok = elem(b, v.Index(i)); !ok {
				return b, false
			}
		}
		return append(b, ']'), true
	}
}

// canonField is one field a struct's JSON holds, in order.
type canonField struct {
	index     []int
	key       string // `"name":`
	omitEmpty bool
	omitZero  bool
	plan      canonPlan
}

func structPlan(t reflect.Type, seen map[reflect.Type]bool) canonPlan {
	if seen[t] {
		return nil
	}
	seen[t] = true
	defer delete(seen, t)
	var fields []canonField
	names := map[string]bool{}
	if !collectFields(t, nil, seen, &fields, names) {
		return nil
	}
	return func(b []byte, v reflect.Value) ([]byte, bool) {
		b = append(b, '{')
		first := true
		for i := range fields {
			f := &fields[i]
			fv := v.FieldByIndex(f.index)
			if f.omitEmpty && emptyValue(fv) || f.omitZero && zeroValue(fv) {
				continue
			}
			if !first {
				b = append(b, ',')
			}
			first = false
			b = append(b, f.key...)
			var ok bool
			if b, ok = f.plan(b, fv); !ok {
				return b, false
			}
		}
		return append(b, '}'), true
	}
}

// collectFields lists t's JSON fields as encoding/json orders them when no
// two share a name (embedded structs' fields in place); a shared name, an
// embedded pointer or a tag option it does not know gives false.
func collectFields(t reflect.Type, at []int, seen map[reflect.Type]bool, out *[]canonField, names map[string]bool) bool {
	for i := range t.NumField() {
		sf := t.Field(i)
		tag := sf.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		index := append(append([]int(nil), at...), i)
		if sf.Anonymous && name == "" {
			if sf.Type.Kind() == reflect.Pointer || !sf.IsExported() && sf.Type.Kind() == reflect.Struct {
				return false
			}
			if sf.Type.Kind() == reflect.Struct {
				if !collectFields(sf.Type, index, seen, out, names) {
					return false
				}
				continue
			}
		}
		if !sf.IsExported() {
			continue
		}
		if name == "" {
			name = sf.Name
		}
		f := canonField{index: index}
		for opts != "" {
			var o string
			o, opts, _ = strings.Cut(opts, ",")
			switch o {
			case "omitempty":
				f.omitEmpty = true
			case "omitzero":
				f.omitZero = true
			default:
				return false // ",string" and what else may come
			}
		}
		if names[name] || !plainKey(name) {
			return false
		}
		names[name] = true
		if f.omitZero && sf.Type != timeType && hasIsZero(sf.Type) {
			return false
		}
		f.key = `"` + name + `":`
		if f.plan = makePlan(sf.Type, seen); f.plan == nil {
			return false
		}
		*out = append(*out, f)
	}
	return true
}

// plainKey reports whether encoding/json writes name as it is.
func plainKey(name string) bool {
	for i := 0; i < len(name); i++ {
		if c := name[i]; !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
			return false
		}
	}
	return name != ""
}

func hasIsZero(t reflect.Type) bool {
	_, ok := t.MethodByName("IsZero")
	_, okp := reflect.PointerTo(t).MethodByName("IsZero")
	return ok || okp
}

// emptyValue is encoding/json's test for omitempty.
func emptyValue(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.Interface, reflect.Pointer:
		return v.IsZero()
	}
	return false
}

// zeroValue is encoding/json's test for omitzero (time.Time by IsZero; other
// types with an IsZero method have no plan).
func zeroValue(v reflect.Value) bool {
	if v.Type() == timeType {
		if v.CanAddr() {
			return v.Addr().Interface().(*time.Time).IsZero()
		}
		return v.Interface().(time.Time).IsZero()
	}
	return v.IsZero()
}

func encodeBool(b []byte, v reflect.Value) ([]byte, bool) {
	if v.Bool() {
		return append(b, "true"...), true
	}
	return append(b, "false"...), true
}

// encodeString writes a string that needs no escape as it is, in quotes;
// any other through encoding/json.
func encodeString(b []byte, v reflect.Value) ([]byte, bool) {
	s := v.String()
	if plainString(s) {
		b = append(b, '"')
		b = append(b, s...)
		return append(b, '"'), true
	}
	enc, err := json.Marshal(s)
	return append(b, enc...), err == nil
}

// plainString reports whether encoding/json writes s unchanged between
// quotes: no quote, backslash, control character, <, >, &, invalid UTF-8,
// U+2028 or U+2029. One pass: ASCII by a table, a two-byte sequence (all
// of Cyrillic) at once, any other rune decoded (TestPlainString).
func plainString(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			if !plainASCII[c] {
				return false
			}
			i++
		case c >= 0xc2 && c <= 0xdf && i+1 < len(s) && s[i+1]&0xc0 == 0x80:
			i += 2 // always valid, never U+2028/9
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 || r == '\u2028' || r == '\u2029' {
				return false
			}
			i += size
		}
	}
	return true
}

// plainASCII is whether encoding/json writes each ASCII byte as it is.
var plainASCII = func() (t [utf8.RuneSelf]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = !strings.ContainsRune(`"\<>&`, rune(c))
	}
	return t
}()

// encodeFloat writes what encoding/json writes without an exponent; others
// (and NaN, ±Inf, which it refuses) through encoding/json.
func encodeFloat(b []byte, v reflect.Value) ([]byte, bool) {
	return appendFloat(b, v.Float())
}

// appendFloat is encodeFloat of f.
func appendFloat(b []byte, f float64) ([]byte, bool) {
	if a := math.Abs(f); a == 0 || a >= 1e-6 && a < 1e21 {
		return strconv.AppendFloat(b, f, 'f', -1, 64), true
	}
	enc, err := json.Marshal(f)
	return append(b, enc...), err == nil
}

// encodeTime is time.Time's MarshalJSON, which encoding/json calls (its
// output has nothing compacting would change): the same RFC 3339 text,
// quoted, appended in place (AppendText, MarshalJSON's own writer), and
// the value read without boxing it when it can be.
func encodeTime(b []byte, v reflect.Value) ([]byte, bool) {
	var t time.Time
	if v.CanAddr() {
		t = *v.Addr().Interface().(*time.Time)
	} else {
		t = v.Interface().(time.Time)
	}
	enc, err := t.AppendText(append(b, '"'))
	if err != nil {
		return b, false
	}
	return append(enc, '"'), true
}
