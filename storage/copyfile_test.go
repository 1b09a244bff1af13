package storage

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"frontoffice/model"

	bolt "go.etcd.io/bbolt"
)

// copyStore's file is byte for byte what bbolt's WriteTo writes through a
// plain writer (on Linux the pages go through the kernel's copy), and it
// opens as a store holding the same people.
func TestCopyStoreSameAsWriteTo(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(filepath.Join(dir, "store.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for i := range 300 { // some pages, past the meta pages and the first leaf
		p := model.New(model.KindPerson).(*model.Person)
		p.FullName = fmt.Sprintf("Адам %d %s", i, strings.Repeat("ә", i%50))
		p.Phone, p.Region = fmt.Sprintf("+7701%07d", i), "almaty"
		p.Consent, p.ConsentMethod, p.ConsentAt = true, "paper", "2026-02-13"
		if err := s.Create(p); err != nil {
			t.Fatal(err)
		}
	}
	copyPath := filepath.Join(dir, "copy.db")
	if _, err := copyStore(s, copyPath); err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	if err := s.db.View(func(tx *bolt.Tx) error { _, err := tx.WriteTo(&want); return err }); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(copyPath)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want.Bytes()) {
		t.Fatalf("the copy differs from WriteTo's: %d bytes against %d", len(got), want.Len())
	}
	c, err := Open(copyPath)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if n, err := c.Count(model.KindPerson); err != nil || n != 300 {
		t.Errorf("the copy holds %d people (%v), want 300", n, err)
	}
}
