package storage

import (
	"bytes"
	"encoding/json"
	"errors"
	"sync"

	"frontoffice/model"

	gojson "github.com/goccy/go-json"
)

// Decoding JSON is most of an import's work. encoding/json reads every byte
// twice (a validity scan, then the decode) and by reflection; goccy/go-json
// decodes in one pass, about three times faster. But it is not the same
// reader: it reads past some invalid JSON and matches keys differently.
// So its result is used only where it is proven to be what encoding/json
// would read: when encoding the record again gives back the very bytes read.
// Such a line is this program's canonical form of the record (which is what
// bundles hold, line for line), hence valid JSON, and encoding/json decodes
// it to a record that encodes the same. Any other line is read by
// encoding/json alone. FuzzUnmarshalMatchesStd holds the two together.
//
// goccy's strings share one copy of the input, so a record decoded this way
// keeps all of it alive while any of its strings lives: right for a record
// merged and dropped.

// decodeCanonical decodes data into a new record of kind k and returns it
// with its canonical JSON; canon says data was that JSON already. err is
// encoding/json's, for data it refuses.
func decodeCanonical(k model.Kind, data []byte) (r model.Record, enc []byte, canon bool, err error) {
	if r, ok := decodeOnePass(k, data); ok { // canon_decode.go
		return r, data, true, nil
	}
	return decodeCanonicalTwice(k, data)
}

// decodeCanonicalTwice is decodeCanonical by goccy and the canon plan's
// re-encoding (or encoding/json): for lines the one pass does not read.
func decodeCanonicalTwice(k model.Kind, data []byte) (r model.Record, enc []byte, canon bool, err error) {
	r = model.New(k)
	if goccyUnmarshal(data, r) == nil && encodesTo(r, data) {
		return r, data, true, nil
	}
	r = model.New(k) // nothing of the fast try is kept
	if err := json.Unmarshal(data, r); err != nil {
		return nil, nil, false, err
	}
	enc, err = json.Marshal(r)
	return r, enc, false, err
}

// encodesTo reports whether json.Marshal(r) would give data, encoding into
// a buffer used again (an import proves this of every line): by the type's
// plan (canon.go), or by encoding/json for a type without one.
func encodesTo(r model.Record, data []byte) bool {
	bp := encBufs.Get().(*[]byte)
	b, ok := appendCanonical((*bp)[:0], r)
	var same bool
	if ok {
		same = bytes.Equal(b, data)
	} else {
		same = stdEncodesTo(r, data)
	}
	if cap(b) <= 1<<20 { // an odd huge record's buffer is not kept
		*bp = b
		encBufs.Put(bp)
	}
	return same
}

// stdEncodesTo is encodesTo by encoding/json alone.
func stdEncodesTo(r model.Record, data []byte) bool {
	var buf bytes.Buffer
	return json.NewEncoder(&buf).Encode(r) == nil && bytes.Equal(bytes.TrimSuffix(buf.Bytes(), []byte("\n")), data)
}

var encBufs = sync.Pool{New: func() any { return new([]byte) }}

// decodeKnownCanonical decodes data, known to be the canonical JSON of a
// record of kind k (decodeCanonical said so of the same bytes), into a new
// record.
func decodeKnownCanonical(k model.Kind, data []byte) (model.Record, error) {
	if r, ok := decodeOnePass(k, data); ok {
		return r, nil
	}
	r := model.New(k)
	if err := goccyUnmarshal(data, r); err != nil {
		r = model.New(k)
		return r, json.Unmarshal(data, r)
	}
	return r, nil
}

// unmarshalStored decodes a record as stored (canonical JSON, so valid) into
// v, which may take only some of its fields. Its strings never point into
// data (go-json decodes from its own copy), so data may be bbolt's memory.
func unmarshalStored(data []byte, v any) error {
	if goccyUnmarshal(data, v) != nil {
		return json.Unmarshal(data, v)
	}
	return nil
}

// goccyUnmarshal is goccy's Unmarshal where it is safe. On an escape in
// an object key it steps one byte too far, so an escape in a key at the
// very end of data makes it read past its copy of the data (FuzzScanRef
// found `{"\0` and `{"\*` into a refPerson: sometimes "index out of
// range", under -race a fatal checkptr error). Data with a backslash in its
// last 8 bytes is not given to it (a stored record ends so only when its
// last field is a text with an escape: read by encoding/json, only more
// slowly), and a panic it gives on other data is an error; every caller
// then reads the data by encoding/json, which decides.
func goccyUnmarshal(data []byte, v any) (err error) {
	if bytes.IndexByte(data[max(0, len(data)-8):], '\\') >= 0 {
		return errGoccyUnsafe
	}
	defer func() {
		if recover() != nil {
			err = errGoccyUnsafe
		}
	}()
	return gojson.Unmarshal(data, v)
}

var errGoccyUnsafe = errors.New("not for go-json")

// encodeRecord is json.Marshal(r), the JSON every record is stored as: by
// the type's plan (canon.go), which writes the same bytes (BenchmarkWriteCost:
// 0.80 against 0.92 CPU-s for 200 000 demo people and ideas; most of either
// is checking the Cyrillic text), or by encoding/json for a type without
// one or a value the plan leaves to it. Every record written
// passes here (putRecord, putHistory, a bulk load's and an import's
// writers); TestEncodeRecordIsMarshal.
func encodeRecord(r model.Record) ([]byte, error) {
	bp := encBufs.Get().(*[]byte)
	b, ok := appendCanonical((*bp)[:0], r)
	var out []byte
	if ok {
		out = bytes.Clone(b) // bbolt keeps the value until the commit
	}
	if cap(b) <= 1<<20 {
		*bp = b
		encBufs.Put(bp)
	}
	if !ok {
		return json.Marshal(r)
	}
	return out, nil
}
