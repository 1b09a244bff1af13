package storage

// Office keys, the offices a consultant trusted, and hours that came
// unsigned (schema 12; docs/bundle.md, "Signature", "Trust" and "Unsigned
// bundles").
//
//	meta      signing_key → this office's Ed25519 private key (64 bytes). It never
//	                        leaves the store but in the store's backups: no bundle,
//	                        log, CSV or message holds it.
//	offices   office id (text) → JSON of a KnownOffice: the key a consultant
//	                        trusted for that office, and its last bundle
//	sync
//	  unverified  hours id (16 bytes) → hlc (u64 BE) + origin of the entry's
//	              revision that came in an unsigned bundle (or one a bundle
//	              listed as unverified): while it is the entry's current
//	              revision, its "verified" does not count here

import (
	"bytes"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"frontoffice/model"
	"frontoffice/storage/bundle"

	bolt "go.etcd.io/bbolt"
)

// migrateKeys (schema 12) gives the office its signing key and makes the
// buckets of trusted offices and of hours verified elsewhere, unsigned. A
// new store passes here too: every store has a key from its first opening.
func migrateKeys(tx *bolt.Tx) error {
	if _, err := tx.CreateBucketIfNotExists(bucketOffices); err != nil {
		return err
	}
	if _, err := tx.Bucket(bucketSync).CreateBucketIfNotExists(bucketUnverified); err != nil {
		return err
	}
	meta := tx.Bucket(bucketMeta)
	if len(meta.Get(keySigningKey)) == ed25519.PrivateKeySize {
		return nil
	}
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return err
	}
	return meta.Put(keySigningKey, priv)
}

// signingKey is this office's private key, read inside tx (a copy: bbolt's
// bytes are valid only during the transaction).
func signingKey(tx *bolt.Tx) (ed25519.PrivateKey, error) {
	v := tx.Bucket(bucketMeta).Get(keySigningKey)
	if len(v) != ed25519.PrivateKeySize {
		return nil, fmt.Errorf("the store has no signing key")
	}
	return ed25519.PrivateKey(bytes.Clone(v)), nil
}

// PublicKey is this office's public key, the one its bundles name.
func (s *Store) PublicKey() ed25519.PublicKey { return s.pub }

// Fingerprint is this office's key fingerprint (bundle.Fingerprint), the one
// another office checks before trusting its bundles.
func (s *Store) Fingerprint() string { return bundle.Fingerprint(s.pub) }

// KnownOffice is an office whose key a consultant here trusted.
type KnownOffice struct {
	ID        string    `json:"-"`
	Name      string    `json:"name"` // as its last bundle named it
	Key       string    `json:"key"`  // bundle.EncodeKey
	TrustedAt time.Time `json:"trusted_at"`
	TrustedBy string    `json:"trusted_by,omitempty"`
	// LastBundle is the created_at of its newest bundle imported here,
	// LastImport when that was, LastSHA256 its trailer hash.
	LastImport time.Time `json:"last_import,omitzero"`
	LastBundle time.Time `json:"last_bundle,omitzero"`
	LastSHA256 string    `json:"last_sha256,omitempty"`
}

// Fingerprint is the office's key fingerprint ("" when the key is unreadable).
func (o KnownOffice) Fingerprint() string { return fingerprintOf(o.Key) }

func fingerprintOf(key string) string {
	pub, err := bundle.DecodeKey(key)
	if err != nil {
		return ""
	}
	return bundle.Fingerprint(pub)
}

// KnownOffices lists the offices this store trusts, by name, then id.
func (s *Store) KnownOffices() ([]KnownOffice, error) {
	var out []KnownOffice
	err := s.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketOffices).ForEach(func(k, v []byte) error {
			var o KnownOffice
			if err := json.Unmarshal(v, &o); err != nil {
				return fmt.Errorf("offices/%s: %w", k, err)
			}
			o.ID = string(k)
			out = append(out, o)
			return nil
		})
	})
	slices.SortFunc(out, func(a, b KnownOffice) int {
		if c := strings.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name)); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
	return out, err
}

