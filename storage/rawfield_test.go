package storage

import (
	"encoding/json"
	"testing"

	"frontoffice/model"
)

// TestRawOrigin: the origin read off a stored record's JSON is the
// envelope's, also when a text field holds what looks like an origin.
func TestRawOrigin(t *testing.T) {
	c := model.New(model.KindConsultation).(*model.Consultation)
	c.ID, c.Origin = model.NewID(), "01a2-office"
	c.Notes = `"origin":"forged" and {"origin":"x"}`
	v, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	if o, ok := rawOrigin(v); !ok || o != "01a2-office" {
		t.Errorf("rawOrigin = %q, %v", o, ok)
	}
	c.Origin = ""
	v, _ = json.Marshal(c)
	if o, ok := rawOrigin(v); ok && o != "" {
		t.Errorf("no origin, yet %q", o)
	}
}
