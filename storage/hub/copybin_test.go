package hub

import (
	"bytes"
	"io"
	"os"
	"reflect"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// TestCopyBinReadsBack: every value type copyBin writes reads back from
// PostgreSQL as written (NULL, empty and non-empty arrays, times before
// and after 2000, negative numbers).
func TestCopyBinReadsBack(t *testing.T) {
	url := os.Getenv("FRONTOFFICE_PG")
	if url == "" {
		t.Skip("needs PostgreSQL: set FRONTOFFICE_PG (docs/hub.md)")
	}
	ctx := t.Context()
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	tx, err := conn.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Exec(ctx, `CREATE TEMP TABLE cb (s text, u uuid, i bigint, b boolean, y bytea, t timestamptz,
		f double precision, sa text[], ia bigint[]) ON COMMIT DROP`); err != nil {
		t.Fatal(err)
	}
	rows := [][]any{
		{"Әлия «x»", uuidVal("0b7e6a52-1c1f-4e3a-9a57-0c5f3e0f2a11"), int64(-5), true, []byte{0, 1, 255},
			time.Date(2026, 11, 20, 12, 30, 1, 123456000, time.UTC), 2.5, []string{"a", "", "ү"}, []int64{1, -2}},
		{"", nil, int64(1) << 40, false, []byte{}, time.Date(1999, 12, 31, 23, 59, 59, 0, time.UTC), -0.25, []string{}, []int64{}},
		{nil, nil, nil, nil, nil, nil, nil, nil, nil},
	}
	c := newCopyBin(0)
	for _, r := range rows {
		if err := c.row(r...); err != nil {
			t.Fatal(err)
		}
	}
	if err := c.send(ctx, tx, "cb", []string{"s", "u", "i", "b", "y", "t", "f", "sa", "ia"}); err != nil {
		t.Fatal(err)
	}
	got, err := tx.Query(ctx, "SELECT s, u, i, b, y, t, f, sa, ia FROM cb")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for got.Next() {
		var s, sa, ia any
		var u *[16]byte
		var i *int64
		var b *bool
		var y []byte
		var tm *time.Time
		var f *float64
		if err := got.Scan(&s, &u, &i, &b, &y, &tm, &f, &sa, &ia); err != nil {
			t.Fatal(err)
		}
		want := rows[n]
		if want[0] == nil {
			if s != nil || u != nil || i != nil || b != nil || y != nil || tm != nil || f != nil || sa != nil || ia != nil {
				t.Fatalf("row %d: want all NULL", n)
			}
			n++
			continue
		}
		if s != want[0] || (want[1] != nil && *u != want[1]) || *i != want[2] || *b != want[3] || !reflect.DeepEqual(y, want[4]) ||
			!tm.Equal(want[5].(time.Time)) || *f != want[6] || len(sa.([]any)) != len(want[7].([]string)) || len(ia.([]any)) != len(want[8].([]int64)) {
			t.Fatalf("row %d: got %v %v %v %v %v %v %v %v %v", n, s, u, *i, *b, y, tm, *f, sa, ia)
		}
		for k, x := range want[7].([]string) {
			if sa.([]any)[k] != x {
				t.Fatalf("row %d: text[] %v", n, sa)
			}
		}
		for k, x := range want[8].([]int64) {
			if ia.([]any)[k] != x {
				t.Fatalf("row %d: bigint[] %v", n, ia)
			}
		}
		n++
	}
	if err := got.Err(); err != nil || n != len(rows) {
		t.Fatalf("%d rows read back, %v", n, err)
	}
}

// TestCopyRowsStreamsTheSameBytes: copyRows, read in pieces of any size
// (pgx reads 64 KB at a time), gives the bytes copyBin writes for the
// same rows at once, rows far longer than a piece included.
func TestCopyRowsStreamsTheSameBytes(t *testing.T) {
	var rows [][]any
	for i := range 500 {
		data := make([]byte, (i*7919)%3000)
		if i%97 == 0 {
			data = make([]byte, 200_000+i) // longer than a piece
		}
		for j := range data {
			data[j] = byte(i + j)
		}
		rows = append(rows, []any{int64(i), "idea", data, []string{"a", "ә"}, nil, int64(-i)})
	}
	idx := []int{5, 0, 2, 3, 4}
	extra := []any{false, "x"}
	want := newCopyBin(0)
	for _, r := range rows {
		vals := []any{r[5], r[0], r[2], r[3], r[4], false, "x"}
		if err := want.row(vals...); err != nil {
			t.Fatal(err)
		}
	}
	want.b = append(want.b, 0xff, 0xff)
	for _, piece := range []int{1, 7, 4096, 65531, 1 << 20} {
		s := newCopyRows(rows, idx, extra)
		var got []byte
		buf := make([]byte, piece)
		for {
			n, err := s.Read(buf)
			got = append(got, buf[:n]...)
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatal(err)
			}
		}
		if !bytes.Equal(got, want.b) {
			t.Fatalf("pieces of %d: %d bytes, want %d", piece, len(got), len(want.b))
		}
	}
	if _, err := io.ReadAll(newCopyRows([][]any{{struct{}{}}}, []int{0}, nil)); err == nil {
		t.Fatal("a value of no COPY type: no error")
	}
}
