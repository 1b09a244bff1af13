package storage

import (
	"context"
	"time"

	"frontoffice/model"
	"frontoffice/storage/bundle"
)

// Small exported doors for the regional hub (storage/hub): it reads bundles
// and applies the rules exactly as an import here does, through these, and
// copies none of them.

// BundleRecord is one record line of a bundle, decoded and checked as an
// import checks it: its canonical JSON (what the history key hashes) and the
// line it came from.
type BundleRecord struct {
	Record model.Record
	// Data is the canonical JSON. The reader never writes its memory
	// again: the caller may keep it, and must not change it.
	Data []byte
	Line int
}

// ReadBundle reads src as an import's check does — gzip or age, line
// lengths, JSON, versions, every record's own checks (model Validate, ids,
// revs, clocks no more than a year after now), the trailer's count and hash
// and the signature against the key the manifest names — and hands every
// record to each in bundle order (each may be nil: check only). head sees
// the manifest before any record; a redacted bundle is refused. signed is
// true when the signature verified; whether that key is the office's is the
// caller's to decide, as Checked.Signer does here.
func ReadBundle(ctx context.Context, src Source, pass Passphrase, now time.Time, head func(bundle.Manifest) error,
	each func(BundleRecord) error) (m bundle.Manifest, t bundle.Trailer, signed bool, err error) {
	var fn func(d *decoded) error
	if each != nil {
		fn = func(d *decoded) error { return each(BundleRecord{Record: d.r, Data: d.data, Line: d.no}) }
	}
	// Store.readBundle's steps with a lean pipeline: the hub merges into
	// no store, so nothing is made ahead for one (index entries, folded
	// search texts), and no line buffer is used again (Data is kept).
	br, f, err := openBundleReader(src, pass)
	if err != nil {
		return m, t, false, err
	}
	defer f.Close()
	if m = br.Manifest; m.Redacted {
		return m, t, false, &bundle.Error{Line: 1, Reason: bundle.ReasonRedacted}
	}
	if head != nil {
		if err := head(m); err != nil {
			return m, t, false, err
		}
	}
	horizon := uint64(now.Add(maxFuture).UnixMilli()) << 16
	err = newPipeline(br, horizon, nil, each != nil, true).run(ctx, fn, func(br *bundle.Reader) { t, signed = br.Trailer, br.Signed })
	return m, t, signed, err
}

// ErasePerson is person revision data (canonical JSON) with its personal
// fields erased as withdrawn on day, as a withdrawal that reaches a store
// erases its history; changed is false when it was erased already.
func ErasePerson(data []byte, day model.Date) (erased []byte, changed bool, err error) {
	return erasePerson(data, day)
}

// Redact keeps of one record's JSON only what a redacted bundle keeps
// (export --redact).
func Redact(data []byte) ([]byte, error) { return redact(data) }

// FingerprintOf is the fingerprint of a key as a manifest writes it ("" when
// it is not one).
func FingerprintOf(key string) string { return fingerprintOf(key) }
