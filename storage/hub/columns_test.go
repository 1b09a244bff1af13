package hub

import (
	"encoding/hex"
	"math/rand/v2"
	"strings"
	"testing"

	"frontoffice/model"
)

// TestUUIDValRoundTrip: a record id goes to COPY as its 16 bytes and reads
// back as the same text; anything else stays text (the server judges it).
func TestUUIDValRoundTrip(t *testing.T) {
	for range 100 {
		id := model.NewID()
		v := uuidVal(id)
		if _, ok := v.([16]byte); !ok {
			t.Fatalf("%s: not 16 bytes", id)
		}
		if got := idString(v); got != id {
			t.Fatalf("idString(uuidVal(%s)) = %s", id, got)
		}
	}
	for _, s := range []string{"", "office-1", "0123456789ABCDEF0123456789ABCDEF0123"} {
		if v := uuidVal(s); v != s || idString(v) != s {
			t.Fatalf("uuidVal(%q) = %v", s, v)
		}
	}
}

// TestUUIDValIsValidID: uuidVal takes exactly what model.ValidID takes, as
// the 16 bytes the id's hex digits say, and gives any other string back.
func TestUUIDValIsValidID(t *testing.T) {
	rng := rand.New(rand.NewPCG(22, 11))
	const alphabet = "0123456789abcdefABCDEFg-x\x00é"
	ids := []string{"0b7e6a52-1c1f-4e3a-9a57-0c5f3e0f2a11", "ffffffff-ffff-ffff-ffff-ffffffffffff", "", "0b7e6a52-1c1f-4e3a-9a57-0c5f3e0f2a1",
		"0B7E6A52-1C1F-4E3A-9A57-0C5F3E0F2A11", "0b7e6a52x1c1f-4e3a-9a57-0c5f3e0f2a11", "0b7e6a521c1f-4e3a-9a57-0c5f3e0f2a11-"}
	for range 100_000 {
		b := []byte("0b7e6a52-1c1f-4e3a-9a57-0c5f3e0f2a11")
		for range rng.IntN(3) {
			b[rng.IntN(len(b))] = alphabet[rng.IntN(len(alphabet))]
		}
		ids = append(ids, string(b))
	}
	for _, id := range ids {
		v := uuidVal(id)
		u, ok := v.([16]byte)
		if ok != model.ValidID(id) {
			t.Fatalf("uuidVal(%q) = %v, ValidID %v", id, v, model.ValidID(id))
		}
		if !ok {
			if v != any(id) {
				t.Fatalf("uuidVal(%q) = %v, want the string back", id, v)
			}
			continue
		}
		if want := strings.ReplaceAll(id, "-", ""); hex.EncodeToString(u[:]) != want {
			t.Fatalf("uuidVal(%q) = %x", id, u)
		}
	}
}
