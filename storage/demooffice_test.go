package storage

import (
	"bytes"
	"context"
	"io"
	"path/filepath"
	"testing"
	"time"

	"frontoffice/model"
	"frontoffice/model/demo"
)

// demoOffice is a store whose clock says now, holding the demo o makes
// (from this store's office), with the records made and the store's full
// bundle as a Source to import elsewhere. The store closes with the test.
func demoOffice(t *testing.T, now time.Time, o demo.Options) (a *Store, rs []model.Record, src Source) {
	t.Helper()
	a, err := OpenWith(filepath.Join(t.TempDir(), "a.db"), Options{Now: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Close() })
	o.Now, o.Origin = now, a.OfficeID()
	demo.Generate(o, func(r model.Record) error {
		rs = append(rs, r)
		return nil
	})
	if err := a.InsertBatch(rs); err != nil {
		t.Fatal(err)
	}
	var full bytes.Buffer
	if _, err := a.Export(context.Background(), &full, ExportOptions{Full: true}, nil); err != nil {
		t.Fatal(err)
	}
	src = Source{Name: "a.fob", Open: func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(full.Bytes())), nil }}
	return a, rs, src
}
