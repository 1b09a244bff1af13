package storage_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"slices"
	"strings"
	"testing"

	"frontoffice/model"
	"frontoffice/storage"
	"frontoffice/storage/bundle"

	"github.com/google/uuid"
)

// rawBundle gzips manifest, records and a trailer counting them; hash "" is
// the right hash.
func rawBundle(t *testing.T, manifest string, records []string, hash string) []byte {
	t.Helper()
	var plain bytes.Buffer
	plain.WriteString(manifest + "\n")
	for _, r := range records {
		plain.WriteString(r + "\n")
	}
	if hash == "" {
		sum := sha256.Sum256(plain.Bytes())
		hash = hex.EncodeToString(sum[:])
	}
	fmt.Fprintf(&plain, `{"records":%d,"sha256":"%s"}`+"\n", len(records), hash)
	var out bytes.Buffer
	zw := gzip.NewWriter(&out)
	zw.Write(plain.Bytes())
	zw.Close()
	return out.Bytes()
}

func manifestWith(format, schema int, counts string) string {
	return fmt.Sprintf(`{"format":"frontoffice-bundle","format_version":%d,"schema_version":%d,"origin":{"id":"x","name":""},"created_at":"2026-02-13T04:30:00Z","since":0,"until":3,"full":true,"counts":{%s}}`, format, schema, counts)
}

// hugeLineBundle is a bundle whose second line is n bytes long, made without
// holding it in memory.
func hugeLineBundle(n int) []byte {
	var out bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&out, gzip.BestSpeed)
	io.WriteString(zw, manifestWith(1, 11, `"person":1`)+"\n")
	chunk := bytes.Repeat([]byte("a"), 1<<20)
	for n > 0 {
		k := min(n, len(chunk))
		zw.Write(chunk[:k])
		n -= k
	}
	io.WriteString(zw, "\n{\"records\":1,\"sha256\":\"00\"}\n")
	zw.Close()
	return out.Bytes()
}

func TestBadBundlesChangeNothing(t *testing.T) {
	a, _ := newStore(t)
	p := newPerson("Айгерім Сейтқали", "+77011234567")
	mustCreate(t, a, p)
	mustCreate(t, a, newIdea("Таза аула", "draft"))
	var good bytes.Buffer
	if _, err := a.Export(context.Background(), &good, storage.ExportOptions{Full: true}, nil); err != nil {
		t.Fatal(err)
	}
	ls := bundleLines(t, good.Bytes())
	man, recs := ls[0], ls[1:len(ls)-1]
	flipped := bytes.Clone(good.Bytes())
	flipped[len(flipped)/2] ^= 0x20
	badPerson := strings.Replace(recs[0], "+77011234567", "+7701", 1)
	schema := int(storage.CurrentSchema())

	for _, tc := range []struct {
		name   string
		data   []byte
		reason bundle.Reason
		line   int
	}{
		{"empty", nil, bundle.ReasonEmpty, 0},
		{"not gzip", []byte("id,title\n1,Таза аула\n"), bundle.ReasonNotBundle, 0},
		{"truncated", good.Bytes()[:good.Len()*2/3], bundle.ReasonCorrupt, -1},
		{"one flipped byte", flipped, "", -1},
		{"wrong hash", rawBundle(t, man, recs, strings.Repeat("ab", 32)), bundle.ReasonHash, len(recs) + 2},
		{"wrong format version", rawBundle(t, manifestWith(3, schema, `"person":1,"idea":1`), recs, ""), bundle.ReasonVersion, 1},
		{"newer schema", rawBundle(t, manifestWith(1, schema+1, `"person":1,"idea":1`), recs, ""), bundle.ReasonSchema, 1},
		{"counts differ", rawBundle(t, manifestWith(1, schema, `"person":5`), recs, ""), bundle.ReasonCount, len(recs) + 2},
		{"no trailer", rawBundleNoTrailer(man, recs), "", -1},
		{"a line not JSON", rawBundle(t, man, []string{recs[0], "{oops", recs[1]}, ""), bundle.ReasonBadJSON, 3},
		{"a record failing validation", rawBundle(t, man, []string{badPerson, recs[1]}, ""), bundle.ReasonRecord, 2},
		// JSON that a lax decoder would read past: refused all the same.
		{"a bad value in an unknown field", rawBundle(t, man, []string{strings.Replace(recs[0], "{", `{"zz":[1,,],`, 1), recs[1]}, ""), bundle.ReasonBadJSON, 2},
		{"a raw control character in a string", rawBundle(t, man, []string{strings.Replace(recs[0], "Айгерім", "Ай\x01герім", 1), recs[1]}, ""), bundle.ReasonBadJSON, 2},
		{"an unknown kind", rawBundle(t, man, []string{strings.Replace(recs[0], `"kind":"person"`, `"kind":"robot"`, 1), recs[1]}, ""), bundle.ReasonRecord, 2},
		{"a 100 MB line", hugeLineBundle(100 << 20), bundle.ReasonLineTooLong, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b, _ := newStore(t)
			mustCreate(t, b, newPerson("Данияр", "+77017654321"))
			before := canonicalDump(t, b)
			src := bytesSource("bad.fob", tc.data)
			_, _, cerr := b.CheckBundle(context.Background(), src, noPass)
			_, ierr := b.ImportBundle(context.Background(), src, noPass, storage.ImportOptions{Trust: true}, nil)
			for _, err := range []error{cerr, ierr} {
				be, ok := bundle.AsError(err)
				if !ok {
					t.Fatalf("want a bundle error, got %v", err)
				}
				if tc.reason != "" && be.Reason != tc.reason {
					t.Errorf("reason %q, want %q (%v)", be.Reason, tc.reason, err)
				}
				if tc.line >= 0 && be.Line != tc.line {
					t.Errorf("line %d, want %d (%v)", be.Line, tc.line, err)
				}
			}
			if !equalLines(before, canonicalDump(t, b)) {
				t.Fatal("a refused bundle changed the store")
			}
		})
	}
}

