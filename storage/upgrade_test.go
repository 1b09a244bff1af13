package storage

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"

	"frontoffice/model"

	bolt "go.etcd.io/bbolt"
)

// testdata/schemas holds a small store made by each released schema (the
// program of that commit ran `demo --ideas 40 --people 40 --seed 7`):
// v2 (the first with a demo), v3, v4, v5, v6, v8 (7 and 8 came together), v9,
// v11 (10 was never released).
// A store of every one must open, migrate to the current schema, pass check
// and keep every record and history entry exactly as it was; since schema 12
// it also gets its office's signing key, made once and kept.

func unpackStore(t *testing.T, gz string) string {
	t.Helper()
	f, err := os.Open(gz)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "old.db")
	out, err := os.OpenFile(db, os.O_CREATE|os.O_WRONLY, 0o600)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(out, zr); err != nil {
		t.Fatal(err)
	}
	if err := out.Close(); err != nil {
		t.Fatal(err)
	}
	return db
}

// rawRecords reads every record and history value of a store as it lies on
// disk, by bucket path, without this program's decoding.
func rawRecords(t *testing.T, db string) map[string][]byte {
	t.Helper()
	bdb, err := bolt.Open(db, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer bdb.Close()
	out := map[string][]byte{}
	err = bdb.View(func(tx *bolt.Tx) error {
		for _, top := range [][]byte{bucketRecords, bucketHistory} {
			b := tx.Bucket(top)
			if b == nil {
				continue
			}
			err := b.ForEachBucket(func(kind []byte) error {
				return b.Bucket(kind).ForEach(func(k, v []byte) error {
					out[string(top)+"/"+string(kind)+"/"+string(k)] = append([]byte(nil), v...)
					return nil
				})
			})
			if err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// sameFields reports the first field of old whose value differs in new
// (fields new added are fine: migrations may add, never change or drop).
func sameFields(old, new []byte) string {
	var o, n map[string]any
	if json.Unmarshal(old, &o) != nil || json.Unmarshal(new, &n) != nil {
		return "not JSON"
	}
	keys := make([]string, 0, len(o))
	for k := range o {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if !reflect.DeepEqual(o[k], n[k]) {
			return k
		}
	}
	return ""
}

func TestEveryReleasedSchemaUpgrades(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "schemas", "v*.db.gz"))
	if err != nil || len(files) < 8 {
		t.Fatalf("the stores of the released schemas are missing: %v %v", files, err)
	}
	for _, gz := range files {
		name := strings.TrimSuffix(filepath.Base(gz), ".db.gz")
		t.Run(name, func(t *testing.T) {
			want, _ := strconv.Atoi(strings.TrimPrefix(name, "v"))
			db := unpackStore(t, gz)
			before := rawRecords(t, db)
			if len(before) < 40+40 {
				t.Fatalf("only %d records in the old store", len(before))
			}
			bdb, err := bolt.Open(db, 0o600, &bolt.Options{ReadOnly: true})
			if err != nil {
				t.Fatal(err)
			}
			var have uint64
			bdb.View(func(tx *bolt.Tx) error { have = schemaVersion(tx); return nil })
			bdb.Close()
			if have != uint64(want) {
				t.Fatalf("%s holds schema %d", name, have)
			}

			s, err := Open(db)
			if err != nil {
				t.Fatalf("open and migrate schema %d: %v", want, err)
			}
			if v, _ := s.SchemaVersion(); v != CurrentSchema() {
				t.Errorf("schema after open %d, want %d", v, CurrentSchema())
			}
			if p := s.Check(); len(p) > 0 {
				t.Errorf("check after migrating from %d: %v", want, p)
			}
			pub := s.PublicKey()
			if len(pub) != 32 {
				t.Errorf("no signing key after migrating from %d", want)
			}
			counts := map[model.Kind]int{}
			for _, k := range model.Kinds() {
				n, err := s.Count(k)
				if err != nil {
					t.Fatal(err)
				}
				counts[k] = n
			}
			if counts[model.KindIdea] != 40 || counts[model.KindPerson] != 40 || counts[model.KindConsultation] == 0 {
				t.Errorf("live counts after migrating: %v", counts)
			}
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}

			again, err := Open(db)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(again.PublicKey(), pub) {
				t.Errorf("the signing key changed on the next opening")
			}
			again.Close()

			after := rawRecords(t, db)
			for k, v := range before {
				nv, ok := after[k]
				switch {
				case !ok:
					t.Errorf("%s lost in the upgrade", k)
				case !bytes.Equal(v, nv):
					if f := sameFields(v, nv); f != "" {
						t.Errorf("%s: field %q changed in the upgrade", k, f)
					}
				}
			}
		})
	}
}
