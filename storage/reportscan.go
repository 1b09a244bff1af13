package storage

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
)

// The report reads a handful of top-level fields of every record. Decoding
// whole records with encoding/json spends most of its time on what the report
// skips (a consultation's notes, an idea's logframe and budget), so pickFields
// walks the record's JSON once, skipping values it is not asked for at the
// speed of bytes.IndexByte, and hands over only the wanted ones. Records are
// written by json.Marshal, so the JSON is valid; anything that does not look
// right is an error, never a guess.

var errBadJSON = errors.New("malformed record JSON")

// pickFields calls set with the index in keys and the raw value of every
// top-level field of the JSON object data whose name is one of keys.
func pickFields(data []byte, keys []string, set func(i int, raw []byte) error) error {
	i := skipSpace(data, 0)
	if i >= len(data) || data[i] != '{' {
		return errBadJSON
	}
	i = skipSpace(data, i+1)
	if i < len(data) && data[i] == '}' {
		return nil
	}
	for {
		if i >= len(data) || data[i] != '"' {
			return errBadJSON
		}
		end, err := skipString(data, i)
		if err != nil {
			return err
		}
		name := data[i+1 : end-1]
		i = skipSpace(data, end)
		if i >= len(data) || data[i] != ':' {
			return errBadJSON
		}
		i = skipSpace(data, i+1)
		vend, err := skipValue(data, i)
		if err != nil {
			return err
		}
		if bytes.IndexByte(name, '\\') < 0 { // our field names are plain ASCII
			for k, key := range keys {
				if string(name) == key {
					if err := set(k, data[i:vend]); err != nil {
						return fmt.Errorf("field %s: %w", key, err)
					}
					break
				}
			}
		}
		i = skipSpace(data, vend)
		if i >= len(data) {
			return errBadJSON
		}
		switch data[i] {
		case ',':
			i = skipSpace(data, i+1)
		case '}':
			return nil
		default:
			return errBadJSON
		}
	}
}

func skipSpace(data []byte, i int) int {
	for i < len(data) {
		switch data[i] {
		case ' ', '\t', '\n', '\r':
			i++
		default:
			return i
		}
	}
	return i
}

// skipString returns the index just after the string starting at data[i]
// ('"'). A quote preceded by an odd number of backslashes is escaped.
func skipString(data []byte, i int) (int, error) {
	i++
	for {
		j := bytes.IndexByte(data[i:], '"')
		if j < 0 {
			return 0, errBadJSON
		}
		i += j
		n := 0
		for k := i - 1; k >= 0 && data[k] == '\\'; k-- {
			n++
		}
		if n%2 == 0 {
			return i + 1, nil
		}
		i++
	}
}

// skipValue returns the index just after the value starting at data[i].
func skipValue(data []byte, i int) (int, error) {
	if i >= len(data) {
		return 0, errBadJSON
	}
	switch data[i] {
	case '"':
		return skipString(data, i)
	case '{', '[':
		depth := 0
		for i < len(data) {
			switch data[i] {
			case '"':
				end, err := skipString(data, i)
				if err != nil {
					return 0, err
				}
				i = end
				continue
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					return i + 1, nil
				}
			}
			i++
		}
		return 0, errBadJSON
	}
	// A number, true, false or null: up to the next delimiter.
	start := i
	for i < len(data) {
		switch data[i] {
		case ',', '}', ']', ' ', '\t', '\n', '\r':
			if i == start {
				return 0, errBadJSON
			}
			return i, nil
		}
		i++
	}
	return 0, errBadJSON
}

// rawString decodes a JSON string value: directly when it has no escapes
// (codes, ids, dates), else through encoding/json.
func rawString(raw []byte) (string, error) {
	if len(raw) >= 2 && raw[0] == '"' && raw[len(raw)-1] == '"' && bytes.IndexByte(raw, '\\') < 0 {
		return string(raw[1 : len(raw)-1]), nil
	}
	if string(raw) == "null" {
		return "", nil
	}
	var s string
	err := json.Unmarshal(raw, &s)
	return s, err
}

// setString is a set helper for a string-typed field.
func setString[T ~string](dst *T, raw []byte) error {
	s, err := rawString(raw)
	*dst = T(s)
	return err
}

// setStrings decodes a JSON array of strings (a consultation's services):
// directly when no element has escapes, else through encoding/json.
func setStrings[T ~string](dst *[]T, raw []byte) error {
	if bytes.IndexByte(raw, '\\') >= 0 || len(raw) < 2 || raw[0] != '[' {
		return json.Unmarshal(raw, dst)
	}
	*dst = (*dst)[:0]
	i := skipSpace(raw, 1)
	for i < len(raw) && raw[i] != ']' {
		if raw[i] != '"' {
			return json.Unmarshal(raw, dst)
		}
		end, err := skipString(raw, i)
		if err != nil {
			return err
		}
		*dst = append(*dst, T(raw[i+1:end-1]))
		i = skipSpace(raw, end)
		if i < len(raw) && raw[i] == ',' {
			i = skipSpace(raw, i+1)
		}
	}
	return nil
}