func rawBundleNoTrailer(manifest string, records []string) []byte {
	var out bytes.Buffer
	zw := gzip.NewWriter(&out)
	io.WriteString(zw, manifest+"\n"+strings.Join(records, "\n")+"\n")
	zw.Close()
	return out.Bytes()
}

// TestBundleChangedBetweenPasses replaces the file after the check: the merge
// reading it again meets a chunk that is not what was checked and stops there,
// before any of that chunk reaches the store. The line that differs is one a
// lax JSON decoder would read past.
func TestBundleChangedBetweenPasses(t *testing.T) {
	storage.SetOnePassMostForTest(t, 0) // two readings: a store that holds records (sync_onepass.go)
	a, _ := newStore(t)
	var people []model.Record // more than two import batches
	for i := range 10300 {
		p := newPerson(fmt.Sprintf("Адам %d", i), fmt.Sprintf("+7701%07d", i))
		ms := day0.UnixMilli() + int64(i)
		p.Envelope = model.Envelope{ID: uuid.Must(uuid.NewV7()).String(), Kind: model.KindPerson, Rev: 1,
			Origin: a.OfficeID(), HLC: uint64(ms) << 16, UpdatedAt: day0}
		people = append(people, p)
	}
	if err := a.InsertBatch(people); err != nil {
		t.Fatal(err)
	}
	var good bytes.Buffer
	if _, err := a.Export(context.Background(), &good, storage.ExportOptions{Full: true}, nil); err != nil {
		t.Fatal(err)
	}
	ls := bundleLines(t, good.Bytes())
	man, recs := ls[0], slices.Clone(ls[1:len(ls)-1])
	const at = 5500 // in the second batch, which is not the last
	recs[at] = strings.Replace(recs[at], "{", `{"zz":[1,,],`, 1)
	recs[at] = strings.Replace(recs[at], "Адам", "Басқа", 1)
	changed := rawBundle(t, man, recs, "")

	b, _ := newStore(t)
	opened := 0
	src := storage.Source{Name: "swapped.fob", Open: func() (io.ReadCloser, error) {
		opened++
		if opened == 1 {
			return io.NopCloser(bytes.NewReader(good.Bytes())), nil
		}
		return io.NopCloser(bytes.NewReader(changed)), nil
	}}
	_, err := b.ImportBundle(context.Background(), src, noPass, storage.ImportOptions{Trust: true}, nil)
	be, ok := bundle.AsError(err)
	if !ok || be.Reason != bundle.ReasonChanged {
		t.Fatalf("want the bundle changed, got %v", err)
	}
	if be.Line < 2 || be.Line > at+2 {
		t.Errorf("stopped at line %d; the change is at line %d", be.Line, at+2)
	}
	for _, l := range canonicalDump(t, b) {
		if strings.Contains(l, "Басқа") || strings.Contains(l, "zz") {
			t.Fatalf("a line that was never checked reached the store: %s", l)
		}
	}
	if problems := b.Check(); len(problems) > 0 {
		t.Fatalf("check: %v", problems)
	}
}

// TestLongBundleCheckedLineByLine: across many chunks (whose buffers the
// check uses again), every line is read as written: a long sound bundle
// checks out, and one bad record far into it is named by its line.
func TestLongBundleCheckedLineByLine(t *testing.T) {
	a, _ := newStore(t)
	mustCreate(t, a, newPerson("Айгерім Сейтқали", "+77011234567"))
	var good bytes.Buffer
	if _, err := a.Export(context.Background(), &good, storage.ExportOptions{Full: true}, nil); err != nil {
		t.Fatal(err)
	}
	var person string
	for _, l := range bundleLines(t, good.Bytes()) {
		if strings.Contains(l, `"kind":"person"`) {
			person = l
		}
	}
	const n = 5000 // about 20 chunks
	recs := make([]string, n)
	for i := range recs {
		// Lines of different lengths, so chunks end in different places.
		recs[i] = strings.Replace(person, "Айгерім", "Айгерім"+strings.Repeat("а", i%97), 1)
	}
	man := manifestWith(1, int(storage.CurrentSchema()), fmt.Sprintf(`"person":%d`, n))
	b, _ := newStore(t)
	_, tr, err := b.CheckBundle(context.Background(), bytesSource("long.fob", rawBundle(t, man, recs, "")), noPass)
	if err != nil || tr.Records != n {
		t.Fatalf("a sound long bundle: %d records, %v", tr.Records, err)
	}
	for _, bad := range []int{n - 1300, n - 1} {
		recs := slices.Clone(recs)
		recs[bad] = strings.Replace(recs[bad], "+77011234567", "+7701", 1)
		_, _, err := b.CheckBundle(context.Background(), bytesSource("long.fob", rawBundle(t, man, recs, "")), noPass)
		be, ok := bundle.AsError(err)
		if !ok || be.Reason != bundle.ReasonRecord || be.Line != bad+2 {
			t.Errorf("bad record at line %d: %v", bad+2, err)
		}
	}
}
