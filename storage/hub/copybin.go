package hub

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
)

// COPY's binary format written straight from a staging row's values (the
// loader's share of a bulk load: pgx's general encoder plans every value
// of every row anew). Each Go type of stagingRow's has one column type:
// string text, [16]byte uuid, int64 bigint, bool boolean, []byte bytea,
// time.Time timestamptz, float64 double precision, []string text[],
// []int64 bigint[], nil NULL.

// OIDs of the element types of the arrays written.
const (
	oidText = 25
	oidInt8 = 20
)

// pgEpoch is timestamptz's zero, 2000-01-01 UTC, in Unix seconds.
const pgEpoch = 946_684_800

// copyBin is a COPY … FROM STDIN (FORMAT binary) stream being written.
type copyBin struct{ b []byte }

func newCopyBin(size int) *copyBin {
	c := &copyBin{b: make([]byte, 0, size)}
	c.b = append(c.b, "PGCOPY\n\xff\r\n\x00"...)
	c.b = binary.BigEndian.AppendUint32(c.b, 0) // flags
	c.b = binary.BigEndian.AppendUint32(c.b, 0) // no header extension
	return c
}

// row writes one row of vals.
func (c *copyBin) row(vals ...any) error {
	c.b = binary.BigEndian.AppendUint16(c.b, uint16(len(vals)))
	for _, v := range vals {
		if err := c.value(v); err != nil {
			return err
		}
	}
	return nil
}

func (c *copyBin) field(n int) { c.b = binary.BigEndian.AppendUint32(c.b, uint32(n)) }

func (c *copyBin) value(v any) error {
	be := binary.BigEndian
	switch x := v.(type) {
	case nil:
		c.b = be.AppendUint32(c.b, math.MaxUint32) // -1: NULL
	case string:
		c.field(len(x))
		c.b = append(c.b, x...)
	case [16]byte:
		c.field(16)
		c.b = append(c.b, x[:]...)
	case int64:
		c.field(8)
		c.b = be.AppendUint64(c.b, uint64(x))
	case bool:
		c.field(1)
		if x {
			c.b = append(c.b, 1)
		} else {
			c.b = append(c.b, 0)
		}
	case []byte:
		c.field(len(x))
		c.b = append(c.b, x...)
	case time.Time:
		c.field(8)
		c.b = be.AppendUint64(c.b, uint64((x.Unix()-pgEpoch)*1_000_000+int64(x.Nanosecond()/1000)))
	case float64:
		c.field(8)
		c.b = be.AppendUint64(c.b, math.Float64bits(x))
	case []string:
		c.array(oidText, len(x), func(i int) { c.field(len(x[i])); c.b = append(c.b, x[i]...) }, 4*len(x)+strLen(x))
	case []int64:
		c.array(oidInt8, len(x), func(i int) { c.field(8); c.b = be.AppendUint64(c.b, uint64(x[i])) }, 12*len(x))
	default:
		return fmt.Errorf("hub: no COPY encoding for %T", v)
	}
	return nil
}

func strLen(xs []string) int {
	n := 0
	for _, x := range xs {
		n += len(x)
	}
	return n
}

// array writes a one-dimensional array of n elements of type oid (body
// bytes of elements, each written by elem); none is the empty array.
func (c *copyBin) array(oid uint32, n int, elem func(int), body int) {
	be := binary.BigEndian
	if n == 0 {
		c.field(12)
		c.b = be.AppendUint32(be.AppendUint32(be.AppendUint32(c.b, 0), 0), oid)
		return
	}
	c.field(20 + body)
	c.b = be.AppendUint32(be.AppendUint32(be.AppendUint32(c.b, 1), 0), oid)
	c.b = be.AppendUint32(be.AppendUint32(c.b, uint32(n)), 1)
	for i := range n {
		elem(i)
	}
}

// send ends the stream and copies it into table's columns cols.
func (c *copyBin) send(ctx context.Context, tx pgx.Tx, table string, cols []string) error {
	c.b = binary.BigEndian.AppendUint16(c.b, math.MaxUint16) // -1: the end
	_, err := tx.Conn().PgConn().CopyFrom(ctx, bytes.NewReader(c.b), copySQL(table, cols))
	return err
}

// copySQL is the COPY … FROM STDIN (FORMAT binary) into table's columns cols.
func copySQL(table string, cols []string) string {
	ids := make([]string, len(cols))
	for i, col := range cols {
		ids[i] = pgx.Identifier{col}.Sanitize()
	}
	return "COPY " + pgx.Identifier{table}.Sanitize() + " (" + strings.Join(ids, ", ") + ") FROM STDIN (FORMAT binary)"
}

// copyRows is a COPY binary stream of rows written as it is read, a few
// rows at a time into one small buffer (a bundle's whole stream would be
// megabytes, allocated and cleared for each COPY): row i is the values
// rows[i][idx[0]], rows[i][idx[1]], … followed by extra.
type copyRows struct {
	c     *copyBin
	off   int // c.b[off:] not read yet
	rows  [][]any
	idx   []int
	buf   []any // one row's values; extra at its end
	i     int
	ended bool
}

func newCopyRows(rows [][]any, idx []int, extra []any) *copyRows {
	buf := make([]any, len(idx)+len(extra))
	copy(buf[len(idx):], extra)
	return &copyRows{c: newCopyBin(80 << 10), rows: rows, idx: idx, buf: buf}
}

// Read writes rows into the buffer until it holds p's worth, then hands
// that on; the end mark follows the last row.
func (s *copyRows) Read(p []byte) (int, error) {
	if s.off > 0 && len(s.c.b)-s.off < len(p) {
		n := copy(s.c.b, s.c.b[s.off:])
		s.c.b, s.off = s.c.b[:n], 0
	}
	for len(s.c.b)-s.off < len(p) && !s.ended {
		if s.i == len(s.rows) {
			s.c.b = binary.BigEndian.AppendUint16(s.c.b, math.MaxUint16) // -1: the end
			s.ended = true
			break
		}
		for j, x := range s.idx {
			s.buf[j] = s.rows[s.i][x]
		}
		if err := s.c.row(s.buf...); err != nil {
			return 0, err
		}
		s.i++
	}
	n := copy(p, s.c.b[s.off:])
	s.off += n
	if n == 0 && s.ended {
		return 0, io.EOF
	}
	return n, nil
}
