package storage

import (
	"bytes"
	"encoding"
	"encoding/json"
	"reflect"
	"strconv"
	"sync"
	"time"
	"unicode/utf8"
	"unsafe"

	"frontoffice/model"
)

// One pass: decoding a line and proving it canonical (issue 23 item 6).
//
// decodeCanonical decoded each line with goccy and then encoded the record
// again by its canon plan to compare: two walks and an encoding buffer a
// line. A decode plan reads the line the way the canon plan would have
// written it, and nothing else: the fields in the plan's order with the
// plan's keys, no space, strings with nothing to escape, integers and
// floats in encoding/json's form (each number's text is compared with what
// the canon plan writes of the value read), time.Time as its MarshalJSON,
// a field left out only where encoding/json leaves it out. So a line it
// reads to its end is json.Marshal of the record it built, and that record
// is the one encoding/json would decode from the line (exact keys, fields
// set only where present, into a fresh record). Anything else — an escape,
// an exponent, a field out of order, a type without a plan — is not
// "not canonical": the caller then takes the old way (goccy and the
// re-encoding, encoding/json), which decides. FuzzOnePassAgreesWithProof
// holds the two together.
//
// The record's strings share one copy of the line (as goccy's did): a
// record merged and dropped keeps nothing else alive.

// decPlan reads one value from d into the memory at p (a value of the
// plan's type, as model.New left it); false: the line is not read this way.
type decPlan func(d *canonDec, p unsafe.Pointer) bool

// canonDec is the line being read.
type canonDec struct {
	b []byte
	s string // the line as one string, which the strings read share
	i int
}

var decPlans sync.Map // reflect.Type → decPlan (nil: none)

// decodeOnePass decodes data as the canonical JSON of a record of kind k;
// ok false: data is not read this way (the caller decides by the old way).
func decodeOnePass(k model.Kind, data []byte) (r model.Record, ok bool) {
	r = model.New(k)
	if r == nil {
		return nil, false
	}
	v := reflect.ValueOf(r)
	if v.Kind() != reflect.Pointer || v.IsNil() {
		return nil, false
	}
	p := decPlanFor(v.Type().Elem())
	if p == nil {
		return nil, false
	}
	d := canonDec{b: data}
	if !p(&d, v.UnsafePointer()) || d.i != len(data) {
		return nil, false
	}
	return r, true
}

func decPlanFor(t reflect.Type) decPlan {
	if p, ok := decPlans.Load(t); ok {
		return p.(decPlan)
	}
	var p decPlan
	if planFor(t) != nil { // only what the canon plan writes
		p = makeDec(t)
	}
	decPlans.Store(t, p)
	return p
}

var (
	unmarshalerType = reflect.TypeFor[json.Unmarshaler]()
	textUnmType     = reflect.TypeFor[encoding.TextUnmarshaler]()
)

// makeDec builds t's decode plan, nil where t's decoding is not plain
// (an Unmarshaler, or what has no canon plan).
func makeDec(t reflect.Type) decPlan {
	if t == timeType {
		return decTime
	}
	if reflect.PointerTo(t).Implements(unmarshalerType) || reflect.PointerTo(t).Implements(textUnmType) {
		return nil
	}
	switch t.Kind() {
	case reflect.String:
		return decString
	case reflect.Bool:
		return decBool
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return intDec(t)
	case reflect.Float64:
		return decFloat
	case reflect.Pointer:
		return pointerDec(t)
	case reflect.Slice:
		return sliceDec(t)
	case reflect.Struct:
		return structDec(t)
	}
	return nil
}

// decField is one field of a struct's line, in the canon plan's order.
type decField struct {
	off       uintptr
	typ       reflect.Type
	key       string // `"name":`
	keyc      string // `,"name":`
	omitEmpty bool
	omitZero  bool
	empty     func(unsafe.Pointer) bool // emptyAt
	dec       decPlan
}

// omitted reports whether encoding/json leaves the field's value out.
func (f *decField) omitted(p unsafe.Pointer) bool {
	switch {
	case !f.omitEmpty && !f.omitZero:
		return false
	case f.omitEmpty && f.empty != nil:
		return f.empty(p)
	}
	v := reflect.NewAt(f.typ, p).Elem()
	return f.omitEmpty && emptyValue(v) || f.omitZero && zeroValue(v)
}