func knownOffice(tx *bolt.Tx, id string) (*KnownOffice, error) {
	v := tx.Bucket(bucketOffices).Get([]byte(id))
	if v == nil {
		return nil, nil
	}
	o := &KnownOffice{ID: id}
	if err := json.Unmarshal(v, o); err != nil {
		return nil, fmt.Errorf("offices/%s: %w", id, err)
	}
	return o, nil
}

func putKnownOffice(tx *bolt.Tx, o *KnownOffice) error {
	v, err := json.Marshal(o)
	if err != nil {
		return err
	}
	return tx.Bucket(bucketOffices).Put([]byte(o.ID), v)
}

// SignerState is what this store knows of the office that signed a bundle.
type SignerState int

// Signer states.
const (
	SignerKnown    SignerState = iota // an office trusted here, with the key trusted
	SignerOwn                         // this office, with its own key
	SignerNew                         // an office not known here: a consultant must trust it first
	SignerUnsigned                    // no signature (format 1, or none in the trailer)
)

// Signer is who signed a bundle, as CheckForImport found it.
type Signer struct {
	OfficeID    string
	Name        string // as the bundle's manifest names it
	Key         string // bundle.EncodeKey; "" when unsigned
	Fingerprint string // bundle.Fingerprint; "" when unsigned
	State       SignerState
}

// TrustReason says why a bundle was refused for who signed it.
type TrustReason string

// Reasons a bundle is refused for its signer.
const (
	TrustUnknown    TrustReason = "unknown_office" // an office not trusted yet (import --trust)
	TrustKeyChanged TrustReason = "key_changed"    // a known office id under another key
	TrustOwnOffice  TrustReason = "own_office"     // this office's id, not signed by this office's key
	TrustUnsigned   TrustReason = "unsigned"       // no signature (import --allow-unsigned)
)

// TrustError is a bundle refused for who signed it; the store is unchanged.
type TrustError struct {
	Reason TrustReason
	Signer Signer
	// KnownFingerprint is the fingerprint trusted here for the bundle's
	// office (TrustKeyChanged, TrustOwnOffice).
	KnownFingerprint string
}

func (e *TrustError) Error() string {
	s := fmt.Sprintf("bundle refused (%s): office %s %q", e.Reason, e.Signer.OfficeID, e.Signer.Name)
	if e.Signer.Fingerprint != "" {
		s += ", key " + e.Signer.Fingerprint
	}
	if e.KnownFingerprint != "" {
		s += ", key known here " + e.KnownFingerprint
	}
	return s
}

// AsTrustError finds a TrustError in err's chain.
func AsTrustError(err error) (*TrustError, bool) {
	var e *TrustError
	ok := errors.As(err, &e)
	return e, ok
}

// signerOf works out who signed a bundle with manifest m (signed: its
// signature verified with the key m names) and what this store knows of
// them. A bundle that claims this office's id without this office's key, or
// a known office's id with another key, is refused here, whatever the
// consultant would allow.
func (s *Store) signerOf(tx *bolt.Tx, m bundle.Manifest, signed bool) (Signer, error) {
	sg := Signer{OfficeID: m.Origin.ID, Name: m.Origin.Name, State: SignerUnsigned}
	if signed {
		sg.Key, sg.Fingerprint = m.Origin.Key, fingerprintOf(m.Origin.Key)
	}
	if m.Origin.ID == s.officeID {
		if !signed || sg.Key != bundle.EncodeKey(s.pub) {
			return sg, &TrustError{Reason: TrustOwnOffice, Signer: sg, KnownFingerprint: s.Fingerprint()}
		}
		sg.State = SignerOwn
		return sg, nil
	}
	if !signed {
		return sg, nil
	}
	known, err := knownOffice(tx, m.Origin.ID)
	switch {
	case err != nil:
		return sg, err
	case known == nil:
		sg.State = SignerNew
	case known.Key != sg.Key:
		return sg, &TrustError{Reason: TrustKeyChanged, Signer: sg, KnownFingerprint: known.Fingerprint()}
	default:
		sg.State = SignerKnown
	}
	return sg, nil
}

