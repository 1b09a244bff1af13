package bundle

import (
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"strings"
)

// Signatures (format_version 2; docs/bundle.md, "Signature"). The office
// that writes a bundle signs, with its Ed25519 key, the message
//
//	"frontoffice-bundle-signature-v2\n" + origin.id + "\n" + origin.key + "\n" + trailer.sha256 + "\n"
//
// (origin.key as the manifest writes it, trailer.sha256 as the trailer
// writes it: lower-case hex). The trailer's sha256 already covers every byte
// before the trailer, the manifest with its origin and key included, so a
// reader verifies while it streams: one hash it computes anyway, one
// signature check at the end.

// SignContext starts every signed message: a signature made for anything
// else never verifies as a bundle's.
const SignContext = "frontoffice-bundle-signature-v2\n"

// SignedMessage is what the office o signs for a bundle whose trailer hash
// is sha256hex.
func SignedMessage(o Origin, sha256hex string) []byte {
	return []byte(SignContext + o.ID + "\n" + o.Key + "\n" + sha256hex + "\n")
}

// Sign is the trailer's signature of a bundle by key, written by office o
// (o.Key must be key's public half, as NewWriter sets it).
func Sign(key ed25519.PrivateKey, o Origin, sha256hex string) string {
	return base64.StdEncoding.EncodeToString(ed25519.Sign(key, SignedMessage(o, sha256hex)))
}

// Verify reports whether sig is o's signature of the bundle whose trailer
// hash is sha256hex, made with the key the manifest names.
func Verify(o Origin, sha256hex, sig string) bool {
	pub, err := DecodeKey(o.Key)
	if err != nil {
		return false
	}
	raw, err := base64.StdEncoding.DecodeString(sig)
	if err != nil || len(raw) != ed25519.SignatureSize {
		return false
	}
	return ed25519.Verify(pub, SignedMessage(o, sha256hex), raw)
}

// EncodeKey writes a public key as the manifest does: standard base64 of its
// 32 bytes.
func EncodeKey(pub ed25519.PublicKey) string { return base64.StdEncoding.EncodeToString(pub) }

// DecodeKey reads a public key as EncodeKey writes it.
func DecodeKey(s string) (ed25519.PublicKey, error) {
	raw, err := base64.StdEncoding.DecodeString(s)
	if err != nil || len(raw) != ed25519.PublicKeySize {
		return nil, errors.New("not an Ed25519 public key (base64 of 32 bytes)")
	}
	return ed25519.PublicKey(raw), nil
}

// Fingerprint is how people compare a key, read aloud on the phone: the
// first 16 hex digits of the SHA-256 of its 32 bytes, in groups of four
// ("3f1a 09c2 77de 5b40").
func Fingerprint(pub ed25519.PublicKey) string {
	sum := sha256.Sum256(pub)
	h := hex.EncodeToString(sum[:8])
	return strings.Join([]string{h[0:4], h[4:8], h[8:12], h[12:16]}, " ")
}