// emptyAt is emptyValue for the sorts of value whose emptiness is read
// straight from memory (strings, slices, booleans, integers, pointers);
// nil for others (emptyValue by reflection).
func emptyAt(t reflect.Type) func(p unsafe.Pointer) bool {
	switch t.Kind() {
	case reflect.String:
		return func(p unsafe.Pointer) bool { return len(*(*string)(p)) == 0 }
	case reflect.Slice:
		return func(p unsafe.Pointer) bool { return len(*(*[]byte)(p)) == 0 } // any slice's length
	case reflect.Bool, reflect.Int8, reflect.Uint8:
		return func(p unsafe.Pointer) bool { return *(*uint8)(p) == 0 }
	case reflect.Int16, reflect.Uint16:
		return func(p unsafe.Pointer) bool { return *(*uint16)(p) == 0 }
	case reflect.Int32, reflect.Uint32:
		return func(p unsafe.Pointer) bool { return *(*uint32)(p) == 0 }
	case reflect.Int, reflect.Int64, reflect.Uint, reflect.Uint64:
		if t.Size() == 8 {
			return func(p unsafe.Pointer) bool { return *(*uint64)(p) == 0 }
		}
	case reflect.Pointer:
		return func(p unsafe.Pointer) bool { return *(*unsafe.Pointer)(p) == nil }
	}
	return nil
}

func structDec(t reflect.Type) decPlan {
	var cf []canonField
	if !collectFields(t, nil, map[reflect.Type]bool{t: true}, &cf, map[string]bool{}) {
		return nil
	}
	fields := make([]decField, len(cf))
	for i, c := range cf {
		ft := t.FieldByIndex(c.index)
		off := uintptr(0)
		at := t
		for _, x := range c.index {
			sf := at.Field(x)
			off += sf.Offset
			at = sf.Type
		}
		dec := makeDec(ft.Type)
		if dec == nil {
			return nil
		}
		fields[i] = decField{off: off, typ: ft.Type, key: c.key, keyc: "," + c.key,
			omitEmpty: c.omitEmpty, omitZero: c.omitZero, empty: emptyAt(ft.Type), dec: dec}
	}
	return func(d *canonDec, p unsafe.Pointer) bool {
		if !d.byte('{') {
			return false
		}
		first := true
		for i := range fields {
			f := &fields[i]
			fp := unsafe.Add(p, f.off)
			key := f.keyc
			if first {
				key = f.key
			}
			if !d.prefix(key) {
				if !f.omitted(fp) {
					return false // written by encoding/json, yet not here
				}
				continue
			}
			if !f.dec(d, fp) || f.omitted(fp) {
				return false
			}
			first = false
		}
		return d.byte('}')
	}
}

func (d *canonDec) byte(c byte) bool {
	if d.i < len(d.b) && d.b[d.i] == c {
		d.i++
		return true
	}
	return false
}

func (d *canonDec) prefix(s string) bool {
	if len(d.b)-d.i >= len(s) && string(d.b[d.i:d.i+len(s)]) == s {
		d.i += len(s)
		return true
	}
	return false
}

// str reads a string encoding/json writes as it is (plainString), in one
// scan to its closing quote.
func (d *canonDec) str() (string, bool) {
	if !d.byte('"') {
		return "", false
	}
	b := d.b
	for i := d.i; i < len(b); {
		c := b[i]
		switch {
		case c == '"':
			if d.s == "" {
				d.s = string(b)
			}
			s := d.s[d.i:i]
			d.i = i + 1
			return s, true
		case c < utf8.RuneSelf:
			if !plainASCII[c] {
				return "", false
			}
			i++
		case c >= 0xc2 && c <= 0xdf && i+1 < len(b) && b[i+1]&0xc0 == 0x80:
			i += 2 // always valid, never U+2028/9
		default:
			r, size := utf8.DecodeRune(b[i:])
			if r == utf8.RuneError && size == 1 || r == '\u2028' || r == '\u2029' {
				return "", false
			}
			i += size
		}
	}
	return "", false
}

func decString(d *canonDec, p unsafe.Pointer) bool {
	s, ok := d.str()
	*(*string)(p) = s
	return ok
}

func decBool(d *canonDec, p unsafe.Pointer) bool {
	switch {
	case d.prefix("true"):
		*(*bool)(p) = true
	case d.prefix("false"):
		*(*bool)(p) = false
	default:
		return false
	}
	return true
}

// digits reads an integer in strconv.AppendInt's form ("0", or no leading
// zero, "-" only before a nonzero number and only when signed) as its
// magnitude; ok false for any other text or a magnitude over 19 digits.
func (d *canonDec) digits(signed bool) (n uint64, neg, ok bool) {
	if signed && d.i < len(d.b) && d.b[d.i] == '-' {
		neg = true
		d.i++
	}
	start := d.i
	for d.i < len(d.b) && d.b[d.i] >= '0' && d.b[d.i] <= '9' {
		n = n*10 + uint64(d.b[d.i]-'0')
		d.i++
	}
	switch l := d.i - start; {
	case l == 0 || l > 19: // 19 digits never overflow a uint64
		return 0, false, false
	case d.b[start] == '0' && (l > 1 || neg):
		return 0, false, false
	}
	return n, neg, true
}

