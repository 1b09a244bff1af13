// Package storetest finds places in a store file for tests that damage it
// the way a failing disk would. It reads the file as bytes and knows only
// bbolt's page header (page id at offset 0, flags at offset 8).
package storetest

import (
	"bytes"
	"encoding/binary"
	"os"
	"testing"
)

// PageSize is the page size of the stores these tests make.
const PageSize = 4096

// LeafWith is a leaf page (flag 0x02) of the store file at path whose bytes
// hold marker, a page of records in use: the middle one of more than skip
// such pages (the test fails when there are not).
func LeafWith(t testing.TB, path, marker string, skip int) int64 {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var found []int64
	for n := int64(2); (n+1)*PageSize <= int64(len(data)); n++ {
		p := data[n*PageSize : (n+1)*PageSize]
		if binary.LittleEndian.Uint64(p) == uint64(n) && binary.LittleEndian.Uint16(p[8:]) == 0x02 && bytes.Contains(p, []byte(marker)) {
			found = append(found, n)
		}
	}
	if len(found) <= skip {
		t.Fatalf("no leaf page of %s holds %q (%d found)", path, marker, len(found))
	}
	return found[len(found)/2]
}
