package storage

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"path/filepath"
	"slices"
	"testing"

	"frontoffice/model"

	bolt "go.etcd.io/bbolt"
)

// BenchmarkSideIndexPuts puts 100 000 sorted entries of idea_status into an
// empty index of a big import's copy, as its end does (putSorted), a chunk
// of n a transaction: the chunk in use (sideChunk) and the 50 000 it was.
//
//	go test -run '^$' -bench SideIndexPuts -benchtime 20x ./storage/
func BenchmarkSideIndexPuts(b *testing.B) {
	s, err := Open(filepath.Join(b.TempDir(), "a.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	big, err := s.beginBig(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	defer big.abort()
	statuses := model.IdeaStatuses()
	g := gathered{idx: index{name: ixIdeaStatus, kind: model.KindIdea}}
	for i := range 100_000 {
		id := make([]byte, 16)
		binary.BigEndian.PutUint64(id, uint64(1_780_000_000_000+i)<<16|0x7000) // UUIDv7's time first
		binary.BigEndian.PutUint64(id[8:], uint64(i)*0x9e3779b97f4a7c15)
		g.keys = append(g.keys, indexKey(string(statuses[i%len(statuses)]), id))
	}
	slices.SortFunc(g.keys, bytes.Compare)
	name := []byte(ixIdeaStatus)
	for _, n := range []int{sideChunk, 50_000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				if err := big.sh.putSortedIn(g, n); err != nil {
					b.Fatal(err)
				}
				b.StopTimer()
				if err := big.sh.db.Update(func(tx *bolt.Tx) error {
					ix := tx.Bucket(bucketIndex)
					if err := ix.DeleteBucket(name); err != nil {
						return err
					}
					_, err := ix.CreateBucket(name)
					return err
				}); err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
			}
		})
	}
}
