package hub

import (
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
