package storage

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// fillGathered writes n keys of 1 KB in one transaction.
func fillGathered(t *testing.T, db *bolt.DB, from, n int) {
	t.Helper()
	if err := db.Update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucketIfNotExists([]byte("b"))
		if err != nil {
			return err
		}
		for i := from; i < from+n; i++ {
			k := binary.BigEndian.AppendUint64(nil, uint64(i))
			if err := b.Put(k, bytes.Repeat([]byte{byte(i)}, 1024)); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
}

// contents is every key and value of bucket b of the store file at path,
// opened anew: what the file holds, not what db's pages in memory hold.
func contents(t *testing.T, path string) map[string]string {
	t.Helper()
	cp := filepath.Join(t.TempDir(), "copy.db")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(cp, data, 0o600); err != nil {
		t.Fatal(err)
	}
	db, err := bolt.Open(cp, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	out := map[string]string{}
	db.View(func(tx *bolt.Tx) error {
		return tx.Bucket([]byte("b")).ForEach(func(k, v []byte) error {
			out[string(k)] = string(v)
			return nil
		})
	})
	return out
}

func openNoSync(t *testing.T, path string) *bolt.DB {
	t.Helper()
	db, err := bolt.Open(path, 0o600, &bolt.Options{NoSync: true, NoGrowSync: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// The bbolt of go.mod has the write function gather replaces: when an
// upgrade renames it, this fails (and imports are slower, not wrong).
func TestGatherFindsBboltsWrite(t *testing.T) {
	db := openNoSync(t, filepath.Join(t.TempDir(), "s.db"))
	if g := gather(db); g == nil {
		t.Fatal("gather found no write function in bbolt's DB")
	}
	synced, err := bolt.Open(filepath.Join(t.TempDir(), "synced.db"), 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer synced.Close()
	if g := gather(synced); g != nil {
		t.Fatal("gather took a store that syncs its commits")
	}
}

// Each commit's pages are in the file, in runs, when the commit returns;
// the file is the same as bbolt's own writes make it.
func TestGatherWritesInRuns(t *testing.T) {
	dir := t.TempDir()
	plain := openNoSync(t, filepath.Join(dir, "plain.db"))
	runs := openNoSync(t, filepath.Join(dir, "runs.db"))
	g := gather(runs)
	if g == nil {
		t.Fatal("no gatherer")
	}
	for _, db := range []*bolt.DB{plain, runs} {
		fillGathered(t, db, 0, 3000)
		fillGathered(t, db, 1500, 3000) // pages freed and written again
	}
	want := contents(t, filepath.Join(dir, "plain.db"))
	if len(want) != 4500 {
		t.Fatalf("plain store holds %d keys, want 4500", len(want))
	}
	got := contents(t, filepath.Join(dir, "runs.db"))
	if len(got) != len(want) {
		t.Fatalf("the file written in runs holds %d keys, want %d", len(got), len(want))
	}
	for k, v := range want {
		if got[k] != v {
			t.Fatalf("key %x differs in the file written in runs", k)
		}
	}
	st := runs.Stats()
	pages := st.TxStats.GetWrite()
	if g.calls == 0 || g.calls*4 > int(pages) {
		t.Fatalf("%d write calls for %d page writes: not in runs", g.calls, pages)
	}
	if len(g.run) != 0 {
		t.Fatalf("%d bytes still held after the commits", len(g.run))
	}

	// Given back: bbolt writes page by page again.
	g.ungather()
	calls := g.calls
	fillGathered(t, runs, 4500, 100)
	if g.calls != calls {
		t.Fatal("writes still gathered after ungather")
	}
	if n := len(contents(t, filepath.Join(dir, "runs.db"))); n != 4600 {
		t.Fatalf("%d keys after ungather, want 4600", n)
	}
}

// A run that cannot be written fails its commit: the store keeps what it
// held before, in memory and in the file.
func TestGatherFailedWriteFailsCommit(t *testing.T) {
	path := filepath.Join(t.TempDir(), "s.db")
	db := openNoSync(t, path)
	g := gather(db)
	fillGathered(t, db, 0, 100)
	own := g.write
	g.write = func([]byte, int64) (int, error) { return 0, errors.New("disk full") }
	err := db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte("b"))
		for i := 100; i < 2000; i++ {
			if err := b.Put(binary.BigEndian.AppendUint64(nil, uint64(i)), make([]byte, 1024)); err != nil {
				return err
			}
		}
		return nil
	})
	if err == nil {
		t.Fatal("a commit whose pages could not be written succeeded")
	}
	g.write = own
	db.View(func(tx *bolt.Tx) error {
		if n := tx.Bucket([]byte("b")).Stats().KeyN; n != 100 {
			t.Errorf("store holds %d keys after the failed commit, want 100", n)
		}
		return nil
	})
	if n := len(contents(t, path)); n != 100 {
		t.Errorf("file holds %d keys after the failed commit, want 100", n)
	}
	fillGathered(t, db, 100, 50)
	if n := len(contents(t, path)); n != 150 {
		t.Errorf("file holds %d keys after the next commit, want 150", n)
	}
}

// BenchmarkPageWrites writes 64 MB into a new file in calls of each size:
// what a commit's pages cost written one by one (4 KB, bbolt's own) or in
// runs (gather). docs/PERFORMANCE.md, session 15.
//
//	go test -run '^$' -bench PageWrites ./storage/
func BenchmarkPageWrites(b *testing.B) {
	const total = 64 << 20
	for _, size := range []int{4 << 10, 16 << 10, 64 << 10, 256 << 10} {
		b.Run(fmt.Sprintf("%dKB", size>>10), func(b *testing.B) {
			buf := bytes.Repeat([]byte{7}, size)
			b.SetBytes(total)
			for range b.N {
				b.StopTimer()
				f, err := os.Create(filepath.Join(b.TempDir(), "w"))
				if err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				for off := int64(0); off < total; off += int64(size) {
					if _, err := f.WriteAt(buf, off); err != nil {
						b.Fatal(err)
					}
				}
				b.StopTimer()
				f.Close()
				b.StartTimer()
			}
		})
	}
}

// A value bigger than a run (bbolt writes its overflow pages as one page)
// goes to the file whole, between runs, in order.
func TestGatherBigValue(t *testing.T) {
	path := filepath.Join(t.TempDir(), "s.db")
	db := openNoSync(t, path)
	g := gather(db)
	fillGathered(t, db, 0, 50)
	big := bytes.Repeat([]byte("ә"), gatherMost) // 2 MB
	if err := db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte("b"))
		if err := b.Put([]byte("big"), big); err != nil {
			return err
		}
		return b.Put(binary.BigEndian.AppendUint64(nil, 60), []byte("after"))
	}); err != nil {
		t.Fatal(err)
	}
	fillGathered(t, db, 100, 50)
	got := contents(t, path)
	if got["big"] != string(big) || got[string(binary.BigEndian.AppendUint64(nil, 60))] != "after" || len(got) != 102 {
		t.Fatalf("the file holds %d keys, the big value %d bytes of %d", len(got), len(got["big"]), len(big))
	}
	if g.calls == 0 {
		t.Fatal("nothing written through the gatherer")
	}
}
