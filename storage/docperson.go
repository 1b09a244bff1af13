package storage

import (
	"bytes"
	"unicode/utf8"
)

// What an idea's search doc shows of its applicant (applicantsIn) is read
// from the person's stored JSON for every idea written: decoding the whole
// record for three fields was a tenth of an import's writer. Stored
// records are json.Marshal's output (canonical): flat objects of strings,
// numbers, booleans and arrays. docPersonFields reads the three fields by
// walking the top-level members, and answers only when the walk met
// nothing but that plain form: a key or a wanted value with an escape, a
// control byte or invalid UTF-8, a nested object, anything unexpected, and
// the caller decodes by unmarshalStored as before
// (TestDocPersonFieldsAgreesWithDecode).

// docPerson is what a doc needs of a person record.
type docPerson struct {
	Deleted  bool   `json:"deleted"`
	FullName string `json:"full_name"`
	Phone    string `json:"phone"`
}

// readDocPerson decodes v's docPerson fields.
func readDocPerson(v []byte) (docPerson, error) {
	if p, ok := docPersonFields(v); ok {
		return p, nil
	}
	var p docPerson
	err := unmarshalStored(v, &p)
	return p, err
}

// docPersonFields reads v's docPerson fields; ok false when v is not in
// the plain form it reads.
func docPersonFields(v []byte) (p docPerson, ok bool) {
	w := jsonWalk{b: v}
	if !w.byte('{') {
		return p, false
	}
	if w.peek() == '}' {
		return p, w.i+1 == len(v)
	}
	for {
		key, ok := w.plainString()
		if !ok || !w.byte(':') {
			return p, false
		}
		switch {
		case string(key) == "deleted":
			switch {
			case w.literal("true"):
				p.Deleted = true
			case w.literal("false"), w.literal("null"):
				p.Deleted = false
			default:
				return p, false
			}
		case string(key) == "full_name" || string(key) == "phone":
			var s string
			if !w.literal("null") {
				val, ok := w.plainString()
				if !ok {
					return p, false
				}
				s = string(val)
			} else if string(key) == "full_name" {
				s = p.FullName // null leaves a field as it was
			} else {
				s = p.Phone
			}
			if string(key) == "full_name" {
				p.FullName = s
			} else {
				p.Phone = s
			}
		case bytes.EqualFold(key, []byte("deleted")) || bytes.EqualFold(key, []byte("full_name")) ||
			bytes.EqualFold(key, []byte("phone")):
			return p, false // encoding/json would match it: not the plain form
		default:
			if !w.skipValue() {
				return p, false
			}
		}
		switch {
		case w.byte(','):
		case w.byte('}'):
			return p, w.i == len(v)
		default:
			return p, false
		}
	}
}

// jsonWalk reads plain canonical JSON (no white space).
type jsonWalk struct {
	b []byte
	i int
}

func (w *jsonWalk) peek() byte {
	if w.i < len(w.b) {
		return w.b[w.i]
	}
	return 0
}

// byte consumes c if it is next.
func (w *jsonWalk) byte(c byte) bool {
	if w.peek() == c {
		w.i++
		return true
	}
	return false
}

// literal consumes s if it is next.
func (w *jsonWalk) literal(s string) bool {
	if bytes.HasPrefix(w.b[w.i:], []byte(s)) {
		w.i += len(s)
		return true
	}
	return false
}

// plainString reads a string without escapes or control bytes, valid
// UTF-8, and returns its contents.
func (w *jsonWalk) plainString() ([]byte, bool) {
	if !w.byte('"') {
		return nil, false
	}
	rest := w.b[w.i:]
	end := bytes.IndexByte(rest, '"')
	if end < 0 {
		return nil, false
	}
	s := rest[:end]
	for _, c := range s {
		if c < 0x20 || c == '\\' {
			return nil, false
		}
	}
	w.i += end + 1
	return s, utf8.Valid(s)
}

// skipValue passes over a string (escapes allowed), a number, a literal or
// an array of those.
func (w *jsonWalk) skipValue() bool {
	switch c := w.peek(); {
	case c == '"':
		return w.skipString()
	case c == 't':
		return w.literal("true")
	case c == 'f':
		return w.literal("false")
	case c == 'n':
		return w.literal("null")
	case c == '-' || c >= '0' && c <= '9':
		return w.skipNumber()
	case c == '[':
		w.i++
		if w.byte(']') {
			return true
		}
		for {
			if w.peek() == '[' || !w.skipValue() {
				return false
			}
			if w.byte(']') {
				return true
			}
			if !w.byte(',') {
				return false
			}
		}
	}
	return false
}

// skipString passes over a string, escapes included.
func (w *jsonWalk) skipString() bool {
	w.i++ // the opening quote
	for {
		rest := w.b[w.i:]
		end := bytes.IndexByte(rest, '"')
		if end < 0 {
			return false
		}
		for j, c := range rest[:end] {
			if c < 0x20 {
				return false
			}
			if c == '\\' {
				w.i += j
				if !w.skipEscape() {
					return false
				}
				goto next // the quote found may be escaped: look again after the escape
			}
		}
		w.i += end + 1
		return true
	next:
	}
}

// skipEscape passes over one escape in a string (the backslash is next).
func (w *jsonWalk) skipEscape() bool {
	if w.i+1 >= len(w.b) {
		return false
	}
	switch w.b[w.i+1] {
	case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
		w.i += 2
		return true
	case 'u':
		if w.i+6 > len(w.b) {
			return false
		}
		for _, h := range w.b[w.i+2 : w.i+6] {
			if !(h >= '0' && h <= '9' || h >= 'a' && h <= 'f' || h >= 'A' && h <= 'F') {
				return false
			}
		}
		w.i += 6
		return true
	}
	return false
}

// skipNumber passes over a number: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
func (w *jsonWalk) skipNumber() bool {
	w.byte('-')
	if !w.byte('0') && !w.digits() {
		return false
	}
	if w.byte('.') && !w.digits() {
		return false
	}
	if w.byte('e') || w.byte('E') {
		if !w.byte('+') {
			w.byte('-')
		}
		return w.digits()
	}
	return true
}

// digits passes over one or more decimal digits.
func (w *jsonWalk) digits() bool {
	start := w.i
	for w.i < len(w.b) && w.b[w.i] >= '0' && w.b[w.i] <= '9' {
		w.i++
	}
	return w.i > start
}