// Permitted reports whether the consultant's answers let c be merged: an
// office seen for the first time needs TrustNew, an unsigned bundle
// AllowUnsigned. MergeChecked asks again before it merges.
func (c *Checked) Permitted() error {
	switch {
	case c.Signer.State == SignerNew && !c.TrustNew:
		return &TrustError{Reason: TrustUnknown, Signer: c.Signer}
	case c.Signer.State == SignerUnsigned && !c.AllowUnsigned:
		return &TrustError{Reason: TrustUnsigned, Signer: c.Signer}
	}
	return nil
}

// trustSigner writes down, before the merge, that a consultant trusted the
// office that signed c (its first bundle here).
func (s *Store) trustSigner(c *Checked) error {
	if c.Signer.State != SignerNew {
		return nil
	}
	return s.db.Update(func(tx *bolt.Tx) error {
		known, err := knownOffice(tx, c.Signer.OfficeID)
		if err != nil || known != nil {
			return err // trusted meanwhile (with the same key: signerOf was asked again)
		}
		return putKnownOffice(tx, &KnownOffice{ID: c.Signer.OfficeID, Name: c.Signer.Name, Key: c.Signer.Key,
			TrustedAt: s.now().UTC().Truncate(time.Second), TrustedBy: s.Actor()})
	})
}

// noteBundle records, in the transaction of an import's last batch, the
// bundle as the signing office's last one, unless it is the one recorded or
// older (two bundles made in the same second both count): the same bundle
// imported again, or an older one found on a stick after a newer, moved
// "last bundle" and "imported" (`offices`) as if fresher data had come.
func (s *Store) noteBundle(tx *bolt.Tx, c *Checked) error {
	if c.Signer.State != SignerKnown && c.Signer.State != SignerNew {
		return nil
	}
	o, err := knownOffice(tx, c.Signer.OfficeID)
	if err != nil || o == nil || o.Key != c.Signer.Key {
		return err
	}
	if c.Trailer.SHA256 == o.LastSHA256 || c.Manifest.CreatedAt.Before(o.LastBundle) {
		return nil // the same bundle again, or an older one
	}
	if c.Signer.Name != "" {
		o.Name = c.Signer.Name
	}
	o.LastImport = s.now().UTC().Truncate(time.Second)
	o.LastBundle, o.LastSHA256 = c.Manifest.CreatedAt, c.Trailer.SHA256
	return putKnownOffice(tx, o)
}

// TrustOffice trusts the key (bundle.EncodeKey) of the office id, as a
// consultant answering the first bundle's question does. For tests and
// tools that set offices up; it refuses to change a key already trusted.
func (s *Store) TrustOffice(id, name string, key ed25519.PublicKey) error {
	enc := bundle.EncodeKey(key)
	return s.db.Update(func(tx *bolt.Tx) error {
		known, err := knownOffice(tx, id)
		if err != nil {
			return err
		}
		if known != nil {
			if known.Key != enc {
				return &TrustError{Reason: TrustKeyChanged, Signer: Signer{OfficeID: id, Name: name, Key: enc, Fingerprint: bundle.Fingerprint(key)}, KnownFingerprint: known.Fingerprint()}
			}
			return nil
		}
		return putKnownOffice(tx, &KnownOffice{ID: id, Name: name, Key: enc, TrustedAt: s.now().UTC().Truncate(time.Second), TrustedBy: s.Actor()})
	})
}

// markUnverified notes that h, now the current revision of its entry, is
// verified elsewhere but came unsigned: it counts as pending here until a
// consultant here verifies it (a new revision).
func markUnverified(tx *bolt.Tx, key []byte, h *model.Hours) error {
	v := binary.BigEndian.AppendUint64(nil, h.HLC)
	return tx.Bucket(bucketSync).Bucket(bucketUnverified).Put(key, append(v, h.Origin...))
}

