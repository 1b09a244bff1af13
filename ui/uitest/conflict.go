package uitest

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/storage"
)

// InConflict puts record (kind, id) of s in conflict: another office, an
// hour ahead, takes it from s's bundle and saves it again while s does too;
// s then imports the other office's bundle. The other version wins. The
// other office is named "Астана".
func InConflict(t testing.TB, s *storage.Store, kind model.Kind, id string) {
	t.Helper()
	now := time.Now()
	other := OpenStore(t, now.Add(time.Hour))
	o, err := other.Office()
	if err != nil {
		t.Fatal(err)
	}
	o.Name = "Астана"
	if err := other.SaveOffice(o); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	pass := func(from, to *storage.Store, name string) {
		t.Helper()
		path := filepath.Join(dir, name)
		if _, err := from.ExportFile(context.Background(), path, storage.ExportOptions{}, nil); err != nil {
			t.Fatal(err)
		}
		if _, err := to.ImportBundle(context.Background(), storage.FileSource(path), nil, storage.ImportOptions{Trust: true}, nil); err != nil {
			t.Fatal(err)
		}
	}
	pass(s, other, "to-other.fob")
	for _, st := range []*storage.Store{other, s} {
		r, err := st.Get(kind, id)
		if err != nil {
			t.Fatal(err)
		}
		if err := st.Update(r); err != nil {
			t.Fatal(err)
		}
	}
	pass(other, s, "back.fob")
	if !s.InConflict(kind, id) {
		t.Fatalf("%s %s is not in conflict", kind, id)
	}
}
