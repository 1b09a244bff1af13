package storage

import (
	"bytes"

	"frontoffice/model"
)

// A big import's writer (bigSave.flush) kept one core busy with what it had
// to do for each new record, and the reading waited for it (issue 23 item
// 1: 0.6–1.4 s of an import of 100 000 rows). Most of a new record's JSON
// is its body, the fields after the envelope, which the writer does not
// change: it stamps the envelope alone (saveOneWith). So the goroutine
// that fills the batches encodes the body ahead (preBody), and the writer
// encodes the stamped envelope and puts the body after it (withBody): the
// same bytes as encodeRecord (TestWithBodyIsEncodeRecord).

// preBody is r's JSON after its envelope's fields, from the "," before the
// first body field (or the closing "}" of a record with none) to the end;
// nil when r is encoded otherwise (a type without a plan), and then the
// writer encodes all of it. r's envelope may change afterwards, its body
// may not.
func preBody(r model.Record) []byte {
	bp := encBufs.Get().(*[]byte)
	buf, envOK := appendCanonical((*bp)[:0], r.Env())
	n := len(buf)
	buf, ok := appendCanonical(buf, r)
	var body []byte
	if envOK && ok && n >= 2 && buf[n-1] == '}' {
		head, full := buf[:n-1], buf[n:] // the envelope's fields, without its "}"; the record
		if rest, found := bytes.CutPrefix(full, head); found && len(rest) > 0 && (rest[0] == ',' || rest[0] == '}') {
			body = bytes.Clone(rest)
		}
	}
	if cap(buf) <= 1<<20 { // an odd huge record's buffer is not kept
		*bp = buf
		encBufs.Put(bp)
	}
	return body
}

// withBody is encodeRecord(r) for r whose body preBody encoded: r's
// envelope as it is now, then body.
func withBody(r model.Record, body []byte) ([]byte, error) {
	env, ok := appendCanonical(make([]byte, 0, 256+len(body)), r.Env())
	if !ok || len(env) < 2 || env[len(env)-1] != '}' {
		return encodeRecord(r)
	}
	return append(env[:len(env)-1], body...), nil
}