// unverifiedHere is the set of hours ids whose current revision is verified
// but marked (markUnverified): verified at another office, not here. Empty
// (nil) in a store that never imported an unsigned bundle.
func unverifiedHere(tx *bolt.Tx) map[string]bool {
	ub := tx.Bucket(bucketSync).Bucket(bucketUnverified)
	if ub == nil {
		return nil
	}
	var out map[string]bool
	recs := tx.Bucket(bucketRecords).Bucket([]byte(model.KindHours))
	ub.ForEach(func(k, v []byte) error {
		cur := recs.Get(k)
		if cur == nil || len(v) < 8 {
			return nil
		}
		r, err := decode(model.KindHours, cur)
		if err != nil {
			return nil
		}
		h := r.(*model.Hours)
		if h.Status == "verified" && h.HLC == binary.BigEndian.Uint64(v[:8]) && h.Origin == string(v[8:]) {
			if out == nil {
				out = map[string]bool{}
			}
			out[h.ID] = true
		}
		return nil
	})
	return out
}

// asVerifiedHere shows h as this office sees it: an entry in unverified
// (unverifiedHere) is pending, with nobody here having verified it.
func asVerifiedHere(unverified map[string]bool, h *model.Hours) {
	if unverified[h.ID] {
		h.Status, h.VerifiedBy, h.VerifiedAt = "pending", "", time.Time{}
	}
}

// UnverifiedHere reports whether the hours entry id is verified at another
// office but came in an unsigned bundle: it is shown and counted as pending
// until a consultant here verifies it.
func (s *Store) UnverifiedHere(id string) bool { return s.HoursUnverifiedHere()[id] }

// HoursUnverifiedHere is the set of hours ids UnverifiedHere is true of
// (nil when none), for a caller listing entries itself.
func (s *Store) HoursUnverifiedHere() map[string]bool {
	var set map[string]bool
	s.db.View(func(tx *bolt.Tx) error {
		set = unverifiedHere(tx)
		return nil
	})
	return set
}

// AsVerifiedHere shows h as this office counts it: an entry in unverified
// (HoursUnverifiedHere) as pending, with nobody named as verifying it.
func AsVerifiedHere(unverified map[string]bool, h *model.Hours) { asVerifiedHere(unverified, h) }

// unverifiedToExport are the ids, sorted, of the hours entries an export
// from since carries whose current revision is unverified here: the bundle
// lists them so the offices reading it do not count them either.
func unverifiedToExport(tx *bolt.Tx, since uint64) []string {
	set := unverifiedHere(tx)
	if len(set) == 0 {
		return nil
	}
	changed := tx.Bucket(bucketSync).Bucket(bucketChanged)
	var out []string
	for id := range set {
		key, err := idKey(id)
		if err != nil {
			continue
		}
		if seq := changed.Get(syncKey(model.KindHours, key)); len(seq) == 8 && getU64Bytes(seq) > since {
			out = append(out, id)
		}
	}
	slices.Sort(out)
	return out
}

// checkKeys reports a missing or broken signing key, trusted offices that
// cannot be read, and marks of unverified hours with bad keys.
func checkKeys(tx *bolt.Tx, add func(string, ...any)) {
	v := tx.Bucket(bucketMeta).Get(keySigningKey)
	if len(v) != ed25519.PrivateKeySize {
		add("meta: no signing key")
	} else if !bytes.Equal(ed25519.NewKeyFromSeed(v[:ed25519.SeedSize]), v) {
		add("meta: the signing key's halves do not match")
	}
	ob := tx.Bucket(bucketOffices)
	if ob == nil {
		add("offices: missing bucket")
		return
	}
	ob.ForEach(func(k, v []byte) error {
		var o KnownOffice
		if err := json.Unmarshal(v, &o); err != nil {
			add("offices/%s: %v", k, err)
		} else if _, err := bundle.DecodeKey(o.Key); err != nil {
			add("offices/%s: key: %v", k, err)
		}
		return nil
	})
	ub := tx.Bucket(bucketSync).Bucket(bucketUnverified)
	if ub == nil {
		add("sync/unverified: missing bucket")
		return
	}
	ub.ForEach(func(k, v []byte) error {
		if len(k) != 16 || len(v) < 8 {
			add("sync/unverified: bad entry %x", k)
		}
		return nil
	})
}