// intDec reads an integer that fits t (strconv.ParseInt's or ParseUint's
// range for t's bits, as encoding/json checks).
func intDec(t reflect.Type) decPlan {
	bits := t.Bits()
	signed := t.Kind() >= reflect.Int && t.Kind() <= reflect.Int64
	return func(d *canonDec, p unsafe.Pointer) bool {
		n, neg, ok := d.digits(signed)
		switch {
		case !ok:
			return false
		case !signed:
			if bits < 64 && n >= 1<<bits {
				return false
			}
		case neg:
			if n > 1<<(bits-1) {
				return false
			}
			n = -n // two's complement: the negative number's bits
		case n >= 1<<(bits-1):
			return false
		}
		setInt(p, bits, n)
		return true
	}
}

// setInt stores the low bits of n at p, an integer of that many bits.
func setInt(p unsafe.Pointer, bits int, n uint64) {
	switch bits {
	case 8:
		*(*uint8)(p) = uint8(n)
	case 16:
		*(*uint16)(p) = uint16(n)
	case 32:
		*(*uint32)(p) = uint32(n)
	default:
		*(*uint64)(p) = n
	}
}

// numberByte is whether c may be part of a JSON number's text.
func numberByte(c byte) bool {
	return c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E'
}

// decFloat reads a number and keeps it if the canon plan writes its value
// as that very text.
func decFloat(d *canonDec, p unsafe.Pointer) bool {
	at := d.i
	for d.i < len(d.b) && numberByte(d.b[d.i]) {
		d.i++
	}
	tok := d.b[at:d.i]
	f, err := strconv.ParseFloat(string(tok), 64)
	if err != nil {
		return false
	}
	var buf [32]byte
	enc, ok := appendFloat(buf[:0], f)
	if !ok || !bytes.Equal(enc, tok) {
		return false
	}
	*(*float64)(p) = f
	return true
}

// decTime reads a time as time.Time's UnmarshalJSON does and keeps it if
// its MarshalJSON gives the same text.
func decTime(d *canonDec, p unsafe.Pointer) bool {
	at := d.i
	if _, ok := d.str(); !ok {
		return false
	}
	quoted := d.b[at:d.i]
	var t time.Time
	if t.UnmarshalJSON(quoted) != nil {
		return false
	}
	var buf [40]byte
	enc, err := t.AppendText(append(buf[:0], '"'))
	if err != nil || string(append(enc, '"')) != string(quoted) {
		return false
	}
	*(*time.Time)(p) = t
	return true
}

// pointerDec reads null (nil) or the value pointed to, into a new one;
// a pointer model.New set is not read this way (encoding/json would
// decode into what it points to).
func pointerDec(t reflect.Type) decPlan {
	elem := makeDec(t.Elem())
	if elem == nil {
		return nil
	}
	return func(d *canonDec, p unsafe.Pointer) bool {
		if *(*unsafe.Pointer)(p) != nil {
			return false
		}
		if d.prefix("null") {
			return true
		}
		nv := reflect.New(t.Elem())
		if !elem(d, nv.UnsafePointer()) {
			return false
		}
		*(*unsafe.Pointer)(p) = nv.UnsafePointer()
		return true
	}
}

// sliceDec reads null (nil), [] (empty, not nil) or the elements, into a
// slice of their number made at once; a slice model.New set is not read
// this way.
func sliceDec(t reflect.Type) decPlan {
	elem := makeDec(t.Elem())
	if elem == nil {
		return nil
	}
	size := t.Elem().Size()
	empty := reflect.MakeSlice(t, 0, 0)
	return func(d *canonDec, p unsafe.Pointer) bool {
		sv := reflect.NewAt(t, p).Elem()
		if !sv.IsNil() {
			return false
		}
		if d.prefix("null") {
			return true
		}
		if !d.byte('[') {
			return false
		}
		n := d.count()
		switch {
		case n < 0:
			return false
		case n == 0:
			sv.Set(empty)
			return d.byte(']')
		case uintptr(n)*size > 8*uintptr(len(d.b))+1024:
			return false // a line of commas: not made at once (the old way refuses it)
		}
		sv.Grow(n)
		sv.SetLen(n)
		base := sv.UnsafePointer()
		for i := range n {
			if i > 0 && !d.byte(',') || !elem(d, unsafe.Add(base, uintptr(i)*size)) {
				return false
			}
		}
		return d.byte(']')
	}
}

// count is how many values the array just opened holds, by its commas
// outside strings and nested values; -1 when it does not end. A count
// that is wrong for a line not canonical (a string with an escaped quote)
// only makes the reading of the values fail.
func (d *canonDec) count() int {
	b := d.b
	if d.i < len(b) && b[d.i] == ']' {
		return 0
	}
	depth, n := 0, 1
	for i := d.i; i < len(b); i++ {
		switch b[i] {
		case '"':
			j := bytes.IndexByte(b[i+1:], '"')
			if j < 0 {
				return -1
			}
			i += j + 1
		case '[', '{':
			depth++
		case ']', '}':
			if depth == 0 {
				return n
			}
			depth--
		case ',':
			if depth == 0 {
				n++
			}
		}
	}
	return -1
}
