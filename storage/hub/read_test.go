package hub_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"reflect"
	"testing"
	"time"

	"frontoffice/storage"
	"frontoffice/storage/hub"
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

// TestRowMakerSameAsStagingRow: the rows of a bundle made by one rowMaker
// (cut from shared blocks, the kind and origin boxed once while they
// repeat) are, once all are made, each the row stagingRow makes of its
// record alone, with its own kind, origin, JSON and that JSON's SHA-256.
func TestRowMakerSameAsStagingRow(t *testing.T) {
	dir := t.TempDir()
	s := demoOffice(t, dir, "Office R", 11, 120)
	f := export(t, s, dir, true)
	var recs []storage.BundleRecord
	_, _, _, err := storage.ReadBundle(context.Background(), storage.FileSource(f), nil, time.Now(), nil, func(r storage.BundleRecord) error {
		recs = append(recs, r)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[any]bool{}
	for _, r := range recs {
		kinds[string(r.Record.Env().Kind)] = true
	}
	if len(recs) < 400 || len(kinds) < 4 { // several blocks of 128 rows, kinds in turn
		t.Fatalf("only %d records of %d kinds", len(recs), len(kinds))
	}
	made, alone := hub.StagingRows(recs)
	for i := range recs {
		if !reflect.DeepEqual(made[i], alone[i]) {
			t.Fatalf("row %d:\n%v\nalone:\n%v", i, made[i], alone[i])
		}
		env := recs[i].Record.Env()
		if made[i][1] != string(env.Kind) || made[i][6] != env.Origin || !bytes.Equal(made[i][9].([]byte), recs[i].Data) {
			t.Fatalf("row %d: kind %v, origin %v, not its record's (%s, %s) or not its JSON", i, made[i][1], made[i][6], env.Kind, env.Origin)
		}
		if sum := sha256.Sum256(recs[i].Data); !bytes.Equal(made[i][7].([]byte), sum[:]) {
			t.Fatalf("row %d: sha %x, its JSON's %x", i, made[i][7], sum)
		}
	}
}
