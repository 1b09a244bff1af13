package hub_test

import (
	"bytes"
	"context"
	"testing"
	"time"

	"frontoffice/storage"
)

// TestReadBundleKeepsData: the hub keeps each record's Data as the reader
// hands it (no copy, stagingRow), so the reader must never write that
// memory again: every Data kept through a whole bundle of many chunks
// still holds, at the end, the bytes it held in its call.
func TestReadBundleKeepsData(t *testing.T) {
	dir := t.TempDir()
	s := demoOffice(t, dir, "Office A", 7, 300)
	f := export(t, s, dir, true)
	var kept, copies [][]byte
	_, _, _, err := storage.ReadBundle(context.Background(), storage.FileSource(f), nil, time.Now(), nil, func(r storage.BundleRecord) error {
		kept = append(kept, r.Data)
		copies = append(copies, bytes.Clone(r.Data))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(kept) < 1000 { // several of the reader's chunks (256 lines each)
		t.Fatalf("only %d records", len(kept))
	}
	for i := range kept {
		if !bytes.Equal(kept[i], copies[i]) {
			t.Fatalf("record %d changed after its call:\n%s\nwas\n%s", i, kept[i], copies[i])
		}
	}
}
