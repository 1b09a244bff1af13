package storage

import (
	"bytes"
	"unicode/utf8"
)

// An ideas file's phone book reads every person record for five of its
// fields (refPerson). go-json decoded each into a copy of the record it
// made first (it needs a NUL at the end): 0.13 of the book's 0.21 CPU-s
// for 100 000 people, before the import's writer could start. scanRef
// reads the five fields where they are, and checks the rest is JSON
// without decoding it.

// refFields is what the phone book and an idea's search doc need of a
// stored person: views into the record's bytes.
type refFields struct {
	id, mergedInto, fullName, phone []byte
	deleted                         bool
}

// refKeys are refPerson's JSON keys, as stored.
var refKeys = [...]string{"id", "deleted", "merged_into", "full_name", "phone"}

// scanRef reads f from the stored person record v. ok is false where it
// cannot be sure to read what encoding/json would into a refPerson: a
// string of these fields with an escape or that is not UTF-8, a value of
// another type, a key in another case, white space, or v not JSON. The
// caller then decodes v the usual way (unmarshalStored), which decides.
func scanRef(v []byte, f *refFields) (ok bool) {
	*f = refFields{}
	s := jsonScan{b: v}
	if !s.byte('{') {
		return false
	}
	if s.byte('}') {
		return s.end()
	}
	for {
		key, ok := s.plain()
		if !ok || !s.byte(':') {
			return false
		}
		switch string(key) {
		case "id":
			f.id, ok = s.text()
		case "merged_into":
			f.mergedInto, ok = s.text()
		case "full_name":
			f.fullName, ok = s.text()
		case "phone":
			f.phone, ok = s.text()
		case "deleted":
			f.deleted, ok = s.boolean()
		default:
			if foldsToRefKey(key) {
				return false // encoding/json would take it for that key
			}
			ok = s.value(0)
		}
		if !ok {
			return false
		}
		if s.byte('}') {
			return s.end()
		}
		if !s.byte(',') {
			return false
		}
	}
}

// foldsToRefKey reports whether encoding/json would take key, not one of
// refKeys, for one of them (it matches keys without regard to case).
func foldsToRefKey(key []byte) bool {
	for _, c := range key {
		if !('a' <= c && c <= 'z' || c == '_') {
			for _, k := range refKeys { // an upper case or non-ASCII letter may fold to one
				if bytes.EqualFold(key, []byte(k)) {
					return true
				}
			}
			return false
		}
	}
	return false // only lower case: equal or not at all
}

// jsonScan reads JSON as encoding/json writes it (no white space).
type jsonScan struct {
	b []byte
	i int
}

func (s *jsonScan) end() bool { return s.i == len(s.b) }

// byte reads c if it is next.
func (s *jsonScan) byte(c byte) bool {
	if s.i < len(s.b) && s.b[s.i] == c {
		s.i++
		return true
	}
	return false
}

// plain reads a string with no escape and no control character, as it is
// (possibly not UTF-8).
func (s *jsonScan) plain() ([]byte, bool) {
	if !s.byte('"') {
		return nil, false
	}
	start := s.i
	for ; s.i < len(s.b); s.i++ {
		switch c := s.b[s.i]; {
		case c == '"':
			s.i++
			return s.b[start : s.i-1], true
		case c == '\\' || c < 0x20:
			return nil, false
		}
	}
	return nil, false
}

// text reads a string whose decoded value is its bytes as they are.
func (s *jsonScan) text() ([]byte, bool) {
	t, ok := s.plain()
	return t, ok && utf8.Valid(t)
}

func (s *jsonScan) boolean() (bool, bool) {
	switch {
	case s.literal("true"):
		return true, true
	case s.literal("false"):
		return false, true
	}
	return false, false
}

func (s *jsonScan) literal(w string) bool {
	if bytes.HasPrefix(s.b[s.i:], []byte(w)) {
		s.i += len(w)
		return true
	}
	return false
}

// maxScanDepth bounds how deep value nests before scanRef gives up (and
// the usual decoder, with its own bound, decides).
const maxScanDepth = 64

// value reads any JSON value, checking it as encoding/json would.
func (s *jsonScan) value(depth int) bool {
	if s.i >= len(s.b) || depth > maxScanDepth {
		return false
	}
	switch c := s.b[s.i]; {
	case c == '"':
		return s.str()
	case c == '{':
		s.i++
		if s.byte('}') {
			return true
		}
		for {
			if !s.str() || !s.byte(':') || !s.value(depth+1) {
				return false
			}
			if s.byte('}') {
				return true
			}
			if !s.byte(',') {
				return false
			}
		}
	case c == '[':
		s.i++
		if s.byte(']') {
			return true
		}
		for {
			if !s.value(depth + 1) {
				return false
			}
			if s.byte(']') {
				return true
			}
			if !s.byte(',') {
				return false
			}
		}
	case c == 't':
		return s.literal("true")
	case c == 'f':
		return s.literal("false")
	case c == 'n':
		return s.literal("null")
	default:
		return s.number()
	}
}

// str reads any JSON string, escapes checked.
func (s *jsonScan) str() bool {
	if !s.byte('"') {
		return false
	}
	for s.i < len(s.b) {
		c := s.b[s.i]
		s.i++
		switch {
		case c == '"':
			return true
		case c < 0x20:
			return false
		case c == '\\':
			if s.i >= len(s.b) {
				return false
			}
			e := s.b[s.i]
			s.i++
			switch e {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
			case 'u':
				if s.i+4 > len(s.b) {
					return false
				}
				for _, h := range s.b[s.i : s.i+4] {
					if !isHex(h) {
						return false
					}
				}
				s.i += 4
			default:
				return false
			}
		}
	}
	return false
}

func isHex(c byte) bool { return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F' }

// number reads a JSON number: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
func (s *jsonScan) number() bool {
	s.byte('-')
	switch {
	case s.byte('0'):
	case s.digits() == 0:
		return false
	}
	if s.byte('.') && s.digits() == 0 {
		return false
	}
	if s.byte('e') || s.byte('E') {
		if !s.byte('+') {
			s.byte('-')
		}
		if s.digits() == 0 {
			return false
		}
	}
	return true
}

// digits reads 0–9 and says how many.
func (s *jsonScan) digits() int {
	start := s.i
	for s.i < len(s.b) && '0' <= s.b[s.i] && s.b[s.i] <= '9' {
		s.i++
	}
	return s.i - start
}

// refFieldsOf is f of the stored person v, read by scanRef or else decoded
// as unmarshalStored would (its strings then are copies); false where
// that fails.
func refFieldsOf(v []byte, f *refFields) bool {
	if scanRef(v, f) {
		return true
	}
	var p refPerson
	if unmarshalStored(v, &p) != nil {
		return false
	}
	*f = refFields{id: []byte(p.ID), mergedInto: []byte(p.MergedInto), fullName: []byte(p.FullName),
		phone: []byte(p.Phone), deleted: p.Deleted}
	return true
}

// isKey reports whether f's id is the record key key (idString(key)).
func (f *refFields) isKey(key []byte) bool {
	var buf [36]byte
	return len(key) == 16 && bytes.Equal(f.id, appendIDText(buf[:0], key))
}

// decodeRefPerson is unmarshalStored(v, p) for a stored person into a
// zero p, most often without decoding.
func decodeRefPerson(v []byte, p *refPerson) error {
	var f refFields
	if !scanRef(v, &f) {
		return unmarshalStored(v, p)
	}
	*p = refPerson{ID: string(f.id), Deleted: f.deleted, MergedInto: string(f.mergedInto),
		FullName: string(f.fullName), Phone: string(f.phone)}
	return nil
}
