package csvio

import (
	"errors"
	"fmt"
	"io"
	"runtime"
	"testing"

	"frontoffice/model"
)

// peopleFile is a people.csv of n good rows, made as it is read.
type peopleFile struct {
	n, i int
	buf  []byte
}

func (f *peopleFile) Read(p []byte) (int, error) {
	for len(f.buf) == 0 {
		if f.i > f.n {
			return 0, io.EOF
		}
		if f.i == 0 {
			f.buf = []byte("full_name,phone,iin,birth_year,organization,region,consent,consent_at\n")
		} else {
			f.buf = fmt.Appendf(nil, "Person %d Testov,+7701%07d,,2000,KSIU,,yes,\n", f.i, f.i)
		}
		f.i++
	}
	n := copy(p, f.buf)
	f.buf = f.buf[n:]
	return n, nil
}

// TestEachHandsRowsOutOneAtATime: with Options.Each every good row goes
// to Each in file order, as it is read (the next line is not read before
// Each returns), none is kept in Rows, and Count, Good and Matched still
// answer; an error from Each stops the reading.
func TestEachHandsRowsOutOneAtATime(t *testing.T) {
	const n = 1000
	f := &peopleFile{n: n}
	line := 1
	res, err := ParseReader(People, f, Options{Each: func(r Row) error {
		line++
		if r.Line != line || r.Action != Create || r.Record == nil {
			t.Fatalf("row %+v, want line %d", r, line)
		}
		if p := r.Record.(*model.Person); p.FullName != fmt.Sprintf("Person %d Testov", line-1) {
			t.Fatalf("line %d: %q", line, p.FullName)
		}
		if f.i > line+200 { // the scanner reads ahead a buffer, not the file
			t.Fatalf("at line %d, %d lines were read already", line, f.i)
		}
		return nil
	}})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Rows) != 0 || res.Count(Create) != n || res.Good() != n || res.BadRows != 0 || line != n+1 {
		t.Fatalf("rows kept %d, created %d, good %d, bad %d, last line %d", len(res.Rows), res.Count(Create), res.Good(), res.BadRows, line)
	}
	stop := errors.New("stop")
	seen := 0
	_, err = ParseReader(People, &peopleFile{n: n}, Options{Each: func(Row) error {
		if seen++; seen == 10 {
			return stop
		}
		return nil
	}})
	if !errors.Is(err, stop) || seen != 10 {
		t.Fatalf("err %v after %d rows", err, seen)
	}
}

// TestEachKeepsMemoryBounded: reading 50 000 people with Each keeps only
// what finding repeats needs (a phone and a line a row), far less than the
// rows' records, which reading without Each keeps. Measured after a GC at
// the last row (while the parser's tallies are alive), with a generous
// bound.
func TestEachKeepsMemoryBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 50 000 rows twice")
	}
	const n = 50_000
	var before runtime.MemStats
	heap := func() uint64 {
		var now runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&now)
		if now.HeapAlloc < before.HeapAlloc {
			return 0
		}
		return now.HeapAlloc - before.HeapAlloc
	}
	live := func(keep func() any) uint64 {
		runtime.GC()
		runtime.ReadMemStats(&before)
		kept := keep()
		h := heap()
		runtime.KeepAlive(kept)
		return h
	}
	var streamed uint64
	live(func() any {
		res, err := ParseReader(People, &peopleFile{n: n}, Options{Each: func(r Row) error {
			if r.Line == n+1 { // the last row: everything the parser keeps is alive
				streamed = heap()
			}
			return nil
		}})
		if err != nil || res.Good() != n {
			t.Fatalf("%v, %d good", err, res.Good())
		}
		return res
	})
	kept := live(func() any {
		res, err := ParseReader(People, &peopleFile{n: n}, Options{})
		if err != nil || len(res.Rows) != n {
			t.Fatalf("%v, %d rows", err, len(res.Rows))
		}
		return res
	})
	t.Logf("%d rows: %d KiB kept with Each, %d KiB without", n, streamed>>10, kept>>10)
	const bound = 16 << 20 // 16 MiB: the result alone holds nothing per row
	if streamed > bound {
		t.Errorf("reading %d rows with Each keeps %d MiB (bound %d MiB)", n, streamed>>20, bound>>20)
	}
	if streamed*3 > kept {
		t.Errorf("Each keeps %d KiB, not much less than keeping the rows (%d KiB)", streamed>>10, kept>>10)
	}
}
